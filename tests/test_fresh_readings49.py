"""Readings of the UR set (pages and sentences written for these tests, not news copy): a lede whose subject is owned by
the body the headline names leads though it names no day; a bare "이유로는" needs what came before; a private person
named by surname keeps the finding's frame; two of a kind contrasted stay together; a feature set in a place is led by
its trend, not by its scene."""
import pytest

from bullet_helpers import bullet, only_sentence, summarize_page

UNION = """“8년 만의 무분규 타결”…새한중공업 노사, 기본급 9만원 인상 합의
조합원 찬반투표 58.1% 찬성…협력업체 노조 “우리는 빠졌다” 반발
[가온일보 이도윤 기자] 2026.10.14 15:10

새한중공업 노사의 올해 임금 협상이 파업 없이 마무리됐다. 이 회사 노사가 파업 없이 협상을 타결한 것은 2018년 이후 8년 만이다.

전국금속노동조합 새한중공업지회는 14일 가온시청 브리핑룸에서 기자회견을 열고 “지난 12~13일 실시한 잠정합의안 찬반투표에서 조합원 5,120명 가운데 4,630명이 투표해 2,690명(58.1%)이 찬성했다”고 밝혔다.

합의안에는 기본급 9만원 인상과 성과급 400% 지급, 정년퇴직자 재고용 기간 연장 등이 담겼다.

지회장은 “조합원들이 싸우지 않고도 얻을 것은 얻었다고 판단해 준 것”이라고 말했다. 회사 측은 “노사가 한 걸음씩 물러선 결과”라고 밝혔다.

반면 사내 협력업체 노조는 “원청 노사만의 잔치”라며 반발했다. 협력업체 노동자들의 임금은 올해 동결됐다.

이도윤 기자 doyun@gaonilbo.kr
"""


def test_a_lede_owned_by_the_body_the_headline_names_leads_though_it_names_no_day(analyzer):
    # "동해제철 노사의 올해 임금·단체협약 협상이 파업 없이 마무리됐다" gave way to the union's dated vote count (lede=false)
    _, summary = summarize_page(analyzer, UNION)
    assert summary.bullets[0] == "새한중공업 노사의 올해 임금 협상, 파업 없이 마무리", summary.bullets


@pytest.mark.parametrize("sentence, dangles", [
    # "이유로는 '말해도 달라질 것 같지 않아서'(41.5%)가 가장 많음" (S=0: the reasons of what?)
    ("이유로는 '말해도 소용없을 것 같아서'(38.2%)가 가장 많았다.", True),
    ("가장 큰 원인은 비용 부담이다.", True),
    ("화재 원인으로는 전기 합선이 지목됐다.", False),
])
def test_a_bare_reason_opener_needs_what_came_before(analyzer, sentence, dangles):
    from pipeline.select import sentence_dangles

    reason = sentence_dangles(only_sentence(analyzer, sentence))
    assert (reason is not None and "bare noun" in reason) == dangles, reason


@pytest.mark.parametrize("sentence, expected", [
    # "…4억2,000만원을 챙김" stated as fact what investigators found of a defendant who denies it (F=0)
    ("윤씨는 의뢰 업체로부터 모두 3억1,000만원을 챙긴 것으로 조사됐다.", "윤씨, 의뢰 업체로부터 모두 3억1,000만원을 챙긴 것으로 조사"),
    ("한 씨는 현금 5,000만원을 받은 것으로 조사됐다.", "한 씨, 현금 5,000만원을 받은 것으로 조사"),
    # (what a survey found of a group is its finding, told plainly)
    ("주민 10명 중 7명은 반대한 것으로 조사됐다.", "주민 10명 중 7명 반대"),
])
def test_what_was_found_of_a_person_named_by_surname_keeps_its_frame(analyzer, sentence, expected):
    assert bullet(analyzer, sentence, 200) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "동해제철 노사의 …협상 파업 없이 마무리" (G=1: the subject ran into "파업")
    ("새한중공업 노사의 협상이 파업 없이 마무리됐다.", "새한중공업 노사의 협상, 파업 없이 마무리"),
    ("터널 공사가 차질 없이 진행됐다.", "터널 공사, 차질 없이 진행"),
    ("표결은 성립되지 않았다.", "표결 성립되지 않음"),
])
def test_how_an_act_went_is_not_its_verb(analyzer, sentence, expected):
    assert bullet(analyzer, sentence, 200) == expected


