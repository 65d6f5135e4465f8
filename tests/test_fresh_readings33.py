"""Readings of this session: faults found on articles the engine had never seen (written for the evaluation, not news
copy). Sentences and pages here are written for these tests."""
from bullet_helpers import analyse, bullet, summarize_page

from pipeline.compress import Compressor


def _second_bullet(analyzer, text: str) -> str:
    """The bullet of the second of two sentences, compressed with the first before it in the body."""
    doc = analyse(analyzer, text)
    assert len(doc.sentences) == 2, [s.text for s in doc.sentences]
    return Compressor(analyzer.kiwi, 60).compress(doc.sentences[1], doc.article.body).text


def test_a_first_clause_told_as_done_stands_for_a_sentence_whose_last_clause_plans(analyzer):
    # "…사직서를 냈으며, 이 중 2명은 …떠났고 나머지 2명도 …퇴직할 예정이다": the plan is the last two doctors'; the
    # resignations are done, and the first clause says them alone (the whole sentence was 91 characters)
    out = bullet(analyzer, "가람의료원 소아청소년과 전문의 6명 가운데 3명이 지난달부터 이달 초 사이 잇따라 사직서를 냈으며, 이 중 "
                           "1명은 이미 병원을 떠났고 나머지 2명도 오는 28일 자로 퇴직할 예정이다.")
    assert out == "가람의료원 소아청소년과 전문의 6명 가운데 3명, 지난달부터 이달 초 사이 잇따라 사직서를 냄", out
    # (a first clause with no tense of its own is still covered by the plan: "…홍보하고, … 펼칠 계획이다")
    out = bullet(analyzer, "한빛군은 다음 달부터 관광객을 대상으로 지역 특산물 할인 행사를 대대적으로 홍보하고, 주말마다 읍내 "
                           "전통시장 일대에서 거리 공연과 체험 행사를 함께 펼칠 계획이다.")
    assert "홍보함" not in out and not out.endswith("홍보"), out


def test_a_bare_amount_is_no_subject_of_a_bullet_of_its_own(analyzer):
    # "…결제수수료 600원을 합쳐 5,960원이 빠져나갑니다": alone, "5,960원 빠져나감" says of nothing what
    out = bullet(analyzer, "3만 원 주문 한 건을 기준으로 하면 중개수수료 2,940원과 배달비 3,900원, 결제수수료 900원을 합쳐 "
                           "7,740원이 빠져나갑니다.")
    assert out != "7,740원 빠져나감", out
    assert "중개수수료" in out and "7,740원" in out, out


RECALL_PAGE = """한빛모터스 '세린' 3만1천대 리콜…"가속 페달 복귀 지연 우려"
국토부 "페달 스프링 결함"…다음 달 10일부터 무상 수리

지난 5월 한 국도 오르막 구간. 한빛모터스 소형 SUV '세린'을 몰던 한 운전자는 "가속 페달에서 발을 뗐는데도 속도가 바로 줄지 않았다"며 자동차리콜센터에 결함 신고를 냈다.

비슷한 신고는 이후 넉 달 동안 64건으로 늘었다.

결국 한빛모터스가 대규모 리콜에 나선다.

국토교통부는 한빛모터스가 제작·판매한 세린 2개 차종 3만1,000대에서 가속 페달 결함이 확인돼 자발적 시정조치(리콜)에 들어간다고 14일 밝혔다.

국토부에 따르면 이들 차량은 가속 페달 안쪽 스프링의 탄성이 떨어져 발을 뗀 뒤에도 페달이 제자리로 돌아오는 데 시간이 걸릴 수 있다.

차주들은 다음 달 10일부터 전국 한빛모터스 서비스센터 288곳에서 개선된 스프링으로 무상 교체를 받을 수 있다.

리콜 대상 여부는 자동차리콜센터 홈페이지에서 차량번호를 입력해 확인할 수 있다.
"""


def test_a_feature_opening_on_a_certain_persons_words_is_led_by_the_news(analyzer):
    # "…한 운전자는 “…”며 신고를 냈다": an unnamed person's words colour the story; the recall, four sentences on, leads
    # (past "비슷한 신고는 …", which says like what only after the words before it)
    doc, summary = summarize_page(analyzer, RECALL_PAGE)
    assert summary.bullets[0].startswith("국토교통부, "), summary.bullets
    assert "3만1,000대" in summary.bullets[0], summary.bullets
    assert not any(b.startswith("비슷한 신고") for b in summary.bullets), summary.bullets
    from pipeline.select import dangling_reason
    sentence = next(s for s in doc.sentences if s.text.startswith("비슷한 신고는"))
    assert dangling_reason(sentence.morphs, sentence.text) is not None


