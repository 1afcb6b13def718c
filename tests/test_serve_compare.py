"""The local page compares two uploads: two drafts (``diff``) or a plan and its report (``trace``),
read, reviewed and compared in worker processes within the limits of one review, the side-by-side
page and the downloads the command line gives (the newer document commented in Word among them);
and several uploads reviewed together, as ``review DIR`` reviews a folder. In process over HTTP, as tests/test_serve_http.py drives the page; the browser's turn is in
tests/test_serve_browser.py."""

from __future__ import annotations

import html
import io
import json
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from office_fixtures import SOFFICE, converted
from read_fixtures import plan_docx
from sample_reports import PLAN, PROGRESS, SLOGANS
from starlette.testclient import TestClient
from word_fixtures import comments

from checker.api import review
from checker.crossdoc.diff import DraftDiff, diff_reviews
from checker.crossdoc.trace import TraceReport
from checker.rubric import load_rubric
from checker.serve import ServeRequest, build_config
from checker.serve.app import create_app

RUBRIC = load_rubric(None)
NEW = PROGRESS.replace(SLOGANS, "2024年3月收回超标配备车辆2辆，公开拍卖，收入1.2万元上缴国库。")
REPORT = """关于巡察整改情况的报告
1.针对“食堂采购台账不全”的问题。
整改情况：正在推进，2024年6月补录2023年度采购台账86笔。
责任单位：后勤科
2024年9月10日
"""


def _config(tmp_path: Path, **bounds: int):  # type: ignore[no-untyped-def]
    cfg = tmp_path / "rectcheck.toml"
    serve = "".join(f"{k} = {v}\n" for k, v in bounds.items())
    cfg.write_text(f"[serve]\n{serve}" if serve else "", encoding="utf-8")
    config = build_config(ServeRequest(config=cfg, max_bytes=200_000))
    config.settle = 60.0  # the form answers once the work is done, however loaded the machine
    return config


@pytest.fixture
def client(tmp_path: Path):  # type: ignore[no-untyped-def]
    with TestClient(create_app(_config(tmp_path)), base_url="http://127.0.0.1:8765") as c:
        yield c


def _compare(client: TestClient, first: tuple[str, bytes] | None, second: tuple[str, bytes] | None, **fields: str):  # type: ignore[no-untyped-def]
    parts = [(key, (name, body, "application/octet-stream")) for key, part in (("first", first), ("second", second))
             if part is not None for name, body in [part]]  # fmt: skip
    return client.post("/compare", data={"lang": "zh", **fields}, files=parts or None, follow_redirects=False)


def test_the_form_offers_two_files_and_how_to_compare_them(client: TestClient) -> None:
    page = client.get("/").text
    form = re.search(r'<form method="post" action="/compare\?lang=zh".*?</form>', page, re.S)
    assert form is not None and 'enctype="multipart/form-data"' in form.group(0)
    assert 'type="file" id="first" name="first"' in form.group(0) and 'name="second"' in form.group(0)
    assert re.findall(r'<select name="mode".*?</select>', form.group(0), re.S)[0].count("<option") == 2
    assert 'name="as_of"' in form.group(0) and 'value="rectification@1.0.0"' in form.group(0)
    assert 'id="files"' in page and 'id="rubric"' in page  # the single review's form is as it was


