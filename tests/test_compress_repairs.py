"""Readings that deletions must not break: a verb Kiwi reads as a pronoun ("여는" as "여" + "는"), "X은 물론 Y도",
the target of a verb with no other object ("…학교만을 대상으로 지원했으나"), a time topic that acts in no clause
("올해는"), and the writer's own list numbering ("우선, ① …"). Sentences written for these tests (not news copy)."""
import pytest

from bullet_helpers import bullet


def test_a_verb_read_as_a_pronoun_is_kept(analyzer):
    # Kiwi reads "여는" (열다 + -는) as the pronoun "여" + "는": it is neither dropped nor given a topic comma
    out = bullet(analyzer, "강원 최전방 한빛군에서 3개 사단 군부대가 여는 가을 축제가 위축된 지역 상경기 회복에 도움을 주고 있다.")
    assert "군부대가 여는 가을 축제가" in out


def test_a_pronoun_subject_still_goes(analyzer):
    assert bullet(analyzer, "그는 이번 대회에서 금메달을 땄다.") == "이번 대회에서 금메달을 땀"


def test_not_only_keeps_its_adverb(analyzer):
    out = bullet(analyzer, "협약식에선 한빛시와 가람군이 상생 발전하는 데 적극적 동반자로 뜻을 같이함은 물론 지속가능한 "
                           "협력사업도 함께 발굴해 나가기로 했다.")
    assert "같이함은 물론 지속가능한" in out


