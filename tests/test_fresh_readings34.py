"""Readings of this session: faults found on articles the engine had never seen (written for the evaluation, not news
copy). Sentences and pages here are written for these tests."""
from bullet_helpers import bullet, summarize_page


# --- a feature that opens on an anecdote or a scene is led by its dated news ------------------------------------

CLINIC_PAGE = """혈액 한 방울로 난청 위험 가린다…가람대병원, 청력 손실 예측 검사법 개발
10분 만에 결과…기존 청력 정밀검사 대체 기대

지난봄, 경기도에 사는 정모(63)씨는 텔레비전 소리를 자꾸 키우는 자신을 발견했다.

가족의 권유로 찾은 병원에서는 정밀 청력검사를 권했다.

검사비는 40만원이 넘었고, 예약은 두 달 뒤에나 가능했다.

정씨는 “검사를 기다리는 동안이 난청보다 더 답답했다”고 말했다.

이처럼 번거로운 난청 진단을 혈액검사 한 번으로 대신할 길이 열렸다.

가람대병원 이비인후과 한도윤 교수 연구팀은 혈액 속 단백질 세 가지의 농도로 청력 손실 위험을 예측하는 검사법을 개발했다고 21일 밝혔다.

연구팀이 성인 1,200명을 분석한 결과 새 검사법의 정확도는 91%였다.

연구 결과는 국제학술지 '청각 연구' 최신호에 실렸다.

한 교수는 “동네 의원에서도 10분 만에 위험을 확인할 수 있게 하겠다”고 말했다.
"""


def test_a_feature_opening_on_a_private_persons_anecdote_is_led_by_the_dated_news(analyzer):
    # "지난봄, …정모(63)씨는 …발견했다": an anecdote (no day named, a private person) says none of the headline's points;
    # the first sentence that names the day and says what the headline says ("…검사법을 개발했다고 21일 밝혔다") leads
    doc, summary = summarize_page(analyzer, CLINIC_PAGE)
    # (the team is the hospital's: whose team it is goes when the bullet must be shortened, as a headline says it)
    assert summary.bullets[0].startswith("가람대병원 ") and "연구팀, " in summary.bullets[0], summary.bullets
    assert not any(b.startswith("지난봄") for b in summary.bullets[:1]), summary.bullets


MATCH_PAGE = """"감독 나가라" 야유 속 퇴장…여자배구 대표팀, 부임 8개월 만에 사령탑 교체

경기 종료를 알리는 휘슬이 울리자 관중석 곳곳에서 자리를 뜨는 팬들이 보이기 시작했다.

코트를 빠져나가던 안드레아 로시 감독은 끝내 고개를 들지 못했다.

그로부터 이틀 뒤, 대표팀 벤치의 주인이 바뀌었다.

대한배구협회는 17일 서울 송파구 협회 회의실에서 기자회견을 열고 로시 감독과 계약을 해지했다고 발표했다.

로시 감독은 부임 뒤 8개월 동안 국제대회 12경기에서 3승 9패에 그쳤다.

협회는 다음 달 새 감독을 선임할 예정이다.
"""


def test_a_scene_with_no_day_gives_the_lede_to_the_dated_news(analyzer):
    # "…휘슬이 울리자 …팬들이 보이기 시작했다": a scene that tells an act but no day and none of the headline's points;
    # the federation's dated announcement leads
    doc, summary = summarize_page(analyzer, MATCH_PAGE)
    assert summary.bullets[0].startswith("대한배구협회, "), summary.bullets


SEAFOOD_PAGE = """식탁 오르는 굴·홍합서 미세플라스틱…"통째로 먹는 조개류 주의"

국내에서 흔히 먹는 조개류 상당수에서 미세플라스틱이 검출됐다는 연구 결과가 나왔다.

특히 내장을 제거하지 않고 통째로 먹는 굴과 홍합에서 검출량이 많았다.

가람해양연구원 연구팀은 지난해 전국 8개 수산시장에서 산 조개류 640개를 분석한 결과를 13일 학술지에 발표했다.

전체 시료의 약 70%에서 미세플라스틱이 한 개 이상 나왔다.

연구팀은 “섭취 전 해감과 세척으로 일부를 줄일 수 있다”고 설명했다.
"""


