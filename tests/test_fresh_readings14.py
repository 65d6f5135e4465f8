"""Readings from fresh news read this session (setDQ–setDT) and defects carried over from earlier readings:
compressions and choices an editor turned down. Articles and sentences written for these tests (not news copy)."""
import pytest

from bullet_helpers import analyse, bullet, only_sentence, summarize_page


# --- repeats -----------------------------------------------------------------------------------------------------

def test_settling_in_is_no_win(analyzer):
    # "자리잡다" is read 자리 + 잡다, and "잡다" alone is a win ("LG를 잡고"): a team that settled in has beaten no one
    from pipeline.engines.extractive import _acts

    settled = only_sentence(analyzer, "한빛FC는 이번 시즌 리그의 강팀으로 자리잡았다.")
    spaced = only_sentence(analyzer, "새 제도는 현장에 자리 잡은 것으로 평가된다.")
    beat = only_sentence(analyzer, "한빛FC는 가람FC를 잡고 선두에 올랐다.")
    assert "승리" not in _acts(settled.morphs, own=False) and "승리" not in _acts(spaced.morphs, own=False)
    assert "승리" in _acts(beat.morphs, own=False)  # (guard)


def _repeats(analyzer, bullet_text: str, chosen_text: str) -> bool:
    from pipeline.engines.extractive import _repeats_figure

    chosen = list(analyzer.morphs(chosen_text))
    words = {k for m in chosen if m.tag not in {"SN", "NNB"} and (k := _content_key(m)) is not None}
    return _repeats_figure(list(analyzer.morphs(bullet_text)), chosen, words)


def _content_key(m):
    from pipeline.analysis import content_key
    return content_key(m)


def test_the_same_precise_amount_again_is_a_repeat_whatever_detail_comes_with_it(analyzer):
    # "르노삼성, 내수판매 109.2% 증가" then "…가장 큰 상승세를 보인 곳, 르노삼성으로 …109.2% 증가한 12565대를 팔아"
    chosen = "한빛자동차의 내수판매가 같은 기간 대비 109.2% 증가해 눈길을 끌어"
    assert _repeats(analyzer, "내수판매 중 가장 큰 상승세를 보인 곳, 한빛자동차로 전년 대비 109.2% 증가한 12565대를 팔아", chosen)
    # (guard) a round amount two facts may share: GDP and consumption both fell 0.2%
    gdp = "한빛은행, 2분기 실질 국내총생산(GDP) 성장률이 전 분기 대비 0.2% 감소했다고 밝혀"
    assert not _repeats(analyzer, "실질 GDP 세부 항목을 보면 민간소비는 전기 대비 0.2% 감소했고, 건설투자도 1.7% 감소", gdp)


# --- the lede -----------------------------------------------------------------------------------------------------

def test_a_ledes_main_clause_that_needs_the_clause_before_keeps_it(analyzer):
    # "통계청은 7일 ‘…1월 온라인쇼핑 동향’을 발표하고 이 기간 온라인쇼핑 거래액이 …늘었다고 밝혔다": "이 기간" alone
    # pointed back, the bullet was deferred, and the block lost its lede
    text = ("한빛통계청은 7일 ‘2024년 1월 중고거래 동향’을 발표하고 이 기간 중고거래 앱 거래액이 1조6991억원으로 전년보다 "
            "20.8% 늘었다고 밝혔다.\n"
            "스마트폰을 활용한 거래액이 두드러졌다.\n"
            "특히 전체 소매판매액에서 차지하는 비중은 역대 최대였다.\n"
            "11.8%로 전년(10.1%)은 물론 역대 최대였던 지난해 11월(11.0%)보다도 높았다.\n"
            "상품군별로는 가전제품(3547억원)이 43.2% 늘었다.\n"
            "의류(2755억원)는 17.0%, 도서(785억원)는 30.3% 각각 늘었다.\n"
            "한편 한빛통계청은 이번 집계 때부터 표본을 전면 개편했다.\n")
    doc, summary = summarize_page(analyzer, text)
    assert summary.bullets[0].startswith("한빛통계청") and "1조6991억원" in summary.bullets[0]
    assert "2024년 1월" in summary.bullets[0]