def test_a_bare_body_is_named_with_any_particle(analyzer):
    from pipeline.format import name_bare_place

    context = "이번 리콜은 가온교통안전공단의 결함 조사 결과에 따른 것이다."
    text = "공단에는 지난해부터 결함 신고가 312건 접수"
    assert name_bare_place(text, context, analyzer.kiwi) == "가온교통안전공단에는 지난해부터 결함 신고가 312건 접수"


@pytest.mark.parametrize("sentence, expected", [
    # "중소기업이 주로 쓰는 '산업용(갑)' 동결" (G=1: the 12원 rise of the other kind, the news, was cut)
    ("계약전력 300kW 이상인 '산업용(을)'은 kWh당 12원 인상되지만, 중소기업이 주로 쓰는 '산업용(갑)'은 동결된다.",
     "계약전력 300kW 이상인 '산업용(을)'은 kWh당 12원 인상되지만, 중소기업이 주로 쓰는 '산업용(갑)'은 동결"),
    ("대기업은 올해 임금을 5% 올렸지만 중소기업은 동결했다.", "대기업은 올해 임금을 5% 올렸지만 중소기업은 동결"),
])
def test_two_of_a_kind_contrasted_stay_together(analyzer, sentence, expected):
    assert bullet(analyzer, sentence, 50) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "중도매인들, 손가락 개수와 방향으로 값을 부를 예정" (F=0: a practice, no plan)
    ("경매사들은 손짓과 목소리로 값을 정한다.", "경매사들, 손짓과 목소리로 값을 정함"),
    ("국내 배우들은 레드 카펫을 밟는다.", "국내 배우들, 레드 카펫을 밟을 예정"),
])
def test_a_class_of_people_told_in_the_present_does_so_as_a_practice(analyzer, sentence, expected):
    assert bullet(analyzer, sentence, 200) == expected


SQUID = """[기획] 빈 그물 끌어올린 어민…“작년 절반도 안 잡혀”
오징어 어획량 5년째 감소…항구마다 빈 배
가온=정하늘 기자 입력 2026.10.20 06:00

지난 15일 오전 6시, 가온군 북항 앞바다.

어민 최봉수(61) 씨가 굵은 밧줄을 당겨 그물을 끌어올렸다. 그물 안에는 손바닥만 한 물고기 몇 마리만 걸려 있었다. 최 씨는 “작년 이맘때는 배 밑바닥이 가득 찼다”며 한숨을 쉬었다.

최 씨가 40년째 배를 타는 이 항구에는 한때 어선 200척이 드나들었다. 지금 남은 배는 70여 척이다.

동해안 오징어가 해마다 줄어들면서 어민들의 시름이 깊어지고 있다. 전문가들은 수온 상승과 남획을 원인으로 꼽지만, 뚜렷한 대책은 아직 없다.

해양수산부에 따르면 올해 1~9월 동해안 오징어 어획량은 1만2,000t으로 5년 전의 4분의 1 수준이었다. 같은 기간 폐업한 오징어잡이 어선은 340척에 이른다.

해수부는 내년부터 어선 감척 지원금을 척당 최대 2억원으로 늘리기로 했다.

정하늘 기자 haneul@gaonnews.kr
"""


def test_a_feature_set_in_a_place_is_led_by_its_trend_not_its_scene(analyzer):
    # "바닥에 줄지어 놓인 고등어 상자 수백 개 위로 …바닷바람이 불어 듦" led a block after "…부산공동어시장 위판장." (lede=false)
    _, summary = summarize_page(analyzer, SQUID)
    assert summary.bullets[0] == "동해안 오징어가 해마다 줄어들면서 어민들의 시름 깊어짐", summary.bullets
    assert not any("밧줄" in b or "그물 안에는" in b for b in summary.bullets), summary.bullets


