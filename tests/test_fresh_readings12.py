"""Readings from fresh news read this session (setDA–setDD): pages, leads, compressions and repeats an editor turned
down. Articles and sentences written for these tests (not news copy)."""
import pytest

from bullet_helpers import analyse, bullet, only_sentence, summarize_page
from pipeline.parse import parse_article
from pipeline.select import dangling_reason, non_content_reason


# --- pages -------------------------------------------------------------------------------------------------------

def test_a_government_sites_banner_and_skip_links_are_furniture():
    # the banner every government site carries was the block's first bullet, and the skip links its headline
    text = ("본문바로가기 메뉴바로가기 전체메뉴 바로가기\n\n"
            "이 누리집은 대한민국 공식 전자정부 누리집입니다.\n"
            "공식 누리집 주소 확인하기\n"
            "go.kr 주소를 사용하는 누리집은 대한민국 정부기관이 관리하는 누리집입니다.\n"
            "이밖에 or.kr 또는 .kr등 다른 도메인 주소를 사용하고 있다면 아래 URL에서 도메인 주소를 확인해 보세요\n"
            "운영중인 공식 누리집보기\n"
            "2025 한빛시 정책 설명회 바로가기\n\n"
            "한빛시, 버스 요금 1년 동결\n"
            "등록일 : 2025.02.26\n\n"
            "한빛시가 내년 시내버스 요금을 올리지 않기로 했습니다.\n"
            "시는 물가 부담을 덜기 위해 요금 동결을 결정했다고 밝혔습니다.\n")
    article = parse_article(text, id="p")
    assert article.title == "한빛시, 버스 요금 1년 동결"
    assert article.published == "2025-02-26"
    body = " ".join(article.paragraphs)
    assert "누리집" not in body and "바로가기" not in body
    assert article.paragraphs[0].startswith("한빛시가 내년")


def test_a_transcripts_speaker_marks_go_and_its_bite_label_with_them():
    # "홍길동 앵커>" stayed in the bullet ("유용화 앵커> 정세균 국무총리, …"); "녹취> 이름" is a label, not prose
    text = ("한빛시장 첫 정례 브리핑\n\n"
            "홍길동 앵커>\n"
            "한빛시장이 시청 출입 기자들을 상대로 첫 정례 브리핑을 열었습니다.\n"
            "김가람 기자입니다.\n\n"
            "김가람 기자>\n"
            "시장은 매주 한 차례 시정 현안에 직접 답하겠다고 밝혔습니다.\n\n"
            "녹취> 이누리 한빛시장\n"
            "\"시민이 궁금한 것은 시장이 직접 답하겠습니다.\"\n\n"
            "시는 브리핑 내용을 누리집에도 올릴 계획입니다.\n")
    article = parse_article(text, id="p")
    body = " ".join(article.paragraphs)
    assert "앵커>" not in body and "기자>" not in body and "녹취>" not in body
    assert article.paragraphs[0].startswith("한빛시장이 시청 출입 기자들을")


def test_a_credit_glued_to_the_lede_is_a_caption():
    # "경남경찰청 제공추석 당일 …": the picture's credit ran into the lede and stayed in its bullet
    text = ("한빛경찰청 제공설 연휴 첫날 한빛시 한 시장에서 불이 나 점포 12곳이 탔다.\n"
            "한빛소방서는 점포 주인 A씨를 상대로 정확한 화재 원인을 조사하고 있다고 29일 밝혔다.\n"
            "불은 2시간 만에 꺼졌다.\n")
    article = parse_article(text, id="p")
    assert article.paragraphs[0].startswith("설 연휴 첫날")
    assert "한빛경찰청 제공" in article.captions


@pytest.mark.parametrize("line", ["한빛시는 시민들에게 무료 와이파이를 제공하는 사업을 시작했다.",
                                  "정보 제공자가 누구인지는 밝혀지지 않았다.",
                                  "한빛시청 제공 자료에 따르면 관광객이 늘었다."])
def test_provided_in_prose_is_no_credit(line):
    article = parse_article("한빛시 소식\n\n" + line + "\n\n시는 다음 달 결과를 발표한다.\n", id="p")
    assert article.paragraphs[0] == line and not article.captions


# --- sentences ---------------------------------------------------------------------------------------------------