def test_not_only_x_names_no_topic(analyzer):
    # "23.8%로 전년(20.1%)은 물론 …보다도 높았다": what was 23.8% is in the sentence before
    from pipeline.select import sentence_dangles
    assert sentence_dangles(only_sentence(analyzer, "11.8%로 전년(10.1%)은 물론 역대 최대였던 지난해 11월(11.0%)보다도 높았다.")) \
        is not None
    assert sentence_dangles(only_sentence(analyzer, "판매 비중은 11.8%로 전년(10.1%)보다 높았다.")) is None  # (guard)


def test_a_count_said_again_in_fewer_words_is_a_repeat(analyzer):
    # "…최근 3년간 통폐합한 초·중·고교 72개교에 달함" then "3년간 통폐합한 학교, 72개교에 달함"
    text = ("저출생이 심화하면서 최근 3년간 통폐합한 한빛도 초·중·고교가 72개교에 이르는 것으로 나타났다.\n"
            "한빛도교육청이 국회에 제출한 자료에 따르면 3년간 통폐합한 학교는 72개교에 달했다.\n"
            "연도별로는 2021년 24개교, 2022년 27개교, 2023년 21개교가 통폐합됐다.\n"
            "이 가운데 초등학교가 58개교로 가장 많았고, 중학교는 11개교, 고등학교는 3개교였다.\n"
            "교육청은 남은 소규모 학교에 대해서도 통합 여부를 검토하고 있다.\n"
            "학부모 단체는 통학 거리가 늘어난다며 반대하고 있다.\n")
    doc, summary = summarize_page(analyzer, text)
    assert sum("72개교" in b for b in summary.bullets) == 1
    # "…에 이르렀다" ends "…에 달함": "이름" reads as the noun "name"
    assert summary.bullets[0].endswith("72개교에 달함")


# --- compression ---------------------------------------------------------------------------------------------------

def test_the_first_of_a_double_subject_is_the_topic(analyzer):
    # "반도체 전문 장비기업 저스템이 2025년 상반기 영업이익이 …167.5%나 증가했다": two subjects kept their particles
    out = bullet(analyzer, "반도체 전문 장비기업 한빛텍이 2025년 상반기 영업이익이 전년 동기 대비 167.5%나 증가했다.")
    assert out.startswith("반도체 전문 장비기업 한빛텍, 2025년 상반기 영업이익이")
    # (guard) a count is no second subject: the crew numbered three
    crew = bullet(analyzer, "어제 낮 12시 반쯤 한빛 앞바다에서 선원이 3명이 타고 있던 22톤급 어선이 전복됐다.")
    assert not crew.startswith("선원,")
    # (guard) the subject of a clause a noun names: read blind, "이번 해킹, …보안이 뚫린 것인지는 …" was worse
    hacking = bullet(analyzer, "이번 해킹이 클라우드 자체의 보안이 뚫린 것인지, 아니면 누가 비밀번호를 도용한 것인지는 수사가 필요하다.")
    assert not hacking.startswith("이번 해킹,")


# --- choice --------------------------------------------------------------------------------------------------------

def test_a_wish_to_the_audience_is_programme_talk(analyzer):
    from pipeline.select import non_content_reason
    assert non_content_reason(only_sentence(analyzer, "수험생 여러분, 열심히 준비한 만큼 시험 잘 치르시길 바랍니다.")) is not None
    # (guard) a speaker who addresses the public in a quotation is news
    assert non_content_reason(only_sentence(analyzer, "김 지사는 “도민 여러분, 힘을 모아 주십시오”라고 호소했다.")) is None


def test_a_source_that_is_the_dropped_subject_stays_as_the_topic(analyzer):
    # "영광군노인복지관에 따르면 4월부터 …사업을 진행하고 있다": without its source the bullet said no one runs it
    out = bullet(analyzer, "한빛군노인복지관에 따르면 4월부터 경로 식당에서 무료로 점심을 제공하는 사업을 진행하고 있다.")
    assert out.startswith("한빛군노인복지관, 4월부터")
    # (guard) a sentence with a subject of its own, or a document as its source, drops the source
    assert bullet(analyzer, "한빛군에 따르면 내년 본예산은 올해 4976억 원보다 4.83% 늘어났다.").startswith("내년 본예산")
    assert not bullet(analyzer, "업계에 따르면 한빛전자는 신제품 출시를 앞당기기로 했다.").startswith("업계")


