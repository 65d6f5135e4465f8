"""Readings from fresh news read this session (setAT–setAV and the 296 pages before them): what a long bullet can
lose and still say the news. Sentences written for these tests (not news copy)."""
import pytest

from bullet_helpers import bullet


@pytest.mark.parametrize("sentence, kept, gone", [
    # a concessive circumstance: the record is the news, the hard times around it are not
    ("세계 경기 둔화와 원자재 가격 급등, 환율 불안 등 안팎의 어려운 여건 속에서도 한빛시의 지난해 수출이 역대 최대인 "
     "125억달러를 기록했다.", "한빛시의 지난해 수출", "여건 속에서도"),
    # "…하는 가운데": what went on meanwhile, with its own subject; the rest has its own
    ("시민과 관광객 수백 명이 지켜보는 가운데 한빛시가 새로 지은 시립 도서관과 체육관, 공연장 등 문화시설 3곳의 개관식을 "
     "한꺼번에 열었다.", "문화시설 3곳", "가운데"),
    # after the topic: who acts stays, the scene goes
    ("김하나 한빛시장은 시민 수백 명이 지켜보는 가운데 지난 시정의 사업 12건을 모두 중단하는 내용의 시정 방침 문서에 "
     "서명했다.", "김하나 한빛시장", "가운데"),
    ("한빛전자는 반도체 경기 침체에도 불구하고 올해 3분기 영업이익이 지난해 같은 기간보다 두 배 넘게 늘어난 2조 "
     "3천억원을 기록했다고 밝혔다.", "한빛전자", "불구하고"),
    # a ruling: the court gives it, not its bench or judge
    ("서울남부지방법원 형사12단독 김하나 판사는 음주운전 등 혐의로 재판에 넘겨진 40대 박씨에게 징역 2년6개월을 "
     "선고했다.", "서울남부지방법원, ", "김하나"),
    ("한빛지법 서부지원 형사3단독 이두리 판사는 하청 노동자 사망 사고와 관련해 원청업체 대표 A씨에게 징역 1년에 "
     "집행유예 2년을 선고했다.", "한빛지법 서부지원, ", "형사3단독"),
    # a bench with its presiding judge in brackets: the bench goes, the court keeps the particle's place
    ("한빛고법 형사2부(재판장 박세나 부장판사)는 선거법 위반과 명예훼손 혐의로 기소된 A 기자에게 원심과 같은 징역 1년에 "
     "집행유예 2년을 선고했다.", "한빛고법, ", "형사2부"),
])
def test_a_long_bullet_drops_what_the_news_does_not_need(analyzer, sentence, kept, gone):
    out = bullet(analyzer, sentence, max_chars=60)
    assert kept in out and gone not in out, out


@pytest.mark.parametrize("sentence, kept", [
    # the rest points back at the circumstance: "이 흐름" is the growth
    ("한빛반도체는 서버용 메모리 수요가 올해 큰 폭으로 늘어난 가운데 내년에도 이 흐름이 한동안 이어질 것으로 내다봤다고 "
     "밝혔다.", "가운데"),
    # a named actor's act around the fact may be whose the claim is ("…발사를 감행한 가운데 … 성공을 주장")
    ("한빛국이 지난 21일 밤 정찰위성 세 번째 발사를 감행한 가운데 위성이 예정된 궤도에 들어섰다며 발사 성공을 거듭 "
     "주장했다.", "한빛국"),
    # a disaster going on is why the rest happened (read blind: without it the evacuation had no cause)
    ("한빛군 야산에서 난 산불이 사흘째 번지는 가운데 한빛군과 이웃 두 개 군에서 집을 떠나 대피한 주민이 1만2천여명에 "
     "이르렀다.", "산불"),
    # fits as it is: nothing is dropped
    ("물가가 오르는 가운데 한빛마트 매출이 늘었다.", "가운데"),
])
def test_a_circumstance_stays_where_the_rest_needs_it(analyzer, sentence, kept):
    out = bullet(analyzer, sentence, max_chars=60)
    assert kept in out, out


