"""The reader: every supported format into a Source, and every kind of bad input refused cleanly."""

from __future__ import annotations

import os
import pickle
import time
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from read_fixtures import (
    CJK_FONT,
    CLOSING,
    INTRO,
    PLAN_HEADER,
    PLAN_ROWS,
    PREAMBLE,
    REPORT_TEXT,
    docx_with_bad_xml,
    encrypted_pdf,
    image_only_pdf,
    plan_docx,
    snapshot,
    text_pdf,
    wrap_in_content_control,
    zip_without_document,
)

from checker.errors import InputError
from checker.read import DEFAULT_MAX_BYTES, SUPPORTED_SUFFIXES, is_supported, read_source
from checker.read.encoding import decode_bytes, reads_as_chinese

SEEDS = sorted((Path(__file__).parent.parent / "eval" / "seeds").glob("*.txt"))


def read_unchanged(path: Path, **kwargs: int):
    """read_source, asserting the file's bytes, mtime and mode are untouched."""
    before = snapshot(path)
    try:
        return read_source(path, **kwargs)
    finally:
        assert snapshot(path) == before


def refused(path: Path, **kwargs: int) -> InputError:
    before = snapshot(path) if path.is_file() else None
    with pytest.raises(InputError) as caught:
        read_source(path, **kwargs)
    if before is not None:
        assert snapshot(path) == before
    assert caught.value.path == str(path)
    assert str(caught.value) == f"{path}: {caught.value.reason}"
    return caught.value


# ---------------------------------------------------------------- text and encodings


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_seeds_read_as_utf8_text(seed: Path) -> None:
    source = read_unchanged(seed)
    assert source.format == "txt"
    assert source.encoding == "utf-8"
    assert source.text == seed.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    assert source.tables == []


def test_utf8_text_is_kept_exactly(tmp_path: Path) -> None:
    text = REPORT_TEXT + "（１）ＸＸ单位\u3000全角字符与 NBSP\u00a0保留。\n"
    path = tmp_path / "report.txt"
    path.write_bytes(text.encode("utf-8"))
    source = read_unchanged(path)
    assert source.text == text  # no NFKC: full-width forms and ideographic spaces stay
    assert source.encoding == "utf-8"
    assert source.path == str(path)


def test_markdown_keeps_its_markup(tmp_path: Path) -> None:
    text = "# 整改情况\n\n## 一、党建方面\n\n- **问题**：会议记录不规范\n"
    path = tmp_path / "report.md"
    path.write_text(text, encoding="utf-8")
    source = read_unchanged(path)
    assert (source.format, source.text) == ("md", text)


def test_utf8_bom_is_stripped_and_offsets_follow_it(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + REPORT_TEXT.encode("utf-8"))
    source = read_unchanged(path)
    assert source.encoding == "utf-8-sig"
    assert source.text == REPORT_TEXT
    assert source.text.index("整改情况") == REPORT_TEXT.index("整改情况")


def test_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "notepad.txt"
    path.write_bytes(REPORT_TEXT.replace("\n", "\r\n").encode("utf-16"))
    source = read_unchanged(path)
    assert (source.text, source.encoding) == (REPORT_TEXT, "utf-16")


@pytest.mark.parametrize("codec", ["gb18030", "gbk", "gb2312"])
def test_gb_family_report_is_detected_as_gb18030(tmp_path: Path, codec: str) -> None:
    path = tmp_path / f"{codec}.txt"
    path.write_bytes(REPORT_TEXT.encode(codec))
    source = read_unchanged(path)
    assert (source.text, source.encoding) == (REPORT_TEXT, "gb18030")


@pytest.mark.parametrize(
    "text",
    ["整改完成", "已整改", "责任单位：办公室", "巡察反馈问题整改情况", "整改时限：2024年6月底", "问题：台账不全。"],
)
def test_short_gb18030_text_is_not_mistaken_for_a_western_code_page(tmp_path: Path, text: str) -> None:
    path = tmp_path / "short.txt"
    path.write_bytes(text.encode("gb18030"))
    source = read_unchanged(path)
    assert (source.text, source.encoding) == (text, "gb18030")


