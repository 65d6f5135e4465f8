"""Readings from fresh news read this session: deletions that a long sentence needs must not leave half a date
("자 '…차트'", "점심 경의선") or take a count of days for one ("일주일에 6일"), and a day word inside a relative
clause with its own subject does not take the clause's verb and subject with it ("북한이 어제 발사한 ICBM").
Sentences written for these tests (not news copy)."""
import pytest

from bullet_helpers import analyse, bullet, only_sentence


@pytest.mark.parametrize("sentence, kept, gone", [
    # "8월3일 자 '…차트'": the date "as of" goes whole or not at all ("자 '한빛차트'" said nothing)
    ("가수 한별의 정규 2집 '바다(Sea)'가 8월3일 자 '한빛차트 100'에서 17위를 차지했다.", None, ", 자 '"),
    # a meal before a clock time is part of the time ("점심 경부선 일대" read as the meal)
    ("한빛군은 이날 점심 12시쯤 경부선 일대 선로 점검을 목적으로 전동차 운행을 모두 멈췄다.", None, "점심"),
    ("소방당국은 저녁 7시 30분께 한빛시장 일대 상가 점검을 목적으로 출입을 모두 통제했다.", None, "저녁"),
    # so many days a week is how often, not when
    ("평균 일주일에 6일, 매일 5시간 넘게 빈 병을 모아서 버는 돈은 한 달에 12만 원에 불과하다.", "6일", None),
])
def test_a_long_sentences_dates_go_whole_or_not_at_all(analyzer, sentence, kept, gone):
    out = bullet(analyzer, sentence, max_chars=40)
    assert kept is None or kept in out, out
    assert gone is None or gone not in out, out


@pytest.mark.parametrize("sentence, subject", [
    ("일본이 어제 발사한 정찰위성 H-9가 기존 모델이 아닌, 새로운 고해상도 위성이라고 밝혔다.", "일본이"),
    # a reported clause: who launched it is who speaks ("…IRBM이 …라고 밝혀" had said it with no speaker)
    ("북한이 어제 발사한 중거리 미사일 IRBM이 기존 북극성형이 아닌, 새로운 화성-21형이라고 밝혔습니다.", "북한"),
])
@pytest.mark.parametrize("max_chars", [40, 50])
def test_a_day_word_after_a_relative_clauses_subject_keeps_that_subject(analyzer, sentence, subject, max_chars):
    # "…이 어제 발사한 X": the day word goes alone; the launch and who made it stay
    out = bullet(analyzer, sentence, max_chars=max_chars)
    assert out.startswith(subject) and "발사한" in out, out


def test_line_break_tags_stripped_of_their_brackets_break_lines():
    from pipeline.clean import normalize_text
    from pipeline.parse import parse_article

    # "…했습니다. br br 불안한 …": the page's <br> tags lost their brackets; "br br" had opened three bullets
    assert normalize_text("ppbr br [앵커]br한빛시가 문을 엽니다.br br저는 김하나입니다. brbr21일 첫날") \
        == "\n[앵커]\n한빛시가 문을 엽니다.\n저는 김하나입니다.\n21일 첫날"
    article = parse_article("한빛시 축제 개막\nbr br 한빛시가 축제를 열었습니다. br br 관람객 3만 명이 몰렸습니다.", id="t")
    assert " ".join(article.paragraphs).endswith("한빛시가 축제를 열었습니다. 관람객 3만 명이 몰렸습니다.")
    assert not any("br" in p for p in article.paragraphs)
    # one "br" may be a word, and letters around it make another word
    assert normalize_text("브랜드 br 하나만") == "브랜드 br 하나만"
    assert normalize_text("Abr cbr 표기") == "Abr cbr 표기"


@pytest.mark.parametrize("sentence", [
    "[목격자 : 쾅 소리가 난 뒤에도 버스가 멈추지 않고 계속 달렸어요.]",
    "[현장 목격자 : (가게에서) 나오는데 한 아저씨가 피를 흘리고 서 계셨어요.]",
    "[경찰 관계자/음성변조 : 압수수색을 했고, 혐의를 밝히려고 수사하고 있습니다.]",
])
def test_a_bracketed_sound_bite_labelled_with_its_speaker_is_no_content(analyzer, sentence):
    from pipeline.select import non_content_reason

    doc = analyse(analyzer, sentence)
    assert "sound bite" in (non_content_reason(doc.sentences[0]) or ""), doc.sentences[0].text


