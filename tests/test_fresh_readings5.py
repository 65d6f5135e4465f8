"""Readings from fresh news read this session (setAT–setAY, 120 pages read blind): who did what stays said when a
bullet is cut down. Sentences written for these tests (not news copy)."""
import pytest

from bullet_helpers import analyse, bullet, only_sentence


def test_places_named_together_stay(analyzer):
    # "A와 B에서": which shops sold it is the story's fact, not a venue; a long bullet had dropped both names
    out = bullet(analyzer, "해외 쇼핑몰 한빛마켓과 두리몰에서 평균 3천원대에 팔리는 어린이용 학용품과 장난감에서 기준치를 "
                           "크게 넘는 중금속이 나왔다.", max_chars=60)
    assert "한빛마켓과 두리몰에서" in out, out


def test_a_venue_still_goes_from_a_long_bullet(analyzer):
    # one place, no names listed with it: where it was held goes as before
    out = bullet(analyzer, "한빛시는 시청 대회의실에서 시민과 전문가, 공무원 등 200여명이 참석한 가운데 내년도 교통 정책 "
                           "방향을 논의하는 토론회를 열고 버스 노선 12개를 새로 만들기로 했다.", max_chars=60)
    assert "대회의실" not in out, out


@pytest.mark.parametrize("sentence, opening, kept", [
    # the team's clause leads to the main one, whose subject ("진출이") no name owns: the team stays as whose it is
    ("김하나 감독이 이끄는 U-20 여자축구대표팀이 박세나 감독이 이끄는 한빛국과의 준결승에서 연장까지 가는 접전 끝에 "
     "아쉬운 패배를 당하며 사상 첫 결승 진출이 무산됐다.", "U-20 여자축구대표팀, ", "결승 진출"),
    # a firm's act with a topic of the main clause's own ("신규회원은"): the firm is who announced it
    ("두리쇼핑은 지난달 유료 회원제 개편안을 내놓으며 신규회원은 이달부터, 기존 회원은 9월부터 월회비를 올린다고 "
     "알렸다.", "두리쇼핑, ", "신규회원"),
])
def test_the_named_subject_of_a_dropped_clause_says_whose_the_news_is(analyzer, sentence, opening, kept):
    out = bullet(analyzer, sentence, max_chars=60)
    assert out.startswith(opening) and kept in out, out


def test_an_unnamed_subject_is_not_carried(analyzer):
    # "경찰이": no name, and not whose the escape is; the main clause is not given to it
    out = bullet(analyzer, "경찰이 신고를 받고 10분 만에 현장에 출동하며 인근 도로를 모두 막았지만 용의자의 차량은 이미 "
                           "고속도로로 빠져나간 뒤였다.", max_chars=40)
    assert not out.startswith("경찰,"), out


def test_who_acts_in_a_regulators_account_is_the_firm(analyzer):
    # "…인식하고 있었음에도": "-고 있다" is one clause, not a step of its own; the firm did all of it and the
    # regulator only explains it (the bullet had read "규제위, …후기를 달게 함")
    out = bullet(analyzer, "한빛거래위원회는 두리마트가 이런 행위가 위법이라는 점을 알고 있었음에도 직원용 안내문을 만들고 "
                           "꾸준히 자사 상품에 좋은 후기를 쓰게 했다고 설명했다.", max_chars=40)
    assert out.startswith("두리마트") and "후기" in out, out


@pytest.mark.parametrize("sentence, kept", [
    # an outlet reports a deed with no subject of its own: without its frame the outlet did it
    ("한빛중앙통신은 25일 새벽 무인 탐사선을 다시 쏘아 올렸지만 궤도 진입에 실패했다고 보도했다.", "보도"),
    ("두리일보는 지난주 시의회가 내년 예산안을 두 차례 부결했다며 시장이 재의를 요구했다고 전했다.", "전"),
])
def test_an_outlets_report_keeps_its_frame(analyzer, sentence, kept):
    out = bullet(analyzer, sentence, max_chars=60)
    assert out.endswith(kept) or kept + "함" in out or "다고 " + kept in out, out


def test_a_firms_own_report_loses_its_frame(analyzer):
    # not an outlet: the firm did what it says it did, and the frame goes as before
    out = bullet(analyzer, "한빛전자는 올해 새 공장 두 곳을 지어 생산량을 두 배로 늘렸다고 밝혔다.", max_chars=60)
    assert "밝" not in out, out


