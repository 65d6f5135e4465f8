"""Readings after the UY set (pages and sentences written for these tests, not news copy): a lede that gives a court's
exact sentence names the one sentenced by the letter the court gives; a source introduced after a feature's lede by
what they do speaks for the story, under that description; a comparison with the anecdote's person opens no nut graf's
bullet; what is said before a surname named again is no description."""
import pytest

LAUNDRY = """[기획-동네 가게 다시 보기②] "다림질은 새벽에, 낮에는 앱 주문"…동네 세탁소의 하루
대전 중구 세탁소들, 수거 배달 앱으로 버티기…손님 회복은 아직
가온일보 한서진 기자 입력 2026.11.28 06:00

지난 27일 오전 6시, 대전 중구 대흥동 골목.
아직 해가 뜨지 않은 골목에 불이 켜진 곳은 세탁소 '정우사' 한 곳뿐이었다. 김정우(64) 씨는 다리미를 밀며 "요즘은 문 열고 들어오는 손님보다 앱으로 들어오는 주문이 더 많다"고 웃었다.

김 씨가 이 자리에서 세탁소를 한 지는 올해로 28년째다. 2년 전까지만 해도 수거 앱은 쳐다보지도 않았다. 김 씨는 "처음엔 알림을 놓치기 일쑤였지만 이제는 하루 15건 정도는 앱으로 들어온다"고 말했다.

김 씨의 세탁소처럼 동네 세탁소들이 살아남기 위해 수거 배달 앱에 가게를 올리고 있지만, 업계 전체의 형편은 좀처럼 나아지지 않고 있다. 한국세탁업중앙회가 최근 내놓은 실태조사에 따르면 지난해 전국 동네 세탁소 1곳의 하루 평균 매출은 31만2,000원으로 5년 전보다 12.4% 줄었다.

■ 앱 주문의 그늘

대흥동에서 수선 가게를 하는 오민재(38) 씨는 지난해 앱 수거 대행을 시작했다. 오 씨는 "앱 주문이 매출의 절반을 넘지만 수수료를 빼면 남는 게 많지 않다"고 말했다.

앱 업체가 받는 중개 수수료는 주문 금액의 평균 15~18%에 이른다. 중앙회 대전지회 박상철 지회장은 "공동 수거 차량을 운영하는 방안을 대전시와 협의하고 있다"고 밝혔다.

오전 9시, 다림질을 마친 김 씨는 다시 휴대폰을 집어 들었다. 김 씨는 "힘들어도 손님이 찾는 동안은 문을 닫지 않겠다"고 말했다.

한서진 기자 sjhan@gaonilbo.kr
"""

FISH_MARKET = """[르포] "새벽 3시에 경매 시작해요"…불 꺼지지 않는 수산시장의 겨울
경매 물량 줄고 온라인 주문 늘어…상인들 "새벽을 버티는 방식이 바뀌었다"
바다일보 문가람 기자 입력 2026.11.29 06:00

28일 새벽 3시, 부산 서구 남부민동의 한 수산물 위판장. 폭 2m 남짓한 통로 양옆으로 상자들이 끝없이 쌓여 있었다. 장화를 신은 중도매인들이 경매사의 손짓을 따라 좁은 통로를 빠르게 오갔다.

고등어 전문 점포를 30년째 운영하는 최순복(66) 씨는 휴대전화 두 대를 번갈아 들여다보며 주문을 받고 있었다. "예전엔 이 시간이면 손님들이 줄을 섰어요. 지금은 손님 대신 휴대전화가 울리죠." 최 씨가 이날 새벽 받은 주문 41건 가운데 점포를 직접 찾은 손님의 주문은 6건뿐이었다.

부산 새벽 수산시장이 달라지고 있다. 새벽 2~3시에 문을 열어 오전 9시께 닫는 이곳은 한때 전국 횟집 주인과 일본 바이어가 몰려드는 '새벽 시장'이었다. 하지만 코로나19 이후 온라인 수산물 플랫폼으로 거래의 중심이 옮겨 가면서 시장의 풍경도, 상인들이 새벽을 버티는 방식도 바뀌었다.

부산수산물상인연합회에 따르면 시장 일대 점포 약 2,400곳 가운데 비어 있는 점포의 비율은 올해 3분기 15.2%로, 2019년(5.1%)의 3배 가까이로 뛰었다.

중도매인들의 새벽도 달라졌다. 18년째 중도매 일을 하는 박민호(47) 씨는 하룻밤에 위판장 4곳을 돈다. 박 씨는 "경매 물량은 예전보다 25%쯤 줄었고, 일본 바이어는 거의 보이지 않는다"면서도 "그래도 새벽에 누군가는 나와야 생선이 돈다"고 말했다.

새벽 생활은 상인들의 건강을 위협한다. 최 씨는 "30년 가까이 해 뜰 때 잠들다 보니 수면제 없이는 잠을 못 잔다"고 털어놓았다.

서구는 상권 회복을 위해 내년 상반기 9억원을 들여 시장 주변 조명을 바꾸고 하역 공간을 정비할 계획이다.

문가람 기자 garam@badailbo.kr
"""


