"""Readings from fresh news read this session (setCG, setCH): pages, leads and compressions an editor turned down.
Articles and sentences written for these tests (not news copy)."""
import pytest

from bullet_helpers import bullet, only_sentence
from pipeline.select import sentence_dangles


# --- sentences and compression ----------------------------------------------------------------------------------

def test_a_statement_framed_after_its_own_full_ending_is_one_sentence(analyzer):
    # "…만들겠다 자신했습니다": the quotative "-고" left out; a verbal noun with "하" ("자신했다", "강조했다") frames
    # it as "밝혔다" does
    for verb in ("자신했습니다", "강조했다", "다짐했다"):
        sentence = only_sentence(analyzer, f"가온당의 김하늘 후보는 사람이 모이는 도시로 만들겠다 {verb}.")
        assert sentence.text.endswith(f"{verb}.")


def test_an_intention_told_without_its_quotative_ending_is_no_forecast(analyzer):
    out = bullet(analyzer, "가온당의 김하늘 후보는 사람이 모이는 도시로 만들겠다 자신했습니다.")
    assert "만들겠다" in out and "전망" not in out


def test_a_dropped_means_takes_the_words_coordinated_with_its_modifier(analyzer):
    out = bullet(analyzer, "선배 연구자들은 단순히 지원하는 역할을 넘어 창의적이고 주도적인 연구를 통해 후배들을 차세대 스타 과학자로 "
                           "육성할 계획입니다.")
    assert out == "선배 연구자들, 지원하는 역할을 넘어 후배들을 차세대 스타 과학자로 육성할 계획"


def test_a_source_after_a_clause_ending_in_deung_goes_without_the_clause(analyzer):
    out = bullet(analyzer, "재판부는 피해자가 접근 금지를 신청하는 등 김 씨로부터 자신을 지키기 위한 모든 조치를 다했지만, "
                           "김 씨는 앙심을 품고 범행했다고 지적했습니다.")
    assert "피해자가 접근 금지를 신청하는 등" in out


def test_likewise_after_a_name_leaves_the_subject_after_it_its_particle(analyzer):
    out = bullet(analyzer, "가온지수 역시 기관이 500억 원어치를 순매도하면서, 전 거래일 대비 2.1% 내린 700.5에 장을 마쳤습니다.")
    assert out.startswith("가온지수, 기관이 500억 원어치를")


def test_the_writers_it_is_that_ends_on_the_act(analyzer):
    assert bullet(analyzer, "이번에 통과된 가온법은 국회에 발의된 법률안 12건을 하나로 합친 것이다.") \
        == "이번에 통과된 가온법, 국회에 발의된 법률안 12건을 하나로 합침"


def test_a_reported_it_is_that_keeps_its_words(analyzer):
    # (guard: "…개최되는 것이라고 설명했다" is what someone explained, not the writer's statement)
    out = bullet(analyzer, "가온시는 이번 회의가 지난해 두 시가 맺은 협약을 이행하는 차원에서 열리는 것이라고 설명했다.")
    assert out.endswith("열리는 것")


def test_what_something_is_with_only_a_describing_clauses_subject_dangles(analyzer):
    reason = sentence_dangles(only_sentence(analyzer, "2015년에 가온대학교가 국내 최초로 들여온 전자현미경입니다."))
    assert reason is not None and "no subject" in reason


@pytest.mark.parametrize("text", ["가온시 전산망이 멈춘 건 오늘 오전 9시쯤입니다.", "분기 적자가 난 건 10년 만이다."])
def test_a_cleft_with_its_time_stands_alone(analyzer, text):
    # (guard: "…한 건 …" is the topic; the time or span is what the sentence tells)
    assert sentence_dangles(only_sentence(analyzer, text)) is None


def test_a_bullet_whose_nouns_a_chosen_one_has_says_nothing_new(analyzer):
    from pipeline.engines.extractive import _same_statement
    chosen = analyzer.morphs("가온군의회, 곧 호주로 해외 연수에 나설 예정")
    assert _same_statement(analyzer.morphs("가온군의회, 다음 달 해외 연수를 떠날 예정"), chosen)
    assert not _same_statement(analyzer.morphs("가온군의회, 다음 달 해외 연수 예산 2억 원 편성"), chosen)


def test_what_a_reported_clause_says_is_no_thing_the_pictures_show(analyzer):
    # (guard: "…할 것이라는 관측이다" reports a view; the clause is what the sentence says)
    assert sentence_dangles(only_sentence(analyzer, "가온전자 직원 가운데 5% 이상이 희망퇴직을 신청할 것이라는 관측이다.")) is None


def test_a_state_the_pictures_show_is_no_news(analyzer):
    from pipeline.select import non_content_reason
    sentence = only_sentence(analyzer, "충격으로 휘어진 다리 난간 바깥으로 파란색 트럭이 옆으로 누워 있습니다.")
    assert "pictures" in (non_content_reason(sentence) or "")


def test_a_state_with_a_count_or_a_topic_stays_news(analyzer):
    # (guard: "…2명이 입원해 있습니다" counts the injured; "김 씨는 …" explains a named person's state)
    from pipeline.select import non_content_reason
    assert non_content_reason(only_sentence(analyzer, "다친 주민 2명이 병원에 입원해 있습니다.")) is None
    assert non_content_reason(only_sentence(analyzer, "김 씨는 현재 병원에 입원해 있습니다.")) is None


def test_a_case_marked_with_a_hash_before_its_number_is_a_list_item():
    from pipeline.text import has_bullet_mark, strip_bullet_mark
    assert strip_bullet_mark("#2명의 제보자가 병원을 제보했다.") == "2명의 제보자가 병원을 제보했다."
    assert not has_bullet_mark("#가온시 #예산")  # (a hashtag line is page furniture, read as before)


