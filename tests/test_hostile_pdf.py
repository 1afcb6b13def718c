"""Hostile PDFs of a few kilobytes: forms drawing each other, one page drawing tens of thousands
of lines of text or of ruling lines, streams that decode to hundreds of megabytes through any filter chain or zlib header.
Each is built by hand here and ends within 10 s and 400 MB of peak RSS (the rectcheck process and
its reading worker) with exit 2 and one line naming the limit, or is read when the costly part is
never needed to read text.
"""

from __future__ import annotations

import base64
import zlib
from pathlib import Path

import pytest
from hostile_files import (
    MB,
    TEXT_LINE,
    Run,
    lzw_zeros,
    one_page_objects,
    one_page_pdf,
    pdf_form,
    pdf_objects,
    pdf_stream,
    run_measured,
)

TIME_S = 10.0
PEAK_MB = 400.0


def review(path: Path, *extra: str) -> Run:
    return run_measured("review", path, "--format", "json", "--fail-on", "never", *extra)


def assert_bounded(run: Run) -> None:
    assert run.seconds < TIME_S, f"took {run.seconds:.1f} s"
    assert run.peak_mb < PEAK_MB, f"peak RSS {run.peak_mb:.0f} MB"


def zeros_deflated(megabytes: int, wbits: int = 15) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, wbits)
    return b"".join(packer.compress(b"\0" * MB) for _ in range(megabytes)) + packer.flush()


# ---------------------------------------------------------------- drawing


def test_forms_drawing_each_other_ten_times_each_stop_at_the_form_limit(tmp_path: Path) -> None:
    forms = [pdf_form(b"/X%d Do " % (i + 1) * 10) for i in range(6)] + [pdf_form(b"BT /F1 12 Tf 72 720 Td (A) Tj ET")]
    path = one_page_pdf(tmp_path / "forms.pdf", b"/X0 Do", forms=forms)  # a million forms drawn
    assert path.stat().st_size < 3000
    run = review(path)
    assert run.returncode == 2
    assert run.one_line() == f"rectcheck: {path}: PDF page 1 draws more than 2,000 forms and images (limit per page)"
    assert_bounded(run)


def test_forms_nested_past_the_limit_are_refused(tmp_path: Path) -> None:
    forms = [pdf_form(b"/X%d Do" % (i + 1)) for i in range(30)] + [pdf_form(TEXT_LINE)]
    path = one_page_pdf(tmp_path / "deep.pdf", b"/X0 Do", forms=forms)
    run = review(path)
    assert run.returncode == 2
    assert run.one_line() == f"rectcheck: {path}: PDF page 1 nests forms more than 12 deep (limit)"
    assert_bounded(run)


def test_forms_drawing_each_other_in_a_circle_are_drawn_once(tmp_path: Path) -> None:
    forms = [pdf_form(TEXT_LINE + b" /X1 Do"), pdf_form(b"/X0 Do")]
    path = one_page_pdf(tmp_path / "loop.pdf", b"/X0 Do", forms=forms)
    run = review(path)
    assert run.returncode in (0, 1), run.stderr
    assert_bounded(run)


@pytest.mark.parametrize("lines", [5_000, 20_000])
def test_a_page_drawing_thousands_of_lines_stops_at_the_character_limit(tmp_path: Path, lines: int) -> None:
    content = b"BT /F1 12 Tf 14 TL 72 720 Td " + b"(measure completed) Tj T* " * lines + b"ET"
    path = one_page_pdf(tmp_path / "lines.pdf", zlib.compress(content, 9), b"/Filter /FlateDecode")
    assert path.stat().st_size < 3000
    run = review(path)
    assert run.returncode == 2
    assert run.one_line() == f"rectcheck: {path}: PDF page 1 draws more than 40,000 characters (limit per page)"
    assert_bounded(run)


