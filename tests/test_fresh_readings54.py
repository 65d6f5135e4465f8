"""Readings of the VA–VD sets (pages and sentences written for these tests, not news copy): a round amount crossed or
neared in one bullet and given exactly in a later one is told once, exactly; a lede's change with its cause and no
figure takes the figures of the later bullet that gives them, and that bullet goes; a fragment that opens on a
pointing word waits when a bullet stands between it and the bullet that took the fact it points at; a quotation of
the lede's act by the same actor tells the lede again."""
import pytest


@pytest.mark.parametrize("about, exact, merged", [
    # a mark crossed, going on to a clause
    ("반도체 수출액, 11월 95억달러를 넘어서며 월간 기준 역대 최대치를 다시 씀",
     "지난달 반도체 수출, 95억4,000만달러로 지난해 같은 달보다 11.2% 늘어",
     "반도체 수출액, 11월 95억4,000만달러로 월간 기준 역대 최대치를 다시 씀"),
    # a mark neared
    ("지방 상가 공실률, 15%에 육박하며 통계 작성 이후 가장 높은 수준으로 올라섬",
     "지난 6월 말 기준 지방 상가 공실률, 14.7%로 집계",
     "지방 상가 공실률, 14.7%로 통계 작성 이후 가장 높은 수준으로 올라섬"),
    # a mark crossed that ends the bullet
    ("고양이를 키우는 가구가 한 달에 쓰는 돈, 평균 12만원을 넘어섬",
     "고양이 1마리에 드는 월평균 양육비, 12만1,000원",
     "고양이를 키우는 가구가 한 달에 쓰는 돈, 평균 12만1,000원"),
    # a mark crossed for the first time is the news: it stays
    ("서울 오피스텔 평균 월세, 처음으로 100만원을 넘어섬",
     "지난달 서울 오피스텔 평균 월세, 101만2,000원으로 전월보다 0.8% 오름", None),
    # a count's mark is a milestone: it stays
    ("영화 '겨울 항구', 누적 관객 800만명을 넘어서며 올해 최고 흥행작에 오름",
     "영화 '겨울 항구'의 누적 관객, 803만2,000명", None),
    # an exact amount well over the mark is another figure
    ("지역 축제 매출, 50억원을 넘어서며 역대 최대를 기록",
     "지역 축제 먹거리 매출, 53억원으로 지난해보다 20% 늘어", None),
    # about another thing: no word of what is measured in common
    ("반도체 수출액, 11월 95억달러를 넘어서며 월간 기준 역대 최대치를 다시 씀",
     "자동차 부품 수출, 95억1,000만달러", None),
])
def test_a_round_amount_is_told_once_exactly(analyzer, about, exact, merged):
    # "반도체 수출액, 11월 142억달러를 넘어서며 …" then "지난달 반도체 수출, 142억3,000만달러로 …" (read blind, R=1 in
    # each of four such blocks)
    from pipeline.engines.extractive import exact_figure

    assert exact_figure(about, analyzer.morphs(about), exact, analyzer.morphs(exact)) == merged


@pytest.mark.parametrize("lede, later, merged", [
    ("지난달 가전 수출액, 유럽 수요 위축과 환율 하락의 영향으로 1년 전보다 줄어",
     "지난달 가전 수출액, 21억4,000만달러로 지난해 같은 달보다 6.1% 감소",
     "지난달 가전 수출액, 유럽 수요 위축과 환율 하락의 영향으로 21억4,000만달러로 지난해 같은 달보다 6.1% 감소"),
    ("부산 아파트 거래, 금리 인상의 여파로 석 달 연속 줄어들어",
     "부산 아파트 매매 거래량, 2,104건으로 8월보다 12.3% 줄어 석 달 연속 감소세를 이어감",
     "부산 아파트 매매 거래량, 금리 인상의 여파로 2,104건으로 8월보다 12.3% 줄어 석 달 연속 감소세를 이어감"),
    # the other way: another change
    ("지난달 가전 수출액, 유럽 수요 위축의 영향으로 1년 전보다 줄어",
     "지난달 가전 수입액, 18억달러로 지난해 같은 달보다 3.2% 증가", None),
    # a streak the later bullet does not give is the lede's own news
    ("지난달 가전 수출액, 유럽 수요 위축의 영향으로 14개월 만에 줄어",
     "지난달 가전 수출액, 21억4,000만달러로 지난해 같은 달보다 6.1% 감소", None),
    # a lede with no cause is not this
    ("출생아 수, 27개월 연속 늘며 반등 흐름을 이어감", "출생아 수, 9월 2만1,300명으로 1년 전보다 4.6% 늘어", None),
])
def test_a_ledes_change_takes_the_figures_told_after_it(analyzer, lede, later, merged):
    # "지난달 자동차 수출액, …의 영향으로 1년 전보다 줄어" then "지난달 자동차 수출액, 58억3,000만달러로 …4.3% 감소"
    # (read blind, R=1: "B1 and B2 both report the export decline")
    from pipeline.engines.extractive import cause_merged

    assert cause_merged(lede, analyzer.morphs(lede), later, analyzer.morphs(later)) == merged