VERDICT_PAGE = """'가람 물류센터 방화' 가담자들 실형…1명은 집행유예

[앵커]

가람 물류센터 방화 사건 피고인 3명에 대한 법원의 판단이 조금 전 나왔습니다.

이 사건 관련 첫 번째 판결인데요.

최민지 기자입니다.

[기자]

'가람 물류센터 방화' 피고인에 대한 법원의 첫 판결이 오늘 오전 나왔습니다.

가람지법은 현존건조물방화와 업무방해 등의 혐의를 받는 3명에 대한 선고 공판을 열고 2명은 실형을, 1명은 징역형의 집행유예를 선고했습니다.

법원은 불을 지른 주범 박모씨에게 징역 5년을, 휘발유를 건넨 김모씨에게는 징역 2년을 선고했습니다.

망을 본 혐의로 함께 재판에 넘겨진 이모씨에게는 징역 1년에 집행유예 2년이 선고됐습니다.

검찰은 박씨에게 징역 7년을, 김씨와 이씨에게 각각 징역 3년과 1년 6개월을 구형했습니다.
"""


def test_the_release_told_again_before_the_lede_makes_no_bullet(analyzer):
    # the anchor's "…판단이 조금 전 나왔습니다" and the reporter's "…첫 판결이 오늘 오전 나왔습니다" only announce the
    # verdict the lede tells
    doc, summary = summarize_page(analyzer, VERDICT_PAGE)
    assert summary.bullets[0].startswith("가람지법, "), summary.bullets
    assert not any("나옴" in b for b in summary.bullets), summary.bullets


def test_what_a_situation_drives_people_to_do_is_no_plan(analyzer):
    # "결국 보호자들은 …원정 진료를 떠난다": the parents go now; "…떠날 예정" said they planned to
    out = bullet(analyzer, "결국 환자 가족들은 약 80㎞ 떨어진 도청 소재지의 대학병원으로 원정 진료를 떠난다.")
    assert "예정" not in out and out.endswith("떠남"), out
    # (an act a named body does on a day told is ahead as before)
    out = bullet(analyzer, "가람시립교향악단은 다음 달 12일 시민회관 대공연장에서 신년 음악회를 연다.")
    assert out.endswith("예정"), out


def test_not_even_one_keeps_its_even(analyzer):
    # "…매출을 올렸지만, 정산금은 한 푼도 없었다": the main clause kept alone lost "도", leaving "한 푼 없었음"
    out = bullet(analyzer, "소속사 자료에 따르면 밴드는 2020년 데뷔 이후 공연과 음원, 광고 등으로 누적 매출 약 410억원을 "
                           "올렸지만, 멤버들에게 지급된 정산금은 지금까지 한 푼도 없었다.", max_chars=40)
    assert "한 푼도 없었" in out, out


def test_a_topic_of_what_a_complaint_says_gets_no_comma(analyzer):
    # "손에 쥐는 돈은 …줄었다는 하소연이 나옵니다": the complaint is heard; the money is what it says of
    out = bullet(analyzer, "매출이 늘어도 점주들이 손에 쥐는 돈은 오히려 줄었다는 하소연이 나옵니다.")
    assert "돈," not in out and "돈은 줄었다는 하소연" in out, out
    # (a topic whose plan is what the sentence tells keeps its comma: "한빛시, …늘린다는 계획을 밝힘")
    out = bullet(analyzer, "한빛시는 내년 청년 주거 예산을 두 배로 늘린다는 계획을 밝혔다.")
    assert out.startswith("한빛시, "), out


