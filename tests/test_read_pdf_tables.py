"""Tables printed to PDF read as their Word tables: cells wrapping over several lines joined back,
rows rebuilt from where the words stand (ruled tables from their rules, tables without rules from
their header row's column gaps), a table going on over a page break read as one; and the rules of
the rebuilding on lines placed by hand."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from office_fixtures import SOFFICE, TABLE_HEADER, TABLE_TITLE, converted, table_report_docx

from checker.options import ReviewOptions
from checker.pipeline import review_path
from checker.read import read_source
from checker.read.pdf_paragraphs import Glyph, Line, paragraphs
from checker.read.pdf_tables import Grid, aligned_grids, cell_joined, join_pages
from checker.rubric import load_rubric

RUBRIC = load_rubric(None)
NO_OFFICE = "LibreOffice is not installed; tests/setup_system.sh installs it as root"
# (ruled, times the five rows, header row printed on each page)
LAYOUTS = {
    "ruled": (True, 1, False),
    "unruled": (False, 1, False),
    "ruled over pages": (True, 4, False),
    "unruled over pages": (False, 4, False),
    "ruled, header on each page": (True, 4, True),
    "unruled, header on each page": (False, 4, True),
}


def reading(path: Path) -> tuple[object, ...]:
    """What a review makes of a document: its title, findings with their fields and flags, summary."""
    review = review_path(path, RUBRIC, ReviewOptions())
    findings = [
        (f.title, f.finding_text, f.measure_text, f.measures, f.owners, f.deadline,
         [(fl.code, fl.evidence) for fl in f.flags])
        for f in review.findings
    ]  # fmt: skip
    flags = [(fl.code, fl.evidence) for fl in review.document_flags]
    return review.document.title, findings, flags, review.summary.score, review.summary.verdict


@pytest.fixture(scope="module", params=list(LAYOUTS))
def printed_table(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """A 整改台账 Word table and the PDF LibreOffice prints of it."""
    ruled, repeat, header = LAYOUTS[request.param]
    work = tmp_path_factory.mktemp("table")
    docx = table_report_docx(work / "台账.docx", ruled=ruled, repeat=repeat, header_on_each_page=header)
    return docx, converted(docx, "pdf", work), request.param


@pytest.mark.office
@pytest.mark.skipif(SOFFICE is None, reason=NO_OFFICE)
def test_a_word_table_printed_to_pdf_reads_and_reviews_as_its_word_file(printed_table: tuple[Path, Path, str]) -> None:
    docx, pdf, layout = printed_table
    with pdfplumber.open(pdf) as document:  # what makes it hard: cells wrap, a line holds pieces of several
        lines = [ln["text"] for page in document.pages for ln in page.extract_text_lines()]
        pages = len(document.pages)
    assert "医疗废物处置不规范" not in "".join(lines)  # the cell wraps over lines …
    assert any(ln.startswith("1") and "县医院" in ln and "医疗废物处" in ln for ln in lines)  # … beside the others
    if "over pages" in layout or "each page" in layout:
        assert pages > 1
    word, printed = read_source(docx), read_source(pdf)
    assert printed.text == word.text  # one row a line, its cells joined by a TAB, each cell whole
    assert printed.text.split("\n")[:2] == [TABLE_TITLE, "\t".join(TABLE_HEADER)]  # the title is its own line
    assert printed.tables == word.tables  # one table, its cells where the Word reader puts them
    expected = reading(docx)
    assert len(expected[1]) >= 5
    assert reading(pdf) == expected  # the same findings, fields and flags


def _glyphs(cells: list[tuple[float, str]], size: float = 12) -> tuple[Glyph, ...]:
    """Each cell's text set from its x, one glyph ``size`` wide a character."""
    return tuple(Glyph(x + i * size, x + (i + 1) * size, ch) for x, text in cells for i, ch in enumerate(text))


def _row(top: float, cells: list[tuple[float, str]]) -> Line:
    glyphs = _glyphs(cells)
    text = " ".join(t for _, t in cells)
    gapped = len(cells) > 1
    return Line(text, glyphs[0].x0, glyphs[-1].x1, 12, False, gapped, top, top + 12, glyphs)


COLUMNS = (90, 140, 260, 400)  # 序号 | 存在问题 | 整改措施 | 责任单位


def test_a_table_without_rules_is_read_from_its_header_rows_column_gaps() -> None:
    page = [
        _row(100, [(90, "序号"), (140, "存在问题"), (260, "整改措施"), (400, "责任单位")]),
        _row(120, [(90, "1"), (140, "台账不全"), (260, "补齐台账126笔，"), (400, "办公室")]),
        _row(134, [(260, "已完成")]),  # the measure's cell wraps
        _row(154, [(90, "2"), (140, "资金拨付滞后"), (260, "建立拨付台账"), (400, "财务股")]),
        _row(180, [(90, "二、下一步工作打算，持续巩固整改成果")]),  # a paragraph across the columns ends it
    ]
    out = aligned_grids(list(page))
    assert isinstance(out[0], Grid) and out[1] is page[-1]
    assert out[0].rows == [
        ["序号", "存在问题", "整改措施", "责任单位"],
        ["1", "台账不全", "补齐台账126笔，已完成", "办公室"],
        ["2", "资金拨付滞后", "建立拨付台账", "财务股"],
    ]


def test_a_row_that_makes_no_table_keeps_its_cells_apart() -> None:
    page = [
        _row(100, [(90, "1"), (140, "台账不全"), (300, "补齐台账126笔")]),
        _row(130, [(90, "整改情况：已修订制度三项，补记表决情况十二项，全部整改到位。")]),
    ]
    assert aligned_grids(list(page)) == page  # no header row, nothing below it: no table …
    assert paragraphs([page]) == ["1\t台账不全\t补齐台账126笔", page[1].text]  # … and its cells never run together


def test_a_table_going_on_over_a_page_break_is_one_table() -> None:
    head = ["序号", "问题", "措施"]
    first = Grid([head, ["1", "台账不全", "补齐台账"], ["2", "拨付滞后", "建立台"]], (90, 140, 260, 400), 100, 700)
    again = Grid([head, ["", "", "账，按月通报"], ["3", "采购未比价", "专项检查"]], (90, 140, 260, 400), 72, 300)
    pages = join_pages([[first], [again, Line("附件", 90, 120, 12, False, False)]])
    assert pages[1][0] == Line("附件", 90, 120, 12, False, False)
    assert isinstance(pages[0][0], Grid)
    assert pages[0][0].rows == [head, ["1", "台账不全", "补齐台账"], ["2", "拨付滞后", "建立台账，按月通报"],
                                ["3", "采购未比价", "专项检查"]]  # fmt: skip


def test_a_cells_lines_join_without_a_space_but_between_latin_letters() -> None:
    assert cell_joined(["已与县环保公司签订处", "置协议（合同号HB2023-", "1", "1），2023"]) == (
        "已与县环保公司签订处置协议（合同号HB2023-11），2023"
    )
    assert cell_joined(["OCR scanning", "guidance"]) == "OCR scanning guidance"