def test_two_drafts_give_the_diff_page_and_every_download(client: TestClient, tmp_path: Path) -> None:
    second = plan_docx(tmp_path / "二稿.docx")  # a Word upload: its own file comes back commented
    drafts = ("一稿.txt", PROGRESS.encode("utf-8")), ("二稿.txt", NEW.encode("utf-8"))
    posted = _compare(client, *drafts, mode="diff")
    assert posted.status_code == 303 and posted.headers["location"].endswith("/compare")
    location = posted.headers["location"]
    page = client.get(location)
    assert page.status_code == 200 and "两稿对照：一稿.txt → 二稿.txt" in html.unescape(page.text)
    expected = diff_reviews(review(PROGRESS, path="一稿.txt"), review(NEW, path="二稿.txt"), RUBRIC)
    rows = re.findall(r"<tr><td>", page.text)
    assert len(rows) == sum(len(f.flags) + f.only_reworded for f in expected.findings) >= 1
    assert "已解决" in page.text and 'href="/jobs/' in page.text  # each document's own review is linked
    data = DraftDiff.model_validate_json(client.get(f"{location}.json").text)
    assert data.summary == expected.summary
    book = openpyxl.load_workbook(io.BytesIO(client.get(f"{location}.xlsx").content))
    assert book.sheetnames == ["对照"] and book["对照"].max_row == len(rows) + 1
    assert client.get(f"{location}.markdown").text.startswith("### 两稿对照")
    docx = client.get(f"{location}.docx")
    assert docx.headers["content-disposition"].endswith("%E4%BA%8C%E7%A8%BF-%E6%89%B9%E6%B3%A8.docx")  # 二稿-批注.docx
    saved = tmp_path / "got.docx"
    saved.write_bytes(docx.content)
    assert any("两稿对照" in c["text"] for c in comments(saved).values())
    # The newer one a Word file: its own .docx, commented.
    word = _compare(client, ("一稿.txt", PROGRESS.encode("utf-8")), ("二稿.docx", second.read_bytes()), mode="diff")
    assert word.headers["location"].endswith("/compare")
    saved.write_bytes(client.get(f"{word.headers['location']}.docx").content)
    assert len(comments(saved)) >= 1
    assert b"<w:tbl>" in zipfile.ZipFile(saved).read("word/document.xml")  # the upload's own table, kept


def test_a_plan_and_its_report_give_the_trace_page_with_deadlines_as_of_the_date_asked(client: TestClient) -> None:
    files = ("方案.txt", PLAN.encode("utf-8")), ("报告.txt", REPORT.encode("utf-8"))
    own = client.get(f"{_compare(client, *files, mode='trace').headers['location']}.json").json()
    early = client.get(f"{_compare(client, *files, mode='trace', as_of='2024-05-01').headers['location']}.json").json()
    codes = lambda t: {f["code"] for p in t["pairs"] for f in p["flags"]}  # noqa: E731
    assert TraceReport.model_validate(own).as_of == "2024-09-10" and "trace_deadline_passed" in codes(own)
    assert early["as_of"] == "2024-05-01" and "trace_deadline_passed" not in codes(early)
    assert "trace_finding_missing" in codes(own) and "trace_finding_missing" in codes(early)


def test_the_same_limits_and_errors_as_a_review(tmp_path: Path) -> None:
    with TestClient(create_app(_config(tmp_path)), base_url="http://127.0.0.1:8765") as client:
        one = _compare(client, ("方案.txt", PLAN.encode("utf-8")), None, mode="trace")
        assert one.status_code == 400 and "请选择两份文件" in one.text
        date = _compare(client, ("a.txt", b"x"), ("b.txt", b"y"), mode="trace", as_of="2024/09/10")
        assert date.status_code == 400 and "YYYY-MM-DD" in date.text
        mode = _compare(client, ("a.txt", b"x"), ("b.txt", b"y"), mode="merge")
        assert mode.status_code == 400 and "对照方式须为 diff" in mode.text  # the page's language
        both_bad = _compare(client, ("empty.txt", b""), ("big.txt", REPORT.encode("utf-8") * 2000), mode="diff")
        assert both_bad.status_code == 400  # nothing could be read: the form again, with each line
        shown = [html.unescape(s) for s in re.findall(r"<li>(rectcheck: [^<]*)</li>", both_bad.text)]
        assert shown[0] == "rectcheck: empty.txt: 文件是空的" and "big.txt: 文件过大" in shown[1]
        half = _compare(client, ("empty.txt", b""), ("报告.txt", REPORT.encode("utf-8")), mode="trace")
        listing = client.get(half.headers["location"])
        assert half.headers["location"].count("/") == 2 and "无法对照" in listing.text
        assert "rectcheck: trace: 对照需要两份文稿都评审完成" in listing.text  # said in the page's language
        assert client.get(f"{half.headers['location']}/compare", follow_redirects=False).status_code == 303
    with TestClient(create_app(_config(tmp_path, results=1)), base_url="http://127.0.0.1:8765") as client:
        files = ("a.txt", PROGRESS.encode("utf-8")), ("b.txt", NEW.encode("utf-8"))
        assert _compare(client, *files, mode="diff").status_code == 303
        busy = _compare(client, *files, mode="diff")
        assert busy.status_code == 503 and "服务繁忙" in busy.text  # the page's one store holds one review