def test_a_plain_news_opening_keeps_the_lede(analyzer):
    # (guard) "…검출됐다는 연구 결과가 나왔다": a first sentence that tells the news plainly, no day named, keeps the
    # lede; the dated sentence after it says no more than twice as much of the headline
    doc, summary = summarize_page(analyzer, SEAFOOD_PAGE)
    assert summary.bullets[0].startswith("국내에서 흔히 먹는 조개류 상당수에서 미세플라스틱"), summary.bullets


# --- compression: what a deletion left behind -------------------------------------------------------------------

def test_the_topic_of_a_dropped_concession_does_not_open_the_main_clause(analyzer):
    # "…출산장려금 사업은 …지급했지만, 장려금을 받은 가구의 약 3분의 1이 …이사한 것으로 조사됐다": the main clause has a
    # subject of its own (the finding's frame is its ending, no relative clause); the concession's topic went with it
    out = bullet(analyzer, "실제로 군이 2015년부터 시행한 출산장려금 사업은 첫째 아이 기준 최대 500만원을 지급했지만, 장려금을 "
                           "받은 가구의 약 4분의 1이 5년 안에 다른 지역으로 이사한 것으로 조사됐다.")
    assert "사업," not in out and out.startswith("장려금을 받은 가구의 약 4분의 1"), out
    # ... and a rule's topic is not who went out alone ("…규정에는 …정비는 …돼 있지만, …혼자 현장에 나간 것으로 파악됐다")
    out = bullet(analyzer, "공사 내부 규정에는 선로 설비 점검은 반드시 2명 이상이 함께하도록 돼 있지만, 야간 근무 인원이 "
                           "부족해 혼자 현장에 나간 것으로 파악됐습니다.", max_chars=40)
    assert "점검," not in out and "규정" not in out, out
    # (a subject inside a relative clause is still that clause's: "…수명이 긴 배터리를 개발한 것으로 나타났다")


def test_the_subject_of_a_clause_before_is_not_who_asks(analyzer):
    # "기상청은 …눈이 더 내리고, | 밤부터는 …눈이 얼어붙겠다며 …당부했다": the snow is what the speaker forecasts; the
    # speaker asks (the agent walk had also stepped over a "의" Kiwi reads as a noun: "기상청 의 눈이 …")
    out = bullet(analyzer, "기상청은 이날 오후까지 경기 북부와 강원 영서에 시간당 1∼2㎝의 눈이 더 내리고, 밤부터는 기온이 영하 "
                           "8도 안팎으로 떨어져 쌓인 눈이 얼어붙겠다며 내일 출근길 안전에 각별히 유의해 달라고 당부했다.", max_chars=70)
    assert out.startswith("기상청, "), out
    assert " 의 " not in out and "눈이 더 내리" not in out, out


def test_at_once_upon_an_event_or_as_one_of_two_schedules_stays(analyzer):
    # "발효 즉시 없애고", "즉시 또는 10년 이내에": when the tariffs go; without it "협정 발효 없애고", "관세를 또는 …"
    out = bullet(analyzer, "이번 협정에 따라 가람국은 전체 품목 수 기준 91.5%, 한국은 89.8%의 관세를 즉시 또는 12년 이내에 철폐한다.",
                 max_chars=40)
    assert "즉시 또는 12년" in out, out
    out = bullet(analyzer, "가람국은 현재 8%인 승용차 관세를 협정 발효 즉시 없애고, 화물차와 자동차 부품 관세는 5∼7년에 걸쳐 "
                           "단계적으로 철폐한다.", max_chars=40)
    assert "발효 즉시" in out or "발효" not in out, out