@pytest.mark.parametrize("sentence, expected", [
    # the target is the verb's only argument: the concession keeps it, or the main clause stands with its topic
    ("한빛시교육청은 지난해 읍면지역에 전문인력과 예산이 없는 초등학교, 중학교만을 대상으로 지원했으나 올해는 읍면지역의 "
     "한빛고, 한빛여고, 한빛공고 3개교를 추가로 지원한다.",
     "한빛시교육청, 올해는 읍면지역의 한빛고, 한빛여고, 한빛공고 3개교를 추가로 지원"),
])
def test_a_time_topic_does_not_replace_who_acts(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_a_target_goes_only_when_the_verb_has_its_own_object(analyzer):
    # "…을 대상으로 … 결과를 발표": the verb has its object; the target may go when the bullet is too long
    out = bullet(analyzer, "한빛유통공사는 전국 19개 지역 전통시장 18곳과 대형유통업체 27곳을 대상으로 김장에 쓰이는 농수산물 "
                           "13개 품목의 가격을 조사한 결과를 발표했다.")
    assert out == "한빛유통공사, 김장에 쓰이는 농수산물 13개 품목의 가격을 조사한 결과 발표"


@pytest.mark.parametrize("sentence, expected", [
    ("우선, ① 별관 건물은 1층을 벽체 대신 기둥으로 지탱하는 '필로티' 구조입니다.", "별관 건물, 1층을 벽체 대신 기둥으로 지탱하는 '필로티' 구조"),
    ("먼저 한빛시는 다음 달 공청회를 연다.", "한빛시, 다음 달 공청회를 열 예정"),
])
def test_the_writers_list_numbering_and_first_go(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the last clause's forecast covers the first: its "-겠-" would read as a sentence ending in a bullet
    ("이번 비는 일요일인 내일 오전에 대부분 그치겠으며, 오후에는 맑은 날씨가 이어지겠다.",
     "이번 비는 일요일인 내일 오전에 대부분 그치며, 오후에는 맑은 날씨 이어질 전망"),
    # a last clause that forecasts nothing leaves the first clause's intention as it is
    ("한빛시는 낡은 다리를 고치겠으며 도로도 이미 넓혔다.", "한빛시, 낡은 다리를 고치겠으며 도로도 이미 넓힘"),
])
def test_an_inner_forecast_ending_gives_way_to_the_last(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_what_a_blind_reading_found_broken(analyzer):
    # the time with its gloss went and left "에" behind ("우주청, 에 …")
    out = bullet(analyzer, "한빛우주청은 30일 오전 10시 21분(현지시간 14시 21분)에 해외 발사장에서 발사된 ‘한빛위성 1호’가 "
                           "성공적으로 발사됐다고 밝혔다.", max_chars=50)
    # (the titled satellite is the reported clause's own subject: the agency's report keeps its frame)
    assert out == "한빛우주청, 해외 발사장에서 발사된 ‘한빛위성 1호’가 성공적으로 발사됐다고 밝혀"
    # the spoken "-ㄴ 겁니다" ends as the act it names, not "…감소한 겁"
    out = bullet(analyzer, "반도체 수출이 크게 줄면서 전체 수출도 14% 이상 감소한 겁니다.")
    assert out.endswith("14% 이상 감소함")
    # "스스로" is what the finding is about: it stays when adverbs go
    out = bullet(analyzer, "한빛대 연구팀은 온도에 따라 스스로 모양을 바꾸는 나노 구조체를 세계 최초로 만들어 국제 학술지에 "
                           "발표했다고 25일 밝혔다.", max_chars=50)
    assert "스스로 모양을 바꾸는" in out


def test_the_day_before_is_not_merged_with_the_storys_day(analyzer):
    # read blind twice: "전날" dropped made the day before's remark or match read as the story's own
    out = bullet(analyzer, "전날 경기 후 김하늘에게 '정말 귀엽다'고 했던 박가람 감독은 김하늘에 대해 “특히 사랑을 더 줘야 할 "
                           "선수”라고 말했다.")
    assert out.startswith("전날 경기 후")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "…를 포함해 총 5인": the count with who is in it, not a first step of two clauses
        ("한빛문학사는 제3회 ‘한빛 신인 작가상’에 장편소설 부문 김하나 작가를 포함해 총 5인을 선정했다고 17일 밝혔다.",
         "한빛문학사, 제3회 ‘한빛 신인 작가상’에 장편소설 부문 김하나 작가를 포함해 총 5인 선정"),
        # a date between the reported clause and its reporter: the reporter still opens the bullet
        ("한빛시와 가람시가 통합 협약을 맺었다고 26일 일부 지역 언론들이 신속하게 보도했다.",
         "일부 지역 언론들, 한빛시와 가람시가 통합 협약을 맺었다고 26일 신속하게 보도"),
        # seconds are part of the time that goes ("…27분 49초": no "49초" left behind)
        ("기상청은 3일 오전 8시 27분 49초 한빛군 북쪽 11㎞ 지역에서 규모 3.1 지진이 발생한 이후 흔들림을 느꼈다는 신고가 65건 "
         "접수됐다고 밝혔다.",
         "기상청, 한빛군 북쪽 11㎞ 지역에서 규모 3.1 지진이 발생한 이후 흔들림을 느꼈다는 신고 65건 접수"),
        # "…30분 기준," goes with its time, comma and all
        ("한빛소방본부에 따르면 이날 오후 8시 30분 기준, 진동을 느꼈다는 신고가 한빛도 43건, 가람도 4건, 다온도 2건, 누리도 1건, "
         "새봄도 1건, 하늘도 1건으로 집계됐다.",
         "진동을 느꼈다는 신고, 한빛도 43건, 가람도 4건, 다온도 2건, 누리도 1건, 새봄도 1건, 하늘도 1건으로 집계"),
        # a broadcaster's "네," and an opening "이어진" lean on what came before
        ("네, 한빛시는 오늘 새 버스 노선 12개를 발표했습니다.", "한빛시, 오늘 새 버스 노선 12개 발표"),
        ("이 날 지수는 장 초반 약보합으로 출발해 오후께 하락으로 돌아섰다.", "지수, 장 초반 약보합으로 출발해 오후께 하락으로 돌아섬"),
        ("이어진 9회 말 김하나 선수가 끝내기 안타를 쳐 승부를 끝냈다.", "9회 말 김하나 선수, 끝내기 안타를 쳐 승부를 끝냄"),
        # to whom words were said goes ("본지에", "기자들에게"); to whom a demand was made stays
        ("한빛엔터 관계자는 28일 본지에 “출연을 검토 중”이라고 말했다.", "한빛엔터 관계자, “출연을 검토 중”"),
        ("김 시장은 기자들에게 “예산을 늘리겠다”고 말했다.", "김 시장, “예산을 늘리겠다”"),
        ("한빛노조는 정부에 “임금을 올려라”라고 요구했다.", "한빛노조, 정부에 “임금을 올려라” 요구"),
        # "…30분 기준으로" goes with its time; "…자료를 보면" is a lead-in like "…에 따르면"
        ("한빛 외환시장에서 원/달러 환율은 오후 3시 30분 기준으로 외국인의 거센 주식 순매도에 전 거래일보다 5.9원 오른 "
         "1,390.9원으로 주간거래를 마쳤다.",
         "원/달러 환율, 외국인의 거센 주식 순매도에 전 거래일보다 5.9원 오른 1,390.9원으로 주간거래를 마침"),
        ("28일 한빛청이 발표한 '2025년 양곡 소비량조사 결과'를 보면 지난해 1인당 연간 쌀 소비량은 61㎏으로 전년과 비교해 "
         "800g 감소했다.",
         "지난해 1인당 연간 쌀 소비량, 61㎏으로 전년과 비교해 800g 감소"),
        # ... but a film is where the thing happens, not a document
        ("마법사 간달프는 영화 ‘반지의 제왕’을 보면 호빗 마을에서 신기한 불꽃놀이를 보여준다.",
         "마법사 간달프, 영화 ‘반지의 제왕’을 보면 호빗 마을에서 신기한 불꽃놀이를 보여줌"),
        # "(이하 …)": the shorthand stays without "이하", or goes when it is the name's own last word
        ("한빛전자 사내 최대 노조인 전국한빛전자노동조합(이하 전한노)이 7일 첫 연가 투쟁에 나섰다.",
         "한빛전자 사내 최대 노조인 전국한빛전자노동조합(전한노), 7일 첫 연가 투쟁에 나섬"),
        ("한빛시는 한빛문화재단(이하 재단)과 협약을 맺고 예산 12억원을 지원하기로 했다.", "한빛시, 한빛문화재단과 협약을 맺고 예산 12억원을 지원하기로"),
        # a list of who reports, with commas, after "…에 의하면": the reporters keep the headline comma
        ("한빛일보 7일 보도에 의하면 한빛대, 가람대 등 공동연구진이 새 소재가 열에 강하다고 발표했다.",
         "한빛대, 가람대 등 공동연구진, 새 소재가 열에 강하다고 발표"),
        # a term in single marks with "라고" is told with "로" ("…'예고된 인재'로 규정"); a clause before a quoted term
        # that holds the main clause's object stays with it (one verb, one object)
        ("전문가들은 이번 사태를 '예고된 인재'라고 규정했다.", "전문가들, 이번 사태를 '예고된 인재'로 규정"),
        ("한빛일보는 김 시장의 지난 한 해 시정과 인사 정책 전반을 가람 스캔들 등 각종 의혹으로부터 자신을 지키기 위한 "
         "'실시간 전투'라고 해석했습니다.",
         "한빛일보, 김 시장의 지난 한 해 시정과 인사 정책 전반을 자신을 지키기 위한 '실시간 전투'로 해석"),
        # a score in brackets is the result, not an aside
        ("한빛일보는 지난 20일 한빛시 가람동 시민야구장(옛 프로야구 2군 구장)에서 열린 결승전에서 누리방송과 연장전까지 가는 "
         "혈투 끝에 짜릿한 역전승(10대9)을 거뒀다.",
         "한빛일보, 결승전에서 누리방송과 연장전까지 가는 혈투 끝에 짜릿한 역전승(10대9)을 거둠"),
    ],
)
def test_repairs_found_reading_fresh_news(analyzer, sentence, expected):
    assert bullet(analyzer, sentence) == expected


def test_a_subject_kiwi_reads_as_a_determiner_is_kept(analyzer):
    # Kiwi reads "삼성이 하만을 통해" as "삼성" + the determiner "이": the means goes, not the subject with it
    out = bullet(analyzer, "외신은 삼성이 하만을 통해 사용자가 음성으로 음악을 고르게 하는 새 인공지능 스피커를 올해 안에 내놓을 "
                           "계획이라고 전했다.")
    assert "삼성이" in out
