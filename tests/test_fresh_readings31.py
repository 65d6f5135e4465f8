"""Readings of this session: faults found on articles the engine had never seen (written for the evaluation, not news
copy). Sentences here are written for these tests."""
from bullet_helpers import bullet


def test_the_difference_of_a_comparison_is_no_date_and_its_adverb_stays(analyzer):
    # "지난해보다 9일 빨리": by nine days, not on the ninth; without "빨리" the comparison compares nothing
    out = bullet(analyzer, "올해 벚꽃 개화는 지난해보다 9일 빨리 시작됐는데, 기상청은 예년보다 높은 기온이 이어지면서 꽃눈이 일찍 "
                           "깨어난 것으로 보고 있다.")
    assert "지난해보다 9일 빨리" in out, out
    assert "지난해보다 시작" not in out, out


def test_a_clause_that_is_a_titles_content_stays_with_it(analyzer):
    # "…돌려주는 내용의 ‘…개정안’": without the clause, "내용의" would say nothing
    out = bullet(analyzer, "도의회는 27일 본회의를 열고 소상공인에게 임대료 일부를 먼저 지원하는 내용의 '한빛도 소상공인 지원 및 "
                           "골목상권 활성화에 관한 조례 개정안'을 통과시켰다.")
    assert not out.startswith("도의회, 내용의"), out
    assert "임대료 일부를" in out and "지원하는 내용의" in out, out


def test_a_period_of_a_relative_clause_is_not_carried_to_the_main_clause(analyzer):
    # "지난해 발사된 1호기를 포함해 …완성할 계획": "지난해" dates the launch, not the plan
    out = bullet(analyzer, "연구원은 지난해 발사된 1호기를 포함해 2030년까지 총 12기를 차례로 쏘아 올려 위성 관측망을 완성할 "
                           "계획이다.")
    assert "지난해 위성 관측망" not in out and not ("지난해" in out and "발사된" not in out), out


def test_a_forecast_frames_its_own_subject(analyzer):
    # "…올라 | 저소득 가구 약 120만곳이 혜택을 받을 것으로 예상된다": the households get it, not the threshold
    out = bullet(analyzer, "주거급여 선정기준액은 1인 가구 월 120만3,000원, 4인 가구 월 300만8,000원으로 올라 소득 하위 40% "
                           "저소득 가구 약 120만곳이 혜택을 받을 것으로 예상됩니다.")
    assert not out.startswith("주거급여 선정기준액, 소득"), out
    assert "120만곳" in out and out.endswith("받을 전망"), out


def test_a_breakdown_by_kind_does_not_stand_for_the_figure_it_breaks_down(analyzer):
    # "…연평균 수강료는 …올랐고, 기관 유형별로는 공립이 …, 사립이 …였다": alone the second clause says of no figure
    out = bullet(analyzer, "수강생 1인당 연평균 수강료는 312만4,000원으로 지난해보다 3.1%(9만4,000원) 올랐고, 기관 유형별로는 "
                           "사립이 351만2,000원, 공립이 198만7,000원이었다.")
    assert out.startswith("수강생 1인당 연평균 수강료"), out
    assert "312만4,000원" in out, out


def test_a_figures_copula_after_a_units_symbol_is_no_verb(analyzer):
    # Kiwi reads "㎜입니다" as the verb "이다" (carry on the head): a figure's copula, no plan ("…㎜일 예정")
    out = bullet(analyzer, "내일까지 남부 지방의 예상 강수량은 30~80㎜입니다.")
    assert "예정" not in out and out.endswith("30~80㎜"), out
    from pipeline.analysis import Analyzer
    morphs = [(m.form, m.tag) for m in analyzer.morphs("강수량은 30~80㎜입니다.")]
    assert ("이", "VCP") in morphs and ("이", "VV") not in morphs, morphs


def test_a_regions_will_in_a_weather_report_is_a_forecast(analyzer):
    out = bullet(analyzer, "낮에도 강원 산간의 기온이 영하 8도에 머무는 등 중부 대부분 지역이 종일 영하권을 벗어나지 못하겠습니다.")
    assert out.endswith("벗어나지 못할 전망"), out
    # (guard: an actor's "-겠다" with an object is its intention, kept as said)
    out = bullet(analyzer, "시는 내년 예산을 크게 늘리겠다.")
    assert out.endswith("늘리겠다"), out


