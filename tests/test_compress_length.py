"""Long sentences brought to headline length by safe cuts: which clause stays, what goes, what never
changes meaning. Sentences written for these tests (not news copy)."""
import pytest

from bullet_helpers import bullet


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "…을 합성해 …을 개발했다": the step before the result goes, the topic stays with the result
        ("한빛대 연구팀은 이에 따라 빛에 강한 분자 구조를 새로 설계하는 동시에 오래 견디는 결정 구조를 지닌 전극 물질을 "
         "합성해 효율 25%의 고안정성 유기 태양전지 기술을 개발했다.",
         "한빛대 연구팀, 효율 25%의 고안정성 유기 태양전지 기술 개발"),
        # "전하를" (an electric charge) is no verb of saying: the step still gives way
        ("한빛대 연구팀은 전극에 쌓이는 전하를 줄이는 새 소자 구조를 도입하고 빛에 강한 결정 구조를 지닌 전극 물질을 "
         "합성해 효율 25%의 고안정성 유기 태양전지 기술을 개발했다.",
         "한빛대 연구팀, 효율 25%의 고안정성 유기 태양전지 기술 개발"),
        # the subject of a clause that ended earlier ("…결과가 나오자") is not who acts in the kept clause
        ("한빛시는 도내에서 청년 창업가를 가장 많이 배출한 지역으로 꼽혔다는 조사 결과가 나오자 창업 지원 예산을 두 배 "
         "가까이 늘려 신규 창업 공간 세 곳을 새로 열었다.", "한빛시, 신규 창업 공간 세 곳을 새로 열어"),
        # after "-고," the comma closes the first clause: a relative clause before the next subject is that clause's own
        ("낮은 점수를 받은 바깥쪽 둘레의 회색 칸은 기존 측정 장비의 오차 범위를 뜻하고, 과녁 중심에 가까운 붉은색 칸은 "
         "새 장비의 오차 범위를 뜻한다.", "과녁 중심에 가까운 붉은색 칸, 새 장비의 오차 범위를 뜻함"),
        # "30일(현지시간)": the date goes with its bracket when the bullet is still too long; who announces it keeps
        # the frame (the agency did not enter the orbit)
        ("미국 항공우주국은 30일(현지시간) 새 유인 달 탐사선이 지구를 떠난 지 닷새 만에 달 상공 백 킬로미터 목표 궤도에 "
         "진입했다고 발표했다.", "미국 항공우주국, 새 유인 달 탐사선이 지구를 떠난 지 닷새 만에 달 상공 백 킬로미터 목표 궤도에 진입했다고 발표"),
        # a demand keeps its frame ("…해야 한다고 요구"), and the reported clause's subject ("시가") is not who demands
        ("노조는 지난 10일 시청 앞에서 기자회견을 열어 시가 돌봄 노동자의 처우 개선 약속을 즉시 이행해야 한다고 요구했다.",
         "노조, 시청 앞에서 기자회견을 열어 시가 돌봄 노동자의 처우 개선 약속을 이행해야 한다고 요구"),
        # two coordinated facts stay together: the first ("보고회를 열고") may be the news; where it was held goes
        ("한빛구는 지난 3일 구청 대회의실에서 지역 문화관광 정책의 방향을 재정립하기 위한 중간 보고회를 열고 전문가 의견을 들었다.",
         "한빛구, 지역 문화관광 정책의 방향을 재정립하기 위한 중간 보고회를 열고 전문가 의견을 들음"),
        # a few characters over: the main clause alone is a headline when its borrowed topic acts in both clauses
        ("한빛FC는 후반 김하나의 멋진 선제골로 앞서 나갔지만 종료 직전 상대의 동점골 한 방에 다 잡은 승리를 눈앞에서 놓쳤다.", "한빛FC, 종료 직전 상대의 동점골 한 방에 다 잡은 승리를 눈앞에서 놓침"),
        # ... but not when the topic is the subject of a state ("속도는 …에 불과하지만"): the robot cleans, not its speed
        ("새 청소 로봇이 바닥을 닦는 속도는 분당 2m에 불과하지만 흡입 모드를 켜면 한 시간에 최고 300㎡를 청소할 수 있다.",
         "새 청소 로봇이 바닥을 닦는 속도, 분당 2m에 불과하지만 흡입 모드를 켜면 한 시간에 최고 300㎡ 청소 가능"),
        # ... nor when the kept clause points back at the dropped one ("이들 신생 분야")
        ("새 소재 산업이 한빛시 산업단지 일대에서 빠르게 성장하고 있으며 지역 청년 창업가들이 이들 신생 분야에 속속 뛰어들고 있다.",
         "새 소재 산업이 한빛시 산업단지 일대에서 빠르게 성장하고 있으며 지역 청년 창업가들이 이들 신생 분야에 속속 뛰어들어"),
    ],
)
def test_long_sentence_becomes_a_headline(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a step inside a relative clause ("…모아 만든 로봇을") is never split off
        "한빛로봇은 전국 협력사에서 받은 부품과 자체 개발한 센서를 모아 만든 가정용 청소 로봇 시제품을 이번 주말 서울 코엑스 전시회에서 처음으로 공개했다.",
        # "…을 통해", "…을 이용해": how, not a step of its own
        "한빛연구원은 전국 이백여 곳의 관측소에서 모은 십 년치 기상 자료를 이용해 여름철 국지성 호우의 발생 위치를 미리 알려주는 예측 모델을 개발했다.",
    ],
)
def test_no_split_inside_a_relative_or_a_postposition(analyzer, sentence):
    text = bullet(analyzer, sentence)
    assert "로봇 시제품" in text or "예측 모델" in text
    assert not text.startswith(("만든", "여름철", "가정용"))