def test_a_statistics_name_ending_in_eum_is_not_a_sentence_end(analyzer):
    # Kiwi ended a sentence at "쉬었음" of "쉬었음 인구" (those who rested: a statistic's name)
    doc = analyse(analyzer, "지난해 쉬었음 인구는 250만 명으로 통계 작성 이래 가장 많았다.")
    assert [s.text for s in doc.sentences] == ["지난해 쉬었음 인구는 250만 명으로 통계 작성 이래 가장 많았다."]


def test_a_note_ending_in_eum_stays_a_sentence(analyzer):
    # (guard) a longer note written "…개최했음" is a sentence of its own
    doc = analyse(analyzer, "한빛시는 지난 3일 시민 토론회를 개최했음 참가자는 200명이었다.")
    assert len(doc.sentences) == 2


# --- selection ---------------------------------------------------------------------------------------------------

def test_an_anchor_guessing_the_viewers_worry_is_no_news(analyzer):
    # "…유출된 것 아닌지, 걱정하시는 분들 많을 겁니다." led the block
    sentence = only_sentence(analyzer, "유명 가수의 계정 해킹 소식에 혹시 내 계정 정보도 빠져나간 것 아닌지, 걱정하시는 분들 많을 겁니다.")
    assert "viewer" in (non_content_reason(sentence) or "")


def test_more_than_what_the_sentence_before_told_dangles(analyzer):
    # "하지만 교체를 하지 못하고 발길을 돌리는 사람들이 더 많았습니다.": more than whom
    sentence = only_sentence(analyzer, "하지만 표를 구하지 못하고 발길을 돌리는 관객들이 더 많았습니다.")
    assert "compares" in (dangling_reason(sentence.morphs, sentence.text) or "")


def test_a_comparison_with_its_standard_reads_alone(analyzer):
    # (guard) "…보다 더 많았다" says of what
    sentence = only_sentence(analyzer, "올해 관객은 지난해보다 더 많았습니다.")
    assert dangling_reason(sentence.morphs, sentence.text) is None


def test_a_ledes_twist_is_not_kept_without_what_it_turns_on(analyzer):
    # "SKT가 …무상 교체를 시작했는데, 재고 부족으로 발길을 돌리는 가입자들이 더 많았습니다." -> "…가입자들, 더 많았음"
    text = bullet(analyzer, "한빛통신이 고객 정보 유출 사고 대책으로 전국 대리점에서 유심 무상 교체를 시작했는데, 재고 부족으로 "
                            "발길을 돌리는 가입자들이 더 많았습니다.")
    assert "유심 무상 교체" in text


# --- compression -------------------------------------------------------------------------------------------------

def test_no_topic_comma_after_a_bound_noun(analyzer):
    # "…하지 않을 수가 없는 것 같아요" -> "…하지 않을 수, 없는 것 같음"
    text = bullet(analyzer, "그래서 '공사 악몽'이라는 말까지 나왔는데 한빛산 개발 상황을 보면 이런 걱정을 하지 않을 수가 없는 것 같아요.")
    assert "수, 없" not in text and "수가 없" in text


def test_the_subject_of_a_condition_keeps_its_particle(analyzer):
    # "현 수출 추세가 이어진다면 …넘어설 전망" -> "현 수출 추세, 이어진다면 …"
    text = bullet(analyzer, "현 판매 추세가 이어진다면 다음 달 중 누적 판매량 100만 대를 넘어설 전망이다.")
    assert "추세, " not in text and "추세가 이어진다면" in text


@pytest.mark.parametrize("opener", ["이런 가운데", "이러한 가운데", "이 같은 가운데", "그런 와중에"])
def test_amid_this_goes(analyzer, opener):
    # "이런 가운데 휴대전화 해킹 사고도 …": amid what the sentence before told
    text = bullet(analyzer, f"{opener} 한빛시는 새 버스 노선 5개를 발표했다.")
    assert text == "한빛시, 새 버스 노선 5개 발표"


def test_among_them_stays(analyzer):
    # (guard) "이 가운데 3명은 …": a part of what was told, which a bullet cannot lose
    assert bullet(analyzer, "이 가운데 3명은 중상을 입었다.").startswith("이 가운데 3명")


@pytest.mark.parametrize("opener", ["실례로", "일례로", "예컨대", "예를 들어"])
def test_an_examples_marker_goes(analyzer, opener):
    assert bullet(analyzer, f"{opener} 한빛전자는 지난달 수출 물량이 20% 줄었다.") == "한빛전자, 지난달 수출 물량이 20% 줄어"


