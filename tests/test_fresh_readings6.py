"""Readings from fresh news read this session (setBC–setBH): who acts, what is content, and how a contrast reads
once a bullet is cut down. Sentences written for these tests (not news copy)."""
import pytest

from bullet_helpers import analyse, bullet, only_sentence


def test_a_speaker_who_acts_as_they_speak_keeps_the_main_clause(analyzer):
    # "A는 “…”고 언급하며 …예고했다": "-며" goes on with A, so the long quotation goes and A's act stays
    out = bullet(analyzer, "김하나 전 대표는 전날 한빛시 추모공원을 찾은 뒤 기자들과 만나 \"동료들과 좀 더 이야기할 것이 있지만, "
                           "제 생각으로는 이번 주말쯤에는 제가 직접 말씀을 드리는 게 맞지 않겠나 싶다\"고 언급하며 "
                           "이번 주 안에 새 당 창당을 예고한 바 있다.", max_chars=60)
    assert out.startswith("김하나 전 대표, ") and "창당" in out and "\"" not in out, out


def test_a_speaker_before_background_does_not_own_the_reporters_clause(analyzer):
    # "…라고 설명했는데," then the reporter's own statement: the speaker is not given the main clause
    out = bullet(analyzer, "한빛시 관계자는 \"공사는 예정대로 끝날 것\"이라고 설명했는데, 현장에서는 벌써 두 달째 작업이 "
                           "멈춰 있어 주민들의 걱정이 크다.", max_chars=40)
    assert not out.startswith("한빛시 관계자, 현장"), out


@pytest.mark.parametrize("sentence, kept", [
    # a gapped contrast whose second topic is described by a relative clause ("…로 통했던 두리구는")
    ("이번 주 한빛시 아파트값은 9개월 만에, ‘투자 1번지’로 통했던 두리구는 1년 2개월 만에 올랐다.",
     "아파트값은 9개월 만에"),
    # the same without a description, as before
    ("이번 주 한빛시 아파트값은 9개월 만에, 두리구는 1년 2개월 만에 올랐다.", "아파트값은 9개월 만에"),
])
def test_a_gapped_contrast_keeps_both_topics(analyzer, sentence, kept):
    out = bullet(analyzer, sentence, max_chars=60)
    assert kept in out, out


def test_a_topic_followed_by_a_relative_clause_on_the_object_gets_its_comma(analyzer):
    # no second topic after the comma: the relative clause describes the object, the topic is the headline's
    out = bullet(analyzer, "한빛전자는 지난달, 새로 문을 연 공장에서 만든 첫 제품을 해외로 수출했다.", max_chars=60)
    assert out.startswith("한빛전자, "), out


def test_a_script_with_a_blank_line_after_each_line_is_read_as_sentences():
    from pipeline.parse import parse_article

    # a page of a broadcast script set one phrase per line with a blank line after each: the anchor's lede is one
    # sentence, not three lines of which the first is a condition and the last a fragment
    page = ("위기의 한빛터미널…\"가족 만나러 갈 길 막막\"\n\n김하나 기자 입력 2025-09-30 08:13\n\n◀ 앵 커 ▶\n\n"
            "명절이면 귀성객들로 붐비던 \n\n시골 버스터미널이 인구 감소 속에 \n\n하나둘 문을 닫고 있습니다.\n\n\n"
            "이런 상황에서 시외버스를 대신할 \n\n교통수단이 없는 주민들은 \n\n고립될 처지에 놓였습니다.\n\n\n"
            "◀ 리포트 ▶\n\n\n축제 기간임에도, \n\n대합실은 텅 비어 있습니다.\n\n\n"
            "승객이 줄면서 노선은 물론, \n\n운행 횟수도 절반으로 줄었습니다.\n")
    paragraphs = parse_article(page, id="t").paragraphs
    assert "명절이면 귀성객들로 붐비던 시골 버스터미널이 인구 감소 속에 하나둘 문을 닫고 있습니다." in paragraphs, paragraphs
    assert any(p.startswith("이런 상황에서 시외버스를 대신할 교통수단이") for p in paragraphs), paragraphs
    assert "축제 기간임에도, 대합실은 텅 비어 있습니다." in paragraphs, paragraphs


