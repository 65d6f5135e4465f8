"""Readings of this session. Pages and sentences written for these tests (not news copy)."""
from bullet_helpers import bullet


# --- "이같은 내용의 …" points at what the sentences before told: a bullet names the document without it -----------------

def test_a_pointer_to_the_content_told_before_goes(analyzer):
    assert bullet(analyzer, "한빛부는 17일 오후 이같은 내용의 ‘지역 돌봄 시범사업 추진 방안’을 공개했다.") \
        == "한빛부, 17일 오후 ‘지역 돌봄 시범사업 추진 방안’ 공개"
    assert bullet(analyzer, "가람교육청은 19일 이러한 내용의 '2026 가람교육 주요 계획'을 발표했다.") \
        == "가람교육청, 19일 '2026 가람교육 주요 계획' 발표"
    out = bullet(analyzer, "한빛시장은 신년 기자회견을 열고 이같은 내용을 담은 2026 시정 주요업무를 발표했다.")
    assert out == "한빛시장, 신년 기자회견을 열고 2026 시정 주요업무 발표", out
    out = bullet(analyzer, "한빛부는 이 같은 내용이 담긴 통지문을 가람시청에 보냈다.")
    assert "같은" not in out and "통지문" in out, out
    out = bullet(analyzer, "위원회는 이런 내용으로 ‘공공시설 이용 안내 지침’을 개정해 1일부터 시행한다.")
    assert out.startswith("위원회, ‘공공시설 이용 안내 지침’") and "이런" not in out, out


def test_a_pointer_to_something_else_stays(analyzer):
    # (guards: what happened before, not a document's content, stays pointed at; a bare pointer before a release stays
    # too, so that the sentence does not pass for news of its own)
    assert "이같은 사고" in bullet(analyzer, "한빛경찰서는 이같은 사고가 되풀이되자 단속을 강화했다.")
    assert "이와 같은" in bullet(analyzer, "한빛부는 2일 제도 시행 2주년을 맞아 이와 같은 주요 성과를 발표했다.")


# --- an act an auxiliary completes, told in the present, is ahead when a day is named ("…떼 낸다") -------------------

def test_an_auxiliary_act_in_the_present_with_a_day_is_ahead(analyzer):
    out = bullet(analyzer, "한빛전자는 다음 달 가전 부문을 자회사로 떼 낸다.")
    assert out.endswith("떼 낼 예정"), out
    # (guard: done, it stays done)
    assert bullet(analyzer, "한빛전자는 지난달 가전 부문을 자회사로 떼 냈다.").endswith("떼 냄")


# --- a day that opens a term the article uses again ("1일 군수") is no date: the term is not split ----------------------

ONE_DAY_PAGE = ("한빛군, 올해 1일 군수 5명 뽑는다\n\n"
                "한빛군은 올해부터 5개 분야의 1일 군수를 선정해 군민과의 소통을 넓힌다.\n"
                "한빛군은 지난 2023년부터 ‘1일 군수제’를 운영해 왔으며, 주민 호응이 크다.\n"
                "1일 군수는 분기별로 1명씩 선정되며, 군민 누구나 참여할 수 있다.\n"
                "올해 1일 군수 후보로는 모두 9명이 접수했고, 군은 24일 심사를 거쳐 5명을 최종 선정했다.\n")


def test_a_recurring_day_term_is_not_split_as_a_date(analyzer):
    from bullet_helpers import analyse
    from pipeline.compress import Compressor
    doc = analyse(analyzer, ONE_DAY_PAGE.split("\n\n", 1)[1])
    compressor = Compressor(analyzer.kiwi, 60)
    index = next(n for n, s in enumerate(doc.sentences) if s.text.startswith("1일 군수는"))
    out = compressor.compress(doc.sentences[index], doc.article.body).text
    assert out.startswith("1일 군수, 분기별로") and "예정" not in out, out


def test_the_headline_finish_keeps_a_recurring_day_term():
    from pipeline.format import finish_headline
    context = ["", "한빛군은 올해부터 1일 군수를 뽑는다.", "‘1일 군수제’는 2023년 시작됐다.", "1일 군수 후보는 9명이다."]
    assert finish_headline("1일 군수, 분기별로 1명씩 선정", context).startswith("1일 군수, ")
    # (guard: a day before a topic named once is the day's: the topic goes first)
    assert finish_headline("26일 대검찰청, 수사 착수", ["", "대검찰청은 26일 수사에 착수했다."]) == "대검찰청, 26일 수사 착수"


# --- a count of periods in a row ("2년 연속") or a time compared with ("지난해 대비") before the subject is no part of
# --- its name: the subject goes to the front past it, and the count is not read as a date ------------------------------

