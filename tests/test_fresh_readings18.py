"""Readings of this session: long bullets shortened by safe deletions (a purpose clause after "…과 관련하여", the venues
of an event held), a sentence's topic kept over a clause whose subject is only an inner one, times paired with topics, a caption
before a bracketed photo credit, where the details are found, a titled speaker Kiwi reads without a proper noun, the
attendance of an event after a day word. Articles and sentences written for these tests (not news copy)."""
import pytest

from bullet_helpers import analyse, bullet, only_sentence
from pipeline.select import content_sentences, continuing_speaker, non_content_reason


# --- long bullets: what an act was for, where an event was held ------------------------------------------------

def test_an_aim_noun_before_wihae_stays(analyzer):
    # read blind: readers wanted what the act was for ("내수 활성화를 위해"), even in a long bullet
    sentence = ("가람군은 지역 관광 활성화를 위해 관광업계 대표와 주민 등 80여 명이 함께하는 관광 발전 토론회와 새 관광 상품 "
                "개발 방향에 대한 설명회를 잇달아 열었다.")
    got = bullet(analyzer, sentence)
    assert got.startswith("가람군, 지역 관광 활성화를 위해 ")


def test_the_venues_of_an_event_held_go_and_what_it_is_about_stays(analyzer):
    sentence = ("한빛군은 3월 5일 동산면 봄내마을 회관과 서산면 가을내마을 회관에서 ‘봄내-가을내 간 도로 확장공사’ 설계 용역 "
                "추진과 관련하여 공사 방향 등 주민 의견 수렴을 위해 주민설명회를 개최했다.")
    got = bullet(analyzer, sentence)
    assert got == "한빛군, ‘봄내-가을내 간 도로 확장공사’ 설계 용역 추진과 관련하여 공사 방향 등 주민 의견 수렴을 위해 주민설명회 개최"


def test_a_purpose_clause_after_a_postposition_verb_goes_when_the_bullet_is_long(analyzer):
    # "…과 관련하여 | 주민 의견을 수렴하기 위해": the purpose is a phrase of its own after "관련하여", no act before it
    sentence = ("한빛군은 3월 5일 동산면 봄내마을 회관과 서산면 가을내마을 회관에서 ‘봄내-가을내 간 도로 확장공사’ 설계 용역 "
                "추진과 관련하여 주민 의견을 수렴하기 위해 주민설명회를 개최했다.")
    assert bullet(analyzer, sentence) == "한빛군, ‘봄내-가을내 간 도로 확장공사’ 설계 용역 추진과 관련하여 주민설명회 개최"


def test_places_named_together_for_what_is_sold_there_stay(analyzer):
    # not an event held: which places, named together, is a fact of the statement
    got = bullet(analyzer, "한빛시는 해외 온라인 쇼핑몰 세 곳과 국내 오픈마켓 두 곳에서 판매 중인 어린이 장난감 30개의 "
                           "유해물질을 검사했다고 17일 밝혔다.")
    assert "두 곳에서 판매 중인" in got


# --- whose statement the kept clause is ---------------------------------------------------------------------

def test_the_topic_of_the_whole_sentence_stays_with_a_clause_whose_subject_is_an_inner_one(analyzer):
    # "부산 해운대구의 매매가격이 내리며 전체적으로는 떨어짐" alone would say the whole country's prices fell
    sentence = "지방은 강원과 전남·전북에서 이사 수요가 늘어 매매가격이 올랐지만 부산 해운대구의 매매가격이 하락하며 전체적으로는 떨어졌다."
    got = bullet(analyzer, sentence)
    assert got.startswith("지방, ") and got.endswith("떨어짐")


def test_a_clause_after_a_concession_with_its_own_subject_still_stands_alone(analyzer):
    # the topic acts in both clauses: the clause kept is the news whatever happens to the concession
    sentence = ("한빛건설은 지난해 해외 수주가 크게 줄었지만, 올해 1분기 국내 주택 사업의 매출은 작년 같은 기간보다 "
                "두 배 이상 늘어나 사상 최대인 2조원을 기록하며 시장의 예상을 크게 웃돌았다.")
    got = bullet(analyzer, sentence)
    assert "2조원" in got


def test_times_paired_with_topics_in_a_list_stay(analyzer):
    sentence = "접수 마감 시간은 한빛대·가람대 등은 오후5시, 나래대·누리대·다솜대 등은 오후6시, 미르대 및 보람대 등은 오후7시다."
    got = bullet(analyzer, sentence)
    for time in ("오후5시", "오후6시", "오후7시"):
        assert time in got


