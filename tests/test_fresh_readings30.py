"""Readings of this session. Pages and sentences written for these tests (not news copy)."""
from bullet_helpers import bullet, summarize_page


# --- examples before a count Kiwi reads as one noun ("…등 대형마트 3사"), after a time that opens the sentence ---------

def test_examples_before_a_count_noun_go_after_an_opening_time(analyzer):
    out = bullet(analyzer, "지난해 가람마트와 한빛마트, 누리마트 등 대형마트 3사의 매출이 전체 유통업계에서 차지한 비중은 15.2%로 "
                           "편의점 3사의 비중 15.9%에 처음으로 뒤졌다.")
    assert out.startswith("지난해 대형마트 3사의 매출이 ") and "가람마트" not in out and "15.2%" in out and "15.9%" in out, out


def test_a_listed_topic_takes_the_headline_comma_once_its_examples_are_gone(analyzer):
    out = bullet(analyzer, "가람전자와 한빛전자, 누리전자 등 가전 3사는 앞으로 북미 지역에 연간 120만대 규모의 냉장고 생산 능력을 "
                           "추가로 갖출 계획이다.")
    assert out.startswith("가전 3사, 앞으로 북미 지역에") and out.endswith("갖출 계획"), out
    # (guards: a list that stays keeps its particle, the comma would read as one more item; and examples with no
    # count after them stay)
    out = bullet(analyzer, "가람전자와 한빛전자, 누리전자 등 가전 3사는 앞으로 북미 지역에 냉장고 공장을 지을 계획이다.")
    assert out.startswith("가람전자와 한빛전자, 누리전자 등 가전 3사는 "), out
    out = bullet(analyzer, "지난해 가람마트와 한빛마트, 누리마트 등 대형마트의 매출이 전체 유통업계에서 차지한 비중은 15.2%로 "
                           "편의점 비중 15.9%에 처음으로 뒤졌다.")
    assert "가람마트와 한빛마트, 누리마트 등 대형마트의 매출" in out, out


# --- the lede's fact told again right after it, with figures: the block tells it once, in the bullet that says more ---

ORDER_PAGE = ("한빛중공업, 대형 유조선 4척 수주\n\n"
              "한빛중공업이 대규모 유조선 수주에 성공했다.\n"
              "한빛중공업은 중동 지역 선사와 유조선 4척을 총 8420억원에 수주했다고 3일 공시했다.\n"
              "이번에 수주한 유조선은 2028년 3월까지 차례로 인도될 예정이다.\n"
              "한빛중공업은 올해 들어 모두 31척, 약 52억달러 규모의 일감을 확보했다.\n"
              "회사 관계자는 \"친환경 연료 추진선 수요가 늘면서 수주 협상이 빨라지고 있다\"고 말했다.\n"
              "업계에서는 하반기에도 유조선 발주가 이어질 것으로 보고 있다.\n")


def test_the_lede_told_again_with_figures_gives_way_to_the_fuller_bullet(analyzer):
    _, summary = summarize_page(analyzer, ORDER_PAGE)
    assert summary.bullets[0] == "한빛중공업, 중동 지역 선사와 유조선 4척을 총 8420억원에 수주", summary.bullets
    assert not any("대규모 유조선 수주에 성공" in b for b in summary.bullets), summary.bullets
    assert len(summary.bullets) >= 3, summary.bullets


def _keys(analyzer, text):
    from pipeline.analysis import content_key
    morphs = list(analyzer.morphs(text))
    words = {content_key(m) for m in morphs if m.tag not in {"SN", "NNB"}} - {None}
    return words, {m.form for m in morphs if m.tag == "SN"}, morphs


def test_the_same_places_about_another_subject_do_not_retell_the_lede(analyzer):
    from pipeline.engines.extractive import _lede_told_again
    lede = _keys(analyzer, "가람부, 돌봄학교 시범 운영 교육청으로 한빛·누리·가람·보람·다솜 선정")
    other = _keys(analyzer, "시범 운영학교, 지역별로 한빛 60개, 누리와 가람 각각 40개, 보람과 다솜 30개씩 모두 200개 학교")
    assert not _lede_told_again(other[0], other[1], *lede, 1)
    again = _keys(analyzer, "한빛중공업, 중동 지역 선사와 유조선 4척을 총 8420억원에 수주")
    first = _keys(analyzer, "한빛중공업, 대규모 유조선 수주에 성공")
    assert _lede_told_again(again[0], again[1], *first, 1)
    assert not _lede_told_again(again[0], again[1], *first, 4)  # (far from the lede, a sentence is a fact of its own)


