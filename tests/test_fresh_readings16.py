"""Readings of this session: requests read as done, a reporter's live turn read as a sound bite. Articles and
sentences written for these tests (not news copy)."""
import pytest

from bullet_helpers import analyse, bullet, summarize_page
from pipeline.compress import Compressor


# --- requests --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "노조는 사측에 임금을 올리고 인력을 충원하라고 촉구했다.",
    "구청은 주민들에게 외출을 자제하고 마스크를 착용하도록 당부했다.",
    "경찰은 운전자들에게 속도를 줄이고 안전거리를 확보해 줄 것을 당부했다.",
    "한빛시는 시민들에게 당분간 차량 운행을 삼가고 대중교통을 이용해 달라고 당부했다.",
])
def test_the_first_act_of_a_request_is_not_offered_as_done(analyzer, sentence):
    # "노조, 사측에 임금을 올림": what the union asked for, stated as if the company had done it
    doc = analyse(analyzer, sentence)
    compressor = Compressor(analyzer.kiwi, 60)
    offered = [clause for clause, _ in compressor._clauses(list(doc.sentences[0].morphs))]
    assert all(clause[-1] is doc.sentences[0].morphs[-1] for clause in offered)
    for limit in (20, 25, 30, 40):  # however short the limit, the bullet still asks
        text = bullet(analyzer, sentence, limit)
        assert text.endswith(("촉구", "당부")), (limit, text)


def test_a_request_keeps_the_verb_its_auxiliary_asks_for(analyzer):
    # "…삼가고 달라고 당부": "이용해" before "달라고" is what is asked, no means to drop ("…을 이용해 조사했다")
    text = bullet(analyzer, "한빛시는 시민들에게 당분간 차량 운행을 삼가고 대중교통을 이용해 달라고 당부했다.", 30)
    assert "고 달라고" not in text and "이용해 달라고 당부" in text
    assert bullet(analyzer, "구청은 주민들에게 앱을 이용해 신고해 달라고 당부했다.", 30) == "구청, 주민들에게 앱을 이용해 신고해 달라고 당부"


def test_a_means_still_goes_when_the_limit_asks(analyzer):
    # (guard) "…을 이용해" as a means, before a verb of its own, may still be dropped
    text = bullet(analyzer, "한빛연구원은 인공위성 관측 자료를 이용해 가람호 주변의 수온 변화를 10년 동안 정밀하게 분석했다.", 40)
    assert "이용해" not in text and text.endswith("분석")


# --- a live two-way --------------------------------------------------------------------------------------------

LIVE = "\n".join([
    "한빛시 폭우로 하천 범람…주민 200명 대피",
    "",
    "[앵커]",
    "밤사이 내린 폭우로 한빛시 도심 하천이 범람했습니다. 현장에 나가 있는 취재기자 연결합니다. 김하나 기자, 지금 상황 어떻습니까?",
    "",
    "[김하나 기자 : 네, 저는 지금 한빛천 옆 둔치에 나와 있습니다. 밤사이 200mm가 넘는 비가 쏟아지면서 한빛천 물이 둑을 넘어 "
    "인근 주택가로 흘러들었습니다. 이 때문에 주민 200여 명이 인근 초등학교로 대피했습니다.]",
    "",
    "[앵커]",
    "피해 규모는 얼마나 됩니까?",
    "",
    "[김하나 기자 : 시에 따르면 주택 40여 채가 물에 잠겼고, 차량 수십 대가 침수됐습니다. 아직 인명 피해는 확인되지 않았습니다. "
    "한빛시는 오늘 오후까지 비가 더 올 것으로 보고 비상 3단계를 유지하고 있습니다.]",
    "",
    '[박영수/한빛시 주민 : "새벽에 물이 갑자기 차올라서 아무것도 못 챙기고 나왔어요."]',
    "",
    "기상청은 내일 새벽까지 최대 100mm의 비가 더 내릴 것으로 예보했습니다.",
])


