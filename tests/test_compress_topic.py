"""Where the headline's topic comma goes, and which particles a bullet keeps: the comma marks the sentence's
own subject, never the subject of a relative or subordinate clause; where no safe place exists the sentence
keeps its own particles. Sentences written for these tests (not news copy)."""
import pytest

from bullet_helpers import bullet


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the subject of a relative clause whose head is marked with "도" is not the sentence's topic
        ("신청자가 한 명도 없는 마을도 작년 5곳에서 올해 12곳으로 늘었다.",
         "신청자가 한 명도 없는 마을도 작년 5곳에서 올해 12곳으로 늘어"),
        # a subject right before a one-word predicate that cannot move to the front loses its particle
        ("서부 지역에서는 한빛마트(3.1%)와 달빛마트(2.4%) 모두 매출이 증가했다.",
         "서부 지역에서는 한빛마트(3.1%)와 달빛마트(2.4%) 모두 매출 증가"),
        # ... and does not move to the front when what comes before it is no object of the verb
        ("한빛시 주민들에 대해 유죄가 최종 확정됐다.", "한빛시 주민들에 대해 유죄 최종 확정"),
        # a copula inside "…인 것으로 나타났다": the comma would read as "고민 appeared"
        ("올해 지역 축제에서 가장 큰 고민은 인력난이었던 것으로 나타났다.",
         "올해 지역 축제에서 가장 큰 고민은 인력난이었던 것으로 나타남"),
        # "…것이" keeps its particle: "것" alone is no noun phrase
        ("불이 나 대피하기 어려울 때는 젖은 수건으로 입을 막고 구조를 요청하는 것이 안전하다.",
         "불이 나 대피하기 어려울 때는 젖은 수건으로 입을 막고 구조를 요청하는 것이 안전"),
        # an adjective after an adverb keeps its subject: "걱정 가득함" reads as one noun
        ("날씨가 풀리면서 농가는 일손 부족으로 걱정이 가득하다.", "농가, 날씨가 풀리면서 일손 부족으로 걱정이 가득함"),  # (the topic after a clause of time leads)
        # a quantity word is not something the headline is about
        ("대부분이 새 제도에 찬성했다.", "대부분이 새 제도에 찬성"),
        # the subject of a relative clause on the final copula's noun ("…가 …보인 영향이다")
        ("수출이 20% 넘게 늘어나는 등 주력 산업이 호조를 보인 영향이다.",
         "수출이 20% 넘게 늘어나는 등 주력 산업이 호조를 보인 영향"),
        # two subjects in a row: the second is inside what the first says, which keeps its frame
        ("한빛시 관계자가 다음 달 시장이 직접 예산안을 설명한다고 밝혔다.",
         "한빛시 관계자, 다음 달 시장이 직접 예산안을 설명한다고 밝혀"),
        ("한빛게임즈가 새 게임의 사전 예약자가 100만 명을 넘었다고 발표했다.", "한빛게임즈, 새 게임의 사전 예약자가 100만 명을 넘었다고 발표"),
        # a topic or subject of the first of two clauses, each with its own subject, keeps its particle
        ("행사장을 찾은 사람은 대부분 가족이었고, 입구에는 안내원이 서 있었다.",
         "행사장을 찾은 사람은 대부분 가족이었고, 입구에는 안내원이 서 있었음"),
        ("한빛구의 연간 예산은 520억원이었고 주민 1인당 예산은 35만원이었다.",
         "한빛구의 연간 예산은 520억원, 주민 1인당 예산은 35만원"),  # (a figure's copula goes between the facts)
        ("진료비 가운데 입원료가 31%를 차지했고 약제비(22%)가 뒤를 이었다.",
         "진료비 가운데 입원료가 31%를 차지했고 약제비(22%)가 뒤를 이음"),
        # a place or time marked as the topic already opens the bullet: the subject after it takes no comma
        ("첫날 행사에는 한빛시 시장이 직접 새 관광 계획을 발표한다.", "첫날 행사에는 한빛시 시장이 직접 새 관광 계획 발표"),
        ("이번 회의에서는 예산 삭감 문제가 집중적으로 논의될 전망이다.", "이번 회의에서는 예산 삭감 문제가 집중적으로 논의될 전망"),
        # ... and before a one-word predicate it loses its particle
        ("오늘 오후 기자회견에는 유족 20여 명이 참석했다.", "오늘 오후 기자회견에는 유족 20여 명 참석"),
        # a step inside a relative clause ("타고 온") does not end the second clause
        ("한빛구는 인구가 늘어난 반면 버스를 타고 온 관광객은 줄었다.", "한빛구는 인구가 늘어난 반면 버스를 타고 온 관광객은 줄어"),
        # the last of gapped parallel subjects keeps its particle like the first ("A는 X가, B는 Y가 맡았다")
        ("공연의 1부는 한빛합창단이, 2부는 달빛극단이 맡았다.", "공연의 1부는 한빛합창단이, 2부는 달빛극단이 맡음"),
        # a topic with a bracketed figure before another noun with one: a comma would read as a list of two
        ("서울(0.41%)은 강북지역(0.45%)이 한 주 전보다 오름 폭이 커지며 26주째 올랐다.",
         "서울(0.41%)은 강북지역(0.45%)이 한 주 전보다 오름 폭이 커지며 26주째 오름"),
        # "이제는": an adverb with a topic particle is no topic
        ("이제는 새 길을 찾아야 한다.", "이제 새 길을 찾아야 함"),
        # the subject of what is talked about ("…한 것을 두고", "…한 것에 대해") is not who talks: no comma, so
        # the bullet does not make the party criticised the critic
        ("또 한빛당 대표가 검찰 수사를 비판한 것을 두고 \"국민 앞에 한 약속을 스스로 뒤집은 셈\"이라고 비판했다.",
         "한빛당 대표가 검찰 수사를 비판한 것을 두고 \"국민 앞에 한 약속을 스스로 뒤집은 셈\" 비판"),
        ("한빛시가 올해 도서관을 지은 것에 대해 주민들은 환영했다.", "주민들, 한빛시가 올해 도서관을 지은 것에 대해 환영"),
        # ... nor the subject of a clause "-음" makes what is shown ("…위험이 커짐을 밝혔다", "…늘었음이 드러났다")
        ("연구진은 수면 시간이 짧은 경우보다 긴 경우 비만 위험이 커짐을 밝혔다.", "연구진, 수면 시간이 짧은 경우보다 긴 경우 비만 위험이 커짐을 밝힘"),
        ("수면 시간이 짧은 경우보다 긴 경우 비만 위험이 커짐을 밝혔다.", "수면 시간이 짧은 경우보다 긴 경우 비만 위험이 커짐을 밝힘"),
        ("조사 결과 청년층의 주거비 부담이 크게 늘었음이 드러났다.", "조사 결과 청년층의 주거비 부담이 크게 늘었음이 드러남"),
        # "연구 결과," with its comma is a bare frame at any length: the subject fronted after it does not keep it
        ("연구 결과, 채소를 많이 먹으면 적게 먹는 것에 비해 대장암 위험이 20% 낮아지는 것으로 나타났다.",
         "대장암 위험, 채소를 많이 먹으면 적게 먹는 것에 비해 20% 낮아짐"),
        # a subject with its owner ("…팀의 논문이") after an adverbial phrase moves to the front with the comma, also
        # past a name in single quotes (no quotation)
        ("권위 있는 국제학술지인 ‘한빛과학’에 처음으로 국내 연구진 4개 팀의 논문이 한꺼번에 실렸다.",
         "국내 연구진 4개 팀의 논문, 권위 있는 국제학술지인 ‘한빛과학’에 처음으로 한꺼번에 실림"),
        ("이달 호에서 박하늘 교수의 논문은 전력망을 크게 바꿀 기술로 소개됐다.",
         "박하늘 교수의 논문, 이달 호에서 전력망을 크게 바꿀 기술로 소개"),
        ("4년 만의 '대면 설'에 전통시장이 모처럼 '명절 특수'를 누렸다.", "전통시장, 4년 만의 '대면 설'에 모처럼 '명절 특수'를 누림"),
        # ... not after a bare time word ("지난해 | 한빛시의 인구가": no adverbial phrase with its particle)
        ("지난해 한빛시의 인구가 3% 줄었다.", "지난해 한빛시의 인구, 3% 줄어"),
        # glosses in brackets after two subjects are no list of figures; the later subject with its gloss is a
        # relative clause's, so the first takes the comma
        ("누리대(옛 누리공대)가 최근 과학기술부(이하 과기부)가 뽑은 ‘올해의 연구 성과 50선’ 최다 선정 대학의 영예를 안았다.",
         "누리대(옛 누리공대), 최근 과학기술부(과기부)가 뽑은 ‘올해의 연구 성과 50선’ 최다 선정 대학의 영예를 안음"),
        # who heads the body, in brackets after its name, goes at every length
        ("누리대(총장 박하늘)가 최근 과학기술부(이하 과기부)가 뽑은 ‘올해의 연구 성과 50선’ 최다 선정 대학의 영예를 안았다.",
         "누리대, 최근 과학기술부(과기부)가 뽑은 ‘올해의 연구 성과 50선’ 최다 선정 대학의 영예를 안음"),
        # "그러면서" (read by Kiwi as the verb "그러" + "-면서") opens no bullet, like "하지만"
        ("그러면서 최 대변인은 \"국민은 알 길이 없다\"고 설명했다.", "최 대변인, \"국민은 알 길이 없다\""),
        ("그러자 한빛시는 예산을 늘렸다.", "한빛시, 예산을 늘림"),
        # "마지막으로"/"끝으로" before a speaker or a quotation: the last of the words, no opener of the bullet
        ("끝으로 김 감독은 팬들에게 감사를 전했다.", "김 감독, 팬들에게 감사를 전함"),
        ("마지막으로 남은 과제는 예산 확보다.", "마지막으로 남은 과제, 예산 확보"),  # "the last remaining": it stays
    ],
)
def test_topic_comma(analyzer, sentence, expected):
    assert bullet(analyzer, sentence, max_chars=120) == expected