# --- "전날" told from the day of a frame the bullet leaves out ("…고 29일 밝혔다") is named by its date -------------------

def test_the_day_before_a_frame_that_goes_is_named_by_its_date(analyzer):
    out = bullet(analyzer, "한빛구의회는 전날 제31회 임시회 본회의를 열고 조례안 등 모두 9건의 안건을 처리했다고 29일 밝혔다.")
    assert out.startswith("한빛구의회, 28일 제31회 임시회 본회의") and "전날" not in out, out
    out = bullet(analyzer, "14일 한빛소방서에 따르면 전날 가람동 상가 2층에서 발생한 화재로 60대 남성이 중상을 입었다.")
    assert out.startswith("13일 가람동 상가 2층에서 발생한 화재로") and "전날" not in out, out


def test_a_day_before_with_no_frame_day_stays(analyzer):
    # (guards: no day named, the reader's own day is meant; a day the bullet keeps, or two days, are left as written;
    # the first of a month has no day before it in the month)
    assert "전날" in bullet(analyzer, "한빛구의회는 전날 제31회 임시회 본회의를 열고 조례안 등 모두 9건의 안건을 처리했다.")
    out = bullet(analyzer, "한빛구는 전날인 11일 주민 설명회를 열고 주민 의견을 들었다고 12일 밝혔다.")
    assert "전날인 11일" in out, out
    out = bullet(analyzer, "한빛구의회는 전날 제31회 임시회 본회의를 열고 조례안 등 모두 9건의 안건을 처리했다고 1일 밝혔다.")
    assert "전날" in out and "0일" not in out, out
    # (nor a day of another act: "전날" there is the reader's day before)
    out = bullet(analyzer, "한빛시는 전날 주민 설명회를 열었고, 15일에는 공청회를 연다.")
    assert "전날" in out and "14일" not in out, out


# --- a later clause kept alone loses the "also" that pointed at the clause left out ("…비상 3단계도 해제") -------------

def test_the_also_of_a_clause_kept_alone_goes(analyzer):
    out = bullet(analyzer, "한빛시는 전날 오후 6시를 기해 호우 위기경보 수준을 ‘심각’에서 ‘주의’로 하향 조정하고, "
                           "재난안전대책본부 비상 3단계도 해제했다고 밝혔다.")
    assert out == "한빛시, 재난안전대책본부 비상 3단계 해제", out
    # (guard: with nothing left out, "also" points at what the article told before, and stays)
    assert bullet(analyzer, "한빛시는 재난안전대책본부 비상 3단계도 해제했다.") == "한빛시, 재난안전대책본부 비상 3단계도 해제"
    # (nor a "도" inside a word: "한빛도와" names a province)
    out = bullet(analyzer, "남쪽에서 올라온 수증기가 유입되면서 한빛도와 남해안 지역을 중심으로 시간당 30mm의 매우 강한 비가 내리고 있다.")
    assert "한빛도와 남해안" in out, out


# --- the subject of what is undergone ("…이 접수됐고,") is not who acts in the next clause ("…5명을 선정") ---------------

def test_a_subject_that_undergoes_the_first_clause_is_no_topic_of_the_next_act(analyzer):
    out = bullet(analyzer, "모두 12명이 후보로 접수됐고, 지난 24일 심사를 거쳐 각 분야별로 최종 5명을 선정했다.")
    assert out.startswith("모두 12명이 후보로 접수됐고,") and out.endswith("최종 5명 선정"), out
    # (guard: a subject that acts in both clauses is the topic)
    out = bullet(analyzer, "한빛전자가 올해 공장을 완공했고, 내년부터 배터리를 생산한다.")
    assert out.startswith("한빛전자, 올해 공장을 완공했고"), out


# --- the first of a list of places and figures ("경남이 1985ha, 경기 1581ha, …") is no topic of them all -----------------

def test_the_first_of_place_and_figure_pairs_is_no_topic(analyzer):
    out = bullet(analyzer, "지역별로는 한빛도가 1985ha, 가람도 1581ha, 누리도 1519ha 등의 피해를 입었다.")
    assert out.startswith("한빛도 1985ha, 가람도 1581ha, 누리도 1519ha") and "·" not in out, out
    assert bullet(analyzer, "지역별로는 서울이 5곳, 부산 3곳, 대구 2곳 순으로 많았다.").startswith("서울 5곳, 부산 3곳, 대구 2곳 순")
    # (guard: a subject before figures of its own, no place after the comma, is the topic)
    assert bullet(analyzer, "한빛전자가 1분기 매출 5조원, 영업이익 3000억원을 기록했다.").startswith("한빛전자, 1분기 매출 5조원")