@pytest.mark.parametrize("text", ["영화 두 편이 상반기에 흥행했고 가온 영화가 여름에 기대 이상의 흥행을 기록한 덕이다.",
                                  "가온해 항로가 반군의 공격으로 막히면서 물류 위험이 커진 데 따른 결정이다."])
def test_the_cause_of_what_came_before_or_the_decision_it_led_to_is_no_picture(analyzer, text):
    # read blind: the reason these give is a point of the story ("…기록한 덕이다" is written "…기록함")
    assert "no subject" not in (sentence_dangles(only_sentence(analyzer, text)) or "")


# --- readings of setCI, setCJ (after their level reading) ---------------------------------------------------------

def test_what_is_heard_said_about_a_day_is_no_plan(analyzer):
    out = bullet(analyzer, "내일(15일) 아침까지 추위가 이어지다가 오후 들어 봄 기온을 회복할 거라고 합니다.")
    assert "예정" not in out and out.endswith("회복할 거라고 함")


def test_a_breakdown_lead_with_looking_at_it_goes():
    from pipeline.format import finish_headline
    assert finish_headline("차종별로 봤을 때 수입차 등록 대수 1위 모델은 가온 E로 2천79대를 기록") \
        == "수입차 등록 대수 1위 모델은 가온 E로 2천79대를 기록"


def test_a_video_pages_age_and_views_and_a_script_tag_in_angle_brackets_are_no_text():
    from pipeline.parse import parse_article
    page = "\n".join(["가온시 봄비 이어져…내일 기온 회복", "", "4 weeks ago 3",
                      "〈앵커〉 주말부터 시작된 봄비가 오늘도 이어졌습니다. 〈기자〉 가온시 하늘에서 천둥이 울립니다.",
                      "비는 내일 오후 그칠 것으로 보입니다."])
    body = parse_article(page, id="t").body
    assert "ago" not in body and "〈" not in body
    assert body.startswith("주말부터 시작된 봄비가")


def test_a_sub_headline_line_repeating_the_headline_with_a_video_tail_gives_no_point(analyzer):
    from pipeline.parse import parse_article
    from pipeline.select import headline_points
    page = "\n".join(["폭우에 쓰레기장 된 강변…\"3천여 톤 못 치워\"", "",
                      "영상 설명 폭우에 쓰레기장 된 강변…\"3천여 톤 못 치워\" / KBS 2024.07.22.", "",
                      "최근 내린 폭우로 가온시 하천에 쓰레기 3천여 톤이 쌓였습니다. 시는 국비 지원을 요청했습니다.",
                      "수거에는 두 달이 걸릴 것으로 보입니다."])
    doc = analyzer.analyze(parse_article(page, id="t"))
    assert not any("kbs" in point for point in headline_points(doc, analyzer.morphs))


def test_two_players_each_with_what_they_hit_keep_their_topics(analyzer):
    # Kiwi reads the first name's "은" as a noun ("권희" + "동" + "은"); it is the topic, and the second player
    # is no subject of the first one's hit
    out = bullet(analyzer, "가온의 권희동은 끝내기 역전 3점포를, 나래 오재일은 8회 역전 만루홈런을 터뜨렸습니다.")
    assert out.startswith("가온의 권희동은 끝내기 역전 3점포를, 나래 오재일은")


def test_a_subject_right_after_a_contrasting_clause_is_not_fronted(analyzer):
    out = bullet(analyzer, "당초 다음달부터 1기 공장 착공에 들어갈 계획이었으나 가온시가 예정보다 신속하게 인허가 절차를 진행, 지난 21일 "
                           "건축을 허가하면서 착공 시점을 앞당기게 됐다.")
    assert not out.startswith("가온시,") and "계획이었으나 가온시가" in out


def test_local_time_goes_with_the_date_it_glosses(analyzer):
    out = bullet(analyzer, "미 상무부 산업안보국은 현지시각 13일 가온전자와 나래반도체의 중국 공장에 대해 '검증된 최종 사용자' 규정을 "
                           "개정한다고 고지했습니다.")
    assert "현지시각" not in out and "13일" not in out


def test_it_is_that_after_a_clause_pointing_back_stays_an_explanation(analyzer):
    # read blind: "이번 중단은 …이후에 나온 것이다" written "…이후에 나옴" restated the lede; a named topic's ends on the act
    assert bullet(analyzer, "이번 중단은 가온국의 실업률이 몇 달 연속 최고치를 기록한 이후에 나온 것이다.").endswith("나온 것")
    assert bullet(analyzer, "이번에 통과된 가온법은 법률안 12건을 하나로 합친 것이다.").endswith("합침")


def test_a_topic_with_its_own_noun_phrase_before_a_comma_is_no_topic_of_the_main_clause(analyzer):
    out = bullet(analyzer, "월급은 150만 원 남짓, 김 씨는 뒤늦게 사업주가 하루 2시간씩 임금을 주지 않은 사실을 알게 돼 노동청에 진정을 냈습니다.")
    assert not out.startswith("월급,")


def test_as_you_see_inside_a_sentence_goes(analyzer):
    out = bullet(analyzer, "전날 저녁부터 변한 하천물은 밤새 조치가 이뤄지지 않아 보시는 것처럼 여전히 뿌연 상태입니다.")
    assert "보시는" not in out and "여전히 뿌연 상태" in out


def test_the_day_of_an_hour_a_clause_describes_goes(analyzer):
    # read blind: "…만인 이날 오전 6시30분께" points at a day the bullet never gives
    out = bullet(analyzer, "소방당국은 화재 발생 약 9시간50분 만인 이날 오전 6시30분께 초진을 완료했다.")
    assert out == "소방당국, 화재 발생 약 9시간50분 만인 오전 6시30분께 초진 완료"