def test_a_short_rulings_bullet_keeps_its_bench(analyzer):
    out = bullet(analyzer, "한빛지법 형사1부는 김씨에게 징역 3년을 선고했다.", max_chars=60)
    assert out.startswith("한빛지법 형사1부"), out


def test_a_conjunction_glued_to_a_bracket_or_particle_is_a_name(analyzer):
    # "그란데(473ml)와 …": a cup size Kiwi reads as the connective "그런데"; the bullet had opened "(473ml)와 …"
    out = bullet(analyzer, "그란데(473ml)와 벤티(591ml) 사이즈 가격은 각각 300원, 600원 오른다.")
    assert out.startswith("그란데(473ml)와 벤티"), out
    # a connective standing apart still goes
    assert not bullet(analyzer, "그런데 한빛마트의 숏 사이즈 가격은 300원 내린다.").startswith("그런데")


def test_a_sub_heading_glued_to_the_paragraph_that_restates_it_is_a_heading():
    from pipeline.parse import parse_article

    article = parse_article("한빛커피, 값 올린다\n\n입력\n\n한빛커피, 3년 만에한빛커피가 3년 만에 커피 등 음료 가격을 조정한다. "
                            "원두 가격이 크게 올랐기 때문이다.\n\n가장 작은 사이즈는 300원 내린다.", id="t")
    assert article.paragraphs[0].startswith("한빛커피가 3년 만에 커피 등 음료 가격을 조정한다."), article.paragraphs
    assert "한빛커피, 3년 만에" in [h.text for h in article.headings]
    # a paragraph that names its subject twice is not split ("한빛시는 … 한빛시 …")
    plain = parse_article("제목\n\n입력\n\n한빛시는 올해 한빛시 예산을 늘리기로 했다. 시의회도 동의했다.", id="t")
    assert plain.paragraphs[0].startswith("한빛시는 올해"), plain.paragraphs


@pytest.mark.parametrize("sentence, kept, gone", [
    # "이날 오전 12시 기준": the time goes with its "as of" ("기준 1006만명" said nothing)
    ("배급사에 따르면 영화 ‘한빛의 봄’은 이날 오전 12시 기준 1006만명을 기록했다.", "1006만명", "기준"),
])
def test_as_of_goes_with_its_time(analyzer, sentence, kept, gone):
    out = bullet(analyzer, sentence)
    assert kept in out and gone not in out, out


def test_when_it_happened_is_all_a_verb_of_happening_says(analyzer):
    # "사고는 7일 오전 2시 40분경 발생했으며 …": without the time, "사고는 발생했으며" said nothing
    out = bullet(analyzer, "한빛시 환경과에 따르면 해당 사고는 7일 오전 2시 40분경 발생했으며 배관 교체 작업 중 가스 배관이 막혀 "
                           "유해가스가 거꾸로 흘러나온 것이 원인으로 밝혀졌다.", max_chars=60)
    assert "는 발생했으며" not in out and "해당 사고는 발생" not in out, out


@pytest.mark.parametrize("sentence, reason", [
    ("어떤 이유 때문인지, 김하나 기자가 청년들을 만나봤습니다.", "hand-off"),
    ("한빛시 공사 비리를 단독 취재한 내용으로 9시 뉴스 시작합니다.", "programme"),
    ("마약이 우리 주변에 깊게 들어와 있다는 게 실감 나는 뉴스입니다.", "remark"),
    ("조금 전 보신 제보 영상은 오늘 아침 7시 50분쯤 한빛역 승강장 상황입니다.", "pictures the viewer saw"),
])
def test_an_anchors_talk_is_no_content(analyzer, sentence, reason):
    from pipeline.select import non_content_reason

    from bullet_helpers import analyse
    doc = analyse(analyzer, sentence)
    why = non_content_reason(doc.sentences[0])
    assert why is not None and reason in why, why


