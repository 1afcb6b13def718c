"""rectcheck serve over HTTP, in process: upload, review page, downloads, limits, bad inputs, progress
of a model review, the security headers, and nothing of an upload written to disk."""

from __future__ import annotations

import builtins
import io
import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import docx
import openpyxl
import pytest
from chat_server import ChatServer
from read_fixtures import plan_docx
from render_samples import TEXT
from starlette.testclient import TestClient
from word_fixtures import comments

from checker.errors import UsageError
from checker.options import ReviewOptions
from checker.pipeline import review_source
from checker.read import SUPPORTED_SUFFIXES, read_source
from checker.renderers.html_render import render_html
from checker.rubric import load_rubric
from checker.serve import ServeRequest, build_config
from checker.serve.app import create_app, describe_backends

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "checker"]  # the package as imported, from any checkout
HOST = {"host": "127.0.0.1:8765"}
RUBRIC = load_rubric(None)


def _config(tmp_path: Path, **kw):  # type: ignore[no-untyped-def]
    cfg = tmp_path / "rectcheck.toml"
    cfg.write_text("", encoding="utf-8")  # no configuration found upwards from the repository
    request = ServeRequest(config=cfg, **{k: v for k, v in kw.items() if k in ("max_bytes", "max_files")})
    config = build_config(request)
    config.settle = 60.0  # the form answers once the reviews are done, however loaded the machine
    for key, value in kw.items():
        if key not in ("max_bytes", "max_files"):
            setattr(config, key, value)
    return config


@pytest.fixture
def client(tmp_path: Path):  # type: ignore[no-untyped-def]
    with TestClient(create_app(_config(tmp_path)), base_url="http://127.0.0.1:8765") as c:
        yield c


def _post(client: TestClient, files: list[tuple[str, bytes]], text: str = "", **fields: str):  # type: ignore[no-untyped-def]
    data = {"backend": "rules", "lang": "zh", **fields}
    if text:
        data["text"] = text
    parts = [("files", (name, body, "application/octet-stream")) for name, body in files]
    # the language in the address too, as the page's own form sends it
    return client.post(f"/review?lang={data['lang']}", data=data, files=parts or None, follow_redirects=False)


def _expected(path: Path) -> tuple[str, object]:
    source = read_source(path)
    return source.text, review_source(source, RUBRIC, ReviewOptions())


def test_form_lists_rubrics_and_only_the_rules_backend_without_an_endpoint(client: TestClient) -> None:
    page = client.get("/").text
    assert 'enctype="multipart/form-data"' in page and 'action="/review?lang=zh"' in page
    assert 'type="file" id="files" name="files" multiple' in page
    assert 'name="text"' in page
    for ref in ("rectification@1.0.0", "rectification@1.1.0"):
        assert f'value="{ref}"' in page
    assert re.search(r'value="rectification@1\.1\.0"[^>]*>[^<]*候选', page)  # a candidate says so
    assert re.findall(r'<select name="backend".*?</select>', page)[0].count("<option") == 1
    assert "OPENAI_BASE_URL" in page  # why only rules


def test_model_backends_appear_with_an_endpoint_and_the_key_never_shows() -> None:
    env = {"OPENAI_BASE_URL": "http://user:pw@127.0.0.1:9/v1?token=t", "OPENAI_API_KEY": "sk-never-shown-123"}
    backends = describe_backends("qwen2.5:14b", {}, env)
    assert [b.name for b in backends] == ["rules", "llm", "hybrid"]
    shown = " ".join(b.describe for b in backends)
    assert "qwen2.5:14b @ http://127.0.0.1:9/v1" in shown
    assert "sk-never" not in shown and "pw" not in shown and "token" not in shown
    assert [b.name for b in describe_backends(None, {}, {})] == ["rules"]