# --- a comma between parallel clauses stays when the second opens on a quoted name ("…48곳으로, ‘높음’은 …") ------------

def test_a_parallel_comma_before_a_quoted_topic_stays(analyzer):
    # (Kiwi reads the quoted "높음" as a verb with its ending: no particle of the sentence)
    out = bullet(analyzer, "분석 결과 위험도가 ‘매우 높음’인 지역은 19곳에서 48곳으로, ‘높음’은 같은 기간에 50곳에서 78곳으로 늘어날 "
                           "것으로 예측됐다.")
    assert "48곳으로, ‘높음’은" in out, out
    # (guard: a comma that only marks word order goes)
    out = bullet(analyzer, "한빛시는 지난 12일 시청 대회의실에서, 시정 설명회를 열고 주민 의견을 들었다.")
    assert "대회의실에서 시정 설명회" in out, out


# --- a figure's subject particle Kiwi reads as the verb "가다" ("73.3%가 상승") is the particle, and goes after the topic --

def test_a_figures_particle_read_as_a_verb_is_mended(analyzer):
    tags = [(m.form, m.tag) for m in analyzer.morphs("투자 금액은 73.3%가 상승했다.")]
    assert ("가", "JKS") in tags and ("가", "VV") not in tags, tags
    assert bullet(analyzer, "상반기 대비 투자유치 금액은 73.3%가 상승했다.") == "투자유치 금액, 상반기 대비 73.3% 상승"
    # (guard: a figure that is the subject itself, with no topic before it, keeps its particle)
    assert bullet(analyzer, "응답자의 55.1%가 찬성했다.") == "응답자의 55.1%가 찬성"


# --- a bullet that leads with a distinctive count a chosen bullet gave ("총 3140건") tells that fact again --------------

REPORTS_PAGE = ("주정차 신고 작년보다 966건 증가\n\n"
                "올해 불법 주정차 신고 건이 3140건으로 전년대비 44.4% 증가했다.\n"
                "한빛시는 신고가 꾸준히 늘어 상가 밀집 지역 12곳에 단속 카메라를 새로 설치했다고 24일 밝혔다.\n"
                "올해 주정차 신고는 총 3140건으로 작년 2174건보다 966건이 증가했다. 신고센터를 통한 상담 건수는 총 약2600건으로 "
                "월 평균 약220건에 이른다.\n"
                "시가 조사한 결과 과태료 부과액은 총 5억6900만원이다. 주요 신고 유형은 소화전 주변 주차가 1210건(38.5%)으로 가장 "
                "많았다.\n"
                "시 관계자는 \"주민 안전을 위해 단속을 계속 강화하겠다\"고 말했다.\n")


def test_a_bullet_leading_with_a_count_already_given_is_a_repeat(analyzer):
    _, summary = summarize_page(analyzer, REPORTS_PAGE)
    assert sum("3140건" in b for b in summary.bullets) == 1, summary.bullets
    assert len(summary.bullets) >= 3, summary.bullets


def test_a_first_count_of_another_thing_is_no_repeat(analyzer):
    from pipeline.engines.extractive import _first_figure_told
    chosen = _keys(analyzer, "올해 불법 주정차 신고 건, 3140건으로 전년대비 44.4% 증가")
    again = _keys(analyzer, "올해 주정차 신고, 총 3140건으로 작년 2174건보다 966건 증가")
    other = _keys(analyzer, "올해 쓰레기 무단투기 적발, 총 3140건으로 작년보다 늘어")
    assert _first_figure_told(again[0], again[2], chosen[0], chosen[2])
    assert not _first_figure_told(other[0], other[2], chosen[0], chosen[2])  # (two words shared: "올해", "3140건" aside)


def test_a_retelling_further_on_leaves_the_lede_first_and_is_no_second_bullet(analyzer):
    # (a sentence between the lede and its retelling may lean on the lede: the lede keeps its place, the retelling goes)
    page = ORDER_PAGE.replace("한빛중공업이 대규모 유조선 수주에 성공했다.\n",
                              "한빛중공업이 대규모 유조선 수주에 성공했다.\n업계에서는 하반기에도 유조선 발주가 이어질 것으로 보고 있다.\n")
    _, summary = summarize_page(analyzer, page)
    assert summary.bullets[0] == "한빛중공업, 대규모 유조선 수주에 성공", summary.bullets
    assert not any("8420억원" in b for b in summary.bullets), summary.bullets


