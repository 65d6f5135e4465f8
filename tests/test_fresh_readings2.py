"""Readings from a blind reading of fresh news (economy, courts, culture, regional news): a concession's own
subject ("…취업이 늦어져도 괜찮다"), "도" marking what was not done, a predicate that only says "so" ("…그렇지
않았습니다"), a past-tense sign-off, a player's "video thumbnail" label, a script telling what the pictures
show, a connective Kiwi reads as a noun before a topic, a reported judgement with no subject of its own, and a
time clause that looks like a topic ("바쁠 때는"). Sentences written for these tests (not news copy)."""
import pytest

from bullet_helpers import analyse, bullet, only_sentence
from pipeline.format import finish_headline
from pipeline.parse import parse_article
from pipeline.select import continuing_actor, dangling_reason, describes_footage, non_content_reason


def test_the_subject_of_a_concession_is_not_the_topic(analyzer):
    # "…대학생도 … 취업이 늦어져도 괜찮다" had become "취업, …대학생도 … 늦어져도 괜찮음": the delay fronted as who speaks
    out = bullet(analyzer, "졸업을 앞둔 학생도 원하는 회사가 아니라면 입사가 늦어져도 괜찮다고 말했다.")
    assert not out.startswith("입사,") and "입사가 늦어져도" in out
    # a topic that acts in both clauses still takes the comma
    assert bullet(analyzer, "한빛전자는 주가가 떨어져도 자사주를 사지 않기로 했다.").startswith("한빛전자, ")


@pytest.mark.parametrize("text, expected", [
    # "도" on an object: the count is the subject ("구직활동, 하지 않고 …" said job-seeking did something)
    ("구직활동도 하지 않고 쉬었다는 청년 수가 40만 명 넘음", "구직활동도 하지 않고 쉬었다는 청년 수가 40만 명 넘음"),
    ("수출도 역대 최대 기록", "수출, 역대 최대 기록"),
    # a subject inside a concession is no main subject: "도" still marks the topic
    ("학생도 원하는 회사가 아니라면 입사가 늦어져도 괜찮음", "학생, 원하는 회사가 아니라면 입사가 늦어져도 괜찮음"),
])
def test_also_becomes_the_topic_only_where_nothing_else_is_the_subject(analyzer, text, expected):
    assert finish_headline(text, "", analyzer.kiwi) == expected


@pytest.mark.parametrize("sentence, dangles", [
    ("20대 청년들의 분위기는 그렇지 않았습니다.", True),
    ("지방 도시들도 이렇지 않다.", True),
    ("그렇지 않아도 어려운 시장에 악재가 겹쳤다.", True),  # opens with it
    ("한빛시는 인구가 줄어 학교 3곳을 통폐합했다.", False),
])
def test_a_final_so_refers_back(analyzer, sentence, dangles):
    s = only_sentence(analyzer, sentence)
    assert (dangling_reason(s.morphs, s.text) is not None) is dangles


def test_the_broadcaster_telling_where_it_went_is_no_content(analyzer):
    assert "hand-off" in non_content_reason(only_sentence(analyzer, "YTN이 하늘에서 피해 현장을 살펴봤습니다."))
    assert non_content_reason(only_sentence(analyzer, "한빛은행이 세계 경제를 살펴봤습니다.")) is None


@pytest.mark.parametrize("sentence", ["베이징 김가람 특파원이 보도합니다.", "연말을 맞아 지역 현안을 다시 살펴보는 '뉴스, 그 후' 순서입니다."])
def test_a_correspondents_hand_off_and_a_segments_intro_are_no_content(analyzer, sentence):
    assert "hand-off" in non_content_reason(only_sentence(analyzer, sentence))


def test_a_past_tense_sign_off_is_no_content(analyzer):
    s = only_sentence(analyzer, "지금까지 한빛소방본부에서 전해드렸습니다.")
    assert "hand-off" in non_content_reason(s)
    assert non_content_reason(only_sentence(analyzer, "소방당국은 화재 원인을 주민들에게 전해 들었다고 밝혔다.")) is None


