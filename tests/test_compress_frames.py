"""Frames around a fact that a headline does without: a company's disclosure ("…거뒀다고 공시했다"), a provisional
count ("…낸 것으로 잠정 집계됐다"), and where and when a titled event was held ("…에서 폐막한 '…'에").
Sentences written for these tests (not news copy)."""
import pytest

from bullet_helpers import bullet


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("한빛전자는 올해 3분기 매출 2조 원을 거둔 것으로 잠정 집계됐다고 공시했다.", "한빛전자, 올해 3분기 매출 2조 원을 거둠"),
        ("한빛식품은 3분기 연결기준으로 매출 4120억5300만 원, 영업이익 310억2200만 원을 낸 것으로 잠정집계됐다.",
         "한빛식품, 3분기 연결기준으로 매출 4120억5300만 원, 영업이익 310억2200만 원을 냄"),
        ("한빛화학은 새 공장 부지를 매입했다고 공시했다.", "한빛화학, 새 공장 부지 매입"),
    ],
)
def test_disclosure_and_provisional_count_frames_go(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_forecast_is_no_finding_frame(analyzer):
    # "…할 것으로 집계" is never read as a count of something done
    out = bullet(analyzer, "한빛전자는 4분기 매출이 2조 원을 넘을 것으로 예상된다고 밝혔다.")
    assert "넘을" in out and "넘음" not in out


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the where and when of a titled event go when the bullet is too long; its title names it
        ("한빛군은 지난 24일 서면에서 폐막한 육군 15사단의 '한빛산 감성 페스티벌'에 나흘간 장병과 면회객, 가족 등 "
         "2만여 명이 다녀간 것으로 집계했다고 밝혔다.",
         "한빛군, 육군 15사단의 '한빛산 감성 페스티벌'에 나흘간 장병과 면회객, 가족 등 2만여 명이 다녀간 것으로 집계했다고 밝혀"),
        ("지난 주말 한빛시 중앙공원에서 열린 ‘2025 한빛 빛축제’에는 사흘 동안 관람객 32만 명이 몰려 역대 최다 기록을 새로 썼다.",
         "‘2025 한빛 빛축제’에는 사흘 동안 관람객 32만 명이 몰려 역대 최다 기록을 새로 씀"),
        # a title after what the event is ("연례 개발자 행사 '…'"), its dates from-to with the place
        ("누리소프트가 10월 2일부터 4일까지 한빛시 누리캠퍼스에서 개최하는 연례 개발자 행사 ‘누리 데브(nuri dev 26)’를 "
         "통해 새 지도 서비스와 음성 비서 기능, 사진 편집 도구를 처음으로 선보인다.",
         "누리소프트, 연례 개발자 행사 ‘누리 데브’를 통해 새 지도 서비스와 음성 비서 기능, 사진 편집 도구를 처음으로 선보일 예정"),
    ],
)
def test_setting_of_a_titled_event_goes(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize(
    "sentence, kept",
    [
        # a clause that says something of the event beyond holding it stays ("취소된")
        ("한빛시는 지난 주말 폭우로 취소된 ‘2025 한빛 빛축제’의 입장권 12만 장 전액을 이달 말까지 예매처를 통해 "
         "모두 환불해 주기로 했다고 밝혔다.", "취소된"),
        # a number in the clause is a fact of its own
        ("지난달 3만 명이 찾은 ‘2025 한빛 빛축제’의 주최 측은 내년 행사 기간을 열흘로 늘리고 행사장도 한빛천 둔치까지 "
         "넓힐 계획이라고 밝혔다.", "3만 명"),
    ],
)
def test_other_clauses_before_a_title_stay(analyzer, sentence, kept):
    assert kept in bullet(analyzer, sentence)


def test_bare_finding_frame_goes_but_what_was_surveyed_stays(analyzer):
    out = bullet(analyzer, "조사 결과, 배추 20포기 기준 김장비용은 전통시장 21만3100원, 대형마트는 22만8400원으로 지난해보다 "
                           "5.2%, 9.8% 내렸다.")
    assert out.startswith("배추 20포기 기준 김장비용은")
    # "…아파트 가격동향을 조사한 결과,": without it the prices would not say of what
    out = bullet(analyzer, "한빛부동산원이 지난 27일부터 28일까지 이틀간 전국 주간 아파트 가격동향을 조사한 결과, 전주 대비 "
                           "매매가는 0.12%, 전세가격은 0.15% 올랐다.")
    assert "아파트" in out


def test_a_source_with_a_quoted_title_goes_whole(analyzer):
    # the "·" inside the title is no comma: the whole "…에 따르면" frame goes, and the title with it
    out = bullet(analyzer, "한빛시가 17일 공포한 ‘자녀 출산·입양지원금 지급 조례 일부 개정 조례안’에 따르면, 둘째 아이 "
                           "출산지원금(50만원)이 새로 생겼다.")
    assert out == "둘째 아이 출산지원금(50만원), 새로 생김"


@pytest.mark.parametrize(
    "sentence, kept, absent",
    [
        # read blind, bullets that lost "…을 위해" lost what the act was for; the means phrase still goes
        ("달빛박물관은 유물 보호와 편안한 관람 환경을 위해 온라인 예약제를 이용해 회차당 입장 인원을 80명, "
         "하루 입장 인원을 700명으로 묶었다.", ["관람 환경을 위해"], ["예약제를 이용"]),
        # "…꾀하고 …개선을 위해": the "-고" joins two aims; the first alone with the plan ("…꾀할 계획") would be false
        ("누리군은 섬 지역 발전을 꾀하고 생활 여건 개선을 위해 벌이고 있는 섬 종합개발사업에 대해 올해는 "
         "지난해보다 30억 원 늘어난 120억 원을 들일 계획이다.", ["120억 원을 들일 계획"], ["꾀할 계획"]),
        # "두 부처가 협력해 추진하고 있다": "-어" says how; a split there left "B부 두 부처 추진", the first ministry lost
        ("섬 종합개발사업은 섬 지역의 생활 기반 시설 정비·확충으로 섬 주민의 복지 향상과 소득 증대를 위해 "
         "해양수산부와 농림축산식품부 두 부처가 협력해 추진하고 있다.", ["해양수산부와 농림축산식품부 두 부처가 협력해 추진"], []),
        # a means with figures of its own is part of the news
        ("지난 2021년 4월 2일 한빛은행은 경기 둔화가 우려되자 대출 금리를 한 번에 0.40%p(2.10%→1.70%)로 "
         "낮췄고 같은 해 6월 11일 추가 인하(1.70%→1.45%)를 통해 두 달 만에 0.65%p나 금리를 내렸다.", ["추가 인하를 통해"], []),
    ],
)
def test_purposes_and_figures_of_a_means_stay(analyzer, sentence, kept, absent):
    out = bullet(analyzer, sentence)
    assert all(k in out for k in kept) and not any(a in out for a in absent), out


def test_a_means_phrase_with_glossed_names_goes_whole(analyzer):
    # "김하늘(…), 박바다(…)의 활약을 앞세워": the bracket closes a name of the list, so no name is left behind, and the
    # match the bullet is about stays
    out = bullet(analyzer, "한빛FC는 전날 누리 종합운동장에서 열린 2025 한빛 리그컵 8강 2차전 홈경기에서 김하늘(달빛유나이티드), "
                           "박바다(누리시티)의 연속 멀티 골 활약을 앞세워 원정팀을 5-1로 크게 이겼다.")
    assert "김하늘" not in out and "박바다" not in out and out.startswith("한빛FC, ") and out.endswith("5-1로 크게 이김")
    assert "8강 2차전 홈경기에서" in out


@pytest.mark.parametrize("sentence, expected", [
    # an organisation reporting its own figures, in the past: the frame goes ("…늘었다고 밝혔다"), also where Kiwi
    # reads the quote ending as "다" + "고"
    ("누리화장품은 2분기 영업이익이 2,318억원으로 작년 동기대비 12.4% 늘었다고 14일 밝혔다.",
     "누리화장품, 2분기 영업이익이 2,318억원으로 작년 동기대비 12.4% 늘어"),
    ("한빛시는 올해 관광객이 작년보다 20% 늘었다고 밝혔다.", "한빛시, 올해 관광객이 작년보다 20% 늘어"),
    ("한빛소방본부는 상반기 119 신고 건수가 12만 8500건으로 집계됐다고 밝혔다.", "한빛소방본부, 상반기 119 신고 건수 12만 8500건"),
    # people it counted are not its own: the frame stays
    ("유엔 기구는 지금까지 민간인 사망자 수가 364명으로 집계됐다고 밝혔다.", "유엔 기구, 지금까지 민간인 사망자 수가 364명으로 집계됐다고 밝혀"),
    # someone of another institution who acts keeps the frame: the topic only says so
    ("한빛대는 미국 누리대 김하나 교수 연구팀이 효율 25%의 태양전지를 개발했다고 밝혔다.",
     "한빛대, 미국 누리대 김하나 교수 연구팀이 효율 25%의 태양전지를 개발했다고 밝혀"),
    # a forecast is no figure reported: it stays someone's
    ("한빛시는 내년 관광객이 20% 늘 것이라고 밝혔다.", "한빛시, 내년 관광객이 20% 늘 것이라고 밝혀"),
    # a report inside the report ("…로 집계됐다며"): the frame stays, or the inner "-다며" would end nothing
    ("누리시는 올해 관람객이 8만2천명으로 집계됐다며 지난해보다 1만명이 더 다녀갔다고 밝혔다.",
     "누리시, 올해 관람객이 8만2천명으로 집계됐다며 지난해보다 1만명이 더 다녀갔다고 밝혀"),
])
def test_own_figures_reported_lose_the_frame(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # an institution announcing what its own people did: one name, no frame
    ("한빛대는 김하나 교수 연구팀이 효율 25%의 태양전지를 개발했다고 밝혔다.", "한빛대 김하나 교수 연구팀, 효율 25%의 태양전지 개발"),
    ("누리대병원은 소화기내과 박하늘 교수와 한빛대병원 외과 정다운 교수팀이 위암 재발 예측 모델을 "
     "발표했다고 3일 밝혔다.", "누리대병원 소화기내과 박하늘 교수와 한빛대병원 외과 정다운 교수팀, 위암 재발 예측 모델 발표"),
    ("별빛과학기술원(BIST)은 화학공학과 최가람 교수팀이 10분 만에 충전되는 전지 소재를 개발했다고 밝혔다.",
     "별빛과학기술원(BIST) 화학공학과 최가람 교수팀, 10분 만에 충전되는 전지 소재 개발"),
    ("한빛대는 기계공학과 3학년에 재학 중인 김하나씨의 논문이 국제 학술지에 실렸다고 밝혔다.",
     "한빛대 기계공학과 3학년에 재학 중인 김하나씨의 논문, 국제 학술지에 실림"),
    # a partner named after the comma would read as one more of the names: the frame stays
    ("한빛대는 김하나 교수팀과 이바다 교수팀이 누리대 박하늘 교수팀과 함께 새 소재를 개발했다고 밝혔다.",
     "한빛대, 김하나 교수팀과 이바다 교수팀이 누리대 박하늘 교수팀과 함께 새 소재를 개발했다고 밝혀"),
    # a body that funds the work, or the unit of another institution: the frame stays
    ("한빛연구재단은 누리대학교 전기공학부 박하늘 교수 연구팀이 새 인공 소재를 설계하는 데 성공했다고 밝혔다.",
     "한빛연구재단, 누리대학교 전기공학부 박하늘 교수 연구팀이 새 인공 소재를 설계하는 데 성공했다고 밝혀"),
    # not its own people, or not done yet: the frame stays
    ("경찰은 피의자 김모씨가 차량을 몰고 달아났다고 밝혔다.", "경찰, 피의자 김모씨가 차량을 몰고 달아났다고 밝혀"),
    ("한빛대는 김하나 교수 연구팀이 새 배터리 소재를 개발할 예정이라고 밝혔다.", "한빛대, 김하나 교수 연구팀이 새 배터리 소재를 개발할 예정이라고 밝혀"),
])
def test_an_institution_names_its_own_people_with_them(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a day to come keeps a reported present-tense act a plan; without the day it would read as done
    ("누리소프트는 최근 공식 블로그를 통해 오는 21일 오전 10시경 자회사가 만든 게임 '별빛항해'를 사전오픈 한다고 알렸다.",
     "누리소프트, 오는 21일 오전 10시경 자회사가 만든 게임 '별빛항해'를 사전오픈 할 예정"),
    ("한빛시는 오는 16일 새 도서관을 연다고 밝혔다.", "한빛시, 오는 16일 새 도서관을 열 예정"),
    # the day of an announcement still goes
    ("한빛시는 오늘(24일) 해당 업체를 고발했다고 밝혔다.", "한빛시, 해당 업체 고발"),
])
def test_a_day_to_come_keeps_a_plan_a_plan(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_a_name_relative_keeps_its_from_phrase(analyzer):
    # "달빛전부터 | 합류한 박하늘": "-부터" on a non-date is the relative clause's own; dropping the clause left it stranded
    from pipeline.compress import _drop_name_relatives

    def dropped(text):
        morphs = analyzer.morphs(text)
        edits = []
        _drop_name_relatives(morphs, 0, len(morphs) - 1, edits)
        return [text[e.start : e.end] for e in edits]

    assert dropped("지난 5월 달빛전부터 선발 로테이션에 합류한 박하늘은 올 시즌 부진했다.") == []
    # a date range before is the main clause's time: the setting after it still goes
    assert dropped("한빛시는 4월 6일부터 8일까지 서울 여의도 둔치에서 열리는 K-Festival 2018에 참가한다.") == ["서울 여의도 둔치에서 열리는 "]


def test_the_determiner_ta_is_read_as_one(analyzer):
    # Kiwi may read "타 병원" (other hospital) as "하" + "-다"; left so, a means phrase lost "병원 자료를 통해" but kept "타"
    morphs = analyzer.morphs("정확성 여부를 타 병원 자료로 검증했다.")
    assert ("타", "MM") in [(m.form, m.tag) for m in morphs]
    assert [(m.form, m.tag) for m in analyzer.morphs("버스를 타 학교에 갔다.")][2] == ("타", "VV")
    out = bullet(analyzer, "한빛대 연구팀은 새 진단 모델을 만들고, 타 병원 자료를 통해 모델의 정확성 여부를 검증했다.", max_chars=40)
    assert out == "한빛대 연구팀, 새 진단 모델을 만들고, 모델의 정확성 여부 검증"


def test_what_someone_must_not_do_keeps_who_says_so(analyzer):
    # "경찰은 …광고에 현혹돼선 안 된다고 강조했다" became "경찰, …현혹돼선 안 됨": the police read as the ones warned
    out = bullet(analyzer, "경찰은 범죄에 연루되지 않으려면 고액 아르바이트라는 광고에 현혹돼선 안 된다고 강조했습니다.")
    assert out == "경찰, 범죄에 연루되지 않으려면 고액 아르바이트라는 광고에 현혹돼선 안 된다고 강조"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a claim keeps its frame: "외무상, 독도 일본 땅" stated the claim as fact
        ("달빛국 외무상은 연례 보고서를 내며 한빛섬이 달빛국 땅이라고 거듭 주장했다.",
         "달빛국 외무상은 연례 보고서를 내며 한빛섬이 달빛국 땅이라고 거듭 주장"),
        ("노조는 회사가 임금 협약을 어겼다고 주장했다.", "노조, 회사가 임금 협약을 어겼다고 주장"),
        # other verbs of saying still give way to what is said
        ("한빛시는 올해 관광객이 10% 늘었다고 밝혔다.", "한빛시, 올해 관광객이 10% 늘어"),
    ],
)
def test_a_claim_keeps_who_claims_it(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_a_quote_keeps_its_particle_when_its_speaker_keeps_theirs(analyzer):
    # "55.1%가 ‘…된다’ 답함": the headline form "A, “…” 답함" drops "고" only when the speaker took the headline comma
    assert bullet(analyzer, "새 제도에 대해선 응답자의 절반이 넘는 54.2%가 ‘생활에 도움이 된다’고 답했다.") \
        == "새 제도에 대해선 응답자의 절반이 넘는 54.2%가 ‘생활에 도움이 된다’고 답함"
    assert bullet(analyzer, "노조는 “임금을 올리라”고 촉구했다.") == "노조, “임금을 올리라” 촉구"


def test_a_noun_ending_in_ga_keeps_its_syllable(analyzer):
    # Kiwi reads "판매가가" as "판매" + "가" + "가": the headline comma went after "판매" and left "가" behind
    sentence = "지역별로 보면 강원도 경유 평균 판매가가 리터당 1906원으로 가장 비쌌다."
    assert ("판매가", "NNG") in [(m.form, m.tag) for m in analyzer.morphs(sentence)]
    assert bullet(analyzer, sentence) \
        == "강원도 경유 평균 판매가, 리터당 1906원으로 가장 비쌈"


def test_the_set_a_subject_is_picked_from_is_no_topic(analyzer):
    # "주유소 가운데, … 서남주유소 리터당 …원": the comma went on the set and the subject lost its particle
    assert bullet(analyzer, "주유소 가운데는 한빛시 남구에 있는 달빛주유소가 리터당 2500원으로 가장 비쌌다.") \
        == "주유소 가운데는 한빛시 남구에 있는 달빛주유소, 리터당 2500원으로 가장 비쌈"


def test_adverbs_a_phrase_cannot_do_without_stay(analyzer):
    # "공고히 할" -> "할": an adverb that the light verb "하다" needs stays when a long bullet loses its adverbs
    out = bullet(analyzer, "이번 투자로 한빛전지가 급성장이 예상되는 북미 전기차 시장에서 선두 위치를 공고히 할 것이란 전망이 나온다.", max_chars=30)
    assert "공고히 할" in out, out
    # "방문한 데 이어" -> "방문한 데": Kiwi's adverb "이어" is half of the link "데 이어"
    sentence = "한빛국 외교장관이 지난 3월 미국을 방문한 데 이어 바이든 대통령이 오는 7∼8일 서울을 찾기로 하면서 " \
               "약 10년간 뜸했던 두 나라 간 교류가 본궤도에 오르게 됐다."
    assert ("이어", "MAG") in [(m.form, m.tag) for m in analyzer.morphs(sentence)]  # (the reading this is about)
    out = bullet(analyzer, sentence, max_chars=60)
    assert "방문한 데 이어" in out, out


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # an opening "동시에" links to the sentence before: read blind as dangling ("'한빛', 동시에 …")
        ("동시에 영화 '한빛'은 지난해 여름 흥행작의 첫날 관객 수를 뛰어넘었다.", "영화 '한빛', 지난해 여름 흥행작의 첫날 관객 수를 뛰어넘음"),
        ("이와 동시에 한빛시는 야간 버스 노선도 늘린다.", "한빛시, 야간 버스 노선도 늘림"),
        # "…과 동시에" inside the sentence says when, and stays
        ("달빛 서비스는 정전 발생과 동시에 멈췄다.", "달빛 서비스, 정전 발생과 동시에 멈춤"),
    ],
)
def test_an_opening_at_the_same_time_goes(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected
