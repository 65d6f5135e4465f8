"""Readings of this session. Pages and sentences written for these tests (not news copy)."""
import pytest
from bullet_helpers import bullet, summarize_page


# --- whose act a report frame says: a quoted title can be the reported clause's subject; a subject inside a
# --- nominalised clause ("…가 승인함에 따라") is that clause's, and the speaker acts in the rest -------------------

def test_a_quoted_title_as_the_reported_subject_keeps_the_frame(analyzer):
    out = bullet(analyzer, "한빛대는 국제학술지 '미래 소재'가 개교 40주년을 맞은 한빛대의 연구 성과를 소개하는 특집호를 냈다고 밝혔다.")
    # without the frame the university would read as the one that published the issue
    assert out.endswith(("밝혀", "밝힘")), out


def test_the_subject_of_a_nominalised_clause_is_not_the_reports(analyzer):
    out = bullet(analyzer, "한빛전력은 가람안전위원회가 한빛 2호기의 재가동을 승인함에 따라 곧바로 재가동 준비에 들어갔다고 밝혔다.")
    assert out.startswith("한빛전력, "), out
    assert "밝혀" not in out and "밝힘" not in out, out


def test_a_report_of_what_someone_else_did_keeps_its_frame(analyzer):
    # (guard: the subject of the reported clause's own predicate still keeps the frame)
    out = bullet(analyzer, "경찰은 박모씨가 지난달 한빛시 중심가에서 행인을 폭행했다고 밝혔다.")
    assert out.startswith("경찰, ") and out.endswith(("밝혀", "밝힘")), out


# --- a past date with its month ("지난 1월 19일") is past all through; a charge held now is no plan ---------------------

@pytest.mark.parametrize("sentence", [
    "지난 1월 19일 새벽 한빛시의 한 공장에서 불이 납니다.",
    "경찰은 지난 3월 5일 오후 한빛시 공장에서 합동 감식을 벌인다.",
])
def test_a_past_date_with_its_month_is_no_schedule(analyzer, sentence):
    out = bullet(analyzer, sentence)
    assert "예정" not in out and "전망" not in out, out


def test_a_charge_with_others_is_held_now(analyzer):
    out = bullet(analyzer, "이들은 지난 1월 19일 새벽 벽돌을 던진 혐의 등을 받는다.")
    assert out.endswith("혐의 등을 받음"), out


def test_a_day_ahead_with_its_month_is_still_a_schedule(analyzer):
    # (guard: no "지난", the month and day put the act ahead)
    out = bullet(analyzer, "한빛시는 1월 19일 새벽 공장 점검에 나선다.")
    assert out.endswith("나설 예정"), out


# --- a headline names the act with its object as one phrase: no object particle before the verbal noun that ends it

