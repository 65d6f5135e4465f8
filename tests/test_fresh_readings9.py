"""Readings from fresh news read this session (setBY, setBZ): pages, leads and compressions an editor turned down.
Articles and sentences written for these tests (not news copy)."""
import pytest

from bullet_helpers import bullet, only_sentence
from pipeline.clean import normalize_text
from pipeline.parse import parse_article
from pipeline.select import non_content_reason, sentence_dangles


# --- pages -------------------------------------------------------------------------------------------------------

def test_the_slashes_around_lines_read_over_a_graphic_go():
    text = "/올해 가온도에서 신입생이 한 명도 없는 초등학교는 모두 12곳입니다.\n입학식도 열리지 않습니다./\n/이런 추세라면 오는 2030년,"
    assert normalize_text(text).split("\n") == ["올해 가온도에서 신입생이 한 명도 없는 초등학교는 모두 12곳입니다.",
                                                "입학식도 열리지 않습니다.", "이런 추세라면 오는 2030년,"]


@pytest.mark.parametrize("line", ["/한빛뉴스", "비율은 3/4로 늘었다.", "/한빛일보 홍길동 기자/ 한빛시가 요금을 동결한다고 밝혔다.",
                                  "http://example.com/"])
def test_a_credit_a_fraction_or_a_byline_between_slashes_keeps_its_slashes(line):
    # (guards for the rule above)
    assert normalize_text(line) == line


def test_a_portals_summary_notice_is_no_content(analyzer):
    text = "요약 기술은 핵심만 전달합니다."
    assert non_content_reason(only_sentence(analyzer, "숏 뉴스 AI " + text)) is not None
    assert non_content_reason(only_sentence(analyzer, "전체 내용의 이해를 위해 기사 본문을 확인해주세요.")) is not None


def test_a_sub_headline_run_into_the_lede_with_the_byline_between_them_leaves_the_body():
    page = "\n".join([
        "가온은행 3분기 순이익 20% 늘어",
        "예대마진 개선에 역대 최대…비이자이익도 증가 [한빛경제=홍길동 기자] 가온은행이 3분기 순이익이 지난해보다 20% 늘었다고 "
        "22일 밝혔다. 예대마진 개선이 실적을 끌어올렸다.",
        "",
        "은행은 4분기에도 실적 개선이 이어질 것으로 내다봤다.",
    ])
    article = parse_article(page, id="t")
    assert article.body.startswith("가온은행이 3분기 순이익이")
    assert "홍길동" not in article.body


# --- what is news ----------------------------------------------------------------------------------------------------

def test_what_the_programme_looks_into_is_no_content(analyzer):
    sentence = only_sentence(analyzer, "깊어지는 돌봄 공백, 오늘은 맞벌이 가정의 방학 돌봄 문제를 짚어봅니다.")
    assert non_content_reason(sentence) is not None


@pytest.mark.parametrize("text", ["가온시 구직자들이 박람회장에서 기업들의 채용 공고를 꼼꼼하게 살펴봅니다.",
                                  "전문가들은 시장 흐름을 매일 살펴봅니다."])
def test_people_looking_into_something_stay_content(analyzer, text):
    # (guard: someone does the looking; a scene may be footage, but it is no programme talk)
    assert "programme" not in (non_content_reason(only_sentence(analyzer, text)) or "")


@pytest.mark.parametrize("text", ["마지막 키워드, '빵집'입니다.", "다음 소식, 날씨입니다."])
def test_the_programmes_item_named_after_a_comma_is_no_content(analyzer, text):
    assert non_content_reason(only_sentence(analyzer, text)) is not None


def test_a_count_of_places_is_no_picture(analyzer):
    # "…초등학교, 모두 12곳입니다" counts; "…의 한 폐교입니다" names what the camera shows
    sentence = only_sentence(analyzer, "올해 가온도에서 신입생을 한 명도 받지 못하는 초등학교, 모두 12곳입니다.")
    assert non_content_reason(sentence) is None


@pytest.mark.parametrize("text", ["가온군이 의료 취약지에 순회 진료버스를 도입한 이윱니다.",
                                  "시가 이 사업을 서둘러 추진한 배경이다."])
def test_that_is_the_reason_explains_what_came_before(analyzer, text):
    reason = sentence_dangles(only_sentence(analyzer, text))
    assert reason is not None and "explains" in reason


def test_a_reason_named_as_the_topic_is_no_explanation(analyzer):
    # (guard)
    assert sentence_dangles(only_sentence(analyzer, "사고의 이유는 아직 밝혀지지 않았다.")) is None


# --- compression -----------------------------------------------------------------------------------------------------

def test_a_habit_told_in_the_present_is_no_plan(analyzer):
    out = bullet(analyzer, "가온시에 사는 김하늘 씨는 첫차를 타려고 매일 새벽 4시에 일어납니다.")
    assert "예정" not in out and out.endswith("새벽 4시에 일어남")