@pytest.mark.parametrize(
    "sentence, kept, absent",
    [
        # the subject of a "-면서" clause is not the topic, even when a bracket closes the later subject
        ("한때 작은 어촌이었던 한빛시가 관광 도시(해양관광 중심)가 되면서 그 변화를 이끈 한빛시민연대(이하 연대)가 주목받고 있다.",
         "한빛시가 관광 도시", "한빛시,"),
        # the subject of a "-ㅁ에 따라" clause is not the topic, and no comma splits the sentence after it
        ("태풍 ‘한빛’이 북상함에 따라 주말 동안 남부 지방에 많은 비가 내릴 전망이다.", "태풍 ‘한빛’이 북상함에 따라", ","),
        # the subject of a reported clause ("…낮아졌다고 보고") is never the topic
        ("다음 주부터는 수위가 낮아졌다고 보고 통행을 다시 허용할 예정이다.", "수위가 낮아졌다고", "수위,"),
        # ... nor is it moved to the front of the bullet
        ("행사를 마친 뒤 귀가를 권했지만, 늦은 시간으로 추가 행사가 어렵다고 판단해 모두 해산시켰다.",
         "추가 행사가 어렵다고", "추가 행사,"),
        # a pronoun topic may go, but "것이" stays with its clause
        ("이는 역대 최대 인원이라는 것이 주최 측의 설명이다.", "인원이라는 것이 주최 측의 설명", "것 주최"),
        # "A는 …한 반면 B는 …": a contrast keeps both topics
        ("한빛구는 인구가 늘어난 반면 달빛구는 인구가 줄었다.", "한빛구는 인구가 늘어난 반면 달빛구는", "한빛구,"),
        # gapped parallel clauses "A는 X를, B는 Y를 V", with brackets or a description inside
        ("이날 경기에 한빛팀은 김민수(3승 2패)를, 달빛팀은 이준호(5승 1패)를 선발로 내세웠다.",
         "한빛팀은 김민수(3승 2패)를, 달빛팀은", "한빛팀,"),
        ("공연의 1부는 한빛합창단이, 어린이 무대인 '꿈나무 교실' 2부는 달빛극단이 맡았다.",
         "1부는 한빛합창단이,", "1부,"),
    ],
)
def test_topic_comma_properties(analyzer, sentence, kept, absent):
    text = bullet(analyzer, sentence, max_chars=120)
    assert kept in text and absent not in text, text