def test_the_other_side_of_a_contrast_is_not_the_main_clauses_topic(analyzer):
    # "전체 취업자 수는 증가했지만, 15~29세 청년층 취업자는 17만 8천 명 줄어 …최대 감소폭을 보였습니다." ->
    # "전체 취업자 수, 29세 청년층 취업자는 …" (the age range cut, and the total made the youth's topic)
    text = bullet(analyzer, "전체 관객 수는 증가했지만, 20~29세 청년층 관객은 12만 3천 명 줄어 2020년 이후 최대 감소폭을 보였습니다.")
    assert text.startswith("20~29세 청년층 관객")
    assert "12만 3천 명 줄어" in text and "전체 관객" not in text


def test_an_act_named_by_its_kind_keeps_what_was_done(analyzer):
    # "…음주를 하고 흉기를 소지한 상태에서 …식당을 찾아 범행을 저지른 것으로 파악됐다" -> "A씨, 범행을 저지름"
    text = bullet(analyzer, "경찰조사결과 A씨는 범행 직전 술을 마시고 둔기를 든 상태에서 B씨 등 손님들이 있는 가게를 찾아 범행을 "
                            "저지른 것으로 파악됐다.")
    assert "범행을 저지름" != text.split(", ", 1)[-1]
    assert "가게를 찾아" in text


# --- the block -----------------------------------------------------------------------------------------------------

def test_an_agency_announcing_a_figure_already_given_is_a_repeat(analyzer):
    # "고환율 영향으로 12월 소비자물가가 2.3% 상승하며 …" then "국가데이터, 12월 소비자물가가 1년 전보다 2.3% 상승"
    text = ("한빛시 물가 2.3% 상승\n\n"
            "고환율 영향으로 12월 한빛시 소비자물가가 2.3% 상승하며 넉 달째 2%대 상승세가 이어졌다.\n"
            "한빛시 통계과는 12월 소비자물가가 1년 전보다 2.3% 상승했다고 발표했다.\n"
            "석유류 가격이 6.1% 올랐고 농축수산물은 4.1% 상승했다.\n"
            "연간 소비자물가 상승률은 2.1%로 5년 만에 가장 낮았다.\n"
            "시는 공공요금을 동결해 물가를 잡겠다고 밝혔다.\n")
    doc, summary = summarize_page(analyzer, text)
    assert sum("2.3%" in b for b in summary.bullets) == 1, summary.bullets


def test_about_a_figure_and_the_figure_exact_are_one_fact(analyzer):
    # "대미 자동차 수출액, 전년 동월에 비해 20% 가까이 급감" then "대미 자동차 수출액, 지난 4월 …19.6% 줄어"
    from pipeline.select import approximately_alike
    near = analyzer.morphs("한빛시 자전거 수출액이 지난해보다 20% 가까이 급감했다")
    exact = analyzer.morphs("한빛시 자전거 수출액은 지난달 19.6% 줄었다")
    other = analyzer.morphs("한빛시 자전거 수출액은 지난달 15.2% 줄었다")
    from pipeline.select import figures
    assert approximately_alike(exact, figures(exact), near, figures(near))
    assert not approximately_alike(other, figures(other), near, figures(near))


def test_the_investigations_routine_adds_nothing(analyzer):
    # "경찰, A씨에 대한 조사를 진행 중" after "…경찰서, 살인 혐의로 50대 남성 A씨를 수사 중"
    text = ("한빛시 주택가 흉기 사건\n\n"
            "한빛경찰서는 살인 혐의로 50대 남성 A씨를 수사하고 있다고 3일 밝혔다.\n"
            "A씨는 전날 오후 한빛시 한 주택 복도에서 40대 남성 B씨를 흉기로 찔러 숨지게 한 혐의를 받는다.\n"
            "경찰은 A씨에 대한 조사를 진행하고 있다.\n"
            "A씨는 범행 직후 달아났다가 2시간 만에 붙잡혔다.\n"
            "경찰은 조사가 끝나는 대로 구속영장을 신청할 방침이다.\n")
    doc, summary = summarize_page(analyzer, text)
    assert not any(b.endswith("조사를 진행 중") for b in summary.bullets), summary.bullets


def test_a_dates_comma_goes_with_the_fronting(analyzer):
    # "22일, 우원식 국회의장은 …받았다" kept its first words as written: "22일, 우원식 국회의장은 …받음"
    text = bullet(analyzer, "22일, 한빛시의회 의장은 의회 접견실에서 사무처 등 3개 기관으로부터 올해 업무보고를 받았다.")
    assert text.startswith("한빛시의회 의장, 22일 의회 접견실에서")