@pytest.mark.parametrize("sentence, expected", [
    # "충북도교육청, 내년 3월 '영동학산초등학교'로 새로 문을 열 예정" (F=0: the office opened as the school)
    ("도교육청은 17일 가람초와 새솔초 등 2개교를 통합해 내년 3월 '가온초등학교'로 새로 문을 연다고 밝혔다.",
     "도교육청, 가람초와 새솔초 등 2개교를 통합해 내년 3월 '가온초등학교'로 새로 문을 열 예정"),
])
def test_what_is_merged_stays_with_what_it_becomes(analyzer, sentence, expected):
    assert bullet(analyzer, sentence, 50) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "케냐의 피터 키프로노, 남자 풀코스 대회 신기록을 세우며 우승" (S=0: the block never named the race)
    ("22일 오전 가온시 일원에서 열린 '제7회 가온 강변마라톤'에서 케냐의 피터 키프로노(29)가 남자 풀코스 대회 신기록을 세우며 우승했다.",
     "'제7회 가온 강변마라톤'에서 케냐의 피터 키프로노, 남자 풀코스 대회 신기록을 세우며 우승"),
    # (what describes the subject still goes: "미국의 … 기업인 …의 CEO인 …은")
    ("가온시에 본사를 둔 반도체 설계 기업인 새한칩스의 김도윤 대표는 내년 상장을 추진한다고 밝혔다.",
     "새한칩스의 김도윤 대표, 내년 상장 추진 예정"),
])
def test_the_event_a_subject_won_is_no_description_of_them(analyzer, sentence, expected):
    assert bullet(analyzer, sentence, 45) == expected


@pytest.mark.parametrize("lede, later, expected", [
    ("투자자 500여명에게서 400억원대를 가로챈 일당의 총책, 1심에서 중형을 선고받음",
     "가온지법, 사기 등 혐의로 구속기소된 투자업체 대표 한모씨에게 징역 15년을 선고하고 38억원의 추징 명령",
     "투자자 500여명에게서 400억원대를 가로챈 일당의 총책 한모씨, 1심에서 징역 15년을 선고받음"),
    ("노동자가 숨진 사고로 재판에 넘겨진 제지업체 대표가 실형을 선고받고 법정에서 구속",
     "가온지법, 중대재해처벌법 위반 혐의로 기소된 대표 이모씨에게 징역 1년6개월을 선고하고 법정구속",
     # (a lede that is a whole sentence names the one sentenced before its particle, for "이 대표" below to be them)
     "노동자가 숨진 사고로 재판에 넘겨진 제지업체 대표 이모씨가 징역 1년6개월을 선고받고 법정에서 구속"),
    # (two sentences named: which one the lede's is, is not for the finish to guess)
    ("전세보증금을 가로챈 일당에게 중형 선고", "가온지법, 한모 씨와 윤모 씨에게 각각 징역 7년과 징역 5년 선고", None),
    ("빌라 180여 채로 보증금을 가로챈 일당의 주범에게 중형 선고", "가온지법 형사13부, 사기 혐의로 구속기소된 임대업자 최모 씨에게 징역 15년 선고",
     "빌라 180여 채로 보증금을 가로챈 일당의 주범 최모 씨에게 징역 15년 선고"),
    # (a suspended sentence is no heavy one)
    ("세금을 내지 않은 배우, 1심에서 중형을 선고받음", "가온지법, 강 씨에게 징역 2년에 집행유예 3년 선고", None),
    ("세금을 내지 않은 배우, 1심에서 집행유예를 선고받음", "가온지법, 강 씨에게 징역 2년에 집행유예 3년 선고",
     "세금을 내지 않은 배우, 1심에서 징역 2년에 집행유예 3년을 선고받음"),
])
def test_the_lede_names_the_sentence_a_later_bullet_gives(lede, later, expected):
    from pipeline.engines.extractive import named_sentence

    assert named_sentence(lede, later) == expected