VACANCY = """지방 상가 공실률 14.7%…2년 새 4%p 뛰었다
온라인 쇼핑에 밀린 원도심 상권 '빈 점포' 속출
가온경제 한도윤 기자 입력 2026.10.02 06:00

지방 상가 공실률이 15%에 육박하며 관련 통계 작성 이후 가장 높은 수준으로 올라섰다. 온라인 쇼핑이 빠르게 늘어난 데다 원도심 인구가 줄면서 빈 점포가 늘었다는 분석이다.

2일 가온부동산원의 '2분기 상업용 부동산 임대동향'에 따르면 지난 6월 말 기준 지방 중대형 상가 공실률은 14.7%로 집계됐다. 2024년 2분기(10.6%)와 비교하면 2년 새 4.1%포인트 높아졌다.

지역별로는 가온시가 19.2%로 가장 높았고 누리시 16.4%, 한빛시 12.8% 순이었다.

임대료도 약세를 이어가고 있다. 지방 상가 임대가격지수는 2분기에 전 분기보다 0.61% 떨어져 4분기 연속 하락했다.

가온시는 빈 점포를 청년 창업 공간으로 바꾸는 사업에 내년 예산 24억원을 편성할 계획이다.

한도윤 기자 doyun@gaonecon.kr
"""

EXPORTS = """10월 가전 수출 21억4,000만달러, 6.1% 감소…로봇청소기는 월간 최대
[가온경제 서지안 기자] 입력 2026.11.16 11:00

지난달 가전 수출액이 유럽 수요 위축과 환율 하락의 영향으로 1년 전보다 줄었다. 다만 로봇청소기 수출은 월간 기준 역대 최대를 기록했다.

가온산업부는 16일 이런 내용의 '10월 가전산업 동향'을 발표했다. 이에 따르면 지난달 가전 수출액은 21억4,000만달러로 지난해 같은 달보다 6.1% 감소했다.

지역별로는 최대 시장인 유럽 수출이 7억1,000만달러로 11.4% 줄었다. 에너지 가격 부담으로 현지 소비가 위축됐기 때문이다.

로봇청소기 수출액은 3억2,000만달러로 28.4% 늘며 월간 최대치를 다시 썼다.

올해 1~10월 누적 가전 수출액은 214억달러로 지난해 같은 기간보다 2.3% 적다.

서지안 기자 jian@gaonecon.kr
"""


def test_a_pages_rounded_lede_gives_the_exact_amount_once(analyzer):
    # read blind: "three bullets spend space on one vacancy figure"
    from bullet_helpers import summarize_page

    _, summary = summarize_page(analyzer, VACANCY)
    assert summary.bullets[0].startswith("지방 상가 공실률, 14.7%로"), summary.bullets
    assert sum("14.7%" in b for b in summary.bullets) == 1, summary.bullets


def test_a_pages_lede_of_a_change_gives_its_cause_and_figures_once(analyzer):
    from bullet_helpers import summarize_page

    _, summary = summarize_page(analyzer, EXPORTS)
    first = summary.bullets[0]
    assert "환율 하락의 영향으로" in first and "21억4,000만달러" in first and "6.1%" in first, summary.bullets
    assert sum("6.1%" in b for b in summary.bullets) == 1, summary.bullets