def test_an_hours_comma_inside_the_statement_goes(analyzer):
    # "남 지사, 30일 오전 10시, 경기도청 4층 회의실에서 …": three phrases where a headline has two
    text = bullet(analyzer, "김 지사는 30일 오전 10시, 도청 4층 회의실에서 새 청사 건립 계획을 발표했다.")
    assert "10시, " not in text and "10시 도청" in text
    # (guard) "오전과 오후,주말을 교대로": a list of times, its comma written tight
    assert "오후, 주말" in bullet(analyzer, "직원은 모두 8명으로, 오전과 오후,주말을 교대로 근무한다.")


def test_a_list_of_days_keeps_its_separators(analyzer):
    # (guard) "3일, 5일, 7일": the days are a list
    assert "3일·5일·7일" in bullet(analyzer, "행사는 3일, 5일, 7일에 열린다.")


def test_a_time_before_a_one_word_name_goes_after_it(analyzer):
    # "지난달 동작종합사회복지관은 …" -> "지난달 동작종합사회복지관, …": the time read as part of who acts
    assert bullet(analyzer, "지난달 한빛종합사회복지관은 천만원을 들여 식당 리모델링을 마쳤다.").startswith("한빛종합사회복지관, 지난달")


def test_a_time_before_a_figures_name_stays(analyzer):
    # (guard) "지난주 서울 아파트 가격은 …": the week is the figure's
    assert bullet(analyzer, "지난주 서울 아파트 가격은 그 전주와 변동이 없었다.").startswith("지난주 서울 아파트 가격,")


def test_two_facts_with_their_own_subjects_end_the_first_on_its_verbal_noun(analyzer):
    # "…338만 7000명 감소했고, 36시간 미만 취업자는 …증가" -> "…감소, 36시간 미만 취업자는 …"
    text = bullet(analyzer, "주 36시간 이상 근로자는 1년 전보다 33만 명 감소했고, 36시간 미만 근로자는 41만 명 증가했다.")
    assert "감소했고" not in text and "33만 명 감소, 36시간 미만 근로자는" in text


def test_one_subjects_two_acts_keep_their_link(analyzer):
    # (guard) "한빛시는 예산을 확정했고 의회에 제출했다": one subject, two acts in order
    assert "확정했고" in bullet(analyzer, "한빛시는 내년 예산안을 확정했고 시의회에 제출했다.")


def test_no_subject_is_fronted_past_a_clause_of_discovery(analyzer):
    # "…필름을 판독해보니 한쪽 폐가 기능을 상실한 것으로 확인됐다" -> "한쪽 폐, 광양시 보건소의 한 진료실, …판독해보니 …"
    text = bullet(analyzer, "한빛시 보건소의 한 진료실, 오랫동안 기침을 앓아온 60대 환자의 사진을 판독해보니 한쪽 폐가 기능을 "
                            "완전히 상실한 것으로 확인됐습니다.")
    assert not text.startswith("한쪽 폐,") and "한쪽 폐가" in text


@pytest.mark.parametrize("sentence, bullet_text", [
    ("반대로 시험 공부만 시키던 학교에 새 교장이 부임하면 그 학교는 2년 안에 명문으로 떠오른다.",
     "시험 공부만 시키던 학교에 새 교장이 부임하면 그 학교는 2년 안에 명문으로 떠오름"),
    ("그만큼 학교는 교장의 역량에 의해 크게 좌우된다.", "학교, 교장의 역량에 의해 크게 좌우")])
def test_conversely_and_that_much_lean_on_the_sentence_before_and_go(analyzer, sentence, bullet_text):
    # a column's "반대로 …", "그만큼 …" were bullets of their own; a sentence as written dangles, a bullet drops them
    s = only_sentence(analyzer, sentence)
    assert "connective" in (dangling_reason(s.morphs, s.text) or "")
    assert bullet(analyzer, sentence) == bullet_text


def test_the_opposite_direction_is_no_connective(analyzer):
    # (guard) "반대로 가는 차량": which way
    s = only_sentence(analyzer, "반대로 가는 차량이 많았다.")
    assert dangling_reason(s.morphs, s.text) is None


def test_a_teaser_pointing_at_what_comes_next_is_no_news(analyzer):
    # "흥미로운 점은 한국 전통음료와의 비교 결과다." -> "흥미로운 점, 한국 전통음료와의 비교 결과"
    assert non_content_reason(only_sentence(analyzer, "흥미로운 점은 전통 음료와의 비교 결과다.")) is not None


