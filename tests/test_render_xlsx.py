"""--format xlsx: the 问题清单 workbook, read back with openpyxl."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import openpyxl
import pytest

from checker.options import ReviewOptions
from checker.pipeline import review_path
from checker.renderers import render
from checker.rubric import load_rubric

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "eval" / "seeds").glob("*.txt"))
CLI = str(ROOT / ".venv" / "bin" / "rectcheck")
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
        [CLI, "review", str(SEEDS[0]), str(SEEDS[1]), "-f", "xlsx", "-o", target, "--fail-on", "never"],
        capture_output=True, text=True, timeout=60, cwd=tmp_path,
    )
    assert run.returncode == 0, run.stderr
    if as_dir:  # one workbook per document
        assert sorted(p.name for p in (tmp_path / "lists").iterdir()) == [f"{p.stem}.xlsx" for p in SEEDS[:2]]
    else:
        assert openpyxl.load_workbook(tmp_path / target).sheetnames[0] == "总表"
