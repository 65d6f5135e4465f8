"""Headline grammar of a compressed bullet: where the topic comma goes, which words lean on the article,
and which endings read as a headline. Sentences written for these tests (not news copy)."""
import pytest

from bullet_helpers import bullet


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a subject closed by a bracket or backtick is still the subject
        ("순손실(세전 기준)은 3분기 연속 적자다.", "순손실(세전 기준), 3분기 연속 적자"),
        ("지역 전문 기술을 연구하는 민간 연구소 `한빛기술원`이 출범했다.", "지역 전문 기술을 연구하는 민간 연구소 `한빛기술원` 출범"),
        # a subject right before a one-word predicate loses its particle, not gets a comma
        ("이번 비로 한빛시와 가람군 등 모두 12곳의 도로가 통제 중입니다.", "이번 비로 한빛시와 가람군 등 모두 12곳의 도로 통제 중"),
        ("한빛시와 달빛군이 함께 만든 관광공사가 출범했다.", "한빛시와 달빛군이 함께 만든 관광공사 출범"),
        # an amount is not the subject of the sentence
        ("수입 가격이 오르면서 원자재 비중이 31.2%로 4.1%p가 증가했다.", "수입 가격이 오르면서 원자재 비중이 31.2%로 4.1%p 증가"),
        # after a clause with its own subject, no comma splits the sentence
        ("새 학문이 속속 등장하고 있으며 공학자들이 이 분야에 뛰어들었다.", "새 학문이 속속 등장하고 있으며 공학자들이 이 분야에 뛰어들어"),
        ("한빛시와 달빛군이 힘을 모아 새 관광공사가 지난달 문을 열었다.", "한빛시와 달빛군이 힘을 모아 새 관광공사가 지난달 문 열어"),
        # a subject whose predicate is a noun with the copula before a noun ("경쟁이 한창인 가람FC") is a relative clause's
        ("프로축구에서 한빛FC가 김하늘의 짜릿한 결승골로 3위 다툼이 한창인 가람FC의 발목을 잡았습니다.",
         "한빛FC, 프로축구에서 김하늘의 짜릿한 결승골로 3위 다툼이 한창인 가람FC의 발목을 잡음"),
        # a subject after a background clause and its comma is that clause's subject too once fronted: it stays put
        ("범인을 잡고 보니 미성년자였는데, 체포 과정에서 경찰관이 손을 다쳤다.", "범인을 잡고 보니 미성년자였는데, 체포 과정에서 경찰관이 손을 다침"),
        # a quoted name with its description, after the reported clause, moves to the front with the comma
        ("한빛전자가 지난 4월 접는 태블릿의 특허를 특허청에 출원했다고 미국의 온라인 매체 ‘테크 데일리’가 9일(현지시간) 보도했다.",
         "미국의 온라인 매체 ‘테크 데일리’, 한빛전자가 지난 4월 접는 태블릿의 특허를 특허청에 출원했다고 보도"),
        ("국내 대형 유통업체들이 저마다 새벽 배송 서비스를 앞다퉈 확대하고 있으나 지방 소비자들은 여전히 서비스를 이용하기 어렵다.",
         "국내 대형 유통업체들이 새벽 배송 서비스를 앞다퉈 확대하고 있으나 지방 소비자들은 서비스를 이용하기 어려움"),
        # the subject of a relative clause whose verb has an auxiliary ("인공지능이 만들어낸 그림") takes no comma
        ("올해 공모전에는 연구원들이 찾은 신비한 사진과 인공지능이 만들어낸 그림 16편이 선정됐다.",
         "올해 공모전에는 연구원들이 찾은 신비한 사진과 인공지능이 만들어낸 그림 16편 선정"),
        # ... but "…에 대해" is a postposition, not a clause: the sentence's subject still takes the comma
        ("한빛시장이 새 청사 이전 계획을 밝힌 데 대해 시의회 의원들이 시장의 공개 사과를 요구했다.",
         "시의회 의원들, 한빛시장이 새 청사 이전 계획을 밝힌 데 대해 시장의 공개 사과 요구"),
        # a dated event before the object ("지난달 12일 열린 대회") does not make the subject an embedded one
        ("한빛체육회가 지난달 12일 열린 시민 체육대회 종목별 순위를 3일 공개했다.",
         "한빛체육회, 지난달 12일 열린 시민 체육대회 종목별 순위를 3일 공개"),
        ("한빛전자가 내년 3월 열리는 국제 가전 박람회에서 새 냉장고를 선보인다.",
         "한빛전자, 내년 3월 열리는 국제 가전 박람회에서 새 냉장고를 선보일 예정"),
        # a day gone by schedules nothing: a present-tense state takes the nominal ending
        ("김씨는 지난 21일 사무실에 무단으로 침입한 혐의를 받는다.", "김씨, 지난 21일 사무실에 무단으로 침입한 혐의를 받음"),
        # "이날", "잠시 뒤": times relative to what the bullet does not say
        ("기준금리는 이날 동결로 두 번 연속 인상은 피했다.", "기준금리, 동결로 두 번 연속 인상은 피함"),
        ("잠시 뒤 구조대가 현장에 도착했다.", "구조대, 현장에 도착"),
        ("이로써 올해 장학금을 받는 학생은 모두 1,200명이 된다.", "올해 장학금을 받는 학생, 모두 1,200명"),
        # "…에서 불이 났다", "…에게 벌금형이 내려졌다": the noun alone is the headline's news
        ("어젯밤 한빛시 아파트 9층에서 불이 났다.", "어젯밤 한빛시 아파트 9층에서 불"),
        ("음주운전으로 기소된 40대에게 항소심에서도 벌금형이 내려졌다.", "음주운전으로 기소된 40대에게 항소심에서도 벌금형"),
        # "…사고가 났다" is told "…사고 발생", and the subject inside the relative clause stays there
        ("어젯밤 한빛시 교차로에서 버스가 승용차를 들이받는 사고가 났다.", "어젯밤 한빛시 교차로에서 버스가 승용차를 들이받는 사고 발생"),
        ("폭발이 나면 곧바로 대피해야 한다.", "폭발이 나면 곧바로 대피해야 함"),
        # a decision ends on "-기로" ("…투입하기로 함" is no headline); what has gone on till now keeps "-어 옴" (read
        # blind, "…추진해 와" read as casual speech)
        ("한빛군은 내년부터 3년간 군비 120억원을 투입하기로 했다.", "한빛군, 내년부터 3년간 군비 120억원을 투입하기로"),
        ("두 도시는 관광 분야에서 상호 협력키로 했다.", "두 도시, 관광 분야에서 상호 협력키로"),
        ("김 의원은 지역 도서관 확충에 꾸준히 힘써왔다.", "김 의원, 지역 도서관 확충에 꾸준히 힘써옴"),
        # "…할 수 있다/없다" of a verbal noun is "… 가능/불가"; "…하기도 했다" is "…하기도"; a past ability keeps its verb
        ("한빛천문대 망원경으로는 외부 은하를 관측할 수 있다.", "한빛천문대 망원경으로는 외부 은하 관측 가능"),
        ("이 사건은 피해자의 고소가 없으면 처벌할 수 없다.", "이 사건, 피해자의 고소가 없으면 처벌 불가"),
        ("유가족들은 지난 14일 한빛시장을 만나기도 했다.", "유가족들, 지난 14일 한빛시장을 만나기도"),
        ("구조대는 실종자를 찾을 수 있었다.", "구조대, 실종자를 찾을 수 있었음"),
        # "…라는 지적이 나온다": the view's noun ends the headline
        ("새 제도가 현장과 동떨어졌다는 지적이 나온다.", "새 제도가 현장과 동떨어졌다는 지적"),
        # ... but a finding that came out says so: read blind, "…다는 연구결과" alone had no predicate
        ("커피를 하루 세 잔 넘게 마시면 수면의 질이 떨어진다는 연구 결과가 나왔다.", "커피를 하루 세 잔 넘게 마시면 수면의 질이 떨어진다는 연구 결과 나옴"),
        ("다음 주에 시험 결과가 나온다.", "다음 주에 시험 결과 나올 예정"),
        # ... only what happened: a rule keeps its verb
        ("기온이 35도를 넘으면 폭염경보가 내려진다.", "기온이 35도를 넘으면 폭염경보 내려짐"),
        # "X의 경우": the subject is X's
        ("한빛제철의 경우 영업이익이 600억 원으로 36% 줄었다.", "한빛제철 영업이익, 600억 원으로 36% 줄어"),
        # ... unless the subject names what X is ("백화점의 경우 한빛백화점이")
        ("백화점의 경우 한빛백화점이 매출 신장률 21.1%로 최대치를 갈아치웠다.", "백화점의 경우 한빛백화점, 매출 신장률 21.1%로 최대치를 갈아치움"),
        ("그 뒤 조합은 파업을 풀었다.", "조합, 파업 풀어"),
        # "…을 했다" after a verbal noun: the noun is the headline's predicate
        ("한빛FC는 후반 추가시간에 결승 득점을 했다.", "한빛FC, 후반 추가시간에 결승 득점"),
        # a claim with its own subject keeps who says it ("A, B가 …" would credit A)
        ("한빛시는 김하나 씨가 새 배터리 소재를 개발했다고 27일 밝혔다.", "한빛시, 김하나 씨가 새 배터리 소재를 개발했다고 밝혀"),
        ("경찰은 남성이 범행을 먼저 저질렀다고 밝혔다.", "경찰, 남성이 범행을 먼저 저질렀다고 밝혀"),
        # the date goes, the quote ending's "고" stays where Kiwi reads "줄었다고" as "다" + "고" (JKQ)
        ("통계청은 4월 출생아 수가 전년 대비 3.2% 줄었다고 18일 밝혔다.", "통계청, 4월 출생아 수가 전년 대비 3.2% 줄었다고 밝혀"),
        # an anchor's "보신 것처럼" points at pictures the bullet does not have
        ("보신 것처럼 새벽에 내린 눈으로 한빛대교 위에서 차량 12대가 잇따라 부딪쳤습니다.", "새벽에 내린 눈으로 한빛대교 위에서 차량 12대가 잇따라 부딪침"),
        ("보시는 바와 같이 한빛천 주변 도로가 물에 잠겼습니다.", "한빛천 주변 도로, 물에 잠김"),
        # the opening connective "이에" goes however Kiwi reads it (one adverb, or "이" + "에")
        ("이에 한빛군은 새 대책을 내놨다.", "한빛군, 새 대책을 내놓음"),
        ("이에 군과 시는 주민 불안을 해소하기로 했다.", "군과 시, 주민 불안을 해소하기로"),
        ("이에 대해 한빛군은 새 대책을 내놨다.", "한빛군, 이에 대해 새 대책을 내놓음"),  # "이에 대해": about what, said before
    ],
)
def test_headline_bullet(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # what the rules above must leave alone
        ("이날 오후 3시 한빛시는 새 청사를 공개했다.", "오후 3시 한빛시, 새 청사 공개"),  # "이날" (the article's day) goes, the hour stays
        ("시는 누수 원인을 조사하겠다고 밝혔다.", "시, 누수 원인을 조사하겠다고 밝혀"),  # an intention keeps who declared it
        ("구단은 외야수 노경은과의 계약을 마무리했다.", "구단, 외야수 노경은과의 계약 마무리"),
        ("연구진은 실험을 통해 새 물질을 확인했다.", "연구진, 실험을 통해 새 물질 확인"),
        ("한빛FC는 결승 득점을 하지 못했다.", "한빛FC, 결승 득점을 하지 못함"),  # negation: no "득점" alone
        ("한빛FC는 다음 경기에서 득점을 하겠다.", "한빛FC, 다음 경기에서 득점을 하겠다"),  # intention stays
    ],
)
def test_rules_leave_other_sentences_alone(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


# -- deletions when a bullet is too long: never inside a list, never the one who did it ---------
def test_side_quotation_with_a_bracket_inside_still_gives_way(analyzer):
    sentence = ("김하나 한빛대 교수는 “새 모델로 바이러스가 정모세포(정자로 자라는 세포)와 정세관 세포를 손상시킨다는 것을 처음 "
                "밝혔다”며 “사람에게도 그대로 적용되는지 곧 확인하겠다”고 설명했다.")
    out = bullet(analyzer, sentence)
    assert out == "김하나 한빛대 교수, “사람에게도 그대로 적용되는지 곧 확인하겠다”"


def test_caveat_quotation_does_not_replace_the_point(analyzer):
    # "“A를 밝혔다”며 “다만 …알 수 없다”" -> only the caveat read as the finding's opposite
    sentence = ("김하나 한빛대 교수는 “새 모델로 바이러스가 정모세포와 정세관 세포를 손상시킨다는 것을 처음 밝혔다”며 "
                "“다만 쥐 실험이라 사람에게도 그대로 적용되는지는 알 수 없다”고 설명했다.")
    out = bullet(analyzer, sentence)
    assert out == "김하나 한빛대 교수, “새 모델로 바이러스가 정모세포와 정세관 세포를 손상시킨다는 것을 처음 밝혔다”"


def test_subject_head_never_starts_inside_a_list(analyzer):
    # "A(Asratec)와 산세이 테크놀로지, 브레이브 로보틱스가" must not become "테크놀로지, 브레이브 로보틱스"
    sentence = ("11일 한빛그룹 계열 로봇 제조업체인 한빛로보(Hanbit Robo)와 산세이 테크놀로지, 달빛 로보틱스가 3사 합작으로 "
                "사람이 탈 수 있는 변신 로봇 '한빛 라이드(Hanbit RIDE)'를 제작한다고 발표했다.")
    out = bullet(analyzer, sentence)
    assert not out.startswith("테크놀로지") and "달빛 로보틱스" in out
    assert "한빛로보" in out or not out.startswith(("산세이", "달빛"))


def test_place_that_ends_a_list_stays(analyzer):
    sentence = ("대학과 산업계, 공공연구기관에서 일하는 기술경영 전문가 10명 중 7명은 지난 정부의 과학기술 정책이 "
                "크게 실패했다고 평가하는 것으로 나타났다.")
    assert "대학과 산업계, 공공연구기관에서 일하는" in bullet(analyzer, sentence)


def test_adjunct_holding_the_agent_is_not_dropped(analyzer):
    # the only agent is inside the "…을 통해" phrase: dropping it left "‘가닥교환반응’을 유도"
    sentence = ("연구팀이 만든 금 나노 입자 구조체에 이중나선 구조 결합 및 해체가 가능한 세 번째 단일 가닥 DNA를 "
                "통해 이른바 ‘가닥교환반응’을 유도했다.")
    out = bullet(analyzer, sentence)
    assert out.startswith("연구팀이 만든") and "결합 및 해체" in out


def test_conjunction_inside_a_list_stays(analyzer):
    sentence = ("한빛대 로봇 연구소의 온라인 게시판에는 보통 지난 강의의 요약, 그리고 벽을 타고 올라가는 작은 로봇의 "
                "동영상과 새로 나온 논문 목록이 매주 올라온다.")
    assert "요약, 그리고 벽을" in bullet(analyzer, sentence)


def test_date_before_a_comma_is_not_cut_to_a_bare_noun(analyzer):
    sentence = ("지난 여름, 한빛시의 자율주행 버스가 첫 접촉 사고를 일으키자 시민 게시판은 자율주행 버스 운행 중단을 "
                "요구하는 목소리로 가득 찼다.")
    out = bullet(analyzer, sentence)
    assert not out.startswith("여름")


def test_reported_compound_clause_is_credited_to_its_own_subject(analyzer):
    # "대학, …를 개발" credited the university with what its research team did
    sentence = ("한빛대 공대는 신소재공학부 김하나 교수 연구팀이 차세대 태양전지가 쉽게 망가지는 원인을 처음으로 밝혀내고, "
                "수명이 긴 고효율 태양전지를 개발했다고 10일 밝혔다.")
    out = bullet(analyzer, sentence)
    assert out == "신소재공학부 김하나 교수 연구팀, 수명이 긴 고효율 태양전지 개발"


def test_reported_topic_keeps_its_speaker(analyzer):
    sentence = "한빛천문대는 이번 보름달은 올해 가장 작았던 보름달보다 약 14% 더 커 보인다고 밝혔다."
    assert bullet(analyzer, sentence) == "한빛천문대, 이번 보름달은 올해 가장 작았던 보름달보다 약 14% 더 커 보인다고 밝혀"


def test_clauses_inside_a_reported_result_are_not_split_off(analyzer):
    # "연구진, 쥐가 감염되면 고환이 작아짐" dropped what the sentence says: a result was published
    sentence = ("미국 한빛대 의대 연구진은 수컷 쥐가 새 바이러스에 감염되면 고환 크기가 눈에 띄게 작아지며 정자 수가 감소하고, "
                "성 호르몬의 양도 함께 줄어든다는 연구 결과를 국제 학술지에 발표했다.")
    out = bullet(analyzer, sentence)
    assert out.startswith("미국 한빛대 의대 연구진,") and out.endswith("연구 결과를 국제 학술지에 발표")
    assert "작아지며" in out and "줄어든다는 연구 결과" in out


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("연구팀은 이에 따라 축적되는 전하를 줄이는 소자 구조를 도입했다.", "연구팀, 축적되는 전하를 줄이는 소자 구조 도입"),
        ("연구팀은 이를 통해 얻은 데이터를 공개했다.", "연구팀, 이를 통해 얻은 데이터 공개"),  # would leave "얻은" dangling
        # "이처럼": like what the picture shows (a broadcast script) or what was said before
        ("제설작업이 더딘 산간마을 진입도로는 이처럼 눈에 완전히 덮여 버렸습니다.", "제설작업이 더딘 산간마을 진입도로, 눈에 완전히 덮여 버림"),
        ("한빛시장은 이처럼 새 버스 노선의 운행 실적을 소개했다.", "한빛시장, 새 버스 노선의 운행 실적 소개"),
        # "이와 관련해": on what was said before (not "이와 관련한 조례": what the law is about)
        ("회사측은 이와 관련해 31일 오전 7시부터 공장을 폐쇄하기로 했다.", "회사측, 31일 오전 7시부터 공장을 폐쇄하기로"),
        ("한빛시는 이와 관련한 조례를 고쳤다.", "한빛시, 이와 관련한 조례를 고침"),
        ("한빛시는 이와 함께 조례를 고쳤다.", "한빛시, 조례를 고침"),
        # at the sentence's start too: "이와 관련한 조례는" had lost "이와 관련" and opened on "한"
        ("이와 관련한 조례는 다음 달 시행된다.", "이와 관련한 조례, 다음 달 시행 예정"),  # (dated ahead: planned)
    ],
)
def test_anaphoric_link_after_the_topic(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_subject_of_a_relative_clause_later_does_not_hide_the_main_subject(analyzer):
    assert bullet(analyzer, "한빛전자가 수명이 긴 배터리를 새로 내놓았다.") == "한빛전자, 수명이 긴 배터리를 새로 내놓음"


def test_opening_adjunct_goes_when_the_main_clause_has_its_subject(analyzer):
    sentence = ("지난해 시장이 약속한 주민 소통 확대 정책의 일환으로 다음 달부터 매주 금요일 한빛시 시장이 직접 주민 누구나 "
                "참여할 수 있는 열린 간담회를 연다.")
    out = bullet(analyzer, sentence)
    assert "일환으로" not in out and "매주 금요일" in out and out.endswith("열린 간담회를 열 예정")


def test_subject_coordinated_with_a_particle_is_still_reduced_to_its_head(analyzer):
    sentence = ("지난 13일 오전 4시쯤 한빛시 중구 한 주점에서 A(21) 씨 등 남성 일행 3명과 B(23) 씨 등 여성 일행 2명이 "
                "서로 폭행한 혐의로 경찰에 불구속 입건됐다.")
    assert bullet(analyzer, sentence) == "A 씨 등 남성 일행 3명과 B 씨 등 여성 일행 2명이 서로 폭행한 혐의로 경찰에 불구속 입건"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the subject of a condition or cause is not the bullet's topic
        ("일식이 일어나면 달이 해를 가려 낮에도 하늘이 어두워진다.", "일식이 일어나면 달이 해를 가려 낮에도 하늘 어두워짐"),
        ("한빛시의 새 버스가 사고를 일으키자 시민 게시판은 운행 중단 요구로 가득 찼다.",
         "시민 게시판, 한빛시의 새 버스가 사고를 일으키자 운행 중단 요구로 가득 참"),  # (the topic after it leads)
        # "지난 3일" is a date, not a relative clause that would hide the subject
        ("한빛전자가 지난 3일 새 공장을 열었다.", "한빛전자, 지난 3일 새 공장 열어"),
        # "‘…’" is a title, "지난 23일" a date, "학술지인" an apposition: the reported clause still has its subject
        ("한빛대는 김하나씨의 논문이 지난 23일 국제 학술지인 '한빛 저널'에 실렸다고 밝혔다.",
         "한빛대, 김하나씨의 논문이 지난 23일 국제 학술지인 '한빛 저널'에 실렸다고 밝혀"),
    ],
)
def test_subject_and_topic_comma(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_apposition_before_a_name_goes_when_too_long(analyzer):
    sentence = ("한빛그룹 계열 로봇 제조업체인 한빛로보(Hanbit Robo)와 달빛 테크놀로지, 별빛 로보틱스가 3사 합작으로 "
                "사람이 직접 탈 수 있는 대형 변신 로봇 '한빛 라이드'를 만든다고 발표했다.")
    out = bullet(analyzer, sentence)
    assert "제조업체인" not in out and out.startswith("한빛로보와 달빛 테크놀로지, 별빛 로보틱스가")
    # ... but not a description of a title
    out = bullet(analyzer, "한빛대 기계공학과 4학년에 재학 중인 김하나씨가 쓴 논문이 세계 최고 수준의 국제 학술지인 '한빛 로봇 공학 저널' 최신호에 실렸다.")
    assert "국제 학술지인 '한빛 로봇 공학 저널'" in out


def test_subject_of_an_embedded_question_does_not_make_a_clause_stand_alone(analyzer):
    # "인간이 … 이유가 뭔지 가르쳐야 함" kept only the last item of what is to be taught, without who must teach
    sentence = ("한빛시 버스 회사들도 비슷한 안전 교육 과정을 만들어 기사들에게 자동 운전 장치의 작동 방식은 물론, "
                "이 장치가 어떤 도로에서는 작동되고 어떤 도로에서는 작동되지 않으며, 사람이 직접 운전대를 잡아야 하는 "
                "이유가 뭔지 가르쳐야 한다.")
    out = bullet(analyzer, sentence)
    assert "버스 회사들" in out and "가르쳐야" in out


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("시민 단체는 안전 점검은 물론 사고 조사도 요구했다.", "시민 단체, 안전 점검은 물론 사고 조사도 요구"),
        ("기사들에게 장치의 작동 방식은 물론, 고장 대처법도 가르쳐야 한다.", "기사들에게 장치의 작동 방식은 물론, 고장 대처법도 가르쳐야 함"),
    ],
)
def test_not_only_x_is_no_topic(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # ㄹ-stems take "-어": "엶", "늚", "풂" read as misspellings in a headline
        ("한빛도서관은 새 열람실의 문을 열었다.", "한빛도서관, 새 열람실의 문 열어"),
        ("올해 관광객은 지난해보다 12% 늘었다.", "올해 관광객, 지난해보다 12% 늘어"),
        # a gathering held is "개최": "…준공식을 열어" read blind as a clause cut off before its act
        ("한빛군은 21일 새 복지센터 준공식을 열었다.", "한빛군, 21일 새 복지센터 준공식 개최"),
        ("안전보장이사회는 오늘 새벽 긴급회의를 열었습니다.", "안전보장이사회, 오늘 새벽 긴급회의 개최"),
        # other stems keep the nominal ending
        ("한빛도서관은 새 열람실을 공개했다.", "한빛도서관, 새 열람실 공개"),
        ("노조는 사측의 제안을 받아들였다.", "노조, 사측의 제안을 받아들임"),
    ],
)
def test_headline_endings(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a topic followed, after other arguments, by the one who acts gets no headline comma
        ("시의회는 내년 예산안을 두고 여야가 사흘째 대립했다.", "시의회는 내년 예산안을 두고 여야가 사흘째 대립"),
        # ... but a topic's part right before a state stays in headline form
        ("새 치료법은 기존 약보다 효과가 낫다.", "새 치료법, 기존 약보다 효과 나음"),
        # a period of time is no topic: the comma goes on who acts
        ("이번 시즌은 새 감독이 팀을 맡았다.", "이번 시즌 새 감독, 팀을 맡음"),
        # "가장 많이": the adverb a degree word modifies stays with it
        ("한빛시는 도내에서 청년 창업가를 가장 많이 배출한 지역으로 꼽혔다는 조사 결과를 바탕으로 창업 지원 예산을 두 배 "
         "가까이 크게 늘렸다.", None),
        # "…증가한 수치다": the noun only restates the predicate
        ("상장사 매출액은 지난해보다 4.9% 증가한 수치다.", "상장사 매출액, 지난해보다 4.9% 증가"),
        ("관광객은 지난해보다 두 배로 늘어난 셈이다.", "관광객, 지난해보다 두 배로 늘어난 셈"),  # "셈" adds a meaning
    ],
)
def test_topic_agent_and_restating_nouns(analyzer, sentence, expected):
    out = bullet(analyzer, sentence)
    if expected is None:
        assert "가장 많이 배출한" in out
        assert "두 배 가까이" in out  # an approximate amount is not made exact
    else:
        assert out == expected