def test_a_players_video_thumbnail_label_leaves_the_lede():
    article = parse_article("전셋값 두 달 만에 3억 원 올라\n\nvideo thumbnail\n[앵커]\n고금리에도 서울 전셋값은 여전히 오르고 있습니다.\n"
                            "봄 이사철을 앞두고 매물은 줄고 있습니다.\n", id="t")
    assert article.paragraphs[0].startswith("고금리에도")
    assert all("thumbnail" not in p for p in article.paragraphs)


@pytest.mark.parametrize("sentence, footage", [
    ("건물에서 검은 연기가 솟아오르고 벽면으로 빨간 불꽃도 보입니다.", True),
    ("공장 굴뚝 꼭대기에서 연기가 뿜어져 나옵니다.", True),
    ("검은 연기가 하늘을 뒤덮고 있습니다.", True),
    ("거실 콘센트에서 불이 시작된 것으로 보입니다.", False),  # "it seems", not "is seen"
    ("불길이 치솟았습니다.", False),  # what happened, told in the past
    ("검은 연기가 하늘을 뒤덮었다.", False),  # print prose
    ("산불이 강풍을 타고 번지고 있습니다.", False),  # news under way
    ("7월부턴 적용 대상도 확대됩니다.", False),  # what will happen
    # narration with nothing a report carries: no figure, name, day or plan
    ("곧바로 경광등을 켠 순찰차가 차량을 뒤쫓습니다.", True),
    ("조업을 마친 배가 항구로 돌아옵니다.", True),
    ("높은 물가 등이 원인으로 꼽힙니다.", False),  # a judgement
    ("전력망 특별법 제정에 대한 목소리가 나옵니다.", False),  # voices raised, not shown
    ("한빛시는 2025년부터 유보통합을 추진합니다.", False),  # a figure, a plan of a named body
    ("경찰은 오늘 운전자를 불러 조사합니다.", False),  # a day: news of what comes
    ("치매는 크게 두 가지로 나뉩니다.", False),  # a topic explained, no scene
    ("혈관성 치매도 인지능력이 떨어집니다.", False),  # what a thing generally undergoes
])
def test_a_script_telling_what_the_pictures_show_is_no_content(analyzer, sentence, footage):
    s = only_sentence(analyzer, sentence)
    assert describes_footage(s.morphs) is footage
    assert (non_content_reason(s) is not None) is footage


def test_a_connective_read_as_a_noun_is_no_part_of_the_actor(analyzer):
    doc = analyse(analyzer, "한빛 타이거즈는 우승했다. 반면 가람 라이온즈는 준우승에 머물렀다. "
                            "통산 8차례 우승한 팀이지만 이번 패배로 11번째 준우승 기록을 더했다.")
    assert continuing_actor(doc, 2) == "가람 라이온즈"