def test_a_concession_inside_a_dropped_relative_clause_goes_with_it(analyzer):
    # "…함께했지만 | 오랜 기간 흉물로 방치돼 온 옛 공장 부지": the concession is the relative clause's own; the bullet had
    # kept it alone before the name, contrasting with the main clause ("…함께했지만 옛 공장 부지, 활기를 되찾음")
    out = bullet(analyzer, "한빛시에서 반세기 동안 지역 경제와 함께했지만 오랜 기간 흉물로 방치돼 온 달빛동 옛 한빛방직 공장 부지가 "
                           "20일 복합쇼핑몰 '두리몰' 착공식으로 활기를 되찾았다.", max_chars=60)
    assert "함께했지만" not in out and "한빛방직 공장 부지" in out, out


def test_a_pronoun_a_clause_describes_stays(analyzer):
    # "…입국한 그는": without the pronoun the clause describing him ran into the next phrase ("…입국한 같은 시간")
    out = bullet(analyzer, "당시 한빛국에서 비행기로 입국한 그는 같은 시간 공항 화물칸으로 들어온 상자 세 개를 건네받은 것으로 "
                           "조사됐다.", max_chars=80)
    assert "입국한 그는" in out or "입국한" not in out, out


def test_labels_that_tell_two_things_apart_stay(analyzer):
    # "산업용(갑)은 동결하고 …산업용(을)은 인상": without the labels the bullet froze and raised the same tariff
    out = bullet(analyzer, "한빛전력의 산업용 고객(약 30만호) 중에서 소규모 공장이 주로 쓰는 산업용(갑)(약 27만호)은 동결하고, 대형 "
                           "공장인 산업용(을)에 대해서는 다음 달 9일부터 요금을 평균 8.5% 올리기로 결정했다.", max_chars=60)
    assert "산업용(갑)은" in out and "산업용(을)에" in out and "27만호" not in out, out


def test_an_aside_in_brackets_still_goes(analyzer):
    # the same word with figures in brackets twice: asides, not labels
    out = bullet(analyzer, "올해 상반기(1~6월) 벤처 투자액은 2조원으로 지난해 상반기(9조원)보다 크게 줄어 관련 통계 집계 이후 가장 "
                           "큰 폭의 감소를 기록했다.", max_chars=50)
    assert "(1~6월)" not in out, out


@pytest.mark.parametrize("sentence, ending", [
    # a span of days: the story's day may fall inside it, so neither "열 예정" nor "열림"
    ("한빛부는 10월 28일부터 11월 1일까지 한빛시 컨벤션센터에서 '한빛 모바일 박람회'를 연다.", "박람회' 개최"),
    ("두리마트는 다음 달 3일부터 10일까지 전 점포에서 김장 재료 할인 행사를 진행한다.", "진행"),
])
def test_an_act_over_a_span_of_days_is_neither_ahead_nor_done(analyzer, sentence, ending):
    out = bullet(analyzer, sentence, max_chars=60)
    assert out.endswith(ending) and "예정" not in out, out


def test_a_dated_act_is_still_ahead(analyzer):
    out = bullet(analyzer, "한빛시는 다음 달 3일 시청 앞 광장에서 시민 축제를 연다.", max_chars=60)
    assert out.endswith("열 예정"), out


def test_a_title_in_quotation_marks_is_no_words_said(analyzer):
    # "…‘한빛 모바일 박람회’ 개막식에서 이같이 말했다": the words are in the sentence before; the title's closing mark
    # had been read as the end of words said, and the sentence made a bullet that says nothing ("…이같이 말함")
    from pipeline.select import dangling_reason
    titled = only_sentence(analyzer, "김하나 한빛부 차관은 29일 한빛시에서 열린 ‘한빛 모바일 박람회’ 개막식에서 이같이 말했다.")
    assert dangling_reason(titled.morphs, titled.text) is not None
    said = only_sentence(analyzer, "김하나 차관은 “도전을 이어가는 것이 우리의 일”이라며 이같이 말했다.")
    assert dangling_reason(said.morphs, said.text) is None