def test_a_route_is_no_step_of_its_own(analyzer):
    # "…공개검증을 거쳐 선정": the way the result came about stays with it
    text = bullet(analyzer, "올해는 전국 각 기관이 추천한 총 869건의 후보 성과를 대상으로 전문가 위원회 평가와 대국민 공개검증을 "
                            "거쳐 최종 100건의 우수성과를 선정했다.")
    assert "공개검증을 거쳐 최종 100건의 우수성과 선정" in text


def test_name_relative_never_loses_its_auxiliary(analyzer):
    # "이끌고 있는 김지은 교수": "있는" is part of the relative clause; cutting it leaves "이끌고 김지은". The whole
    # clause may go (a description of the name), never half of it
    text = bullet(analyzer, "한빛대 신소재공학과 연구실을 이끌고 있는 김지은 교수가 올해 국제 학술지에 실린 논문으로 "
                            "한국과학상 젊은과학자상을 받았다.")
    assert "이끌고 있는 김지은 교수" in text or text.startswith("김지은 교수, "), text
    assert "이끌고 김지은" not in text


def test_name_kiwi_splits_before_a_title_stays_whole(analyzer):
    # Kiwi reads "박성은" as "박" + "성" + "은" (topic): the name and its title stay whole, the comma goes after the title
    text = bullet(analyzer, "새 협회장에 오른 박성은 대표는 첫 회의에서 회원사 지원 확대를 약속했다.")
    assert text == "새 협회장에 오른 박성은 대표, 첫 회의에서 회원사 지원 확대 약속"


@pytest.mark.parametrize(
    "sentence, span",
    [
        # a time measured from an event keeps its number: "발사 뒤부터" says nothing of when
        ("누리호는 발사 13분 뒤부터 고도 550㎞ 궤도에서 주탑재위성과 부탑재위성, 큐브위성 7기를 하나씩 차례로 분리했다.",
         "발사 13분 뒤부터"),
        ("새 요금제는 출시 3일 만에 가입자 10만명을 넘겨 올해 나온 통신 요금제 가운데 가장 빠르게 가입자를 모은 요금제가 됐다.",
         "출시 3일 만에"),
        # more than 31 days is a count, never a date to drop ("취임 100일 기념" is no "취임 기념")
        ("한빛도지사는 6일 도청 브리핑룸에서 가진 취임 100일 기념 기자회견에서 도정의 성과와 내년 목표를 길게 설명하며 도민의 협조를 당부했다.",
         "취임 100일 기념"),
    ],
)
def test_a_measured_time_keeps_its_number(analyzer, sentence, span):
    text = bullet(analyzer, sentence)
    assert span in text or span.split()[0] not in text, text


def test_first_clause_of_a_forecast_is_not_stated_as_fact(analyzer):
    # "A는 B가 …늘고, …넘을 것으로 예상했다": both clauses are A's forecast; "B, …늘어" alone would be a fact
    text = bullet(analyzer, "한빛증권은 달빛전자의 3분기 영업이익이 3조2000억원으로 늘고, 4분기에는 반도체 가격 상승과 환율 효과에 "
                            "힘입어 전년 동기 대비 두 배 가까운 4조5000억원을 넘을 것으로 예상했다.")
    assert "예상" in text or "전망" in text, text