def test_upload_redirects_to_the_review_which_is_the_html_report(client: TestClient, tmp_path: Path) -> None:
    plan = plan_docx(tmp_path / "整改方案.docx", merge_owner=True, span_title=True)
    posted = _post(client, [(plan.name, plan.read_bytes())])
    assert posted.status_code == 303  # post/redirect/get: a refresh shows the review, posts nothing
    location = posted.headers["location"]
    assert re.fullmatch(r"/jobs/[\w-]{20,}/1", location)
    page = client.get(location)
    assert page.status_code == 200
    text, review = _expected(plan)
    assert len(review.findings) >= 3
    assert page.text.count('<article class="finding') == len(review.findings)
    # The same content as --format html: the file report, with the download bar on top.
    report = render_html([review], lang="zh", rubric=RUBRIC, fail_on="error", texts={review.document.path: text})
    body = lambda html: re.sub(r'<nav class="toolbar".*?</nav>', "", html.split("<main>", 1)[1])  # noqa: E731
    assert body(page.text).replace(plan.name, "X") == body(report).replace(str(plan), "X")
    for fmt in ("docx", "xlsx", "json", "html", "sarif"):
        assert f'href="{location}.{fmt}"' in page.text


def test_downloads_of_one_review(client: TestClient, tmp_path: Path) -> None:
    plan = plan_docx(tmp_path / "plan.docx")
    location = _post(client, [(plan.name, plan.read_bytes())]).headers["location"]
    _text, review = _expected(plan)
    flags = sum(len(f.flags) for f in review.findings) + len(review.document_flags)
    explained = sum(1 for f in review.findings if f.reasons)  # a failing finding no flag explains: its 失分原因

    got = client.get(f"{location}.docx")
    assert got.headers["content-type"].startswith("application/vnd.openxmlformats-officedocument.wordprocessingml")
    assert "attachment" in got.headers["content-disposition"] and "plan-" in got.headers["content-disposition"]
    annotated = tmp_path / "annotated.docx"
    annotated.write_bytes(got.content)
    assert len(comments(annotated)) == flags + explained + 1  # one per flag, one per unexplained failure, the summary
    assert [t.rows[1].cells[1].text for t in docx.Document(str(annotated)).tables] == [
        t.rows[1].cells[1].text for t in docx.Document(str(plan)).tables
    ]  # the auditor's own table, kept

    data = json.loads(client.get(f"{location}.json").text)
    assert data["schema_version"] == 1 and data["document"]["path"] == "plan.docx"
    assert len(data["findings"]) == len(review.findings)
    sarif = json.loads(client.get(f"{location}.sarif").text)
    assert len(sarif["runs"][0]["results"]) == flags
    book = openpyxl.load_workbook(io.BytesIO(client.get(f"{location}.xlsx").content))
    assert book.worksheets[0].max_row == len(review.findings) + 1
    html = client.get(f"{location}.html")
    assert html.text.startswith("<!DOCTYPE html>") and "toolbar" not in html.text.split("</style>")[1]
    assert client.get(location.rsplit("/", 1)[0] + "/1.exe").status_code == 404


def test_several_files_give_a_sortable_batch_table_and_combined_downloads(client: TestClient, tmp_path: Path) -> None:
    seeds = sorted((ROOT / "eval" / "seeds").glob("*.txt"))[:3]
    files = [(p.name, p.read_bytes()) for p in seeds]
    posted = _post(client, files, text=TEXT)
    assert posted.status_code == 303 and re.fullmatch(r"/jobs/[\w-]+", posted.headers["location"])
    job = posted.headers["location"]
    status = client.get(f"{job}/status").json()
    assert status["finished"] and status["total"] == 4 and [d["name"] for d in status["documents"]][-1] == "粘贴的正文.txt"
    page = client.get(job).text
    assert page.count("<tr data-n=") == 4
    by_score = client.get(f"{job}?sort=score&order=asc").text
    scores = [float(s) for s in re.findall(r'<tr data-n="\d+" data-state="done" data-score="([\d.]+)"', by_score)]
    assert len(scores) == 4 and scores == sorted(scores)
    desc = client.get(f"{job}?sort=score&order=desc").text
    assert [float(s) for s in re.findall(r'data-score="([\d.]+)"', desc)] == sorted(scores, reverse=True)
    assert 'aria-sort="descending"' in desc
    for p in seeds:  # each row links to its review, whose score is the one the CLI computes
        n = next(d["n"] for d in status["documents"] if d["name"] == p.name)
        assert f'href="{job}/{n}"' in page
        assert status["documents"][n - 1]["score"] == _expected(p)[1].summary.score
    combined = json.loads(client.get(f"{job}/all.json").text)
    assert isinstance(combined, list) and len(combined) == 4
    book = openpyxl.load_workbook(io.BytesIO(client.get(f"{job}/all.xlsx").content))
    assert len(book.sheetnames) >= 5  # the 总表 and one sheet per document


