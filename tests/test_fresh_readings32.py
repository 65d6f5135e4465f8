"""Readings of this session: faults found on articles the engine had never seen (written for the evaluation, not news
copy). Sentences here are written for these tests."""
from bullet_helpers import bullet, only_sentence, summarize_page


def test_the_meeting_held_for_an_act_goes_when_the_bullet_is_long(analyzer):
    # "…본회의를 열고 …를 통과시켰다": the session only sets the act; a headline says what was passed
    out = bullet(analyzer, "한빛도의회는 이날 제312회 임시회 제2차 본회의를 열고 농어촌 지역 청년에게 주거비 일부를 지원하는 내용의 "
                           "'한빛도 청년 정착 지원 조례 개정안'을 재석 의원 만장일치로 통과시켰다.")
    assert out.startswith("한빛도의회, 농어촌 지역 청년에게"), out
    assert "본회의" not in out and "'한빛도 청년 정착 지원 조례 개정안'" in out, out
    out = bullet(analyzer, "가람시는 물가대책위원회를 개최하고 상수도 요금을 가정용 기준 1톤당 620원에서 710원으로 90원 올리는 "
                           "조정안을 원안대로 의결했다.")
    assert out.startswith("가람시, 상수도 요금을"), out


def test_a_gathering_that_says_with_whom_or_what_about_stays(analyzer):
    # with whom it met, and a gathering named by a title, are what the act was about
    out = bullet(analyzer, "이수진 교육부 차관은 지역 거점대학 총장협의회 대표들과 화상회의를 열고 내년도 등록금 동결과 장학금 확대 "
                           "방안에 대해 폭넓게 논의했다고 밝혔다.")
    assert "대표들과" in out, out
    out = bullet(analyzer, "가람군은 군청 소회의실에서 '해상풍력 발전단지 조성 관련 주민 간담회'를 열고 어업 피해 보상과 주민 "
                           "이익 공유 방안을 폭넓게 논의했다.")
    assert "주민 간담회'" in out, out
    # (an act that points back keeps what it points to)
    out = bullet(analyzer, "한빛은행 금융통화위원회는 12일 서울 중구 본관에서 통화정책방향 결정회의를 열고 이같이 결정했다.")
    assert "결정회의" in out, out


def test_the_same_day_as_the_act_told_before_goes(analyzer):
    # "같은 날" points at the day of the sentence before, which a bullet never gives; kept, it left the bullet dangling
    out = bullet(analyzer, "가람전자는 같은 날 오후 이사회를 열고 베트남 하노이 인근에 8,200억원을 들여 제3공장을 짓는 안건을 의결했다.")
    assert "같은 날" not in out and "오후" not in out, out
    assert "베트남 하노이 인근에 8,200억원을 들여 제3공장을 짓는 안건" in out, out
    # (the same period of figures compared stays: "같은 기간" is no day)
    out = bullet(analyzer, "같은 기간 수입은 512억달러로 3.2% 줄었다.")
    assert out.startswith("같은 기간 수입"), out


def test_a_range_of_time_as_subject_is_one_phrase(analyzer):
    # "오후 10시부터 자정 사이가 …가장 많았다": fronting only "자정 사이" left the range's start behind it
    out = bullet(analyzer, "시간대별로는 오후 10시부터 자정 사이가 1,024건(36.1%)으로 가장 많았고, 출근 시간대인 오전 6~9시에 "
                           "적발된 '숙취운전'도 402건에 달했다.")
    assert "자정 사이, 오후" not in out, out
    assert "오후 10시부터 자정 사이" in out, out