def test_a_habit_that_starts_next_month_is_still_a_plan(analyzer):
    # (guard)
    out = bullet(analyzer, "한빛시는 다음 달부터 매주 금요일 오후 시민 누구나 참여하는 토론회를 연다.")
    assert out.endswith("토론회를 열 예정")


def test_the_part_of_a_noun_is_a_subject_like_any_other(analyzer):
    # "…시신 일부가 발견된 사건의 용의자가": "일부" is part of the body, not a bare quantity that takes no comma
    out = bullet(analyzer, "가온천에서 훼손된 시신 일부가 발견된 사건의 유력한 용의자가 수사 사흘 만에 검거됐습니다.")
    assert out == "가온천에서 훼손된 시신 일부가 발견된 사건의 유력한 용의자, 수사 사흘 만에 검거"


@pytest.mark.parametrize("sentence, not_topic", [
    ("사고 뒤 머리를 크게 다쳐 수술을 받았지만 의식이 돌아오지 않는 등 위중한 상태로 전해졌다.", "의식,"),
    ("발견된 흔적 등을 고려해 범행 시점이 오래되지 않은 것으로 보고, 주변을 수색하던 중 가온역에서 용의자를 붙잡았습니다.", "범행 시점,"),
])
def test_the_subject_of_a_sign_or_of_a_judgement_is_not_the_topic(analyzer, sentence, not_topic):
    assert not bullet(analyzer, sentence).startswith(not_topic)


def test_every_act_of_a_charge_stays(analyzer):
    # cut at "-고", the charge would be the lesser one ("…2명을 다치게 한 혐의로 기소")
    out = bullet(analyzer, "이들은 안전 관리를 소홀히 해 가온시 공사 현장에서 건물이 무너지면서 행인 3명을 숨지게 하고 2명을 다치게 한 "
                           "혐의로 재판에 넘겨졌다.")
    assert "3명을 숨지게 하고 2명을 다치게 한 혐의" in out


def test_after_a_finding_the_subject_keeps_its_particle(analyzer):
    # "…벌인 결과, 유류품 일부, 추가로 발견" reads as a list: the sentence has its comma already
    out = bullet(analyzer, "경찰이 사흘에 걸쳐 수색을 벌인 결과, 유류품이 추가로 발견됐습니다.")
    assert out == "경찰이 사흘에 걸쳐 수색을 벌인 결과, 유류품이 추가로 발견"


def test_also_of_a_first_clause_becomes_its_subject_when_the_setting_goes(analyzer):
    out = bullet(analyzer, "정부의 재생에너지 확대 정책에 속도가 붙고 있는 가운데, 대규모 태양광 단지 조성도 예정돼 있어 가온도가 "
                           "재생에너지 중심지로 떠오를 것으로 기대를 모으고 있습니다.")
    assert "단지 조성, " not in out and "단지 조성이 예정돼 있어 가온도가" in out


def test_a_subject_inside_a_clause_that_dates_an_event_is_not_the_topic(analyzer):
    out = bullet(analyzer, "가온시 충전소 6곳 중 3곳도 연료 품질 이상이 확인된 지난 13일 이후, 열흘째 문을 닫고 있습니다.")
    assert not out.startswith("연료 품질 이상,") and "연료 품질 이상이 확인된" in out


def test_the_reporters_looking_goes(analyzer):
    out = bullet(analyzer, "속사정을 들여다보니, 관리인이 입주민으로부터 몇 달 동안 폭언에 시달린 정황이 드러났습니다.")
    assert out.startswith("관리인이 입주민으로부터")


def test_seeing_a_named_thing_stays(analyzer):
    # (guard: "보니" of what someone saw, not of the reporter's looking into it)
    assert bullet(analyzer, "시장 상황을 보니, 가격이 크게 올랐다.").startswith("시장 상황을 보니")


def test_who_attended_goes_from_a_long_bullet(analyzer):
    out = bullet(analyzer, "가온군은 12일 가온공설운동장에서 군민과 내·외빈 2000여 명이 참석한 가운데 제40회 군민의 날 기념식 및 "
                           "체육대회를 열고 군민 화합을 다짐했다.")
    assert "참석한 가운데" not in out and out.startswith("가온군, ") and "군민의 날 기념식" in out


@pytest.mark.parametrize("text", ["지도부는 당원들의 반발에도 이를 즉각 수용했다.", "경찰은 이를 토대로 수사를 확대할 방침이다."])
def test_this_as_an_object_stands_for_the_sentence_before(analyzer, text):
    reason = sentence_dangles(only_sentence(analyzer, text))
    assert reason is not None and "pronoun" in reason