BATTERY_PAGE = """"전고체전지 충전 속도 2배로"…새봄대 연구팀, 고체 전해질 코팅 기술 개발
리튬 이온 이동 막는 계면 저항 낮춰…국제학술지 게재

한 번 충전으로 1,000㎞를 달릴 '차세대 배터리'로 꼽히는 전고체전지는 좀처럼 상용화 문턱을 넘지 못하고 있다. 전극과 고체 전해질이 맞닿는 면에서 '계면 저항'이 커져 충전 속도가 느려지기 때문이다.

새봄대 신소재공학과 한지우 교수 연구팀이 이 계면 저항을 낮춰 전고체전지 충전 속도를 기존보다 약 2배 높일 수 있는 고체 전해질 코팅 기술을 개발했다.

연구팀은 전극 표면에 두께 10나노미터의 얇은 산화물 막을 고르게 입히는 방법으로 이온이 지나는 길을 넓혔다.

연구 결과는 국제학술지 '어드밴스드 에너지 소재' 최신호에 실렸다.

다만 코팅 공정 비용이 기존 공정보다 약 3배 높다는 점은 과제로 남았다.

한 교수는 "공정을 단순화해 비용을 낮추고 내년까지 대형 셀에서 성능을 검증하겠다"고 말했다.
"""


def test_a_first_sentence_of_background_gives_the_lede_to_the_finding(analyzer):
    # "…전고체전지는 좀처럼 상용화 문턱을 넘지 못하고 있다": a state of things, none of the headline's points; the team's
    # finding, which the headline tells, leads (and its "이 계면 저항" names the resistance the sentence before named)
    doc, summary = summarize_page(analyzer, BATTERY_PAGE)
    assert summary.bullets[0].startswith("새봄대 ") and "연구팀, " in summary.bullets[0], summary.bullets
    assert "이 계면" not in summary.bullets[0] and "계면 저항을 낮춰" in summary.bullets[0], summary.bullets


def test_this_before_a_term_named_just_before_goes(analyzer):
    out = _second_bullet(analyzer, "충전을 거듭하면 음극 표면에 '덴드라이트'라는 결정이 자란다. 국내 연구진이 이 덴드라이트 성장을 "
                                   "억제해 배터리 수명을 늘리는 첨가제를 개발했다.")
    assert "이 덴드라이트" not in out and "덴드라이트 성장을 억제해" in out, out
    # (not a part of what was counted, nor a short common noun, nor a term the sentences before never named)
    out = _second_bullet(analyzer, "이재민은 모두 412명으로 집계됐다. 이 가운데 185명은 아직 집으로 돌아가지 못했다.")
    assert "이 가운데" in out, out
    out = _second_bullet(analyzer, "새벽에 내린 폭우로 선로 일부가 물에 잠겼다. 이 열차를 포함한 KTX 12대가 30~90분 지연됐다.")
    assert "이 열차" in out, out
    out = _second_bullet(analyzer, "연구팀은 올해 초 실험을 시작했다. 연구팀은 이 프로그램을 통해 학생 120명의 수면 시간을 조사했다.")
    assert "이 프로그램" in out, out


def test_a_count_of_a_noun_is_the_subject_of_its_clause(analyzer):
    # "여객선 9척이 …묶여 있고, 섬에 남은 관광객은 …": a topic comma after the second clause's topic split the sentence
    out = bullet(analyzer, "여객선 7척이 모두 항구에 묶여 있고, 섬에 남은 관광객은 900여명으로 추산된다.")
    assert "관광객," not in out and "관광객은 900여명" in out, out


def test_examples_before_a_count_go_past_including_and_island_names(analyzer):
    # "한국과 중국, 일본을 비롯해 영국, 네덜란드 등 12개국 27개 기관": the count says how many, the examples only which
    out = bullet(analyzer, "이번 박람회에는 한국과 중국, 일본을 비롯해 독일, 프랑스, 캐나다 등 14개국 52개 기업이 개발한 수소 "
                           "연료전지 차량과 관련 부품 280여점이 전시됐다.")
    assert "14개국 52개 기업" in out and "캐나다" not in out and "비롯해" not in out, out
    out = bullet(analyzer, "올해 처음 열리는 '섬마을 음악회'는 욕지도와 사량도, 한산도 등 4개 섬에서 주민들을 위한 무료 공연을 "
                           "차례로 열 예정이어서 관심을 모은다.")
    assert "4개 섬에서" in out and "사량도" not in out, out


FERRY_PAGE = """태풍 '누리' 북상에 서해안 뱃길 끊겨…한빛항 관광객 1,300여명 발 묶여

제9호 태풍 '누리'가 북상하면서 서해안 여객선 운항이 모두 중단됐다.

서해해양경찰청은 전날 오후 6시부터 한빛항과 달섬, 솔섬을 잇는 3개 항로의 여객선 운항을 전면 통제했다.

통제가 길어지면서 섬에 남은 관광객은 1,300여명으로 추산된다.

기상청은 태풍이 내일 새벽 서해안에 가장 가깝게 다가왔다가 오후부터 북쪽으로 빠져나갈 것으로 내다봤다.

해경은 풍랑경보가 해제되는 대로 안전 점검을 거쳐 운항을 재개할 계획이다.

선사 측은 운항이 재개되면 임시 증편을 투입해 관광객들을 우선 수송하기로 했다.
"""


