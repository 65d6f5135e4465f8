"""Readings of this session (written for these tests, not news copy): a body's report of its own ruling or bill
loses its frame ("…판결했다고 밝혔다") when the only subject inside it belongs to a clause that describes the suit
or the bill; a feature that opens on what was not heard or seen is led by its news, not by that scene."""
import pytest

from bullet_helpers import analyse, bullet, summarize_page


@pytest.mark.parametrize("sentence, expected", [
    # the plaintiffs' clause describes the suit: the court is who ruled
    ("한빛지법은 입주민 37명이 시공사를 상대로 낸 하자보수 손해배상 청구 소송에서 원고 일부 승소로 판결했다고 3일 밝혔다.",
     "한빛지법, 입주민 37명이 시공사를 상대로 낸 하자보수 손해배상 청구 소송에서 원고 일부 승소로 판결"),
    # "…할 수 없도록 하는 내용의": the bill's content; the member is who filed it
    ("강서윤 의원은 배달앱이 입점업체에 광고 구매를 강요할 수 없도록 하는 내용의 개정안을 대표 발의했다고 밝혔다.",
     "강서윤 의원, 배달앱이 입점업체에 광고 구매를 강요할 수 없도록 하는 내용의 개정안을 대표 발의"),
    # "…에 불복해 낸": the appeal's steps, still the company's clause; "결정을 내렸다" is the court's
    ("가람지법은 누리보험이 금융당국의 과징금 처분에 불복해 낸 이의신청 사건에서 과징금 15억원을 그대로 부과하는 결정을 내렸다고 밝혔다.",
     "가람지법, 누리보험이 금융당국의 과징금 처분에 불복해 낸 이의신청 사건에서 과징금 15억원을 그대로 부과하는 결정을 내림"),
])
def test_a_report_of_the_bodys_own_act_drops_its_frame(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize("sentence", [
    # the subject acts in the reported clause itself: who says so stays said
    "경찰은 피의자가 범행 도구를 버려 증거를 없앴다고 밝혔다.",
    # "…에 대한 진술을": a postposition, no clause of the subject's
    "경찰은 피의자가 지난 3일 범행에 대한 진술을 거부했다고 밝혔다.",
    # "…늘어난 것으로": what the clause states, with its own subject
    "협회는 회원사 매출이 크게 늘어난 것으로 나타났다고 밝혔다.",
    # "역으로 들어오던 열차에": the train's clause has no subject of its own; the clerk is who was hit
    "경찰은 직원이 역으로 들어오던 열차에 부딪혔다고 밝혔다.",
])
def test_a_report_with_a_subject_of_its_own_keeps_its_frame(analyzer, sentence):
    text = bullet(analyzer, sentence)
    assert text.endswith("밝혀"), text


def test_a_clause_that_describes_an_argument_is_told_apart(analyzer):
    from pipeline.compress import _describes_an_argument

    def subject_of(sentence: str) -> bool:
        morphs = list(analyse(analyzer, sentence).sentences[0].morphs)
        return _describes_an_argument(morphs, next(x for x, m in enumerate(morphs) if m.tag == "JKS"))

    assert subject_of("입주민 37명이 시공사를 상대로 낸 소송에서 이겼다.")
    assert not subject_of("입주민 37명이 시공사를 상대로 소송을 냈다.")
    assert not subject_of("입주민 37명이 시공사를 상대로 낸 것으로 확인됐다.")
    assert not subject_of("매출이 늘어난 가운데 이익도 늘었다.")
    # "…을 위해 큰 역할을": a postposition's verb and an adjective, no clause of the subject's
    assert not subject_of("가람군이 지역 경제 회복을 위해 큰 역할을 했다.")
    # "지난해 같은 기간보다": an adjective that only describes the next noun
    assert not subject_of("물가지수가 지난해 같은 기간보다 4.9% 상승했다.")


@pytest.mark.parametrize("sentence, act", [
    ("교실 창문은 닫혀 있었지만 아이들의 웃음소리는 들리지 않았다.", False),
    ("오후가 되도록 상가 셔터는 열리지 않았다.", False),
    ("구청은 주민들의 요구를 받아들이지 않았다.", True),  # a body's refusal is its act
    ("경찰은 달아난 용의자를 이틀 만에 붙잡았다.", True),
])
def test_what_was_not_heard_or_opened_is_no_act(analyzer, sentence, act):
    from pipeline.select import reports_an_act

    assert reports_an_act(analyse(analyzer, sentence).sentences[0].morphs) is act


CLOSING = ('“선생님, 이제 누가 와요?”…문 닫는 동네 서점 한 해 210곳\n'
           '입력 2026.03.02. 오전 6:00\n'
           '최하늘 기자\n'
           '\n'
           '지난달 28일 오후 강원 솔내군의 한 서점.\n'
           '\n'
           '서가 벽에는 아직 아이들이 그린 그림이 붙어 있었지만 책을 고르는 손님들의 목소리는 들리지 않았다. 마지막 단골이던 열 살 민재(가명)가 이달 초 이사를 가면서 이 서점은 개점 27년 만에 문을 닫게 됐다.\n'
           '\n'
           '27년 동안 이곳을 지킨 박정숙 대표는 빈 서가를 둘러보며 “한때는 방학마다 아이들로 발 디딜 틈이 없었다”고 말했다. 이런 풍경은 더 이상 낯설지 않다.\n'
           '\n'
           '한국서점조합연합회가 발표한 서점 실태조사에 따르면 지난해 전국 동네 서점 수는 1,968곳으로 1년 전보다 210곳 줄었다. 폐업은 인구가 줄어드는 군 지역에 집중되고 있다.\n'
           '\n'
           '연합회 관계자는 “임대료는 오르는데 손님은 해마다 줄어 버티기 힘든 곳이 많다”고 말했다. 문화체육관광부는 지역 서점 지원 예산을 내년부터 두 배로 늘리겠다는 계획이다.\n')


def test_a_feature_that_opens_on_what_was_not_heard_is_led_by_its_figure(analyzer):
    _, summary = summarize_page(analyzer, CLOSING)
    assert summary.bullets[0] == "지난해 전국 동네 서점 수, 1,968곳으로 1년 전보다 210곳 줄어", summary.bullets
    # the scene and the anecdote before the news are colour: no bullet
    assert not any("목소리" in b or "민재" in b for b in summary.bullets), summary.bullets



CLINIC = ('“주말엔 소아과 문이 다 닫혀요”…월급 3천만원에도 소아과 의사 못 구하는 군 보건의료원\n'
          '입력 2026.05.11. 오전 7:00\n'
          '문하람 기자\n'
          '\n'
          '“아이가 밤새 열이 40도까지 올라 주말 아침 병원을 찾았는데, 문을 연 소아과가 한 곳도 없었습니다.”\n'
          '\n'
          '경북 청솔군에 사는 윤서진(36) 씨는 지난달 겪은 일을 떠올리며 고개를 저었다. 집에서 차로 10분 거리에 군 보건의료원이 있지만, 그 주말 소아과에는 의사가 없었다. 윤 씨는 결국 아이를 태우고 한 시간 넘게 달려 대구의 대학병원을 찾았다.\n'
          '\n'
          '농어촌 공공의료기관의 소아과 의사 구인난이 갈수록 심해지고 있다. 보건복지부가 국회에 제출한 자료에 따르면 전국 14개 군 보건의료원의 소아과 의사 정원 42명 가운데 현재 결원은 17명으로, 결원율이 40.5%에 달한다. 3년 전(21.4%)의 두 배 가까운 수치다. 특히 주말과 야간 진료를 맡을 전문의의 공백이 크다. 의료원 6곳은 올해 들어 주말 소아 진료를 아예 중단했다.\n'
          '\n'
          '일부 의료원은 월급 3천만원을 제시하며 여러 차례 채용 공고를 냈지만 지원자가 한 명도 없었던 것으로 나타났다. 청솔군 보건의료원 관계자는 “주말 진료는 사실상 멈춘 상태”라고 말했다.\n'
          '\n'
          '정부는 공중보건의사 배치를 늘리는 방안을 검토하고 있다. 대한소아청소년과의사회 관계자는 “보수만 올려서는 해결되지 않는다”고 말했다.\n')


def test_after_a_parents_anecdote_the_nut_graf_that_says_the_headline_leads(analyzer):
    # the headline's quotation ("주말엔 소아과 문이 …") is the story too: when the rest of the headline ("월급 3천만원에도
    # …") is said by no sentence near the top, the nut graf that says the most of the whole headline leads, and the
    # parent's morning makes no bullet
    # (the ministry's figures say the headline's "군 보건의료원 … 소아과 의사" whole, "보건의료원" read as one word in the
    # headline and as "보건" + "의료원" in the body, and lead; the nut graf follows)
    _, summary = summarize_page(analyzer, CLINIC)
    assert summary.bullets[0].startswith("전국 14개 군 보건의료원의 소아과 의사 정원 42명 가운데"), summary.bullets
    assert "농어촌 공공의료기관의 소아과 의사 구인난, 갈수록 심해짐" in summary.bullets, summary.bullets
    assert not any("윤서진" in b or "10분 거리" in b for b in summary.bullets), summary.bullets


@pytest.mark.parametrize("sentence, expected", [
    # "도 … 도" on two nouns before their one verb: "neither … nor", not "also"; no headline comma on the first
    ("공부도 일도 하지 않는 청년이 크게 늘었다.", "공부도 일도 하지 않는 청년이 크게 늘어"),
    ("일도 구직 활동도 하지 않는 20대가 다시 늘었다.", "일도 구직 활동도 하지 않는 20대가 다시 늘어"),
    # one "도": the subject marked "also" takes the headline comma, as before
    ("반도체 수출도 12개월 연속 늘었다.", "반도체 수출, 12개월 연속 늘어"),
])
def test_a_pair_of_nouns_with_do_is_no_topic(analyzer, sentence, expected):
    from pipeline.format import finish_headline

    assert finish_headline(bullet(analyzer, sentence), "", analyzer.kiwi) == expected



@pytest.mark.parametrize("text, statement", [
    ("스타웨이브, 공식 입장문을 냄", True),
    ("한국택배플랫폼협회는 입장문을 내고", True),
    ("노조는 성명을 발표하고", True),
    ("협회, 의견서를 국회에 냄", False),  # where it went is the news
    ("노조, 성명을 내고 회사의 구조조정 계획을 철회하라고 요구", False),  # the statement's words are there
])
def test_a_statement_put_out_is_told_apart(analyzer, text, statement):
    from pipeline.compress import announces_statement

    assert announces_statement(analyzer.morphs(text)) is statement


PARCEL = ('택배비 상한 ‘건당 3천원’ 추진…업계 “시장 원리 훼손” 반발\n'
          '입력 2026.06.02. 오후 3:10\n'
          '정하윤 기자\n'
          '\n'
          '정부와 여당이 택배 플랫폼의 건당 배송비에 상한을 두는 방안을 추진한다. 국토교통부와 여당 정책위원회는 2일 국회에서 당정협의를 열고 건당 배송비 상한을 3천원으로 정하는 내용의 생활물류법 개정안을 이달 중 발의하기로 했다.\n'
          '\n'
          '개정안은 배송비 외에 판매자에게 별도로 부과하는 포장비와 반품비도 총액 기준으로 공개하도록 했다. 위반하면 매출액의 2%까지 과징금을 물린다.\n'
          '\n'
          '업계는 즉각 반발했다. 한국택배플랫폼협회는 입장문을 내고 “배송비를 법으로 정하는 것은 시장 가격 결정 구조를 훼손하는 것”이라며 “결국 소비자 배송 지연이나 서비스 축소로 이어질 수밖에 없다”고 주장했다.\n'
          '\n'
          '소상공인연합회는 환영했다. 연합회 관계자는 “판매자 부담을 덜어 줄 첫걸음”이라고 말했다.\n')


def test_a_statement_put_out_without_its_words_makes_no_bullet(analyzer):
    # "…협회는 입장문을 내고 “…”이라며 “…”고 주장했다" is too long whole; "협회, 입장문을 냄" says nothing
    _, summary = summarize_page(analyzer, PARCEL)
    assert not any(b.endswith("입장문을 냄") for b in summary.bullets), summary.bullets
    assert len(summary.bullets) == 3, summary.bullets



BUSES = ('가람시 시내버스 절반 전기버스로…2027년까지 300대 전환\n'
         '입력 2026.04.07. 오전 10:12\n'
         '송지우 기자\n'
         '\n'
         '가람시가 2027년까지 시내버스 300대를 전기버스로 바꾼다.\n'
         '\n'
         "가람시는 7일 '친환경 버스 보급 확대 계획'을 발표하고 올해 80대를 시작으로 매년 110대씩 도입해 2027년까지 전체 시내버스 640여 대 가운데 300대를 전기버스로 전환하겠다고 밝혔다.\n"
         '\n'
         '전기버스 한 대 가격은 약 4억원으로 경유 버스의 두 배가 넘지만, 국비와 시비 보조금을 더하면 운송사업자 부담은 경유 버스와 비슷해진다. 시는 전환이 끝나면 연간 이산화탄소 배출량이 약 2만t 줄어들 것으로 내다봤다.\n'
         '\n'
         '과제는 충전 시설이다. 가람시의 버스 전용 충전소는 3곳뿐이다. 가람버스운송사업조합 관계자는 “충전소가 제때 늘지 않으면 배차 간격이 벌어질 수 있다”고 말했다.\n')


def test_the_lede_told_again_with_its_figures_is_told_once(analyzer):
    # "…시내버스 300대를 전기버스로 바꿀 예정" then "…시내 버스 640여 대 가운데 300대를 전기버스로 전환하겠다고": one plan,
    # worded with another verb and modality, a compound Kiwi may read whole or in parts; the fuller telling leads
    _, summary = summarize_page(analyzer, BUSES)
    assert summary.bullets[0] == "가람시, 2027년까지 전체 시내버스 640여 대 가운데 300대를 전기버스로 전환하겠다고 밝혀", summary.bullets
    assert sum("300대" in b for b in summary.bullets) == 1, summary.bullets


def test_a_word_read_whole_or_in_parts_is_one_word():
    from pipeline.engines.extractive import _word_told

    assert _word_told("시내", {"시내버스"}) and _word_told("수소버스", {"버스", "수소"})
    assert not _word_told("손", {"손해"})  # (one syllable: too short to be a part)
    assert not _word_told("법원", {"춘천지법"})


def test_a_first_act_stays_when_the_next_says_also_of_another(analyzer):
    # "…3~4곳이 …" after "일부 지방 사립대는 …강행했고,": without the first act, the topic would take the other schools' act
    out = bullet(analyzer, "실제로 일부 지방 사립대는 올해 등록금 인상을 강행했고, 서울 소재 대학 가운데서도 3~4곳이 인상을 검토하고 있는 것으로 알려졌다.")
    assert "강행" in out, out
    # (no "also" in the act kept: the first act goes when the bullet is too long, as before)
    out = bullet(analyzer, "한빛시는 다음 달 시내 모든 초등학교 통학로에 대한 안전 점검을 마칠 예정이며, 위험 구간으로 분류된 곳에 과속 단속 카메라 120대를 새로 설치할 예정이다.")
    assert out.startswith("한빛시, ") and "점검" not in out and "카메라 120대" in out, out



def test_a_meeting_held_is_not_the_bullet_of_what_it_decided(analyzer):
    # "…당정협의를 열고 | …개정안을 연내 발의하기로 했다": what the meeting decided is the news, not that it met
    out = bullet(analyzer, "교육부와 여당 정책위원회는 5일 국회에서 당정협의를 열고 초등학교 교사의 주당 수업 시수를 18시간 이내로 제한하는 내용의 교원법 개정안을 연내 발의하기로 했다.")
    assert "개정안" in out and "18시간" in out and "당정협의" not in out, out



CINEMA = ('30년 불 밝힌 가람극장, 이달 말 문 닫는다…“추억이 사라져요”\n'
          '입력 2026.09.14. 오전 6:00\n'
          '윤슬기 기자\n'
          '\n'
          '매표소 앞 게시판에는 ‘30년간 감사했습니다, 마지막 상영 주간’이라고 적힌 포스터가 붙어 있었고, 평일 오후인데도 로비는 마지막 영화를 보러 온 관객들로 북적였다.\n'
          '\n'
          '20년째 이곳을 찾았다는 회사원 이정민(44)씨는 “첫 데이트도 여기서 했다”며 “문을 닫는다니 동네 추억 하나가 없어지는 기분”이라고 말했다.\n'
          '\n'
          '가람극장은 오는 28일 상영을 끝으로 문을 닫는다. 1996년 문을 연 이 극장은 한때 지역 최대 단관 극장으로 불렸지만, 복합상영관이 잇따라 들어서면서 관객이 크게 줄었다.\n'
          '\n'
          '극장 측에 따르면 연간 관객은 2015년 42만명에서 지난해 9만명으로 줄었고, 최근 3년간 누적 적자는 약 35억원에 달한다. 극장 관계자는 “건물 보수에만 20억원 이상이 필요해 운영을 이어가기 어렵다”고 말했다.\n'
          '\n'
          '극장 측은 직원 24명을 계열 영화관으로 재배치할 계획이다.\n')


def test_a_closing_told_in_the_news_present_of_a_verb_leads_after_the_scene(analyzer):
    # "가람극장은 오는 28일 상영을 끝으로 문을 닫는다": what will happen on a day, told with a plain verb, is the news the
    # scene of the crowded lobby opens on; the scene and the customer's words make no bullet
    _, summary = summarize_page(analyzer, CINEMA)
    assert summary.bullets[0] == "가람극장, 오는 28일 상영을 끝으로 문을 닫을 예정", summary.bullets
    assert not any("북적" in b or "이정민" in b for b in summary.bullets), summary.bullets


def test_a_step_inside_what_describes_the_object_is_no_clause_of_its_own(analyzer):
    # "…남성이 관람객이 뜸한 틈을 타 | 진열장 앞에 …머문 장면을 확인했다": the man's step is inside the clause that
    # describes the scene the police found; split there, "경찰 남성이 …" made one person of the two
    out = bullet(analyzer, "경찰은 매장 내부 CCTV 영상을 분석한 결과, 이날 오후 2시께 검은 모자를 쓴 20대로 추정되는 남성이 직원이 자리를 비운 틈을 타 "
                           "계산대 앞에 2분가량 머문 장면을 확인했다.")
    assert out.startswith("경찰, ") and "남성이" in out and "장면" in out, out