@pytest.mark.parametrize("later, lede", [
    # (read blind, "검찰, 앞서 결심 공판에서 A씨에게 징역 3년 구형" named an "A씨" the block never introduced)
    ("가온지법 형사3단독 판사, 상해 혐의로 구속기소된 A(54)씨에게 징역 2년 6개월 선고",
     "층간소음으로 다투던 이웃을 폭행한 50대 남성 A씨가 징역 2년 6개월을 선고받음"),
    ("가온지법, 상해 혐의로 구속기소된 A 씨에게 징역 2년 6개월 선고",
     "층간소음으로 다투던 이웃을 폭행한 50대 남성 A 씨가 징역 2년 6개월을 선고받음"),
])
def test_the_ledes_sentenced_one_is_named_by_the_courts_letter(later, lede):
    from pipeline.engines.extractive import named_sentence

    assert named_sentence("층간소음으로 다투던 이웃을 폭행한 50대 남성이 실형을 선고받음", later) == lede


def test_a_letter_for_an_accomplice_names_no_one_in_the_lede():
    from pipeline.engines.extractive import named_sentence

    assert named_sentence("이웃을 폭행한 50대 남성이 실형을 선고받음", "가온지법, 함께 기소된 B씨에게는 징역 1년 선고") is None


def test_a_nut_graf_that_likens_the_news_to_the_anecdote_leads(analyzer):
    # "이 씨의 가게처럼 전통시장 상인들이 …온라인으로 눈을 돌리고 있지만, …나아지지 않고 있다" gave way to a national
    # figure (read blind, lede false); and "오후 3시, 점심 장사를 마친 이순자 씨, 다시 휴대폰을 집어 들어" closed the block
    from bullet_helpers import summarize_page

    _, summary = summarize_page(analyzer, LAUNDRY)
    assert summary.bullets[0].startswith("동네 세탁소들이 수거 배달 앱에 가게를 올리고 있지만"), summary.bullets
    assert not any("김 씨" in b or "김정우" in b for b in summary.bullets), summary.bullets


@pytest.mark.parametrize("sentence, goes_on", [
    ("김 씨의 세탁소처럼 동네 세탁소들이 앱에 가게를 올리고 있다.", "동네"),
    ("김 씨처럼 도시를 떠나 바다로 온 젊은 어민들이 늘고 있다.", "도시"),
    ("박 씨 부부처럼 귀농한 가구가 늘고 있다.", "귀농"),
    # (not a comparison: "김 씨의 세탁소는 …")
    ("김 씨의 세탁소는 28년째 문을 열고 있다.", "김"),
])
def test_a_comparison_with_the_anecdotes_person_opens_no_bullet(analyzer, sentence, goes_on):
    from pipeline.compress import Compressor
    from pipeline.select import sentence_dangles

    from bullet_helpers import only_sentence

    s = only_sentence(analyzer, sentence)
    morphs = list(s.morphs)
    assert morphs[Compressor._strip_lead(morphs)].form == goes_on
    assert (sentence_dangles(s) == "names a person by surname only") == (goes_on == "김")


def test_a_source_introduced_after_the_lede_speaks_for_the_story(analyzer):
    # "15년째 사입 일을 하는 박재현(45) 씨는 …" then "박 씨는 “물량은 예전보다 30%쯤 줄었고 …”": read blind, the block
    # had "구매 대행인들의 밤도 달라짐" where the trader's figures were
    from bullet_helpers import summarize_page

    _, summary = summarize_page(analyzer, FISH_MARKET)
    quoted = [b for b in summary.bullets if "25%쯤 줄었고" in b]
    assert quoted and quoted[0].startswith("18년째 중도매 일을 하는 박민호 씨, "), summary.bullets
    # (the anecdote's person still tells no point after the lede)
    assert not any("최 씨" in b or "최순복" in b for b in summary.bullets), summary.bullets


