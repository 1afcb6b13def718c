"""--format xlsx: the 问题清单 workbook, read back with openpyxl."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from checker.options import ReviewOptions
from checker.pipeline import review_path
from checker.renderers import render
from checker.rubric import load_rubric

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "eval" / "seeds").glob("*.txt"))
CLI = [sys.executable, "-m", "checker"]  # the package as imported, from any checkout
RUBRIC = load_rubric(None)
HEADERS = ["序号", "问题", "整改措施", "责任单位", "整改时限", "回应度", "得分", "结论", "标记", "追问"]
FILLS = {"合格": "C6EFCE", "待改进": "FFEB9C", "不合格": "FFC7CE"}


def _workbook(paths: list[Path], lang: str = "zh") -> tuple[openpyxl.Workbook, list]:
    reviews = [review_path(p, RUBRIC, ReviewOptions(lang=lang)) for p in paths]
    data = render(reviews, "xlsx", lang=lang, rubric=RUBRIC, fail_on="error")
    assert isinstance(data, bytes)
    return openpyxl.load_workbook(io.BytesIO(data)), reviews


def _rows(ws) -> list[list]:
    return [list(r) for r in ws.iter_rows(min_row=2, values_only=True)]


def test_one_document_gives_the_three_sheets() -> None:
    wb, (review,) = _workbook([SEEDS[2]])
    assert wb.sheetnames == ["问题清单", "全文标记", "汇总"]
    ws = wb["问题清单"]
    assert [c.value for c in ws[1]] == HEADERS
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:J{len(review.findings) + 1}"
    rows = _rows(ws)
    assert len(rows) == len(review.findings)
    for row, f, cells in zip(rows, review.findings, ws.iter_rows(min_row=2), strict=True):
        assert row[0] == int(f.id[1:]) and row[5] == f.responsiveness and row[6] == f.score
        verdict = cells[7]
        assert verdict.fill.fgColor.rgb.endswith(FILLS[verdict.value])
        for flag in f.flags:
            assert flag.code in row[8] and flag.follow_up in row[9]
        assert cells[2].alignment.wrap_text
        measure = " ".join(f.measure_text.split())
        if len(measure) > 120:  # shortened in the cell, whole in the cell's comment
            assert row[2].endswith("…") and cells[2].comment.text == f.measure_text
    assert ws.column_dimensions["C"].width > ws.column_dimensions["A"].width
    doc_flags = _rows(wb["全文标记"])
    assert len(doc_flags) == len(review.document_flags)
    summary = {r[0]: r[1] for r in wb["汇总"].iter_rows(values_only=True)}
    assert summary["得分"] == review.summary.score and summary["评分规则"] == f"{review.rubric.id}@{review.rubric.version}"


def test_a_folder_gives_an_overview_and_a_sheet_per_document() -> None:
    wb, reviews = _workbook(SEEDS)
    assert wb.sheetnames == ["总表", *(p.stem for p in SEEDS), "全文标记"]
    overview = _rows(wb["总表"])
    assert [r[0] for r in overview] == [str(p) for p in SEEDS]
    assert [r[7] for r in overview] == [r.summary.score for r in reviews]
    for path, review in zip(SEEDS, reviews, strict=True):
        ws = wb[path.stem]
        assert [c.value for c in ws[1]] == HEADERS and ws.freeze_panes == "A2" and ws.auto_filter.ref
        assert len(_rows(ws)) == len(review.findings)
    assert len(_rows(wb["全文标记"])) == sum(len(r.document_flags) for r in reviews)


def test_english_workbook() -> None:
    wb, _ = _workbook([SEEDS[0]], lang="en")
    assert wb.sheetnames == ["Findings", "Document flags", "Summary"]
    assert wb["Findings"]["J1"].value == "Follow-up"


@pytest.mark.parametrize("as_dir", [False, True])
def test_cli_writes_the_workbook(tmp_path: Path, as_dir: bool) -> None:
    target = "lists/" if as_dir else "问题清单.xlsx"
    run = subprocess.run(
        [*CLI, "review", str(SEEDS[0]), str(SEEDS[1]), "-f", "xlsx", "-o", target, "--fail-on", "never"],
        capture_output=True, text=True, timeout=60, cwd=tmp_path,
    )
    assert run.returncode == 0, run.stderr
    if as_dir:  # one workbook per document
        assert sorted(p.name for p in (tmp_path / "lists").iterdir()) == [f"{p.stem}.xlsx" for p in SEEDS[:2]]
    else:
        assert openpyxl.load_workbook(tmp_path / target).sheetnames[0] == "总表"


def test_rows_are_tall_enough_to_show_their_text_and_the_sheets_print_on_a4_landscape() -> None:
    from checker.renderers.sheet_layout import lines_needed

    wb, _ = _workbook([SEEDS[0]])
    ws = wb["问题清单"]
    widths = {i: ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width for i in range(1, ws.max_column + 1)}
    for row in ws.iter_rows(min_row=2):
        needed = max(lines_needed(str(c.value), widths[c.column]) for c in row if c.value not in (None, ""))
        height = ws.row_dimensions[row[0].row].height
        assert needed == 1 or (height is not None and height >= 15 * min(needed, 27)), (row[0].row, needed, height)
    assert any((ws.row_dimensions[r].height or 0) > 30 for r in range(2, ws.max_row + 1))  # measures wrap
    for sheet in wb.worksheets:
        setup = sheet.page_setup
        assert setup.orientation == "landscape" and str(setup.paperSize) == str(sheet.PAPERSIZE_A4)
        assert sheet.sheet_properties.pageSetUpPr.fitToPage and setup.fitToWidth == 1 and setup.fitToHeight == 0
    assert ws.print_title_rows == "$1:$1"


def test_the_summary_speaks_the_review_language_with_codes_beside() -> None:
    wb, (review,) = _workbook([SEEDS[0]])
    rows = {r[0]: r[1:] for r in wb["汇总"].iter_rows(values_only=True)}
    assert rows["文档类型"][0] == "整改情况通报"
    flagged = {r[1]: k for k, r in rows.items() if k and k.startswith("标记：")}
    assert flagged and set(flagged) == set(review.summary.flags)
    assert all(code not in title for code, title in flagged.items())  # 标记：形式主义, code in column C
    wb_en, _ = _workbook([SEEDS[0]], lang="en")
    assert {r[0]: r[1] for r in wb_en["Summary"].iter_rows(values_only=True)}["Kind"] == "progress report"


@pytest.mark.office
def test_the_workbook_prints_one_page_wide_in_libreoffice(tmp_path: Path) -> None:
    import shutil

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or not Path("/usr/lib/libreoffice/program/libsclo.so").exists():
        pytest.skip("LibreOffice Calc is not installed; tests/setup_system.sh installs it as root")
    wb, _ = _workbook([SEEDS[0]])  # nine findings
    out = tmp_path / "seed.xlsx"
    wb.save(out)
    run = subprocess.run(
        [soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    pdf = tmp_path / "seed.pdf"
    assert run.returncode == 0 and pdf.exists(), run.stderr
    import pdfplumber

    with pdfplumber.open(pdf) as document:
        pages = document.pages
        assert len(pages) == len(wb.worksheets)  # each sheet one page: one page wide, nine rows high
        assert all(p.width > p.height for p in pages)  # landscape
        text = pages[0].extract_text() or ""
    for row in _rows(wb["问题清单"]):
        assert str(row[1])[:6].replace(" ", "") in text.replace(" ", "").replace("\n", "")


PROGRESS_NAMING_OWNERS = """关于县委巡察反馈问题整改情况的通报