def test_a_sentence_with_the_headlines_figure_says_its_point_in_other_words(analyzer):
    # "한빛항 관광객 1,300여명 발 묶여": "섬에 남은 관광객은 1,300여명으로 추산된다" says it, "발 묶여" put otherwise; the
    # stranded tourists, the headline's news, were missing from the block
    doc, summary = summarize_page(analyzer, FERRY_PAGE)
    assert any("1,300여명" in b for b in summary.bullets), summary.bullets
    from pipeline.engines.extractive import says_point
    weight = {"관광객": 2.0, "1300": 3.0, "발": 3.0, "한빛항": 3.0}
    assert says_point(set(weight), {"관광객", "1300", "섬", "추산"}, weight)
    # (a day's figure pins nothing: "1~20일 기준 역대 최대" is not said by any sentence dated to the 20th)
    day = {"1": 2.0, "20": 2.0, "기준": 3.0, "역대": 3.0, "최대": 3.0}
    assert not says_point(set(day), {"20", "1", "수출", "증가"}, day)


STRIKE_PAGE = """가람시 마을버스 노조 "20일 첫차부터 파업"…출근길 불편 우려
시급 7.5% 인상 요구에 사측 2.0%로 맞서…19일 최종 조정회의

가람시 마을버스 노동조합이 오는 20일 첫차부터 전면 파업에 들어가겠다고 예고했다.

노조는 올해 임금협상에서 시급 7.5% 인상과 함께 정년을 현행 62세에서 64세로 연장하고, 배차 간격 조정을 통해 하루 평균 운행 시간을 8시간 이내로 줄여달라고 요구했다.

사측은 유가와 인건비 부담이 커졌다며 시급 2.0% 인상안을 고수하고 있다.

노사는 19일 지방노동위원회에서 최종 조정회의를 연다.

파업이 현실화되면 마을버스 41개 노선 가운데 90% 이상이 운행을 멈추게 된다.

가람시는 전세버스 80대를 투입하는 비상수송대책을 마련했다.
"""


def test_a_sentence_whose_bullet_cannot_keep_the_headline_point_is_not_brought_for_it(analyzer):
    # "노조는 …시급 7.5% 인상과 함께 …연장하고, …8시간 이내로 줄여달라고 요구했다": its bullet keeps the last clause
    # (the request covers the first), the hours, not the 7.5% the headline states
    from pipeline.config.summarize import SummarizeConfig
    from pipeline.engines import build_engine
    from pipeline.parse import parse_article
    doc = analyzer.analyze(parse_article(STRIKE_PAGE, id="t"))
    engine = build_engine("kiwi", SummarizeConfig(), analyzer)
    index = next(s.index for s in doc.sentences if s.text.startswith("노조는 올해"))
    weight = {"7.5": 3.0, "인상": 2.0, "2.0": 3.0, "요구": 2.0, "시급": 2.0}
    assert not engine._adds_a_point(doc, index, set(weight), [set(weight)], weight, set())
    # (with the block saying the rest, a sentence that adds the point's figure keeps it)
    index = next(s.index for s in doc.sentences if s.text.startswith("사측은"))
    assert engine._adds_a_point(doc, index, set(weight), [set(weight)], weight, {"7.5", "요구"})
    # (and one whose bullet says another point the block leaves out is brought all the same)
    hours = {"8": 1.0, "운행": 2.0, "시간": 2.0, "이내": 3.0}
    index = next(s.index for s in doc.sentences if s.text.startswith("노조는 올해"))
    assert engine._adds_a_point(doc, index, set(weight), [set(weight), set(hours)], {**weight, **hours}, set())


def test_a_rieul_stem_whose_ending_reads_as_another_verb_keeps_its_past(analyzer):
    # "불안에 떨었다" -> "떨어" read as "떨어지다" cut off
    out = bullet(analyzer, "새벽 지진에 해안가 주민들이 한동안 불안에 떨었다.")
    assert out.endswith("떨었음"), out
    out = bullet(analyzer, "가람시는 옛 역사 부지에 시민 도서관을 새로 열었다.")
    assert out.endswith("열어") or out.endswith("개관"), out