def test_a_manner_inside_a_relative_clause_is_no_clause_of_the_sentence(analyzer):
    # "…날을 정해 돌아가며 | 공급하는 '격일 급수'를 시작했다": "-며" right before the verb that describes the noun is
    # how it is supplied; the split left "공급하는 '격일 급수' 시작"
    out = bullet(analyzer, "농어촌공사 전북본부는 저수지 간 물을 돌려쓰는 '물 나누기' 작업을 진행하고, 일부 지역에서는 논에 물을 "
                           "대는 날을 정해 돌아가며 공급하는 '격일 급수'를 시작했다.")
    assert "공급하는 '격일 급수'" not in out or "돌아가며 공급하는" in out, out


def test_the_time_of_what_a_thing_was_stays_with_it(analyzer):
    # "…새벽 1시에 시작된 경기였지만 …": the date and its relative clause say what the game was; dropped, the bullet
    # opened on "경기였지만"
    out = bullet(analyzer, "현지 시각 오후 5시, 한국 시각으로 새벽 2시에 시작된 경기였지만 온라인 중계 플랫폼 동시 시청자 수는 "
                           "최고 520만명을 기록한 것으로 집계됐다.")
    assert not out.startswith("경기였지만"), out
    assert "시작된 경기였지만" in out, out


def test_a_purpose_told_by_pointing_back_goes(analyzer):
    # "국토교통부는 11일 이 같은 …부담을 덜기 위해 …": the purpose points at the anecdote before, which the bullet does not
    # have; the act stands alone
    out = bullet(analyzer, "국토교통부는 11일 이 같은 청년층의 주거비 부담을 덜기 위해 '청년 월세 특별지원' 사업을 확대 개편한다고 밝혔다.")
    assert "이 같은" not in out and out.startswith("국토교통부, '청년 월세 특별지원' 사업"), out
    out = bullet(analyzer, "이 같은 도심 정체를 줄이기 위해 가람시가 구도심에 진입하는 차량에 통행료를 물리는 제도 도입을 추진한다.")
    assert out.startswith("가람시, "), out
    # (a purpose of its own stays: "…사고를 막기 위해" names what is prevented)
    out = bullet(analyzer, "가람경찰서는 음주운전 사고를 막기 위해 야간 단속을 강화했다.")
    assert "음주운전 사고를 막기 위해" in out, out


def test_a_second_quotation_that_points_back_inside_gives_way_to_the_first(analyzer):
    # "“…몸속에 쌓는다”며 “…높은 수치가 나온 것도 이와 관련이 있어 보인다”": the second quotation's "이와" points at the
    # first; kept alone, it said of nothing what
    out = bullet(analyzer, "한 박사는 “굴은 바닷물을 걸러 먹는 습성 때문에 주변의 플라스틱을 그대로 몸속에 쌓는다”며 “양식장이 "
                           "밀집한 해안 시료에서 높은 수치가 나온 것도 이와 관련이 있어 보인다”고 말했다.")
    assert "이와 관련" not in out and "몸속에 쌓는다" in out, out


FIRE_PAGE = """가람도 야산 산불 15시간째…주민 320명 배편으로 긴급 대피

전남 가람군 서해면의 섬 야산에서 발생한 산불이 15시간째 이어지면서 주민 320여 명이 배편으로 육지로 대피했다.

산불은 전날 오후 서해면 뒷산 중턱에서 시작됐다.

산림청은 전날 오후 6시를 기해 산불 대응 2단계를 발령했다.

대피한 주민 대부분은 목포 시내 체육관에 머물고 있다.
"""


def test_a_lede_a_few_characters_over_keeps_the_clause_with_the_headlines_subject(analyzer):
    # "…산불이 15시간째 이어지면서 | 주민 320여 명이 …대피했다": the clause before names the fire the headline is about;
    # the main clause alone said the residents fled from nothing
    doc, summary = summarize_page(analyzer, FIRE_PAGE)
    assert "산불" in summary.bullets[0] and "대피" in summary.bullets[0], summary.bullets