@pytest.mark.parametrize("sentence, footage", [
    # the honorific "-시-" of "보시면" is no past tense: the scene it points at is what the pictures show
    ("보시면, 파란 모자를 쓴 남성이 망치를 들고 골목을 서성입니다.", True),
    ("파란 모자를 쓴 남성이 망치를 들고 골목을 서성입니다.", True),
    ("보시면 한빛시는 올해 예산을 3조 원으로 늘렸습니다.", False),  # a report: past tense, a figure
    ("한빛시는 내일부터 버스 요금을 올립니다.", False),
])
def test_a_viewing_cue_points_at_the_pictures(analyzer, sentence, footage):
    from pipeline.analysis import to_morphs
    from pipeline.select import describes_footage

    assert describes_footage(to_morphs(analyzer.kiwi.tokenize(sentence))) is footage


def test_an_anchors_segment_with_a_reporter_is_a_hand_off(analyzer):
    from pipeline.select import non_content_reason

    assert "hand-off" in non_content_reason(only_sentence(analyzer, "오늘은 경제부 김하나 기자와 함께 관련 소식을 짚어보겠습니다."))
    assert non_content_reason(only_sentence(analyzer, "시장은 기자들과 함께 현장을 살펴보겠다고 말했습니다.")) is None


def test_a_time_word_that_is_the_subject_sets_no_schedule(analyzer):
    # "이번이 처음이 아니라고도 털어놓습니다": "이번" is what the clause is about, so the present is no plan
    out = bullet(analyzer, "운전자는 이번이 처음이 아니라고도 털어놓습니다.")
    assert "예정" not in out and out.endswith("털어놓음"), out
    assert bullet(analyzer, "한빛시의회는 다음 주 임시회를 엽니다.").endswith("열 예정")


@pytest.mark.parametrize("sentence, expected_end", [
    # what was measured is a finding ("…높은 전망" had made May's readings a forecast)
    ("연구소가 지난달 조사한 결과 수온이 평년보다 2도 높은 것으로 관측됐다.", "높은 것으로 관측"),
    ("올해 수출은 7천억 달러를 넘어설 것으로 예상된다.", "넘어설 전망"),
])
def test_a_measured_state_is_no_forecast(analyzer, sentence, expected_end):
    assert bullet(analyzer, sentence).endswith(expected_end)


@pytest.mark.parametrize("sentence, footage", [
    ("골목에는 놀란 주민들이 서 있는데 남성이 다가가자 뒷걸음질 치는 모습을 확인할 수 있습니다.", True),
    ("확보한 다른 영상에는 남성이 가게를 나와 거리를 걷는 모습도 담겼습니다.", True),
    ("시민들은 달라진 시장의 모습을 볼 수 있을 것으로 기대했다.", False),  # what someone expects to see
    ("한빛시는 옛 모습을 되찾았습니다.", False),
])
def test_a_sight_the_pictures_hold_is_footage(analyzer, sentence, footage):
    from pipeline.analysis import to_morphs
    from pipeline.select import describes_footage

    assert describes_footage(to_morphs(analyzer.kiwi.tokenize(sentence))) is footage