def test_a_lede_keeps_the_clause_that_holds_its_headline(analyzer):
    # "…격하된 지 석 달이 지났지만, | 학교 현장의 혼란은 …": the clause before holds what the headline names; the main
    # clause alone ("학교 현장의 혼란, 여전히 가라앉지 않음") would not say of what
    from pipeline.compress import Compressor
    from pipeline.engines.extractive import KiwiEngine
    doc = analyse(analyzer, "한빛 전자교과서가 ‘교과서’에서 ‘보조 교재’로 격하된 지 두 달이 지났지만, 학교 현장의 혼선은 여전히 "
                            "가라앉지 않고 있다.",
                  "교육청은 다음 달 학교별 사용 실태를 조사한다.", "교사들은 연수 기회를 늘려 달라고 요구했다.",
                  title="한빛 전자교과서 ‘교재’ 격하 두 달…교실 혼선 여전")
    lede = next(s for s in doc.sentences if "격하된" in s.text)
    out = Compressor(analyzer.kiwi, 60).compress(lede, doc.article.body, KiwiEngine._guide(doc, lede.index)).text
    assert out.startswith("한빛 전자교과서") and "혼선" in out, out  # (it had been "학교 현장의 혼선, 여전히 가라앉지 않음")


def test_a_main_clause_with_the_headline_still_stands_alone(analyzer):
    from pipeline.compress import Compressor
    from pipeline.engines.extractive import KiwiEngine
    doc = analyse(analyzer, "새 학기가 시작된 지 두 달이 지났지만, 한빛시 초등학교 3학년과 4학년 교실의 전자교과서 사용 혼선과 "
                            "교사들의 업무 부담은 줄지 않고 있다.", "교육청은 다음 달 학교별 사용 실태를 조사한다.",
                  title="한빛시 교실 전자교과서 혼선 여전")
    lede = next(s for s in doc.sentences if "부담은" in s.text)
    out = Compressor(analyzer.kiwi, 60).compress(lede, doc.article.body, KiwiEngine._guide(doc, lede.index)).text
    assert "두 달" not in out, out


@pytest.mark.parametrize("text, footage", [
    # a script names what is on the screen: a picture noun is the whole sentence's predicate
    ("2000년대 들어 전국 학생 수 감소세를 나타내는 그래프입니다.", True),
    ("아이들의 웃음소리가 사라진 한빛시의 한 폐교의 모습입니다.", True),
    # a topic of its own: how something stands, not a picture
    ("시장은 당분간 관망하는 모습입니다.", False),
    ("경기를 살리려는 한빛국 정부의 각종 지원책이 먹히지 않는 모습입니다.", False),
    ("한빛시의 학생 수는 25년 동안 절반으로 줄었습니다.", False),
])
def test_a_script_naming_its_picture_is_footage(analyzer, text, footage):
    from pipeline.select import describes_footage
    assert describes_footage(only_sentence(analyzer, text).morphs) is footage


@pytest.mark.parametrize("text, dangles", [
    # a time as the topic and a bare figure: the figure of what the sentence before names
    ("올해는 8.7%로 전년 대비 0.6%P 증가했다.", True),
    ("지난해는 22.6%로 0.4%P 높아졌다.", True),
    # a subject or topic of its own
    ("올해는 수출이 8.7% 늘었다.", False),
    ("올해 한빛시 매출은 8.7% 늘었다.", False),
])
def test_a_times_bare_figure_leans_on_the_sentence_before(analyzer, text, dangles):
    from pipeline.select import dangling_reason
    s = only_sentence(analyzer, text)
    assert (dangling_reason(s.morphs, s.text) is not None) is dangles


def test_a_relative_clause_keeps_the_phrase_it_opens_with(analyzer):
    # "…정상 세션에 공식 행사로는 | 거의 5년 만에 참석했던 김하나 …": dropping only the last part of the clause had left
    # "…공식 행사로는 김하나 …가 …만나는 등", tying the meeting to the summit
    out = bullet(analyzer, "지난 5월 한빛 정상회의 정상 세션에 공식 행사로는 거의 5년 만에 참석했던 김하나 한빛전자 창업자가 지난달 "
                           "25일 두리국에서 박세나 두리반도체 대표를 만나는 등 활발히 움직이고 있다.", max_chars=60)
    assert "행사로는 김하나" not in out, out


def test_a_measure_is_no_agent_of_the_next_clause(analyzer):
    # "…은 지난해 영업이익이 3,144억원으로 …급감했으며, 작년 4분기부터 …적자를 기록 중": the firm is in deficit, not
    # its last year's profit (the bullet had read "한빛제철 지난해 영업이익, …2분기 연속 적자를 기록 중")
    out = bullet(analyzer, "실제로 한빛제철은 지난해 영업이익이 3,144억원으로 전년 대비 60.6% 급감했으며, 작년 4분기부터 올해 "
                           "1분기까지 2분기 연속 적자를 기록 중이다.", max_chars=60)
    assert out.startswith("한빛제철, ") and "영업이익," not in out, out