def test_main_subject_still_takes_the_comma(analyzer):
    """The rules above leave the ordinary headline alone: the sentence's own subject takes the comma."""
    assert bullet(analyzer, "한빛연구소가 물을 이용한 새 방식으로 전지를 개발했다.") == "한빛연구소, 물을 이용한 새 방식으로 전지 개발"
    assert bullet(analyzer, "한빛시는 새 공원을 짓고 낡은 도로를 넓혔다.") == "한빛시, 새 공원을 짓고 낡은 도로를 넓힘"


def test_subject_of_a_purpose_clause_is_no_second_subject(analyzer):
    """"…점검하고 주민이 놓치지 않도록 …": the subject of a purpose clause does not make the sentence two
    clauses with a subject each; the topic still takes the comma."""
    text = bullet(analyzer, "한빛군은 회의를 열고 현안을 점검하고 연초 몰리는 지원사업을 주민이 놓치지 않도록 홍보에 힘쓰기로 했다.", max_chars=120)
    assert text.startswith("한빛군, 회의를 열고"), text


def test_viewing_frame_is_no_topic_of_the_bullet(analyzer):
    """"품목별로는": a way of viewing the figures, not a topic; the subject after it still takes the comma."""
    text = bullet(analyzer, "품목별로는 반도체 수출이 120억달러로 1년 전보다 40% 급증하며 전체 증가세를 이끌었다.", max_chars=120)
    assert "반도체 수출," in text, text


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # two topics with a figure each, joined by "-고": neither is the headline's topic
        ("지난해 같은 기간과 비교해 매출은 3.1% 줄었고 영업이익은 12.4%, 순이익은 20.2% 늘었다.",
         "지난해 같은 기간과 비교해 매출은 3.1% 줄었고 영업이익은 12.4%, 순이익은 20.2% 늘어"),
        ("올해 한빛시 관광객은 5% 늘었고 숙박객은 3% 줄었다.", "올해 한빛시 관광객은 5% 늘었고 숙박객은 3% 줄어"),
        # without figures the topic acts in both clauses ("짓고 … 꾸민다"): it keeps the headline comma
        ("한빛시는 도서관을 새로 짓고 공원은 새로 꾸민다.", "한빛시, 도서관을 새로 짓고 공원은 새로 꾸밈"),
    ],
)
def test_two_figures_of_two_topics_keep_both_particles(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the topic inside "…다는 사실을" is that clause's; the team with its gloss in brackets is the sentence's subject
        ("한빛대병원 오하늘 교수팀(김가람 교수, 한빛대 박누리 교수)이 야간 근무자는 일반 성인에 비해 불면증에 걸릴 확률이 "
         "2.1배 높다는 사실을 처음 밝혀냈다.",
         "한빛대병원 오하늘 교수팀, 야간 근무자는 일반 성인에 비해 불면증에 걸릴 확률이 2.1배 높다는 사실을 처음 밝혀냄"),
        ("한빛대병원 오하늘 교수팀이 고무줄 몸매일수록 사망 위험이 높다는 연구결과를 발표했다.",
         "한빛대병원 오하늘 교수팀, 고무줄 몸매일수록 사망 위험이 높다는 연구결과 발표"),
    ],
)
def test_a_topic_inside_a_named_content_clause_is_not_the_headlines(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a writer's comma ends the first clause as a space would: no headline comma on the later subject
        ("시료를 시약에 넣자, 용액이 붉은색으로 변했다.", "시료를 시약에 넣자, 용액이 붉은색으로 변함"),
        # two topics, each with its figure, share one predicate: the first keeps its particle
        ("한빛시 물가는 2.3%, 내후년에는 1.8%까지 내려갈 것으로 연구원은 내다봤다.",
         "한빛시 물가는 2.3%, 내후년에는 1.8%까지 내려갈 것으로 연구원은 내다봄"),
        # a connective's own comma after the headline comma goes ("여성, 결국, 경찰에" read as two stops)
        ("심부름을 맡았던 남성은 결국, 경찰에 붙잡혔다.", "심부름을 맡았던 남성, 결국 경찰에 붙잡힘"),
        # a step's comma after the headline comma goes; one before a clause with its own subject stays
        ("트럭은 50여m를 미끄러져, 길가에 서 있던 차량을 들이받았다.", "트럭, 50여m를 미끄러져 길가에 서 있던 차량을 들이받음"),
        ("한빛시는 예산을 아껴, 시민들이 새 공원을 누리게 됐다.", "한빛시, 예산을 아껴, 시민들이 새 공원을 누리게 됨"),
    ],
)
def test_no_second_comma_right_after_the_headline_comma(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a list ending in "까지" is dotted after the headline comma like one ending in a case particle
        ("한빛 갯벌축제는 대만, 칠레까지 진출하며 이름을 알렸다.", "한빛 갯벌축제, 대만·칠레까지 진출하며 이름을 알림"),
        # two numbers sharing one unit ("21, 22일") are one item
        ("한빛시 합창단은 21, 22일 이틀 동안 시민회관에서 공연을 연다.", "한빛시 합창단, 21·22일 이틀 동안 시민회관에서 공연을 열 예정"),
    ],
)
def test_a_list_after_the_headline_comma_is_dotted(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected
