"""Spreadsheet 台账 as input: each visible sheet's table read as a Word table is, one finding per row;
.xls, .et and .ods through LibreOffice; hostile workbooks refused in one line, cheaply."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
import time
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest
from sheet_fixtures import LEDGER_ROWS, LEDGER_TITLE, SOFFICE, ledger_xlsx, saved_as, with_cached_values

from checker.errors import InputError
from checker.options import ReviewOptions
from checker.pipeline import review_path
from checker.read import read_source
from checker.read.sheets import read_xlsx
from checker.rubric import load_rubric

CLI = [sys.executable, "-m", "checker"]  # the package as imported, from any checkout
RUBRIC = load_rubric(None)


def _findings(path: Path) -> list[tuple[str, str, list[str], str | None, str | None]]:
    review = review_path(path, RUBRIC, ReviewOptions())
    return [(f.title, f.measure_text, f.owners, f.deadline, f.status) for f in review.findings]


LEDGER_FINDINGS = [
    (LEDGER_ROWS[0][0], LEDGER_ROWS[0][1], ["办公室", "李明"], "2023-06-30", "已完成"),
    (LEDGER_ROWS[1][0], LEDGER_ROWS[1][1], ["财务股", "王芳"], "2023-09-30", "已完成"),
    # 责任单位 merged down from the row above: the value applies to this row too
    (LEDGER_ROWS[2][0], LEDGER_ROWS[2][1], ["财务股", "王芳"], "长期坚持", "持续推进"),
]


def test_a_ledger_gives_one_finding_per_row_with_its_measure_owners_and_deadline(tmp_path: Path) -> None:
    path = ledger_xlsx(tmp_path / "台账.xlsx")
    source = read_source(path)
    assert source.format == "xlsx"
    lines = source.text.split("\n")
    # the merged title and the 填报单位 line above the table; the header is the table's second row
    assert lines[0] == LEDGER_TITLE
    assert lines[2].split("\t") == ["序号", "存在问题", "整改措施", "责任单位", "责任人", "整改时限", "完成情况"]
    # 序号 as the formula's cached value; no line for the empty rows
    assert [line.split("\t")[0] for line in lines[3:]] == ["1", "2", "3"]
    assert _findings(path) == LEDGER_FINDINGS
    review = review_path(path, RUBRIC, ReviewOptions())
    assert review.document.segmentation is not None and review.document.segmentation.layout == "table"
    assert [fl.code for fl in review.findings[2].flags] == ["vague_deadline"]  # 长期坚持, read from its cell


def test_every_visible_sheet_is_read_and_a_hidden_one_is_not(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    first = wb.active
    first.title = "党建"
    first.append(["序号", "问题", "整改措施", "责任单位", "整改时限"])
    first.append([1, "三会一课记录不全", "补齐2023年三会一课记录24次", "机关党支部", "2023年6月底前"])
    scratch = wb.create_sheet("草稿")
    scratch.append(["序号", "问题", "整改措施", "责任单位", "整改时限"])
    scratch.append([1, "草稿里的旧问题，不应读到", "旧措施", "某股", "2022年"])
    scratch.sheet_state = "hidden"
    second = wb.create_sheet("业务")
    second.append(["说明：本表为业务领域问题"])  # a line above the table, not a row of it
    second.append(["序号", "问题", "整改措施", "责任单位", "整改时限"])
    second.append([1, "医疗废物处置不规范", "处罚违规机构3家，整改到位", "监督所", "2023年9月底前"])
    path = tmp_path / "两张表.xlsx"
    wb.save(str(path))
    source = read_source(path)
    assert "草稿" not in source.text and len(source.tables) == 2
    assert "\n\n说明：本表为业务领域问题\n" in source.text  # a blank line between the sheets
    assert [(t, o, d) for t, _, o, d, _ in _findings(path)] == [
        ("三会一课记录不全", ["机关党支部"], "2023年6月底前"),
        ("医疗废物处置不规范", ["监督所"], "2023年9月底前"),
    ]


def test_cells_read_as_the_spreadsheet_shows_them(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["整改完成率", "金额", "日期", "中文日期", "整数", "合计", "布尔", "多行"])
    ws.append([0.25, 3.5, datetime.date(2023, 6, 30), datetime.datetime(2023, 6, 1), 12.0, "=E2*2", True, "第一行\n第二行\t尾"])
    ws["A2"].number_format = "0%"
    ws["C2"].number_format = "yyyy/m/d"
    ws["D2"].number_format = 'yyyy"年"m"月"'
    path = tmp_path / "值.xlsx"
    wb.save(str(path))
    text, tables = read_xlsx(str(path), path.read_bytes(), 1_000_000)
    # a formula never calculated has no value: its cell is empty (the row ends before it)
    assert text.split("\n")[1].split("\t") == ["25%", "3.5", "2023/6/30", "2023年6月", "12", "", "TRUE", "第一行 第二行 尾"]
    with_cached_values(path, "xl/worksheets/sheet1.xml", {"F2": "24"})
    text, tables = read_xlsx(str(path), path.read_bytes(), 1_000_000)
    row = tables[0][1]
    assert [text[a:b] for a, b in row][5] == "24"


def test_merged_cells_show_their_text_once(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "问题", "整改措施", "责任单位"])
    ws.append([1, "食堂采购台账不全", "补齐台账126笔", "后勤科"])
    ws.append([2, "公务用车管理混乱", "建立派车登记制度", None])
    ws.append([3, "值班制度落实不严", "建立值班抽查机制，已抽查10次", None])
    ws.merge_cells("D2:D4")  # one unit answers for three rows
    ws["A5"] = "备注：以上问题均已整改"
    ws.merge_cells("A5:D5")  # a note across the table: one cell
    path = tmp_path / "合并.xlsx"
    wb.save(str(path))
    text, tables = read_xlsx(str(path), path.read_bytes(), 1_000_000)
    rows = tables[0]
    owner = rows[1][3]
    assert text[owner[0] : owner[1]] == "后勤科" and rows[2][3] == owner and rows[3][3] == owner
    assert text.count("后勤科") == 1 and text.split("\n")[-1] == "备注：以上问题均已整改"
    assert [o for _, _, o, _, _ in _findings(path)] == [["后勤科"]] * 3


def test_a_problem_merged_over_several_rows_is_one_finding_with_each_rows_measure(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "存在问题", "整改措施", "责任单位", "整改时限"])
    ws.append([1, "食堂采购台账不全，部分票据缺失", "补齐台账126笔", "后勤科", "2023年6月底前"])
    ws.append([None, None, "补齐缺失票据18张", "财务股", "2023年7月底前"])
    ws.append([2, "公务用车管理混乱", "建立派车登记制度，登记320次", "办公室", "2023年5月底前"])
    ws.merge_cells("A2:A3")
    ws.merge_cells("B2:B3")
    path = tmp_path / "一题多措.xlsx"
    wb.save(str(path))
    review = review_path(path, RUBRIC, ReviewOptions())
    assert [(f.title, f.measures, f.owners) for f in review.findings] == [
        ("食堂采购台账不全，部分票据缺失", ["补齐台账126笔", "补齐缺失票据18张"], ["后勤科", "财务股"]),
        ("公务用车管理混乱", ["建立派车登记制度，登记320次"], ["办公室"]),
    ]


def test_parse_names_an_owner_merged_over_several_rows_once(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "存在问题", "整改措施", "责任单位", "整改时限"])
    ws.append([1, "食堂采购台账不全", "补齐台账126笔", "后勤科", "2023年6月底前"])
    ws.append([None, None, "补齐缺失票据18张", None, None])
    ws.append([None, None, "建立采购验收制度", None, None])
    for cells in ("A2:A4", "B2:B4", "D2:D4", "E2:E4"):
        ws.merge_cells(cells)
    path = tmp_path / "合并.xlsx"
    wb.save(str(path))
    shown = subprocess.run([*CLI, "parse", str(path)], capture_output=True, text=True, check=True).stdout
    assert "owners: 后勤科\n" in shown


def _sheet_xml(rows: str, dimension: str = "A1", merges: str = "") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<dimension ref="{dimension}"/><sheetData>{rows}</sheetData>{merges}</worksheet>'
    ).encode()


def _workbook(path: Path, sheet: bytes) -> Path:
    """A minimal workbook of one sheet, its XML given whole (what no spreadsheet would write)."""
    wb = openpyxl.Workbook()
    wb.save(str(path))
    with zipfile.ZipFile(path) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    members["xl/worksheets/sheet1.xml"] = sheet
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def test_huge_dimensions_cost_only_the_cells_there_are(tmp_path: Path) -> None:
    rows = (
        f'<row r="1">{_cell("A1", "序号")}{_cell("B1", "问题")}{_cell("C1", "整改措施")}</row>'
        f'<row r="2">{_cell("A2", "1")}{_cell("B2", "档案管理不规范")}{_cell("C2", "整理档案320卷")}</row>'
        f'<row r="1048576">{_cell("XFD1048576", "末格")}</row>'
    )
    merges = '<mergeCells count="2"><mergeCell ref="A3:XFD1048575"/><mergeCell ref="C2:C1048576"/></mergeCells>'
    path = _workbook(tmp_path / "巨大.xlsx", _sheet_xml(rows, "A1:XFD1048576", merges))
    tracemalloc.start()
    started = time.monotonic()
    try:
        text, tables = read_xlsx(str(path), path.read_bytes(), 1_000_000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.monotonic() - started < 5 and peak < 30 * 1024 * 1024
    assert text.split("\n")[:2] == ["序号\t问题\t整改措施", "1\t档案管理不规范\t整理档案320卷"]
    assert text.split("\n")[2] == "\t\t\t末格"  # far away, but only one cell wide; C is merged down to it
    assert tables[0][2][2] == tables[0][1][2]


def test_too_many_cells_or_too_much_text_is_refused_in_one_line(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in range(1, 1002):
        ws.append([r, f"问题{r}", f"措施{r}", "办公室", "2023年底", "已完成", "无", "无", "无", "无"])
    path = tmp_path / "很多.xlsx"
    wb.save(str(path))
    with pytest.raises(InputError) as caught:
        read_source(path, max_bytes=320_000)  # 10,000 cells at one per 32 bytes
    assert str(caught.value) == f"{path}: the workbook holds more than 10,000 cells (limit: one per 32 bytes of --max-bytes)"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["问题", *("整改" * 15_000 for _ in range(5))])  # 450 KB of text in a 5 KB file
    wb.save(str(path))
    with pytest.raises(InputError) as caught:
        read_source(path, max_bytes=300_000)
    assert caught.value.reason == "text extracted from the workbook exceeds the limit of 0.3 MB (--max-bytes)"


def test_workbooks_that_are_not_are_refused_in_one_line(tmp_path: Path) -> None:
    locked = tmp_path / "加密.xlsx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2000)  # what Excel saves with a password
    with pytest.raises(InputError) as caught:
        read_source(locked)
    assert caught.value.reason == "corrupt .xlsx: not a zip archive (a password-protected workbook, or an old .xls renamed?)"
    hollow = tmp_path / "空壳.xlsx"
    with zipfile.ZipFile(hollow, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    with pytest.raises(InputError) as caught:
        read_source(hollow)
    assert caught.value.reason.startswith("corrupt .xlsx: ") and "\n" not in caught.value.reason
    empty = tmp_path / "空表.xlsx"
    openpyxl.Workbook().save(str(empty))
    with pytest.raises(InputError) as caught:
        read_source(empty)
    assert caught.value.reason == "no text found in the xlsx document"


def test_a_bomb_of_parts_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "炸弹.xlsx", _sheet_xml(_cell("A1", "问题") + " " * 3_000_000))
    with pytest.raises(InputError) as caught:
        read_source(path, max_bytes=500_000)
    assert caught.value.reason == "the workbook's parts unpack to more than 2.4 MB (limit: 5 × --max-bytes)"


@pytest.mark.office
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed; tests/setup_system.sh installs it as root")
def test_an_et_an_xls_and_an_ods_review_as_the_xlsx_does(tmp_path: Path) -> None:
    path = ledger_xlsx(tmp_path / "台账.xlsx")
    expected = review_path(path, RUBRIC, ReviewOptions())
    for fmt in ("et", "xls", "ods"):
        other = review_path(saved_as(path, fmt, tmp_path), RUBRIC, ReviewOptions())
        assert other.document.format == fmt and other.document.path.endswith(f"台账.{fmt}")
        assert [(f.title, f.measure_text, f.owners, f.status) for f in other.findings] == [
            (f.title, f.measure_text, f.owners, f.status) for f in expected.findings
        ]
        assert all(f.deadline for f in other.findings)


def test_without_libreoffice_an_et_or_ods_is_refused_with_how_to_convert_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
    for name in ("台账.et", "台账.ods"):
        path = tmp_path / name
        path.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 512)
        with pytest.raises(InputError) as caught:
            read_source(path)
        fmt = name.split(".")[1]
        assert caught.value.reason == (
            f"a .{fmt} file is read through LibreOffice, which is not installed here; "
            "save it as .xlsx (Excel or WPS: 另存为 → .xlsx) or install LibreOffice"
        )


def test_the_command_line_reviews_a_workbook_and_a_folder_holding_one(tmp_path: Path) -> None:
    ledger_xlsx(tmp_path / "台账.xlsx")
    (tmp_path / "说明.txt").write_text("无", encoding="utf-8")
    run = subprocess.run([*CLI, "review", str(tmp_path / "台账.xlsx"), "-f", "json", "--fail-on", "never"],
                         capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert data["document"]["format"] == "xlsx" and len(data["findings"]) == 3
    run = subprocess.run([*CLI, "review", str(tmp_path), "-f", "json", "--fail-on", "never"],
                         capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    assert [Path(d["document"]["path"]).name for d in json.loads(run.stdout)] == ["台账.xlsx", "说明.txt"]