def test_gb18030_four_byte_characters(tmp_path: Path) -> None:
    text = "整改涉及㐀字与𠀀字，已核实。"  # CJK extension A and B: only GB18030 encodes them
    path = tmp_path / "ext.txt"
    path.write_bytes(text.encode("gb18030"))
    assert read_unchanged(path).text == text


def test_big5_is_not_forced_into_gb18030(tmp_path: Path) -> None:
    text = "關於巡察反饋問題整改情況的通報，整改措施落實到位，責任單位已經完成。"
    path = tmp_path / "big5.txt"
    path.write_bytes(text.encode("big5"))
    source = read_unchanged(path)
    assert source.text == text
    assert source.encoding != "gb18030"


def test_chinese_check_rejects_mis_decodings() -> None:
    assert reads_as_chinese(REPORT_TEXT)
    assert not reads_as_chinese(REPORT_TEXT.encode("gb18030").decode("cp1251"))
    assert not reads_as_chinese(REPORT_TEXT.encode("big5", errors="ignore").decode("gbk", errors="ignore"))


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_newlines_are_normalised(tmp_path: Path, newline: str) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(REPORT_TEXT.replace("\n", newline).encode("utf-8"))
    source = read_unchanged(path)
    assert source.text == REPORT_TEXT
    assert "\r" not in source.text


def test_declared_charset_is_used_only_when_it_decodes() -> None:
    data = REPORT_TEXT.encode("gb18030")
    assert decode_bytes(data, declared="gb2312") == (REPORT_TEXT, "gb18030")
    # A page that lies about its charset is still read correctly.
    assert decode_bytes(REPORT_TEXT.encode("utf-8"), declared="gb2312")[0] == REPORT_TEXT
    assert decode_bytes(data, declared="no-such-charset") == (REPORT_TEXT, "gb18030")