def test_the_anecdote_before_the_news_makes_no_bullet(analyzer):
    # "검사비는 40만원이 넘었고, 예약은 두 달 뒤에나 가능했다": after the lede its figures read as the new test's; the
    # anecdote's sentences are colour, not news
    doc, summary = summarize_page(analyzer, CLINIC_PAGE)
    assert not any("40만원" in b or "정씨" in b or "권유" in b for b in summary.bullets), summary.bullets


PLANT_PAGE = """가람배터리, 헝가리에 2조원 규모 배터리 2공장 짓는다

이차전지 제조기업 가람배터리가 헝가리에 약 2조1000억원을 투자해 전기차 배터리 제2공장을 건설한다.

가람배터리는 12일 이사회를 열고 헝가리 동부에 연간 생산능력 30GWh 규모의 배터리 셀 공장을 신설하는 안건을 의결했다고 밝혔다.

신규 공장은 올해 4분기 착공해 2027년 하반기부터 양산에 들어갈 예정이다.

회사 측은 이번 투자로 현지에서 약 1500명의 신규 고용이 창출될 것으로 내다봤다.
"""


def test_a_first_sentence_naming_the_headlines_company_is_no_anecdote(analyzer):
    # (guard) "…가람배터리가 헝가리에 약 2조1000억원을 투자해 …건설한다": no day named, the headline's figure only rounded
    # ("2조원"), but the company the headline names is the news; it is no anecdote, and its investment stays in the block
    doc, summary = summarize_page(analyzer, PLANT_PAGE)
    assert any("2조1000억원" in b for b in summary.bullets), summary.bullets


def test_a_date_on_a_named_clock_goes_like_any_date(analyzer):
    # "한국시간 11일 오전 3시 48분": "시간" is the clock's name, not a length of time ("3시간 11일" would be one); the date
    # and its clock go at the level that drops dates
    from pipeline.compress import Compressor
    from bullet_helpers import analyse
    doc = analyse(analyzer, "위성이 한국시간 14일 오전 4시 12분 미국 기지에서 로켓에 실려 발사돼 궤도에 정상 진입했다.")
    out = Compressor(analyzer.kiwi, 30).compress(doc.sentences[0], doc.article.body).text
    assert "14일" not in out and "한국시간" not in out and "궤도에 정상 진입" in out, out


def test_the_speaker_is_not_who_did_what_the_clause_before_reports(analyzer):
    # "가람스페이스는 …위성 '가람샛-3'가 …발사돼 | 목표 궤도에 정상 진입했다고 밝혔다": the satellite entered orbit; the
    # main clause with the speaker alone made the company do it ("가람스페이스, 목표 궤도에 정상 진입")
    out = bullet(analyzer, "우주 스타트업 가람스페이스는 자체 개발한 초소형 관측위성 '가람샛-3'가 미국 캘리포니아주의 한 우주군기지에서 "
                           "민간 로켓에 실려 발사돼 목표 궤도에 정상 진입했다고 밝혔다.")
    assert out != "우주 스타트업 가람스페이스, 목표 궤도에 정상 진입", out
    assert "가람샛-3" in out, out


def test_a_subject_inside_a_relative_clause_is_not_carried_as_the_owner(analyzer):
    # "중국 정부가 …수출 통제를 …시행하면서 | 희토류 의존도가 높은 국내 …업체들에 비상이 걸렸다": the firms are in an
    # emergency, not China ("중국 정부, …업체들에 비상 걸림")
    out = bullet(analyzer, "가람국 정부가 디스프로슘과 테르븀 등 희토류 5종에 대한 수출 통제를 9일부터 전격 시행하면서 희토류 의존도가 "
                           "높은 국내 전기차 모터·반도체·방산 업체들에 비상이 걸렸다.", max_chars=50)
    assert not out.startswith("가람국 정부, 희토류 의존도"), out


