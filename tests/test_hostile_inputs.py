"""Bounded memory and time for every input: .docx and PDF files that unpack, inflate, span or
repeat into far more than their size. Each ends well inside 10 s and 400 MB of peak RSS (measured
on the rectcheck process itself) with exit 2 and one line naming the limit it hit, or exit 0 where
the harmful part is simply not needed. Small ``--max-bytes`` values keep the bombs cheap to build.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hostile_files import MB, Run, cell, docx, paragraph, pdf, run_measured, table
from render_samples import TEXT

TIME_S = 10.0
PEAK_MB = 400.0
REPORT_BODY = "".join(paragraph(line) for line in TEXT.splitlines())


def review(path: Path, *extra: str) -> Run:
    return run_measured("review", path, "--format", "json", "--fail-on", "never", *extra)


def assert_bounded(run: Run) -> None:
    assert run.seconds < TIME_S, f"took {run.seconds:.1f} s"
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