SENTENCED = """'가짜 코인'으로 480명에게서 310억 가로챈 일당 총책 징역 12년
가온지법 “피해 회복 안 돼”…공범 2명도 실형
[가온일보 박서준 기자] 입력 2026.10.21 15:40

가짜 가상자산을 앞세워 투자자 480여명에게서 300억원대를 가로챈 일당의 총책이 1심에서 중형을 선고받았다.

가온지법 형사11부는 21일 특정경제범죄가중처벌법상 사기 등 혐의로 구속기소된 투자업체 대표 한모(48)씨에게 징역 12년을 선고하고 27억원의 추징을 명령했다.

한씨 등은 2023년 5월부터 지난해 10월까지 자체 발행한 가상자산이 해외 거래소에 곧 상장된다며 투자자 482명에게서 310억4,000만원을 받아 챙긴 혐의를 받는다.

재판부는 “피해자 대부분이 노후 자금을 잃었고 피해 회복도 거의 이뤄지지 않았다”고 양형 이유를 밝혔다. 함께 기소된 영업본부장 이모(41)씨와 전산 담당 김모(37)씨에게는 각각 징역 6년과 징역 4년이 선고됐다.

한씨는 재판에서 “상장을 실제로 추진했다”며 혐의를 부인했다. 검찰은 한씨에게 징역 18년을 구형했었다.

박서준 기자 seojun@gaonilbo.kr
"""


def test_one_sentencing_is_told_once_with_its_term(analyzer):
    # "…일당의 총책, 1심에서 중형을 선고받음" then "…법원, …한모씨에게 징역 15년을 선고하고 …": R=1 in every such block
    _, summary = summarize_page(analyzer, SENTENCED)
    # (the one sentenced named there, whom later bullets call by surname: "한씨" was otherwise never introduced)
    assert summary.bullets[0] == "가짜 가상자산을 앞세워 투자자 480여명에게서 300억원대를 가로챈 일당의 총책 한모씨, 1심에서 징역 12년을 선고받음", \
        summary.bullets
    assert sum("징역 12년" in b for b in summary.bullets) == 1, summary.bullets


FLOOD = """[르포] 물 빠진 지 석 달…"도배할 날만 기다려요"
가람군 수해마을 가 보니…주택 복구율 58% 그쳐
글·사진 윤다온 기자 입력 2026.10.28 06:00

27일 오전 가람군 새솔면의 한 마을.

정옥희(73) 씨의 집 안방에는 여전히 장판이 깔려 있지 않았다. 벽 아래쪽 1m 높이까지 흙탕물 자국이 선명했다. 정 씨는 "벽이 말라야 도배를 한다는데 아직 멀었대요"라고 말했다.

지난 7월 14~15일 이틀 동안 가람군에는 386㎜의 비가 쏟아졌다. 제방이 무너지면서 마을들이 한꺼번에 물에 잠겼다. 가람군에 따르면 침수 피해를 본 주택 960가구 가운데 복구를 마친 곳은 557가구로 58%에 그친다.

복구가 늦어지는 가장 큰 이유는 돈이다. 재난지원금은 가구당 300만원이지만 도배와 보일러 교체에만 그 두 배가 든다.

이날 오후 정 씨의 집에는 군이 연결해 준 도배 업체 직원 두 명이 찾아와 벽의 습도를 재고 돌아갔다.

가람군은 올해 안에 복구율을 80%까지 끌어올리겠다고 밝혔다.

윤다온 기자 daon@gaonnews.kr
"""


def test_a_feature_set_in_a_place_is_not_led_by_its_dated_background(analyzer):
    # "지난 7월 16~17일 이틀 동안 예산에는 412㎜의 비 쏟아짐" led the block (lede=false): the flood is the background;
    # the headline's point, the recovery rate, is the news
    _, summary = summarize_page(analyzer, FLOOD)
    assert summary.bullets[0] == "침수 피해를 본 주택 960가구 가운데 복구를 마친 곳, 557가구로 58%에 그침", summary.bullets
    # (the part of the day goes with its day: "오후 김순자 씨의 집에는 …" read as a scrap)
    assert not any(b.startswith("오후") for b in summary.bullets), summary.bullets


@pytest.mark.parametrize("sentence, ongoing", [
    ("꿀벌이 사라지는 현상이 반복되면서 농가의 피해가 커지고 있다.", True),
    # (a view held is no trend under way)
    ("시는 축제 기간 전체 방문객이 50만명을 넘어설 것으로 보고 있다.", False),
    ("군은 피해액을 120억원으로 추산하고 있다.", False),
])
def test_a_trend_under_way_is_not_a_view_held(analyzer, sentence, ongoing):
    from pipeline.engines.extractive import _ongoing

    assert _ongoing(only_sentence(analyzer, sentence).morphs) == ongoing