@pytest.mark.parametrize("sentence, expected", [
    # EMBEDDED SUBJECTS take no headline comma: the subject of a worry or a question the main clause acts on
    # ("빈대, 유입될까" read as who acts) ...
    ("관광지 한빛섬에선 행여나 해충이 유입될까 바짝 긴장하고 있습니다.", "해충이 유입될까"),
    ("손전등으로 틈새를 비추며 해충 흔적이 있는지를 살핍니다.", "흔적이 있는지를"),
    # alternatives describing what the main clause says of ("저항, …떨어지거나 …경우 없었음")
    ("모든 재현 실험에서 저항이 0으로 떨어지거나 자석을 밀어내는 경우는 없었다.", "저항이 0으로"),
    # ... and the topic of a copula's "-라는" complement with the main clause's own subject after it; the sentence's
    # own topic still takes the comma
    ("'어대한', 어차피 당대표는 김하나라는 대세론을 입증하면서, 김 후보가 다시 돌아왔습니다.", "당대표는 김하나라는 대세론"),
    ("한빛시는 관광 도시라는 평가를 받는다.", "한빛시, 관광 도시라는 평가"),
    ("한빛시는 예산을 늘린다는 계획을 밝혔다.", "한빛시, 예산을 늘린다는 계획"),
    # A TIME OF THAT DAY goes with "이날": the day is the article's, never given ("…이날 오전 1천만명을 돌파")
    ("'한빛'의 누적 관객 수는 이날 오전 1천만명을 돌파했다.", "'한빛'의 누적 관객 수, 1천만명 돌파"),
    ("해경은 이날 오후 4시 45분쯤 사고 해역에서 선원 3명을 구조했다.", "해경, 사고 해역에서 선원 3명 구조"),
    # a span from that time stays: it says how long
    ("두 정상은 이날 오전 11시 15분부터 12시 34분까지 약 80분간 회담했다.", "이날 오전 11시 15분부터 12시 34분까지"),
])
def test_what_a_bullet_keeps(analyzer, sentence, expected):
    out = bullet(analyzer, sentence)
    assert expected in out, out


def test_alternatives_describing_an_object_leave_the_topic_alone(analyzer):
    assert bullet(analyzer, "한빛시가 예산을 늘리거나 줄이는 방안을 검토했다.").startswith("한빛시, ")


@pytest.mark.parametrize("sentence, dangles", [
    ("지역에서 어려움을 겪고 있지만 전쟁을 일으킨 모든 이들에게 책임을 묻겠다고 말하기도 했습니다.", True),
    ("조사를 마치는 대로 결과를 공개하겠다고 밝혔다.", True),
    ("\"끝까지 싸우겠다\"고 다짐했습니다.", True),
    ("경찰은 범행 동기를 조사하겠다고 밝혔다.", False),
    ("한빛시장은 끝까지 싸우겠다고 다짐했습니다.", False),
    ("법안 처리가 시급하다고 강조했습니다.", False),  # a subject there may be the speaker's
])
def test_words_reported_without_a_speaker_need_the_sentence_before(analyzer, sentence, dangles):
    from pipeline.select import dangling_reason

    s = only_sentence(analyzer, sentence)
    assert (dangling_reason(s.morphs, s.text) is not None) is dangles
    # the bullet's headline comma names the speaker as the particle did
    assert dangling_reason(analyzer.kiwi.tokenize("농민들, 강압적 조치라고 지적"), "농민들, 강압적 조치라고 지적") is None


@pytest.mark.parametrize("sentence, stand_up", [
    ("네, 서울 한빛동 쪽방촌에 나와 있습니다.", True),
    ("저희는 지금 한빛시청 앞 광장에 나와 있습니다.", True),
    ("[김하나] 저희는 한빛시청 앞 광장에 나와 있습니다.", True),  # after the reporter's name tag
    ("본문에는 배송지 주소와 최근 구매한 물품 목록까지 나와 있습니다.", False),
])
def test_a_reporter_saying_where_they_stand_is_no_content(analyzer, sentence, stand_up):
    from pipeline.select import non_content_reason

    assert ("where they stand" in (non_content_reason(only_sentence(analyzer, sentence)) or "")) is stand_up


WRAPPED_SCRIPT = """한빛체전 개막…전남 선수단 맹활약

김하나 기자 입력 2024-10-15 02:34:24 수정 2024-10-15 17:16:42

◀ 앵 커 ▶

지난해 목포에서 열렸던 한빛체전이
올해는 경남 김해에서 열리고 있습니다.

전남 선수단은 선수와 임원 등
천 7백여 명이 참여하고 있는데요.
그간 흘린 땀의 결실을 값진 성과로
보여주고 있습니다.

◀ 리포트 ▶

주 참가 체급인 54kg이 아닌
라이트급으로 경기에 참여했습니다.
"""