def test_the_point_named_before_what_it_explains_reads_alone(analyzer):
    # "흥미로운 점은 …다는 것이다" says what it explains; the bullet keeps the finding
    s = only_sentence(analyzer, "흥미로운 점은 전통 음료를 마신 사람은 사망 위험이 오르지 않았다는 것이다.")
    assert dangling_reason(s.morphs, s.text) is None
    assert bullet(analyzer, s.text) == "전통 음료를 마신 사람, 사망 위험이 오르지 않음"


def test_a_name_with_a_mark_too_many_is_shortened_and_keeps_its_closing_mark(analyzer):
    # "…'긴급 진단 '신종 코로나 확산 방역 초비상'을 방송한다." was copied whole with a closing mark added at its end
    # ("…초비상‘을 방송한다’"), then lost the mark before "을"
    text = "한빛방송 편성표에 따르면 1TV는 이날 밤 10시부터 '긴급 진단 '독감 확산 방역 비상'을 방송한다."
    compressed = bullet(analyzer, text)
    assert not compressed.endswith(("’", "'")) and "방송" in compressed
    from pipeline.format import finish_headline
    assert finish_headline(compressed).count("'") % 2 == 0
    assert "비상' 방송" in finish_headline(compressed)


def test_a_concessions_topic_is_not_the_main_clauses(analyzer):
    # "당초 선고는 …예정이었지만, 박씨가 …고려해 선고가 미뤄졌다" -> "당초 선고, …예정이었지만, …선고 미뤄짐"
    text = bullet(analyzer, "당초 선고는 지난달 27일 내려질 예정이었지만, 김씨가 대학 입시에 응시하는 것을 고려해 선고가 미뤄졌습니다.")
    assert text.startswith("당초 선고는 ")


def test_a_topic_acting_in_both_clauses_takes_the_comma(analyzer):
    # (guard) "삼성전자는 지난해 적자였지만, 올해 흑자로 돌아섰다": no subject of its own after the concession
    assert bullet(analyzer, "한빛전자는 지난해 적자였지만, 올해 흑자로 돌아섰다.").startswith("한빛전자, ")


def test_a_dropped_date_takes_its_comma_and_the_subject_is_not_said_twice(analyzer):
    # (guard) the date fronted past with its comma, and then dropped at a shorter limit, must not leave the subject twice
    # ("우원식 국회의장, 우원식 국회의장은 …받음")
    text = bullet(analyzer, "22일, 한빛시의회 의장은 의회 접견실에서 사무처 등 3개 기관으로부터 올해 업무보고를 받았다.", max_chars=40)
    assert text.count("한빛시의회 의장") == 1 and not text.startswith("22일")


def test_a_party_name_is_one_name(analyzer):
    # "정부조직 개편에 반대해 온 국민의힘은 …" was read "온(all) 국민 의 힘": a clause split inside the name left "온 국민의힘,"
    sentence = only_sentence(analyzer, "법안 처리에 반대해 온 국민의힘은 표결에 불참했다.")
    assert ("국민의힘", "NNP") in [(m.form, m.tag) for m in sentence.morphs]
    assert not bullet(analyzer, "여당과 범여권 정당들이 표결에 참여했으며, 법안 처리에 반대해 온 국민의힘은 표결에 불참했다.",
                      max_chars=30).startswith("온 ")


def test_a_contracted_verb_keeps_its_stem_in_an_outlook(analyzer):
    # "…알려드리겠습니다" -> "알어드릴 전망": the edit began inside "려" (알리 + 어), losing the stem
    assert "알려드릴" in bullet(analyzer, "시는 결과가 나오는 대로 시민들에게 알려드리겠습니다.")


def test_the_anchors_promise_of_more_news_is_no_news(analyzer):
    # "대원이 구조되는 대로 추가 소식 알려드리겠습니다." closed a block
    assert "hand-off" in (non_content_reason(only_sentence(analyzer, "대원이 구조되는 대로 추가 소식 알려드리겠습니다.")) or "")


def test_a_line_of_symbols_is_no_part_of_the_lede():
    # a page's "|" line was run into the lede ("| 신고자, …")
    article = parse_article("|\n한빛천에서 물놀이를 하던 10대 4명이 실종됐다.\n소방당국은 밤샘 수색을 이어가고 있다.\n", id="p")
    assert not article.title.startswith("|") and all(not p.startswith("|") for p in article.paragraphs)
    assert "실종됐다" in article.title + " ".join(article.paragraphs)


