"""Bounded memory and time for every input: .docx and PDF files that unpack, inflate, span or
repeat into far more than their size. Each ends well inside 10 s and 400 MB of peak RSS (measured
on the rectcheck process itself) with exit 2 and one line naming the limit it hit, or exit 0 where
the harmful part is simply not needed. Small ``--max-bytes`` values keep the bombs cheap to build.
"""

from __future__ import annotations

import json
import os
import re
import resource
import select
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from bench_support import load_gen_report
from hostile_files import (
    ADDRESS_SPACE_CAP,
    MB,
    ROOT,
    W_NS,
    Run,
    cell,
    docx,
    paragraph,
    pdf,
    run_measured,
    table,
)
from lxml import etree
from render_samples import TEXT

TIME_S = 10.0
PEAK_MB = 400.0
# A 20,000-line report takes a few seconds when its work grows linearly and minutes when it grows with
# the square; the bound tells the two apart on a loaded machine (bench/bench_docx.py measures speed)
LINEAR_TIME_S = 30.0
REPORT_BODY = "".join(paragraph(line) for line in TEXT.splitlines())
LONG_LINES = 20_000


def long_report() -> list[str]:
    """The first 20,000 lines of a generated report (realistic findings, so many comments)."""
    lines = load_gen_report().generate_report(2 * MB, seed=3).split("\n")[:LONG_LINES]
    assert len(lines) == LONG_LINES
    return lines


def comment_count(path: Path) -> int:
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("word/comments.xml"))
    return len(root.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}comment"))


def review(path: Path, *extra: str) -> Run:
    return run_measured("review", path, "--format", "json", "--fail-on", "never", *extra)


def assert_bounded(run: Run, seconds: float = TIME_S) -> None:
    assert run.seconds < seconds, f"took {run.seconds:.1f} s"
    assert run.peak_mb < PEAK_MB, f"peak RSS {run.peak_mb:.0f} MB"


def test_docx_parts_the_reader_does_not_need_are_never_unpacked(tmp_path: Path) -> None:
    nul = b"\0" * MB
    path = docx(tmp_path / "thumb.docx", REPORT_BODY, {
        "docProps/thumbnail.jpeg": (nul, 500), "word/styles.xml": (b" " * MB, 500),
    })  # fmt: skip
    assert path.stat().st_size < 5 * MB  # 1000 MB unpacked
    run = review(path)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["summary"]["findings"] == 3
    assert_bounded(run)


def test_docx_document_part_declared_too_large_is_refused_before_reading(tmp_path: Path) -> None:
    path = docx(tmp_path / "big.docx", REPORT_BODY + paragraph(" " * 600_000))
    run = review(path, "--max-bytes", "100000")
    assert run.returncode == 2
    assert run.one_line() == (
        f"rectcheck: {path}: word/document.xml unpacks to more than 0.5 MB (limit: 5 × --max-bytes)"
    )
    assert_bounded(run)


def test_docx_grid_span_of_two_billion_costs_nothing(tmp_path: Path) -> None:
    wide = table([[cell("责任单位", span=2_000_000_000), cell("办公室")], [cell("完成时限"), cell("2024年6月")]])
    path = docx(tmp_path / "wide.docx", REPORT_BODY + wide)
    run = run_measured("parse", path, "--format", "json")
    assert run.returncode == 0, run.stderr
    assert_bounded(run)
    assert run.seconds < 5


def test_docx_cell_merged_down_thousands_of_rows_is_linear(tmp_path: Path) -> None:
    rows = [[cell("第一项"), cell("办公室", merge="restart")]]
    rows += [[cell(f"第{i}项"), cell("", merge="continue")] for i in range(5000)]
    path = docx(tmp_path / "tall.docx", REPORT_BODY + table(rows))
    run = run_measured("parse", path, "--format", "json")
    assert run.returncode == 0, run.stderr
    assert_bounded(run)
    assert run.seconds < 5
    from checker.read import read_source

    source = read_source(path)
    assert source.text.count("办公室") == 1  # written once, its span shared by every row below
    spans = {row[1] for row in source.tables[0]}
    assert len(spans) == 1 and source.text[slice(*spans.pop())] == "办公室"