def test_one_line_per_paragraph_with_blank_lines_stays_as_it_is():
    from pipeline.parse import parse_article

    # each line a whole sentence: nothing is joined across the blank lines
    page = ("한빛시 새 버스 노선 개통\n\n한빛시가 다음 달 새 버스 노선 세 개를 연다.\n\n"
            "노선은 시청과 역, 대학을 잇는다.\n\n시는 요금을 올리지 않기로 했다.\n")
    paragraphs = parse_article(page, id="t").paragraphs
    assert list(paragraphs) == ["한빛시가 다음 달 새 버스 노선 세 개를 연다.", "노선은 시청과 역, 대학을 잇는다.",
                          "시는 요금을 올리지 않기로 했다."], paragraphs


@pytest.mark.parametrize("sentence, kept, gone", [
    # "…있는데요," (Kiwi: "는" + "데" + "이" + "요"): the background clause of a script goes as "-는데," would
    ("어제에 이어 오늘도 황사가 유입되면서 서울과 대구 등 곳곳에 황사가 관측되고 있는데요, 수도권 등 전국 대부분 지역의 "
     "미세먼지 농도는 현재 100마이크로그램을 웃돌고 있습니다.", "미세먼지 농도", "관측"),
    # "…들어섰는데요," (one ending): the same
    ("금메달리스트 김하나 선수와 동메달리스트 이가람 선수가 대형 태극기를 들고 밝은 표정으로 한빛공항 입국장에 "
     "들어섰는데요, 선수단 본진은 체육회장을 비롯한 임원진과 7개 종목 선수 등 모두 50여 명입니다.", "50여 명", "태극기"),
])
def test_a_spoken_background_ending_is_a_clause_ending(analyzer, sentence, kept, gone):
    out = bullet(analyzer, sentence, max_chars=60)
    assert kept in out and gone not in out and "요," not in out, out


def test_a_spoken_background_ending_kept_whole_loses_its_polite_yo(analyzer):
    out = bullet(analyzer, "어젯밤부터는 한빛군 마을 방송이 잔잔한 음악으로 바뀌기도 했는데요, 군청이 안내 방송을 멈춘 지 "
                           "일곱 시간 만의 일입니다.", max_chars=60)
    assert "했는데," in out and "요," not in out, out


def test_what_came_next_is_not_the_news(analyzer):
    # "…발표했는데, 이어 오후에는 장관들이 브리핑을 열었다": the briefing after the plan is no headline of its own
    out = bullet(analyzer, "정부는 오늘 오전 대통령이 주재한 토론회에서 이런 내용을 담은 '한빛 반도체 단지 조성 방안'을 "
                           "발표했는데, 이어 오후에는 관련 부처 장관들이 합동 브리핑을 열고 세부 계획을 설명했습니다.", max_chars=60)
    assert not out.startswith("오후에는"), out


def test_a_copulas_adnominal_is_no_subject_particle(analyzer):
    # "원전인" read as "원전" + "이" (subject) + a stray coda: the comma went after "원전", splitting its description
    from pipeline.analysis import to_morphs, get_kiwi

    morphs = to_morphs(get_kiwi(0).tokenize("원전인 고리2호기가 다시 멈췄다."))  # (Kiwi misreads it with this name)
    assert ("이", "VCP") in [(m.form, m.tag) for m in morphs] and not any(m.tag == "Z_CODA" for m in morphs)
    out = bullet(analyzer, "국내 두 번째 상업 운전 원전인 고리2호기가 3년 7개월의 심사를 거쳐 운전 기간 연장 승인을 받았다.",
                 max_chars=60)
    assert "원전인 고리2호기, " in out, out


def test_a_subject_with_its_comitative_stays_in_place(analyzer):
    # "…위고비와 경쟁이 본격화": "위고비와" belongs to "경쟁"; fronted, "경쟁, …위고비와 본격화" lost what competes with what
    out = bullet(analyzer, "한빛제약의 비만 치료제 '가람정'이 병원에서 처방을 시작하면서 국내 시장을 선점한 누리정과 경쟁이 "
                           "본격화될 전망이다.", max_chars=80)
    assert "누리정과 경쟁" in out and not out.startswith("경쟁,"), out