def test_the_documents_list_and_deleting_the_comparison(client: TestClient) -> None:
    location = _compare(client, ("a.txt", PROGRESS.encode("utf-8")), ("b.txt", NEW.encode("utf-8")), mode="diff",
                        lang="en").headers["location"]  # fmt: skip
    job = location.rsplit("/", 1)[0]
    assert client.get(job, follow_redirects=False).headers["location"] == location  # ready: the comparison
    listing = client.get(f"{job}?view=documents").text
    assert "See the comparison" in listing and listing.count('data-state="done"') == 2
    assert json.loads(client.get(f"{job}/2.json").text)["document"]["path"] == "b.txt"  # each review stands
    assert "Word comments .docx" in client.get(location).text
    assert client.post(f"{job}/delete", follow_redirects=False).status_code == 303
    assert client.get(location).status_code == 404 and client.get(f"{location}.json").status_code == 404


def test_several_uploads_are_reviewed_together_as_a_folder_is(client: TestClient) -> None:
    pasted = "聘请第三方机构对全系统医疗废物暂存点逐一排查，更换不合格暂存设施，完善交接登记。"
    a = f"县卫健局关于巡察整改情况的通报\n1.针对“医疗废物处置不规范”的问题。\n整改情况:{pasted}\n"
    b = f"县疾控中心关于巡察整改情况的通报\n1.针对“实验室废物管理混乱”的问题。\n整改情况:{pasted}\n"
    parts = [("files", (name, text.encode("utf-8"), "text/plain")) for name, text in (("a.txt", a), ("b.txt", b))]
    job = client.post("/review", data={"backend": "rules", "lang": "zh"}, files=parts, follow_redirects=False)
    location = job.headers["location"]
    assert "措施照搬 ×1" in client.get(location).text  # the batch table counts it for each document
    first = client.get(f"{location}/1.json").json()
    flag = first["findings"][0]["flags"][0]
    assert flag["code"] == "pasted_measure" and [p["document"] for p in flag["places"]] == ["a.txt", "b.txt"]
    assert "b.txt F1" in client.get(f"{location}/1").text  # the review page names the other place


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_both_forms_name_and_accept_every_format_the_command_line_reads(client: TestClient, lang: str) -> None:
    from checker.read.files import SUPPORTED_SUFFIXES

    page = html.unescape(client.get(f"/?lang={lang}").text)
    upload = re.search(r'<form method="post" action="/review\?lang=\w+".*?</form>', page, re.S)
    compare = re.search(r'<form method="post" action="/compare\?lang=\w+".*?</form>', page, re.S)
    assert upload is not None and compare is not None
    for form in (upload.group(0), compare.group(0)):
        accepts = re.findall(r'<input type="file"[^>]*accept="([^"]*)"', form)
        assert accepts and all(a.split(",") == list(SUPPORTED_SUFFIXES) for a in accepts)
        hint = " ".join(SUPPORTED_SUFFIXES)
        assert hint in form  # listed where the files are chosen: .odt .xls .ods .doc .wps among them
    for suffix in (".odt", ".xls", ".ods", ".doc", ".wps", ".et"):
        assert suffix in SUPPORTED_SUFFIXES


@pytest.mark.office
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_a_wps_draft_is_compared_as_its_word_file_is(client: TestClient, tmp_path: Path) -> None:
    second = plan_docx(tmp_path / "二稿.docx")
    wps = converted(second, "doc", tmp_path).rename(tmp_path / "二稿.wps")  # WPS writes Word 97 under .wps
    as_word = _compare(client, ("一稿.txt", PROGRESS.encode("utf-8")), ("二稿.docx", second.read_bytes()), mode="diff")
    as_wps = _compare(client, ("一稿.txt", PROGRESS.encode("utf-8")), ("二稿.wps", wps.read_bytes()), mode="diff")
    assert as_word.status_code == as_wps.status_code == 303
    word = DraftDiff.model_validate_json(client.get(f"{as_word.headers['location']}.json").text)
    other = DraftDiff.model_validate_json(client.get(f"{as_wps.headers['location']}.json").text)
    assert other.summary == word.summary