def _grid(n: int) -> bytes:
    """``n`` + 1 ruling lines down and across the page: a table of n × n cells."""
    down = b"".join(b"%d 72 m %d 720 l S " % (72 + i * 468 // n, 72 + i * 468 // n) for i in range(n + 1))
    return down + b"".join(b"72 %d m 540 %d l S " % (72 + i * 648 // n, 72 + i * 648 // n) for i in range(n + 1))


@pytest.mark.parametrize(("rules", "strokes"), [(150, 0), (8, 20_000)])
def test_a_page_ruled_past_any_table_is_read_as_its_lines(tmp_path: Path, rules: int, strokes: int) -> None:
    """Tables are sought from a page's rules only while they are few: a grid of 150 × 150 cells (whose
    crossings would cost the square of their number) or twenty thousand strokes are read as lines."""
    content = _grid(rules) + b"0 0 m 1 1 l S " * strokes + TEXT_LINE
    path = one_page_pdf(tmp_path / "ruled.pdf", zlib.compress(content, 9), b"/Filter /FlateDecode")
    assert path.stat().st_size < 5000
    run = review(path)
    assert run.returncode in (0, 1), run.stderr
    assert_bounded(run)
    from checker.read import read_source

    source = read_source(path)
    assert source.text == "Rectification completed" and source.tables == []


def test_forms_a_page_draws_a_few_times_are_read(tmp_path: Path) -> None:
    below = b"/X1 Do 1 0 0 1 0 -20 cm " * 3  # each drawn 20 points under the last
    forms = [pdf_form(below), pdf_form(b"BT /F1 12 Tf 72 720 Td (Rectification completed on time.) Tj ET")]
    path = one_page_pdf(tmp_path / "forms.pdf", b"q /X0 Do Q q 0.5 0 0 0.5 0 0 cm /X0 Do Q", forms=forms)
    from checker.read import read_source

    assert read_source(path).text.count("Rectification completed on time.") == 6


# ---------------------------------------------------------------- decoding


def hex_flate(megabytes: int) -> tuple[bytes, bytes]:
    return b"/Filter [/ASCIIHexDecode /FlateDecode]", zeros_deflated(megabytes).hex().encode() + b">"


def a85_flate(megabytes: int) -> tuple[bytes, bytes]:
    return b"/Filter [/A85 /Fl]", base64.a85encode(zeros_deflated(megabytes), adobe=True)


def small_window_flate(megabytes: int) -> tuple[bytes, bytes]:
    body = zeros_deflated(megabytes, wbits=13)
    assert body[0] == 0x58  # a valid zlib header that is not 0x78
    return b"/Filter /FlateDecode", body


def lzw(megabytes: int) -> tuple[bytes, bytes]:
    return b"/Filter /LZWDecode", lzw_zeros(megabytes // 7 + 1)


def run_length(megabytes: int) -> tuple[bytes, bytes]:
    return b"/Filter /RunLengthDecode", b"\x81\x00" * (megabytes * MB // 128) + b"\x80"


@pytest.mark.parametrize("chain", [hex_flate, a85_flate, small_window_flate, lzw])
def test_page_content_decoding_to_400_mb_through_any_chain_is_refused(tmp_path: Path, chain) -> None:  # type: ignore[no-untyped-def]
    entries, body = chain(400)
    path = one_page_pdf(tmp_path / "bomb.pdf", body, entries)
    assert path.stat().st_size < 1 * MB
    run = review(path)
    assert run.returncode == 2
    assert run.one_line() == f"rectcheck: {path}: PDF streams inflate to more than 100.0 MB (limit: 5 × --max-bytes)"
    assert_bounded(run)


def test_run_length_past_the_limit_is_refused(tmp_path: Path) -> None:
    entries, body = run_length(20)
    path = one_page_pdf(tmp_path / "runs.pdf", body, entries)
    run = review(path, "--max-bytes", str(1 * MB))
    assert run.returncode == 2
    assert run.one_line() == f"rectcheck: {path}: PDF streams inflate to more than 5.0 MB (limit: 5 × --max-bytes)"
    assert_bounded(run)


def test_filters_and_length_named_through_references_are_followed(tmp_path: Path) -> None:
    body = zeros_deflated(400).hex().encode() + b">"
    content = b"<< /Filter 7 0 R /Length 6 0 R >>\nstream\n" + body + b"\nendstream"
    others = [b"%d" % len(body), b"[/AHx 8 0 R]", b"/FlateDecode"]
    path = pdf_objects(tmp_path / "refs.pdf", one_page_objects(content, others=others))
    run = review(path)
    assert run.returncode == 2
    assert run.one_line() == f"rectcheck: {path}: PDF streams inflate to more than 100.0 MB (limit: 5 × --max-bytes)"
    assert_bounded(run)


def test_an_image_is_not_decoded_to_read_text(tmp_path: Path) -> None:
    image = pdf_stream(
        b"/Type /XObject /Subtype /Image /Width 8000 /Height 8000 /ColorSpace /DeviceRGB /BitsPerComponent 8 "
        b"/Filter /FlateDecode", zeros_deflated(180),
    )  # fmt: skip
    content = b"q 612 0 0 792 0 0 cm /X0 Do Q " + TEXT_LINE
    path = one_page_pdf(tmp_path / "scan.pdf", content, forms=[image])
    run = review(path)
    assert run.returncode == 0, run.stderr
    assert_bounded(run)