def test_bad_inputs_show_the_command_line_errors(client: TestClient, tmp_path: Path) -> None:
    bad = {"empty.txt": b"", "notes.exe": b"MZ\x90\x00", "broken.docx": b"PK\x03\x04 not a zip", "space.md": b" \n\t\n"}
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
    cli = subprocess.run([*CLI, "review", *bad], cwd=tmp_path, capture_output=True, text=True, timeout=60,
                         check=False)
    assert cli.returncode == 2
    lines = cli.stderr.strip().splitlines()
    assert len(lines) == len(bad)
    page = _post(client, list(bad.items()), lang="en")
    assert page.status_code == 400  # nothing could be reviewed: the form again, with every reason
    shown = re.findall(r"<li>(rectcheck: [^<]*)</li>", page.text)
    assert [html_unescape(s) for s in shown] == lines  # the English page says what the command line says
    # One good file among bad ones: the good one is reviewed, the bad one listed with its reason.
    mixed = _post(client, [("empty.txt", b""), ("report.txt", TEXT.encode("utf-8"))], lang="en")
    table = client.get(mixed.headers["location"]).text
    assert "rectcheck: empty.txt: file is empty" in table and 'data-state="done"' in table
    # The Chinese page says the same in Chinese, in the table of documents as in the form.
    mixed = _post(client, [("empty.txt", b""), ("report.txt", TEXT.encode("utf-8"))], lang="zh")
    table = client.get(mixed.headers["location"]).text
    assert "rectcheck: empty.txt: 文件是空的" in table and "file is empty" not in table


def test_a_chinese_page_refuses_uploads_in_chinese_and_an_english_one_in_english(tmp_path: Path) -> None:
    config = _config(tmp_path, max_bytes=2000, max_files=2)
    bad = [("empty.txt", b""), ("notes.exe", b"MZ\x90\x00")]
    unreadable = [("broken.docx", b"PK\x03\x04 not a zip"), ("big.txt", TEXT.encode("utf-8") * 4)]
    with TestClient(create_app(config), base_url="http://127.0.0.1:8765") as client:
        zh = [html_unescape(s) for s in re.findall(r"<li>(rectcheck: [^<]*)</li>", _post(client, bad).text)]
        zh += [html_unescape(s) for s in re.findall(r"<li>(rectcheck: [^<]*)</li>", _post(client, unreadable).text)]
        assert zh[0] == "rectcheck: empty.txt: 文件是空的"
        assert zh[1].startswith("rectcheck: notes.exe: 不支持的文件类型“.exe”；支持：.txt, .md, .docx")
        assert zh[2] == "rectcheck: broken.docx: .docx 文件已损坏：不是 zip 压缩包（是否把旧版 .doc 或其他格式改了扩展名？）"
        assert re.fullmatch(r"rectcheck: big\.txt: 文件过大：[\d.]+ MB，超过上限 [\d.]+ MB（--max-bytes）", zh[3])
        en = [html_unescape(s) for s in re.findall(r"<li>(rectcheck: [^<]*)</li>", _post(client, bad, lang="en").text)]
        assert en == ["rectcheck: empty.txt: file is empty",
                      "rectcheck: notes.exe: unsupported file type '.exe'; supported: " + ", ".join(SUPPORTED_SUFFIXES)]
        # refused as a whole: too many files, an upload too large before it is read
        many = _post(client, [("a.txt", b"x"), ("b.txt", b"y"), ("c.txt", b"z")])
        assert many.status_code == 400 and "rectcheck: 文件过多：一次评审最多 2 个" in many.text
        huge = _post(client, [("a.txt", b"x" * 40_000)] * 2)
        assert huge.status_code == 413 and "上传过大：一次评审超过" in huge.text and "upload too large" not in huge.text
        huge = _post(client, [("a.txt", b"x" * 40_000)] * 2, lang="en")
        assert huge.status_code == 413 and "rectcheck: upload too large: more than" in huge.text


def html_unescape(s: str) -> str:
    import html

    return html.unescape(s)