PETS = """고양이 한 마리 월 양육비 12만원…병원비가 40%
가온생활 윤서아 기자 입력 2026.11.16 17:50

고양이를 키우는 가구가 한 달에 쓰는 돈이 평균 12만원을 넘어선 것으로 나타났다. 가장 큰 부담은 사룟값이 아니라 병원비였다.

가온농림부는 16일 전국 20~64세 3,000명을 대상으로 한 '2026년 반려묘 양육 실태조사' 결과를 발표했다. 조사는 지난 8월 한 달 동안 온라인으로 진행됐다.

조사 결과 고양이를 기르는 가구는 전체의 9.4%로 지난해(8.8%)보다 0.6%포인트 늘었다.

고양이 1마리에 드는 월평균 양육비는 12만1,000원으로 집계됐다. 이 가운데 병원비가 4만9,000원으로 40.5%를 차지했고, 사료·간식비가 뒤를 이었다.

연령대별로는 30대의 월평균 양육비가 14만2,000원으로 가장 많았고, 60대는 9만8,000원으로 가장 적었다.

1인 가구의 월평균 양육비는 11만4,000원으로 다인 가구(12만6,000원)보다 다소 적었다.

지난 1년 동안 동물병원을 한 번이라도 찾은 가구는 81.2%였고, 이들이 1년간 낸 진료비는 평균 48만원이었다.

윤서아 기자 seoa@gaonlife.kr
"""


def test_a_pointing_fragment_waits_when_a_bullet_stands_between_it_and_its_fact(analyzer):
    # the lede took "…양육비는 17만2,000원"'s amount; "이 가운데 병원비가 …" then came two bullets from it, after the
    # survey's release (read as "이 가운데" of the release)
    from bullet_helpers import summarize_page

    _, summary = summarize_page(analyzer, PETS)
    assert summary.bullets[0] == "고양이를 키우는 가구가 한 달에 쓰는 돈, 평균 12만1,000원", summary.bullets
    for x, b in enumerate(summary.bullets):
        assert not b.startswith("이 가운데") or x == 1, summary.bullets


@pytest.mark.parametrize("quote, restates", [
    ('누리FC, 3일 "하루나 구단과 한지후의 완전 이적에 합의했다"', True),
    # another act of the same club is news of its own
    ('누리FC, 3일 "이적료는 구단 역대 최고 수준이며 유망주 영입에 쓸 것"', False),
])
def test_the_same_actors_quotation_of_the_ledes_act_tells_it_again(analyzer, quote, restates):
    # "전북, 2일 “가와사키 구단과 오세진의 완전 이적에 합의했다”" after "…전북 현대의 공격수 오세진(27), …가와사키
    # 프론탈레로 이적" (read blind, R=1: "B1/B2 say the same thing")
    from pipeline.analysis import content_key
    from pipeline.engines.extractive import _quote_restates

    lede = "프로축구 누리FC의 공격수 한지후(25), 일본 J리그 하루나 구단으로 이적"
    lede_morphs = analyzer.morphs(lede)
    words = {content_key(m) for m in lede_morphs} - {None}
    assert _quote_restates(analyzer.morphs(quote), words, lede_morphs) is restates


@pytest.mark.parametrize("sentence, expected", [
    # who surveyed is the frame's subject: no headline comma that leaves "…, 조사한 결과,"
    ("가온운전자연합이 지난달 회원 1,024명을 대상으로 조사한 결과, 응답자의 71.5%가 \"주차를 위해 20분 이상 헤맨 적이 있다\"고 답했다.",
     "가온운전자연합이 조사한 결과, 응답자의 71.5%가 \"주차를 위해 20분 이상 헤맨 적이 있다\"고 답함"),
    ("누리리서치가 직장인 1,500명을 대상으로 조사한 결과, 응답자의 38.2%가 이직을 고려하고 있다고 답했다.",
     "누리리서치가 직장인 1,500명을 대상으로 조사한 결과, 응답자의 38.2%가 이직 고려"),
    # who found it says what was found: the headline comma stays
    ("연구팀이 환자 86명의 뇌 조직을 비교 분석한 결과, 특정 단백질이 과도하게 발현된다는 사실을 확인했다.",
     "연구팀, 환자 86명의 뇌 조직을 비교 분석한 결과, 특정 단백질이 과도하게 발현된다는 사실 확인"),
])
def test_who_surveyed_takes_no_headline_comma_before_what_was_found(analyzer, sentence, expected):
    # "수소차 운전자 모임인 '수소모빌리티연합', 조사한 결과, 응답자의 76.2%가 “…” 답함" (read blind as broken; the survey,
    # a headline point, was also left out as "a quotation without its speaker")
    from bullet_helpers import bullet

    assert bullet(analyzer, sentence, max_chars=60) == expected