def test_a_subject_after_a_run_of_periods_goes_to_the_front(analyzer):
    assert bullet(analyzer, "2년 연속 한빛시가 1위를 차지했다.") == "한빛시, 2년 연속 1위 차지"  # ("연속 한빛시, 2년 …")
    assert bullet(analyzer, "3개월 연속 지난해 대비 내수 시장이 역성장했다.") == "내수 시장, 3개월 연속 지난해 대비 역성장"
    assert bullet(analyzer, "지난해 대비 가람시 인구가 5% 줄었다.") == "가람시 인구, 지난해 대비 5% 줄어"
    # (guard: a rate named against a currency keeps its name whole)
    out = bullet(analyzer, "오후 3시 기준 미국 달러 대비 원화 환율은 전 거래일보다 1.4원 내린 1395.6원이다.")
    assert "미국 달러 대비 원화 환율" in out, out


# --- the subject of a relative clause in a first clause is no agent the main clause carries ---------------------------

def test_a_relative_clause_subject_is_not_carried_to_the_main_clause(analyzer):
    out = bullet(analyzer, "김 교수가 기술고문으로 있는 지역 중소기업인 가람소재와 공동연구로 진행됐으며, 연구 결과가 사업화로 "
                           "이어져 산학협력 우수 모델로서의 의미도 크다.")
    assert not out.startswith("김 교수, ") and out.count(",") <= 1, out


# --- a condition inside what a subject says ("…않으면 파업이 불가피하다며 …촉구") leaves the subject the sentence's ------

def test_a_condition_inside_the_words_said_keeps_the_speaker_as_topic(analyzer):
    out = bullet(analyzer, "한빛노조가 감축을 철회하지 않으면 파업이 불가피하다며 회사에 입장 변화를 촉구했다.")
    assert out == "한빛노조, 감축을 철회하지 않으면 파업이 불가피하다며 회사에 입장 변화 촉구", out
    # (guard: a condition the sentence itself sets keeps its subject there)
    assert bullet(analyzer, "앱 개발자가 개인정보를 무단으로 수집하면 누구나 신고할 수 있다.").startswith("앱 개발자가 ")


# --- a titled gathering held ("'…결의대회'를 열었다") is "개최", as an untitled one is ("열어" read as cut off) ---------

def test_a_titled_gathering_held_is_named_by_its_act(analyzer):
    assert bullet(analyzer, "한빛노조는 이날 '총력투쟁 결의대회'를 열었다.") == "한빛노조, '총력투쟁 결의대회' 개최"
    assert bullet(analyzer, "한빛교육청은 10일 ‘마을과 함께하는 진로 박람회’를 열었다.").endswith("‘마을과 함께하는 진로 박람회’ 개최")
    # (guard: a door opened is no gathering; its object goes bare before "열어", as in a headline)
    assert bullet(analyzer, "한빛시는 ‘새 시민청’의 문을 열었다.").endswith("‘새 시민청’의 문 열어")


# --- a ㄹ-stem verb's "-어" ending after an object reads as a clause cut off: the object goes bare, as in a headline -----

def test_an_object_before_a_rieul_stem_ending_goes_bare(analyzer):
    assert bullet(analyzer, "가람 상품권은 명절을 앞두고 인기를 끌었다.") == "가람 상품권, 명절을 앞두고 인기 끌어"
    assert bullet(analyzer, "한빛팀 주장의 역전 홈런이 승리를 이끌었다.") == "한빛팀 주장의 역전 홈런, 승리 이끌어"
    # (guard: without an object the ending stays as it is)
    assert bullet(analyzer, "지난달 한빛시 투자 건수는 105건으로 19.2% 줄었다.").endswith("19.2% 줄어")


# --- "오히려" right after the topic turns against a sentence the bullet does not have: it goes, as "또한" does --------

def test_on_the_contrary_after_the_topic_goes(analyzer):
    assert bullet(analyzer, "대형마트는 오히려 4.6% 감소했다.") == "대형마트, 4.6% 감소"


# --- "김씨" is a private person: never expanded to the one official with that surname ("김진성 판사") ------------------

def test_a_private_surname_is_not_named_after_an_official(analyzer):
    from bullet_helpers import summarize_page
    page = ("법원 난입 2명 1심서 징역형\n\n"
            "14일 한빛지법 형사1단독 김가람 판사는 특수건조물침입 혐의로 기소된 35살 김모씨와 28살 소모씨에게 각각 징역 "
            "1년 6개월, 1년을 선고했다.\n"
            "이들은 법원 내부로 들어간 뒤 부서진 외벽 타일과 벽돌 등을 법원 건물을 향해 던진 혐의를 받는다.\n"
            "김씨는 기동대 소속 경찰관들을 몸으로 밀며 폭행한 혐의도 추가로 받는다.\n"
            "지난달 30일 열린 첫 공판기일에서 김씨와 소씨는 모두 범죄 사실과 증거를 인정했다.\n"
            "검찰은 김씨에게 징역 3년, 소씨에게 징역 2년을 구형했었다.\n")
    _, summary = summarize_page(analyzer, page)
    assert not any("김가람 씨" in b for b in summary.bullets), summary.bullets


# --- mechanical defects a close reading of the development blocks found (sentences written for the tests) --------------

def test_a_reported_clause_run_into_its_verb_of_saying_is_spaced(analyzer):
    out = bullet(analyzer, "가람 반도체를 사실상 독점 공급하면서 시장을 선점한 게 주효했단 겁니다.")
    assert out.endswith("주효했다고 함"), out