def test_limits_are_the_command_lines_and_clear(tmp_path: Path) -> None:
    config = _config(tmp_path, max_bytes=2000, max_files=2)
    with TestClient(create_app(config), base_url="http://127.0.0.1:8765") as client:
        big = ("big.txt", TEXT.encode("utf-8") * 4)
        page = _post(client, [big], lang="en")
        assert page.status_code == 400
        assert re.search(r"rectcheck: big\.txt: file too large: [\d.]+ MB exceeds the limit of [\d.]+ MB", page.text)
        many = _post(client, [("a.txt", b"x"), ("b.txt", b"y"), ("c.txt", b"z")], lang="en")
        assert many.status_code == 400 and "too many files: at most 2" in many.text
        huge = _post(client, [("a.txt", b"x" * 40_000)] * 2, lang="en")  # past 2 files × 2000 bytes and the form
        assert huge.status_code == 413 and "upload too large" in huge.text
        pasted = _post(client, [], text="整改" * 1000, lang="en")
        assert pasted.status_code == 400 and "file too large" in pasted.text
        assert _post(client, []).status_code == 400  # nothing chosen, nothing pasted


def test_the_pages_bounds_come_from_the_configuration(tmp_path: Path) -> None:
    cfg = tmp_path / "rectcheck.toml"
    cfg.write_text("[serve]\nworkers = 3\nqueue = 0\nupload-seconds = 30\nworker-mb = 512\n", encoding="utf-8")
    bounds = build_config(ServeRequest(config=cfg)).bounds
    assert (bounds.workers, bounds.queue, bounds.upload_seconds, bounds.worker_mb) == (3, 0, 30.0, 512)
    assert (bounds.uploads, bounds.results, bounds.header_seconds, bounds.review_seconds) == (2, 50, 10.0, None)
    cfg.write_text("[serve]\nthreads = 3\n", encoding="utf-8")
    with pytest.raises(UsageError, match=r"unknown configuration key 'serve\.threads' \(known: workers, uploads"):
        build_config(ServeRequest(config=cfg))
    cfg.write_text("[serve]\nworkers = 0\n", encoding="utf-8")
    with pytest.raises(UsageError, match=r"configuration key 'serve\.workers': Input should be greater than or equal to 1"):
        build_config(ServeRequest(config=cfg))


def test_refresh_never_resubmits_and_unknown_ids_are_gone(client: TestClient) -> None:
    first = _post(client, [("r.txt", TEXT.encode("utf-8"))])
    location = first.headers["location"]
    assert client.get(location).status_code == 200 and client.get(location).status_code == 200
    assert client.get("/review").status_code == 405  # a reload of the POST's URL is a GET: no review
    assert client.get("/jobs/not-a-job").status_code == 404
    job = location.rsplit("/", 1)[0]
    deleted = client.post(f"{job}/delete", follow_redirects=False)
    assert deleted.status_code == 303 and client.get(location).status_code == 404


def test_security_headers_host_and_origin(client: TestClient) -> None:
    page = client.get("/")
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp and "http" not in csp  # nothing from elsewhere, no inline script
    assert page.headers["cache-control"] == "no-store" and page.headers["x-content-type-options"] == "nosniff"
    assert not re.search(r'(src|href)="(https?:)?//', page.text)  # no third-party asset
    # A page elsewhere whose name points at 127.0.0.1 cannot read it, nor post to it.
    assert client.get("/", headers={"host": "evil.example:8765"}).status_code == 403
    for headers in ({"origin": "http://evil.example"}, {"sec-fetch-site": "cross-site"}, {"origin": "null"}):
        assert client.post("/review", headers=headers, files={"files": ("a.txt", b"x")}).status_code == 403
    # A browser that hides the origin (sends "null") but says the form is this site's own is served.
    same = {"origin": "null", "sec-fetch-site": "same-origin"}
    assert client.post("/review", headers=same, files={"files": ("a.txt", TEXT.encode())}, follow_redirects=False).status_code == 303
    js = client.get("/static/app.js")
    assert js.status_code == 200 and js.headers["content-type"].startswith("text/javascript")