@pytest.mark.parametrize("sentence, kept", [
    # after a clause of when ("…주춤하는 사이"), a comma in place would split the sentence
    ("전기차 판매 증가세가 주춤하는 사이 하이브리드차가 많이 팔리고 있습니다.", "하이브리드차가 많이"),
    # the subject's own head is "경우": the comma stays ("…경우, 늘어")
    ("만원 버스가 돼 승객을 태우지 못하고 지나치는 경우가 확연히 늘었습니다.", "경우, 확연히"),
])
def test_a_comma_in_place_after_a_clause_of_when(analyzer, sentence, kept):
    out = bullet(analyzer, sentence, max_chars=60)
    assert kept in out, out


@pytest.mark.parametrize("bullet_text, expected", [
    # a person named by surname inside a bullet, under any title, takes the full name the article gave before
    ("일반 여론조사에서는 정 후보가 60%를 득표해 40%를 얻은 박 후보를 앞지름",
     "일반 여론조사에서는 정누리 후보가 60%를 득표해 40%를 얻은 박가람 후보를 앞지름"),
    ("여야, 이 대표 재판을 두고 정면충돌", "여야, 이하늘 대표 재판을 두고 정면충돌"),
    # "전 대표" is a former one, never a surname
    ("여야, 전 대표 재판을 두고 정면충돌", "여야, 전 대표 재판을 두고 정면충돌"),
])
def test_a_surname_inside_a_bullet_is_written_in_full(analyzer, bullet_text, expected):
    from pipeline.engines.extractive import _inner_names_in_full

    doc = analyse(analyzer, "한빛당 대표 경선에는 정누리 후보와 박가람 후보가 나섰다.",
                  "이하늘 대표는 전한결 대표와 만났다.", title="한빛당 새 대표 선출")
    assert _inner_names_in_full(bullet_text, doc.sentences[:2], [], doc.article.title) == expected


def test_a_surname_is_not_expanded_when_a_bullet_above_names_the_person(analyzer):
    from pipeline.engines.extractive import _inner_names_in_full

    doc = analyse(analyzer, "한빛당 대표 경선에는 정누리 후보와 박가람 후보가 나섰다.", title="한빛당 새 대표 선출")
    text = "일반 여론조사에서는 정 후보가 60%를 득표해 40%를 얻은 박 후보를 앞지름"
    assert _inner_names_in_full(text, doc.sentences[:1], ["박가람 후보, 2위"], doc.article.title) \
        == text.replace("정 후보", "정누리 후보")


def test_this_way_read_as_pronoun_and_particle_is_still_a_connective(analyzer):
    # Kiwi reads "이처럼" as "이" + "처럼": the connective goes as it does when read as one adverb
    out = bullet(analyzer, "이처럼 수능일 추위는 없겠지만 전국적으로 비 예보가 나와 있습니다.", max_chars=60)
    assert not out.startswith("이처럼") and "비 예보" in out, out
    # "그러다 보니" tells a consequence of the sentence before: it stays, and the sentence dangles
    out = bullet(analyzer, "그러다 보니 뒤에 있는 열차들이 줄줄이 밀렸습니다.", max_chars=60)
    assert out.startswith("그러다 보니"), out


def test_a_line_break_tag_stripped_of_its_brackets_before_a_capital():
    from pipeline.clean import normalize_text

    # "…입니다.brbr[리포트]brSUV 차량이": the tag before a Latin capital had stayed in the sentence ("brSUV")
    assert normalize_text("김하나 기자입니다.brbr[리포트]brSUV 차량이 부서졌습니다. br br끝") \
        == "김하나 기자입니다.\n[리포트]\nSUV 차량이 부서졌습니다.\n끝"
    assert normalize_text("Abr cbr 표기 br 하나") == "Abr cbr 표기 br 하나"


def _intro_parts(analyzer, *paragraphs):
    from pipeline.config.summarize import KiwiEngineConfig
    from pipeline.select import score_sentences

    doc = analyse(analyzer, *paragraphs, title="한빛시 새해 첫날 만취운전…20대 숨져")
    return doc, score_sentences(doc, KiwiEngineConfig()).parts["intro"]