def test_a_reporters_live_turn_is_the_story_not_a_sound_bite(analyzer):
    # "[김하나 기자 : …]" is the reporter telling the news in brackets; a resident's "[박영수/주민 : …]" is a bite
    doc, summary = summarize_page(analyzer, LIVE)
    body = doc.article.body
    assert "주민 200여 명이 인근 초등학교로 대피했습니다." in body and "[김하나" not in body and "확인되지 않았습니다.]" not in body
    assert "주민 200여 명, 인근 초등학교로 대피" in summary.bullets
    assert len(summary.bullets) >= 3
    assert not any("차올라서" in b for b in summary.bullets)


# --- headline grammar --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    # a name before an adjective that describes the object: the name acts, and takes the headline comma
    ("한빛FC가 짜릿한 역전승을 거뒀다.", "한빛FC, 짜릿한 역전승을 거둠"),
    ("한빛시가 다양한 행사를 마련했다.", "한빛시, 다양한 행사 마련"),
    ("김민수가 큰 부상을 당했다.", "김민수, 큰 부상을 당함"),
    ("KT가 새로운 요금제를 출시했다.", "KT, 새로운 요금제 출시"),
    # (guards) the subject is the adjective's own: "키가 큰 선수", "서울이 큰 이유"
    ("키가 큰 선수를 뽑았다.", "키가 큰 선수를 뽑음"),
    ("서울이 큰 이유를 설명했다.", "서울이 큰 이유 설명"),
    # a count of people with the noun it counts is a subject of its own: the speaker keeps the frame
    ("한빛시는 관내 학교 학생 12명이 확진 판정을 받았다고 밝혔다.", "한빛시, 관내 학교 학생 12명이 확진 판정을 받았다고 밝혀"),
    ("통계청은 실업자 수가 3만명 늘었다고 밝혔다.", "통계청, 실업자 수 3만명 늘어"),  # (guard) an agency's measure
])
def test_fresh_headline_grammar(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


# --- whose clause a subject belongs to ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    # the subject of a relative clause is no agent of the sentence ("A씨 일당 전세보증금, …" had been written)
    ("A씨 일당은 지난 2021년 11월부터 2022년 9월까지 인천, 서울 등지에서 전세보증금이 매매가를 웃도는 일명 ‘깡통 전세’를 "
     "매입해 전세를 준 뒤, 보증금을 돌려주지 않은 혐의를 받고 있다.", "A씨 일당, 전세를 준 뒤, 보증금을 돌려주지 않은 혐의를 받음"),
    # nor is the subject of a nominalized clause ("소방본부 피해, …")
    ("소방본부는 도내에 태풍경보가 발효되는 등 큰 피해가 우려됨에 따라 이날 오후 6시 비상 근무 1단계를 발령하고 피해가 "
     "예상되는 지역에 소방력을 재배치하고 있다.", "소방본부, 피해가 예상되는 지역에 소방력을 재배치"),
    # nor the subject of a purpose clause, with a later subject of its own ("주민이 주민들의 목소리를 듣는 …")
    ("찾아가는 군수실은 주민이 군청에 방문해 민원을 신청하는 번거로움을 덜고자 김 군수가 직접 현장을 찾아 주민들의 목소리를 "
     "듣는 생활밀착형 행정이다.", "찾아가는 군수실, 주민들의 목소리를 듣는 생활밀착형 행정"),
    # a measure given its figure did not act in the clause before ("적자 폭, 모두 …영업손실을 기록해 …")
    ("모두 9263억원의 영업손실을 기록해 전년 대비 적자 폭이 246% 확대됐다.", "모두 9263억원의 영업손실을 기록해 전년 대비 적자 폭이 246% 확대"),
    # (guards) an agent of both clauses still leads
    ("이날 경기에서 3골을 몰아넣어 김민수가 득점 선두에 올랐다.", "김민수, 경기에서 3골을 몰아넣어 득점 선두에 오름"),
    ("한빛대는 화학과 김 교수 연구팀이 새 촉매를 개발하고, 이를 이용해 수소 생산 효율을 두 배로 높였다고 밝혔다.",
     "한빛대 화학과 김 교수 연구팀, 새 촉매를 개발하고, 이를 이용해 수소 생산 효율을 두 배로 높임"),
])
def test_whose_clause_the_subject_is(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


# --- the lede told twice -------------------------------------------------------------------------------------------

COLLAPSE = "\n".join([
    "가람시 상가 건물 바닥 붕괴…1명 중상",
    "가람시의 한 2층짜리 상가 건물 바닥이 무너져 1명이 크게 다쳤다.",
    "사고는 지난 3일 오후 9시 20분께 가람시 동구 한빛동의 2층 상가 건물에서 2층 바닥이 무너지면서 일어났다.",
    "당시 1층 식당에는 손님과 직원 6명이 있었으며 이 가운데 5명은 스스로 빠져나왔다.",
    "소방 당국은 구조대 40여 명을 투입해 4시간 만에 50대 직원을 구조했다.",
    "구조된 직원은 병원으로 옮겨졌으며 생명에는 지장이 없는 것으로 전해졌다.",
    "경찰은 건물 관리인을 상대로 안전 점검 여부를 조사하고 있다.",
    "가람시는 같은 시기에 지어진 건물 12곳을 긴급 점검하기로 했다.",
])


def test_the_sentence_that_retells_the_lede_with_its_time_and_place_is_left_out(analyzer):
    # the editor read "…바닥이 무너져 …" then "지난 3일 오후 9시 20분께 …2층 바닥이 무너지면서 …" as one fact told twice
    doc, summary = summarize_page(analyzer, COLLAPSE)
    assert summary.bullets[0].startswith("가람시의 한 2층짜리 상가 건물 바닥")
    assert not any("9시 20분" in b for b in summary.bullets), summary.bullets
    assert any("5명" in b for b in summary.bullets)  # the next new fact takes its place


def test_a_sentence_after_the_lede_with_figures_of_its_own_stays(analyzer):
    # (guard) new figures are a new fact, however many words it shares with the lede
    page = COLLAPSE.replace("사고는 지난 3일 오후 9시 20분께 가람시 동구 한빛동의 2층 상가 건물에서 2층 바닥이 무너지면서 일어났다.",
                            "가람시 상가 건물 바닥 붕괴로 2층 바닥 120㎡가 무너지면서 피해액은 3억원으로 추산됐다.")
    doc, summary = summarize_page(analyzer, page)
    assert any("3억원" in b for b in summary.bullets), summary.bullets


def test_also_inside_a_quoted_saying_stays(analyzer):
    # "‘염소 뿔, 녹는다’는 …": the topic comma had gone into the saying the sentence quotes
    from pipeline.format import finish_headline

    assert finish_headline("‘염소 뿔도 녹는다’는 대서인 22일 폭염, 기승을 부릴 전망", "", analyzer.kiwi) \
        == "‘염소 뿔도 녹는다’는 대서인 22일 폭염, 기승을 부릴 전망"
    assert finish_headline("수출도 최대 기록", "", analyzer.kiwi) == "수출, 최대 기록"  # (guard)


# --- page furniture ------------------------------------------------------------------------------------------------

SUBHEADED = "\n".join([
    "한빛도, 내년부터 도립대 정원 10% 줄인다",
    "한빛도가 2026학년도부터 도립대학 입학 정원을 10% 줄인다. 학령인구 감소에 대비하겠다는 취지다.",
    "10년 묶인 도립대 정원, 학령인구 감소에 10% 줄인다",
    "한빛도는 3일 발표한 도립대학 운영 계획에서 입학 정원을 현재 900명에서 810명으로 줄이겠다고 밝혔다.",
    "도립대 정원은 2015년 이후 10년 동안 900명을 유지해왔다.",
    "도는 줄어든 정원만큼 평생교육 과정을 새로 열 계획이다.",
    "재학생 3명 중 2명 “정원 감축 필요”",
    "도가 재학생 500명에게 물은 결과 64%가 정원 감축이 필요하다고 답했다.",
])


def test_a_sub_head_written_as_a_headline_is_no_sentence(analyzer):
    # "13년 묶인 교대 정원, 저출생에 12% 줄인다": a topic, its comma and a verb with no full stop between paragraphs
    doc, summary = summarize_page(analyzer, SUBHEADED)
    assert "10년 묶인 도립대 정원, 학령인구 감소에 10% 줄인다" not in doc.article.body
    assert "10년 묶인 도립대 정원, 학령인구 감소에 10% 줄인다" in [h.text for h in doc.article.headings]
    assert "도립대 정원은 2015년 이후 10년 동안 900명을 유지해왔다." in doc.article.body  # (guard) the paragraphs stay


def test_a_caption_with_its_provider_after_the_last_full_stop_is_no_paragraph(analyzer):
    page = "\n\n".join([
        "한빛전자, 세계 최대 100인치 TV 공개",
        "입력 | 2025-01-05 03:00:00",
        "올해 신제품 라인업 온라인 발표\n70인치 모델도 추가",
        "한빛전자가 4일 공개한 100인치 올레드(OLED·유기발광다이오드) 에보(evo) TV. 100인치는 올레드 제품 중 세계에서 가장 크다. 한빛전자 제공",
        "한빛전자가 100인치 크기의 새 TV를 내놓는다. 지금까지 나온 이 회사 TV 중 가장 큰 제품이다.",
        "한빛전자는 4일 온라인 간담회를 열고 올해 TV 사업 계획을 공개했다.",
    ])
    doc, summary = summarize_page(analyzer, page)
    assert "한빛전자 제공" not in doc.article.body and "에보(evo) TV." not in doc.article.body
    assert not any("제공" in b for b in summary.bullets)


@pytest.mark.parametrize("sentence, expected", [
    # "…조사한 결과 이같이 밝혀졌다며 “…”": what "이같이" points at is in the sentence before; the quotation is the point
    ('한빛보건소는 올해 식중독 집단 발생에 대한 역학조사를 실시한 결과 이같이 밝혀졌다며 "안전성이 확인될 때까지 굴을 익혀 먹어 달라"고 당부했다.',
     '한빛보건소, "안전성이 확인될 때까지 굴을 익혀 먹어 달라" 당부'),
    ('가람시는 이처럼 나타났다면서 "대책을 세우겠다"고 말했다.', '가람시, "대책을 세우겠다"'),
    # (guard) a clause that says what was done stays
    ('가람시는 조사 결과를 발표하면서 "대책을 세우겠다"고 말했다.', '가람시, 조사 결과를 발표하면서 "대책을 세우겠다"'),
])
def test_a_clause_pointing_back_before_a_quotation_goes(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize("text, title", [
    ("김 부지사는 예산 확보에 총력을 기울여 달라고 당부했다.", "부지사"),
    ("박 교육감은 내년 예산안을 발표했다.", "교육감"),
    ("이 부시장은 현장을 점검했다.", "부시장"),
])
def test_a_deputy_governor_by_surname_is_a_person_to_introduce(analyzer, text, title):
    # "김 부지사, “…” 당부": a surname with a title the block never introduced (the article had "김희현 정무부지사")
    from bullet_helpers import only_sentence
    from pipeline.select import surname_reference

    ref = surname_reference(only_sentence(analyzer, text).morphs)
    assert ref is not None and ref.title == title


@pytest.mark.parametrize("sentence, expected", [
    # "…사실이 아닌 것으로 파악된다": what the police deny stays their reading ("경찰, 사실 아님" stated it as a fact)
    ("경찰은 현재까지 사실이 아닌 것으로 파악된다고 밝혔다.", "경찰, 현재까지 사실이 아닌 것으로 파악"),
    ("경찰은 A씨가 범행에 가담하지 않은 것으로 파악했다.", "경찰, A씨가 범행에 가담하지 않은 것으로 파악"),
    ("매출이 10% 늘어난 것으로 나타났다.", "매출, 10% 늘어남"),  # (guard) a finding frame still goes
    # the denial keeps the claim it denies: "사실" alone would point at nothing
    ("범행 동기를 두고 금전 문제라는 일부 언론 보도가 있었지만, 경찰은 현재까지 사실이 아닌 것으로 파악된다고 밝혔다.",
     "범행 동기를 두고 금전 문제라는 일부 언론 보도가 있었지만, 경찰은 현재까지 사실이 아닌 것으로 파악"),
])
def test_a_denial_stays_a_reading_and_keeps_what_it_denies(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_an_opening_ireoke_points_back(analyzer):
    # "이렇게 보충질문 시간까지 포함해 …": Kiwi reads "이렇게" as one adverb; like what was told before
    from bullet_helpers import only_sentence
    from pipeline.select import sentence_dangles

    reason = sentence_dangles(only_sentence(analyzer, "이렇게 보충질문 시간까지 포함해 모두 16건의 질의가 이어졌다."), strip_connectives=True)
    assert reason is not None and "이렇게" in reason


def test_the_speaker_goes_on_after_iEo(analyzer):
    # "이어 “…”고 소감을 전했다": whatever the sentence opens with, the words are the speaker's of the report before
    page = "\n".join([
        "김하나, 한빛방송 연예대상 수상",
        "방송인 김하나(41)가 22일 한빛방송 연예대상 시상식에서 대상을 받았다.",
        "김하나는 이날 쟁쟁한 후보들을 제치고 대상의 영광을 안았다.",
        "김하나가 연예대상을 받은 것은 10년 만이다.",
        "김하나는 수상 후 “10년 전 처음 대상을 받았던 기억이 난다”고 기쁨을 나타냈다.",
        "이어 “하늘에 계신 어머니께 이 상을 바치겠다”고 소감을 전했다.",
        "최우수상은 가람 개그팀이 차지했다.",
    ])
    doc, summary = summarize_page(analyzer, page, sentences_per_bullet=1)
    [said] = [b for b in summary.bullets if "어머니께" in b]
    assert said.startswith("김하나, “하늘에"), said


def test_a_captioned_bite_with_a_slash_is_no_sentence_of_the_story(analyzer):
    # "[홍길동 / 한빛공단 부장] "…"": a sound bite captioned in brackets before the words (no colon) is the
    # speaker's, not the reporter's; a bullet of the bare quotation would say nothing of who speaks
    from bullet_helpers import only_sentence
    from pipeline.select import non_content_reason

    line = '[홍길동 / 한빛공원관리공단 보전정책부장] "우리나라 전체 생물 종의 45%가 국립공원 안에 살고 있습니다."'
    assert non_content_reason(only_sentence(analyzer, line)) is not None


def test_a_first_since_a_date_after_the_lede_is_news_of_its_own(analyzer):
    # (guard) "…떨어진 것은 2월 18일 이후 처음": the date measures a first; the block keeps it
    page = COLLAPSE.replace("사고는 지난 3일 오후 9시 20분께 가람시 동구 한빛동의 2층 상가 건물에서 2층 바닥이 무너지면서 일어났다.",
                            "가람시에서 상가 건물 바닥이 무너진 것은 지난 2019년 3월 이후 처음이다.")
    doc, summary = summarize_page(analyzer, page)
    assert any("이후 처음" in b for b in summary.bullets), summary.bullets


def test_a_figure_of_a_gapped_list_stays_with_its_clause(analyzer):
    # "…등록해 2.0대 1, 구·시·군 …": the figure ends the clause whose verb the list leaves out ("2.0대 1, 구·시·군 의회
    # 의원 선거에는 …" had been a bullet)
    sentence = ("가람시장 선거에는 12명이 나서서 4.0대 1, 가람시의회 의원 선거에는 60명이 등록해 2.0대 1, 가람구의회 의원 "
                "선거에는 90명이 등록해 1.5대 1의 경쟁률을 보였다.")
    out = bullet(analyzer, sentence)
    assert not out.startswith(("2.0대", "4.0대")), out
    doc = analyse(analyzer, sentence)
    offered = Compressor(analyzer.kiwi, 60)._clauses(list(doc.sentences[0].morphs))
    assert not any(clause[0].tag == "SN" for clause, _ in offered)


def test_an_adjunct_whose_relative_clause_began_before_it_stays(analyzer):
    # "…내부 경쟁을 거쳐 출품된 217편의 작품을 대상으로": dropping the adjunct had left "내부 경쟁을 거쳐 예심과 본심을
    # 거쳐", as if the award itself went through the internal contest
    sentence = ("한빛방송대상은 전국 방송사에서 내부 경쟁을 거쳐 출품된 217편의 작품을 대상으로 예심과 본심을 거쳐 "
                "24편의 수상작과 대상 수상작 1편을 선정했다.")
    for limit in (40, 60):
        out = bullet(analyzer, sentence, limit)
        assert "거쳐 예심" not in out, out


@pytest.mark.parametrize("sentence, expected", [
    # "이번에도 …우려가 나온다": concerns voiced now, not an act scheduled ("우려 나올 예정" had been written)
    ("이번에도 게리맨더링 우려가 나온다.", "이번에 게리맨더링 우려 나옴"),
    ("업계에서는 가격 인상 우려가 나온다.", "업계에서는 가격 인상 우려 나옴"),
    ("한빛전자는 다음 달 새 휴대폰을 내놓는다.", "한빛전자, 다음 달 새 휴대폰을 내놓을 예정"),  # (guard) a plan
])
def test_voices_heard_now_are_no_plan(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize("text, dangles", [
    ("의원은 자신이 파크골프 회원이라며 안전한 운동이라고 홍보했다.", True),  # which councillor? named before
    ("감독은 이날 경기 뒤 선수들을 칭찬했다.", True),
    ("시장은 이날 금리 인하에 곧바로 반응했다.", False),  # (guard) "시장": a market too
    ("대통령은 이날 국무회의를 주재했다.", False),  # (guard) one holder at a time
])
def test_a_bare_title_names_someone_told_before(analyzer, text, dangles):
    from bullet_helpers import only_sentence
    from pipeline.select import sentence_dangles

    assert (sentence_dangles(only_sentence(analyzer, text), strip_connectives=True) is not None) is dangles


@pytest.mark.parametrize("line", [
    '( 홍길동 한빛구의원 ) “골프채와 달라서 클럽의 각도가 0도입니다”',
    '(홍길동 한빛구의원) "본 의원은 이걸 명확한 팩트라고 생각합니다."',
])
def test_a_bite_captioned_in_round_brackets_is_no_sentence_of_the_story(analyzer, line):
    from bullet_helpers import only_sentence
    from pipeline.select import non_content_reason

    assert non_content_reason(only_sentence(analyzer, line)) is not None


def test_the_reporters_name_after_the_anchors_intro_hands_over_to_the_report():
    # "박민상 기자" / "◀ 리포트 ▶": the byline of a broadcast intro, not the end of the article (a whole report, wrapped
    # one phrase per line so that one line only reads as a sentence, had been dropped as "another story")
    from pipeline.parse.page import _cut_page_tail, _Parsed

    lines = ["◀ 앵 커 ▶", "한빛군과 한빛군 의회가 추경 예산을 두고", "양보 없는 설전을 벌이고 있습니다.", "",
             "이런 가운데 한빛군이 군의회를 압박하기 위해", "여론몰이에 나섰다는 의혹을 받고 있습니다.", "",
             "홍길동 기자", "", "◀ 리포트 ▶", "군청 간부 공무원 전원이", "기자회견 자리에 섰습니다.", "",
             "지난 9일 의회가 예산을", "대폭 줄이자 간부들이", "이장단과 사회단체에 협조를 요청했다고 주장했습니다."]
    out = _Parsed(title="예산 갈등 .... 여론몰이 논란")
    assert _cut_page_tail(list(lines), 0, out) == lines and not out.warnings
    # (guard) after a print byline, an unrelated story still goes
    other = lines[:8] + ["", "프로야구 가람팀이 어제 경기에서 짜릿한 역전승을 거두며 선두에 올랐습니다."]
    out = _Parsed(title="예산 갈등 .... 여론몰이 논란")
    assert _cut_page_tail(list(other), 0, out) == other[:7] and out.warnings


def test_a_postposition_is_no_relative_clause_of_the_subject(analyzer):
    # "…연구팀이 …저하에 대한 메커니즘을 규명하고, …를 개발했다고 밝혔다": "에 대한" is a postposition; the team did it
    sentence = ("한빛대 공대는 신소재공학부 김하나 교수 연구팀이 태양전지의 내구성 저하에 대한 메커니즘을 최초로 규명하고, "
                "고효율 태양전지를 개발했다고 10일 밝혔다.")
    assert bullet(analyzer, sentence) == "신소재공학부 김하나 교수 연구팀, 고효율 태양전지 개발"