def test_steps_of_a_way_stay_together(analyzer):
    # "…가산점을 매겨 | 재정 지원을 하는 방식으로 바꿨다": both steps are the new way (the bullet had kept only
    # "재정 지원을 하는 방식으로 바꿈", as if the support itself were new)
    out = bullet(analyzer, "한빛부는 애초 선발 비율이 25% 이상인 대학만 지원을 받도록 사실상 의무화할 계획이었지만, 대학들이 반발하자 "
                           "선발 비율에 따라 가산점을 매겨 재정 지원을 하는 방식으로 바꿨다.", max_chars=60)
    assert "가산점" in out, out


def test_a_province_in_full_keeps_its_name(analyzer):
    # "…특별자치도 설치를": read in the whole bullet, "도" is the name's, not "also" (it had become "…특별자치, 설치를")
    from pipeline.format import finish_headline
    out = finish_headline("경기북부특별자치도 설치를 위해 도가 정부에 요청한 주민투표 사실상 무산", "", analyzer.kiwi)
    assert out.startswith("경기북부특별자치도 설치를"), out
    assert finish_headline("수출도 최대 기록 경신", "", analyzer.kiwi) == "수출, 최대 기록 경신"


def test_a_quotation_of_a_part_keeps_the_one_it_is_part_of(analyzer):
    # "“…송환된 것은 사실로 보인다”며 “그중 …누가 포함됐는지는 확인할 수 없다”": the second tells of a part of the first;
    # alone it had read as if the ministry could confirm nothing
    out = bullet(analyzer, "한빛부는 13일 “다수의 주민이 이웃 나라에서 본국으로 송환된 것은 사실인 것으로 보인다”며 “그중 노약자, "
                           "환자 등 누가 얼마나 포함되었는지는 정확히 확인할 수 없다”고 했다.", max_chars=60)
    assert "송환된 것은 사실" in out and "그중" not in out, out


def test_a_surname_above_the_full_name_is_written_in_full(analyzer):
    # sentence 3 is taken before sentence 2; in article order sentence 2's bullet comes first, so it is the one that
    # needs the full name ("구 대변인, …" had stood above "구병삼 대변인, …")
    from pipeline.config.summarize import SummarizeConfig
    from pipeline.engines import build_engine
    doc = analyse(analyzer,
                  "한빛부는 13일 다수의 주민이 이웃 나라에서 본국으로 강제 송환된 것으로 보인다고 밝혔다.",
                  "한빛부 박세나 대변인은 이날 정례브리핑에서 “정부는 어떠한 경우에도 해외 체류 주민이 본인 의사에 반해 "
                  "송환돼선 안 된다는 입장”이라고 말했다.",
                  "박 대변인은 “우리 정부는 이와 같은 상황에 대해 유감스럽게 생각하고 이웃 나라에 이 문제를 엄중하게 제기했다”고 했다.",
                  "박 대변인은 이어 “해외 체류 주민 보호를 위해 외교 당국 등 관계부처와 함께 송환 중단을 위해 최대한 노력해 "
                  "나가겠다”고 했다.",
                  title="한빛부 “주민 강제 송환 사실로 보여”…정부, 유감 표명")
    picked = build_engine("kiwi", SummarizeConfig(), analyzer)._fill(doc, [0, 3, 2], k=3)
    first = min((c for c in picked if "대변인" in c.text), key=lambda c: c.sentence)
    assert first.text.startswith("박세나 대변인"), [c.text for c in picked]


@pytest.mark.parametrize("sentence, kept, gone", [
    # the season the first clause opens with scopes the main clause too: alone, the tally read as one game's
    ("박두리는 이번 시즌 한빛FC가 30라운드 만에 우승을 확정지을 동안 한 경기를 뺀 29경기에 모두 출전, 공수에서 활약하며 "
     "3골 2도움을 기록했다.", "이번 시즌 3골 2도움", "29경기"),
    # a dated first act ("지난해 11월 …예고했으나"): the date is that act's, not the main clause's
    ("한빛제철은 지난해 11월 업황 악화로 2공장 폐쇄를 예고했으나, 노조 반대에 부딪혀 결정을 보류하고 제한적 운영을 "
     "유지해왔다.", "", "지난해 제한적"),
])
def test_a_period_the_sentence_opens_with_scopes_the_main_clause(analyzer, sentence, kept, gone):
    out = bullet(analyzer, sentence, max_chars=60)
    assert kept in out and gone not in out, out