def test_a_script_that_breaks_its_sentences_over_lines_keeps_every_line():
    from pipeline.parse import parse_article

    # each line before the last of a sentence had been taken for a sub-head and dropped ("올해는 …열리고 있습니다" alone)
    article = parse_article(WRAPPED_SCRIPT, id="t")
    assert article.paragraphs == (
        "지난해 목포에서 열렸던 한빛체전이 올해는 경남 김해에서 열리고 있습니다.",
        "전남 선수단은 선수와 임원 등 천 7백여 명이 참여하고 있는데요. 그간 흘린 땀의 결실을 값진 성과로 보여주고 있습니다.",
        "주 참가 체급인 54kg이 아닌 라이트급으로 경기에 참여했습니다.",
    )
    assert not article.headings


def test_where_an_accident_happened_stays(analyzer):
    # "…고속도로에서 43중 추돌사고가 발생해" had lost its place, and a second crash read as happening on the first's road
    out = bullet(analyzer, "오전 5시 50분쯤에는 한빛시 가람구 나래동 한빛순환고속도로에서 43중 추돌사고가 발생해 운전자 등 13명이 다쳤다.",
                 max_chars=50)
    assert "한빛순환고속도로에서 43중 추돌사고" in out and "5시 50분쯤에는" not in out, out
    # elsewhere where something took place still goes when the bullet is too long
    out = bullet(analyzer, "한빛시는 지난 3일 서울 강남구 코엑스 대회의실에서 내년도 예산과 주요 업무 계획을 발표하고 시민 의견을 들었다.", max_chars=45)
    assert "코엑스" not in out, out


def test_a_relative_clause_after_a_sequence_of_acts_goes_whole_or_not_at_all(analyzer):
    # "서울역을 출발해 부산역으로 향하던 KTX": dropping the second act left "서울역을 출발해 KTX 열차가 선로를 이탈"
    out = bullet(analyzer, "지난 18일 한빛역을 출발해 가람역으로 향하던 KTX 열차가 선로를 이탈하면서 그 여파로 열차가 줄줄이 지연돼 "
                           "승객들이 큰 불편을 겪었다.", max_chars=50)
    assert "출발해 KTX" not in out, out


def test_the_same_predicate_of_another_object_is_another_fact(analyzer):
    from pipeline.engines.extractive import _same_statement

    def morphs(text):
        return list(analyzer.kiwi.tokenize(text))

    chosen = morphs("지난달 소비자물가 상승률, 두 달 연속 3%대를 기록")
    # the record of apples and pears is the headline's point, not the overall rate told again
    assert not _same_statement(morphs("사과와 배의 소비자물가 상승률, 관련 조사가 시작된 이후 역대 최대치를 기록"), chosen)
    # the same thing at more length, with no object of its own, is still the same statement
    assert _same_statement(morphs("특별전의 전시기간, 10월 11일까지 2주간 연장"), morphs("특별전의 전시기간, 2주일 연장"))


def test_a_scene_credited_to_whoever_gave_the_photo_is_a_caption():
    from pipeline.parse import parse_article

    page = ("학교 영양사 폐암, 산재 첫 인정\n\n"
            "한빛노조 급식지부가 지난 4월 15일 한빛도교육청 앞에서 기자회견을 열고 있다. 한빛노조 급식지부 제공\n\n"
            "장기간 급식 조리를 병행하다 폐암에 걸린 학교 영양사가 처음으로 산업재해를 인정받았다. "
            "법원은 하루 2~4시간 튀김 조리가 발병에 영향을 줬다고 봤다.")
    article = parse_article(page, id="t")
    assert article.paragraphs[0].startswith("장기간 급식 조리를"), article.paragraphs
    assert any("기자회견을 열고 있다" in c for c in article.captions)