def test_attendance_after_a_day_word_goes_and_the_topic_takes_the_comma(analyzer):
    sentence = ("한빛전자는 이날 김하늘 부회장, 박바다 사장 등이 참석한 가운데 가람 반도체 공장에서 첫 제품 출하식을 갖고 "
                "10조원 추가 투자 계획을 발표했다.")
    got = bullet(analyzer, sentence)
    assert got.startswith("한빛전자, ") and "참석한" not in got and "10조원 추가 투자 계획" in got


# --- lines that are no news ---------------------------------------------------------------------------------

def test_a_caption_before_a_bracketed_photo_credit_is_no_content(analyzer):
    doc = analyse(analyzer,
                  "한빛전자는 새 노트북 두 종을 다음 달 출시한다고 27일 밝혔다. 모델이 새 노트북으로 영상 편집을 하고 있다. (사진=한빛전자 제공)",
                  "새 노트북은 무게가 1kg에 못 미치고 배터리가 20시간 간다.",
                  "한빛전자는 올해 노트북 판매 목표를 작년보다 30% 높여 잡았다.")
    chosen = [doc.sentences[i].text for i in content_sentences(doc)]
    assert not any(text.startswith("모델이") for text in chosen)
    assert any(text.startswith("한빛전자는 새 노트북") for text in chosen)


@pytest.mark.parametrize("line", [
    "자세한 사업 안내 자료는 한빛시 홈페이지와 가람마당 누리집을 통해 확인할 수 있다.",
    "세부자료는 한빛통계 누리집 또는 모바일 앱으로 확인할 수 있다.",
])
def test_where_the_details_are_found_is_a_notice(analyzer, line):
    assert non_content_reason(only_sentence(analyzer, line)) is not None


def test_how_to_apply_stays_news(analyzer):
    assert non_content_reason(only_sentence(analyzer, "지원을 원하는 주민은 다음 달 10일까지 한빛시 홈페이지에서 신청할 수 있다.")) is None


# --- who goes on speaking -----------------------------------------------------------------------------------

def test_a_titled_speaker_without_a_proper_noun_goes_on_speaking(analyzer):
    doc = analyse(analyzer,
                  "도교육청 기획국장은 17일 기자회견을 열고 “두 기관이 맺은 합의는 반드시 지켜져야 한다”고 주장했다. "
                  "이어 “합의를 뒤집으면 학교 현장에 혼란이 생길까 걱정된다”고 설명했다.")
    assert continuing_speaker(doc, 1) == "도교육청 기획국장"


def test_a_bare_title_is_no_speaker(analyzer):
    doc = analyse(analyzer,
                  "국장은 17일 “두 기관이 맺은 합의는 반드시 지켜져야 한다”고 주장했다. "
                  "이어 “합의를 뒤집으면 학교 현장에 혼란이 생길까 걱정된다”고 설명했다.")
    assert continuing_speaker(doc, 1) is None


# --- what a deletion would break ----------------------------------------------------------------------------

def test_the_end_of_a_span_written_with_a_tilde_stays_with_its_start(analyzer):
    sentence = ("가람교육청은 다음 달 3일부터 14일까지 열흘간(토·일요일 제외) 매일 오전 9시~오후 5시 관내 12개 교육지원센터와 "
                "고등학교에서 장학생 신청서를 받는다고 18일 밝혔다.")
    got = bullet(analyzer, sentence)
    assert "오전 9시~오후 5시" in got or "오전 9시" not in got
    assert "~오후 관내" not in got


def test_a_means_after_what_it_links_with_stays(analyzer):
    # "…사업 등과 | 연계를 통해": without the means, what it is linked with reads as one more item of the object
    sentence = ("한빛교육청은 농촌유학 참여 가족을 위해 한빛도와 시·군의 귀농 지원 사업 등과 연계를 통해 주거 개선, 생활비 "
                "지원 등 협력 방안을 마련하고 있다.")
    got = bullet(analyzer, sentence)
    assert "사업 등과 주거" not in got and ("등과 연계를 통해" in got or "등과" not in got)


# --- spacing the writer left out ----------------------------------------------------------------------------

@pytest.mark.parametrize("glued, spaced", [
    ("한빛시, 확진 환자가방문했던 교회에서 현재까지13명 추가 확인", "한빛시, 확진 환자가 방문했던 교회에서 현재까지 13명 추가 확인"),
    ("가람동 아파트 5층에서 불이나 주민 14명 대피", "가람동 아파트 5층에서 불이 나 주민 14명 대피"),
    ("밤부터 비와함께 강풍 잇따를 전망", "밤부터 비와 함께 강풍 잇따를 전망"),
    ("노력하고 있는만큼 성과 기대", "노력하고 있는 만큼 성과 기대"),
])
def test_a_space_left_out_after_a_particle_goes_in(analyzer, glued, spaced):
    from pipeline.format import finish_headline
    assert finish_headline(glued, "", analyzer.kiwi) == spaced


