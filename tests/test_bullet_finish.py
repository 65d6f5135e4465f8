"""Which sentences may become bullets, and the headline grammar a bullet ends with.

Sentences are written for these tests (not news copy). Each rule has a case it must catch and
one it must leave alone (a real sentence that mentions a photo, a reporter, a number).
"""
import pytest

from pipeline.format import finish_headline
from pipeline.records import Heading
from pipeline.select import content_sentences, non_content_reason, sentence_dangles
from bullet_helpers import analyse, only_sentence


# -- not content ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "이 기사는 모바일 환경에서 본문 보기를 권장합니다.",
        "(예시) 신규 가입 고객에게 커피 쿠폰을 드립니다.",
        "구청은 △도서관 신축 △공원 정비 △주차장 확충을 추진한다.",
        "야구에서 가장 짜릿한 순간은 끝내기 홈런이 나올 때죠.",
        "지금까지 한빛방송 뉴스 김가람입니다.",
        "[앵커멘트] 구청이 새 도서관을 엽니다.",
        "자세한 내용은 한빛방송 누리집에서 확인하세요.",
    ],
)
def test_not_content(analyzer, text):
    assert non_content_reason(only_sentence(analyzer, text)) is not None


@pytest.mark.parametrize(
    "text",
    [
        "사진작가 김하늘 씨는 이번 전시에 사진 40점을 내놓았다.",
        "경찰은 기자회견에서 용의자 2명을 검거했다고 밝혔다.",
        "구청은 도서관 신축과 공원 정비를 함께 추진한다.",
        "올해 수출은 558억 달러로 3위를 기록했다.",
        "시민단체는 과장 광고를 막을 규제를 요구했다.",
        "구청은 예산 3억원을 확보했다고 밝혔다.",
        "구청장은 “주민 여러분도 꼭 확인하세요”라고 당부했다.",
    ],
)
def test_content(analyzer, text):
    assert non_content_reason(only_sentence(analyzer, text)) is None


@pytest.mark.parametrize(
    "caption",
    ["도서관 개관식에서 어린이들이 노래하고 있다. 사진=한빛구청", "주민들이 새 버스를 기다리고 있다/한빛뉴스",
     "주민들이 새 버스를 기다리고 있다. ⓒ한빛일보"],
)
def test_caption_sentence_before_its_credit_is_not_a_bullet(analyzer, caption):
    doc = analyse(analyzer, "구청은 새 버스 노선 10개를 다음 달 연다고 밝혔다.", caption, "노선은 출퇴근 시간을 20분 줄일 전망이다.")
    kept = [doc.sentences[i].text for i in content_sentences(doc)]
    assert kept == ["구청은 새 버스 노선 10개를 다음 달 연다고 밝혔다.", "노선은 출퇴근 시간을 20분 줄일 전망이다."]


def test_sentence_before_a_credit_in_another_paragraph_stays(analyzer):
    doc = analyse(analyzer, "주민들이 새 버스를 기다리고 있다.", "사진=한빛구청")
    assert content_sentences(doc) == [0]


def test_headline_repeated_in_the_body_is_not_a_bullet(analyzer):
    doc = analyse(
        analyzer,
        "새 도서관, 다음 달 문 연다. 열람석 300석 규모.",
        "구청은 새 도서관이 다음 달 1일 문을 연다고 밝혔다.",
        "새 도서관에는 열람석 300석이 마련됐다.",
        title="새 도서관, 다음 달 문 연다",
        subtitle="열람석 300석 규모",
    )
    kept = [doc.sentences[i].text for i in content_sentences(doc)]
    assert kept == ["구청은 새 도서관이 다음 달 1일 문을 연다고 밝혔다.", "새 도서관에는 열람석 300석이 마련됐다."]


def test_sentence_sharing_words_with_the_headline_stays(analyzer):
    doc = analyse(analyzer, "새 도서관은 다음 달 문을 연다고 구청이 밝혔다.", title="새 도서관, 다음 달 문 연다")
    assert content_sentences(doc) == [0]


def test_heading_repeated_as_a_sentence_is_not_a_bullet(analyzer):
    doc = analyse(analyzer, "주차 문제 해결은 과제다.", "구청은 주차장 200면을 새로 짓는다.", headings=[Heading("주차 문제 해결은 과제다", 0)])
    assert content_sentences(doc) == [1]


