"""The page in a real headless browser: Debian's ``chromium`` driven by Playwright.

Pastes the seed article, submits, and checks the rendered DOM: five bullets, each
linked to a highlighted source sentence that hovering marks; the copy button puts
the ``[기사요약]`` block on the clipboard; the form also works with JavaScript off.
Screenshots are saved to ``runs/serve/page.png`` and ``runs/serve/error.png``.
"""
import shutil

import pytest
from conftest import REPO, SEED_PATH
from pipeline.serve.process import running_server

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium on PATH (Debian: apt-get install chromium; .ci/run installs it)")
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')")

SCREENSHOT = REPO / "runs" / "serve" / "page.png"


@pytest.fixture(scope="module")
def server():
    with running_server() as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield browser
        browser.close()


def submit_seed(page, url: str) -> None:
    page.goto(url + "/")
    page.fill("textarea#text", SEED_PATH.read_text(encoding="utf-8"))
    page.click("button#submit")
    page.wait_for_selector("#result", timeout=120_000)


def test_pasted_seed_shows_five_bullets_each_marking_its_source_sentence(server, browser, seed_doc):
    context = browser.new_context(viewport={"width": 1100, "height": 1000}, locale="ko-KR", permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    submit_seed(page, server)

    bullets = page.locator("ol.bullets a.bullet")
    assert bullets.count() == 5
    block = page.input_value("textarea#block")
    assert block.split("\n")[0] == "[기사요약]" and block.split("\n")[1:] == bullets.all_inner_texts()

    marks = page.locator("article .body mark.src")
    assert marks.count() == 5
    sentences = {s.index: s.text for s in seed_doc.sentences}
    for i in range(5):
        target = bullets.nth(i).get_attribute("data-sentence")
        mark = page.locator(f"mark#{target}")
        # the highlighted text is the source sentence itself (after its bullet number)
        assert mark.inner_text().endswith(sentences[int(target[1:])])

    # hovering the third bullet marks its sentence (and only it) and scrolls it into view
    third = bullets.nth(2)
    target = third.get_attribute("data-sentence")
    in_view = f"(() => {{ const r = document.getElementById('{target}').getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; }})()"
    page.evaluate("window.scrollTo(0, 0)")
    assert not page.evaluate(in_view)  # the sentence starts out of sight …
    third.hover()
    page.wait_for_function(f"document.getElementById('{target}').classList.contains('active')")
    assert page.locator("mark.src.active").count() == 1
    page.wait_for_function(in_view, timeout=5_000)  # … and hovering brings it into view (smooth scrolling takes a moment)

    page.click("button#copy")
    page.wait_for_function("document.getElementById('copied').textContent.length > 0")
    assert page.evaluate("navigator.clipboard.readText()") == block

    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.evaluate("document.getElementById('result').scrollIntoView()")
    page.screenshot(path=str(SCREENSHOT), full_page=False)
    context.close()


def test_page_works_as_a_plain_form_post_without_javascript(server, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    submit_seed(page, server)
    assert page.locator("ol.bullets a.bullet").count() == 5
    first = page.locator("ol.bullets a.bullet").first
    href = first.get_attribute("href")
    first.click()  # a plain anchor: the sentence becomes the :target and is highlighted by CSS
    assert page.evaluate("location.hash") == href
    assert page.locator(f"mark{href}:target").count() == 1
    context.close()


def test_bad_input_shows_the_message_on_the_page(server, browser):
    page = browser.new_page()
    page.goto(server + "/")
    page.fill("textarea#text", "English only, no Korean here.")
    page.click("button#submit")
    alert = page.wait_for_selector("#error")
    assert "no Korean text (no Hangul characters found)" in alert.inner_text()
    assert page.locator("#result").count() == 0
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOT.with_name("error.png")))
    page.close()


def test_api_docs_render_from_local_files_only(server, browser):
    page = browser.new_page()
    outside = []
    page.on("request", lambda request: outside.append(request.url) if not request.url.startswith(server) else None)
    page.goto(server + "/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=30_000)  # Swagger UI built the operations from /openapi.json
    assert page.locator(".opblock-summary-path", has_text="/api/summarize/batch").count() == 1
    assert outside == []
    page.close()