@pytest.mark.parametrize("text", [
    "한빛전자, 2차원 반도체 소자 개발",  # a number and its noun
    "김하나 교수팀, 새 소재 개발",  # a compound
    "‘가람 작은도서관’, 1일 문을 열어",  # a name
    "월간 수출, 15개월 연속 증가 흐름을 이어감",  # an auxiliary verb
    "한빛하이닉스, 3분기 영업이익 1조2000억원",
    "총괄 책임자인 한빛대학교병원 박학종 의생명연구원장을 비롯한 20여 명 참석",  # read blind: "…종 의 생명연구원장"
])
def test_no_other_space_goes_in(analyzer, text):
    from pipeline.format import finish_headline
    assert finish_headline(text, "", analyzer.kiwi) == text


@pytest.mark.parametrize("slip, fixed", [
    ("한빛시, 3월9일 0시 기준 확진자 8명 추가", "한빛시, 3월 9일 0시 기준 확진자 8명 추가"),
    ("마감, 가람대·나래대· 누리대 등은 오후6시", "마감, 가람대·나래대·누리대 등은 오후6시"),
])
def test_spacing_slips_of_dates_and_lists_are_fixed(analyzer, slip, fixed):
    from pipeline.format import finish_headline
    assert finish_headline(slip, "", analyzer.kiwi) == fixed


def test_a_full_stop_between_two_nouns_ends_no_sentence(analyzer):
    # "…27일, 연구.개발(R&D) 분야 30일, …": Kiwi ends a sentence at the dot; the bullet would open "개발(R&D) 분야 30일"
    doc = analyse(analyzer, "한빛부는 다음 주 수출 분야를 시작으로 정책자금 분야 26일, 연구.개발(R&D) 분야 30일, 창업 분야는 31일 각각 "
                            "공고한다. 세부사업 공고도 다음 달 안에 진행한다.")
    assert [s.text[:8] for s in doc.sentences] == ["한빛부는 다음 ", "세부사업 공고도"]


def test_a_full_stop_after_a_closing_noun_still_ends_a_sentence(analyzer):
    doc = analyse(analyzer, "가람시는 내년 3월 새 도서관을 열 예정.도서관은 지하 1층, 지상 4층 규모로 지어진다.")
    assert len(doc.sentences) == 2


def test_a_name_kiwi_reads_as_a_nominal_ending_ends_no_sentence(analyzer):
    # "…국회의원, 하복임 | 군포시의회 의장과 …": Kiwi read "임" as "이다" + "-ㅁ" and ended the sentence there; the
    # bullet had lost who held the ceremony and kept the attendance
    sentence = ("23일 군포시에 따르면 시는 나래동 460-1 부지에서 김하늘 시장과 박바다 지역구 국회의원, 하복임 군포시의회 의장과 "
                "시·도의원, 지역주민 등이 참석한 가운데 누리복합체육센터 건립공사 기공식을 개최했다.")
    doc = analyse(analyzer, sentence)
    assert len(doc.sentences) == 1
    assert any(m.form == "하복임" and m.tag == "NNP" for m in doc.sentences[0].morphs)
    got = bullet(analyzer, sentence)
    assert got.endswith("누리복합체육센터 건립공사 기공식 개최") and "참석" not in got


def test_a_note_ending_in_im_with_its_full_stop_still_ends(analyzer):
    doc = analyse(analyzer, "올해 행사의 주관 기관은 가람시임. 내년 행사는 나래시가 맡는다.")
    assert len(doc.sentences) == 2


def test_a_long_name_written_without_spaces_stays_as_written(analyzer):
    # read blind: "…처벌등에 관한법률위반" split a statute's name the writer had written as one word
    from pipeline.format import finish_headline
    text = "한빛지검 형사1부, 특정경제범죄가중처벌등에관한법률위반 혐의를 받는 A씨를 불구속 기소"
    assert finish_headline(text, "", analyzer.kiwi) == text


def test_the_spacing_check_runs_only_where_the_source_has_a_glued_particle(analyzer):
    from pipeline.format import glued_particle
    assert glued_particle(only_sentence(analyzer, "가람동 아파트 5층에서 불이나 주민 14명이 대피했다.").morphs)
    assert not glued_particle(only_sentence(analyzer, "가람동 아파트 5층에서 불이 나 주민 14명이 대피했다.").morphs)
    # and the engine's bullet of the glued sentence is spaced
    doc = analyse(analyzer, "가람동 아파트 5층에서 불이나 주민 14명이 대피했다. 소방당국은 30분 만에 불을 껐다. "
                            "경찰은 정확한 화재 원인을 조사하고 있다.")
    from pipeline.config.summarize import SummarizeConfig
    from pipeline.engines import build_engine
    summary = build_engine("kiwi", SummarizeConfig(), analyzer).summarize(doc)
    assert any("불이 나 " in b for b in summary.bullets)