_REPORT_CHARS = st.sampled_from(list("巡察反馈问题整改情况责任单位时限已完成一二三、，。：；（）“”《》0123456789 AXabc\t\n\r"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(_REPORT_CHARS, min_size=1, max_size=200), codec=st.sampled_from(["utf-8", "gb18030"]))
def test_any_report_text_round_trips(tmp_path: Path, text: str, codec: str) -> None:
    if not text.strip():
        return
    path = tmp_path / "prop.txt"
    path.write_bytes(text.encode(codec))
    expected = text.replace("\r\n", "\n").replace("\r", "\n")
    assert read_source(path).text == expected


# ---------------------------------------------------------------- docx


def _lines(text: str) -> list[str]:
    return text.split("\n")


def test_docx_paragraphs_and_table_in_document_order(tmp_path: Path) -> None:
    source = read_unchanged(plan_docx(tmp_path / "plan.docx"))
    assert source.format == "docx"
    expected_rows = ["\t".join(row) for row in [PLAN_HEADER, *PLAN_ROWS]]
    assert _lines(source.text) == [INTRO, PREAMBLE, *expected_rows, CLOSING]


def test_docx_table_spans_point_at_each_cell(tmp_path: Path) -> None:
    source = read_unchanged(plan_docx(tmp_path / "plan.docx"))
    assert len(source.tables) == 1
    rows = source.tables[0]
    assert [[source.text[a:b] for a, b in row] for row in rows] == [PLAN_HEADER, *PLAN_ROWS]
    # Each row's cells lie on one line, in order.
    for row in rows:
        line_start = source.text.rfind("\n", 0, row[0][0]) + 1
        line_end = source.text.find("\n", row[-1][1])
        assert source.text[line_start:line_end] == "\t".join(source.text[a:b] for a, b in row)
    blank = rows[3][4]
    assert blank[0] == blank[1]  # the blank 整改时限 is an empty span, not missing


def test_docx_horizontally_merged_cell_appears_once(tmp_path: Path) -> None:
    source = read_unchanged(plan_docx(tmp_path / "plan.docx", span_title=True))
    title_row = source.tables[0][0]
    assert [source.text[a:b] for a, b in title_row] == ["整改任务清单"]
    assert source.text.count("整改任务清单") == 1
    assert _lines(source.text)[2] == "整改任务清单"


def test_docx_vertically_merged_cell_is_written_once_and_shared(tmp_path: Path) -> None:
    source = read_unchanged(plan_docx(tmp_path / "plan.docx", merge_owner=True))
    rows = source.tables[0]
    owners = [source.text[a:b] for a, b in (row[3] for row in rows)]
    assert owners == ["责任单位", "办公室", "财务股", "财务股"]
    assert rows[2][3] == rows[3][3]  # the same span: the text is not duplicated
    assert source.text.count("财务股") == 1
    assert _lines(source.text)[5].split("\t")[3] == ""


def test_docx_multi_paragraph_cell_stays_on_its_row_line(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "问题", "整改措施"
    table.cell(1, 0).text = "制度不健全"
    cell = table.cell(1, 1)
    cell.text = "1.修订制度；"
    cell.add_paragraph("2.开展培训\t考核。")
    path = tmp_path / "cells.docx"
    document.save(str(path))
    source = read_unchanged(path)
    assert _lines(source.text) == ["问题\t整改措施", "制度不健全\t1.修订制度； 2.开展培训 考核。"]
    start, end = source.tables[0][1][1]
    assert source.text[start:end] == "1.修订制度； 2.开展培训 考核。"


def test_docx_text_inside_content_controls_is_read(tmp_path: Path) -> None:
    source = read_unchanged(wrap_in_content_control(tmp_path / "sdt.docx", "问题：档案管理不规范。"))
    assert source.text == "问题：档案管理不规范。"


# ---------------------------------------------------------------- pdf


def test_pdf_pages_are_joined_by_newlines(tmp_path: Path) -> None:
    path = text_pdf(tmp_path / "report.pdf", ["Rectification report", "Measure one: audit the accounts."])
    source = read_unchanged(path)
    assert source.format == "pdf"
    assert source.text == "Rectification report\nMeasure one: audit the accounts."


@pytest.mark.fonts
@pytest.mark.skipif(CJK_FONT is None, reason="no CJK font with TrueType outlines (tests/setup_system.sh installs one)")
def test_chinese_pdf(tmp_path: Path) -> None:
    pages = ["关于巡察反馈问题整改情况的通报", "整改情况：已修订制度3项。"]
    source = read_unchanged(text_pdf(tmp_path / "report.pdf", pages, cjk=True))
    assert source.text == "\n".join(pages)


# ---------------------------------------------------------------- html


PAGE = """<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>网站标题</title>
<style>p {{ color: red }}</style><script>var tracker = "统计代码";</script></head>
<body>
<nav><a href="/">首页</a> &gt; <a href="/news">新闻</a></nav>
<h1>关于巡察整改情况的通报</h1>
<p>一、问题：党组会议
   记录不规范。<br>整改情况：已修订制度。</p>
<div style="display: none">隐藏的分享按钮</div>
<table><tr><th>问题</th><th>责任单位</th></tr><tr><td> 资金拨付滞后 </td><td>财务股</td></tr></table>
<script>document.title = "pwned";</script>
<p>&nbsp;二、整改时限：2024年6月底&amp;长期坚持</p>
</body></html>"""
PAGE_TEXT = (
    "关于巡察整改情况的通报\n一、问题：党组会议记录不规范。\n整改情况：已修订制度。\n"
    "问题\t责任单位\n资金拨付滞后\t财务股\n二、整改时限：2024年6月底&长期坚持"
)


@pytest.mark.parametrize(("suffix", "charset", "codec"), [(".html", "utf-8", "utf-8"), (".htm", "gb2312", "gb18030")])
def test_html_visible_text(tmp_path: Path, suffix: str, charset: str, codec: str) -> None:
    path = tmp_path / f"page{suffix}"
    path.write_bytes(PAGE.format(charset=charset).encode(codec))
    source = read_unchanged(path)
    assert (source.format, source.encoding) == ("html", codec)
    assert source.text == PAGE_TEXT
    for hidden in ("统计代码", "pwned", "首页", "网站标题", "隐藏", "color"):
        assert hidden not in source.text


def test_html_without_declared_charset_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes("<p>整改情况：已完成。</p><p>责任单位：办公室</p>".encode("gb18030"))
    source = read_unchanged(path)
    assert (source.text, source.encoding) == ("整改情况：已完成。\n责任单位：办公室", "gb18030")


def test_html_with_an_unclosed_head_keeps_its_body(tmp_path: Path) -> None:
    path = tmp_path / "sloppy.html"
    path.write_bytes("<html><head><title>标题</title><meta charset=utf-8><body><p>整改情况：已完成。".encode())
    assert read_unchanged(path).text == "整改情况：已完成。"


def test_html_declaring_the_wrong_charset_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "lying.html"
    path.write_bytes('<meta charset="gb2312"><p>整改情况：已完成。</p>'.encode())
    source = read_unchanged(path)
    assert (source.text, source.encoding) == ("整改情况：已完成。", "utf-8")


# ---------------------------------------------------------------- bad input


def test_bom_followed_by_invalid_utf8(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes(b"\xef\xbb\xbf" + REPORT_TEXT.encode("gb18030"))
    assert refused(path).reason == "not valid UTF-8 despite its byte-order mark"


def test_missing_file(tmp_path: Path) -> None:
    assert refused(tmp_path / "nope.txt").reason == "no such file"


def test_directory(tmp_path: Path) -> None:
    assert refused(tmp_path).reason == "is a directory, not a file"


@pytest.mark.parametrize("suffix", SUPPORTED_SUFFIXES)
def test_empty_file(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"empty{suffix}"
    path.write_bytes(b"")
    assert refused(path).reason == "file is empty"


@pytest.mark.parametrize("content", [" \n\t\r\n", "\u3000\u3000\n"])
def test_whitespace_only_text(tmp_path: Path, content: str) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(content.encode("utf-8"))
    assert refused(path).reason == "file contains only whitespace"


def test_docx_without_text(tmp_path: Path) -> None:
    path = tmp_path / "blank.docx"
    document = docx.Document()
    document.add_paragraph("   ")
    document.save(str(path))
    assert refused(path).reason == "no text found in the docx document"


def test_html_with_only_scripts(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<html><head><title>标题</title></head><body><script>alert(1)</script></body></html>")
    assert refused(path).reason == "no text found in the html document"


def test_binary_with_nul_bytes(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert "binary" in refused(path).reason


def test_binary_without_nul_bytes(tmp_path: Path) -> None:
    path = tmp_path / "noise.md"
    path.write_bytes(bytes((i * 7919) % 255 + 1 for i in range(4000)))
    assert "binary" in refused(path).reason


def test_text_full_of_control_characters(tmp_path: Path) -> None:
    path = tmp_path / "controls.txt"
    path.write_bytes(("整改\x01\x02\x03" * 50).encode("utf-8"))
    assert refused(path).reason == "binary data (control characters), not a text file"


def test_corrupt_docx_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "old.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)  # an OLE .doc renamed
    assert refused(path).reason.startswith("corrupt .docx: not a zip archive")


def test_corrupt_docx_without_document_part(tmp_path: Path) -> None:
    path = zip_without_document(tmp_path / "empty-zip.docx")
    assert refused(path).reason == "corrupt .docx: no word/document.xml in the archive"


def test_corrupt_docx_with_bad_xml(tmp_path: Path) -> None:
    good = plan_docx(tmp_path / "good.docx")
    path = docx_with_bad_xml(tmp_path / "bad.docx", good)
    assert refused(path).reason.startswith("corrupt .docx: ")


def test_truncated_docx(tmp_path: Path) -> None:
    good = plan_docx(tmp_path / "good.docx").read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(good[: len(good) // 2])
    assert refused(path).reason.startswith("corrupt .docx")


@pytest.mark.parametrize(
    "content",
    [b"this is not a pdf at all", b"%PDF-1.7\n" + bytes(range(1, 200)) * 5],
    ids=["no-header", "garbage-body"],
)
def test_corrupt_pdf(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(content)
    assert refused(path).reason.startswith("corrupt PDF")


def test_truncated_pdf(tmp_path: Path) -> None:
    good = text_pdf(tmp_path / "good.pdf", ["Rectification report"]).read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(good[: len(good) // 3])
    reason = refused(path).reason
    assert reason.startswith("corrupt PDF") or reason.startswith("PDF has no text layer")


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    path = image_only_pdf(tmp_path / "scan.pdf")
    assert refused(path).reason == "PDF has no text layer (scanned?); OCR it first"


def test_encrypted_pdf(tmp_path: Path) -> None:
    path = encrypted_pdf(tmp_path / "locked.pdf")
    assert refused(path).reason.startswith("PDF is encrypted")


@pytest.mark.parametrize("name", ["report.pptx", "report.rtf", "report.numbers", "README"])
def test_unsupported_extension(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("整改情况", encoding="utf-8")
    reason = refused(path).reason
    assert reason.startswith("unsupported file type")
    assert all(suffix in reason for suffix in SUPPORTED_SUFFIXES)
    assert not is_supported(path)


def test_suffix_case_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "REPORT.TXT"
    path.write_text(REPORT_TEXT, encoding="utf-8")
    assert read_unchanged(path).format == "txt"
    assert is_supported(path)


def test_too_large_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(REPORT_TEXT.encode("utf-8") * 40)
    size = path.stat().st_size

    def no_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened although stat() already showed it is too large")

    monkeypatch.setattr(Path, "open", no_open)
    reason = refused(path, max_bytes=size - 1).reason
    assert reason.startswith("file too large: ")
    assert reason.count(" MB") == 2
    assert f"{size / 1048576:.6f}".rstrip("0") in reason


def test_too_large_message_in_megabytes(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:  # sparse: 21 MB without writing 21 MB
        handle.truncate(21 * 1024 * 1024)
    assert refused(path).reason == "file too large: 21.0 MB exceeds the limit of 20.0 MB (--max-bytes)"
    assert DEFAULT_MAX_BYTES == 20 * 1024 * 1024


def test_at_the_limit_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "exact.txt"
    path.write_bytes(REPORT_TEXT.encode("utf-8"))
    assert read_unchanged(path, max_bytes=path.stat().st_size).text == REPORT_TEXT


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(REPORT_TEXT, encoding="utf-8")

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", denied)
    assert refused(path).reason == "permission denied"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_permission_denied_by_mode(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(REPORT_TEXT, encoding="utf-8")
    path.chmod(0)
    try:
        assert refused(path).reason == "permission denied"
    finally:
        path.chmod(0o644)


def test_fifo_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    assert refused(path).reason == "not a regular file"  # and it did not block waiting for a writer




# ---------------------------------------------------------------- speed


def test_reading_megabytes_is_fast(tmp_path: Path) -> None:
    paragraph = "一、关于党组会议记录不规范问题。整改情况：已修订《党组议事规则》，补记表决情况12项。\r\n"
    path = tmp_path / "long.txt"
    path.write_bytes((paragraph * 40_000).encode("gb18030"))  # about 4 MB
    started = time.perf_counter()
    source = read_source(path)
    elapsed = time.perf_counter() - started
    assert source.encoding == "gb18030"
    assert len(source.text) == (len(paragraph) - 1) * 40_000
    assert elapsed < 3.0, f"reading 4 MB took {elapsed:.2f}s"


def test_a_reason_comes_back_from_the_reading_worker_with_its_key(tmp_path: Path) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not a zip")
    error = refused(broken)  # read in a worker process
    assert error.why is not None and error.why.key == "docx_not_zip"
    assert error.why.text("zh") == ".docx 文件已损坏：不是 zip 压缩包（是否把旧版 .doc 或其他格式改了扩展名？）"
    assert error.reason == str(error.why) == "corrupt .docx: not a zip archive (an old .doc or another format renamed?)"
    again = pickle.loads(pickle.dumps(error))  # as it crosses to another process
    assert (str(again), again.path, again.why) == (str(error), error.path, error.why)