@pytest.mark.parametrize("sentence, has", [
    # a script's headline line: the fronted phrase is what the copula says of the article's subject
    ("영업이익 10배, 지난해 같은 기간과 비교한 한빛전자 1분기 실적입니다.", True),
    # an anchor addressing the reporter is no subject
    ("서 기자, 이번 발사 성공으로 새 시대를 열었다는 평가입니다.", False),
    ("전년 대비 12% 늘어난 규모다.", False),
])
def test_a_phrase_fronted_with_a_comma_is_what_a_copula_sentence_is_about(analyzer, sentence, has):
    from pipeline.select import has_subject

    assert has_subject(only_sentence(analyzer, sentence).morphs) is has


@pytest.mark.parametrize("sentence, dangles", [
    ("지난 7일 한 시민이 인터넷에 이 사진을 올렸습니다.", True),  # the photo on the screen
    ("한빛시는 이 영상을 경찰에 넘겼다.", True),
    ("경찰은 사진 속 남성을 쫓고 있다.", False),
])
def test_this_photo_points_at_the_picture(analyzer, sentence, dangles):
    from pipeline.select import dangling_reason

    s = only_sentence(analyzer, sentence)
    assert (dangling_reason(s.morphs, s.text) is not None) is dangles


def test_a_glossed_date_goes_with_its_time_and_a_final_is_no_place(analyzer):
    # "5일(이하 한국시간) 오후": dropping the day had left "오후" alone; then the final was dropped as a place
    sentence = ("세계 랭킹 1위 김하나는 5일(이하 한국시간) 오후 프랑스 파리 한빛 경기장에서 열린 대회 여자 단식 결승전에서 "
                "세계 9위 이가람(중국)을 2-0(21-13, 21-16)으로 물리쳤다.")
    out = bullet(analyzer, sentence)
    assert "오후" not in out and "결승전에서" in out and "경기장" not in out, out


@pytest.mark.parametrize("sentence, expected", [
    # "조금 전" goes whole ("전 공수처 차량" read "the former CIO's car")
    ("조금 전 한빛청 차량이 영장 집행을 위해 인근에 도착했다는 소식에 시민들은 더 격앙된 분위기입니다.", "한빛청 차량이"),
    # a plan of the past stays past ("상정될 예정" had made it a plan still to come)
    ("당초 감액된 예산안은 2일 본회의에 상정될 예정이었다.", "상정될 예정이었음"),
    # a name ending in what looks like a pronoun and a particle ("로제가" is no "로" + "제가")
    ("그룹 멤버 로제가 팝스타 브루노 마스와 부른 솔로곡으로 한빛차트 8위에 올랐다.", "로제가 팝스타"),
])
def test_times_plans_and_names_kept_whole(analyzer, sentence, expected):
    out = bullet(analyzer, sentence, max_chars=50)
    assert expected in out, out


def test_what_is_said_of_someone_stays_with_the_clause_that_describes_him(analyzer):
    # "…개척했다고 평가받는 장 감독": dropping "평가받는" alone left "…개척했다고 장 감독," (his own claim)
    out = bullet(analyzer, "'검은 사제들'과 '사바하'로 'K-오컬트'를 개척했다고 평가받는 장 감독은 자신의 첫 천만 영화인 "
                           "'파묘'로 한국 오컬트 장르를 대표하는 감독으로 입지를 굳혔다.", max_chars=50)
    assert "개척했다고 장 감독" not in out, out


@pytest.mark.parametrize("sentence, dangles", [
    ("지지자들은 이곳에서 밤새 목소리를 높였습니다.", True),  # where the reporter stands
    ("어제부터 이곳 관저 앞에는 많은 시민이 모여 있었습니다.", True),
    ("시는 옛 공장 부지를 사들여 이곳에 공원을 짓는다.", False),  # the place acted on just before
    ("한빛시는 이곳에 공원을 짓는다.", False),
])
def test_here_points_at_the_reporters_place(analyzer, sentence, dangles):
    from pipeline.select import dangling_reason

    s = only_sentence(analyzer, sentence)
    assert (dangling_reason(s.morphs, s.text) is not None) is dangles