# -- cannot stand alone --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "두 회사는 공동 연구소를 세우기로 했다.",
        "양측은 다음 주 다시 만나기로 했다.",
        "당시 현장에는 주민 20여 명이 있었다.",
        "대신 여당이 추진해 온 법안을 처리하기로 했다.",  # instead of what?
    ],
)
def test_bare_referent_dangles(analyzer, text):
    assert sentence_dangles(only_sentence(analyzer, text)) is not None


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자와 가람화학은 공동 연구소를 세우기로 했다.",
        "두 살배기 아이가 무사히 구조됐다.",
        "당시의 기록을 담은 사진전이 다음 달 열린다.",
        "이와 함께 한빛 5G 트래픽은 처음으로 LTE 트래픽을 넘어섰다.",  # "also": the news is the sentence's own
    ],
)
def test_named_subject_does_not_dangle(analyzer, text):
    assert sentence_dangles(only_sentence(analyzer, text)) is None


# -- bullet-final grammar ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "bullet, expected",
    [
        # leaning openers and breakdown leads go
        ("먼저 구청, 도서관 신축 예산 3억원 확보", "구청, 도서관 신축 예산 3억원 확보"),
        ("역시 수출, 3개월 연속 증가", "수출, 3개월 연속 증가"),
        ("품목별로는 반도체 수출, 16개월 만에 증가", "반도체 수출, 16개월 만에 증가"),
        ("특히 지역별로 보면 수도권 집값, 0.3% 상승", "수도권 집값, 0.3% 상승"),
        # a quotation is the headline form: no bare 말함 after it; meaningful verbs stay
        ("김 구청장, “주민 불편을 줄이겠다” 말함", "김 구청장, “주민 불편을 줄이겠다”"),
        # "…”며 이같이 말함": "이같이" points at words said before; the bullet keeps the words it has
        ("김 구청장, 회견에서 “주민 불편을 줄이겠다”며 이같이 말함", "김 구청장, 회견에서 “주민 불편을 줄이겠다”"),
        ("노조, \"임금을 올려라\"라고 밝힘", "노조, \"임금을 올려라\""),
        ("노조, “임금 인상 즉각 시행하라” 촉구", "노조, “임금 인상 즉각 시행하라” 촉구"),
        ("“주민 불편을 줄이겠다” 말함", "“주민 불편을 줄이겠다” 말함"),  # no speaker: the verb stays
        # a source tag left at the start goes; a bracket inside the text stays
        ("[한빛의정저널] 구의회, 조례안 3건 의결", "구의회, 조례안 3건 의결"),
        ("구청, [별표 1] 기준 개정", "구청, [별표 1] 기준 개정"),
        # ~한 상황 tails take the predicate's nominal form
        ("주민들, 대피소에 머물고 있는 상황", "주민들, 대피소에 머물고 있음"),
        ("병원, 의료진이 부족한 상황", "병원, 의료진이 부족함"),
        ("협상, 사실상 중단된 상태", "협상, 사실상 중단됨"),
        ("조합, 아직 결정하지 않은 상황", "조합, 아직 결정하지 않음"),
        # unmatched marks and trailing joints
        ("구청, 예산 3억원 확보(국비 포함", "구청, 예산 3억원 확보"),
        ("구청, 분관 건립 추진” 밝힘", "구청, 분관 건립 추진 밝힘"),  # the opening mark is in another sentence
        ("구청장, “분관을 짓겠다” 밝힘", "구청장, “분관을 짓겠다”"),
        ("경찰, “용의자 2명을 추가로 조사할 것", "경찰, 용의자 2명을 추가로 조사할 것"),
        ("구청, 도서관 신축 및", "구청, 도서관 신축"),
        ("구청, 도서관 신축,", "구청, 도서관 신축"),
    ],
)
def test_finish_headline(bullet, expected):
    assert finish_headline(bullet) == expected


@pytest.mark.parametrize(
    "bullet",
    [
        "특히 위험한 구간, 속도 제한 강화",  # "특히" modifies the adjective, but dropping it keeps the fact
        "또래 상담사, 학교폭력 예방에 효과",  # "또" inside a word is not the connective
        "이후락 전 실장 회고록, 다음 달 출간",
        "한빛전자(005930), 3분기 영업이익 10조원 기록",
        "구청장, “도서관 더 짓겠다”는 공약 발표",
        "상황실, 24시간 비상 근무 체제 유지",
    ],
)
def test_finish_headline_leaves_sound_bullets(bullet):
    if bullet.startswith("특히 "):
        assert finish_headline(bullet) == bullet[3:]
    else:
        assert finish_headline(bullet) == bullet