def nested_merges(depth: int) -> str:
    """Tables nested ``depth`` deep, each in a cell whose second row continues its vertical merge."""
    inner = paragraph("办公室")
    for _ in range(depth):
        first = f'<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>{inner}{paragraph("")}</w:tc>'
        below = f"<w:tc><w:tcPr><w:vMerge/></w:tcPr>{paragraph('')}</w:tc>"
        inner = f"<w:tbl><w:tr>{first}</w:tr><w:tr>{below}</w:tr></w:tbl>"
    return inner


def test_docx_merged_cells_nesting_tables_22_deep_are_read_once(tmp_path: Path) -> None:
    path = docx(tmp_path / "nested.docx", REPORT_BODY + nested_merges(22))
    assert path.stat().st_size < 64 * 1024  # the package python-docx writes is most of it
    run = run_measured("parse", path, "--format", "json")
    assert run.returncode == 0, run.stderr
    assert_bounded(run)
    assert run.seconds < 5
    from checker.read import read_source

    assert read_source(path).text.count("办公室") == 1  # a merged cell is read where it starts, once
    out = tmp_path / "annotated.docx"
    run = run_measured("review", path, "--format", "docx", "-o", out, "--fail-on", "never")
    assert run.returncode == 0, run.stderr  # the annotated copy maps the same text
    assert_bounded(run)


def test_docx_paragraph_of_millions_of_empty_elements_stops_at_the_element_limit(tmp_path: Path) -> None:
    path = docx(tmp_path / "runs.docx", REPORT_BODY + "<w:p>" + "<w:r/>" * 7_000_000 + "</w:p>")
    assert path.stat().st_size < 1 * MB
    run = review(path)
    assert run.returncode == 2
    assert run.one_line() == (
        f"rectcheck: {path}: a paragraph or table of word/document.xml holds more than 1,000,000 XML elements "
        "(limit per paragraph or table)"
    )
    assert_bounded(run)


def test_docx_table_of_a_thousand_rows_is_read(tmp_path: Path) -> None:
    rows = [[cell(f"第{i}项问题"), cell("已整改"), cell("办公室"), cell("2024年6月")] for i in range(1000)]
    path = docx(tmp_path / "large.docx", REPORT_BODY + table(rows))
    run = run_measured("parse", path, "--format", "json")
    assert run.returncode == 0, run.stderr
    assert_bounded(run)


def test_docx_millions_of_paragraphs_stop_at_the_line_limit(tmp_path: Path) -> None:
    path = docx(tmp_path / "blank.docx", REPORT_BODY + "<w:p/>" * 5_000_000)
    assert path.stat().st_size < 1 * MB
    run = review(path)
    assert run.returncode == 2
    assert run.one_line() == (
        f"rectcheck: {path}: too many lines: more than 655,360 (limit: one per 32 bytes of --max-bytes)"
    )
    assert_bounded(run)


def test_docx_extracted_text_is_held_to_max_bytes_while_extracting(tmp_path: Path) -> None:
    path = docx(tmp_path / "long.docx", REPORT_BODY + paragraph("整改措施落实到位。" * 20) * 300)  # about 160 KB of text
    run = review(path, "--max-bytes", str(128 * 1024))
    assert run.returncode == 2
    assert run.one_line() == f"rectcheck: {path}: text extracted from the .docx exceeds the limit of 0.1 MB (--max-bytes)"


def test_pdf_stream_inflating_past_the_limit_is_refused(tmp_path: Path) -> None:
    path = pdf(tmp_path / "bomb.pdf", ["Report"], extra_stream=(b"\0" * MB, 300))
    assert path.stat().st_size < 2 * MB
    run = review(path, "--max-bytes", str(20 * MB))
    assert run.returncode == 2
    assert run.one_line() == f"rectcheck: {path}: PDF streams inflate to more than 100.0 MB (limit: 5 × --max-bytes)"
    assert_bounded(run)


def test_pdf_pages_are_counted_before_any_is_read(tmp_path: Path) -> None:
    path = pdf(tmp_path / "pages.pdf", [f"page {i}" for i in range(101)])
    run = review(path, "--max-bytes", "100000")
    assert run.returncode == 2
    assert run.one_line() == f"rectcheck: {path}: PDF has more than 100 pages (limit: one per 10 KB of --max-bytes)"
    assert run.seconds < 5