def test_main_clause_after_a_members_clause_keeps_who_acts(analyzer):
    # "시의회, 사흘째 대립" credited the council with what its members did
    sentence = ("한빛시의회는 지난달 시청 앞 광장에서 열린 주민 공청회에서 새 청사 부지와 내년도 예산 편성 방향을 두고 "
                "여야 의원들이 서로 다른 의견을 내놓으며 사흘째 격렬하게 대립했다.")
    assert bullet(analyzer, sentence) == "한빛시의회 여야 의원들, 사흘째 격렬하게 대립"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "B가 C가 부족한 이유": the second and third subjects sit inside the relative clause
        ("국내 연구진이 새 전지가 수명이 짧은 이유를 처음으로 밝혔다.", "국내 연구진, 새 전지가 수명이 짧은 이유를 처음으로 밝힘"),
        # a first clause of a state ("사무실이 있으며") lends no subject: the topic is what the main clause is about
        ("한빛랩은 같은 건물에 사무실이 있으며, 업계 기록에 따르면 새 칩 설계와 관련된 특허를 여러 건 소유하고 있다.",
         "한빛랩, 새 칩 설계와 관련된 특허를 여러 건 소유"),
    ],
)
def test_subjects_of_states_and_relative_clauses(analyzer, sentence, expected):
    assert bullet(analyzer, sentence, max_chars=36) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "A는 …지만 B는 …": the comma on A would make B's statement A's
        ("대학원생이 학술지에 논문을 싣는 일은 자주 있지만 학부생이 제1저자로 논문을 내는 것은 흔치 않다.",
         "대학원생이 학술지에 논문을 싣는 일은 자주 있지만 학부생이 제1저자로 논문을 내는 것은 흔치 않음"),
        # "-고" shares its topic: A does both
        ("한빛시는 새 청사를 짓고 옛 청사는 박물관으로 바꾼다.", "한빛시, 새 청사를 짓고 옛 청사는 박물관으로 바꿈"),
    ],
)
def test_contrast_of_two_topics(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_nearer_topic_that_heads_a_clause_is_not_borrowed_alone(analyzer):
    # regression: "…싣는 일, 것은 흔치 않은 일" borrowed "것은" without the clause it heads
    sentence = ("대학원생이 학술지에 논문을 싣는 일은 자주 있지만 학부생이 연구실에서 생활하면서 제1저자로 논문을 발표하는 것은 "
                "매우 드물고 흔치 않은 일이다.")
    out = bullet(analyzer, sentence)
    assert ", 것은" not in out and "학부생이 연구실에서 생활하면서" in out


def test_clause_inside_the_subjects_relative_clause_is_not_split_off(analyzer):
    # "제1저자로 논문을 발표하는 것, 흔치 않음" lost who: the "-면서" clause belongs to "…발표하는 것"
    sentence = "교수가 학술지에 논문을 싣는 일은 자주 있지만 학부생이 연구실에서 밤낮으로 생활하면서 제1저자로 논문을 발표하는 것은 흔치 않다."
    out = bullet(analyzer, sentence, max_chars=50)
    assert "학부생이" in out and out.endswith("흔치 않음")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a comma after a time right after the subject only marks word order
        ("한빛FC가 9회말, 대타 김하나의 끝내기 홈런으로 선두 달빛FC에 역전승을 거뒀다.",
         "한빛FC, 9회말 대타 김하나의 끝내기 홈런으로 선두 달빛FC에 역전승을 거둠"),
        ("한빛시는 지난 3일, 새 청사를 열었다.", "한빛시, 지난 3일 새 청사 열어"),
        # ... a list of days keeps its items, dotted after the headline comma; counts of a gapped contrast keep commas
        ("한빛시는 3일, 5일, 7일에 장터를 연다.", "한빛시, 3일·5일·7일에 장터를 열 예정"),
        ("사망자가 3명, 부상자가 5명으로 늘었다.", "사망자가 3명, 부상자가 5명으로 늘어"),
    ],
)
def test_comma_after_a_time(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_relative_clause_before_a_name_goes_when_too_long(analyzer):
    sentence = ("한빛협회는 팀의 창단 첫 정규리그 우승을 이끈 김하나 감독을 올해의 지도자로 뽑고 연말 시상식에서 상패와 "
                "상금을 함께 수여하기로 했다.")
    assert bullet(analyzer, sentence) == "한빛협회, 김하나 감독을 올해의 지도자로 뽑고 상패와 상금을 함께 수여하기로"
    # ... never a place before the name's particle, nor a clause with numbers
    out = bullet(analyzer, "지난해 10표를 받은 김하나 감독은 올해 감독상 후보에 오르지 못했다.")
    assert "10표를 받은 김하나 감독" in out


def test_amount_before_a_bare_predicate_takes_no_comma(analyzer):
    assert bullet(analyzer, "서울에서 열린 한빛포럼에는 300명이 참석했다.") == "서울에서 열린 한빛포럼에는 300명 참석"


def test_descriptions_inside_a_list_of_names_stay(analyzer):
    sentence = ("한빛 관제센터는 30일 한국 우주인 김하나, 미국 여성 우주인 캐슬린 리, 일본 우주인 오니시 다쿠 등을 태운 "
                "소유스 귀환캡슐이 카자흐스탄 남동부 초원 지대에 무사히 착륙했다고 밝혔다.")
    out = bullet(analyzer, sentence)
    # the whole list, or (a long list the sentence closes with "등") its first item with its description
    assert "미국 여성 우주인 캐슬린 리, 일본 우주인 오니시 다쿠 등을 태운" in out or "한국 우주인 김하나 등을 태운" in out


def test_main_predicate_of_a_framed_sentence_is_the_framed_clauses(analyzer):
    from pipeline.compress import main_predicate

    from bullet_helpers import only_sentence

    sentence = only_sentence(analyzer, "흥미로운 점은 한빛전자가 새 공장에서 반도체를 생산했다는 사실이다.")
    assert main_predicate(sentence.morphs).form == "생산"


def test_means_adjunct_goes_when_too_long(analyzer):
    sentence = ("박하나 한빛대 교수와 이두리 미국 달빛대 교수 연구진으로 구성된 공동연구팀이 DNA의 염기서열 정보를 이용해 "
                "원하는 대로 구동하는 미세로봇 핵심 기술을 세계 처음으로 개발하는 데 성공했다고 7일 밝혔다.")
    out = bullet(analyzer, sentence, max_chars=80)
    assert "정보를 이용해" not in out and out.endswith("미세로봇 핵심 기술을 세계 처음으로 개발하는 데 성공")
    assert bullet(analyzer, "연구진은 이 장치를 이용해 만든 시료를 분석했다.") == "연구진, 이 장치를 이용해 만든 시료 분석"


def test_where_an_event_is_held_goes_before_its_name_when_too_long(analyzer):
    sentence = ("한빛시는 5월 3일부터 5일까지 사흘간 서울 강남구 대치동 한빛전시장 중앙홀 특설무대에서 열리는 "
                "Hanbit Expo 2024, 우리고장 축제 한마당(이하 한마당)에 참가한다.")
    out = bullet(analyzer, sentence)
    assert out == "한빛시, 5월 3일부터 5일까지 Hanbit Expo 2024, 우리고장 축제 한마당에 참가"


def test_relative_clause_with_its_subject_before_a_latin_word_stays(analyzer):
    sentence = ("연구팀이 만든 DNA-금 나노 입자 구조체에 이중나선 구조 결합 및 해체가 가능한 세 번째 단일 가닥 DNA를 "
                "통해 이른바 ‘가닥교환반응’을 유도했다.")
    assert bullet(analyzer, sentence).startswith("연구팀이 만든 DNA-금 나노 입자 구조체에")


def test_time_topic_in_a_reported_clause_is_no_subject_of_its_own(analyzer):
    assert bullet(analyzer, "한빛시는 올해는 청년 예산을 두 배로 늘렸다고 밝혔다.") == "한빛시, 올해는 청년 예산을 두 배로 늘림"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a demand keeps its frame: "…문책" alone would read as done
        ("시민단체는 시장이 직접 사과하고 책임자를 엄중히 문책하라고 촉구했다.", "시민단체, 시장이 직접 사과하고 책임자를 엄중히 문책하라고 촉구"),
        ("노조는 임금 인상안을 다시 마련해 달라고 요구했다.", "노조, 임금 인상안을 다시 마련해 달라고 요구"),
        # a statement's frame still goes
        ("새 요금제는 기존보다 사용료가 20% 저렴하다고 한다.", "새 요금제, 기존보다 사용료가 20% 저렴"),
        # ... with whoever says it after it
        ("번역판이 ‘2024년 달빛 서점대상’ 번역소설 부문 1위에 선정됐다고 출판사 한빛하우스가 11일 밝혔다.",
         "번역판, ‘2024년 달빛 서점대상’ 번역소설 부문 1위에 선정"),
        # a deed after the judgement is no saying: the frame stays a clause
        ("경찰은 만취 상태로 추가 조사가 불가능 하다고 판단해 남성들을 귀가 조치했다.",
         "경찰, 만취 상태로 추가 조사가 불가능 하다고 판단해 남성들을 귀가 조치"),
        # a verb of saying inside a quotation is not the sentence's
        ("대통령실은 고위 관계자를 통해 대통령이 국무회의에서 ‘국민들께 죄송하다고 사과했다’고 밝혔다.",
         "대통령실, 고위 관계자를 통해 대통령이 국무회의에서 ‘국민들께 죄송하다고 사과했다’ 밝힘"),
    ],
)
def test_reported_demands_keep_their_frame(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a topic followed only by its verb takes no comma: "표결, 성립되지 않음" reads as two headlines
        ("표결은 성립되지 않았다.", "표결 성립되지 않음"),
        ("올해 매출은 늘었다.", "올해 매출 늘어"),
        # ... but an argument in between, or a copula, keeps the headline comma
        ("표결은 정족수 미달로 성립되지 않았다.", "표결, 정족수 미달로 성립되지 않음"),
        ("이번 조치는 처음이다.", "이번 조치, 처음"),
    ],
)
def test_topic_before_its_verb_alone(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a contrast with a comma after "-지만": the old method's problem stays the old method's
        ("기존 방식은 검사에만 2주가 걸렸지만, 새 진단법은 한 시간 안에 결과를 낸다.",
         "기존 방식은 검사에만 2주가 걸렸지만, 새 진단법은 한 시간 안에 결과를 냄"),
        ("본관은 낡았지만, 새 별관은 내년에 문을 연다.", "본관은 낡았지만, 새 별관은 내년에 문을 열 예정"),
        # parallel subjects sharing one predicate: the last keeps its particle like the others
        ("가전 매출이 12%, 모바일이 8%, 반도체가 30% 늘었다.", "가전 매출이 12%, 모바일이 8%, 반도체가 30% 늘어"),
        ("한빛전자가 지난해 12%, 올해 8% 성장했다.", "한빛전자, 지난해 12%, 올해 8% 성장"),
        ("가전 매출이 6.2%, 모바일 매출은 4.3% 증가했다.", "가전 매출이 6.2%, 모바일 매출은 4.3% 증가"),
        # a relative clause inside the first part does not end the gapped contrast
        ("국내 판매는 4.7% 감소한 32만대, 해외 판매는 15.1% 늘어난 185만대를 기록했다.",
         "국내 판매는 4.7% 감소한 32만대, 해외 판매는 15.1% 늘어난 185만대 기록"),
        # a topic before a list of nouns keeps its particle: its comma would read as one more item
        ("축제의 핵심 주제는 '환경', '안전', '이웃', '건강'이다.", "축제의 핵심 주제는 '환경', '안전', '이웃', '건강'"),
        # (and the subject of "이끌다" keeps its own: without it "수출은 …선박 이끌어" reads as exports leading the ships)
        ("올해 수출은 반도체, 자동차, 선박이 이끌었다.", "올해 수출은 반도체, 자동차, 선박이 이끌어"),
        # after a conditional or a clause closed by a comma, no topic comma splits the sentence again
        ("자율주행 기술이 사람들의 주의력을 낮출 수 있다면, 그것을 운용하는 인간은 더 많은 훈련을 받아야 한다.",
         "자율주행 기술이 사람들의 주의력을 낮출 수 있다면, 그것을 운용하는 인간은 더 많은 훈련을 받아야 함"),
        ("수입 가격이 오르면서, 원자재 비중이 31.2%로 늘었다.", "수입 가격이 오르면서, 원자재 비중이 31.2%로 늘어"),
    ],
)
def test_contrasted_and_parallel_subjects_keep_their_particles(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_a_bullet_never_starts_with_the_tail_of_another_sentences_bracket(analyzer):
    # a sentence split inside "(…같은)": what it closes was opened in the sentence before
    text = bullet(analyzer, "같은), 제어 장치의 물리적 변화를 사용해 운전자들에게 상황의 변화를 알려야 한다.")
    assert text == "제어 장치의 물리적 변화를 사용해 운전자들에게 상황의 변화를 알려야 함"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "있다"/"없다" after its subject: the particle goes, a comma there reads as a topic of its own
        ("오후에는 비가 그치는 곳이 있겠다.", "오후에는 비가 그치는 곳 있을 전망"),  # the writer's "-겠다": a forecast
        ("남부에도 호우특보가 발표될 가능성이 있겠다.", "남부에 호우특보가 발표될 가능성 있음"),  # ("도": also, like the region before: it goes)
        # a subject whose own clause ends right after it keeps its particle ("물량, 없으며" is broken)
        ("일반 아파트 물량은 없으며 임대주택과 오피스텔 등이 청약 접수를 받는다.",
         "일반 아파트 물량은 없으며 임대주택과 오피스텔 등이 청약 접수를 받음"),
        ("도로 공사는 마무리됐으며, 광장을 대상으로 마무리 작업을 하고 있다.",
         "도로 공사는 마무리됐으며, 광장을 대상으로 마무리 작업을 함"),
        ("도로 공사는 마무리되고 광장 공사가 시작됐다.", "도로 공사는 마무리되고 광장 공사 시작"),
        # ... but "-고" before an auxiliary or a second verb of the same subject is not such a clause
        ("누리호는 싣고 있던 위성 3기를 분리했다.", "누리호, 싣고 있던 위성 3기 분리"),
        ("한빛시는 예산을 늘리고 인력을 충원했다.", "한빛시, 예산을 늘리고 인력 충원"),
        # a subject after a clause of its own ("…만큼", "…하자") takes no comma in the middle of the sentence
        ("큰 무대에서 공연을 선보이는만큼 80명의 배우가 대규모로 출연해 왕의 이야기를 전한다.",
         "큰 무대에서 공연을 선보이는만큼 80명의 배우가 대규모로 출연해 왕의 이야기를 전함"),
        # ... while a clause inside the subject's own modifier does not count, and a way of looking at figures goes
        ("한빛 사태와 관련해 청사에 침입한 혐의로 기소된 30대 남성이 징역 1년을 선고받았다.",
         "한빛 사태와 관련해 청사에 침입한 혐의로 기소된 30대 남성, 징역 1년을 선고받음"),
        ("연령별로 보면 청년층 고용률이 44.5%로 1.4%포인트 감소했다.", "청년층 고용률, 44.5%로 1.4%포인트 감소"),
        # "…한 것은 X다": a comma after the bound noun breaks the cleft sentence
        ("차세대 기술로 주목받고 있는 것은 리튬금속 배터리다.", "차세대 기술로 주목받고 있는 것은 리튬금속 배터리"),
        # "X가 됐다": the headline names what the subject became
        ("한빛FC와 달빛FC는 각각 13차례로 가장 많이 연장전을 치른 팀이 됐다.", "한빛FC와 달빛FC, 각각 13차례로 가장 많이 연장전을 치른 팀"),
        ("새 앱은 출시 후 빠르게 가장 많이 내려받은 앱이 됐다.", "새 앱, 출시 후 빠르게 가장 많이 내려받은 앱이 됨"),  # the adverb needs its verb (and what it became, its particle)
    ],
)
def test_where_the_topic_comma_does_not_belong(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("한빛일보 = 김하나 기자  |  한정된 가입자를 두고 통신업계의 경쟁이 치열하다.", "한정된 가입자를 두고 통신업계의 경쟁, 치열"),
        ("(달빛=한빛뉴스) 특별취재단 = 두 나라 외교장관이 29일 달빛시에서 만났다.", "두 나라 외교장관, 29일 달빛시에서 만남"),
        # a place in brackets inside the byline's brackets
        ("[한빛닷컴 한빛스포츠(달빛) 김하나 기자] 프로야구 한빛 베어스의 투수 박두리(22)가 데뷔 첫 선발승을 거뒀다.",
         "프로야구 한빛 베어스의 투수 박두리(22), 데뷔 첫 선발승을 거둠"),
    ],
)
def test_a_desk_or_outlet_byline_is_not_part_of_the_bullet(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "없이" is what the sentence says: "승리 2패" would be another fact
        ("새 출발 한 한빛은 7차례 선발 등판했지만, 승리 없이 2패만을 당했다고 구단 관계자는 오늘 오전 기자들에게 설명했다.",
         "새 출발 한 한빛, 7차례 선발 등판했지만, 승리 없이 2패만을 당함"),  # (the frame after it goes)
        # the subject of a clause named by "것" is not the sentence's
        ("한빛당이 새 법안이 발의된 것을 두고 비판에 나섰다.", "한빛당, 새 법안이 발의된 것을 두고 비판에 나섬"),
        ("한빛당이 시민이 최장 9년까지 계약을 유지할 수 있게 한 법안이 발의된 것을 두고 비판에 나섰다.",
         "한빛당, 시민이 최장 9년까지 계약을 유지할 수 있게 한 법안이 발의된 것을 두고 비판에 나섬"),
        # "달려 있어": an auxiliary and a clause ending right after the subject
        ("지름 80mm 적외선 망원경이 달려 있어 은하계를 관측할 수 있다.", "지름 80mm 적외선 망원경이 달려 있어 은하계 관측 가능"),
    ],
)
def test_meaning_words_and_embedded_subjects(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_a_name_given_keeps_its_verb(analyzer):
    # "A를 ‘B’라고 한다" names something: cut at "라고" it would end in the bare name
    assert bullet(analyzer, "하지만 새 물질은 정반대로 굴절하는데 이를 ‘음굴절’이라고 한다.") == "새 물질, 정반대로 굴절하는데 이를 ‘음굴절’이라고 함"
    assert bullet(analyzer, "시는 이번 조치가 첫 사례라고 했다.") == "시, 이번 조치 첫 사례"  # words said: the frame goes


def test_a_durations_parts_stay_together(analyzer):
    # "26분" is part of "1시간 26분 58초", not a time of day a headline drops
    text = bullet(analyzer, "위성 발사 후 1시간 26분 58초 후 한빛 지상국에서 위성의 생존 여부를 판단할 수 있는 신호를 수신했다.")
    assert "1시간 26분 58초" in text


def test_a_co_actor_joined_before_the_subjects_description_stays(analyzer):
    # "A 단장과 [어제 청와대를 방문한] B 보좌관이 합의했다": reducing the subject to B would leave A out of the agreement
    text = bullet(analyzer, "김하나 한빛시 대외협력 전담팀 단장과 어제 한빛시청을 방문한 박두리 달빛국 대외협력청 아시아 담당 선임 보좌관이 "
                            "다음 달 말 달빛시에서 두 나라 정상회담을 열기로 합의했습니다.")
    assert text.startswith("김하나 한빛시 대외협력 전담팀 단장과") and text.endswith("합의"), text


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a list right after the topic: a comma there would read as the list's first item
        ("공공서비스는 외래진료비(2.5%), 하수도료(7.1%) 등이 작년보다 올랐고 입원진료비는 내렸다.",
         "공공서비스는 외래진료비(2.5%), 하수도료(7.1%) 등이 작년보다 올랐고 입원진료비는 내림"),
        # a subject's head never starts inside a word ("…언론더탐사" is one word)
        ("'한빛 술자리' 의혹을 보도한 시민언론더탐사(더탐사) 기자가 이 전 대행의 개인 사무실을 무단침입한 혐의로 경찰의 수사를 받고 있는 것으로 나타났다.",
         "시민언론더탐사 기자, 이 전 대행의 개인 사무실을 무단침입한 혐의로 경찰의 수사를 받음"),
        # "이날" that opened the statement once its attribution is gone
        ("기상청에 따르면 이날 전국이 맑고 내륙은 낮 동안 가끔 구름이 많겠다.", "전국이 맑고 내륙은 낮 동안 가끔 구름 많을 전망"),
    ],
)
def test_lists_word_heads_and_day_words(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("밤에는 곳곳에서 열대야가 나타나겠다.", "밤에는 곳곳에서 열대야 나타날 전망"),  # the writer's forecast
        ("시는 내년에 도서관 예산을 늘리겠다.", "시, 내년에 도서관 예산을 늘리겠다"),  # acts on something: an intention
        # "또한" after the topic ties to the sentence before; "이날" that sets no time of day goes with it
        ("한빛연합은 또한 이날 2035년까지 배출량을 절반으로 줄이기로 합의했다.", "한빛연합, 2035년까지 배출량을 절반으로 줄이기로 합의"),
        # "…을 중심으로", "…을 대상으로": a postposition's object, not the verb's
        ("오후부터는 남부 해안을 중심으로 비가 내리겠다.", "오후부터는 남부 해안을 중심으로 비 내릴 전망"),
        ("시는 청년을 대상으로 지원금을 늘리겠다.", "시, 청년을 대상으로 지원금을 늘리겠다"),
        ("시는 누수 원인을 조사하겠다고 밝혔다.", "시, 누수 원인을 조사하겠다고 밝혀"),  # reported: the words and their frame stay
    ],
)
def test_the_writers_own_will_is_a_forecast(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_a_purpose_covers_every_clause_before_it(analyzer):
    # "…재정립하고 …점검하기 위해 마련됐다": the first clause alone would state the purpose as done
    text = bullet(analyzer, "오는 26일까지 사흘간 열리는 이번 보고회는 민선 8기 후반기의 시작점에서 군정 방향을 재정립하고 "
                            "핵심 사업의 추진 상황을 꼼꼼하게 점검하기 위해 마련됐다.")
    assert text.endswith("위해 마련"), text


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a subject inside a clause that ends before the main one ("…모습을 확인한 뒤") is not who acts in it
        ("실종 신고를 받은 경찰은 주민이 새벽에 마을 농로에 설치된 한 CCTV에서 걸어가는 모습을 확인한 뒤 인력을 총동원하고 "
         "드론과 수색견을 투입하는 등 총력을 기울였다.", "실종 신고를 받은 경찰, 드론과 수색견을 투입하는 등 총력을 기울임"),
        # "왕이" before a proper noun and a title is a name (Wang Yi), not "왕" and a particle
        ("한빛국을 방문한 김하나 외교장관이 왕이 달빛공산당 외사판공실 주임과 만나 회담에 들어갔다.",
         "한빛국을 방문한 김하나 외교장관이 왕이 달빛공산당 외사판공실 주임과 만나 회담에 들어감"),
        # a time as the subject of "처음" keeps its particle
        ("한빛시장이 달빛시를 방문한 것은 이번이 처음이다.", "한빛시장이 달빛시를 방문한 것은 이번이 처음"),
        # ... and so does anyone's: "조 의원 처음" read as a name run into "처음"
        ("현역 의원이 무소속 출마를 선언한 것은 조 의원이 처음이다.", "현역 의원이 무소속 출마를 선언한 것은 조 의원이 처음"),
        ("이 상을 받은 것은 한빛시가 유일하다.", "이 상을 받은 것은 한빛시가 유일"),
        ("시장이 요동쳤다.", "시장 요동침"),  # any other bare predicate drops it
    ],
)
def test_subjects_of_other_clauses_names_and_times(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_an_adverbial_verb_is_no_clause_of_its_own(analyzer):
    # "계속해서" says how often, it closes no step: cutting there left "태풍 피해를 입게 되자, …" with no subject
    text = bullet(analyzer, "하지만 한빛영화제가 최근 계속해서 태풍 피해를 입게 되자, 올해는 해운대 백사장에서 진행하던 야외 행사를 "
                            "모두 영화의 전당 광장으로 옮겼다.")
    assert text.startswith("한빛영화제가 최근 계속해서 태풍 피해를"), text


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the day after the topic dates the announcement; without "밝혔다" it would date the act
        ("한빛시는 오늘(24일) 해당 업체를 경찰에 고발했다고 밝혔습니다.", "한빛시, 해당 업체를 경찰에 고발"),
        ("한빛시는 3일 새 청사를 공개했다.", "한빛시, 3일 새 청사 공개"),  # no frame: the day is the act's
        # ... and so does a bare day that opens the sentence before the topic
        ("29일 한빛경찰서는 음주운전 혐의로 A(34)씨를 검거해 구속했다고 밝혔다.", "한빛경찰서, 음주운전 혐의로 A(34)씨를 검거해 구속"),
        ("3일 한빛시는 새 청사를 공개했다.", "한빛시, 3일 새 청사 공개"),  # no frame: the day is the act's
        ("지난 22일 한빛경찰서는 A씨를 검거했다고 밝혔다.", "한빛경찰서, 지난 22일 A씨 검거"),  # "지난 22일": the act's day
    ],
)
def test_the_announcements_day_goes_with_the_announcement(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize("sentence, kept", [
    ("화재가 나면 연기를 피해 계단으로 무조건 밖으로 대피해야 한다고 한빛소방서는 설명했다.", "무조건"),
    ("경찰은 당시 현장을 제대로 통제하지 못했다.", "제대로 통제하지 못함"),
])
def test_adverbs_of_must_and_how_well_stay(analyzer, sentence, kept):
    assert kept in bullet(analyzer, sentence, max_chars=30)


@pytest.mark.parametrize("sentence, expected", [
    # "전" (former) and the name before it belong to a subject's head; the party before the name may go
    ("한빛당 김하나 전 달빛시장이 10일 오전 달빛시청 브리핑룸에서 기자회견을 열고, 6월 3일 실시되는 제9회 전국동시지방선거 "
     "달빛시장 선거 출마를 공식 선언했다.",
     "김하나 전 달빛시장, 6월 3일 실시되는 제9회 전국동시지방선거 달빛시장 선거 출마를 공식 선언"),  # (the press
    # conference only set the act: see _drop_held_gathering)
    # a date a relative clause describes is that clause's head
    ("한빛 마라톤 최초의 공식 기록은 일제강점기였던 1927년 10월 15일 김하나가 한빛 대회에서 우승하면서 세운 3시간29분37초다.",
     "한빛 마라톤 최초의 공식 기록, 일제강점기였던 1927년 10월 15일 김하나가 한빛 대회에서 우승하면서 세운 3시간29분37초"),
])
def test_heads_and_dates_that_carry_the_fact(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_a_purpose_stays_when_the_sentence_has_no_subject(analyzer):
    # without a subject, "…을 만들기 위해" is all that says what the work is for
    text = bullet(analyzer, "국내 기술로 한빛 통신 핵심부품과 장비를 만들기 위해 하드웨어(HW)와 소프트웨어(SW)를 개발하고, "
                            "새 통신이 상용화하는 시점에는 유망 중소기업에 바우처를 활용한 연구개발을 지원한다.")
    assert text.startswith("국내 기술로 한빛 통신 핵심부품과 장비를 만들기 위해"), text


def test_a_second_quotation_that_points_back_keeps_the_first(analyzer):
    # "“A”며 “이를 위해 B”": without A, "이를 위해" points at nothing
    text = bullet(analyzer, '한빛국 외교장관은 모두발언에서 "두 나라 협력을 양국 국민에게 이익이 되도록 더욱 굳건하게 만들어 나가고자 한다"며 '
                            '"이를 위해 외교 당국 간에서도 긴밀히 공조하면서 노력하길 희망한다"고 말했습니다.', max_chars=60)
    assert "굳건하게" in text or "이를 위해" not in text, text


@pytest.mark.parametrize("sentence, expected", [
    # "서울 지역의 경우" is the next clause's own topic: the first clause's topic would take its figure
    ("지난 9월 실거래가 기준으로 전국 아파트 가격은 지난해 금융위기 이전 수준을 회복하고 한빛 지역의 경우 올 들어 23.7%나 급등한 것으로 나타났다.",
     "전국 아파트 가격, 지난 9월 실거래가 기준으로 지난해 금융위기 이전 수준 회복"),
    # "이달 1일 자로": the day of a month word goes whole or not at all
    ("이달 1일 자로 한빛시내를 다니는 버스 노선에 일부 변경이 있었는데, 일부 버스의 경우 차내에 붙이는 노선도조차 교체하지 않고 운행했다는 지적이다.",
     # (the background clause, with its date, gives way to the reported judgement: the day word goes whole)
     "일부 버스의 경우 차내에 붙이는 노선도조차 교체하지 않고 운행했다는 지적"),
])
def test_case_topics_and_month_days(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the writer's forecast of a reading keeps no "-겠다": it reads "…기록할 전망"
    ("낮 최고기온은 34도~40도를 기록하겠다.", "낮 최고기온, 34도~40도를 기록할 전망"),
    ("강수량은 10mm를 넘겠다.", "강수량, 10mm를 넘을 전망"),
    # an intention acting on something keeps its words, and so does one reported
    ("시는 예산을 20% 늘리겠다.", "시, 예산을 20% 늘리겠다"),
    # an object inside a relative clause is not the forecast verb's
    ("곳에 따라 오후 한때 빗줄기가 약해지는 모습을 보이는 곳이 있겠다.", "곳에 따라 오후 한때 빗줄기가 약해지는 모습을 보이는 곳 있을 전망"),
    ("한빛전자는 매출 1조원을 기록하겠다고 밝혔다.", "한빛전자, 매출 1조원을 기록하겠다고 밝혀"),
])
def test_a_forecast_reading_is_a_forecast_even_with_an_object(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a broadcast's present with a past day tells what happened, not a plan
    ("지난 12일 오후 3시, 한빛시 가람동의 한 공장이 검은 연기에 뒤덮입니다.", "지난 12일 오후 3시, 한빛시 가람동의 한 공장이 검은 연기에 뒤덮임"),
    ("어제 오후 한빛시청에서 주민 설명회가 열립니다.", "어제 오후 한빛시청에서 주민 설명회 열림"),
    # "다음 몇 가지" is "the following", not a day ahead; "다음 주" is
    ("불이 번진 이유로 다음 몇 가지가 꼽힙니다.", "불이 번진 이유로 다음 몇 가지 꼽힘"),
    ("시의회는 다음 주 임시회를 연다.", "시의회, 다음 주 임시회를 열 예정"),
    # a spoken "-던 거다" only points at the act it names
    ("가람구는 쓰레기 집하장을 건물 안쪽 1층에 두었던 겁니다.", "가람구, 쓰레기 집하장을 건물 안쪽 1층에 뒀음"),
    ("한빛시는 그 예산을 도로 정비에 썼던 것이다.", "한빛시, 그 예산을 도로 정비에 썼음"),
])
def test_a_past_told_in_the_present_and_a_spoken_explanation(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the subject of a relative clause that describes the sentence's subject is not the subject
    ("박하늘 한빛여상 감독이 이끄는 한국 대표팀은 9일(한국시간) 달빛시 실내체육관에서 열린 대회 B조 조별리그 3차전에서 "
     "가상국에 세트 점수 3-2로 풀세트 승리를 거뒀다.",
     "한국 대표팀, 대회 B조 조별리그 3차전에서 가상국에 세트 점수 3-2로 풀세트 승리를 거둠"),
    # examples listed with "…을 포함한" go; the noun they are examples of stays
    ("지난달 전기차·수소차·하이브리드차를 포함한 친환경 차 수출액은 21억 3000만 달러로 전년 동월 대비 35.2% 급증했다.",
     "친환경 차 수출액, 21억 3000만 달러로 전년 동월 대비 35.2% 급증"),
])
def test_long_subjects_lose_their_descriptions(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize("sentence, kept", [
    # a clause ending in "가운데" is the setting, not a description of the subject after it
    ("3일 한빛노조 화물본부의 총파업이 열흘째를 맞은 가운데 한빛노총이 서울 여의도에서 전국 노동자대회를 열고 "
     "정부에 교섭을 요구하는 결의문을 채택했다.", "한빛노총"),
    # "…이 폭행한 혐의로": the head of the clause is no subject
    ("서울 한빛구 한 주점에서 A 씨 등 남성 일행 3명과 B 씨 등 여성 일행 2명이 서로 폭행한 혐의로 경찰에 불구속 입건됐다.",
     "A 씨 등 남성 일행 3명과 B 씨 등 여성 일행 2명"),
    # one thing named with "…을 포함한" is what the sentence stresses
    ("이번 전시회에서는 중국을 포함한 주요 스마트폰 제조사들이 새 인공지능 기능을 담은 제품을 앞다퉈 선보이며 "
     "치열한 경쟁을 예고했다.", "중국을 포함한"),
])
def test_subjects_and_examples_that_stay(analyzer, sentence, kept):
    out = bullet(analyzer, sentence)
    assert kept in out and not out.startswith("가운데"), out


@pytest.mark.parametrize("sentence, expected", [
    # a clause describing a quoted title goes when the bullet is still too long; the title names the thing
    ("지역 최대 규모의 옛 그림과 도자기를 한자리에 선보이는 ‘달빛 보물 나들이, 한빛 명품전 2024’의 전시 기간이 2주일 연장됐다.",
     "‘달빛 보물 나들이, 한빛 명품전 2024’의 전시 기간, 2주일 연장"),
    # what the title is said to be ("…소재인 ‘…’") is the description the news gives: it stays
    ("한빛대 연구팀이 온도 변화만으로 반도체와 도체를 자유롭게 넘나들 수 있는 소재인 ‘층상구조 달빛 텔루라이드’를 개발했다.",
     "한빛대 연구팀, 온도 변화만으로 반도체와 도체를 자유롭게 넘나들 수 있는 소재인 ‘층상구조 달빛 텔루라이드’ 개발"),
])
def test_a_clause_before_a_title(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_a_clause_before_a_title_keeps_the_main_clauses_words(analyzer):
    # "이를 바탕으로 지난 12월 마련한": the words before the title belong to the main clause too
    sentence = ("그동안 정부가 데이터 경제 활성화 계획, 세계 최초 통신 상용화, 인공지능 기본구상 등으로 기반 구축에 집중했다면, "
                "올해는 이를 바탕으로 지난 12월 마련한 ‘인공지능 국가전략’을 본격 추진해 일등국가로 가는 원년으로 삼는다는 전략이다.")
    assert "올해 이를 바탕으로 지난 12월 마련한 ‘인공지능 국가전략’을 본격 추진해" in bullet(analyzer, sentence)


@pytest.mark.parametrize("sentence, expected", [
    # a bracket pointing at the page's picture goes at any length
    ("한빛전자의 새 마스크(사진)가 2년 만에 국내에서도 판매된다.", "한빛전자의 새 마스크, 2년 만에 국내에서도 판매"),
    ("새 모델(사진=한빛전자 제공)은 출시 첫날 1만 대가 팔렸다.", "새 모델, 출시 첫날 1만 대 팔림"),
    # a bracket that says something stays
    ("한빛시는 1924년 사진(흑백 원본)을 처음 공개했다.", "한빛시, 1924년 사진(흑백 원본)을 처음 공개"),
])
def test_a_photo_mark_is_not_part_of_the_bullet(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_a_list_that_says_what_it_was_ends_on_the_list(analyzer):
    # "…가 그것이다": the list is what "그것" points at; the bullet ends on the list
    sentence = "1단계 도심용 근거리 전기차, 2단계 장거리 전기차, 3단계 고성능 장거리 전기차가 그것이다."
    assert bullet(analyzer, sentence) == "1단계 도심용 근거리 전기차, 2단계 장거리 전기차, 3단계 고성능 장거리 전기차"


def test_the_subject_of_a_when_clause_is_not_the_sentences(analyzer):
    # "재판장이 …판결하자": the judge only rules; A swears. The bullet never makes the judge the one who swore.
    sentence = ("A씨는 손해배상 소송을 청구했는데 재판장이 '기각한다'고 판결하자 \"그만해, 사기 치지 마\" \"얼마 받았냐. 두고 보자\" "
                "등의 욕설을 반복했다.")
    out = bullet(analyzer, sentence)
    assert out.startswith("A씨, "), out


@pytest.mark.parametrize("sentence, expected", [
    # "공부하고 있는": an auxiliary verb makes one predicate; the clause describing the name goes when too long
    ("12일 한빛대에 따르면 한빛연구원 캠퍼스에서 해양생명공학을 공부하고 있는 김두리씨는 지난달 국제 학술지에 심해 미생물이 "
     "수소와 함께 자체적으로 에너지를 생산한다는 내용의 논문을 공동 제1저자로 게재했다.",
     "김두리씨, 지난달 국제 학술지에 심해 미생물이 수소와 함께 자체적으로 에너지를 생산한다는 내용의 논문을 공동 제1저자로 게재"),
])
def test_a_progressive_clause_before_a_name_goes(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize("sentence, kept", [
    # a person joined by "과" before the clause is a co-actor
    ("김하나 한빛시 외교안보 태스크포스 단장과 한빛시청을 방문한 박두리 달빛시 아시아 담당 선임 보좌관은 두 도시 정상회담을 "
     "다음 달 열기로 합의했다.", "김하나"),
    # to whom a sentence was passed and for what: the clause before a name with "에게" is the news
    ("한빛지법 형사11단독 김하나 판사는 정보통신망법상 명예훼손 혐의로 기소된 박씨에게 징역 2년의 실형과 벌금 100만원을 선고했다.",
     "명예훼손 혐의로 기소된"),
    # a quoted amount is no title
    ("박하늘 국회의원은 행정안전부로부터 한빛·달빛 지역 현안 해결을 위한 특별교부세 ‘총 43억원’을 확보했다고 14일 밝혔다.",
     "지역 현안 해결을 위한"),
    # the date before a subject belongs to the clause describing it
    ("한빛예술관 개관 10주년을 기념해 지난 5일부터 열리고 있는 ‘세계미술거장전’이 전시 1주일 만에 관람객 1천명을 돌파하며 "
     "초반부터 큰 성황을 이루고 있다.", "지난 5일부터 열리고 있는"),
])
def test_clauses_before_names_that_stay(analyzer, sentence, kept):
    assert kept in bullet(analyzer, sentence)


@pytest.mark.parametrize("sentence, expected", [
    # what a passive verb happens to stays by its verb
    ("노조에 따르면 조합원 5310명을 대상으로 진행한 찬반투표에서 92.3%가 찬성표를 던져 파업이 가결됐다.",
     "조합원 5310명을 대상으로 진행한 찬반투표에서 92.3%가 찬성표를 던져 파업 가결"),
    ("제9회 한빛 문학상 소설부문 금상에 박하늘(70) 작가가 쓴 ‘그 시절의 바다’가 선정됐다.",
     "제9회 한빛 문학상 소설부문 금상에 박하늘(70) 작가가 쓴 ‘그 시절의 바다’ 선정"),
    # an active verb's subject still leads
    ("사상 처음으로 새 표지를 국내 연구팀이 발견했다.", "국내 연구팀, 사상 처음으로 새 표지를 발견"),
])
def test_a_passive_verbs_subject_stays_by_it(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_a_team_made_of_people_joined_by_and_loses_its_description(analyzer):
    # "A와 B 연구진으로 구성된 연구팀": the people joined by "와" are what the team is made of, not co-actors
    sentence = ("김하나 한빛대 교수와 박두리·존 스미스 미국 달빛대 교수 연구진으로 구성된 한미 공동연구팀은 원하는 대로 구동하는 "
                "‘연성재질 미세로봇’ 핵심 기술을 세계 처음으로 개발하는 데 성공했다.")
    assert bullet(analyzer, sentence).startswith("한미 공동연구팀, ")


def test_a_subject_inside_a_clause_under_way_is_not_the_sentences(analyzer):
    # "정부가 추진 중인 K-프로젝트": "중인" ends a clause whose subject is the government; the companies take part
    sentence = "국내 대형 클라우드 회사 3사가 국산 반도체 실증을 위해 정부가 추진 중인 한빛-클라우드 프로젝트에 함께 참여한다."
    out = bullet(analyzer, sentence)
    assert out.startswith("국내 대형 클라우드 회사 3사, ") and "정부가 추진 중인 한빛-클라우드 프로젝트" in out, out


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a measured comparison drops its past tense like a verb ("많았음" read as a sentence's copy)
        ("지난달 말 한빛은행의 대출 잔액은 15조원으로 전월보다 2조원 많았다.", "지난달 말 한빛은행의 대출 잔액, 15조원으로 전월보다 2조원 많음"),
        ("한빛시 경유 판매가가 리터당 1906원으로 가장 비쌌다.", "한빛시 경유 판매가, 리터당 1906원으로 가장 비쌈"),
        # ... a state does not: an old problem is not read as a present one
        ("당시 배터리는 수명이 3년으로 짧았다.", "당시 배터리, 수명 3년으로 짧았음"),
        ("출시 당시 이 제품은 발열 문제가 있었다.", "출시 당시 이 제품, 발열 문제 있었음"),
        # "유형별로는": a way of viewing the figures, which the subject says by itself
        ("사기 유형별로는 허위 계약 유형이 85명으로 가장 많았다.", "허위 계약 유형, 85명으로 가장 많음"),
    ],
)
def test_a_measured_comparison_reads_as_a_headline(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the subject of a relative clause in the progressive ("…이 개발하고 있는 AI는") is not the headline's topic
        ("국내 기업이 개발하고 있는 초거대 AI는 한국어 데이터가 많다는 점에서 기대를 모은다.",
         "국내 기업이 개발하고 있는 초거대 AI, 한국어 데이터가 많다는 점에서 기대를 모음"),
        # nor is the subject of a "-면서" clause when the clause after it has its own ("…논란도")
        ("시의회 회기가 3일 시작되면서 예산 논란도 일단락되는 분위기다.", "시의회 회기가 3일 시작되면서 예산 논란도 일단락되는 분위기"),
    ],
)
def test_the_subject_of_a_clause_inside_is_not_the_topic(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_a_dropped_means_takes_its_relative_clause_with_it(analyzer):
    # "최근 각광받고 있는 …소재를 이용해" went from "있는" on: "개발된 기술, 최근 각광받고 머리카락 …" was garbled
    out = bullet(analyzer, "개발된 기술은 최근 주목받고 있는 차세대 나노소재를 이용해 종이처럼 얇은 두께를 가지면서 손쉽게 둘둘 말 수 있는 점이 특징이다.",
                 max_chars=50)
    assert "주목받고" not in out or "주목받고 있는" in out, out


def test_a_viewing_frame_with_what_is_measured_stays(analyzer):
    # "노동손실일수를 업종별로 보면 제조업이 …": dropped whole, "제조업, 41만3천일로 가장 많음" said 41만3천 of what
    out = bullet(analyzer, "지난해 근로손실일수를 업종별로 보면 제조업이 31만일로 가장 많았다.")
    assert "근로손실일수" in out, out


def test_a_subject_of_two_joined_predicates_in_a_relative_clause_stays_inside_it(analyzer):
    # "주민 3명이 숨지거나 다친 누리아파트": the residents are who died or were hurt, not who inspects; "-거나"
    # joins the clause's two predicates, and the second ("다친") is part of the description
    reported = bullet(analyzer, "한빛시가 지난달 발생한 화재로 주민 3명이 숨지거나 다친 누리아파트를 상대로 정밀 안전점검을 벌인다고 "
                                "17일 밝혔다.")
    topic = bullet(analyzer, "한빛시는 지난달 화재로 주민 3명이 숨지거나 다친 누리아파트를 상대로 정밀 안전점검을 벌인다.")
    for text in (reported, topic):
        assert text.startswith("한빛시") and "주민 3명이 숨지거나 다친 누리아파트" in text, text


@pytest.mark.parametrize("sentence, kept", [
    # a means phrase whose noun a title in quotation marks describes goes whole or not at all: cut after the
    # title, the title was left standing next to the plan's own ("‘…대책’ ‘…종합대책’을 마련")
    ("한빛시는 ‘도심 녹지 확충’ 관련 시민 자문단을 통해 ‘한빛 공원 조성 종합계획’을 새로 마련했다고 27일 밝혔다.",
     "‘도심 녹지 확충’ 관련 시민 자문단을 통해"),
    # a one-syllable noun Kiwi reads as a surname ("안": a proposal) is no name its relative clause describes
    ("나머지 과제는 지난해 거론됐던 안인데 예산 문제로 내년에야 본격적인 논의가 시작될 수 있다.", "거론됐던 안"),
])
def test_shortening_keeps_what_the_phrase_needs(analyzer, sentence, kept):
    assert kept in bullet(analyzer, sentence, max_chars=40)


def test_an_act_joined_to_a_purpose_frame_is_no_clause_of_its_own(analyzer):
    # "…해소하고 … 규명 차원에서": both are what the analysis is for; cut at "-고", the purpose had become the plan
    # ("군과 시, 주민 불안을 해소할 예정")
    text = bullet(analyzer, "이에 군과 시는 주민 불안을 해소하고 정확한 원인 규명 차원에서 2주간 한빛천교부터 누리교까지 "
                            "3㎞ 구간에서 농약, 세제, 중금속 등을 중심으로 정밀 분석할 예정이다.")
    assert "정밀 분석할 예정" in text and not text.endswith("해소할 예정"), text


def test_coordinated_facts_after_a_concession_stay_together(analyzer):
    # after "-지만", "…비가 내리고, …바람이 불겠다" is one forecast: the last clause alone dropped the rain
    text = bullet(analyzer, "태풍은 이날 밤 동해로 빠져나가겠지만 내일 오전까지 남부 지방에 많은 비가 내리고, 해안가에는 강한 바람이 불겠다.",
                  max_chars=40)
    assert "많은 비가 내리고" in text and "강한 바람" in text, text
