"""Readings from fresh news read this session (setCK–setCN): pages, leads and compressions an editor turned down.
Articles and sentences written for these tests (not news copy)."""
import pytest

from bullet_helpers import bullet, only_sentence, summarize_page
from pipeline.parse import parse_article
from pipeline.select import background


# --- pages -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("scene", ["분향소가 마련되어 있다", "꽃다발이 놓여 있다", "작품들이 전시돼 있다", "현수막이 걸려 있다"])
def test_a_state_a_photo_shows_signed_by_its_agency_is_a_caption(scene):
    # "…장례식장에 …씨 빈소가 마련되어 있다. 뉴시스" above the lede was the block's first bullet
    text = ("한빛운수 대표 1심 실형\n"
            "입력 2025-03-28 15:07\n"
            f"지난 2월 25일 오후 한빛시 시민회관에 {scene}. 한빛뉴스\n"
            "택시기사를 폭행한 혐의로 재판에 넘겨진 한빛운수 대표가 1심에서 실형을 선고받았다.\n"
            "한빛지법은 28일 대표 김모씨에게 징역 1년 6개월을 선고했다.\n")
    article = parse_article(text, id="p")
    assert any(c.endswith("한빛뉴스") for c in article.captions)
    assert article.paragraphs[0].startswith("택시기사를 폭행한")


def test_a_state_in_prose_is_no_caption():
    # the same "-어 있다" in a paragraph with no credit after it stays prose
    text = ("한빛시 새 청사 개관\n"
            "한빛시 새 청사 1층에는 시민들이 쉴 수 있는 북카페가 마련되어 있다.\n"
            "시는 다음 달 개관식을 연다.\n")
    article = parse_article(text, id="p")
    assert article.paragraphs[0].endswith("마련되어 있다.")


def test_a_contact_line_above_the_headline_is_no_headline():
    # "광고문의 02-724-7792" on the page's first line was read as the headline; the real one became a sub-headline
    text = ("광고문의 02-123-4567\n\n"
            "'한빛법 위반' 원청 대표 첫 실형 확정\n\n"
            "한빛법 위반 혐의로 재판에 넘겨진 원청업체 대표에 대해 처음으로 징역 실형이 확정됐다.\n\n"
            "대법원 3부는 28일 한빛제강 대표 A씨에 대한 상고심에서 징역 1년을 선고한 원심 판결을 확정했다.\n")
    article = parse_article(text, id="p")
    assert article.title == "'한빛법 위반' 원청 대표 첫 실형 확정"
    assert not article.subtitle


# --- leads -------------------------------------------------------------------------------------------------------

def test_a_lede_whose_act_is_a_verbal_noun_in_the_past_is_no_scene(analyzer):
    # "…원청업체 대표에 대해 처음으로 징역 실형이 확정됐다." has no name and no number, but "확정됐다" reports what
    # happened: it was passed over as a scene-setter, and the block opened with the court's long sentence and lost "처음으로"
    from pipeline.config.summarize import SummarizeConfig
    from pipeline.engines import build_engine

    doc, summary = summarize_page(analyzer, "산업안전법 위반 원청 대표 첫 실형 확정\n\n"
                                            "산업안전법 위반 혐의로 재판에 넘겨진 원청업체 대표에 대해 처음으로 징역 실형이 확정됐다.\n\n"
                                            "대법원 3부는 28일 한빛제강 대표 A씨(69)에 대한 상고심에서 징역 1년에 벌금 1억원을 선고한 "
                                            "원심 판결을 확정했다.\n\n"
                                            "A씨는 지난해 3월 한빛제강 공장에서 협력업체 근로자가 방열판에 깔려 숨진 사고와 관련해 "
                                            "재판에 넘겨졌다.\n\n"
                                            "검찰은 A씨에게 안전보건 의무를 다하지 않은 책임이 있다고 봤다.\n")
    engine = build_engine("kiwi", SummarizeConfig(), analyzer)
    assert engine.lede(doc, engine.content(doc)) == 0
    assert summary.bullets[0].startswith("산업안전법 위반 혐의로 재판에 넘겨진 원청업체 대표에 대해 처음으로")


def test_a_term_in_ran_defined_is_background(analyzer):
    # "속보치란 …추정 발표하는 수치를 말한다" became a bullet (with the sentence before's topic put in front of it)
    for text in ("속보치란 기초 통계를 기반으로 전분기 대비 증가율을 계산해 먼저 추정 발표하는 수치를 말한다.",
                 "실체적 경합이란 여러 행위로 여러 죄를 저지른 경우를 일컫는다."):
        assert background(only_sentence(analyzer, text).morphs)
    # guard: what someone says stays news
    assert not background(only_sentence(analyzer, "한빛시장은 시민들의 요구를 꾸준히 말한다.").morphs)


# --- compression -------------------------------------------------------------------------------------------------

def test_a_setting_with_a_named_subject_goes_when_the_rest_has_its_own(analyzer):
    # "최근 코스피가 …(AI) 거품론 등에 휘청인 가운데 지난주 외국인의 …순매도액이 역대 최대를 기록": 62 characters; the
    # index's stumble is the setting, the record has its own subject (and a parenthetical is no quotation)
    out = bullet(analyzer, "최근 가온지수가 미국발 인공지능(AI) 거품론 등에 휘청인 가운데 지난주 외국인의 가온지수 순매도액이 "
                           "역대 최대를 기록한 것으로 나타났다.")
    assert out == "지난주 외국인의 가온지수 순매도액, 역대 최대를 기록"


def test_a_setting_whose_named_actor_makes_the_claim_stays(analyzer):
    # guard: the subject after the setting is the claim's ("…발사가 성공했다고 주장"): who claims is the setting's actor
    out = bullet(analyzer, "가온국이 지난 주말 동해상으로 새로운 장거리 탄도미사일 발사를 감행한 가운데 이번 시험 발사가 완전히 "
                           "성공했다고 관영 매체를 통해 주장했다.")
    assert out.startswith("가온국이")