def test_a_foreign_names_part_read_as_an_adverb_stays(analyzer):
    # Kiwi reads "모로" (a surname) as the adverb "sideways": an adverb does not stand between a name and a noun
    out = bullet(analyzer, "김하늘 외교부 장관은 이날 오전 서울 종로구 외교부 청사에서 방한 중인 캐서린 모로 캐나다 외교장관과 "
                           "약 2시간 동안 회담한 뒤 만찬을 함께했다.")
    assert "캐서린 모로 캐나다 외교장관" in out, out


def test_a_counted_subject_takes_no_particle_before_a_bare_verbal_noun(analyzer):
    # "작품 40점이 전시됐다": "점" after a figure counts pieces, no "point" whose clause would follow
    assert bullet(analyzer, "본관 1층 전시실에 청자와 백자 등 작품 40점이 전시됐다.").endswith("작품 40점 전시")
    # (guard: "점" as the point keeps its frame)
    assert "점, " not in bullet(analyzer, "눈여겨볼 점은 관람객의 절반이 20대였다는 것이다.")


def test_a_sentence_that_follows_the_one_before_is_no_bullet(analyzer):
    from pipeline.select import dangling_reason
    for text, dangles in [("교통·물류 6,210억원, 문화·관광 4,120억원 등이 뒤를 이었다.", True),
                          ("가람전자가 1위를 차지했고 한빛전자가 뒤를 이었다.", False),
                          ("보건 분야 예산이 2조원으로 가장 많았다.", False)]:
        morphs = analyzer.morphs(text)
        assert (dangling_reason(morphs, text) is not None) == dangles, (text, dangling_reason(morphs, text))


def test_a_pronoun_after_an_inquirys_frame_dangles(analyzer):
    # "검찰 수사 결과 이들은 …": after the frame, "이들" points at people named before
    from pipeline.select import dangling_reason
    text = "검찰 수사 결과 이들은 중개업자에게 건당 최대 900만원의 수수료를 주고 세입자를 모은 것으로 드러났다."
    assert dangling_reason(analyzer.morphs(text), text) is not None
    text = "검찰 수사 결과 가람건설 대표는 중개업자에게 건당 최대 900만원의 수수료를 준 것으로 드러났다."
    assert dangling_reason(analyzer.morphs(text), text) is None


def test_what_exists_in_a_main_clause_is_the_first_topics(analyzer):
    # "기존 로봇은 …걷지만, | …넘어지는 한계가 있었다": whose limit it was stays said
    out = bullet(analyzer, "기존 바퀴형 로봇은 평평한 실내나 정돈된 야외에서는 안정적으로 움직이지만, 자갈이나 철근이 뒤엉킨 "
                           "붕괴 현장에서는 자주 멈추거나 뒤집히는 한계가 있었다.")
    assert out.startswith("기존 바퀴형 로봇, "), out


def test_an_islands_name_is_no_also(analyzer):
    # Kiwi reads "가거도 인근" as "가거" + the particle "도" (also); after a county, or at sea, it is the island's name
    morphs = [(m.form, m.tag) for m in analyzer.morphs("전남 신안군 가거도 인근 해상에서 어선이 뒤집혔다.")]
    assert ("가거도", "NNP") in morphs, morphs
    from bullet_helpers import summarize_page
    page = ("신안 해상서 어선 전복\n\n"
            "오늘 새벽 전남 신안군 가거도 인근 해상에서 조업 중이던 어선이 뒤집혀 선원 8명 가운데 6명이 구조되고 2명이 실종됐습니다.\n"
            "해경은 경비함정 5척과 헬기 2대를 보내 실종자를 찾고 있습니다.\n"
            "사고 당시 해상에는 초속 12m 안팎의 강한 바람이 불고 있었습니다.\n")
    _, summary = summarize_page(analyzer, page)
    assert summary.bullets[0].startswith("전남 신안군 가거도 인근 해상에서"), summary.bullets
    # (guard: after a name that is no island, "도" is "also")
    assert ("도", "JX") in [(m.form, m.tag) for m in analyzer.morphs("서울시도 인근 지자체와 협력한다.")]


