"""Over-long sentences brought within ``bullets.max_chars`` by deletions that keep the meaning: details of
place, purpose and setting go, a background clause gives way to the point, and nothing that says who did
what, how much or whether it happened is cut. Sentences written for these tests (not news copy)."""
import pytest

from bullet_helpers import bullet


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "…을 보호하고 …을 줄이기 위해": what the plan is for is a detail; the plan stays
        ("한빛구는 주민 건강을 지키고 생활 속 미세먼지를 줄이기 위해 2026년 대기질 개선 종합 대책과 세부 실행 계획을 발표했다.",
         "한빛구, 2026년 대기질 개선 종합 대책과 세부 실행 계획 발표"),
        # a purpose after a postposition ("…를 앞두고") goes with it; the outcome and its negation stay
        ("가람시의회 여야는 임시회 마지막 날인 20일 본회의를 앞두고 추경 예산안 처리 등을 논의하기 위해 의장 주재로 만났으나 "
         "합의하지 못했다.", "가람시의회 여야, 의장 주재로 만났으나 합의하지 못함"),
        # "…에서 열린 결승전": the event is named without where it was held; how it was won goes last
        ("한빛FC는 9일 한빛종합운동장에서 열린 2026 가람 지역 리그 결승전에서 주장 김하나의 연속 골을 앞세워 상대를 3대1로 꺾었다.",
         "한빛FC, 2026 가람 지역 리그 결승전에서 주장 김하나의 연속 골을 앞세워 상대를 3대1로 꺾음"),
        # a place after a date ("12일 오후 … 3층 대회의실에서") is a phrase of its own
        ("한빛시는 12일 오후 한빛시청 별관 3층 대회의실에서 '2026 청년 창업 지원 정책 설명회와 지역 중소기업 채용 박람회'를 "
         "공동으로 개최했다.", "한빛시, '2026 청년 창업 지원 정책 설명회와 지역 중소기업 채용 박람회'를 공동으로 개최"),
        # "-면서": the clause with a subject of its own is the point, the one before it the background
        ("인공지능 수요가 폭발하면서 지난달 한빛전자의 서버용 반도체 매출은 1년 전보다 50% 이상 늘며 분기 최대 실적을 새로 썼다.",
         "지난달 한빛전자의 서버용 반도체 매출, 1년 전보다 50% 이상 늘며 분기 최대 실적을 새로 씀"),
        # ... also when the main clause alone is still a few characters over: better than the whole sentence
        ("전 세계적으로 생성형 인공지능 서비스 수요가 폭발하면서 지난달 한빛전자의 서버용 고대역폭 메모리 반도체 매출은 "
         "1년 전보다 50% 이상 늘며 분기 최대 실적을 새로 썼다.",
         "지난달 한빛전자의 서버용 고대역폭 메모리 반도체 매출, 1년 전보다 50% 이상 늘며 분기 최대 실적을 새로 씀"),
        # "-인데," before a clause that points back ("이보다"): the first clause is the statement that stands alone
        ("전국 12개 한빛 캠퍼스는 올해 신입생으로 총 2천 40명을 뽑을 예정인데, 아직 원서 접수가 끝나지 않아 최종 지원자 수는 "
         "이보다 더 늘어날 것으로 보입니다.", "전국 12개 한빛 캠퍼스, 올해 신입생으로 총 2천 40명을 뽑을 예정"),
        # "매우 강한 비가": an adjective before the subject does not tie it to the clause before; the cause goes
        ("남쪽에서 올라온 많은 수증기가 한반도로 유입되면서 한빛도와 남해안 지역을 중심으로 시간당 30mm의 매우 강한 비가 내리고 있다.",
         "한빛도와 남해안 지역을 중심으로 시간당 30mm의 매우 강한 비 내림"),
        # a forecast frame ("…줄었을 것으로 예상된다") is the clause's own ending: its subject is the clause's
        ("지난 분기까지 일자리가 매달 2천 개 안팎씩 줄었으나, 이번 분기엔 대규모 공장 준공 효과로 가람 지역의 전체 고용 규모가 "
         "1만 명 이상 늘었을 것으로 예상된다.", "이번 분기에는 대규모 공장 준공 효과로 가람 지역의 전체 고용 규모가 1만 명 이상 늘었을 전망"),
        # the circumstances of saying it ("협약식 직후 기자들과 만나") give way to what was said
        ("김하나 한빛전자 대표는 지난 3일 한빛호텔 그랜드볼룸에서 열린 상생 협약식 직후 기자들과 만나 “내년 상반기 안에 "
         "새 공장을 착공하겠다”고 말했다.", "김하나 한빛전자 대표, “내년 상반기 안에 새 공장을 착공하겠다”"),
        # "지난 13일 오후 2시쯤": "쯤" keeps the time one date, which goes as a whole
        ("27일 경찰에 따르면 지난 13일 오후 2시쯤 한빛시 가람구 나래지구대는 ‘피해자와 보이스피싱 수거책이 만나 현금을 전달할 "
         "예정’이라는 첩보를 접수했다.", "한빛시 가람구 나래지구대, ‘피해자와 보이스피싱 수거책이 만나 현금을 전달할 예정’이라는 첩보 접수"),
        # "…을 보면,": a frame that only says where to look, before a statement with its own topic
        ("가람시 관광 통계를 보면, 올해 상반기 관광객 수는 412만 3,000명으로 지난해 같은 기간보다 38만 6,000명 늘어 10.3%의 "
         "증가율을 보였다.", "올해 상반기 관광객 수, 412만 3,000명으로 지난해 같은 기간보다 38만 6,000명 늘어 10.3%의 증가율을 보임"),
        # ... but not before a list it introduces ("먼저 ‘…’ 성과가 있다": the frame says what the item is)
        ("가람시 관광 통계를 살펴보면, 먼저 ‘나래 해변 야간 축제와 한빛 산성 걷기 행사를 묶은 여름 관광 상품 개발(가람시, 한빛대)’ "
         "성과가 있다.", "가람시 관광 통계를 살펴보면, ‘나래 해변 야간 축제와 한빛 산성 걷기 행사를 묶은 여름 관광 상품 개발’ 성과 있음"),
        # a code after a comma in a name goes with its comma ("‘눈다래끼, (H00)’" is no "‘눈다래끼, ’")
        ("한빛보험공단이 진료 기록을 분석한 결과 ‘눈다래끼, (H00)’로 인한 진료인원이 2011년 167만4000명에서 2016년 172만2000명으로 "
         "연평균 0.6% 늘었다.", "한빛보험공단이 진료 기록을 분석한 결과 ‘눈다래끼’로 인한 진료인원, 2011년 167만4000명에서 2016년 172만2000명으로 연평균 0.6% 늘어"),
        # "‘찜통 더위’가 기승인 가운데,": a name in single quotes does not keep the setting from going
        ("펄펄 끓는 ‘찜통 더위’가 연일 기승인 가운데, 일요일인 9일도 한빛도 대부분 지역이 낮 최고 36도를 웃돌며 폭염이 이어질 것으로 "
         "보인다.", "일요일인 9일도 한빛도 대부분 지역, 낮 최고 36도를 웃돌며 폭염이 이어질 전망"),
        # three long items closed by "등" keep the first: who else was aboard is a detail, "등" still says there were more
        ("가람우주센터는 가람 우주인 김하나, 한빛 여성 우주인 이두리, 나래 우주인 박세나 등을 태운 새 우주선 귀환캡슐이 남쪽 초원 "
         "지대에 무사히 착륙했다고 밝혔다.", "가람우주센터, 가람 우주인 김하나 등을 태운 새 우주선 귀환캡슐이 남쪽 초원 지대에 착륙했다고 밝혀"),
        # ... also when Kiwi reads "우주인" as "우주" + "-인"
        ("한빛통제센터는 30일(현지시간) 러시아 우주인 김하나, 미국 여성 우주인 이두리, 일본 우주인 박세나 등을 태운 귀환캡슐이 남쪽 "
         "초원 지대에 무사히 착륙했다고 밝혔다.", "한빛통제센터, 러시아 우주인 김하나 등을 태운 귀환캡슐이 남쪽 초원 지대에 착륙했다고 밝혀"),
        # four items of several words ("·", "-과" inside) closed by "등" keep the first two; the count stays true
        ("가람시 청년 계획은 청년 일자리·창업 활성화, 지역 산업 인력 양성, 자립 지원과 복지 향상, 미래 청년 꿈 사다리 제공 등 "
         "6개 분야 75개 세부 사업을 담았다.", "가람시 청년 계획, 청년 일자리·창업 활성화, 지역 산업 인력 양성 등 6개 분야 75개 세부 사업을 담음"),
        # "…대표 후보였던 김하나 의원": a past description ("-던") of a named person goes like a present one
        ("B 씨 등은 지난 2022년 당시 가람당 대표 후보였던 김하나 의원의 배우자 이두리 씨의 석사 논문 표절 의혹을 취재하는 과정에서 "
         "이 씨 지도교수의 옛 연구실을 찾아갔습니다.",
         "B 씨 등, 김하나 의원의 배우자 이두리 씨의 석사 논문 표절 의혹을 취재하는 과정에서 이 씨 지도교수의 옛 연구실을 찾아감"),
    ],
)
def test_long_sentence_is_shortened_safely(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_a_duration_keeps_all_its_units(analyzer):
    # "14분" is a span of time, not a clock time to drop: "2시간 37초" would be a different number
    text = bullet(analyzer, "한빛위성은 발사 2시간 14분 37초 후 남극 세종기지 지상국에서 위성의 상태를 알려주는 첫 신호를 무사히 수신했다.")
    assert "2시간 14분 37초" in text


def test_without_is_never_dropped(analyzer):
    # "승리 없이 3패" without "없이" reads as if he had a win
    text = bullet(analyzer, "한빛FC의 신인 투수 김하나는 올해 KBO리그 다섯 차례 선발 등판에서 모두 5이닝 이상을 던졌지만, "
                            "승리 없이 3패만을 떠안았다.")
    assert "승리 없이 3패" in text
    # ... and "모두 5이닝" keeps what "모두" counts ("다섯 차례 선발 등판에서" is no place to drop)
    assert "모두" not in text or "다섯 차례" in text


def test_a_list_whose_last_item_is_a_phrase_is_not_cut(analyzer):
    # cutting "김하나, 이두리, 박세나, 2부 사회자 역의 최가람" after two names would make them 최가람's
    text = bullet(analyzer, "행사에는 1부 진행 역의 김하나, 이두리, 박세나, 2부 사회자 역의 최가람 아나운서, 3부 공연 팀의 오하늘 등이 나선다.")
    assert "등의 최가람" not in text
    assert "박세나" in text


def test_a_purpose_with_a_subject_inside_is_not_cut_at_that_subject(analyzer):
    # "영양이 | 부족하기 쉬운 …을 돕기 위해 시작된": cut at "영양이", the bullet would say the nutrition began
    text = bullet(analyzer, "이 사업은 형편이 어려운 가정 10곳을 매달 골라 특히 영양이 부족하기 쉬운 어린이의 고른 식습관을 돕기 위해 "
                            "시작된 한빛구 특화사업이다.")
    assert "영양이 시작된" not in text and "영양이 한빛구" not in text
    assert "위해 한빛구" not in text  # nor the relative clause's own verb ("시작된")


def test_a_list_whose_last_item_holds_a_clause_is_not_cut(analyzer):
    # "…, 전남에서 먼저 살아보기 등": the last item is a clause; the list is not read as closed by "등"
    text = bullet(analyzer, "신규 사업은 2040세대 희망 공간 조성, 청년 구직 수당 지원, 청년 취업자 주거비 지원, 신혼부부와 다자녀 보금자리 "
                            "만들기 지원, 가람에서 먼저 살아보기 등이다.")
    assert "등와" not in text and "등에서" not in text


def test_a_short_list_closed_by_etc_stays_whole(analyzer):
    # one-word names: the list is short already, and two of three would not be "the first"
    text = bullet(analyzer, "이번 공연에는 김하나, 이두리, 박세나 등이 출연해 관객들에게 새로운 무대를 선보이며 한빛 극장의 재개관을 함께 "
                            "축하할 예정이다.")
    assert "김하나, 이두리, 박세나 등" in text


@pytest.mark.parametrize("particle", ["가", "는"])
def test_a_quotation_keeps_its_speaker(analyzer, particle):
    # "…에 대해 “시가 …”고 말했다": "시가" inside the quotation is not who speaks; the bullet never drops the speaker
    text = bullet(analyzer, f"시민단체{particle} 반대 집회를 이어가면서 이번 결정에 대해 “시가 주민 의견을 충분히 듣지 않고 서둘러 "
                            "결정한 것이 분명하다”고 말했다.")
    assert text.startswith("시민단체")


def test_both_sides_are_not_credited_to_one(analyzer):
    # "양측 모두" is the last clause's own subject: "나래당, 양측 모두 물러섬" would credit one side with both
    text = bullet(analyzer, "이날 회의에서 가람당은 나래당이 반대하던 예산안 처리를 미루고, 나래당은 ‘전면 보이콧’ 방침을 거둬들이며 "
                            "양측 모두 한발 물러서는 모습을 보였다.")
    assert "양측" not in text or text.startswith("이날") or "가람당" in text and "나래당은" not in text


def test_what_a_quotation_is_about_stays(analyzer):
    # "박 부위원장에 대해 “…”": without it the quotation says nothing of whom
    text = bullet(analyzer, "김 위원장은 박 부위원장에 대해 “처음에는 지역구를 지키겠다며 망설였지만 당 지도부가 끝까지 설득해 선거 승리를 "
                            "위해 힘을 보태기로 했다”고 밝혔다.")
    assert "박 부위원장에 대해" in text
    assert text.startswith("김 위원장")  # a quotation alone, without its speaker, is no headline


def test_the_day_before_stays_unlike_the_day_of(analyzer):
    # "전날" tells the day before the story's apart from it: read blind, bullets without it put a remark or a match
    # on the wrong day ("이날", the story's own day, still goes)
    text = bullet(analyzer, "임신부 A 씨는 전날 국민신문고와 경찰서 청문감사관실에 가람서 B 경위의 부적절한 수사 방식을 지적하는 민원을 "
                            "제기했습니다.")
    assert text == "임신부 A 씨, 전날 국민신문고와 경찰서 청문감사관실에 가람서 B 경위의 부적절한 수사 방식을 지적하는 민원 제기"


def test_a_relative_clause_after_a_postposition_keeps_the_postposition(analyzer):
    # "…을 기반으로 한 기술": not an adjunct of the verb; dropping "…을 기반으로" would leave a bare "한"
    text = bullet(analyzer, "박 교수는 반도체 공정을 기반으로 한 새로운 나노 인쇄 기술의 도입을 통해 빛의 세기에 따라 색이 바뀌는 "
                            "신소재를 개발했다.")
    assert not text.startswith("박 교수, 한 ")
    assert "신소재 개발" in text


@pytest.mark.parametrize(
    "sentence, kept",
    [
        # "결과와 관계없이": without "관계없이" the advance would hang on the results
        ("가람FC는 이번 시즌 정규리그에서 9승 1무를 거둬 남은 경기 결과와 관계없이 다음 달 시작하는 결선 라운드 진출을 확정했다.",
         "결과와 관계없이"),
        # "소득과 상관없이": the grant goes to every household, not by income
        ("한빛시는 내년 1월부터 소득과 상관없이 만 7세 이하 아동을 둔 모든 가구에 매달 10만원의 돌봄 지원금을 지급한다고 밝혔다.",
         "소득과 상관없이"),
        # "날이 갈수록": without "갈수록" the subject "날이" has no verb
        ("한빛구는 날이 갈수록 악화하는 주택가 불법 주차 행태에 주민 민원이 잇따르자 연휴 기간 24시간 단속에 나선다고 밝혔다.",
         "날이 갈수록"),
        # "예년과 달리": without "달리" the sentence says the opposite
        ("올해 장마철에는 예년과 달리 한빛도와 가람도 대부분 지역에서 비가 적게 내려 저수지 저수율이 평년의 절반에 그쳤다.",
         "예년과 달리"),
    ],
)
def test_an_adverb_that_governs_a_phrase_stays_with_it(analyzer, sentence, kept):
    text = bullet(analyzer, sentence, max_chars=40)
    assert kept in text or kept.split()[0] not in text  # the phrase goes with its adverb, or stays with it


@pytest.mark.parametrize(
    "sentence, gone",
    [
        # "오늘 열린 회의에서": the day goes, and the verb whose only part it was goes with it ("열린 회의에서" dangles)
        ("김하나 한빛시장은 오늘 열린 시의회 정례회에서 “내년에는 도심 하천 복원 사업을 반드시 마무리하고 청년 주거 지원을 두 배로 "
         "늘리겠다”고 말했다.", "열린"),
        # "어제 공개한 보고서에서" likewise
        ("한빛연구원은 어제 공개한 ‘2026년 지역 경제 전망’ 보고서에서 “지역 제조업 생산은 내년에도 완만한 회복세를 이어갈 것”이라고 "
         "전망했다.", "공개한"),
        # "이날 개최된 총회에서" likewise
        ("가람농협 조합원들은 이날 개최된 정기 총회에서 올해 사업 계획과 예산안을 원안대로 의결하고 새 이사 세 명을 선출했다.", "개최된"),
    ],
)
def test_a_day_word_goes_with_the_verb_it_was_all_of(analyzer, sentence, gone):
    text = bullet(analyzer, sentence)
    assert not any(day in text for day in ("오늘", "어제", "이날"))
    assert gone not in text


def test_a_long_quotation_gives_way_to_the_reported_act_that_follows_it(analyzer):
    # "A는 “…”며 B를 시사했다": the act the speaker's words back is a statement of its own, within the limit
    text = bullet(analyzer, "한빛은행은 “물가 상승률이 목표 수준인 2%에 다시 가까워질 수 있도록 내년에도 물가 안정에 중점을 둔 긴축 기조를 "
                            "유지하겠다”며 기준금리 추가 인상 가능성을 시사했다.")
    assert text == "한빛은행, 기준금리 추가 인상 가능성 시사"


@pytest.mark.parametrize("act", ["목소리를 높였다", "강조했다", "비판에 나섰다"])
def test_a_quotation_stays_when_what_follows_says_nothing_of_its_own(analyzer, act):
    # "…”며 목소리를 높였다": without the quotation the bullet would say only that someone spoke
    text = bullet(analyzer, "한빛시 노조 지부는 “돌봄 노동자의 처우를 개선하지 않으면 내년 돌봄 사업 전체가 멈출 수밖에 없다는 것을 시가 알아야 "
                            f"한다”며 {act}.")
    assert "돌봄 노동자의 처우를 개선하지 않으면" in text


def test_a_scope_marked_with_eseo_neun_is_no_place_to_drop(analyzer):
    # "오프라인 부문에선": the share of the market the figure holds in; cutting it would move the figure to all sales
    # (and once left a stray "선" at the start of the bullet)
    out = bullet(analyzer, "오프라인 부문에선 1인 가구 증대로 인한 소비 행태 변화로 즉석식품과 도시락, 수입 맥주 등 편의점 매출이 "
                       "전년보다 10.9%나 늘었다.")
    assert out.startswith("오프라인 부문에서는")  # (the spoken "에선" written out)
    assert "10.9%" in out