def test_this_after_a_clause_of_the_sentence_is_named_in_it(analyzer):
    # (guard)
    assert sentence_dangles(only_sentence(analyzer, "연구팀은 새 소재를 개발하고 이를 활용한 배터리를 선보였다.")) is None


# --- readings of setCA–setCD ---------------------------------------------------------------------------------------

def test_an_image_file_name_glued_to_the_lede_goes():
    article = parse_article("가온시 버스 요금 동결\n\n20240511.1.jpg가온시가 내년 시내버스 요금을 동결한다고 밝혔다.\n\n"
                            "시는 청년 교통비 예산도 늘린다.", id="t")
    assert article.body.startswith("가온시가 내년 시내버스 요금을")


def test_a_script_line_with_its_day_in_brackets_goes_on_on_the_next_line():
    # (each line of the script followed by a blank line, as a page copy sets it)
    page = "\n\n".join(["가온시의회, 조례 폐지", "◀앵커▶", "오늘(10) 학생들에게 안전교육을", "하라고 만든 조례가 폐지됐습니다.\n",
                        "조례 제정 1년여 만인데요,", "다수당 의원들이", "반대에도 강행한 건데", "먼저 본회의 모습을 보시죠.\n",
                        "◀리포트▶", "찬성 15에 기권 한 표,", "조례 폐지안이 통과됐습니다.\n", "반대 의원들은", "표결에 앞서 퇴장했습니다."])
    article = parse_article(page, id="t")
    assert "오늘(10) 학생들에게 안전교육을 하라고 만든 조례가 폐지됐습니다." in article.body


def test_a_programmes_name_after_the_headline_is_no_part_of_it():
    article = parse_article("다수당, 조례 폐지 강행..\"발언권 달라\"/데스크\n\n가온시의회가 학생 안전교육 조례를 폐지했다.\n\n"
                            "소수당 의원들은 발언권을 요구했다.", id="t")
    assert article.title == "다수당, 조례 폐지 강행..\"발언권 달라\""


def test_talking_it_over_with_a_reporter_is_programme_talk(analyzer):
    sentence = only_sentence(analyzer, "오늘은 김하나 외교전문기자와 함께 북한 관련 얘기 나눠보겠습니다.")
    assert non_content_reason(sentence) is not None


def test_the_end_of_a_quotation_opened_before_waits_for_nothing(analyzer):
    reason = sentence_dangles(only_sentence(analyzer, "그런데 그 비율을 봤더니 가온시의 감소세가 가장 가팔랐습니다.\""))
    assert reason is not None and "said before" in reason


def test_it_turned_out_goes(analyzer):
    assert bullet(analyzer, "알고 보니 신고한 사람은 휴무 중인 교통경찰이었습니다.") == "신고한 사람, 휴무 중인 교통경찰"


def test_a_background_clause_of_a_bare_subject_and_verb_stays(analyzer):
    # "…서빙까지 로봇이 수행하는데, …우려도 나온다": dropping "수행하는데," would leave "로봇이" hanging
    out = bullet(analyzer, "식재료 손질부터 서빙까지 로봇이 수행하는데, 앞으로 고도화된 AI 로봇이 상용화되면 대규모 실업 사태가 "
                           "일어날 수도 있다는 우려도 나오고 있습니다.")
    assert "로봇이 앞으로" not in out


def test_a_comma_before_a_second_topic_stays(analyzer):
    out = bullet(analyzer, "남자부 1위 가온항공은 모든 경기를 끝낸 뒤 숙소에서, 여자부 1위 한빛건설은 정규리그 마지막 경기인 "
                           "원정에서 정규 1위를 최종 확정지었다.")
    assert "숙소에서, 여자부 1위 한빛건설은" in out


def test_a_leaders_name_before_a_title_kiwi_reads_as_a_proper_noun_stays_whole(analyzer):
    out = bullet(analyzer, "지난달 보도가 됐던 김정은 총비서의 정찰위성 발사 현장 지도 때였습니다.")
    assert "김정은 총비서의" in out


def test_after_someone_also_the_topic_takes_no_comma(analyzer):
    assert bullet(analyzer, "10년째 젖소를 키운 김하늘 씨도 사정은 비슷합니다.") == "10년째 젖소를 키운 김하늘 씨도 사정 비슷"


def test_after_the_writers_own_headline_comma_a_topic_takes_no_second_one(analyzer):
    out = bullet(analyzer, "가온군에서 20년째 염소를 키워온 박하늘 씨, 키우는 염소는 80마리에 달하는데, 일손 없이 혼자 다 합니다.")
    assert "키우는 염소 80마리" in out and "염소, 80마리" not in out


def test_a_day_a_figure_is_counted_on_is_no_day_to_come(analyzer):
    out = bullet(analyzer, "금융위원회에 따르면 5월 15일 기준 가온24의 누적 가입자 수는 133만 명에 달한다.")
    assert "예정" not in out and out.endswith("133만 명에 달함")