def test_a_charge_covers_the_clause_before_it(analyzer):
    # "A씨는 …계약을 맺고 …빼돌린 혐의를 받고 있다": alone the first clause would state the alleged act as fact
    out = bullet(analyzer, "A씨는 2020년부터 지난해까지 납품업체와 허위 용역 계약을 맺고 용역 대금을 부풀려 지급한 뒤 차액을 "
                           "돌려받는 방식으로 모두 63억원을 빼돌린 혐의를 받고 있다.")
    assert "혐의" in out, out
    # (guard: a finding inside an earlier clause is no frame of the main one)
    from pipeline.compress import _alleged
    main = list(analyzer.morphs("이 가운데 38가구가 계속 머무는 것으로 알려지자 사업 규모를 늘리기로 했다."))
    assert not _alleged(main)
    assert _alleged(list(analyzer.morphs("빼돌린 돈을 아파트 구입비 등에 쓴 것으로 알려졌다.")))


def test_what_is_put_together_goes_whole_with_its_frame(analyzer):
    # "…위치 기록과 출입 기록, 동료들의 진술 등을 종합하면": the list before the comma is the frame's object too
    out = bullet(analyzer, "하지만 항소심 재판부는 B씨의 휴대전화 위치 기록과 물류센터 출입 기록, 동료 기사들의 진술 등을 종합하면 "
                           "B씨가 발병 전 12주 동안 주당 평균 63시간가량 일한 것으로 보인다고 판단했다.")
    assert "출입 기록," not in out and "B씨가 발병 전 12주 동안" in out, out


def test_a_later_item_of_a_list_of_figures_keeps_its_topic_particle(analyzer):
    # "…산지에 10~30㎝, 많은 곳은 40㎝ 이상": a comma there would read as one more item ("많은 곳, 40㎝ 이상")
    out = bullet(analyzer, "내일 오전까지 경북 북부 산지에 5~20㎝, 많은 곳은 30㎝ 이상의 눈이 더 내릴 것으로 보인다.")
    assert "많은 곳은 30㎝ 이상" in out and "많은 곳," not in out, out


def test_the_agent_of_a_passive_leads_the_headline(analyzer):
    # "…진단법이 국내 연구진에 의해 개발됐다": a headline says who did it first ("…진단법, 국내 연구진에 의해 개발" reads
    # as translation)
    out = bullet(analyzer, "소변 속 미세한 대사물질 변화를 분석해 대장암을 초기 단계에서 찾아내는 새로운 검사법이 국내 연구진에 의해 "
                           "개발됐다.")
    assert out.startswith("국내 연구진, 소변 속") and out.endswith("새로운 검사법 개발"), out
    assert bullet(analyzer, "선원 5명이 해경에 의해 구조됐다.") == "해경, 선원 5명 구조"
    # (guard: after a clause of its own, the subject is the clause's; the words stay)
    assert "소방당국에 의해" in bullet(analyzer, "주민들이 대피하자 건물이 소방당국에 의해 철거됐다.")


def test_a_fault_pointed_out_keeps_who_pointed_it_out(analyzer):
    # "재판부는 …점이 1심에서 반영되지 않았다고 지적했다": without the frame the court would be the one that failed to count
    out = bullet(analyzer, "재판부는 B씨가 매일 새벽 분류 작업을 한 점이 1심에서 업무시간에 반영되지 않았다고 지적했다.")
    assert out.endswith("반영되지 않았다고 지적"), out
    out = bullet(analyzer, "노조는 회사가 지난해 약속한 임금 인상분을 아직 지급하지 않았다고 주장했다.")
    assert out.endswith("지급하지 않았다고 주장"), out
    # (guard: what a thing is called reads as the speaker's in a headline; the frame goes as before)
    assert bullet(analyzer, "상인들은 이번 조치가 일방적 규제라고 지적했다.") == "상인들, 이번 조치 일방적 규제"