def test_a_clause_pointing_back_is_not_the_bullet(analyzer):
    # "…예상되며, 이는 …한 규모다": "…늘어난 규모" alone says nothing; the forecast it points to is the bullet
    text = bullet(analyzer, "달빛전자의 올해 3분기 영업이익은 반도체 가격 상승에 힘입어 3조2000억원을 기록할 것으로 예상되며, "
                            "이는 전년 동기 대비 35% 늘어난 규모다.")
    assert text == "달빛전자의 올해 3분기 영업이익, 반도체 가격 상승에 힘입어 3조2000억원을 기록할 전망"


def test_a_step_that_hands_its_object_on_stays_with_the_next_verb(analyzer):
    # "펌프장 3곳을 새로 지어 운영할 계획": "운영할 계획" alone has lost what is run
    text = bullet(analyzer, "한빛시는 집중호우로 인한 침수 피해를 막기 위해 저지대 주택가의 노후 하수관을 모두 교체하고, "
                            "빗물 펌프장 3곳을 새로 지어 내년 여름부터 운영할 계획이다.")
    # (a sentence a few characters over that joins two facts may give its first: "…하수관을 모두 교체할 계획")
    assert "운영할 계획" not in text or "펌프장 3곳을 새로 지어" in text, text
    assert text.endswith("계획"), text


def test_a_date_after_the_same_year_still_goes(analyzer):
    # "같은 해 5월 28일": a date, not a span measured from an event; it may go when the bullet is too long
    text = bullet(analyzer, "한국은행은 3월 16일 기준금리를 한 번에 0.50%p 낮췄고 같은 해 5월 28일 추가 인하를 통해 "
                            "두 달 만에 모두 0.75%p나 금리를 내렸다.")
    assert "5월 28일" not in text, text


def test_a_full_date_goes_last_unless_its_year_is_referred_to(analyzer):
    # still too long after every other deletion: the event's whole date goes, year included
    text = bullet(analyzer, "한빛전자는 지난 2020년 3월 16일 코로나19 충격으로 경기 침체가 예상되자 공장 가동을 멈추고 "
                            "직원 3000명에게 재택근무를 지시했다.")
    assert text == "한빛전자, 코로나19 충격으로 경기 침체가 예상되자 공장 가동을 멈추고 직원 3000명에게 재택근무 지시"
    # "같은 해" needs the year it refers to
    text = bullet(analyzer, "금통위는 지난 2020년 3월 16일 코로나19 충격으로 경기 침체가 예상되자 기준금리를 한 번에 0.50%p로 "
                            "낮췄고 같은 해 5월 28일 추가 인하를 통해 2개월 만에 0.75%p나 금리를 내렸다.")
    assert "2020년" in text or "같은 해" not in text, text


def test_a_quote_after_a_concessive_quote_is_the_one_kept(analyzer):
    # "“A”라면서도 “B”라고 말했다": like "“A”라며 “B”", the quotation the verb of saying governs stays
    text = bullet(analyzer, '한빛전자 김하나 사장은 "비메모리 시장은 메모리 시장보다 두 배 넘게 큰 시장이지만 성과가 나오려면 '
                            '시간이 걸릴 것"이라면서도 "좋은 성과를 내려면 많은 인재가 필요하다"고 말했다.')
    assert text == '한빛전자 김하나 사장, "좋은 성과를 내려면 많은 인재가 필요하다"'


@pytest.mark.parametrize(
    "sentence, kept, gone",
    [
        # still too long at the last level: a list of five countries keeps its first two and "등"
        ("무역협회는 올해 들어 중국, 미국, 베트남, 유럽연합, 대만 등 주요 교역국으로 가는 수출이 반도체와 자동차, 선박 수출 "
         "호조에 힘입어 모두 늘었다고 밝혔다.", "중국, 미국 등 주요 교역국으로 가는 수출이", "베트남"),
        # "…에 힘입어" is a postposition, not a step: "무역협회, 모두 늘어" must not be the bullet
        ("무역협회는 올해 들어 중국, 미국, 베트남, 유럽연합, 대만 등 주요 교역국으로 가는 수출이 반도체와 자동차, 선박 수출 "
         "호조에 힘입어 모두 늘었다고 밝혔다.", "수출 호조에 힘입어 모두 늘었다고", "무역협회, 모두"),
        # an item's note in brackets does not end the list
        ("예비후보는 선거사무소 개설, 유급 사무원 선임, 홍보물 발송, 명함 배부, 어깨띠 착용, 공약집 판매(시장 선거에 한함) 등 정해진 "
         "범위에서 선거운동을 할 수 있다.", "선거사무소 개설, 유급 사무원 선임 등 정해진", "공약집"),
    ],
)
def test_a_long_list_keeps_its_first_items(analyzer, sentence, kept, gone):
    text = bullet(analyzer, sentence)
    assert kept in text and gone not in text, text