def test_a_count_of_days_changed_into_another_is_no_date(analyzer):
    # "평균 40일에서 27일 안팎으로": 27 days, not the 27th; dropped, the bullet said "40일에서 안팎으로"
    from bullet_helpers import analyse
    from pipeline.compress import Compressor
    doc = analyse(analyzer, "기존 항로와 비교하면 운항 일수는 평균 38일에서 25일 안팎으로 13일가량 줄어든다.")
    out = Compressor(analyzer.kiwi, 20).compress(doc.sentences[0], doc.article.body).text
    assert "25일" in out or "38일" not in out, out


CAPTIONED_PAGE = """코스피, 관세 발표에 3% 급락…2,400선 붕괴
입력2025.04.07 15:52
[사진=연합뉴스]
7일 오후 서울 중구 한 은행 딜링룸 전광판에 코스피 지수가 표시되고 있다.

코스피가 미국의 고율 관세 부과 발표 여파로 7일 3% 넘게 급락하며 2,400선 아래로 주저앉았다.

이날 코스피는 전 거래일보다 78.12포인트(3.21%) 내린 2,361.58에 장을 마쳤다.

외국인 투자자는 이날 유가증권시장에서만 1조2,000억원어치를 순매도했다.
"""


def test_a_scene_of_the_day_under_a_photo_credit_is_its_caption(analyzer):
    # "[사진=연합뉴스]" then "7일 오후 …전광판에 코스피 지수가 표시되고 있다.": the credit heads the photo's caption
    from pipeline.parse import parse_article
    article = parse_article(CAPTIONED_PAGE, id="t")
    assert not any("표시되고 있다" in p for p in article.paragraphs), article.paragraphs
    assert article.paragraphs[0].startswith("코스피가 미국의"), article.paragraphs


DROUGHT_PAGE = """바닥 드러낸 저수지…남부 저수율 평년의 절반

평소라면 물이 찰랑였을 둑 아래로 거북등처럼 갈라진 흙바닥이 수백 미터 이어져 있었다.

물가였던 자리에는 말라 죽은 민물조개 껍데기가 하얗게 흩어져 있었다.

저수지 물로 벼농사를 짓는 주민 김만수(70)씨는 갈라진 논바닥을 손으로 쓸며 한숨을 쉬었다.

남부지방에 석 달째 비다운 비가 내리지 않으면서 농업용 저수지가 빠르게 말라가고 있다.

한국농어촌공사에 따르면 18일 기준 전남 지역 농업용 저수지 평균 저수율은 33.1%로 평년의 절반 수준에 그쳤다.

저수율이 30% 아래로 떨어진 저수지는 860곳에 달했다.

기상청은 이번 주 후반 비가 예보돼 있지만 해갈에는 부족할 것으로 내다봤다.
"""


def test_the_frame_right_before_the_dated_news_stays(analyzer):
    # the scene and the farmer are colour; "남부지방에 석 달째 비다운 비가 내리지 않으면서 …" right before the lede is the
    # story's frame, a state of things, and may make a bullet
    doc, summary = summarize_page(analyzer, DROUGHT_PAGE)
    texts = [doc.sentences[ref.sentence].text for ref in summary.source_sentences]
    assert texts[0].startswith("한국농어촌공사에 따르면"), texts
    assert not any(t.startswith(("평소라면", "물가였던", "저수지 물로")) for t in texts), texts
    assert any(t.startswith("남부지방에") for t in texts), texts


# --- a second fresh reading (IT/science and regional news) ------------------------------------------------------

def test_a_claim_to_beat_others_keeps_who_claims_it(analyzer):
    # "…벤치마크에서 해외 빅테크 모델을 앞섰다고 밝혔다": without the frame the company's claim read as a fact
    out = bullet(analyzer, "가람소프트가 새 언어모델을 공개하고, 한국어 벤치마크에서 해외 모델을 앞섰다고 밝혔다.")
    assert out.endswith("앞섰다고 밝혀"), out
    # (guard) a plain report of its own figures drops the frame as before
    assert bullet(analyzer, "가람소프트는 올해 매출이 작년보다 20% 늘었다고 밝혔다.") == "가람소프트, 올해 매출이 작년보다 20% 늘어"


