"""Tags a page or a wire puts around the news (a dateline in 【】 before the lede, "(종합)" or "| 한빛일보" after
the headline, a photo's scene written as a sentence) stay out of the block. Every page here is written for the tests."""
import pytest

from pipeline.parse import parse_article

BODY = ("한빛시가 시립 중앙도서관을 새로 열었다고 5일 밝혔다.", "도서관은 장서 20만권을 갖췄고 열람석 500석을 둔다.",
        "시는 2027년까지 분관 3곳을 더 짓는다.")


@pytest.mark.parametrize("dateline", ["【한빛】", "【 한빛 】 ", "【한빛·서울】"])
def test_a_dateline_in_lenticular_brackets_leaves_the_lede(dateline):
    article = parse_article("\n".join(["한빛시, 새 도서관 개관", dateline + BODY[0], *BODY[1:]]), id="d")
    assert article.paragraphs[0] == BODY[0]


def test_a_bracket_inside_a_later_paragraph_stays():
    line = "【한빛】 도서관 이름은 시민 공모로 정했다."  # past the lede a bracket is the writer's, left alone
    article = parse_article("\n".join(["한빛시, 새 도서관 개관", *BODY, "시장은 개관식에서 축사를 했다.", line]), id="d")
    assert line in article.paragraphs


@pytest.mark.parametrize("title", ["한빛시, 새 도서관 개관(종합)", "한빛시, 새 도서관 개관 (종합2보)", "한빛시, 새 도서관 개관(1보)",
                                   "한빛시, 새 도서관 개관 |", "한빛시, 새 도서관 개관 | 한빛일보", "한빛시, 새 도서관 개관(종합) | 한빛일보"])
def test_a_wire_tag_or_a_page_title_suffix_leaves_the_headline(title):
    assert parse_article("\n".join([title, *BODY]), id="t").title == "한빛시, 새 도서관 개관"


@pytest.mark.parametrize("title", ["연봉 2|3 비율 논란", "한빛시 (가칭) 새 도서관 이름 공모"])
def test_a_headline_without_such_a_tag_is_kept_whole(title):
    assert parse_article("\n".join([title, *BODY]), id="t").title == title