def test_holding_a_sitting_is_the_verb_not_a_pronoun(analyzer):
    # "…25일까지 본회의를 여는 데 합의했다": Kiwi read "여" (a pronoun) and a topic "는", and the bullet lost who agreed
    sentence = only_sentence(analyzer, "여야가 국회 본회의 일정을 조정해 25일까지 본회의를 여는 데 합의했다.")
    tags = [(m.form, m.tag) for m in sentence.morphs]
    assert ("열", "VV") in tags and ("여", "NP") not in tags
    assert bullet(analyzer, "여야가 21일부터 오는 24일까지로 예정됐던 국회 본회의 일정을 조정해 한빛당 전당대회가 열리는 "
                            "22일을 제외하고 25일까지 본회의를 여는 데 합의했다.").startswith("여야")


def test_a_kind_that_owns_the_figure_stays_with_it(analyzer):
    # "반면, 손보사의 보험영업손익은 …전환했고, 투자영업이익은 …증가했다" -> "투자영업이익, …증가": whose profit rose
    # (the life insurers' fell) was gone
    out = bullet(analyzer, "반면, 손보사의 보험영업손익은 9356억원 손실에서 545억원 이익으로 전환했고, 투자영업이익은 "
                           "4조4045억원에서 4조6224억원으로 2179억원(4.9%) 증가했다.")
    assert out.startswith("손보사 투자영업이익,")


def test_the_company_as_a_bare_noun_needs_the_article(analyzer):
    # "회사는 “…영업이익이 전분기보다 늘었다”고 설명했다" opened a block: which company?
    from pipeline.select import sentence_dangles
    assert sentence_dangles(only_sentence(analyzer, "회사는 “비철강 부문의 기여도가 늘어 영업이익이 전분기보다 늘었다”고 "
                                                    "설명했다.")) is not None
    assert sentence_dangles(only_sentence(analyzer, "한빛제철은 “영업이익이 전분기보다 늘었다”고 설명했다.")) is None  # (guard)