@pytest.mark.parametrize("sentence, expected", [
    ("한빛군은 14일 주민 소통 보고회를 개최했다.", "한빛군, 14일 주민 소통 보고회 개최"),
    ("한빛전자는 올해 3분기 잠정 실적을 발표했다.", "한빛전자, 올해 3분기 잠정 실적 발표"),
    ("한빛시의 인공지능 모델 수는 11개로 세계 3위를 차지했다.", "한빛시의 인공지능 모델 수, 11개로 세계 3위 차지"),
])
def test_the_object_before_a_closing_verbal_noun_takes_no_particle(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize("sentence, kept", [
    # a ㄹ-stem verb's "-어" takes its object bare, as a headline does ("…인기를 끌어" read as a clause cut off)
    ("축제는 가족 단위 관람객들에게 큰 인기를 끌었다.", "큰 인기 끌어"),
    # a gapped list keeps all its particles
    ("법원은 2명에게는 실형을, 나머지 2명에게는 집행유예를 선고했다.", "집행유예를 선고"),
    # "마을" ends in "을" but is no particle
    ("군수는 어제 섬 마을 방문에 이어 주민들과 만나 마을 청소했다.", "마을 청소"),
])
def test_the_object_particle_stays_where_it_is_no_headline_phrase(analyzer, sentence, kept):
    out = bullet(analyzer, sentence)
    assert kept in out, out


# --- after an opening clause of cause or time with its own subject, the topic leads the headline ------------------

@pytest.mark.parametrize("sentence, expected", [
    ("태풍 가람이 북상함에 따라 기상청은 제주도 남쪽 먼바다에 태풍경보를 발효했다.",
     "기상청, 태풍 가람이 북상함에 따라 제주도 남쪽 먼바다에 태풍경보 발효"),
    ("원자재 가격이 오르자 한빛전자는 제품 가격을 올렸다.", "한빛전자, 원자재 가격이 오르자 제품 가격을 올림"),
    ("신청자가 몰리면서 한빛시는 접수 기간을 연장했다.", "한빛시, 신청자가 몰리면서 접수 기간 연장"),
])
def test_the_topic_after_a_clause_of_cause_leads(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize("sentence, unwanted", [
    # (guards: a clause without its own subject may share the topic's, and a subject, not a topic, stays in place)
    ("판독해보니 한쪽 폐는 기능을 상실했다.", "한쪽 폐, 판독"),
    ("가격이 오르면서 비중이 줄었다.", "비중, 가격"),
])
def test_no_topic_is_fronted_past_a_clause_it_may_belong_to(analyzer, sentence, unwanted):
    assert unwanted not in bullet(analyzer, sentence)


# --- a particle Kiwi reads inside a word is no particle: it ends no word -------------------------------------------

def test_a_syllable_of_a_name_read_as_a_topic_particle_takes_no_comma(analyzer):
    # Kiwi: "김은강" = 김 + 은 (JX) + 강
    out = bullet(analyzer, "김은강 한빛시 국제협력관은 \"적극 협조해 달라\"고 당부했다.")
    assert out.startswith("김은강 한빛시 국제협력관, "), out


def test_a_short_company_name_with_en_is_not_spelled_out_or_spaced(analyzer):
    # Kiwi: "HB엔솔" = HB + 에 + ㄴ + 솔, like a contraction of "에는" ("특별전엔")
    out = summarize_page(analyzer, "HB엔솔, 수주 행진\n\nHB엔솔은 올해 공급계약 7건을 따냈다. HB엔솔은 금액을 밝히지 않았다. "
                                   "업계는 총 30조원이 넘을 것으로 본다.")[1].bullets
    assert all("HB엔솔" in b for b in out[:2]) and not any("에는" in b or "엔 솔" in b for b in out), out


def test_a_contraction_is_still_spelled_out(analyzer):
    # (guard: "특별전엔" ends its word)
    assert bullet(analyzer, "특별전엔 23만 명이 다녀갔다.").startswith("특별전에는")


# --- a wire's contributor byline ("(서울=뉴스1) 홍길동 한빛학원 평가이사 = …") is no text ---------------------------

def test_a_contributor_byline_after_the_wire_tag_is_furniture():
    from pipeline.parse import parse_article
    article = parse_article("한빛대 정시 합격선 낮을 듯\n(서울=뉴스1) 홍길동 한빛학원 평가이사 = 2026학년도 정시모집 원서접수가 "
                            "지난 2일 마감됐다. 한빛대 경쟁률은 3.2대 1이었다.", id="b")
    assert article.paragraphs[0].startswith("2026학년도 정시모집 원서접수가"), article.paragraphs


# --- "…하는 등" lists the subject's own act: a subject before it is no relative clause's ---------------------------

def test_a_subject_before_a_listed_act_makes_the_first_one_embedded(analyzer):
    out = bullet(analyzer, "한빛시가 홍보를 위해 개최한 갯벌축제에 외국인 관광객이 크게 증가하는 등 세계적인 축제로 성장했다는 평가다.")
    assert not out.startswith("한빛시, "), out


# --- a means phrase does not take the adverb that closes a comparison; a step's object shared by a listed act -------

def test_a_means_phrase_leaves_the_comparison_whole(analyzer):
    out = bullet(analyzer, "한빛미술관 소장품전에서 특히 주목해야 할 것은 이미 정해진 주제에 따라 작품을 고르는 다른 여느 기획전시와는 "
                           "달리 수집된 작품을 통해 동시대의 미감과 역사적 의미를 역으로 찾아낸다는 점이다.")
    assert "기획전시와는 동시대" not in out, out


def test_a_step_whose_object_the_listed_act_shares_is_not_split_off(analyzer):
    out = bullet(analyzer, "또한 각 카드사는 가맹점 수수료율 이의제기 절차를 일반 민원과 분리해 별도로 마련하는 등 수수료율 안내 및 "
                           "이의제기 절차를 보다 내실화할 방침이다.")
    assert "각 카드사, 별도로 마련하는" not in out and "절차를" in out.split("마련하는")[0], out


# --- "각각" with figures and nothing listed before it deals them to what the sentence before named -----------------

def test_each_without_a_list_waits_for_the_sentence_that_names_them(analyzer):
    page = ("완성차 내수 판매 석 달째 감소\n\n완성차 5개사의 8월 내수 판매는 11만8천 대로 지난해보다 6.2% 줄었다. "
            "한빛차는 신차 효과로 판매가 3.1% 늘었지만 가람차는 4.5% 줄었다. 업계는 경기 침체를 원인으로 꼽는다. "
            "누리차와 보람차의 부진은 더 심각하다. 신차 부재 영향 등으로 내수 판매가 각각 11.2%, 13.3%나 줄었다. "
            "수출은 지난해보다 2.4% 늘었다.")
    bullets = summarize_page(analyzer, page)[1].bullets
    assert not any("각각 11.2%" in b and "누리차" not in b for b in bullets), bullets


def test_acts_of_a_relative_clause_before_a_name_are_not_split_at_their_go(analyzer):
    # "…운용하고 | …받아낸 한빛은행에": both acts are the bank's; the first clause alone made the regulator do them
    out = bullet(analyzer, "금융감독원이 보험계약을 부적정하게 운용하고 중도상환수수료를 부당하게 받아낸 한빛은행에 '기관경고'의 "
                           "중징계 처분을 내리고 과태료 4억3천640만 원을 부과했습니다.")
    assert not out.endswith("부적정하게 운용"), out


def test_the_second_item_of_a_gapped_list_is_no_topic_of_the_main_clause(analyzer):
    out = bullet(analyzer, "한빛자동차는 내수 시장에서 6만 9천대, 수출은 34만 4천4백대를 팔아 작년 상반기보다 11.2% 늘어난 "
                           "41만 3천536대를 팔았습니다.")
    assert not out.startswith("수출, "), out


# --- the reporter's "here" before the place's name goes: the name says where ----------------------------------------

def test_here_before_a_named_place_goes(analyzer):
    out = bullet(analyzer, "네 이곳 한빛대병원은 주말이라 외래 환자는 없었지만, 응급실은 환자와 보호자들로 하루 종일 붐볐습니다.")
    assert out.startswith("한빛대병원"), out
    assert bullet(analyzer, "이곳은 한빛시장입니다.").startswith("이곳")  # (guard: a "here" the sentence names stays)


def test_half_of_a_description_joined_by_ija_does_not_go(analyzer):
    out = bullet(analyzer, "다음 달 14일에는 독일을 대표하는 악단이자 국제콩쿠르 협연악단으로 낯익은 베를린 필하모닉 오케스트라가 "
                           "수석지휘자 지휘로 서울 예술의전당 콘서트홀에서 공연한다.")
    assert "악단이자 베를린" not in out, out


def test_a_quoted_name_with_also_leans_on_an_earlier_sentence(analyzer):
    from pipeline.select import bullet_dangling_reason
    from bullet_helpers import analyse
    text = "‘누리밴’도 판매가 크게 줄어 전체 내수 판매는 1.9% 감소했다."
    assert "'도'" in (bullet_dangling_reason(analyse(analyzer, text).sentences[0].morphs, text) or "")
    text = "‘누리밴’ 판매가 크게 줄었다."  # (guard: no "도")
    assert bullet_dangling_reason(analyse(analyzer, text).sentences[0].morphs, text) is None


# --- a wire's credit after a caption, glued to the next sentence's subject, ends the caption ------------------------

def test_a_credit_glued_to_the_next_subject_ends_the_caption():
    from pipeline.parse import parse_article
    article = parse_article("한빛 총리가 국무회의에서 의사봉을 두드리고 있다. 연합뉴스정부는 30일 국무회의에서 재의요구안을 상정했다. "
                            "대통령실은 거부권을 예고해왔다.", id="c")
    assert article.paragraphs[0].startswith("정부는 30일"), article.paragraphs
    # (guard: the wire as a subject keeps its name)
    article = parse_article("기자들이 모여 있다. 연합뉴스는 30일 이 소식을 전했다. 다른 매체도 보도했다.", id="d")
    assert any("연합뉴스는 30일" in p for p in article.paragraphs), article.paragraphs


# --- who announced what a named person did is not who acts in the next sentence ------------------------------------

def test_an_announcers_topic_is_not_carried_to_what_the_announced_person_does(analyzer):
    page = ("박가람, 한빛FC와 재계약\n\n박가람(29)이 한빛FC와 재계약에 사인했다. 한빛FC 구단은 23일 공식 홈페이지를 통해 "
            "\"박가람과 2030년까지 4년 재계약을 체결했다\"고 발표했다. 재계약 기간을 다 지키면 한빛FC에서 10년을 채운다. "
            "박가람은 2021년 한빛FC에 입단했다.")
    from pipeline.parse import parse_article
    from pipeline.select import continuing_actor
    doc = analyzer.analyze(parse_article(page, id="t"))
    index = next(i for i, s in enumerate(doc.sentences) if s.text.startswith("재계약 기간을"))
    assert continuing_actor(doc, index) is None
    # (guard: a topic that goes on with its own act is carried: "…시행한다”고 밝혔다. | …연봉 4억원을 내걸었다")
    page = ("한빛의료원, 의사 구인\n\n한빛의료원은 \"의료원 최초로 주 4.5일 근무를 시행한다\"고 밝혔다. "
            "영상의학과 전문의에겐 연봉 4억원 이상을 급여조건으로 내걸었다. 지원자는 아직 없다.")
    doc = analyzer.analyze(parse_article(page, id="u"))
    index = next(i for i, s in enumerate(doc.sentences) if s.text.startswith("영상의학과"))
    assert continuing_actor(doc, index) == "한빛의료원"