def test_a_bracketed_bite_with_a_team_name_is_a_bite(analyzer):
    # "[박유신 이마트 라이프&컬처팀 팀장 : …]": the "&" in the team's name hid the bite
    sentence = only_sentence(analyzer, "[김한빛 한빛마트 라이프&컬처팀 팀장 : 고객과 가장 가까운 곳에서 다양한 제품을 준비했습니다.]")
    assert "sound bite" in (non_content_reason(sentence) or "")


def test_a_spoken_explanation_ending_in_geosimnida_dangles(analyzer):
    # "…검찰 판단을 밝히겠다는 것입니다." (what the sentence before announced) was a bullet: "…밝히겠다는 것"
    s = only_sentence(analyzer, "세 사람을 일괄 기소하면서 범죄 사실에 대한 검찰 판단을 밝히겠다는 것입니다.")
    assert "explains" in (dangling_reason(s.morphs, s.text) or "")


def test_a_one_word_relative_clause_of_the_day_goes_before_a_numbered_meeting(analyzer):
    # "이날 열린 제1차 본회의에서는 …" -> "열린 제1차 본회의에서는 …": the day went, its clause stayed
    assert bullet(analyzer, "이날 열린 제1차 본회의에서는 회기 결정의 건과 예산안 등 총 4개의 안건을 통과시켰다.").startswith("제1차 본회의")


def test_a_township_is_no_condition(analyzer):
    # "…사내면 문화마을 및 …공원에서 열린다" -> "…열릴 전망": Kiwi read the township's "면" as a condition's ending
    text = bullet(analyzer, "민·군 화합행사인 한빛 페스티벌이 오는 19일부터 22일까지 나흘 간, 사내면 문화마을 및 한빛체육공원에서 열린다.")
    assert text.endswith("열릴 예정")


def test_a_condition_after_a_particle_is_a_condition(analyzer):
    # (guard) "출구조사 결과대로면 …거두게 된다": what follows from a condition is foreseen
    assert bullet(analyzer, "출구조사 결과대로면 여당이 다음 달 압승을 거두게 된다.").endswith("될 전망")


def test_the_cut_tail_of_a_scripts_tag_is_no_word():
    # "여]" (the rest of a tag cut by the page) opened the block's first bullet: "여 10년 동안 …"
    article = parse_article("대구 청년 유출\n\n◀ANC▶\n대구·경북 인구유출 심각하죠?\n그중에서도 젊은 층이 많은데,\n한해 20대 만 5천 명이\n"
                            "수도권으로 빠져나가고 있습니다.\n여]\n10년 동안 15만 명이 수도권이나 다른 지역으로\n"
                            "빠져나간 것으로 드러났습니다.\n", id="p")
    assert not any("여]" in p for p in article.paragraphs)
    assert any("있습니다. 10년 동안 15만 명이" in p for p in article.paragraphs)


def test_a_bite_across_a_transcripts_lines_is_a_bite(analyzer):
    # "[PC방에서 자는 남성 : 일주일은 있을 수 있거든요." / "자주 오는 사람은 싫어해요.]": each line a paragraph, the second
    # read as news; "[이 속에 곰팡이가 다 슬어 있어요." / "다 젖어서.]": words in brackets with no speaker
    from pipeline.select import sound_bite_continuations
    text = ("고시원 주거 난민\n\n보증금 없는 고시원조차 버거운 사람들은 PC방을 전전합니다.\n"
            "[PC방에서 자는 남성 : 일주일은 있을 수 있거든요.\n자주 오는 사람은 싫어해요.]\n"
            "하룻밤 6천 원인 만화방 소파에 몸을 누이기도 합니다.\n"
            "[이 속에 곰팡이가 다 슬어 있어요.\n다 젖어서.]\n"
            "시는 주거 지원 대책을 내놓겠다고 밝혔습니다.\n")
    doc = analyse_page(analyzer, text)
    bites = {doc.sentences[x].text for x in sound_bite_continuations(doc)}
    assert "자주 오는 사람은 싫어해요.]" in bites and "다 젖어서.]" in bites
    assert not any("만화방" in b or "주거 지원" in b for b in bites)


def analyse_page(analyzer, text):
    return analyzer.analyze(parse_article(text, id="p"))