def test_a_count_of_what_the_dropped_clause_names_keeps_that_clause(analyzer):
    # "…음주운전 특별단속을 벌여 모두 2,418건을 적발했다": alone, "모두 2,418건 적발" says 2,418 of nothing
    out = bullet(analyzer, "한빛경찰청은 지난 9월 1일부터 10월 31일까지 두 달간 도내 전역에서 음주운전 특별단속을 벌여 모두 "
                           "3,106건을 적발했다고 5일 밝혔다.")
    assert "음주운전" in out and "3,106건" in out, out
    # (a count with its noun, "보험계약 총 140건", stands alone)
    out = bullet(analyzer, "금감원은 한빛은행 한 부서가 2021년 1월부터 2023년 5월까지 보험계약 비교안내 시스템을 부적정하게 "
                           "설계·운영하며 보험계약 총 140건을 부당하게 취급한 점을 지적했다.")
    assert out.startswith("금감원, 보험계약 총 140건"), out


def test_a_long_quotation_keeps_its_point_after_a_concession(analyzer):
    # "…징후가 뚜렷했는데도 | 검사를 하지 않은 것은 …위반에 해당한다": the court's point is the last clause, whose subject
    # is an act ("…않은 것은"), and "해당한다" (falls under) points at nothing before it
    out = bullet(analyzer, '재판부는 "수술 직후 혈압이 평소보다 40% 이상 떨어지고 맥박이 분당 130회를 넘는 등 출혈을 의심할 만한 '
                           '징후가 뚜렷했는데도 혈액검사나 영상검사를 시행하지 않은 것은 의료진의 주의의무 위반에 해당한다"고 '
                           '판단했다.')
    assert out == '재판부, "…혈액검사나 영상검사를 시행하지 않은 것은 의료진의 주의의무 위반에 해당한다" 판단', out
    from pipeline.compress import pointing_word
    morphs = analyzer.morphs("해당 병원은 위반에 해당한다")
    assert [m.form for x, m in enumerate(morphs) if pointing_word(morphs, x)] == ["해당"], morphs


STRIKE_PAGE = """가람시 택시 노조 "20일부터 운행 중단"…연말 귀갓길 비상

가람시 법인택시 노동조합이 사납금 인하 협상 결렬을 이유로 오는 20일 오전 4시부터 전면 운행 중단에 들어가겠다고 예고하면서 시민들의 연말 귀갓길 불편이 우려되고 있다.

가람시법인택시노동조합은 지난 12일 조합원 1,840명을 대상으로 실시한 쟁의행위 찬반투표에서 1,512명(82.2%)이 찬성했다고 13일 밝혔다.

노조는 하루 사납금을 현행 15만원에서 12만원으로 낮추고 심야 할증 수입을 기사에게 전액 지급하라고 요구하고 있다.

반면 택시운송사업조합은 연료비와 보험료 인상으로 경영난이 심각하다며 사납금 1만원 인하안을 고수하고 있다.

운행 중단이 현실화되면 법인택시 2,300대 가운데 80% 이상이 멈춰 서게 된다.

가람시는 비상수송대책본부를 꾸리고 심야 시내버스 12개 노선을 새벽 2시까지 연장 운행하기로 했다.
"""


def test_a_lede_that_tells_an_act_and_the_concern_it_stirs_gives_the_act(analyzer):
    # "…운행 중단에 들어가겠다고 예고하면서 | 시민들의 …불편이 우려되고 있다": the concern alone says of nothing; and a
    # lede with a cause and words reported is no photo caption of a scene ("…하고 있다" with "시민들")
    from pipeline.select import content_sentences
    doc, summary = summarize_page(analyzer, STRIKE_PAGE)
    assert 0 in content_sentences(doc), [s.text for s in doc.sentences[:2]]
    assert summary.bullets[0].startswith("가람시 법인택시 노동조합, "), summary.bullets
    assert "20일 오전 4시부터 전면 운행 중단에 들어가겠다고 예고" in summary.bullets[0], summary.bullets
    # (a caption of a scene still is one: no cause, no words reported)
    from pipeline.select import scene_in_progress
    assert scene_in_progress(only_sentence(analyzer, "시민들이 가람시청 앞 광장에서 성탄 트리를 구경하고 있다.").morphs)