def test_concurrent_uploads_each_get_their_own_review(tmp_path: Path) -> None:
    import concurrent.futures

    seeds = sorted((ROOT / "eval" / "seeds").glob("*.txt"))[:4]
    with TestClient(create_app(_config(tmp_path)), base_url="http://127.0.0.1:8765") as client:

        def one(path: Path) -> tuple[str, float]:
            location = _post(client, [(path.name, path.read_bytes())]).headers["location"]
            data = json.loads(client.get(f"{location}.json").text)
            return data["document"]["path"], data["summary"]["score"]

        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            results = list(pool.map(one, seeds))
    assert results == [(p.name, _expected(p)[1].summary.score) for p in seeds]


def test_nothing_of_an_upload_is_written_to_disk(client: TestClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = plan_docx(tmp_path / "plan.docx")
    padded = TEXT + "\n" + "附：" + "说明" * 200_000  # past the parser's usual 1 MB spool threshold
    _post(client, [("warm.txt", TEXT.encode("utf-8"))])  # libraries' own caches warmed first
    written: list[str] = []
    real_open, real_os_open = builtins.open, os.open

    def watch_open(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
        # A descriptor already open is a file only if it is a regular one: the worker processes
        # get the upload through a pipe.
        on_disk = not isinstance(file, int) or stat.S_ISREG(os.fstat(file).st_mode)
        if any(c in mode for c in "wax+") and on_disk:
            written.append(str(file))
        return real_open(file, mode, *args, **kwargs)

    def watch_os_open(path, flags, *args, **kwargs):  # type: ignore[no-untyped-def]
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            written.append(str(path))
        return real_os_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", watch_open)
    monkeypatch.setattr(os, "open", watch_os_open)
    job = _post(client, [("plan.docx", plan.read_bytes()), ("long.txt", padded.encode("utf-8"))]).headers["location"]
    assert client.get(f"{job}/1.docx").status_code == 200 and client.get(f"{job}/2.json").status_code == 200
    monkeypatch.undo()
    assert written == []


def test_a_model_review_reports_its_progress(tmp_path: Path) -> None:
    with ChatServer(latency=0.15) as chat:
        config = _config(tmp_path, settle=0.0)
        config.backends = describe_backends(None, {"base_url": chat.base_url}, {})
        config.review_options = {"judge_config": {"base_url": chat.base_url}, "jobs": 1, "use_cache": False}
        with TestClient(create_app(config), base_url="http://127.0.0.1:8765") as client:
            posted = _post(client, [("r.txt", TEXT.encode("utf-8"))], backend="llm")
            job = posted.headers["location"]
            assert re.fullmatch(r"/jobs/[\w-]+", job)  # not done yet: the progress page
            running = client.get(job).text
            assert '<noscript><meta http-equiv="refresh"' in running and "<progress" in running
            with client.stream("GET", f"{job}/events") as stream:
                events = [json.loads(line[5:]) for line in stream.iter_lines() if line.startswith("data: {\"")]
            judged = [(e["documents"][0]["judged"], e["documents"][0]["to_judge"]) for e in events]
            total = judged[-1][1]
            assert total >= 2 and events[-1]["finished"]
            seen = [j for j, t in judged if t == total]
            assert seen == sorted(seen) and len(set(seen)) >= 2  # it advanced while the model answered
            done = client.get(job, follow_redirects=False)
            assert done.status_code == 303 and done.headers["location"] == f"{job}/1"
            assert chat.count >= total


def test_command_line_address_warning_port_taken_and_interrupt(tmp_path: Path) -> None:
    import signal
    import socket

    (tmp_path / "rectcheck.toml").write_text("", encoding="utf-8")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        busy = subprocess.run([*CLI, "serve", "--port", str(port)], cwd=tmp_path, capture_output=True,
                              text=True, timeout=60, check=False)  # fmt: skip
    assert busy.returncode == 2
    assert busy.stderr == f"rectcheck: 127.0.0.1:{port}: port already in use (choose another with --port)\n"
    proc = subprocess.Popen([*CLI, "serve", "--host", "0.0.0.0", "--port", "0"], cwd=tmp_path, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    line = proc.stdout.readline()  # type: ignore[union-attr]
    assert re.fullmatch(r"rectcheck: serving on http://127\.0\.0\.1:\d+/  \(Ctrl\+C to stop\)\n", line)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=20)
    assert proc.returncode == 0
    assert err.startswith("rectcheck: warning: --host 0.0.0.0 is reachable from other machines")
    assert "Traceback" not in err