def test_pdf_extracted_text_is_held_to_max_bytes(tmp_path: Path) -> None:
    path = pdf(tmp_path / "text.pdf", ["\n".join(["rectification measure completed"] * 50)] * 3)
    run = review(path, "--max-bytes", "3000")
    assert run.returncode == 2
    assert run.one_line() == f"rectcheck: {path}: text extracted from the PDF exceeds the limit of 0.002861 MB (--max-bytes)"


def html_page(path: Path, body: str, size: int) -> Path:
    """A page of about ``size`` bytes: a report paragraph, then ``body`` repeated."""
    head = "<html><head><meta charset=utf-8><title>整改</title></head><body><p>整改情况：已完成。</p>"
    path.write_text(head + body * ((size - len(head.encode())) // len(body.encode())) + "</body></html>", encoding="utf-8")
    return path


def test_html_of_a_million_flat_elements_stops_at_the_element_limit(tmp_path: Path) -> None:
    path = html_page(tmp_path / "spans.html", "<span>改</span>", 19 * MB)
    run = review(path)
    assert run.returncode == 2
    assert run.one_line() == (
        f"rectcheck: {path}: HTML has more than 1,048,576 elements (limit: one per 20 bytes of --max-bytes)"
    )
    assert_bounded(run)


@pytest.mark.parametrize(("body", "reason"), [
    ("<div>改", "too many lines: more than 655,360 (limit: one per 32 bytes of --max-bytes)"),
    ("<div>", "HTML has more than 1,048,576 elements (limit: one per 20 bytes of --max-bytes)"),
])  # fmt: skip
def test_html_nested_millions_deep_costs_no_tree(tmp_path: Path, body: str, reason: str) -> None:
    path = html_page(tmp_path / "divs.html", body, 19 * MB)
    run = review(path)
    assert run.returncode == 2
    assert run.one_line() == f"rectcheck: {path}: {reason}"
    assert_bounded(run)


def test_html_table_of_tens_of_thousands_of_rows_is_read(tmp_path: Path) -> None:
    row = "<tr><td>1</td><td>党组会议记录不规范</td><td>修订党组议事规则</td><td>办公室</td><td>2024年3月底前</td></tr>\n"
    path = html_page(tmp_path / "table.html", row, 8 * MB)
    run = run_measured("parse", path, "--format", "json")
    assert run.returncode == 0, run.stderr
    assert_bounded(run)


def test_blank_lines_in_a_text_file_count_against_the_line_limit(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(TEXT + "\n" * 2000, encoding="utf-8")
    run = review(path, "--max-bytes", "32000")
    assert run.returncode == 2
    assert run.one_line() == f"rectcheck: {path}: too many lines: more than 1,000 (limit: one per 32 bytes of --max-bytes)"


def test_annotated_copy_resolves_merged_cells_in_one_pass(tmp_path: Path) -> None:
    rows = [[cell("整改时限", span=2_000_000_000), cell("办公室", merge="restart")]]
    rows += [[cell(f"第{i}项"), cell("", merge="continue")] for i in range(3000)]
    path = docx(tmp_path / "merged.docx", REPORT_BODY + table(rows))
    out = tmp_path / "annotated.docx"
    run = run_measured("review", path, "--format", "docx", "-o", out, "--fail-on", "never")
    assert run.returncode == 0, run.stderr
    assert_bounded(run)
    assert out.stat().st_size > 0


def test_annotated_copy_of_a_docx_bomb_is_refused(tmp_path: Path) -> None:
    path = docx(tmp_path / "thumb.docx", REPORT_BODY, {"docProps/thumbnail.jpeg": (b"\0" * MB, 600)})
    out = tmp_path / "annotated.docx"
    run = run_measured("review", path, "--format", "docx", "-o", out, "--fail-on", "never")
    assert run.returncode == 2
    assert run.one_line() == f"rectcheck: {path}: cannot annotate: the .docx unpacks to more than 512 MB"
    assert_bounded(run)
    assert not out.exists()


def styles_docx(path: Path) -> Path:
    """The report with a styles part of 400 MB unpacked (well-formed), under the 512 MB cap."""
    style = b'<w:style w:type="paragraph" w:customStyle="1" w:styleId="S"><w:name w:val="S"/></w:style>'
    head = f'<?xml version="1.0" encoding="UTF-8"?><w:styles {W_NS}>'.encode()
    docx(path, REPORT_BODY, {"word/styles.xml": (head, style * (MB // len(style)), 400, b"</w:styles>")})
    assert path.stat().st_size < 5 * MB
    return path


def test_annotated_copy_streams_the_parts_it_does_not_change(tmp_path: Path) -> None:
    path = styles_docx(tmp_path / "styles.docx")
    out = tmp_path / "annotated.docx"
    run = run_measured("review", path, "--format", "docx", "-o", out, "--fail-on", "never")
    assert run.returncode == 0, run.stderr
    assert_bounded(run)
    with zipfile.ZipFile(path) as before, zipfile.ZipFile(out) as after:
        styles_in, styles_out = before.getinfo("word/styles.xml"), after.getinfo("word/styles.xml")
        assert (styles_out.CRC, styles_out.file_size) == (styles_in.CRC, styles_in.file_size)
    assert comment_count(out) > 1


def test_word_file_built_from_a_long_text_is_linear(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("\n".join(long_report()), encoding="utf-8")
    out = tmp_path / "long.docx"
    run = run_measured("review", path, "--format", "docx", "-o", out, "--fail-on", "never")
    assert run.returncode == 0, run.stderr
    assert_bounded(run, LINEAR_TIME_S)
    assert comment_count(out) > 1000


def test_comments_placed_in_a_long_word_file_are_linear(tmp_path: Path) -> None:
    def runs(line: str) -> str:  # several runs a line: evidence starts and ends inside them
        pieces = [line[i : i + 7] for i in range(0, len(line), 7)]
        return "".join(f'<w:r><w:t xml:space="preserve">{escape(piece)}</w:t></w:r>' for piece in pieces)

    path = docx(tmp_path / "long.docx", "".join(f"<w:p>{runs(line)}</w:p>" for line in long_report()))
    out = tmp_path / "annotated.docx"
    run = run_measured("review", path, "--format", "docx", "-o", out, "--fail-on", "never")
    assert run.returncode == 0, run.stderr
    assert_bounded(run, LINEAR_TIME_S)
    assert comment_count(out) > 1000


def _peak_mb(pid: int) -> float:
    """The process's own peak RSS so far (VmHWM, in kB)."""
    status = Path(f"/proc/{pid}/status").read_text(encoding="utf-8")
    found = re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE)
    assert found, status
    return int(found.group(1)) / 1024


def test_one_download_on_the_page_streams_the_parts_it_does_not_change(tmp_path: Path) -> None:
    import httpx

    path = styles_docx(tmp_path / "styles.docx")
    (tmp_path / "rectcheck.toml").write_text("", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    cap = lambda: resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_CAP, ADDRESS_SPACE_CAP))  # noqa: E731
    server = subprocess.Popen([sys.executable, "-m", "checker", "serve", "--port", "0"], cwd=tmp_path, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=cap)  # fmt: skip
    try:
        ready, _, _ = select.select([server.stdout], [], [], 30)
        assert ready, "the server printed no address"
        found = re.search(r"serving on (http://127\.0\.0\.1:\d+)/", server.stdout.readline())  # type: ignore[union-attr]
        assert found
        with httpx.Client(base_url=found.group(1), timeout=60) as client:
            files = [("files", (path.name, path.read_bytes(), "application/octet-stream"))]
            location = client.post("/review", data={"backend": "rules", "lang": "zh"}, files=files).headers["location"]
            deadline = time.monotonic() + 30
            while client.get(f"{location}.json").status_code != 200 and time.monotonic() < deadline:
                time.sleep(0.2)  # the review is done when its JSON is there
            started = time.monotonic()
            got = client.get(f"{location}.docx")
            seconds = time.monotonic() - started
        peak_mb = _peak_mb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert got.status_code == 200, got.text[:300]
    assert seconds < TIME_S, f"took {seconds:.1f} s"
    assert peak_mb < PEAK_MB, f"peak RSS {peak_mb:.0f} MB"
    out = tmp_path / "annotated.docx"
    out.write_bytes(got.content)
    assert comment_count(out) > 1