@pytest.mark.parametrize("sentence, expected", [
    # "…정식으로 완주군민이 됐습니다" -> "…정식으로 완주군민": the adverb needs the verb of becoming
    ("김 지사가 정식으로 한빛군민이 됐습니다.", "김 지사, 정식으로 한빛군민이 됨"),
    ("한빛시는 올해 인구 10만 도시가 됐다.", "한빛시, 올해 인구 10만 도시"),  # (guard) what it became names it
    # "사측은 이에 직장 폐쇄로 맞서고": "이에" (in answer to this) points at a sentence the bullet lacks
    ("사측은 이에 직장 폐쇄로 맞서고 있다.", "사측, 직장 폐쇄로 맞섬"),
    # "조금 전인 7시 40분, …": the hour of the broadcast, not of the news
    ("조금 전인 7시 40분, 한빛시 대변인이 회담 결과를 발표했습니다.", "한빛시 대변인, 회담 결과 발표"),
    # "오늘(9일) 오후 국회는 …": the whole date goes after the topic, not "오후 국회, 9일 …"
    ("9일 오후 국회는 본회의를 열었다.", "국회, 9일 오후 본회의 개최"),
    ("오늘 오후 국회는 본회의를 열었다.", "국회, 오늘 오후 본회의 개최"),
])
def test_fresh_compressions(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_a_date_in_brackets_goes_after_the_topic_and_a_date_topic_stays(analyzer):
    assert bullet(analyzer, "오늘(9일) 오후 국회는 올해 정기국회 마지막 본회의를 열고 법안 처리에 나섭니다.").startswith("국회, 9일 오후")
    assert bullet(analyzer, "4일은 지난 4월 서울 시민에게 기억해둘 만한 날이다.").startswith("4일")  # (guard) the date is the topic


def test_literally_stays_whole(analyzer):
    # (guard) "말 그대로 먹통이 됐다": once the verb of becoming stayed ("…먹통 됨"), shortening took "그대로" and
    # left "말 먹통"
    out = bullet(analyzer, "한빛플레이스 접속 장애가 발생한 지 정확히 2주 만에 이번에는 핵심 서비스인 검색 기능이 말 그대로 "
                           "먹통이 됐다.")
    assert "말 그대로 먹통" in out
    # read blind, "…말 그대로 먹통 됨" (which cost the bullet its "정확히") lost to "…말 그대로 먹통": the verb of
    # becoming stays off after "말 그대로"
    assert out.endswith("말 그대로 먹통")


def test_a_figures_subject_particle_before_a_gap_is_no_verb(analyzer):
    # "…1년 전보다 840.2%가, 손보사는 …16.3% 증가했다": Kiwi read "가" as the verb 가다, and the contrast of the two
    # topics was lost ("생보사의 순이익, …840.2%가, 손보사는 …")
    sentence = only_sentence(analyzer, "생보사의 순이익은 2조7990억원으로 1년 전보다 840.2%가, 손보사는 1조6750억원으로 16.3% 증가했다.")
    assert ("가", "JKS") in [(m.form, m.tag) for m in sentence.morphs]
    out = bullet(analyzer, "생보사의 순이익은 2조7990억원으로 1년 전보다 840.2%가, 손보사는 1조6750억원으로 16.3% 증가했다.")
    assert out.startswith("생보사의 순이익은")
    # read twice as awkward, "840.2%가," lists the two figures as a headline does
    assert "840.2%, 손보사는" in out


# --- from the held-out notes (setDS/DT, after their reading) -------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    # "…예상될 때 내려진다": a rule of when it is done, not a plan ("내려질 예정")
    ("비상저감조치는 당일 평균 농도가 50㎍/㎥를 넘고, 다음 날에도 고농도가 예상될 때 내려진다.",
     "비상저감조치, 당일 평균 농도가 50㎍/㎥를 넘고, 다음 날에도 고농도가 예상될 때 내려짐"),
    ("한빛시는 다음 주 월요일 시민들이 모일 때 축제를 연다.", "한빛시, 다음 주 월요일 시민들이 모일 때 축제를 열 예정"),  # (guard)
    # "최근 넥슨은 …설립했다" -> "최근 넥슨, …": the time goes after the name, as "지난달" does
    ("최근 한빛게임즈는 신규 법인인 '달빛로켓'을 설립했다.", "한빛게임즈, 최근 신규 법인인 '달빛로켓' 설립"),
])
def test_held_out_compressions(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_a_relative_clause_that_only_said_when_goes_with_its_time(analyzer):
    # "전날 오후 9시 30분 방송한 ‘별에서 온 그대’ 17회는 …" -> "방송한 ‘별에서 온 그대’ 17회, …": a dangling verb
    out = bullet(analyzer, "14일 시청률 조사업체에 따르면 전날 오후 9시 30분 방송한 ‘달빛 연인’ 17회는 전국 기준 27%의 "
                           "시청률을 기록했다.")
    assert out.startswith("‘달빛 연인’ 17회")


def test_even_an_hour_is_no_topic(analyzer):
    # "…도착한 후 1시간도 되지 않아 이를 보도한 데 이어, 이번에는 …확인했다" -> "중국, 후 1시간도 …확인": "1시간도" was
    # kept as a nearer topic and spliced onto the main clause
    out = bullet(analyzer, "하지만 한빛국은 지난해 6월 세 번째 방문 때 비행기가 도착한 후 1시간도 되지 않아 이를 보도한 데 "
                           "이어, 이번에는 열차가 도착해 공식 일정을 시작하기도 전에 방문 사실을 확인했습니다.")
    assert "후 1시간도" not in out and out.endswith("방문 사실 확인")


def test_who_died_after_all_is_not_the_topic(analyzer):
    # "소방 당국은 …60대 남성을 발견해 병원으로 옮겼지만 숨졌습니다" -> "소방 당국, …옮겼지만 숨짐": the authorities died
    out = bullet(analyzer, "소방 당국은 1층 바닥에서 60대 남성을 발견해 병원으로 옮겼지만 숨졌습니다.")
    assert not out.startswith("소방 당국,") and out.endswith("숨짐")
    assert bullet(analyzer, "A씨는 병원으로 옮겨졌지만 숨졌다.").startswith("A씨,")  # (guard) the one who died