一、关于“财政资金管理不规范”的问题
（一）专项资金拨付滞后，2022年有3笔资金超期拨付。
整改情况：责任单位：县财政局；责任人：张明。已建立拨付台账，逐笔核对，3笔资金已于2023年6月完成拨付。
（二）政府采购未执行比价程序。（牵头单位:县采购中心）
整改情况：已开展采购专项检查，检查项目12个，完成时限：2023年9月30日。
（三）河道采砂监管不到位。
整改情况：开展联合执法4次，查处非法采砂案件2起，由县水利局负责长效监管。
（四）执法案卷归档不及时。
整改情况：(牵头单位:水政监察大队)对2017年以来的执法案卷逐卷清理，补归档案卷46卷。
"""


def test_a_progress_report_fills_owners_and_deadlines_where_its_text_names_them(tmp_path: Path) -> None:
    path = tmp_path / "通报.txt"
    path.write_text(PROGRESS_NAMING_OWNERS, encoding="utf-8")
    wb, (review,) = _workbook([path])
    assert review.document.kind == "progress_report"
    assert [(r[3], r[4]) for r in _rows(wb["问题清单"])] == [
        ("县财政局、张明", "2023年6月"),  # 责任单位：…；责任人：… and 已于2023年6月完成
        ("县采购中心", "2023年9月30日"),  # a field inside the finding's own line, 完成时限：…
        ("县水利局", None),  # 由…负责; no date it is done by
        ("水政监察大队", None),  # 2017年以来 dates the files, not the work
    ]
    first = review.findings[0]
    assert (first.owners, first.deadline) == (["县财政局", "张明"], "2023年6月")  # the JSON says the same


@pytest.mark.parametrize(("lang", "separator"), [("zh", "、"), ("en", ", ")])
def test_the_overview_names_each_flag_with_its_count_and_gives_the_codes_apart(lang: str, separator: str) -> None:
    """总表's 标记: each flag by its name in the review's language with its count, joined by the
    language's list separator, a name never parted from its count by a line break (no-break
    spaces); the codes in a column of their own, as the 汇总 sheet gives them."""
    from checker.renderers.common import flag_counts

    wb, reviews = _workbook(SEEDS, lang=lang)
    ws = wb.worksheets[0]
    headers = [c.value for c in ws[1]]
    flags, codes = headers.index("标记" if lang == "zh" else "Flags"), headers.index("标记代码" if lang == "zh" else "Flag codes")
    assert codes == flags + 1
    for row, review in zip(_rows(ws), reviews, strict=True):
        counts = flag_counts(review)  # as the text view and 汇总 order them
        names = [RUBRIC.flags[code].title.zh if lang == "zh" else RUBRIC.flags[code].title.en for code in counts]
        expected = [f"{name} {n}".replace(" ", "\u00a0") for name, n in zip(names, counts.values(), strict=True)]
        assert (row[flags] or "") == separator.join(expected)
        assert (row[codes] or "") == separator.join(counts)
        assert " " not in (row[flags] or "").replace(separator, "")  # nowhere to break inside an item
    assert any(ws.cell(row=2 + i, column=flags + 1).value for i in range(len(reviews)))


@pytest.mark.parametrize(("lang", "sheet", "said"), [("zh", "全文标记", "无标记"), ("en", "Document flags", "No flags")])
def test_a_document_flags_sheet_with_no_flag_says_so_in_one_row(lang: str, sheet: str, said: str) -> None:
    """Its printed page is not a bare header: one row says there is no flag, in the 标记 column."""
    flagless = [p for p in SEEDS if p.name.startswith(("000_", "003_"))]
    for paths in (flagless[:1], flagless):  # one document's sheet, and the sheet over several
        wb, reviews = _workbook(paths, lang=lang)
        assert not any(r.document_flags for r in reviews)
        ws = wb[sheet]
        headers = [c.value for c in ws[1]]
        rows = _rows(ws)
        assert len(rows) == 1 and rows[0][headers.index("标记" if lang == "zh" else "Flag")] == said
        assert [v for v in rows[0] if v is not None] == [said]
    wb, reviews = _workbook(SEEDS, lang=lang)  # with flags: only them
    assert said not in [v for row in _rows(wb[sheet]) for v in row]