QUAKE_PAGE = """전남 해남 앞바다 규모 3.9 지진…"창문 흔들려" 신고 96건
올해 남해 해역 최대 규모…인명 피해 없어

25일 오후 전남 해남군 앞바다에서 규모 3.9의 지진이 발생해 남해안 주민들이 불안에 떨었다.

기상청에 따르면 이날 오후 2시 12분 40초 해남군 남서쪽 18㎞ 해역에서 규모 3.9의 지진이 일어났다.

전남소방본부에는 지진 발생 후 1시간 동안 흔들림을 느꼈다는 신고가 96건 접수됐다.

인명 피해는 없었고 일부 주택 외벽에 금이 가는 등 재산 피해 4건이 신고됐다.

기상청은 이번 지진으로 인한 지진해일 가능성은 없다고 밝혔다.

행정안전부는 지진 위기경보 '주의' 단계를 발령했다가 오후 5시 해제했다.
"""


def test_the_lede_told_again_with_where_it_happened_is_said_once(analyzer):
    # "…가온군 남서쪽 18㎞ 해역에서 규모 3.9의 지진이 일어났다": the lede's quake with its hour and place, a distance
    # from a place no figure of its own
    doc, summary = summarize_page(analyzer, QUAKE_PAGE)
    assert sum("규모 3.9" in b for b in summary.bullets) == 1, summary.bullets


def test_the_act_told_before_saying_so_is_the_sentences_own(analyzer):
    # "“…”" | "…강모씨에게 징역 15년을 선고하며 이같이 밝혔다": the words said are the quotation before; the sentence's own
    # news is the sentence, which led no block (it dangled on "이같이 밝혔다")
    out = bullet(analyzer, "가람지법 형사합의2부는 지난 18일 사기 등 혐의로 구속기소된 전세사기 조직 총책 박모(51)씨에게 징역 "
                           "13년을 선고하며 이같이 밝혔다.")
    assert out.endswith("징역 13년 선고"), out
    from pipeline.select import dangling_reason
    from bullet_helpers import only_sentence
    sentence = only_sentence(analyzer, "재판부는 박씨에게 징역 13년을 선고하며 이같이 밝혔다.")
    assert dangling_reason(sentence.morphs, sentence.text) is None
    # (words said so with no act of their own still lean on the sentence before)
    sentence = only_sentence(analyzer, "김 총장은 기자들과 만난 자리에서 이같이 밝혔다.")
    assert dangling_reason(sentence.morphs, sentence.text) is not None


def test_the_subject_of_an_even_if_clause_is_not_who_acts(analyzer):
    # "병원은 파업이 현실화하더라도 …인력을 배치해 …최소화하겠다고 밝혔다": the hospital says so, not the strike
    out = bullet(analyzer, "병원은 파업이 현실화하더라도 응급실과 중환자실, 분만실 등 필수유지업무에는 법정 인력을 그대로 "
                           "배치해 진료 차질을 최소화하겠다고 밝혔다.", max_chars=40)
    assert not out.startswith("파업, "), out
    assert out.startswith("병원, "), out


HEAT_PAGE = """가람 낮 최고 38.9도 '관측 이래 최고'…온열질환자 1,400명 넘어

부채를 든 시민들은 그늘을 찾아 발길을 재촉하고, 횡단보도 옆 그늘막 아래에는 신호를 기다리는 사람들이 빼곡히 모였습니다.

오늘(4일) 가람시의 낮 최고기온은 38.9도까지 올라, 1925년 관측을 시작한 이래 가장 높은 기록을 세웠습니다.

종전 최고 기록은 2018년 8월의 38.1도였습니다.

올해 신고된 온열질환자는 1,436명으로 지난해 같은 기간보다 31.2% 늘었습니다.

정부는 야외 작업장에 오후 2시부터 5시까지 작업을 멈추도록 권고했습니다.
"""


def test_a_scene_of_nameless_people_gives_the_lede_to_the_headlines_record(analyzer):
    # "부채를 든 시민들은 …재촉하고, …사람들이 빼곡히 모였습니다": no one named, no number, none of the headline's
    # points, though it tells what people did; the record the headline states leads
    doc, summary = summarize_page(analyzer, HEAT_PAGE)
    assert "38.9도" in summary.bullets[0], summary.bullets