def test_as_is_stays(analyzer):
    # "성능을 그대로 받아들이기는 어렵다": without "그대로" the performance itself is doubted
    from bullet_helpers import analyse
    from pipeline.compress import Compressor
    doc = analyse(analyzer, "업계 일각에서는 회사가 자체 선정한 항목 위주로 결과를 공개한 만큼 성능을 그대로 받아들이기는 어렵다는 지적이 나온다.")
    out = Compressor(analyzer.kiwi, 40).compress(doc.sentences[0], doc.article.body).text
    assert "그대로 받아들이기" in out or "받아들이기" not in out, out


def test_the_scope_of_a_rank_and_where_something_was_seen_stay(analyzer):
    # "부산대에 이어 영남권에서 두 번째로 큰 국립대": without the region it is the second largest in the country
    from bullet_helpers import analyse
    from pipeline.compress import Compressor
    doc = analyse(analyzer, "통합이 이뤄지면 학생 수 약 2만 8천 명, 교원 1천여 명 규모로 가람대에 이어 호남권에서 두 번째로 큰 국립대가 된다.")
    out = Compressor(analyzer.kiwi, 40).compress(doc.sentences[0], doc.article.body).text
    assert "호남권에서 두 번째로" in out or "두 번째" not in out, out
    # "…반야봉 일대 탐방로에서 반달가슴곰이 잇따라 목격되면서": where the bears were seen is the news
    doc = analyse(analyzer, "가람산국립공원 천왕봉 일대 탐방로에서 반달가슴곰이 잇따라 목격되면서 공단이 3일부터 일부 구간의 출입을 통제했다.")
    out = Compressor(analyzer.kiwi, 40).compress(doc.sentences[0], doc.article.body).text
    assert "천왕봉" in out or "목격" not in out, out


def test_how_much_the_clause_before_came_to_is_not_the_topics(analyzer):
    # "창원시는 …긴급 투입하고, 택시 부제도 전면 해제했지만 | 평소 수송 능력의 3분의 1에도 못 미치는 수준입니다": the level
    # is the emergency transport's; neither "택시 부제" (an "also" of the act) nor the city is at a third of capacity
    out = bullet(analyzer, "가람시는 전세버스 150대와 관용차량 20대를 긴급 투입하고, 택시 부제도 전면 해제했지만 평소 수송 능력의 "
                           "절반에도 못 미치는 수준입니다.")
    assert not out.startswith(("택시 부제", "가람시, 평소 수송 능력")), out


def test_a_cleft_ending_on_a_reason_or_a_time_explains_what_came_before(analyzer):
    # "…해상풍력 단지를 짓겠다고 나서면서다", "…복구된 건 밤 9시 10분이 돼서였습니다": kept alone, a fragment ("…나서면서")
    from pipeline.select import explains_unsaid
    for text in ("한 민간 발전사가 섬 서쪽 해상에 해상풍력 단지를 짓겠다고 나서면서다.",
                 "서비스가 완전히 복구된 건 밤 9시 10분이 돼서였습니다."):
        morphs = analyzer.morphs(text)
        assert explains_unsaid(morphs, text), text
    assert not explains_unsaid(analyzer.morphs("회사가 해상풍력 사업에 나섰다."), "회사가 해상풍력 사업에 나섰다.")


def test_a_time_inside_what_a_forecast_says_is_no_schedule(analyzer):
    # "애플이 내년 …을 내놓을 것이란 전망도 꾸준히 제기된다": the forecast is made now; "…제기될 예정" put it ahead
    out = bullet(analyzer, "한빛전자가 내년 첫 폴더블 태블릿을 내놓을 것이란 전망도 꾸준히 제기된다.")
    assert "예정" not in out, out
    assert bullet(analyzer, "가람시는 다음 달 새 도서관을 연다.").endswith("예정")  # (guard) a plan with its time