def test_the_subject_of_a_time_clause_is_not_fronted(analyzer):
    # "…시민들이 시내버스 이용 시 알기 쉽게 노선안내도를 …제작·설치하는 등 …추진할 방침" -> "시민들, …": the city plans it
    from pipeline.compress import Compressor
    doc = analyse(analyzer, "특히 시민들의 민원을 반영해 구시장의 운행구간 비율을 늘렸다. 또한 관광객 증가에 따라 한빛터미널 건너편 "
                            "버스승강장 확장·개선과 더불어 시민들이 시내버스 이용 시 알기 쉽게 노선안내도를 순차적으로 "
                            "제작·설치하는 등 서비스 향상을 위해 지속적으로 추진할 방침이다.")
    text = Compressor(analyzer.kiwi, 60).compress(doc.sentences[1], doc.article.body).text
    assert not text.startswith("시민들") and "시민들이 시내버스 이용 시" in text


def test_a_reporter_going_along_is_programme_talk(analyzer):
    # "김양훈 기자가 음주단속 현장을 동행취재했습니다." -> "김양훈 기자, 음주단속 현장을 동행취재"
    sentence = only_sentence(analyzer, "김한빛 기자가 음주단속 현장을 동행취재했습니다.")
    assert "hand-off" in (non_content_reason(sentence) or "")


def test_than_this_compares_with_what_came_before(analyzer):
    # "…박재명 씨의 한달 수입은 이보다 조금 적어서 …": than whose income
    s = only_sentence(analyzer, "기초수급자인 70대 김한빛 씨의 한 달 수입은 이보다 조금 적어서 기초생활수급비가 전부입니다.")
    assert "compares" in (dangling_reason(s.morphs, s.text) or "")


def test_the_sentences_topic_before_an_inner_contrast_takes_the_comma(analyzer):
    # "HD한국조선해양은 …매출액은 7조4284억원, 영업이익은 9536억원을 기록" kept three topics as written
    text = bullet(analyzer, "한빛조선은 올해 2분기 연결 기준 매출액은 7조4284억원, 영업이익은 9536억원을 기록했다.")
    assert text.startswith("한빛조선, 올해 2분기") and "매출액은 7조4284억원, 영업이익은" in text


def test_a_contrast_of_two_topics_keeps_both(analyzer):
    # (guard) "영업이익은 155조원, 순이익은 119조원을 기록": the contrast itself
    assert bullet(analyzer, "영업이익은 155조원, 순이익은 119조원을 기록했다.").startswith("영업이익은 155조원, 순이익은")


def test_a_court_named_after_the_lede_said_court_is_the_same_event(analyzer):
    # "법원이 …원심 판결을 파기하고 '징역 2년'을 선고" then "의정부지법, …파기하고 징역 2년을 선고"
    from pipeline.engines.extractive import _same_event
    lede = analyzer.morphs("법원이 판결 번복 논란이 일었던 사건의 항소심에서 원심 판결을 파기하고 징역 2년을 선고")
    named = analyzer.morphs("한빛지법, 김모씨에 대한 항소심 선고공판에서 원심을 파기하고 징역 2년을 선고")
    more = analyzer.morphs("한빛지법, 김모씨에 대한 항소심 선고공판에서 징역 35년을 선고")
    assert _same_event(named, lede)
    assert not _same_event(more, lede)  # (guard) a term of its own is news


def test_a_verb_made_a_noun_that_starts_is_the_whole_predicate(analyzer):
    # "…제주도부터 비가 내리기 시작했습니다" -> "…비, 내리기 시작"
    assert bullet(analyzer, "오후부터 태풍 비구름대의 영향으로 남부 지방부터 비가 내리기 시작했습니다.").endswith("비 내리기 시작")


def test_can_not_even_is_no_topic(analyzer):
    # "추우니까 집에 들어갈 수도 없고." -> "…들어갈 수, 없음": "도" after a bound noun is no subject's "also"
    from pipeline.format import finish_headline
    assert finish_headline("추우니까 집에 들어갈 수도 없음", "", analyzer.kiwi) == "추우니까 집에 들어갈 수도 없음"


def test_also_inside_the_subjects_clause_stays(analyzer):
    # "밤잠도 건너뛰고 무등산에 오른 시민들, …" -> "밤잠, 건너뛰고 …": the subject comes after the clause "도" is in
    from pipeline.format import finish_headline
    text = "밤잠도 건너뛰고 한빛산에 오른 시민들, 새해 첫해를 함성과 함께 맞이"
    assert finish_headline(text, "", analyzer.kiwi) == text
    assert finish_headline("수출도 최대 기록", "", analyzer.kiwi) == "수출, 최대 기록"  # (guard)
    # (guard) a clause's own end is no subject's comma: "…재신청도 …큰 만큼, 검찰은 …" keeps its headline topic
    assert finish_headline("재신청도 받아들여지지 않을 가능성이 큰 만큼, 검찰은 추가기소 할 방침", "", analyzer.kiwi) \
        .startswith("재신청, ")