def test_a_schedule_of_days_keeps_every_day_and_a_word_keeps_its_syllables(analyzer):
    # "16일에는 4·9, 17일에는 0·5": one date of a schedule had been dropped
    out = bullet(analyzer, "끝자리가 3·8인 청년이 신청한 데 이어 16일에는 끝자리가 4·9, 17일에는 0·5, 20일에는 1·6인 청년이 신청할 수 있다.")
    assert "16일에는" in out, out
    # "청년도약계좌는" read as "청년" + "도" + "약계좌": the topic is never fronted from inside a word
    out = bullet(analyzer, "청년도약계좌는 총급여 7500만 원 이하 조건을 충족하는 만 19∼34세 청년이 가입할 수 있는 정책금융 상품이다.")
    assert out.startswith("청년도약계좌, "), out


def test_labels_and_a_player_widget_are_no_wrapped_script():
    from pipeline.parse import parse_article

    # three label lines ending in a noun ("…상인") had made a page read as wrapped text, gluing the widget's
    # "미니플레이" and the anchor's tag to the lede
    page = ("'대형화재' 한빛시장 새 출발\n등록일 : 2024.04.26 09:01\n미니플레이\n모지안 앵커>\n"
            "지난 1월 한빛시장에 대형 화재가 나면서 상점 대부분이 타버렸습니다.\n"
            "인터뷰> 김하나 / 한빛시장 상인\n\"처음에는 너무 놀랐어요.\"\n"
            "인터뷰> 이가람 / 한빛시장 상인\n\"많이 도와주셔서 감사합니다.\"\n"
            "인터뷰> 박나래 / 한빛시장 상인\n\"다시 시작하겠습니다.\"\n")
    article = parse_article(page, id="t")
    assert any(p.startswith("지난 1월 한빛시장에") for p in article.paragraphs), article.paragraphs


def test_a_bullet_opening_with_a_surname_takes_the_name_the_headline_gives_under_another_title(analyzer):
    from pipeline.engines.extractive import _inner_names_in_full

    doc = analyse(analyzer, "무기명 투표 결과 찬성 173명으로 김 후보자 임명동의안은 가결됐다.",
                  title="김하람 총리 임명동의안 국회 통과")
    # the reader of the block alone does not know who "김 후보자" is; the headline names one 김
    assert _inner_names_in_full("김 후보자 임명동의안, 가결", doc.sentences[:1], [], doc.article.title) \
        == "김하람 후보자 임명동의안, 가결"
    # two people of that surname: no guess
    doc = analyse(analyzer, "김 후보자 임명동의안은 가결됐다.", title="김하람 총리 인준…김가온 의원 반발")
    assert _inner_names_in_full("김 후보자 임명동의안, 가결", doc.sentences[:1], [], doc.article.title) == "김 후보자 임명동의안, 가결"


def test_a_judgement_given_with_its_grounds_keeps_its_frame(analyzer):
    # "…떠났다며, …빼앗은 중대한 범죄": the bullet ended on a noun after "-다며,"
    out = bullet(analyzer, "재판부는 피해자 가운데 4명이 세상을 떠났다며, 삶의 기본 요건인 주거를 빼앗은 중대한 범죄라고 말했다.", max_chars=80)
    assert out.endswith("중대한 범죄라고 밝혀"), out
    # a judgement with no grounds given reads as a headline without its frame
    assert bullet(analyzer, "재판부는 이번 사건이 중대한 범죄라고 말했다.") == "재판부, 이번 사건이 중대한 범죄"


def test_the_topic_of_a_condition_keeps_its_particle(analyzer):
    # "비빔밥도 1만 원, 있어야 먹고": a comma on the topic of "-어야" split its own clause
    out = bullet(analyzer, "비빔밥도 1만 원은 있어야 먹고, 삼겹살 1인분을 사 먹으려면 2만 원에 가까운 돈이 든다.")
    assert "1만 원은 있어야" in out, out




def test_a_time_of_the_day_before_goes_once_the_reports_date_is_gone(analyzer):
    # "5일 …에 따르면, 전날 오전 …": the report's date goes with its attribution, and "전날 오전" was left with no day
    out = bullet(analyzer, "5일 한빛경찰서에 따르면, 전날 오전 중구에 있는 한 주택에서 20대 남성이 숨진 채 발견됐다.")
    assert "전날" not in out and out.startswith("중구에 있는 한 주택에서"), out