def test_a_bare_place_a_relative_clause_names_keeps_its_particle():
    from pipeline.format import name_bare_place

    # "영양군, 영양교통에 지원하는 손실보전금, …" (two commas: the county read as the subject of the rise)
    assert name_bare_place("군이 운송업체에 지원하는 손실보전금, 올해 14억원", ["가람군이 노선을 없앤다."]) \
        == "가람군이 운송업체에 지원하는 손실보전금, 올해 14억원"
    assert name_bare_place("군, 노선 폐지", ["가람군이 노선을 없앤다."]) == "가람군, 노선 폐지"



@pytest.mark.parametrize("sentence, setting", [
    ("지난 25일 오전 5시 50분, 가온시 서구 공동어시장 위판장.", True),
    ("해발 1,614m 가온산 정상에서 이어지는 능선길.", True),
    # (a photo's caption left at the top of the body sets no scene: the study's lede after it leads)
    ("공대 기계항공공학부 김도윤 교수 연구팀.", False),
])
def test_a_verbless_setting_sets_a_time_or_a_place(analyzer, sentence, setting):
    from pipeline.engines.extractive import _verbless_setting

    assert _verbless_setting(only_sentence(analyzer, sentence).morphs) == setting


@pytest.mark.parametrize("lede, later", [
    # (a lede of several sentences is no one sentence's weight)
    ("가람지법, 2명은 실형을, 1명은 집행유예를 선고", "가람지법, 김모씨에게 징역 1년에 집행유예 2년을 선고"),
])
def test_a_lede_of_several_sentences_is_left_as_it_is(lede, later):
    from pipeline.engines.extractive import named_sentence

    assert named_sentence(lede, later) is None
    # (a bank's name is no sentence: "새마을금고 간부, 중형을 선고받음" takes the term)
    assert named_sentence("새마을금고 간부, 중형을 선고받음", "가온지법, 전 상무 정모 씨에게 징역 8년 선고") == "새마을금고 간부 정모 씨, 징역 8년을 선고받음"


@pytest.mark.parametrize("sentence, announces", [
    # "…부당해고에 해당한다는 대법원 판단이 나왔다" gave way to the court's procedural sentence (lede=false): what was
    # ruled is told in the clause before "판단" (Kiwi reads "대법원" as the prefix "대" + "법원")
    ("11개월짜리 계약을 반복해 온 근로자에게 계약 만료를 통보했다면 부당해고에 해당한다는 대법원 판단이 나왔다.", False),
    ("피의자 4명에 대한 대법원 판단이 나왔다.", True),
])
def test_a_ruling_told_with_what_it_rules_is_no_bare_release(analyzer, sentence, announces):
    from pipeline.select import announces_only

    assert announces_only(only_sentence(analyzer, sentence).morphs) == announces


def test_one_like_the_anecdotes_person_goes_from_the_nut_graf(analyzer):
    # "김 씨처럼 도시를 떠나 바다로 온 젊은 귀어인들이 …" was refused as a private person's sentence; the scene led instead
    text = bullet(analyzer, "김 씨처럼 도시를 떠나 바다로 온 젊은 귀어인들이 사라져 가던 어촌마을을 되살리고 있다.", 200)
    assert text == "도시를 떠나 바다로 온 젊은 귀어인들, 사라져 가던 어촌마을을 되살림", text


def test_a_company_named_in_latin_letters_builds_ahead(analyzer):
    # "KN에너지, …LFP 배터리 공장을 지음" read as built already (G=1): the plant is to come
    assert bullet(analyzer, "KN에너지가 2조4,000억원을 들여 배터리 공장을 짓는다.", 200) == "KN에너지, 2조4,000억원을 들여 배터리 공장을 지을 예정"


@pytest.mark.parametrize("sentence, dangles", [
    # "20GWh, 중형 전기차 약 30만대에 들어가는 배터리 물량" (S=0: the capacity was never introduced)
    ("20GWh는 중형 전기차 약 30만대에 들어가는 배터리 물량이다.", True),
    ("KT는 새 요금제를 내놨다.", False),
])
def test_a_bare_figure_in_latin_units_needs_what_came_before(analyzer, sentence, dangles):
    from pipeline.select import sentence_dangles

    assert (sentence_dangles(only_sentence(analyzer, sentence)) is not None) == dangles