def test_a_list_ending_on_etc_takes_no_topic_comma(analyzer):
    # "…세포를 이용한 치료법, 뇌 과학 등이 핵심 연구 대상이 될 전망" -> "…뇌 과학 등, 핵심 연구 대상이 …"
    text = bullet(analyzer, "유전체 분석이나 줄기세포를 이용한 치료법, 뇌 과학 등이 핵심 연구 대상이 될 전망입니다.")
    assert "등, " not in text and "등이 핵심" in text


def test_a_times_clock_goes_with_it(analyzer):
    # "현지 시간으로 오후 12시 30분, 우리 시간으로 오후 1시 30분쯤 업무 오찬이 종료됐습니다" -> "…현지 시간으로 우리 시간으로 …"
    text = bullet(analyzer, "정상회담이 12일 오전부터 한빛호텔에서 열리고 있는 가운데 현지 시간으로 오후 12시 30분, 우리 시간으로 "
                            "오후 1시 30분쯤 업무 오찬이 종료됐습니다.")
    assert "시간으로" not in text and "업무 오찬" in text


def test_a_scripts_tag_starts_a_turn_of_its_own():
    # "- NEWS / - 뉴스데스크 / … / 방송일자 / 2018-01-10 / ◀ANC▶ / 어젯밤 …" ran the page's header into the anchor's first
    # sentence, which was then read as a list item and the lede was lost
    text = ("- NEWS\n- 뉴스데스크\n뉴스데스크\n-\n방송일자\n2025-01-10\n◀ANC▶\n어젯밤 한빛시의 한 다세대 주택에서\n"
            "가스가 폭발해 주민 10여 명이 다치고\n인근 60여 채가 피해를 입었습니다.\n강추위 속에 피해 주민들이 경로당으로\n"
            "대피하는 등 큰 불편을 겪고 있습니다.\n김한빛 기자입니다.\n◀END▶\n붉은 섬광과 함께\n큰 폭발음이 울려퍼집니다.\n"
            "놀란 주민들은 거리로 뛰어 나옵니다.\n어제 저녁 7시쯤 한빛시의 한 다세대주택에서\n가스가 폭발했습니다.\n")
    article = parse_article(text, id="p")
    assert any(p.startswith("어젯밤 한빛시의 한 다세대 주택에서 가스가 폭발해") for p in article.paragraphs), article.paragraphs


def test_an_anchors_summing_up_is_programme_talk(analyzer):
    # "네, 소치는 그래서 이밖에 올림픽 소식 정리해보겠습니다." -> "소치, 그래서 이밖에 올림픽 소식 정리해볼 전망"
    assert "hand-off" in (non_content_reason(only_sentence(analyzer, "네, 이밖에 한빛체전 소식 정리해보겠습니다.")) or "")


def test_also_inside_the_subjects_clause_does_not_dangle(analyzer):
    # the lede "밤잠도 건너뛰고 무등산에 오른 시민들, …" kept its "도" and was then taken for a dangling "also": the block
    # lost its lede
    from pipeline.select import bullet_dangling_reason
    text = "밤잠도 건너뛰고 한빛산에 오른 시민들, 새해 첫해를 함성과 함께 맞이"
    assert bullet_dangling_reason(analyzer.morphs(text), text) is None
    also = "정부도 지원을 늘림"  # (guard)
    assert "도" in (bullet_dangling_reason(analyzer.morphs(also), also) or "")


def test_thanks_after_a_deed_told_of_the_speaker_is_news(analyzer):
    # "…4강에서 스페인을 격파하고 결승 티켓을 거머쥔 최덕주 감독은 “…선수들에게 감사하게 생각한다”고 기뻐했다" was read as a
    # courtesy quotation, and the block lost its lede (the final reached)
    from pipeline.select import boilerplate_quote
    deed = only_sentence(analyzer, "22일 여자월드컵 4강에서 스페인을 격파하고 결승 티켓을 거머쥔 김한빛 감독은 “역전골을 넣은 선수들에게 "
                                   "감사하게 생각한다”고 기뻐했다.")
    thanks = only_sentence(analyzer, "김한빛 감독은 “응원해 주신 팬들에게 감사하게 생각한다”고 말했다.")
    assert not boilerplate_quote(deed)
    assert boilerplate_quote(thanks)  # (guard)