FLOOD_PAGE = """중부지방 모레까지 최대 300㎜ 폭우…하천 범람 '비상'
사흘 새 주택 214가구 침수·이재민 518명…농경지 2,300㏊ 잠겨

정체전선이 중부지방에 머물면서 경기 남부와 충청권을 중심으로 사흘째 많은 비가 이어지고 있다.

기상청은 "정체전선이 남북으로 오르내리며 모레까지 강한 비를 뿌리겠다"고 내다봤다.

모레까지 예상 강수량은 경기 남부와 충남 북부 100~200㎜, 많은 곳은 300㎜ 이상이다.

지난 14일부터 이날 오후 6시까지 누적 강수량은 충남 가람군 455.5㎜로 평년 7월 한 달 강수량을 넘어섰다.

중앙재난안전대책본부에 따르면 이날 오후 6시 기준 주택 214가구가 침수되고 도로 사면 유실 등 공공시설 피해가 318건 접수됐으며, 농경지 2,300㏊가 물에 잠긴 것으로 집계됐다.

이재민은 3개 시·도 11개 시·군에서 518명이 발생했고, 이 가운데 301명은 아직 귀가하지 못한 채 학교 체육관 등에 머물고 있다.

15일 오후에는 가람군의 한 하천변에서 논물을 살피러 나간 60대 남성이 급류에 휩쓸려 실종됐다.

행정안전부는 지방자치단체에 하천변 산책로와 지하차도 등 위험지역을 선제적으로 통제하라고 지시했다.
"""


def test_a_headline_figure_left_out_by_the_sentence_brought_for_its_point_is_brought_too(analyzer):
    # "…주택 214가구 침수·이재민 518명": the houses' sentence says most of the point; the displaced, its other figure,
    # is a sentence of its own, brought in a second round
    doc, summary = summarize_page(analyzer, FLOOD_PAGE)
    assert any("214가구" in b for b in summary.bullets), summary.bullets
    assert any("518명" in b for b in summary.bullets), summary.bullets


EXPORT_PAGE = """11월 자동차 수출 71억달러 '역대 최대'…9개월 연속 증가
하이브리드차 수요가 견인…전체 수출도 5.2% 늘어

하이브리드차 수요가 이어지면서 지난달 자동차 수출이 월간 기준 역대 최대치를 기록했다.

산업통상자원부는 1일 발표한 '11월 수출입 동향'에서 지난달 자동차 수출액이 71억2,000만달러로 전년 동월보다 14.3% 증가했다고 밝혔다.

자동차 수출은 지난 3월 이후 9개월 연속 증가세를 이어갔으며, 전체 수출에서 차지하는 비중도 12.1%로 1년 전보다 1.4%포인트 높아졌다.

차종별로는 하이브리드차 수출이 24억5,000만달러로 31.2% 늘며 증가세를 주도했다.

지역별로는 대(對)미국 자동차 수출이 35억1,000만달러로 18.9% 늘었다.

자동차 호조에 힘입어 전체 수출은 588억3,000만달러로 5.2% 증가했다.

수입은 에너지 가격 하락 영향으로 2.7% 줄어든 531억2,000만달러를 기록했다.

업계에서는 연말까지 하이브리드차 수요가 이어지면서 올해 연간 자동차 수출이 처음으로 750억달러를 넘어설 것으로 보고 있다.
"""


def test_a_chosen_sentence_whose_bullet_left_out_a_headline_point_is_written_again_to_keep_it(analyzer):
    # "…9개월 연속 증가세를 이어갔으며, | 비중도 …높아졌다": its bullet had kept the share and left out the streak the
    # headline names
    doc, summary = summarize_page(analyzer, EXPORT_PAGE)
    assert any("9개월 연속" in b for b in summary.bullets), summary.bullets