@pytest.mark.parametrize("text, role", [
    ("18년째 중도매 일을 하는 박민호(47) 씨는 하룻밤에 위판장 4곳을 돈다.", "18년째 중도매 일을 하는"),
    ("지난해 문을 연 카페를 운영하는 오민재(38) 씨는 앱 주문을 받는다.", "지난해 문을 연 카페를 운영하는"),
    # (what they did then is no description; nor a long clause; a noun role stays the role)
    ("영사실에서 내려온 문길수(71) 씨는 필름을 정리했다.", None),
    ("매주 화요일 밤 이곳을 찾아 원단과 단추를 직접 고르는 정유나(27) 씨는 말했다.", None),
    ("시장에서 어묵 노점을 하는 주민 장순옥(71) 씨는 말했다.", "주민"),
    # (a word Kiwi reads as two nouns is one word of the role: read blind, "대표 김모 씨와 사무장 정모 씨" said of what)
    ("정비업체 대표 김모(52) 씨는 견적서를 부풀렸다.", "정비업체 대표"),
])
def test_who_a_private_person_is_told_by_a_short_clause_of_what_they_do(analyzer, text, role):
    from pipeline.select import role_before_name

    from bullet_helpers import analyse

    name = text.split("(")[0].split()[-1]
    assert role_before_name(name, analyse(analyzer, text).sentences) == role


@pytest.mark.parametrize("text, described", [
    ("사서 한수진(35) 씨는 말했다.", True),
    ("15년째 사입 일을 하는 박재현(45) 씨는 말했다.", True),
    # (a surname named again: what comes before tells what they do then)
    ("오후 3시, 점심 장사를 마친 이 씨는 다시 휴대폰을 집어 들었다.", False),
])
def test_what_comes_before_a_surname_named_again_is_no_description(analyzer, text, described):
    from pipeline.engines.extractive import _described_person

    morphs = analyzer.morphs(text)
    y = next(x for x, m in enumerate(morphs) if m.form == "씨")
    assert _described_person(morphs, y) == described


@pytest.mark.parametrize("sentence, kept", [
    # (read blind: "도서관, 평일 문을 닫는데, …" said the library shut on weekdays, F=0)
    ("이 수영장은 평일 오후 9시에 문을 닫는다.", "이 수영장, 평일 오후 9시에 문을 닫음"),
    ("현재 이 수영장은 평일 오후 9시에 문을 닫는데, 다음 달부터는 운영 시간이 1시간 늘어난다.", "평일 오후 9시에 문을 닫는데"),
    # (a schedule's habit is no plan; a weekend named as this one's is)
    ("가온시는 이번 주말 시청 광장에서 김장 나눔 행사를 연다.", "행사를 열 예정"),
    # ("…월요일에는 …않으며, 주말 지금처럼 …": the later clause's time is set against the one before)
    ("다만 공휴일에는 문을 열지 않으며, 주말은 지금처럼 오후 5시까지만 운영한다.", "주말은 지금처럼 오후 5시까지만 운영"),
    # ("후쿠오카 노선이 하루 10편 넘게 뜨고 있어 …": read blind, the new route seemed to fly ten times a day, F=0)
    ("인천과 김포공항에서 이미 오사카 노선이 하루 12편 넘게 뜨고 있어 승객을 나눠 가질 수밖에 없다는 지적도 나온다.",
     "인천과 김포공항에서 이미 오사카 노선이"),
    # (read blind: "…가맹점주들, 본사가 판촉 비용을 점주에게 떠넘김" stated the claim as fact and dropped the decision)
    ("동네 빵집 점주들이 본사가 포장재 비용을 떠넘기고 있다며 공정거래위원회 신고에 나서기로 했다.", "떠넘기고 있다며 공정거래위원회 신고에 나서기로"),
])
def test_what_a_clause_tells_stays_in_its_bullet(analyzer, sentence, kept):
    from bullet_helpers import bullet

    assert kept in bullet(analyzer, sentence)