def test_a_description_with_its_own_subject_stays_whole(analyzer):
    out = bullet(analyzer, "이번에 선정된 한빛대 교원은 김가람(화학과), 이나래(물리학과), 박보람(수학과), 최다솜(생명과학과) "
                           "교수와 제2소속이 한빛대인 존 스미스(뇌공학과) 교수 등 총 5명이다.")
    assert "제2소속이 한빛대인" in out, out


def test_a_day_before_an_act_named_by_its_noun_stays_before_it(analyzer):
    from pipeline.format import finish_headline
    out = bullet(analyzer, "본부에 따르면 21일 발생, 현재 진화율 30%인 한빛군 산불 현장에는 헬기 33대를 투입해 진화 중이다.")
    assert "21일 발생, " in out and not out.startswith("발생"), out
    assert finish_headline("21일 발생, 현재 진화율 30%인 한빛군 일원에 헬기 33대 투입").startswith("21일 발생, ")


def test_a_place_and_count_pair_is_no_owner_or_example(analyzer):
    out = bullet(analyzer, "추첨 결과 한빛도민에 1대, 타 시도에 1대 등 2대의 승용차가 주인을 만났다.")
    assert "타 시도에 1대 등 2대" in out and not out.startswith("1대"), out


def test_the_writers_comma_after_a_time_goes_after_the_headline_comma(analyzer):
    out = bullet(analyzer, "한빛전자가 올해 3분기, 7조원대 영업이익을 기록하며 사상 최대 실적을 냈습니다.")
    assert out.startswith("한빛전자, 올해 3분기 7조원대"), out


def test_a_clause_inside_the_words_said_is_not_split_off(analyzer):
    # "…눈이 얼어 | 도로가 미끄러운 곳이 많겠다며" had been split inside what was said ("한빛청 눈, 도로가 …")
    out = bullet(analyzer, "기상청은 내린 눈이 얼어 도로가 미끄러운 곳이 많겠다며 출근길 교통과 보행자 안전, 시설물관리에 유의할 것을 "
                           "당부했다.")
    assert out.startswith("기상청, 내린 눈이 얼어 "), out


def test_the_subject_of_a_causative_complement_is_no_topic(analyzer):
    out = bullet(analyzer, "무담보로 한빛기금 대출이 가능하게 했다.")
    assert "대출," not in out, out


def test_a_word_ending_in_eseo_is_not_split_by_the_spacing_fix(analyzer):
    from pipeline.format import finish_headline
    out = finish_headline("위성, 향후 2년간 고도 600km 궤도에서, 약 97분마다 지구를 돌 전망", "", analyzer.kiwi, True)
    assert "궤도에서," in out, out


def test_the_subject_of_an_in_that_clause_is_no_topic(analyzer):
    # "…국내 기업이 …집중했다는 점에서 …업체로 평가받는다": who is rated is unsaid; the firms are the reason's
    out = bullet(analyzer, "한빛 가람 등 국내 기업이 그동안 텍스트 기반의 언어모델에 집중했다는 점에서 미개척 시장에 도전한 업체로 "
                           "평가받는다.")
    assert "국내 기업," not in out, out


# --- a written plain present of an act by someone who acts on a day is ahead, though no day is named ("밟음" read as done)

def test_a_written_present_act_of_a_body_or_people_is_ahead(analyzer):
    assert bullet(analyzer, "가람영화제 초청작에 출연한 배우들도 레드 카펫을 밟는다.").endswith("레드 카펫을 밟을 예정")
    assert bullet(analyzer, "이 공연을 시작으로 올해도 여러 해외 오케스트라가 한국 무대를 찾는다.").endswith("한국 무대를 찾을 예정")
    assert bullet(analyzer, "한빛사업소는 녹지사업소로 이름을 바꾸고 녹지과와 공원관리과를 둔다.").endswith("둘 예정")
    # (guards: a thing's present is what it does; a standing state, a rule, a broadcast's narration stay as they are)
    assert bullet(analyzer, "연구단이 개발한 센서는 오염 물질을 10초 안에 찾아낸다.").endswith("찾아냄")
    assert bullet(analyzer, "가람구단 선수들은 그를 최고의 주장으로 꼽는다.").endswith("꼽음")
    assert "예정" not in bullet(analyzer, "한빛극단 배우들은 무대 인사에서 관객에게 손을 흔듭니다.")
    assert "예정" not in bullet(analyzer, "가람시 공무원들은 매년 봄 나무를 심는다.")


# --- a topic whose first predicate is a state told as a cause ("…은 부족해서, …") is that cause's, not the actor's ------

def test_the_topic_of_a_state_told_as_a_cause_is_no_actor(analyzer):
    out = bullet(analyzer, "일할 사람은 턱없이 부족해서, 외국인 노동자로 급하게 일자리를 메우고 있다.")
    assert not out.startswith("일할 사람, "), out
    # (guard: a cause with a subject of its own leaves the topic the actor)
    assert bullet(analyzer, "한빛시는 예산이 부족해서 사업을 미뤘다.").startswith("한빛시, ")