def test_a_manner_adverb_that_carries_the_point_stays(analyzer):
    # "데이터를 마음껏 쓰는 무제한 요금제": without it, any use of data
    from bullet_helpers import analyse
    from pipeline.compress import Compressor
    doc = analyse(analyzer, "이용자들이 동영상 화질 경쟁 속에 데이터를 마음껏 쓰는 무제한 요금제로 빠르게 옮겨가고 있다.")
    out = Compressor(analyzer.kiwi, 30).compress(doc.sentences[0], doc.article.body).text
    assert "마음껏" in out or "무제한" not in out, out


def test_two_things_contrasted_before_a_concession_are_no_topic_of_the_main_clause(analyzer):
    # "병원은 응급실과 중환자실은 종이 차트로 운영하고 있지만, …외래 환자 …진료 일정을 미루고 있다": the hospital puts off
    # the appointments, not the ICU
    out = bullet(analyzer, "병원은 응급실과 중환자실은 종이 차트로 운영하고 있지만, 하루 평균 3,800명에 이르는 외래 환자 상당수의 "
                           "진료 일정을 미루고 있다.", max_chars=50)
    assert not out.startswith("병원, 중환자실은"), out


BUDGET_PAGE = """경북도, 내년 예산 7조 9천억 편성…"민생·청년에 집중"

경상북도가 내년도 예산을 올해보다 4.2% 늘어난 7조 9천120억원 규모로 편성해 도의회에 제출했다.

김하나 경북지사는 12일 도청 브리핑룸에서 기자회견을 열고 "세수 여건이 녹록지 않지만 민생과 청년에 집중하는 예산만큼은 줄이지 않겠다는 원칙으로 편성했다"고 밝혔다.

분야별로는 사회복지 예산이 2조 4천억원으로 전체의 30.4%를 차지해 가장 많았다.

도는 청년 정착 지원에 올해보다 35% 늘어난 1천50억원을 배정했다.
"""


def test_an_act_of_a_named_body_is_no_anecdote(analyzer):
    # "경상북도가 내년도 예산을 …편성해 도의회에 제출했다": no day named, and the headline's "경북도" is not its name as
    # written, but a named body's act is the news; the governor's dated words after it do not lead
    doc, summary = summarize_page(analyzer, BUDGET_PAGE)
    assert summary.bullets[0].startswith("경상북도, 내년도 예산을"), summary.bullets


HOSPITAL_PAGE = """"환자 기록이 안 열려요"…가람대병원 랜섬웨어 공격에 외래 진료 중단

번호표를 손에 쥔 환자 수십 명이 웅성거리고 있었다.

지난달 수술을 받고 경과를 확인하러 왔다는 박모(61)씨는 “예약 문자까지 받고 왔는데 진료 기록이 안 열린다고 한다”며 한숨을 쉬었다.

창구 직원들은 컴퓨터 대신 종이 접수증에 환자 이름을 손으로 적고 있었다.

가람대병원 전산망이 랜섬웨어 공격을 받아 사흘째 마비됐다.

병원은 하루 평균 3,900명에 이르는 외래 환자 상당수의 진료 일정을 미루고 있다.

병원은 이르면 다음 주부터 외래 진료를 단계적으로 재개할 계획이다.
"""


def test_a_scene_gives_the_lede_past_a_private_persons_words(analyzer):
    # "…환자 수십 명이 웅성거리고 있었다" (no name, no act) gives way to the next sentence that names someone; not to a
    # patient's words ("박모(61)씨는 “…”며 한숨을 쉬었다") but to the hospital's outage
    doc, summary = summarize_page(analyzer, HOSPITAL_PAGE)
    assert summary.bullets[0].startswith("가람대병원 전산망"), summary.bullets


def test_a_subject_after_a_topic_with_also_stays_in_place(analyzer):
    # "하나 남은 항생제도 효과가 제한적이어서 …": the effect is the antibiotic's; moved to the front ("효과, 하나 남은
    # 항생제도 제한적이어서 …") it read as garbled
    out = bullet(analyzer, "하나 남은 신약 계열 항생제도 효과가 제한적이어서, 사실상 치료 수단이 거의 없는 상태라는 설명입니다.")
    assert not out.startswith("효과,"), out
    assert "항생제도 효과" in out, out