def test_who_lets_others_do_something_is_the_bullets_subject(analyzer):
    # (read blind: "1~2학년 학생, 오후 8시까지 무료로 돌봄을 받을 수 있도록 하기로" had the pupils decide it, F=0)
    from bullet_helpers import bullet

    made = bullet(analyzer, "가온교육청이 내년부터 초등학교 돌봄교실을 1,300실 늘리고, 1~2학년 학생은 오후 8시까지 무료로 돌봄을 받을 수 있도록 하기로 했다.")
    assert made.startswith("가온교육청, ") and "학생은 오후 8시까지" in made, made
    # (the subject of a relative clause before a time stays its own: "기온, 35도를 넘는 …" was broken)
    made = bullet(analyzer, "기온이 35도를 넘는 오후 2~5시에는 시가 발주한 공공 공사 현장 210곳의 야외 작업을 원칙적으로 중지하도록 했다.")
    assert made.startswith("기온이 35도를 넘는 오후"), made


def test_the_time_after_the_clause_before_stands_not_alone(analyzer):
    # (read blind: "시간, 간식비 등으로 월 3만~5만원을 받음" was a fragment of "…이후 시간은 희망자에 한해 …")
    from bullet_helpers import bullet

    made = bullet(analyzer, "지금은 대부분 매장이 오후 6시까지만 무료로 주차를 허용하고, 이후 시간은 방문객에 한해 시간당 2,000원을 받고 있다.")
    assert not made.startswith(("이후", "시간")) and "오후 6시까지만" in made, made


def test_an_adjunct_and_the_verb_of_its_relative_clause_go_together(analyzer):
    # (read blind: "한국식생활연구원, 실시한 ‘…실태조사’ 결과를 발표": the bare verb was left)
    from bullet_helpers import bullet

    made = bullet(analyzer, "가온주거연구원은 전국 만 19세 이상 청년 가구 2,500명을 대상으로 실시한 ‘2026 청년 주거 실태조사’ 결과를 12일 발표했다.")
    assert made == "가온주거연구원, ‘2026 청년 주거 실태조사’ 결과를 발표", made
    # (a relative clause with its own subject keeps its verb: "가온위원회가 실시한 ‘…’에서")
    made = bullet(analyzer, "가온위원회가 지난달 성인 2,000명을 대상으로 실시한 ‘주거 인식조사’에서 이사를 하겠다는 응답은 40.2%로 지난해보다 3.1%포인트 높아졌다.")
    assert "가온위원회가 실시한 ‘주거 인식조사’에서" in made, made


@pytest.mark.parametrize("sentence, kept, absent", [
    # (read blind: "서천군, 지난 16일부터 25일까지 축제의 방문객이 …": the dates dangled once the venue and "열린" went)
    ("가온군은 지난 3일부터 12일까지 가온면 솔밭 일원에서 열린 축제의 방문객이 12만3,400명으로 지난해(10만1,000명)보다 22.2% 늘었다고 13일 밝혔다.",
     "지난 3일부터 12일까지 열린 축제의 방문객이", "솔밭"),
    # (a single day dropped takes no "열린" with it: "LG, 열린 …경기에서" was broken)
    ("가온FC는 지난 26일 가온종합운동장에서 열린 2026 K리그2 38라운드 나래FC와의 홈 경기에서 3-1로 이겼다.", "가온FC, ", "가온FC, 열린"),
    # (read blind: "배달 노동자를 숨지게 한 30대 운전자 …에게 징역 8년" never said he was drunk)
    ("혈중알코올농도 0.151%의 만취 상태로 과속 운전을 하다 택시를 들이받아 승객을 숨지게 한 40대 운전자에게 중형이 선고됐다.",
     "만취 상태로 과속 운전을 하다 택시를 들이받아 승객을 숨지게 한 40대 운전자에게", "운전자에게 중형이 선고됐다"),
])
def test_what_a_relative_clause_tells_stays_with_its_noun(analyzer, sentence, kept, absent):
    from bullet_helpers import bullet

    made = bullet(analyzer, sentence)
    assert kept in made and absent not in made, made


@pytest.mark.parametrize("before, text, expected", [
    # (read blind: "실바는 양 팀 최다인 31점을 …": "surname only, with no introduction")
    ("승리의 주역은 외국인 공격수 마르코 페레이라였다.", "페레이라는 양 팀 최다인 29점을 올림", "마르코 페레이라는 양 팀 최다인 29점을 올림"),
    # (not a province before its city, nor a team before its player)
    ("지난달 강원 가온시는 해변 측량을 마쳤다.", "가온시 측량 결과 백사장 폭, 9m로 줄어", "가온시 측량 결과 백사장 폭, 9m로 줄어"),
    ("이날 나래 라이온즈 구자민이 결승타를 쳤다.", "구자민, 결승타", "구자민, 결승타"),
])
def test_a_name_given_whole_where_someone_was_introduced_opens_their_bullet_whole(analyzer, before, text, expected):
    from pipeline.engines.extractive import _given_name_added

    from bullet_helpers import analyse

    assert _given_name_added(text, analyse(analyzer, before).sentences, []) == expected