def test_what_was_reported_is_content(analyzer):
    from pipeline.select import non_content_reason

    from bullet_helpers import analyse
    for sentence in ("정부가 내년 예산을 12조원 늘리기로 했다는 소식입니다.", "한빛역 사고 영상을 본 시민들이 대피 요령을 공유했습니다."):
        assert non_content_reason(analyse(analyzer, sentence).sentences[0]) is None, sentence


def test_a_two_sentence_caption_dated_with_the_day_of_the_picture_is_no_content(analyzer):
    from pipeline.parse import parse_article
    from pipeline.select import content_sentences

    text = ("한일 정상, 공동발표문 채택\n\n"
            "김하나 대통령과 다나카 일본 총리가 지난 23일 도쿄 총리 관저에서 정상회담을 마친 뒤 웃으며 악수하고 있다. "
            "양국 정상이 공동발표문을 채택한 것은 17년 만이다.\n\n"
            "김하나 대통령과 다나카 총리가 정상회담에서 미래지향적 협력 관계 구축에 뜻을 모았다. 양국은 5개 분야 공동발표문을 냈다.")
    doc = analyzer.analyze(parse_article(text, id="t"))
    chosen = [doc.sentences[i].text for i in content_sentences(doc)]
    assert not any("악수하고 있다" in t for t in chosen), chosen
    assert any("17년 만이다" in t for t in chosen), chosen
    # a lede of two sentences telling of work under way is news, not a picture
    lede = ("싱크홀 구조 난항\n\n지난 24일 한빛구의 한 도로에서 생긴 싱크홀로 추락한 운전자를 구조하기 위한 작업이 12시간 넘게 난항을 "
            "겪고 있다. 소방 당국은 25일 새벽 오토바이를 발견했다.\n\n소방 당국은 토사를 퍼내고 있다.")
    doc = analyzer.analyze(parse_article(lede, id="t"))
    assert any("난항을 겪고 있다" in doc.sentences[i].text for i in content_sentences(doc))