def test_a_share_of_those_asked_speaks_the_quotation(analyzer):
    from bullet_helpers import only_sentence
    from pipeline.select import sentence_dangles

    # (the surveyor's name in quotation marks takes no particle Kiwi reads as a speaker's: the share does)
    sentence = only_sentence(analyzer, "운전자 모임인 '가온운전자연합'이 지난달 회원 1,024명을 대상으로 조사한 결과, 응답자의 71.5%가 "
                                       "\"주차를 위해 20분 이상 헤맨 적이 있다\"고 답했다.")
    assert sentence_dangles(sentence, strip_connectives=True) is None


FIRE = """평창 산불 15시간 만에 주불 진화…축구장 90개 면적 잿더미
헬기 21대·인력 900여명 투입…"입산자 실화 가능성 조사"
가온일보 한서준 기자 | 입력 2026.03.29 09:14

강원 평창군 진부면 야산에서 발생한 산불의 큰 불길이 15시간 만에 잡혔다.

산림청은 전날 오후 2시쯤 평창군 진부면 야산에서 난 산불의 주불을 29일 오전 5시 20분 진화했다고 밝혔다. 산림 당국은 이날 오전 6시 일출과 함께 헬기 21대와 진화 인력 900여명을 투입해 잔불 정리 작업을 벌였다.

불은 발생 직후 초속 12m에 이르는 서풍을 타고 빠르게 번졌다. 산림청은 오후 3시 산불 대응 1단계를, 오후 5시에는 2단계를 발령했다. 날이 저물어 헬기가 철수하자 진화는 더 어려워졌다.

당국은 밤새 진화대원과 공무원 등 700여명을 투입해 민가 주변에 방화선을 구축하는 데 주력했다. 이 과정에서 인근 마을 주민 120여명이 진부초등학교 체육관으로 몸을 피했다. 체육관에서 밤을 보낸 주민 박순자(71) 씨는 "뒷산이 시뻘겋게 타오르는 걸 보고 아무것도 못 챙기고 나왔다"고 말했다.

산림청 관계자는 "잔불 정리를 마치는 대로 경찰과 합동 감식을 벌여 정확한 발화 원인과 피해 면적을 조사할 방침"이라고 말했다.

산림 당국은 이번 불로 산림 약 64㏊가 탄 것으로 추정하고 있다. 축구장(0.714㏊) 90개에 해당하는 면적이다. 불이 마을 쪽으로 번지면서 빈집 1채가 탔지만, 인명 피해는 없는 것으로 파악됐다.

산림 당국은 최초 발화 지점이 등산로에서 20m가량 떨어진 곳이라는 점에서 입산자의 실화 가능성에 무게를 두고 있다.

한서준 기자 sj@gaonilbo.kr
"""


def test_a_headline_point_said_without_its_subject_comes_with_the_sentence_it_leans_on(analyzer):
    # "축구장(0.714㏊) 119개에 해당하는 면적이다" said the headline's burnt area, leaning on "…산림 약 85㏊가 탄 것으로
    # 추정하고 있다", which said none of it: neither came in (read blind, "misses the burned area (in the headline)")
    from bullet_helpers import summarize_page

    _, summary = summarize_page(analyzer, FIRE)
    assert any("64㏊" in b and "90개" in b for b in summary.bullets), summary.bullets