def test_bare_place_named_from_the_lede():
    lede = "한빛도가 20일 한옥마을에서 축제 홍보에 나선다. 이 정도 규모는 처음이다."
    assert finish_headline("도, 다음 달 여행주간 홍보팀 운영", lede) == "한빛도, 다음 달 여행주간 홍보팀 운영"
    assert finish_headline("시는 축제 예산 2억원 편성", "가람시는 축제를 연다.") == "가람시, 축제 예산 2억원 편성"


def test_the_armed_forces_are_no_county():
    # "군은 …" after "…우주군 기지에서": the military, not a county named "우주군"
    context = "우리 군의 세 번째 정찰위성이 미 캘리포니아주 밴덴버그 우주군 기지에서 발사되고 있다."
    assert finish_headline("군, 연내 5호기까지 발사 마칠 계획", context) == "군, 연내 5호기까지 발사 마칠 계획"
    assert finish_headline("군, 귀농인 지원 확대", "한빛군은 올해 귀농인 지원을 늘린다.") == "한빛군, 귀농인 지원 확대"


def test_bare_place_left_when_the_lede_names_two():
    lede = "가람시와 한빛시는 축제를 함께 연다."
    assert finish_headline("시, 축제 예산 2억원 편성", lede) == "시, 축제 예산 2억원 편성"
    assert finish_headline("시, 축제 예산 2억원 편성") == "시, 축제 예산 2억원 편성"


@pytest.mark.parametrize(
    "bullet, expected",
    [
        ("수도권 수출도 역대 최대인 50억 달러 기록", "수도권 수출, 역대 최대인 50억 달러 기록"),
        ("학생들도 봉사활동에 참여", "학생들, 봉사활동에 참여"),
        # 도 as part of a word, or "also" on a later phrase, stays
        ("경기도 예산 3억원 확보", "경기도 예산 3억원 확보"),
        ("제한 속도 시속 30km로 낮춤", "제한 속도 시속 30km로 낮춤"),
        ("이 제도 시행 3년 만에 폐지", "이 제도 시행 3년 만에 폐지"),
        ("구청은 예산도 늘림", "구청은 예산도 늘림"),
        ("구청, 도서관도 새로 지음", "구청, 도서관도 새로 지음"),
        ("2026학년도 수시 모집 경쟁률 상승", "2026학년도 수시 모집 경쟁률 상승"),  # the school year's name
        ("2024년도 예산안 확정", "2024년도 예산안 확정"),
        ("토요일인 4일도 전국이 35도를 웃돌며 폭염이 계속될 전망", "토요일인 4일도 전국이 35도를 웃돌며 폭염이 계속될 전망"),  # also on that day
    ],
)
def test_opening_also_takes_the_topic_comma(analyzer, bullet, expected):
    assert finish_headline(bullet, kiwi=analyzer.kiwi) == expected


def test_a_verb_of_saying_stays_when_a_clause_stands_between_the_speaker_and_the_quotation():
    text = "대통령실, 고위 관계자를 통해 대통령이 비공개 회의에서 '국민께 사과했다' 밝힘"
    assert finish_headline(text) == text  # the quotation is what someone else said, reported by the speaker
    assert finish_headline("김 구청장, 회견에서 “주민 불편을 줄이겠다” 말함") == "김 구청장, 회견에서 “주민 불편을 줄이겠다”"
    # a subject inside the quotation, or a quotation inside it, is no clause between
    assert finish_headline("김 대변인, \"예산이 막힌 상황에서 시는 '꼼수'라는 말을 들었다\"며 이같이 말함") \
        == "김 대변인, \"예산이 막힌 상황에서 시는 '꼼수'라는 말을 들었다\""


def test_a_sentence_opening_with_a_short_title_that_names_its_speaker_stays(analyzer):
    # a page whose "title" is the photo caption's name line: the lede opens with the name, it does not repeat a headline
    doc = analyse(analyzer, '한빛당 김하나 수석대변인은 오늘 브리핑에서 "민생 대책은 하나도 내놓지 않은 연설이었다"면서 이같이 말했다.',
                  "김 대변인은 이어 정부의 예산안도 비판했다.", title="한빛당 김하나 수석대변인")
    assert content_sentences(doc) == [0, 1]


def test_a_long_headline_that_a_sentence_runs_on_from_is_still_a_repeat(analyzer):
    doc = analyse(analyzer, "한빛시 새 중앙도서관 다음 달 1일 문 열어 열람석 300석 규모 시민 기대 크다.",
                  "구청은 새 도서관이 다음 달 1일 문을 연다고 밝혔다.", title="한빛시 새 중앙도서관 다음 달 1일 문 열어 열람석 300석 규모")
    assert content_sentences(doc) == [1]
