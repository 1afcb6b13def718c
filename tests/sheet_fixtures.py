"""Composed workbooks for the reader tests: a 整改台账 as offices keep them, and hostile ones."""

from __future__ import annotations

import datetime
import re
import zipfile
from pathlib import Path

import openpyxl
from office_fixtures import SOFFICE, converted

__all__ = ["SOFFICE", "ledger_xlsx", "saved_as", "with_cached_values"]

LEDGER_TITLE = "某县卫生健康局巡察反馈问题整改台账"
LEDGER_HEADER = ["序号", "存在问题", "整改措施", "责任单位", "责任人", "整改时限", "完成情况"]
# (problem, measure, owner unit, person, deadline, status); the third row's unit is merged with the second's.
LEDGER_ROWS = [
    ("党组会议记录不规范，部分议题无表决情况", "修订《党组议事规则》，逐项补记表决情况12项", "办公室", "李明",
     datetime.date(2023, 6, 30), "已完成"),
    ("专项资金拨付滞后，3笔资金超期拨付", "建立拨付台账，3笔资金已于2023年8月全部拨付到位", "财务股", "王芳",
     datetime.date(2023, 9, 30), "已完成"),
    ("政府采购未执行比价程序", "开展采购专项检查，检查项目12个，追回资金3.2万元", None, "王芳", "长期坚持", "持续推进"),
]  # fmt: skip


def ledger_xlsx(path: Path) -> Path:
    """A 整改台账 as offices keep one: a merged title row, a 填报单位 line, an empty row, the header in
    row 4, an empty row between two items, 序号 as formulas (their cached values set by
    :func:`with_cached_values`), dates in 整改时限, and 责任单位 merged over the last two items."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "整改台账"
    ws["A1"] = LEDGER_TITLE
    ws.merge_cells("A1:G1")
    ws["A2"] = "填报单位：某县卫生健康局"
    ws["E2"] = "填报时间：2023年7月10日"
    ws.append([])
    ws.append(LEDGER_HEADER)
    rows = [5, 7, 8]  # row 6 left empty
    for row, values in zip(rows, LEDGER_ROWS, strict=True):
        ws.cell(row=row, column=1, value=f"=COUNTA($B$5:B{row})")
        for column, value in enumerate(values, start=2):
            if value is not None:
                ws.cell(row=row, column=column, value=value)
    ws.merge_cells("D7:D8")
    wb.save(str(path))
    return with_cached_values(path, "xl/worksheets/sheet1.xml", {"A5": "1", "A7": "2", "A8": "3"})


def with_cached_values(path: Path, part: str, values: dict[str, str]) -> Path:
    """Give formula cells the value a spreadsheet would have cached (openpyxl writes none)."""
    with zipfile.ZipFile(path) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    xml = members[part].decode("utf-8")
    for ref, value in values.items():
        xml, n = re.subn(rf'(<c r="{ref}"[^>]*>)(<f>[^<]*</f>)<v\s*/?>(?:</v>)?', rf"\g<1>\g<2><v>{value}</v>", xml)
        assert n == 1, ref
    members[part] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def saved_as(path: Path, fmt: str, work: Path) -> Path:
    """``path`` saved by LibreOffice as ``fmt`` (.et: the Excel 97 file WPS writes under that name)."""
    saved = converted(path, "xls" if fmt == "et" else fmt, work)
    return saved.rename(saved.with_suffix(f".{fmt}"))