STRIKE = """가온물류노조 "누리택배, 주 6일 심야배송 강요"…다음 달 3일 총파업 예고
"분류 수수료 3년째 동결" vs 사측 "심야배송은 자율 선택"
윤하진 기자 입력 2026.11.26 14:18

택배기사들이 가입한 가온물류노동조합이 택배업체 누리택배를 상대로 다음 달 3일 총파업에 들어가겠다고 예고했다.

가온물류노조는 26일 국회 소통관에서 기자회견을 열고 "누리택배가 지난 9월 도입한 심야 도착 서비스 이후 기사들이 사실상 주 6일 심야배송을 강요받고 있다"고 주장했다. 노조에 따르면 심야 도착 서비스가 시작된 뒤 기사 1인당 하루 평균 근무시간은 11시간 40분에서 13시간 10분으로 늘었다.

한석진 노조 위원장은 "연말 물량이 몰리는 시기라는 것을 알지만, 더 이상은 물러설 수 없다"고 말했다. 노조는 지난 20일부터 나흘간 조합원 찬반투표를 벌여 투표율 91.2%, 찬성률 88.4%로 파업을 가결했다.

노조는 분류 수수료 문제도 제기했다. 김다은 노조 정책국장은 "분류 인력을 투입하기로 했지만 터미널 40곳 가운데 15곳은 여전히 기사가 직접 분류를 하고 있다"며 "그런데도 건당 분류 수수료는 3년째 30원으로 묶여 있다"고 지적했다.

누리택배는 노조의 주장을 반박했다. 회사 측은 입장문을 내고 "심야 도착 서비스는 희망하는 기사에 한해 운영하고 있으며, 참여하지 않았다는 이유로 불이익을 준 사례는 없다"고 밝혔다. 이어 "분류 인력은 내년 상반기까지 모든 터미널에 배치할 계획"이라고 했다.

업계에서는 파업이 현실화하면 하루 40만 상자가량의 배송 차질이 빚어질 것으로 보고 있다.

윤하진 기자 hajin@gaonilbo.kr
"""


def test_a_rebuttal_answers_the_side_the_story_opens_on(analyzer):
    # "생활물류노조, “…강요받고 있다” 주장" and its chairman's words, nothing of the company's answer, which the
    # subheading sets against them with "vs" (read blind, "one-sided: the company's rebuttal is missing")
    from bullet_helpers import summarize_page

    _, summary = summarize_page(analyzer, STRIKE)
    assert any("불이익을 준 사례는 없다" in b for b in summary.bullets), summary.bullets


def test_a_bodys_name_read_as_one_proper_noun_names_its_bare_head(analyzer):
    # "재단, 올해 처음 운영한 '동강 셔틀버스'도 효과를 봄" after "영월문화재단은 …밝혔다" (read blind, "'재단,' unintroduced")
    from bullet_helpers import analyse
    from pipeline.select import named_before

    doc = analyse(analyzer, "정선문화재단은 지난달 28일부터 이달 7일까지 열흘간 열린 제5회 아리랑 겨울음악제에 모두 2만1,340명이 "
                            "다녀갔다고 8일 밝혔다.",
                  "재단은 올해 처음 운영한 셔틀버스도 효과를 봤다고 설명했다.")
    assert [m.tag for m in doc.sentences[0].morphs[:1]] == ["NNP"]  # (the case: Kiwi reads the name whole)
    assert named_before("재단", doc.sentences[:1], proper=False) == "정선문화재단"


@pytest.mark.parametrize("subtitle, side", [
    ('"분류 수수료 3년째 동결" vs 사측 "심야배송은 자율 선택"', True),
    # a comparison of two measures is no dispute
    ("매매가 vs 실거래가, 무엇이 다른가", False),
])
def test_a_subheading_sets_words_against_words(analyzer, subtitle, side):
    from bullet_helpers import summarize_page

    page = STRIKE.replace('"분류 수수료 3년째 동결" vs 사측 "심야배송은 자율 선택"', subtitle)
    _, summary = summarize_page(analyzer, page)
    assert any("불이익을 준 사례는 없다" in b for b in summary.bullets) is side, summary.bullets


@pytest.mark.parametrize("sentence, kept, gone", [
    ('군 관계자는 "업체와 협의해 운행 중단 시기를 내년 3월까지 늦추는 방안도 논의하고 있다"며 "주민 불편이 없도록 할 수 있는 '
     '조치는 모두 하겠다"고 말했다.', "내년 3월까지 늦추는 방안", "모두 하겠다"),
    # a demand's verb governs its own quotation: it stays
    ('노조는 "임금이 3년째 동결됐다"며 "즉각 인상하겠다는 약속을 지켜라"고 촉구했다.', "약속을 지켜라", None),
])
def test_a_bare_pledge_gives_way_to_the_step_said_before_it(analyzer, sentence, kept, gone):
    # "시 관계자, “…할 수 있는 조치는 모두 하겠다”" for the first quotation's step with its date (read blind, "an empty
    # quote where the city's measures should be")
    from bullet_helpers import bullet

    text = bullet(analyzer, sentence, max_chars=60)
    assert kept in text and (gone is None or gone not in text), text