def test_a_short_list_stays_whole(analyzer):
    text = bullet(analyzer, "한빛시는 올해 중국, 미국, 베트남 등 세 나라의 자매도시와 청소년 교류 사업을 새로 시작한다.")
    assert "중국, 미국, 베트남 등" in text, text


@pytest.mark.parametrize("sentence, expected", [
    # of two acts of the topic, the first goes when the bullet is still too long
    ("한빛소방서 현장대응단은 관계 기관 합동으로 추가 현장 조사를 벌일 예정이며, 불이 난 다세대주택 전 세대에 소화기와 "
     "단독경보형 감지기를 나눠줄 예정이다.", "한빛소방서 현장대응단, 불이 난 다세대주택 전 세대에 소화기와 단독경보형 감지기를 나눠줄 예정"),
])
def test_the_first_of_two_acts_goes_when_too_long(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize("sentence, kept", [
    # "이르면 27일": the earliest day is the news; "이르면" alone means nothing
    ("경찰은 흉기를 들고 이웃을 위협하고 자해 소동을 벌인 30대 남성에 대한 구속영장을 이르면 27일 신청한다.", "이르면 27일"),
    # "1박 4일": nights and days are one length of stay, not a date
    ("1박 4일 강행군 일정을 소화한 한빛국 대통령은 이날 오전 0시 22분께 대통령 전용기인 공군 1호기 편으로 한빛시 서울공항에 도착했다.",
     "1박 4일"),
    # "같은 달 29일": without its day "같은 달" stands for nothing
    ("분석 업체에 따르면 첫 게임은 지난달 25일 출시 후 닷새 만인 같은 달 29일, 두 번째 게임은 26일 출시 후 일주일 뒤인 "
     "이달 2일 각각 매출 5위 안에 들었다.", "같은 달 29일"),
    # "…와는 달리": the adverb governs the phrase before it
    ("새 소재는 영하 273도에서만 저항이 사라지는 기존 초전도체와는 달리 액체질소보다 높은 온도에서도 초전도 현상을 보이는 물질이다.",
     "초전도체와는 달리"),
    # the first of two acts stays when the last loses a qualifier (alone it would say the work goes on) ...
    ("현재 한빛공원의 기반 시설과 휴식공간 조성사업은 모두 마무리됐으며, 광장과 수경시설 등 공원시설을 대상으로 마무리 작업을 하고 있다.",
     "마무리됐으며"),
    # ... or when it has a count: a count is news
    ("한빛소방서 현장대응단은 소방관 12명을 추가로 보내 현장 조사를 벌일 예정이며, 불이 난 다세대주택 전 세대에 소화기를 나눠줄 예정이다.",
     "소방관 12명"),
    # "…은상에는" says what the subject won: shortening to the subject's head keeps it, and the subject
    ("올해 한빛문학상 소설 부문 은상에는 누리시에 사는 박하늘(67) 작가가 오랫동안 준비해 온 장편 ‘바다로 간 새들의 긴 노래’가 뽑혔다.",
     "은상에는"),
    ("올해 한빛문학상 소설 부문 은상에는 누리시에 사는 박하늘(67) 작가가 오랫동안 준비해 온 장편 ‘바다로 간 새들의 긴 노래’가 뽑혔다.",
     "박하늘"),
    # "두 번이나 발생한": the relative clause keeps its verb after a count
    ("이틀 동안 강력한 지진이 두 번이나 발생한 남쪽 섬 지역에서 비가 오는 나쁜 날씨 가운데 구조 작업이 밤새 이어지고 있다.",
     "두 번이나 발생한"),
])
def test_a_shortening_keeps_the_words_a_phrase_cannot_lose(analyzer, sentence, kept):
    assert kept in bullet(analyzer, sentence)


def test_as_of_goes_with_its_date(analyzer):
    # "19일 오전 7시 기준": "as of" goes with its date, never left alone at the bullet's start
    text = bullet(analyzer, "19일 오전 7시 기준 한빛성에서만 100명이 사망하고 90여명이 부상을 입었고, 인근 달빛성에서는 11명이 "
                            "사망하고 140명이 부상을 입었다.")
    assert text.startswith("한빛성에서만 100명이"), text