def test_the_anchors_intro_before_the_hand_off_counts_as_the_summary(analyzer):
    doc, intro = _intro_parts(
        analyzer,
        "새해 첫날부터 술에 취한 운전자가 차량 석 대와 잇따라 부딪히는 사고를 냈습니다. 27살 여성이 목숨을 잃었습니다. "
        "김하나 기자입니다.",
        "소방대원들이 차 문을 강제로 열자 운전자가 밖으로 나옵니다. 남성은 이후 사거리에서 중앙선을 넘어 승용차 2대와 부딪혔습니다. "
        "경찰은 남성을 상대로 음주운전 경위를 조사하고 있습니다.")
    assert [s.index for s in doc.sentences if intro[s.index]] == [0, 1]


def test_no_intro_without_a_hand_off_and_none_for_a_dangling_hook(analyzer):
    _, intro = _intro_parts(analyzer, "한빛시가 새 버스 노선 세 개를 엽니다. 노선은 시청과 역을 잇습니다. 시는 요금을 올리지 않습니다.")
    assert not intro.any()
    doc, intro = _intro_parts(analyzer, "한빛시 아파트에서 마약 모임이 적발됐습니다. 이들은 모두 마약에 취해 있었습니다. "
                                        "김하나 기자가 취재했습니다.", "경찰은 현장에서 5명을 체포했습니다.")
    assert [s.index for s in doc.sentences if intro[s.index]] == [0]  # ("이들": the hook leans on the sentence before)


def test_the_intro_lifts_its_short_second_fact_above_a_scene_of_the_report(analyzer):
    import dataclasses

    from pipeline.config.summarize import KiwiEngineConfig
    from pipeline.select import score_sentences

    doc = analyse(
        analyzer,
        "새해 첫날부터 술에 취한 운전자가 차량 석 대와 잇따라 부딪히는 사고를 냈습니다. 27살 여성이 목숨을 잃었습니다. "
        "김하나 기자입니다.",
        "소방대원들이 차 문을 강제로 열자 운전자가 밖으로 나옵니다. 남성이 몰던 차량은 교차로에서 택시를 먼저 들이받고 달아났습니다. "
        "남성도 크게 다쳐 병원에서 치료를 받고 있고, 택시 기사 등 2명도 다쳤습니다.",
        title="새해 첫날 20대 목숨 앗아간 만취운전")
    with_intro = score_sentences(doc, KiwiEngineConfig()).score
    without = score_sentences(doc, dataclasses.replace(KiwiEngineConfig(), intro_weight=0.0)).score
    # sentence 1 ("27살 여성이 목숨을 잃었습니다") against the reporter's scene (sentence 3, "소방대원들이 …")
    assert without[1] < without[3] and with_intro[1] > with_intro[3], (without, with_intro)


def test_what_rose_is_what_recorded_the_rate_not_who_announced_it(analyzer):
    # "…발표하고, | 서울 아파트값이 0.18% 상승해 | 같은 상승률을 기록했다고 밝혔다": the bullet had read "한빛원, 같은
    # 상승률을 기록" (the announcer as the one who rose)
    out = bullet(analyzer, "한빛부동산원은 오늘 12월 셋째 주 전국 주간 아파트 가격 동향 조사 결과를 발표하고, 서울 아파트 매매가격이 "
                           "0.18% 상승해 전주와 같은 상승률을 기록했다고 밝혔습니다.", max_chars=60)
    assert "매매가격이 0.18% 상승해" in out or out.startswith("서울 아파트 매매가격"), out


def test_out_in_the_street_is_no_venue_to_spare(analyzer):
    out = bullet(analyzer, "서울역 인근에서 30년 동안 노숙인의 식사를 책임지던 한빛나눔터 무료급식소는 원래 있던 건물에서 나와 "
                           "지난해 9월부터 거리에서 배식을 이어가고 있다.", max_chars=60)
    assert "거리에서 배식" in out, out