@pytest.mark.parametrize("text, context, expected", [
    # (read blind: "협의회, 본사에 …4가지 요구": "'협의회' is never introduced")
    ("협의회, 본사에 판촉비 분담률 원상 회복 등 4가지 요구", ["가온25가맹점주협의회는 20일 국회에서 기자회견을 열었다."],
     "가온25가맹점주협의회, 본사에 판촉비 분담률 원상 회복 등 4가지 요구"),
    ("연합회, 배달 수수료 상한제 법제화 요구", ["한국동네가게연합회는 이날 요구안을 냈다."], "한국동네가게연합회, 배달 수수료 상한제 법제화 요구"),
    # (two named: which one is meant is not for the finish to guess)
    ("협의회, 4가지 요구", ["가온점주협의회와 나래점주협의회는 이날 회견을 열었다."], "협의회, 4가지 요구"),
])
def test_a_bare_council_is_named_in_full(analyzer, text, context, expected):
    from pipeline.format import name_bare_place

    assert name_bare_place(text, context, analyzer.kiwi) == expected


def test_a_private_speaker_whose_name_kiwi_splits_keeps_who_they_are(analyzer):
    # (read blind: "김민호 씨, “…”": a speaker never introduced; Kiwi reads "김민호" as "김" + "민" + "호")
    from bullet_helpers import bullet

    made = bullet(analyzer, "가온 중앙시장에서 떡집을 운영하는 김민호(52) 씨는 “관광객이 다른 공항을 거치지 않고 바로 올 수 있게 된 것은 정말 반가운 일”이라고 말했다.")
    assert made.startswith("떡집을 운영하는 김민호 씨, “"), made


def test_what_a_body_is_to_its_members_stays_with_them(analyzer):
    # (read blind: "간호사들이 전국보건의료산업노동조합이 …": the description "주축인" went, two subjects were left)
    from bullet_helpers import bullet

    made = bullet(analyzer, "교사들이 주축인 전국가온교육산업노동조합(가온교사노조)이 교사 1인당 학생 수 기준을 법으로 정하라고 요구하며 총파업 가능성을 내비쳤다.")
    assert made.startswith("교사들이 주축인 전국가온교육산업노동조합"), made
    # (a description after the sentence's own subject still goes: "가온시, 로봇 제조업체인 아스라테크와 …" keeps it only
    # when it fits; it never leaves two subjects)
    assert "들이 전국가온교육산업노동조합이" not in made


@pytest.mark.parametrize("sentence, dangles", [
    # (read blind: "주가, 북미 완성차업체와 장기 공급계약을 맺은 데 따른 것으로, …11% 넘게 뜀" made the contract the stock's cause)
    ("북미 완성차업체와 장기 공급계약을 맺은 데 따른 것으로, 발표 직후 주가는 11% 넘게 뛰었다.", True),
    ("가온시는 예산을 늘린 것으로, 알려졌다.", False),
    ("가온시는 이날 공급계약을 맺었다.", False),
])
def test_a_sentence_that_opens_with_why_the_one_before_is_so_dangles(analyzer, sentence, dangles):
    from pipeline.select import dangling_reason

    assert (dangling_reason(analyzer.morphs(sentence), sentence) is not None) == dangles


def test_the_ledes_rate_told_again_under_a_longer_name_is_told_once(analyzer):
    # (read blind: "…주택용 도시가스 요금, 6.8% 오를 예정" then "서울시 소매요금 기준 주택용 요금, MJ당 …6.8% 오름", R=1)
    from pipeline.analysis import content_key
    from pipeline.engines.extractive import _repeats_figure

    chosen = analyzer.morphs("다음 달 1일부터 주택용 수도 요금, 4.2% 오를 예정")
    chosen_words = {content_key(m) for m in chosen if m.tag not in {"SN", "NNB"}} - {None}
    assert _repeats_figure(analyzer.morphs("가온시 소매요금 기준 주택용 수도 요금, 톤당 810원에서 844원으로 4.2% 오름"), chosen, chosen_words)
    # (another thing's rate, the same figure: not the lede's)
    assert not _repeats_figure(analyzer.morphs("가온시 소매요금 기준 산업용 전기 요금, kWh당 120원에서 125원으로 4.2% 오름"), chosen, chosen_words)