# --- lists a sentence pairs item by item ("…각각 15.2%, 98.3%, 17.3%, 10.6%") are never cut ---------------------------

def test_lists_paired_by_each_are_not_cut(analyzer):
    out = bullet(analyzer, "한빛해역에서는 삼치 3.6만 톤, 청어 2.8만 톤, 고등어 2.5만 톤, 꽃게 2.2만 톤 등 전년 대비 각각 15.2%, 98.3%, "
                           "17.3%, 10.6%씩 생산량이 늘어 모든 어종의 생산량이 증가했다.")
    assert "15.2%, 98.3%, 17.3%, 10.6%" in out and "고등어 2.5만 톤, 꽃게 2.2만 톤" in out, out
    # (guard: a list of plain names with no pairing keeps its first two)
    out = bullet(analyzer, "한빛수산연구소는 삼치, 청어, 고등어, 꽃게, 갈치 등 주요 어종의 생산량이 지난해보다 크게 늘어 어민들의 소득도 "
                           "함께 증가했다고 밝혔다.")
    assert "삼치, 청어 등 주요 어종" in out, out


# --- commas between places in parallel, each with its time ("…제주에, 오전 9시부터 전북에, …"), stay ------------------

def test_commas_between_parallel_places_stay(analyzer):
    out = bullet(analyzer, "한빛기상청은 이날 오전까지 남부권, 동부권, 섬 지역에, 오전 9시부터 중부와 북부권에, 오후부터 수도권과 서부, "
                           "내륙권에 비가 내릴 것으로 내다봤다.")
    assert "섬 지역에, 오전 9시부터 중부와 북부권에, 오후부터" in out, out
    # (guard: a phrase after the comma that ends in another case loses the comma, as the test above shows)
    assert "대통령실에서 국정브리핑" in bullet(analyzer, "대통령은 용산 대통령실에서, 국정브리핑을 열고 정책 방향을 설명했다.")


# --- a topic before a bare figure and its comma keeps its particle ("고등어는 11.1만 톤, 9.3% 감소") ---------------------

def test_a_topic_before_a_figure_and_its_comma_keeps_its_particle(analyzer):
    out = bullet(analyzer, "고등어는 11.1만 톤, 9.3% 감소했고 갈치는 5.4만 톤으로 14.4% 감소했다.")
    assert out.startswith("고등어는 11.1만 톤, 9.3% 감소"), out
    out = bullet(analyzer, "태풍의 중심기압은 930헥토파스칼(hPa), 중심부근에서 초속 50m의 강풍이 불고 있다.")
    assert out.startswith("태풍의 중심기압은 930헥토파스칼(hPa), "), out
    # (guards: a figure with its object case, and a date, are no list; the topic takes the headline comma)
    assert bullet(analyzer, "한빛전자는 매출 5조원, 영업이익 3000억원을 기록했다.").startswith("한빛전자, 매출 5조원")
    assert bullet(analyzer, "한빛반도체가 2020년 7월 HB2, 2022년 6월 HB3를 차례로 먼저 양산했다.").startswith("한빛반도체, 2020년 7월")


# --- an object with "도" right before the dropped first act's verb is no topic of the main clause --------------------

def test_an_also_object_of_a_dropped_act_is_no_topic(analyzer):
    out = bullet(analyzer, "정 장관은 콜린 장관과 별도의 양자 외교장관회담도 개최해 양국 동맹과 3국 협력, 북부 국경 문제 관련 양국 간 공조 "
                           "방안을 협의할 예정이다.")
    assert out == "정 장관, 양국 동맹과 3국 협력, 북부 국경 문제 관련 양국 간 공조 방안 협의 예정", out


# --- a subject with two glosses ("…(373220)(LG엔솔)이") takes the headline comma as with one ---------------------------

def test_a_subject_with_a_stock_code_and_a_short_name_takes_the_comma(analyzer):
    out = bullet(analyzer, "국내 가전 업계 1위 한빛전자(035720)(한전자)가 올해만 7건의 공급계약을 수주했다.")
    assert out == "국내 가전 업계 1위 한빛전자(한전자), 올해만 7건의 공급계약 수주", out