def test_the_time_a_cleft_tells_stays(analyzer):
    # "…사고를 낸 건 어젯밤 10시쯤, …": without the time, "…낸 건 교차로에 …" is broken
    out = bullet(analyzer, "28살 남성이 몰던 승합차가 사고를 낸 건 어젯밤 10시쯤, 교차로에 신호를 기다리던 택시를 먼저 들이받은 "
                           "뒤 그대로 달아났습니다.", max_chars=60)
    assert "10시쯤" in out, out


def test_a_names_topic_particle_after_a_symbol_is_no_verb(analyzer):
    from pipeline.analysis import get_kiwi, to_morphs

    # Kiwi reads "EDUⅡ는" as a symbol, the verb "늘다" and "-ㄴ"
    morphs = to_morphs(get_kiwi(0).tokenize("발주사인 EDUⅡ는 내년 3월까지 계약을 마무리 짓는다."))
    pairs = [(m.form, m.tag) for m in morphs]
    assert pairs[pairs.index(("Ⅱ", "SL")) + 1] == ("는", "JX") and ("늘", "VV") not in pairs, pairs
    # the name is the topic; the comma had gone to the subject of the relative clause ("…한빛전력공사, 새 원전 …")
    out = bullet(analyzer, "발주사인 EDUⅡ는 한빛전력공사가 새 원전 사업을 위해 만든 자회사로 앞으로 원전 건설을 책임진다.")
    assert "한빛전력공사, " not in out, out


def test_a_markdown_image_line_is_the_pictures_caption():
    from pipeline.parse import parse_article

    page = ("한빛당, 과반 확보 실패\n2025년 07월 21일(월) 06:13 |\n"
            "![]() 20일 한빛당 본부 개표센터에서 취재진 앞에 선 김하나 대표가 이동하고 있다. 이날 선거에서 과반 확보에 실패했다. A\n"
            "21일 개표 결과에 따르면 한빛당은 과반 기준인 50석에 못 미치는 46석을 얻었다.\n"
            "한빛당이 과반을 지키지 못한 것은 창당 이후 처음이다.\n")
    article = parse_article(page, id="t")
    assert not any("취재진 앞에 선" in p for p in article.paragraphs), article.paragraphs
    assert any("취재진 앞에 선" in c for c in article.captions), article.captions


def test_where_someone_stands_in_the_picture_goes_from_their_gloss(analyzer):
    out = bullet(analyzer, "한국 수영의 에이스 김하나(20·한빛시청·가운데)가 세계 선수권대회 남자 자유형 200m에서 금메달을 땄다.")
    assert "(20·한빛시청)" in out and "가운데" not in out, out


def test_ramen_a_space_after_a_noun_is_no_condition(analyzer):
    from pipeline.analysis import get_kiwi, to_morphs

    pairs = [(m.form, m.tag) for m in to_morphs(get_kiwi(0).tokenize("올해 우리나라 전체 라면 수출은 10억 달러를 기록했다."))]
    assert ("라면", "NNG") in pairs and ("라면", "EC") not in pairs, pairs
    # glued to its noun, "-라면" is the condition it is
    pairs = [(m.form, m.tag) for m in to_morphs(get_kiwi(0).tokenize("그가 대표라면 회사를 살렸을 것이다."))]
    assert ("라면", "EC") in pairs, pairs
    out = bullet(analyzer, "올해 우리나라 전체 라면 수출은 10억 2천만 달러를 기록했습니다.")
    assert out.startswith("올해 우리나라 전체 라면 수출"), out


def test_no_two_commas_in_a_row_before_the_headline_comma(analyzer):
    out = bullet(analyzer, "코로나 이후, 미술관이나 박물관을 찾는 관람객이 크게 늘었습니다.")
    assert out.count(",") == 1 and "관람객, " in out, out
    # a list before the subject keeps its commas
    out = bullet(analyzer, "서울, 부산, 대구의 아파트값이 크게 올랐다.")
    assert "서울, 부산, 대구" in out, out


def test_compared_with_read_as_noun_and_suffix_is_no_step(analyzer):
    # Kiwi reads "비해" as "비" + "하" + "-어": "…수요에 비해" compares, and the subject before it stays said
    out = bullet(analyzer, "교통약자 이동권 보장 수단으로 손꼽히는 장애인 콜택시 등 특별교통수단이 수요에 비해 운영 대수가 부족해 "
                           "장애인들이 불편을 호소하고 있다.")
    assert "특별교통수단" in out, out


