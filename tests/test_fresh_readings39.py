"""Readings of this session (written for these tests, not news copy): a news sentence that opens by placing its
named subject with "this" ("이 마을을 지나는 …12번 노선이") drops that clause and reads alone, so a feature that
opens on a villager's morning is led by it."""
import pytest

from bullet_helpers import analyse, bullet, summarize_page


@pytest.mark.parametrize("sentence, expected", [
    ("이 마을을 지나는 시내버스 7번 노선이 다음 달 15일 운행을 끝으로 폐지된다.", "시내버스 7번 노선, 다음 달 15일 운행을 끝으로 폐지"),
    ("이 회사가 개발한 관절염 치료제 '누리벤'은 내년 하반기 국내에 출시된다.", "관절염 치료제 '누리벤', 내년 하반기 국내에 출시 예정"),
])
def test_a_clause_that_places_a_named_subject_by_this_goes(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize("sentence", [
    # a person: the clause tells what befell them
    "이 회사에서 해고된 박모(52)씨는 지난달 노동위원회에 구제 신청을 냈다.",
    # a count, not a name: which products is the clause's to say
    "이 공장에서 생산된 제품 3만 개가 리콜된다.",
    # "이 가운데": a part of what was said, not a place
    "이 가운데 시내버스 7번 노선이 가장 먼저 폐지된다.",
])
def test_a_clause_that_says_which_one_stays(analyzer, sentence):
    from pipeline.compress import this_setting_clause

    doc = analyse(analyzer, sentence)
    assert this_setting_clause(doc.sentences[0].morphs) is None
    assert bullet(analyzer, sentence).startswith("이 ")


FEATURE = ("“장 보러 갈 버스가 없어지면”…솔내 산골 마지막 노선 이달 말 멈춘다\n"
           "입력 2026.11.18. 오전 6:01\n홍길순 기자\n\n"
           "지난 15일 오전 7시 40분, 솔내군 하늘면 돌담리 마을 어귀의 양철 지붕 정류장.\n\n"
           "보따리 두 개를 발치에 내려놓은 최옥분(79) 씨는 굽은 허리를 펴며 고갯길 너머를 한참 바라봤다. "
           "닷새마다 서는 읍내 장에 고추를 팔러 간다는 최씨는 “이 버스 없어지면 장에는 아들이 와야 간다”고 했다.\n\n"
           "이 마을을 지나는 군내버스 9번 노선이 이달 30일 운행을 끝으로 폐지된다. "
           "노선을 운영해 온 솔내교통은 하루 평균 이용객이 3.8명에 그쳐 적자를 감당할 수 없다며 지난 8월 군에 폐선을 신청했다.\n\n"
           "군은 대안으로 다음 달부터 전화로 부르면 집 앞까지 오는 ‘행복택시’를 이 일대 6개 마을로 확대하겠다고 밝혔다. "
           "돌담리 이장 한만수 씨는 “노인들은 휴대전화로 예약하는 것부터 어려워한다”고 말했다.\n")


def test_a_feature_is_led_by_the_route_it_ends_not_by_the_villagers_morning(analyzer):
    _, summary = summarize_page(analyzer, FEATURE)
    assert summary.bullets[0] == "군내버스 9번 노선, 이달 30일 운행을 끝으로 폐지", summary.bullets
    assert not any("허리를 펴며" in b for b in summary.bullets), summary.bullets


TREND = ("양식장에 ‘바다 폭염’…고수온 길어지자 남해안 우럭 폐사 확산\n"
         "입력 2026-08-09 06:00\n한바다 기자\n\n"
         "지난주 경남 남해의 한 가두리 양식장. 그물 위로 허옇게 배를 드러낸 우럭이 수십 마리씩 떠올라 있었다. "
         "양식장 직원 문모(52)씨는 “몇 해 전엔 여름에 한두 번 보던 일인데 요즘은 매일 건져낸다”고 했다.\n\n"
         "한 달 넘게 이어진 고수온으로 남해안 양식장의 우럭 폐사가 빠르게 늘고 있다. "
         "우럭은 수온이 28도를 넘으면 먹이를 먹지 않고 면역력이 떨어지는데, 올해는 지난달 중순부터 28도 안팎을 오르내렸다.\n\n"
         "국립수산과학원에 따르면 올해 7월 남해 연안 평균 수온은 평년보다 2.1도 높았다. "
         "경남도는 피해 어가에 재해보험금 지급을 서두르고 액화산소 공급 장비를 추가로 지원하겠다고 밝혔다.\n\n"
         "한 수산학과 교수는 “양식 품종을 고수온에 강한 어종으로 바꾸는 논의가 필요하다”고 말했다.\n")


def test_a_feature_with_no_day_is_led_by_its_trend_not_by_its_scene(analyzer):
    # no sentence names the day, and none says a whole point of the headline: the one that says most of it leads
    _, summary = summarize_page(analyzer, TREND)
    assert summary.bullets[0] == "남해안 양식장의 우럭 폐사, 한 달 넘게 이어진 고수온으로 빠르게 늘어", summary.bullets
    assert not any("떠올라" in b or "배를 드러낸" in b for b in summary.bullets), summary.bullets


def test_after_a_workers_words_the_trend_leads_before_the_background(analyzer):
    # the worker's words open the story (the scene line names no one): the trend that says the headline leads, not the
    # first past act after it ("우럭은 …28도 안팎을 오르내렸다", background)
    page = TREND.replace("그물 위로 허옇게 배를 드러낸 우럭이 수십 마리씩 떠올라 있었다. ", "")
    _, summary = summarize_page(analyzer, page)
    assert summary.bullets[0] == "남해안 양식장의 우럭 폐사, 한 달 넘게 이어진 고수온으로 빠르게 늘어", summary.bullets


SUPPLY = ("수산 양식장에 '산소 비상'…폭염 길어지자 어가 액화산소 확보전\n"
          "입력 2026-08-09 06:00\n한바다 기자\n\n"
          "지난주 경남 남해의 한 가두리 양식장. 수면 위로 허옇게 배를 드러낸 우럭이 수십 마리씩 떠올라 있었다. "
          "양식장 직원 문모(52)씨는 “몇 해 전엔 여름에 한두 번 보던 일인데 요즘은 매일 건져낸다”고 했다.\n\n"
          "한 달 넘게 이어진 폭염으로 남해안 양식장들의 산소 사정이 빠듯해지고 있다. "
          "우럭은 수온이 28도를 넘으면 먹이를 먹지 않고 면역력이 떨어지는데, 올해는 지난달 중순부터 28도 안팎을 오르내렸다.\n\n"
          "국립수산과학원에 따르면 올해 7월 남해 연안 평균 수온은 평년보다 2.1도 높았다. "
          "경남도는 피해 어가에 재해보험금 지급을 서두르고 액화산소 공급 장비를 추가로 지원하겠다고 밝혔다.\n\n"
          "한 수산학과 교수는 “양식 품종을 고수온에 강한 어종으로 바꾸는 논의가 필요하다”고 말했다.\n")


def test_a_trend_that_says_most_of_the_headline_leads_and_the_scene_goes(analyzer):
    # no sentence names the day, and none says a whole point of the headline (산소 비상, 액화산소 확보전): the one that
    # says most of it leads, and the plant's scene before it is colour, no bullet
    _, summary = summarize_page(analyzer, SUPPLY)
    assert summary.bullets[0] == "한 달 넘게 이어진 폭염으로 남해안 양식장들의 산소 사정 빠듯해짐", summary.bullets
    assert not any("떠올라" in b or "배를 드러낸" in b for b in summary.bullets), summary.bullets


# --- a cleft of a time or a first is told as the plain sentence --------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    # a time on focus goes before the act, after the subject that opens the clause
    ("누리대 총학생회가 본관 앞에 천막을 친 것은 지난 12일이다.", "누리대 총학생회, 지난 12일 본관 앞에 천막을 침"),
    ("가람의료원이 야간 응급실 운영을 멈춘 것은 지난 9월 1일부터다.", "가람의료원, 지난 9월 1일부터 야간 응급실 운영을 멈춤"),
    # the first in a span: "…만" becomes "…만에"
    ("솔내시 시내버스 요금이 오르는 것은 2016년 이후 9년 만이다.", "솔내시 시내버스 요금, 2016년 이후 9년 만에 오름"),
    # the first in a span: "…이후 처음" becomes "…이후 처음으로"
    ("솔내시 기온이 40도를 넘은 것은 관측 이후 처음이다.", "솔내시 기온, 관측 이후 처음으로 40도를 넘음"),
    # after a place the time goes before the subject: "…시장에서 | 불이"
    ("누리시 가람시장에서 불이 난 것은 지난 2일 오전 2시 47분께다.", "누리시 가람시장에서 지난 2일 오전 2시 47분께 불"),
])
def test_a_cleft_of_a_time_or_a_first_is_told_plainly(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # this one's first (read blind, "국내 선사, 처음으로 …" reads as a claim about all of them), who was first, what was
    # at issue, an ordinal: the cleft stays
    ("국내 선사가 북극항로에 정기 노선을 운영하는 것은 이번이 처음이다.", "국내 선사가 북극항로에 정기 노선을 운영하는 것은 이번이 처음"),
    ("현역 의원이 무소속 출마를 선언한 것은 조 의원이 처음이다.", "현역 의원이 무소속 출마를 선언한 것은 조 의원이 처음"),
    ("쟁점이 된 것은 약관 가운데 4개 조항이다.", "쟁점이 된 것은 약관 가운데 4개 조항"),
    ("올해 국내 양돈농장에서 ASF가 확인된 것은 이번이 다섯 번째다.", "올해 국내 양돈농장에서 ASF가 확인된 것은 이번이 다섯 번째"),
])
def test_a_cleft_of_anything_else_stays(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_this_fire_as_the_cause_loses_only_its_this(analyzer):
    assert bullet(analyzer, "이 불로 시장 내 점포 112곳 가운데 47곳이 전소됐다.") == "불로 시장 내 점포 112곳 가운데 47곳 전소"


RECORD = ("누리시 9년 만에 초미세먼지 경보…유치원·초교 300여곳 휴업\n"
          "입력 2026-03-11 09:00\n가람 기자\n\n"
          "누리시 대기질 예보센터는 11일 오전 6시를 기해 누리시 전역에 초미세먼지 경보를 발령했다. "
          "누리시에서 초미세먼지 경보가 발령된 것은 2017년 3월 이후 9년 만이다.\n\n"
          "오전 7시 기준 누리시 평균 초미세먼지 농도는 ㎥당 163㎍으로 경보 기준을 넘어섰다. "
          "시교육청은 관내 유치원과 초등학교 312곳에 휴업이나 단축 수업을 권고했다.\n\n"
          "환경부는 누리시와 인근 두 개 군에 고농도 미세먼지 비상저감조치를 시행했다.\n")


def test_the_first_in_years_is_not_the_same_event_told_again(analyzer):
    # "…9년 만에 …경보 발령" after "…전역에 초미세먼지 경보를 발령": the gap is news, not a retelling
    _, summary = summarize_page(analyzer, RECORD)
    assert "누리시에서 2017년 3월 이후 9년 만에 초미세먼지 경보 발령" in summary.bullets, summary.bullets


SATELLITE = ("가람 스타트업 '솔빛우주', 자체 개발 초소형 위성 우주로…\"교신 성공\"\n"
             "입력 2026-05-02 10:00\n누리 기자\n\n"
             "가람시의 우주 스타트업 솔빛우주가 자체 개발한 초소형 관측위성 '솔빛-1'이 미국에서 발사돼 첫 교신에 성공했다.\n\n"
             "위성은 지난 1일 미국 캘리포니아주 반덴버그 우주군기지에서 다른 위성 40여 기와 함께 발사됐다. "
             "위성 본체와 탑재체 대부분은 솔빛우주가 직접 설계하고 제작했다.\n\n"
             "솔빛우주는 2일 오전 6시 12분 노르웨이 스발바르 지상국과의 첫 교신에 성공했다. "
             "솔빛우주는 지금까지 시리즈A 투자 등으로 약 210억 원을 유치했다.\n\n"
             "업계에서는 국내 민간 우주기업들이 자체 관측위성을 잇따라 궤도에 올리면서 위성 영상 시장 경쟁도 본격화할 것으로 보고 있다.\n")


def test_where_a_past_event_happened_does_not_make_it_news_again(analyzer):
    # "…노르웨이 스발바르 지상국과의 첫 교신에 성공" after the lede's "…첫 교신에 성공": the names in a row say where, one
    # place, not who took part
    _, summary = summarize_page(analyzer, SATELLITE)
    assert summary.bullets[0].endswith("첫 교신에 성공"), summary.bullets
    assert sum("교신에 성공" in b for b in summary.bullets) == 1, summary.bullets


@pytest.mark.parametrize("sentence, expected", [
    # the relative clause only sizes the object: the company is the bullet's subject, with the headline comma
    ("가람게임즈가 전체 임직원의 18%에 해당하는 약 260명을 감원한다.", "가람게임즈, 전체 임직원의 18%에 해당하는 약 260명 감원"),
    ("누리전자가 매출의 30%에 달하는 1천억원을 투자한다.", "누리전자, 매출의 30%에 달하는 1천억원 투자"),
])
def test_a_clause_that_only_sizes_the_object_leaves_the_subject_the_sentences(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


MATERNITY = ("“아기 울음소리 끊긴 지 석 달”…가람군 유일 분만실 문 닫아\n"
             "입력 2026-11-20 06:00\n가람 기자\n\n"
             "새벽 2시 40분, 임신 38주 차였던 한누리(31)씨는 양수가 터진 것을 알고 남편을 깨웠다. "
             "가장 가까운 분만 병원까지는 78㎞, 눈이 내리던 그날 밤 1시간 20분이 걸렸다.\n\n"
             "가람군의 유일한 분만실이 문을 닫은 건 지난 8월이다. "
             "가람의료원은 산부인과 전문의 2명 가운데 1명이 퇴직하고 후임을 구하지 못하자 분만 진료를 중단했다.\n\n"
             "현재 의료원 산부인과는 주 3일 외래 진료만 운영한다. "
             "가람군은 임산부 이송 택시비 지원과 원정 출산 숙박비 지원을 시작했다.\n")


def test_a_cleft_of_the_day_is_the_features_nut_graf(analyzer):
    # "…분만실이 문을 닫은 건 지난 8월이다" says the headline; told plainly it is the news, not a comment ending in "이다"
    _, summary = summarize_page(analyzer, MATERNITY)
    assert summary.bullets[0] == "가람군의 유일한 분만실, 지난 8월 문을 닫음", summary.bullets
    assert not any("양수" in b for b in summary.bullets), summary.bullets


SIT_IN = ("“등록금 5.49% 인상 철회하라”…천막 농성 12일째, 대학 본부는 “동결 한계”\n"
          "입력 2026-12-24 06:00\n누리 기자\n\n"
          "영하 9도까지 떨어진 기온에 비닐로 둘러친 천막 두 동이 바람에 펄럭였다. "
          "천막 안에서 침낭을 두른 채 노트북을 두드리던 경영학과 3학년 문하늘(22)씨는 “집에 간 날이 이틀밖에 안 된다”고 했다.\n\n"
          "가람대 총학생회가 본관 앞에 천막을 친 것은 지난 12일이다. "
          "대학 측이 내년도 학부 등록금을 5.49% 올리겠다는 안을 내놓은 직후다.\n\n"
          "대학 본부는 16년 동안 등록금을 동결해 재정이 한계에 이르렀다는 입장이다. "
          "총학생회는 인상안이 철회될 때까지 농성을 이어가겠다고 밝혔다.\n")


def test_a_cleft_of_the_day_is_the_act_that_leads_after_a_scene(analyzer):
    # the tents flapping are the scene; "…천막을 친 것은 지난 12일이다", told plainly, is the dated act that leads
    _, summary = summarize_page(analyzer, SIT_IN)
    assert summary.bullets[0] == "가람대 총학생회, 지난 12일 본관 앞에 천막을 침", summary.bullets
    assert not any("펄럭" in b for b in summary.bullets), summary.bullets


BESTSELLER = ("170년 전 소설이 서점가 1위에…새 번역 『바람의 집』 열풍\n"
              "입력 2026-04-02 06:00\n누리 기자\n\n"
              "신간 매대 한가운데 쌓인 짙은 회색 표지의 책 앞에서 30대 남성 두 명이 휴대전화로 표지를 찍고 있었다. "
              "한 명이 “이거 요즘 다들 읽는 그거 맞지?”라고 묻자 다른 한 명이 고개를 끄덕였다.\n\n"
              "1856년 출간된 영국 작가의 장편소설 『바람의 집』이다. "
              "출판사 가람이 지난 2월 펴낸 『바람의 집』 새 번역본이 출간 7주 만에 주요 온라인 서점 종합 베스트셀러 1위에 올랐다.\n\n"
              "출판사는 다음 달 같은 작가의 다른 장편도 펴낼 계획이다.\n")


def test_a_scene_of_no_ones_act_gives_way_to_the_news_it_opens_on(analyzer):
    # two shoppers photographing a cover (a state, no one named, none of the headline): the new translation's first
    # place leads, though beyond the first sentences
    _, summary = summarize_page(analyzer, BESTSELLER)
    assert "종합 베스트셀러 1위" in summary.bullets[0], summary.bullets
    assert not any("표지를 찍" in b for b in summary.bullets), summary.bullets


def test_a_full_name_given_with_an_age_names_the_surname_inside_a_bullet(analyzer):
    # "안 씨" inside the bullet is the translator introduced as "안소정(52) 씨": the age between name and title hid it
    page = ("새 번역 『바람의 집』 열풍…출판사, 후속작 출간 앞당겨\n입력 2026-04-02 06:00\n누리 기자\n\n"
            "출판사 가람이 지난 2월 펴낸 『바람의 집』 새 번역본이 출간 7주 만에 종합 베스트셀러 1위에 올랐다.\n\n"
            "번역을 맡은 이는 영문학자이자 시인인 안소정(52) 씨다. 새 번역본은 인물들의 사투리를 입말로 살렸다.\n\n"
            "가람은 독자 반응에 힘입어 이달 중 안 씨가 번역한 같은 작가의 다른 장편 『등대지기의 딸』 출간 일정을 앞당기기로 했다.\n")
    _, summary = summarize_page(analyzer, page)
    assert any("안소정 씨가 번역한" in b for b in summary.bullets), summary.bullets
    assert not any("안 씨" in b for b in summary.bullets), summary.bullets


# --- held-out reading (fresh news written for this session): faults fixed -----------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    # what was found of a suspect stays a finding: "…챙김" stated it as fact
    ("C씨 등은 이 표를 팔아 약 3억8천만원의 차익을 챙긴 것으로 조사됐다.", "C씨 등, 이 표를 팔아 약 3억8천만원의 차익을 챙긴 것으로 조사"),
    ("일당은 보험금 12억원을 챙긴 것으로 조사됐다.", "일당, 보험금 12억원을 챙긴 것으로 조사"),
    # (guard) a survey's finding is the fact it measures
    ("응답자의 60%가 만족한 것으로 조사됐다.", "응답자의 60%가 만족"),
    # what the act was, then a comment: the writer's comma stays and no headline comma splits the sentence
    ("기존 금어기를 여름철로 옮기고 기간도 두 배로 늘린 것으로, 이 같은 전면 금지는 처음이다.",
     "기존 금어기를 여름철로 옮기고 기간도 두 배로 늘린 것으로, 이 같은 전면 금지는 처음"),
])
def test_held_out_faults(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_a_time_of_the_day_is_no_topic_to_put_first(analyzer):
    # "지난 17일 저녁, …" had become "저녁, 지난 17일 …": the date-before-topic rule read the time of day as the topic
    from pipeline.format import finish_headline
    assert finish_headline("지난 17일 저녁, 누리시 동구에서 한가람(46)씨 울어", "", analyzer.kiwi) == "지난 17일 저녁, 누리시 동구에서 한가람(46)씨 울어"
    assert finish_headline("17일 누리시, 새 버스 노선 발표", "", analyzer.kiwi) == "누리시, 17일 새 버스 노선 발표"  # (guard)


def test_whom_an_act_is_for_is_never_left_behind(analyzer):
    # "재판부, 배상액의 20%를 감액" said the whole award was cut; only three tenants' was
    text = bullet(analyzer, "다만 재판부는 세입자 가운데 3명에 대해서는 계약 당시 선순위 근저당 설정 사실을 알고도 계약한 점을 고려해 "
                            "배상액의 20%를 감액했다.")
    assert "3명에 대해서는" in text and text.endswith("20%를 감액"), text


def test_a_numbered_setting_is_no_subject(analyzer):
    # "올해 1군에서는 …타율 0.261" says where, not who: after bullets on another player it read as his
    from pipeline.select import has_subject
    doc = analyse(analyzer, "올해 1군에서는 48경기 타율 0.261, 9홈런을 기록 중이다.")
    assert not has_subject(doc.sentences[0].morphs)
    doc = analyse(analyzer, "서울시에서는 올해 공원 12곳을 새로 연다.")
    assert has_subject(doc.sentences[0].morphs)  # (guard) a body's "에서는" is who acts


REOPENING = ("3년 만에 다시 열린 국립바다박물관…\"바다 냄새 나는 전시로 돌아왔다\"\n"
             "입력 2026-04-02 18:00\n누리 기자\n\n"
             "2일 오전 10시, 가람시 영도구 언덕 위 건물 정문 앞에는 개관 시간 30분 전부터 긴 줄이 늘어서 있었다. "
             "유모차를 밀고 온 30대 부부부터 지팡이를 짚은 노부부까지 관람객들의 표정에는 기대감이 엿보였다.\n\n"
             "국립바다박물관이 리모델링을 마치고 이날 다시 문을 열었다. "
             "전시 면적은 기존 1만2천㎡에서 1만5천800㎡로 늘었고, 상설전시실은 6개에서 8개로 확대됐다.\n\n"
             "박물관 측은 올해 관람객 120만 명을 목표로 하고 있다.\n")


def test_a_dated_scene_that_says_none_of_the_headline_gives_way(analyzer):
    # the queue at the gate names the day but none of the headline: the reopening leads
    _, summary = summarize_page(analyzer, REOPENING)
    assert summary.bullets[0].startswith("국립바다박물관, 리모델링을 마치고"), summary.bullets
    assert not any("줄이 늘어서" in b for b in summary.bullets), summary.bullets