@pytest.mark.parametrize("sentence, expected", [
    # no subject of the judgement: cut at "라고", the speaker would be the measure
    ("농민들은 정책에 동참하지 않으면 매입 대상에서 제외되는 등 강압적 조치라고 지적했다.",
     "농민들, 정책에 동참하지 않으면 매입 대상에서 제외되는 등 강압적 조치라고 지적"),
    # with one, the frame goes as before
    ("농민들은 이번 대책이 강압적 조치라고 지적했다.", "농민들, 이번 대책 강압적 조치"),
    # the speaker's own plan says itself
    ("한빛문고는 14일부터 추가 입고를 받을 예정이라고 밝혔다.", "한빛문고, 14일부터 추가 입고를 받을 예정"),
])
def test_a_reported_judgement_without_its_subject_keeps_its_frame(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_a_time_clause_is_no_nearer_topic(analyzer):
    # "…바쁠 때는 최대 69시간까지 …방안을 확정하고, 관련 법 개정안을 입법예고했다" had become "…, 때는 관련 법 …"
    out = bullet(analyzer, "한빛부는 지난 6일 현행 ‘주 52시간제’를 바쁠 때는 최대 69시간까지 가능하도록 하는 "
                           "근로시간제 개편 방안을 확정하고, 관련 법 개정안을 입법예고했다.")
    assert out == "한빛부, 관련 법 개정안을 입법예고"


def test_a_wire_photos_caption_credited_after_its_date_stamp_is_a_caption():
    # "…구매하고 있다. (background sentences) 2024.10.11/뉴스1 ⓒ News1 홍길동 기자": the whole paragraph, longer than a
    # caption usually runs, is the lead photo's caption
    caption = ("12일 서울 종로구 한빛문고를 찾은 시민들이 한빛 작가의 책을 구매하고 있다. 한빛재단은 지난 10일 한빛 작가를 수상자로 "
               "발표했다. 한빛재단은 선정 이유로 \"상처를 마주하는 강렬한 산문\"을 꼽았다. 국내 작가의 수상은 이번이 두 번째이며, "
               "아시아 작가로는 12년 만이다. 한빛재단은 \"역사의 상처에 맞서고 삶의 연약함을 드러낸 강렬한 시적 산문\"이라고 "
               "평가했다. 수상 소식이 전해진 뒤 전국 서점에 독자들이 몰렸다. 2024.10.12/한빛1 ⓒ Hanbit1 홍길동 기자")
    article = parse_article(f"한빛 작가 책 10만 부 판매\n\n{caption}\n\n(서울=한빛1) 김가람 기자 = 한빛 작가의 수상 발표 후 하루 만에 "
                            "그의 책이 10만 부 팔렸다.\n\n12일 한빛문고 관계자는 재고가 거의 소진됐다고 설명했다.\n", id="t")
    assert article.paragraphs[0].startswith("한빛 작가의 수상 발표 후") and len(article.paragraphs) == 2
    assert article.captions == (caption,) or list(article.captions) == [caption]


def test_a_subject_with_a_pronoun_is_not_fronted(analyzer):
    # "그의 책, 소설가 한강의 … 발표 후 18시간 만에 10만 3000부 판매": fronted, "그의" points at nothing before it
    out = bullet(analyzer, "소설가 김가람의 수상 발표 후 18시간 만에 그의 책이 10만 3000부가 판매됐다.")
    assert out.startswith("소설가 김가람의 수상 발표 후 18시간 만에 그의 책") and ", " not in out


def test_sentences_run_together_in_a_transcript_make_no_bullet_while_others_are_left(analyzer, monkeypatch):
    import dataclasses

    from pipeline.config.summarize import SummarizeConfig
    from pipeline.engines import build_engine

    # a subtitle transcript with no full stops: Kiwi may keep a bracketed bite and the sentences around it as one
    # "sentence" that no safe deletion brings near bullets.max_chars; it is no bullet while other sentences are left
    doc = analyse(analyzer, "한빛시 가정어린이집이 4년 사이 35% 줄었습니다.", "출생아 수는 2021년에 26만 명으로 27% 줄었습니다.",
                  "정부는 2025년부터 유보통합을 추진합니다.", "어린이집 재원 아동 수는 145만 명에서 118만 명으로 18% 줄었습니다.",
                  "사립유치원도 지난 5년 동안 190곳이 문을 닫았습니다.", title="가정어린이집 줄폐업…정부, 유보통합 추진")
    engine = build_engine("kiwi", SummarizeConfig(), analyzer)
    run_on = "정부, 보육 정책을 보완하겠다고 강조했습니다 [김가람 장관 : 출산율이 떨어졌습니다] " * 4
    bullet_of = engine._bullet

    def long_third(doc, index, **kwargs):
        made = bullet_of(doc, index, **kwargs)
        return dataclasses.replace(made, text=run_on.strip(), fits=False) if index == 2 else made

    monkeypatch.setattr(engine, "_bullet", long_third)
    summary = engine.summarize(doc)
    assert len(summary.bullets) >= 3 and run_on.strip() not in summary.bullets, summary.bullets




def test_line_break_tags_left_in_exported_text_break_lines():
    from pipeline.clean import normalize_text

    assert normalize_text("한빛은행, 2연패<br /><br />[앵커]<BR>가람은행을 꺾었습니다.<p></p>") == "한빛은행, 2연패\n\n[앵커]\n가람은행을 꺾었습니다.\n\n"
    article = parse_article("한빛은행 2연패<br /><br />[앵커]<br /><br />한빛은행이 가람은행을 꺾고 우승했습니다.<br /><br />"
                            "김한빛 선수는 2년 연속 최우수선수로 뽑혔습니다.", id="t")
    assert article.paragraphs == ("한빛은행이 가람은행을 꺾고 우승했습니다.", "김한빛 선수는 2년 연속 최우수선수로 뽑혔습니다.")
    assert normalize_text("a < b 이고 c > d 이다") == "a < b 이고 c > d 이다"  # no tag, nothing changes


def test_a_connective_read_as_the_verb_stand_is_one_ending(analyzer):
    # "묶여서" read as "묶이" + "-어" + "서" (stand): the subject after it took the headline comma ("…묶여서 주민들, …")
    s = only_sentence(analyzer, "한빛아파트의 쓰레기통이 쇠사슬로 묶여서 주민들이 20일 넘게 어려움을 겪고 있습니다.")
    assert ("어서", "EC") in [(m.form, m.tag) for m in s.morphs]
    assert "주민들," not in bullet(analyzer, s.text)
    assert ("서", "VV") in [(m.form, m.tag) for m in only_sentence(analyzer, "시민들이 줄을 서서 기다렸다.").morphs]


@pytest.mark.parametrize("sentence, expected", [
    # the copula contracted into a noun's last syllable: the noun is written whole ("결괍" was left)
    ("지난 총선 당시 한빛연합이 얻은 91석보다 2배가 넘는 결괍니다.", "지난 총선 당시 한빛연합이 얻은 91석보다 2배가 넘는 결과"),
    ("올해 영업이익이 역대 최대 규몹니다.", "올해 영업이익, 역대 최대 규모"),
    # how a fact came to light is no finding: "…사실도 한빛방송 보도" had lost "로 확인"
    ("김 의원이 주식 공개를 누락한 사실도 한빛방송 보도로 확인됐습니다.", "김 의원이 주식 공개를 누락한 사실도 한빛방송 보도로 확인"),
    ("매출액이 2214조원으로 집계됐다.", "매출액, 2214조원"),  # a figure found: the frame goes, as before
    # "-는 것 같다는 말에": its subject is embedded, not who acts
    ("건물 안에 사람이 있는 것 같다는 말에 망설임 없이 뛰어들었다 화마에 목숨을 잃었습니다.",
     "건물 안에 사람이 있는 것 같다는 말에 망설임 없이 뛰어들었다 화마에 목숨을 잃음"),
])
def test_contracted_copulas_disclosures_and_seeming_clauses(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_a_spoken_explanation_tail_refers_back(analyzer):
    s = only_sentence(analyzer, "엄중한 징계가 필요하다는 겁니다.")
    assert "explains" in dangling_reason(s.morphs, s.text)


@pytest.mark.parametrize("text, expected", [
    ("지난해 11월, 17억 원대였던 전셋값, 두 달 사이에 3억 원 뜀", "지난해 11월 17억 원대였던 전셋값, 두 달 사이에 3억 원 뜀"),
    ("같은 기간, 전국 어린이집 아동 수, 18% 줄어", "같은 기간 전국 어린이집 아동 수, 18% 줄어"),
    ("올해, 수출 반등", "올해, 수출 반등"),  # one comma: nothing to read as a list
])
def test_a_leading_times_comma_gives_way_to_the_topic_comma(text, expected):
    assert finish_headline(text) == expected


def test_an_amount_described_by_its_relative_clause_takes_its_subjects_particle(analyzer):
    # once "…으로 집계됐다고 밝혔다" goes, the amount is the predicate: "매출이 …늘어난 44조 원" read as a fragment
    out = bullet(analyzer, "한빛차는 올해 1분기 매출이 전년 동기보다 9.2% 늘어난 44조4078억 원으로 집계됐다고 밝혔다.")
    assert out == "한빛차, 올해 1분기 매출 전년 동기보다 9.2% 늘어난 44조4078억 원"
    assert bullet(analyzer, "주가가 16.65% 오른 2만1300원에 거래를 마쳤다.").startswith("주가가 ")  # a verb follows: the particle stays


def test_the_same_period_of_a_named_time_points_back_at_nothing(analyzer):
    from pipeline.compress import _has_subject, _refers_back

    s = only_sentence(analyzer, "한빛차의 수출 물량이 24만 대로 전년 같은 기간보다 1.1% 늘었다.")
    morphs = list(s.morphs)
    assert _has_subject(morphs) and not _refers_back(morphs)
    # "같은 조건일 때" still compares with what came before
    assert _refers_back(list(only_sentence(analyzer, "같은 조건일 때 수출 물량이 늘었다.").morphs))