def test_a_sound_bite_after_a_broken_off_line_is_no_part_of_it():
    from pipeline.parse import parse_article

    page = ("한빛 의회 첫 AI 청문회\n\n<앵커>\n\n의회에서 처음으로 AI 청문회가 열렸습니다.\n\n<기자>\n\n"
            "청문회 진행을 맡은 김하나 의원이 모두 발언을 시작하겠다고 하자, \n\n"
            "[김하나/한빛 의회 위원장 : 이제 모두 발언을 시작하겠습니다.]\n\n"
            "연설이 흘러나옵니다. \n\n이 연설은 AI가 쓰고 \n\nAI가 읽었습니다.\n\n"
            "연설문은 챗봇이 썼고, \n\n목소리도 AI가 만들었습니다.\n")
    paragraphs = parse_article(page, id="t").paragraphs
    assert not any("하자, [" in p or "하자, 이제" in p for p in paragraphs), paragraphs
    assert "이 연설은 AI가 쓰고 AI가 읽었습니다." in paragraphs, paragraphs


def test_a_viewing_frame_that_says_of_what_stays(analyzer):
    # "커피 수입물가지수를 보면, …물가는 …": without the frame, "물가" reads as prices in general
    out = bullet(analyzer, "한국은행 경제통계시스템에서 커피 수입물가지수를 보면, 지난 2020년 가격을 100으로 뒀을 때, 지난달 물가는 "
                           "307.12로 집계돼 3배 가까이 치솟았습니다.", max_chars=60)
    assert "커피" in out, out
    # a frame that only says where to look goes
    out = bullet(analyzer, "건강보험 진료실적을 보면, 상반기 진료비는 지난해보다 12% 늘어난 52조원을 기록했다.", max_chars=40)
    assert out.startswith("상반기 진료비"), out


@pytest.mark.parametrize("sentence, expected_start", [
    # the broadcaster as the subject of a relative clause is no part of the news; the clause stays
    ("저희가 서울의 대학 병원 응급실에서 만난 환자들은 실제로 진료를 받는데 어려움을 겪고 있었습니다.", "서울의 대학 병원 응급실에서 만난 환자들, "),
    ("저희 취재진이 현장에서 만난 주민들은 불안을 호소했습니다.", "현장에서 만난 주민들, "),
    # with nothing else in the clause it stays ("만난 주민들" alone would be odd)
    ("저희가 만난 주민들은 불안을 호소했습니다.", "저희가 만난 주민들"),
])
def test_the_station_as_a_relative_clauses_subject_goes(analyzer, sentence, expected_start):
    out = bullet(analyzer, sentence)
    assert out.startswith(expected_start), out


@pytest.mark.parametrize("sentence, ending", [
    # what one had to do stays past: "피해야 함" read as an obligation now
    ("한빛구의 아파트에서 불이 나 잠자던 주민 50여 명이 급하게 피해야 했습니다.", "피해야 했음"),
    ("주민들은 내일까지 대피해야 한다.", "대피해야 함"),
])
def test_what_one_had_to_do_stays_past(analyzer, sentence, ending):
    out = bullet(analyzer, sentence)
    assert out.endswith(ending), out


@pytest.mark.parametrize("sentence, kept", [
    # after the concession the writer's judgement is the main clause: the topic is the concession's and keeps its
    # particle ("허위사실, 인정되나," had split it from its verb)
    ("허위사실은 인정되나, 공익에 관한 공적 사안으로 비방 목적이 증명되지 않았다는 판단입니다.", "허위사실은 인정되나"),
    # a topic that acts in both clauses still takes the headline comma (a guard: it passes before the change too)
    ("한빛시는 예산을 늘렸으나, 주민 불만을 잠재우지 못했다.", "한빛시, "),
])
def test_a_concessions_topic_before_a_judgement_keeps_its_particle(analyzer, sentence, kept):
    out = bullet(analyzer, sentence, max_chars=80)
    assert out.startswith(kept), out