@pytest.mark.parametrize("sentence, expected", [
    # the words shouted are in another sentence: "이같이 외치며" points at nothing in a bullet
    ("한빛구 주민센터에 찾아온 60대 민원인 A씨는 이같이 외치며 난동을 부리기 시작했다.", "한빛구 주민센터에 찾아온 60대 민원인 A씨, 난동을 부리기 시작"),
    # "이날부터": from the story's day, which no bullet gives (a range with its end stays)
    ("쇼핑몰 한빛몰은 이날부터 한빛마트 상품권 사용을 중단했다.", "쇼핑몰 한빛몰, 한빛마트 상품권 사용 중단"),
    ("구호대는 이날 오전부터 빠르게 모든 준비를 마친 뒤 공항에서 출정식을 가졌다.", "구호대, 빠르게 모든 준비를 마친 뒤 공항에서 출정식을 가짐"),
    ("열차는 이날 오전 9시부터 오후 6시까지 운행한다.", "열차, 이날 오전 9시부터 오후 6시까지 운행"),
])
def test_what_points_outside_the_bullet_goes(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_a_broadcasters_two_dot_leader_separates_headline_points(analyzer):
    from pipeline.parse import parse_article
    from pipeline.select import headline_points

    doc = analyzer.analyze(parse_article("한빛 구단 첫 우승‥김하나도 우승 메달\n\n한빛 구단이 창단 10년 만에 처음 우승했다.", id="t"))
    points = headline_points(doc, analyzer.morphs)
    assert len(points) == 2, points
    assert "김하나" in points[1] and "김하나" not in points[0], points


def test_one_count_of_the_same_name_with_the_same_event_words_is_one_fact(analyzer):
    from pipeline.engines.extractive import _same_figures_told
    from pipeline.analysis import content_key

    def keys(text):
        morphs = list(analyzer.morphs(text))
        return {content_key(m) for m in morphs if m.tag not in {"SN", "NNB"}} - {None}, morphs

    chosen = keys("한빛제철, 45년 넘게 가동해온 한빛제철소 1선재공장을 19일 전격 폐쇄")
    quote = keys('한빛제철, "공급 과잉과 설비 노후화 등을 종합적으로 고려해 1선재공장 폐쇄를 결정했다"')
    assert _same_figures_told(quote[0], quote[1], *chosen)
    # a figure of its own is another fact about the same plant
    output = keys("한빛제철 1선재공장, 지난 45년간 누적 2800만t의 선재 제품을 생산해옴")
    assert not _same_figures_told(output[0], output[1], *chosen)


@pytest.mark.parametrize("sentence, expected", [
    # what led up to the act, told in "-는데,": the act is the news
    ("한빛경찰청이 방송사의 분석 자료를 제공받아 추가로 분석했는데, 당장 올해 7~8월까지 9천 세대 넘는 세입자가 전세 사기 "
     "피해를 입을 수도 있다는 예상을 내놨습니다.",
     "한빛경찰청, 당장 올해 7~8월까지 9천 세대 넘는 세입자가 전세 사기 피해를 입을 수도 있다는 예상을 내놓음"),
])
def test_a_long_bullet_keeps_the_act_not_what_led_up_to_it(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_a_contrasts_second_topic_keeps_its_own_predicate(analyzer):
    # "A는 늘었는데, B는 줄었다": B's fall is never told of A ("반도체 수출, …줄어들어")
    out = bullet(analyzer, "올해 한빛시의 반도체 수출은 지난해보다 크게 늘었는데, 자동차 부품 수입은 오히려 지난해의 절반 수준으로 "
                           "줄어든 것으로 나타났다.")
    # (the city that owns both figures may stay with the second: "한빛시 자동차 부품 수입, …")
    assert out.startswith(("자동차 부품 수입", "한빛시 자동차 부품 수입")) or "늘었는데" in out, out


def test_where_a_finding_was_printed_stays(analyzer):
    # read blind, the journal was a point of the story's headline ("국제학술지 1% 저널 논문 게재"): it stays
    out = bullet(analyzer, "한빛대학교와 새빛대학교 공동연구팀이 리튬이온전지의 초기 용량 손실을 개선할 수 있는 계면 제어 기반의 "
                           "신소재 기술을 개발해 국제적으로 권위 있는 학술지에 연구 성과를 발표했다.")
    assert "학술지" in out, out


def test_alternatives_describing_the_subject_keep_their_own_subjects_particle(analyzer):
    # "지수가 30 이상이거나, 27 이상이면서 …질환이 있는 환자만": the index is the alternatives', not who acts
    out = bullet(analyzer, "체질량지수가 30 이상이거나, 27 이상이면서 고혈압 등 동반 질환이 있는 비만 환자만 의사에게 처방받을 수 "
                           "있습니다.")
    assert not out.startswith("체질량지수,"), out


@pytest.mark.parametrize("sentence", [
    "핵심은 흑연의 가장자리에 새 분자를 도입한 뒤 이온성 액체를 공유결합 형태로 적용한 계면 제어 기술이다.",
    "원인은 배관 교체 작업 중 가스 배관이 막혀 가스가 거꾸로 흐른 것으로 밝혀졌다.",
])
def test_the_key_or_cause_of_something_unsaid_dangles(analyzer, sentence):
    from pipeline.select import sentence_dangles

    from bullet_helpers import analyse
    why = sentence_dangles(analyse(analyzer, sentence).sentences[0])
    assert why is not None and "bare noun" in why, why


def test_a_quotation_alone_is_told_apart_from_one_with_its_speaker(analyzer):
    # the fill never makes a bullet of a quotation with no speaker in it (a pull quote under a photo, a bite)
    from pipeline.select import whole_quotation

    from bullet_helpers import analyse
    assert whole_quotation(analyse(analyzer, "“이번 연구 결과가 산업 전반에 기여하는 기술로 발전하길 기대합니다.”").sentences[0])
    assert not whole_quotation(analyse(analyzer, "김 교수는 “이번 연구 결과가 산업에 기여하길 기대한다”고 말했다.").sentences[0])


@pytest.mark.parametrize("sentence, expected", [
    # "우리 정부가": the country's own government, no pronoun pointing back; fronted as any subject is
    ("지진으로 큰 고통을 겪는 한빛국을 돕기 위해 우리 정부가 긴급구호대를 급파했습니다.", "우리 정부, 지진으로 큰 고통을 겪는 한빛국을 돕기 위해 긴급구호대 급파"),
    ("해외 언론에서 제기한 한빛국의 파병설을 우리 정부가 공식 확인했다.", "우리 정부, 해외 언론에서 제기한 한빛국의 파병설을 공식 확인"),
])
def test_our_government_leads_as_any_subject(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_a_step_inside_a_clause_made_a_noun_is_no_clause_of_its_own():
    from pipeline.analysis import get_kiwi, to_morphs
    from pipeline.compress import _inside_noun_clause

    # "가스배관이 막혀 | 가스가 역류한 것이 원인": the blockage is part of the cause; offered alone, the bullet had lost it
    morphs = list(to_morphs(get_kiwi(0).tokenize("배관 교체 작업 중 가스배관이 막혀 유해가스가 역류한 것이 원인으로 밝혀졌다.")))
    k = next(x for x, m in enumerate(morphs) if m.tag == "EC" and m.form == "어")
    assert _inside_noun_clause(morphs, k)
    morphs = list(to_morphs(get_kiwi(0).tokenize("경찰은 현장에 출동해 용의자를 체포했다.")))
    k = next(x for x, m in enumerate(morphs) if m.tag == "EC")
    assert not _inside_noun_clause(morphs, k)


@pytest.mark.parametrize("sentence, expected_end", [
    # an event told in the present is ahead or under way: "열림" read as over
    ("역사상 첫 단독 3국 정상회의가 한빛국 대통령 별장인 한빛 캠프에서 열립니다.", "열릴 예정"),
    # the half of the year it happens in schedules it
    ("한빛자동차가 올 상반기 국내에 새 전기 승용차를 선보인다.", "선보일 예정"),
    # a habit, or a broadcast's present for a past day, is no plan
    ("한빛 축제는 매년 10월 한빛공원에서 열린다.", "열림"),
    ("지난 26일 한빛시청 광장에서 시민 축제가 성대하게 열립니다.", "열림"),
])
def test_a_present_event_or_a_plan_for_the_half_year_is_no_deed_done(analyzer, sentence, expected_end):
    out = bullet(analyzer, sentence)
    assert out.endswith(expected_end), out


@pytest.mark.parametrize("sentence, kept", [
    # a state said to hold now, before the change the story tells: without "현재" it reads as the new rule
    ("현재 국어와 수학은 '공통+선택과목' 체제이고, 사회·과학탐구와 직업탐구 역시 최대 2과목을 선택해 치를 수 있다.", "현재 국어와 수학"),
    # "-적인" before a name is an adjective, not an apposition that says who the name is
    ("한빛증권 부산본사도 사라지게 되면서 부산에 연고를 둔 금융기업은 이제 한빛은행과 형식적인 부산본사가 남은 새빛생명 뿐입니다.",
     "형식적인"),
])
def test_a_long_bullet_keeps_words_that_change_what_it_says(analyzer, sentence, kept):
    out = bullet(analyzer, sentence, max_chars=40)
    assert kept in out, out


def test_a_media_players_fallback_text_is_no_part_of_the_article():
    from pipeline.clean import normalize_text

    # the read-aloud button's label, the fallback and the clip's length had run into a caption
    text = normalize_text("기사를 읽어드립니다Your browser does not support theaudioelement.0서부전선에서 병사들이 경계를 서고 있다.")
    assert text == "\n서부전선에서 병사들이 경계를 서고 있다."
    assert normalize_text("Your browser doesn't support HTML5 video.\n한빛시가 문을 열었다.") == "Your browser doesn't support HTML5 video.\n한빛시가 문을 열었다."
