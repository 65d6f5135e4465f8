"""``kosum serve`` over HTTP: a real server process on a free localhost port, spoken to with httpx.

Covers the issue's contract: a good article gives the CLI's own record (with each
source sentence's text), every kind of bad input is a 4xx carrying the CLI's
message and the server goes on serving, 50 concurrent requests are all answered
with the CLI's output, the HTML input is never used to fetch anything.
"""
import asyncio
import contextlib
import functools
import io
import json
import socket
import threading

import httpx
import pytest
from conftest import REPO, SEED_PATH
from pipeline.recipes.summarize import main as summarize_main
from pipeline.serve.process import free_port, running_server

SEED_ID = SEED_PATH.stem
# Written for these tests (not taken from any outlet).
SHORT_ARTICLE = (
    "서울시, 한강 수상버스 내년 봄 운항\n\n"
    "서울시는 한강을 오가는 수상버스를 내년 봄부터 운항한다고 3일 밝혔다. "
    "수상버스는 마곡에서 잠실까지 7개 선착장을 잇는다. "
    "출퇴근 시간에는 15분 간격으로 다니고 요금은 3천원으로 정했다. "
    "시는 배 8척을 새로 만들고 선착장마다 자전거 보관소를 둔다. "
    "교통 전문가들은 이용객이 얼마나 될지가 관건이라고 지적했다. "
    "시는 운항 첫해 하루 이용객을 1만명으로 예상했다."
)
LIMITS = ("server.max_request_bytes=3000000", "server.max_batch_articles=4")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    log = tmp_path_factory.mktemp("serve") / "server.log"
    with running_server(*LIMITS, log_path=log) as url:
        yield url
    assert "Traceback" not in log.read_text(), log.read_text()  # no request crashed the server's code


@pytest.fixture(scope="module")
def seed_text():
    return SEED_PATH.read_text(encoding="utf-8")