def test_a_surname_given_in_full_keeps_the_title_as_written():
    # "윤 원내대표" -> "윤태정 원내대표": the title's last noun ("대표") is another office (a party's leader)
    from pipeline.engines.extractive import _name_in_full
    from pipeline.select import SurnameReference
    assert _name_in_full('윤 원내대표, "…건의하겠다"고도 함', SurnameReference("윤", "대표"), "윤태정 대표") \
        == '윤태정 원내대표, "…건의하겠다"고도 함'
    # (a fuller title the article introduced the person with stays: "김 의장" -> "김철수 국회의장")
    assert _name_in_full("김 의장, 본회의 개의", SurnameReference("김", "의장"), "김철수 국회의장") == "김철수 국회의장, 본회의 개의"


def test_a_headline_segment_of_two_facts_is_two_points(analyzer):
    # "소득 기준 중위 150%로 완화하고 신혼부부 전세대출 이자도 최대 2%포인트 보전": each fact is said by a sentence of its
    # own; as one point, neither sentence said half of it
    from pipeline.parse import parse_article
    from pipeline.select import headline_points
    page = ("가람도, 청년 월세 지원 확대\n소득 기준 중위 150%로 완화하고 신혼부부 전세대출 이자도 최대 2%포인트 보전\n\n"
            "가람도가 청년 월세 지원 금액을 월 30만원으로 늘린다.\n")
    doc = analyzer.analyze(parse_article(page, id="t"))
    points = headline_points(doc, analyzer.morphs)
    assert {"소득", "150", "완화"} <= points[1] and "신혼부부" not in points[1], points
    assert {"신혼부부", "이자", "보전"} <= points[2] and "소득" not in points[2], points
    # (a connective inside a short segment stays one point: each side needs two words)
    page = "한빛시 내년 예산 확정\n예산을 크게 늘리고 새 사업 발표\n\n한빛시가 내년 예산을 늘렸다. 새 사업도 발표했다.\n"
    doc = analyzer.analyze(parse_article(page, id="t"))
    assert headline_points(doc, analyzer.morphs)[1] == {"예산", "사업", "발표"}, headline_points(doc, analyzer.morphs)


def test_how_a_finding_was_reached_goes_when_the_bullet_is_long(analyzer):
    # "연구팀은 …뇌 조직을 비교 분석한 결과, …사실을 확인했다": the method only leads to the finding
    out = bullet(analyzer, "연구팀은 파킨슨병으로 사망한 환자 74명과 같은 연령대 정상인 61명의 사후 뇌 조직을 비교 분석한 결과, "
                           "환자의 신경세포에서 'TMX4'라는 단백질이 정상인보다 평균 3.1배 많이 발현된다는 사실을 확인했다.")
    assert out.startswith("연구팀, 환자의 신경세포에서 'TMX4'라는 단백질이"), out
    assert out.endswith("사실 확인"), out
    # (a bare measure after the frame is of what was analysed: the frame stays)
    out = bullet(analyzer, "한빛거래소 시장본부는 분기보고서 제출대상 12월 결산 상장법인 634사 중 570사의 실적을 분석한 결과, "
                           "매출액은 소폭 늘었으며 영업이익과 순이익은 큰 폭의 상승세를 보였다고 밝혔다.")
    assert "실적을 분석한 결과" in out or not out.startswith("한빛거래소 시장본부, 매출액"), out


def test_where_a_first_holds_stays_with_it(analyzer):
    # "국내에서 처음 공개되는": without the place, a first in Korea reads as a first anywhere
    out = bullet(analyzer, "이 가운데 17점은 국내에서 처음 공개되는 것으로, 특히 독일의 한 민속박물관이 소장한 15세기 분청사기 "
                           "편병 3점은 경매로 팔려 나간 이후 처음으로 해외 반출이 허용됐다.")
    assert "국내에서 처음 공개" in out, out