def test_a_window_of_time_is_not_split_into_clauses(analyzer):
    # "…보고 후 24시간이 지나고 72시간 이내에 표결이 이뤄져야 한다": kept alone, "72시간 이내에 표결" moved the window
    out = bullet(analyzer, "가람당은 이날 소속 의원 120명 전원의 서명을 받아 해임건의안을 국회에 제출했으며, 국회법에 따라 본회의 "
                           "보고 후 24시간이 지나고 72시간 이내에 표결이 이뤄져야 한다.")
    assert out != "72시간 이내에 표결이 이뤄져야 함", out
    assert "24시간" in out or "72시간" not in out, out


def test_a_decision_told_as_what_came_before_dangles(analyzer):
    # "…등록금심의위원회 3차 회의를 열고 이같이 의결했다": the decision is the sentences' before; alone, "이같이 의결" says
    # of nothing what
    from bullet_helpers import analyse
    from pipeline.select import dangling_reason
    doc = analyse(analyzer, "가람대는 이날 교내 회의실에서 등록금심의위원회 3차 회의를 열고 이같이 의결했다.")
    assert dangling_reason(doc.sentences[0].morphs, doc.sentences[0].text) is not None
    doc = analyse(analyzer, "이사회는 배당을 주당 500원으로 결정했다.")  # (guard) a decision told in full
    assert dangling_reason(doc.sentences[0].morphs, doc.sentences[0].text) is None


def test_a_topic_that_points_back_after_an_opening_setting_dangles(analyzer):
    # "7년이 지난 지금, 그 이야기는 할리우드 …제작 목록에 이름을 올렸다": "that story" is the sentences' before; the bullet
    # read "7년이 지난 지금, 그 이야기, …"
    from bullet_helpers import analyse
    from pipeline.select import dangling_reason
    doc = analyse(analyzer, "5년이 지난 지금, 그 이야기는 해외 스튜디오의 제작 목록에 이름을 올렸다.")
    assert dangling_reason(doc.sentences[0].morphs, doc.sentences[0].text) is not None
    doc = analyse(analyzer, "한편, 이 가운데 3명은 구속됐다.")  # (guard) a part of a whole is another rule's
    assert "setting" not in (dangling_reason(doc.sentences[0].morphs, doc.sentences[0].text) or "")


FISH_PAGE = """"바다가 끓었다"…가람 가두리 양식장 우럭 60만 마리 떼죽음

어선 엔진 소리가 멎자 비릿한 냄새가 바람을 타고 밀려왔다.

가두리 그물 안 수면에는 하얀 배를 드러낸 우럭들이 빼곡히 떠 있었다.

30년째 양식업을 해 온 김말순(66)씨는 뜰채로 죽은 물고기를 한참 퍼 올리다 손을 멈췄다.

남해안을 덮친 고수온이 3주째 이어지면서 가람 연안 양식장의 우럭 떼죽음이 눈덩이처럼 불어나고 있다.

가람도에 따르면 이달 1일 이후 19일 오전까지 4개 시군 양식장 81곳에서 약 150만 마리가 폐사한 것으로 잠정 집계됐다.

이 가운데 가람시에서만 우럭 60만 마리가 죽었다.

피해액은 약 25억원으로 추산된다.
"""


def test_the_frame_that_says_the_headline_leads_over_the_dated_count(analyzer):
    # after the scene and the farmer, "…고수온이 3주째 이어지면서 …우럭 떼죽음이 …불어나고 있다" says the headline; the
    # dated count after it ("가람도에 따르면 이달 1일 이후 …") says none of its points: the frame leads
    doc, summary = summarize_page(analyzer, FISH_PAGE)
    assert summary.bullets[0].startswith("남해안을 덮친 고수온"), summary.bullets
    # "…우럭 60만 마리가 죽었다" -> "…마리 죽어": "죽음" reads as the noun "death"
    assert not any(b.endswith("죽음") for b in summary.bullets), summary.bullets