@functools.lru_cache(maxsize=None)
def _cli_output(*overrides: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = summarize_main(["--format", "jsonl", str(SEED_PATH), *overrides])
    assert code == 0
    return out.getvalue()


def cli_record(*overrides: str) -> dict:
    """What `kosum summarize --format jsonl SEED` writes for the seed.

    Its ``main`` runs in this process (the script only calls it; tests/test_summarize_cli.py runs
    the script itself), once per set of overrides: no interpreter start-up or Kiwi build per call.
    """
    return json.loads(_cli_output(*overrides))


def assert_same_as_cli(served: dict, cli: dict, body: str) -> None:
    """Every field the CLI writes is served unchanged; each source sentence also carries its text."""
    for key, value in cli.items():
        if key == "source_sentences":
            for got, want in zip(served[key], value, strict=True):
                assert {k: got[k] for k in want} == want
        else:
            assert served[key] == value, key
    for ref in served["source_sentences"]:
        assert ref["text"] == body[ref["start"] : ref["end"]] and ref["text"]


def post(url: str, body, **kwargs) -> httpx.Response:
    if isinstance(body, (dict, list)):
        return httpx.post(url, json=body, timeout=120, **kwargs)
    return httpx.post(url, content=body, headers={"content-type": "application/json"}, timeout=120, **kwargs)


def test_good_article_gives_the_cli_record_with_source_sentence_text(server, seed_text, seed_article):
    response = post(server + "/api/summarize", {"text": seed_text, "id": SEED_ID})
    assert response.status_code == 200, response.text
    record = response.json()
    assert len(record["bullets"]) == 5 and record["summary"].startswith("[기사요약]\n")
    assert_same_as_cli(record, cli_record(), seed_article.body)


def test_request_options_change_the_engine_and_bullets_like_cli_overrides(server, seed_text, seed_article):
    response = post(server + "/api/summarize", {"text": seed_text, "id": SEED_ID, "options": {"engine": "lead", "bullets": {"max": 4}}})
    assert response.status_code == 200, response.text
    assert_same_as_cli(response.json(), cli_record("engine=lead", "bullets.max=4"), seed_article.body)


def test_html_page_input_is_parsed_and_its_urls_never_fetched(server):
    # A listener that counts every connection: the page below points images, links and a meta refresh at it.
    trap = socket.socket()
    trap.bind(("127.0.0.1", free_port()))
    trap.listen()
    trap.settimeout(0.2)
    hits = []
    stop = threading.Event()

    def listen():
        while not stop.is_set():
            try:
                conn, _ = trap.accept()
                hits.append(conn)
                conn.close()
            except OSError:
                pass

    thread = threading.Thread(target=listen, daemon=True)
    thread.start()
    trap_url = f"http://127.0.0.1:{trap.getsockname()[1]}"
    paragraphs = "".join(f"<p>{sentence}.</p>" for sentence in SHORT_ARTICLE.split("\n\n")[1].split(". "))
    html = (
        f"<html><head><title>서울시, 한강 수상버스 내년 봄 운항</title><meta http-equiv='refresh' content='0; url={trap_url}/r'>"
        f"<link rel='stylesheet' href='{trap_url}/a.css'></head><body><article><h1>서울시, 한강 수상버스 내년 봄 운항</h1>"
        f"<img src='{trap_url}/photo.jpg'>{paragraphs}<p>자세한 내용은 {trap_url}/more 에서 볼 수 있다.</p></article></body></html>"
    )
    try:
        response = post(server + "/api/summarize", {"html": html, "id": "river-bus"})
    finally:
        stop.set()
        thread.join(timeout=2)
        trap.close()
    assert response.status_code == 200, response.text
    record = response.json()
    assert record["id"] == "river-bus" and record["bullets"]
    assert any("수상버스" in bullet for bullet in record["bullets"])
    assert hits == []


@pytest.mark.parametrize(
    "body, status, message",
    [
        ({"text": ""}, 400, "request: empty text (nothing but whitespace)"),
        ({"text": "   \n\n  "}, 400, "request: empty text (nothing but whitespace)"),
        ({"text": "\x00\x01\x02 기사" * 50}, 400, "request: binary file (contains NUL bytes); expected a text or HTML article"),
        ({"text": "An English press release with no Korean at all."}, 400, "no Korean text (no Hangul characters found)"),
        ({"text": "가" * 800_000}, 413, "article is 2,400,000 bytes, over the limit of 2,000,000 (server.max_article_bytes)"),
        (b'{"text": "\xea\xb8\xb0\xec\x82\xac", ', 400, "request: malformed JSON (Expecting property name enclosed in double quotes"),
        (b"[1, 2]", 400, "request: expected a JSON object, got list"),
        ({"text": SHORT_ARTICLE, "options": {"bullets.colour": "red"}}, 422, "unknown config key 'bullets.colour'"),
        ({"text": SHORT_ARTICLE, "options": {"bullets.max": "many"}}, 422, "invalid value for 'bullets.max'"),
        ({"text": SHORT_ARTICLE, "options": {"engine": "gpt"}}, 422, "engine='gpt' is not one of"),
        ({"text": SHORT_ARTICLE, "options": {"bullets.style": "prose"}}, 422, "bullets.style='prose' must be 'headline' or 'sentence'"),
        ({"text": SHORT_ARTICLE, "options": {"model.name_or_path": "/tmp/x"}}, 422, "model.name_or_path cannot be set per request"),
        ({"text": SHORT_ARTICLE, "options": {"engine": "seq2seq"}}, 422, "engine='seq2seq' is not in server.engines=['kiwi', 'lead']"),
        ({"text": SHORT_ARTICLE, "url": "http://example.com/article"}, 422, "url: Extra inputs are not permitted"),
        ({"text": SHORT_ARTICLE, "html": "<p>기사</p>"}, 400, "give the article as 'text' or as 'html' (exactly one of them)"),
        ({"title": "제목만"}, 400, "give the article as 'text' or as 'html'"),
    ],
    ids=["empty", "whitespace", "binary", "no-korean", "oversize", "malformed-json", "not-an-object", "unknown-option",
         "bad-option-value", "unknown-engine", "bad-style", "option-not-allowed", "engine-not-served", "unknown-field",
         "text-and-html", "no-article"],
)
def test_bad_input_is_a_4xx_with_the_cli_message_and_the_server_goes_on(server, body, status, message):
    response = post(server + "/api/summarize", body)
    assert response.status_code == status, response.text
    assert message in response.json()["error"]
    assert "Traceback" not in response.text
    assert post(server + "/api/summarize", {"text": SHORT_ARTICLE}).status_code == 200


def test_messages_match_the_cli_for_the_same_bad_file(server, tmp_path, capsys):
    """The CLI and the server word the same problem the same way (only the name of the input differs)."""
    bad = tmp_path / "english.txt"
    bad.write_text("Only English here, nothing to summarize.", encoding="utf-8")
    assert summarize_main([str(bad)]) != 0
    cli_message = capsys.readouterr().err.split(f"{bad}: ", 1)[1].splitlines()[0]
    served = post(server + "/api/summarize", {"text": bad.read_text(encoding="utf-8")}).json()["error"]
    assert served == f"request: {cli_message}"


def test_unknown_route_and_method_answer_in_the_same_error_shape(server):
    assert httpx.get(server + "/api/nothing").json() == {"error": "Not Found"}
    response = httpx.put(server + "/api/summarize")
    assert response.status_code == 405 and response.json() == {"error": "Method Not Allowed"}


def test_request_body_over_the_limit_is_refused_before_it_is_read(server):
    response = post(server + "/api/summarize", b'{"text": "' + "가".encode() * 1_100_000 + b'"}')
    assert response.status_code == 413
    assert response.json()["error"] == "request body is over the limit of 3,000,000 bytes (server.max_request_bytes)"
    # without a Content-Length (chunked upload) the limit is counted while reading
    chunks = (b"x" * 100_000 for _ in range(40))
    response = httpx.post(server + "/api/summarize", content=chunks, headers={"content-type": "application/json"}, timeout=60)
    assert response.status_code == 413 and "server.max_request_bytes" in response.json()["error"]
    assert httpx.get(server + "/healthz").json()["status"] == "ok"


def test_batch_reports_a_bad_article_in_its_place_and_summarizes_the_rest(server, seed_text, seed_article):
    body = {"articles": [{"text": seed_text, "id": SEED_ID}, {"text": "no Korean here", "id": "en"}, {"text": SHORT_ARTICLE, "id": "river"}]}
    response = post(server + "/api/summarize/batch", body)
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["summarized"] == 2 and result["failed"] == 1
    first, failed, third = result["results"]
    assert_same_as_cli(first, cli_record(), seed_article.body)
    assert failed == {"index": 1, "id": "en", "error": "articles[1]: no Korean text (no Hangul characters found); kosum summarizes Korean articles only"}
    assert third["id"] == "river" and third["bullets"]


def test_batch_over_the_configured_size_is_refused(server):
    response = post(server + "/api/summarize/batch", {"articles": [{"text": SHORT_ARTICLE}] * 5})
    assert response.status_code == 413
    assert response.json()["error"] == "request: 5 articles, over the limit of 4 (server.max_batch_articles)"


def test_fifty_concurrent_requests_are_all_answered_with_the_cli_output(server, seed_text, seed_article):
    variants = {
        "default": ({}, cli_record()),
        "lead-4": ({"engine": "lead", "bullets.max": 4}, cli_record("engine=lead", "bullets.max=4")),
    }
    before = httpx.get(server + "/healthz").json()

    async def fire():
        async with httpx.AsyncClient(timeout=300) as client:
            names = ["default" if i % 2 == 0 else "lead-4" for i in range(50)]
            requests = [client.post(server + "/api/summarize", json={"text": seed_text, "id": SEED_ID, "options": variants[n][0]}) for n in names]
            return names, await asyncio.gather(*requests)

    names, responses = asyncio.run(fire())
    assert [r.status_code for r in responses] == [200] * 50
    for name, response in zip(names, responses):
        assert_same_as_cli(response.json(), variants[name][1], seed_article.body)
    after = httpx.get(server + "/healthz").json()
    assert after["articles_run"] - before["articles_run"] == 50
    assert after["batches_run"] - before["batches_run"] < 50  # requests that arrived together shared engine calls
    assert after["in_flight"] == 0


def test_too_many_requests_in_flight_get_503_not_a_hang():
    with running_server("server.max_concurrent_requests=1", "server.batch_wait_ms=300") as url:
        async def fire():
            async with httpx.AsyncClient(timeout=120) as client:
                return await asyncio.gather(*(client.post(url + "/api/summarize", json={"text": SHORT_ARTICLE}) for _ in range(6)))

        statuses = sorted(r.status_code for r in asyncio.run(fire()))
        assert statuses[0] == 200 and 503 in statuses and set(statuses) <= {200, 503}
        assert post(url + "/api/summarize", {"text": SHORT_ARTICLE}).status_code == 200


def test_page_escapes_article_text_and_renders_without_javascript(server):
    article = SHORT_ARTICLE.replace("요금은 3천원으로 정했다", "요금은 <script>alert('x')</script> 3천원으로 정했다")
    response = httpx.post(server + "/", data={"text": article, "engine": "kiwi", "bullets_max": "3", "bullets_style": "sentence"}, timeout=120)
    assert response.status_code == 200
    page = response.text
    assert "<script>alert" not in page and "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert page.count('<a class="bullet"') == 3
    assert page.count('<mark class="src"') == 3


def test_page_upload_of_a_binary_file_shows_the_cli_message(server):
    response = httpx.post(server + "/", files={"file": ("scan.txt", b"\x00\x01\x02" * 100, "text/plain")}, data={"text": ""}, timeout=60)
    assert response.status_code == 400
    assert "scan.txt: binary file (contains NUL bytes); expected a text or HTML article" in response.text
    assert 'role="alert"' in response.text


def test_page_upload_of_an_html_file(server):
    html = "<html><body><article><h1>서울시, 한강 수상버스 내년 봄 운항</h1>" + "".join(
        f"<p>{p}</p>" for p in SHORT_ARTICLE.split("\n\n")[1:]) + "</article></body></html>"
    response = httpx.post(server + "/", files={"file": ("river.html", html.encode("utf-8"), "text/html")}, data={"text": ""}, timeout=60)
    assert response.status_code == 200, response.text
    assert '<mark class="src"' in response.text and "[기사요약]" in response.text


def test_openapi_and_docs_are_served_without_a_cdn(server):
    schema = httpx.get(server + "/openapi.json").json()
    assert {"/api/summarize", "/api/summarize/batch", "/healthz"} <= set(schema["paths"])
    body = schema["paths"]["/api/summarize"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/SummarizeRequest"}
    assert {"SummarizeRequest", "BatchRequest", "SummaryRecord"} <= set(schema["components"]["schemas"])
    docs = httpx.get(server + "/docs").text
    assert "http://" not in docs.replace("http://127.0.0.1", "") and "https://" not in docs
    for asset in ("/docs-static/swagger-ui-bundle.js", "/docs-static/swagger-ui.css"):
        assert asset in docs and httpx.get(server + asset).status_code == 200


def test_server_binds_to_localhost_by_default():
    from pipeline.config import load_config
    from pipeline.config.serve import ServeConfig

    config = load_config(ServeConfig, REPO / "configs" / "serve.yaml")
    assert config.server.host == "127.0.0.1" and config.server.max_article_bytes == 2_000_000


def test_bad_serve_config_exits_2_with_the_config_message(monkeypatch, capsys):
    import uvicorn

    from pipeline.recipes.serve import main as serve_main

    def never_serve(*args, **kwargs):
        raise AssertionError("a bad config must stop kosum serve before it serves")

    monkeypatch.setattr(uvicorn, "run", never_serve)
    assert serve_main(["server.engines=[kiwi,nope]"]) == 2
    assert "server.engines names unknown engine(s) ['nope']" in capsys.readouterr().err


@pytest.mark.slow  # a second server process, generating with a tiny model
def test_seq2seq_engine_is_served_like_the_cli_runs_it(tiny_bart_dir, seed_text):
    """The neural path through the server: a tiny BART built by the tests, loaded once at start-up."""
    model = [f"model.name_or_path={tiny_bart_dir}", "seq2seq.max_target_tokens=12", "seq2seq.num_beams=1", "seq2seq.flag_unsupported=false"]
    with running_server("server.engines=[kiwi,seq2seq]", *model) as url:
        response = post(url + "/api/summarize", {"text": seed_text, "id": SEED_ID, "options": {"engine": "seq2seq"}})
        assert response.status_code == 200, response.text
        record = response.json()
        assert record["engine"] == "seq2seq" and record["bullets"] and record["source_sentences"] == [None] * len(record["bullets"])
        cli = cli_record("engine=seq2seq", *model)
        assert {k: record[k] for k in cli} == cli
        page = httpx.post(url + "/", data={"text": seed_text, "engine": "seq2seq", "bullets_max": "5", "bullets_style": "headline"}, timeout=120)
        assert page.status_code == 200
        assert page.text.count("(원문 문장 없음)") == len(record["bullets"]) and '<mark class="src"' not in page.text