def test_a_topic_after_a_concession_with_no_subject_is_not_who_conceded(analyzer):
    # "…선제골을 내줬고, | 점유율 61%를 기록하고도 유효슈팅은 2개에 그쳤다": fronted, the shots kept the ball; the team
    # the first clause names is who did
    out = bullet(analyzer, "대표팀은 전반 17분 상대의 빠른 역습에 수비 뒷공간을 허용하며 선제골을 내줬고, 전반 45분 동안 볼 점유율 "
                           "61%를 기록하고도 유효슈팅은 단 2개에 그쳤다.")
    assert not out.startswith("유효슈팅, "), out
    assert out.startswith("대표팀, ") and "유효슈팅은 단 2개에 그침" in out, out


def test_what_a_charge_sheet_says_was_found_stays_alleged(analyzer):
    # "공소장에 따르면 …받은 것으로 조사됐다": without its frame, the bribe reads as fact for a defendant who denies it
    out = bullet(analyzer, "공소장에 따르면 박 전 국장은 재직 중이던 2022년 5월부터 이듬해 9월까지 모두 11차례에 걸쳐 현금 등 "
                           "1억8,000만원 상당을 받은 것으로 조사됐다.")
    assert out.endswith("받은 것으로 조사"), out
    # (a statistics office's finding is no charge: its frame goes)
    out = bullet(analyzer, "통계청에 따르면 지난달 취업자 수는 2,880만명으로 1년 전보다 21만명 늘어난 것으로 조사됐다.")
    assert out.endswith("21만명 늘어남"), out


def test_a_cause_of_what_the_clause_before_told_does_not_stand_alone(analyzer):
    # "…46주 연속 상승했는데, | …전세 매물이 …감소한 영향이 컸다고 …설명했다": alone, the effect on what?
    out = bullet(analyzer, "전셋값도 서울이 0.15% 오르며 51주 연속 상승했는데, 신규 입주 물량이 줄어든 가운데 전세 매물이 1년 "
                           "전보다 21.3% 감소한 영향이 컸다고 통계원은 설명했다.")
    assert not out.startswith("전세 매물이"), out
    assert "전셋값" in out and "51주 연속 상승" in out, out
    from pipeline.compress import explains_unsaid
    assert explains_unsaid(analyzer.morphs("전세 매물이 감소한 영향이 컸다"))
    assert not explains_unsaid(analyzer.morphs("전세 매물의 감소 폭이 컸다"))


def test_a_clause_leaning_on_a_place_or_company_the_dropped_clause_named_does_not_stand_alone(analyzer):
    # "…야산에서 시작된 산불이 …이어지면서 | 인근 주민 …이 대피했다": alone, near what? (the block never said where)
    out = bullet(analyzer, "어제 오후 가람군 동하면의 한 야산에서 시작된 산불이 20시간째 이어지면서 인근 주민 870명이 마을회관과 "
                           "체육관 등으로 대피했습니다.")
    assert "가람군 동하면" in out and "870명" in out, out
    # ... nor one that opens on the bare company the dropped clause named ("…흥행 조짐을 보이면서 | 회사 주가가 …")
    out = bullet(analyzer, "게임사 한빛소프트가 2년 만에 내놓은 신작 '별빛 연대기'가 출시 첫날부터 흥행 조짐을 보이면서 회사 주가가 "
                           "두 자릿수 상승률을 기록했다.")
    assert not out.startswith("회사 주가"), out
    assert "'별빛 연대기'" in out, out


def test_a_topic_an_act_of_the_law_befalls_is_not_who_acted(analyzer):
    # "검찰은 …김모씨를 구속기소하고, | …임원 등 4명은 불구속 상태로 재판에 넘겼다": alone, "4명, …재판에 넘김" made the
    # defendants the ones who indicted
    out = bullet(analyzer, "검찰은 전 국장에게 뇌물을 건넨 혐의로 건설사 대표 이모(52)씨를 함께 구속기소하고, 범행에 가담한 회사 "
                           "임원과 전직 공무원 등 4명은 불구속 상태로 재판에 넘겼다.")
    assert out.startswith("검찰, "), out
    assert "4명은 불구속 상태로 재판에 넘김" in out, out
