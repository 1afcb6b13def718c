"""The terminal view at the terminal's width (COLUMNS): it fits 80 columns (the 需返工 list too) by
narrowing the title column first, is unchanged from 120 columns on, explains the ✗ mark, wraps quotes under an indent,
and closes a several-document review with a summary across them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

from checker.cli import app

LONG = (
    "关于县委第二巡察组反馈意见整改进展情况的通报\n"
    "根据县委统一部署，县委第二巡察组于2024年3月对县农业农村局党组开展了常规巡察，现将整改进展情况通报如下。\n"
    "1.针对“落实全面从严治党主体责任不到位，党组会议研究党风廉政建设工作次数偏少，对下属单位监督检查流于形式”的问题。\n"
    "整改情况：一是召开专题会议，进一步提高思想认识，切实增强管党治党的政治自觉和责任担当。"
    "二是加强学习，深入学习贯彻党的二十大精神，不断提高政治站位。整改时限：长期坚持。\n"
    "2.针对“高标准农田建设项目资金管理不规范，部分项目超进度拨付资金，项目验收把关不严、走过场”的问题。\n"
    "整改情况：已全部整改到位，取得明显成效。\n"
    "3.针对“农机购置补贴审核把关不严，个别补贴对象信息核实不到位，存在重复申报现象”的问题。\n"
    "整改情况：2024年5月追回重复申报补贴资金3.2万元，印发《农机购置补贴审核办法》（县农发〔2024〕12号）。\n"
)
CLEAN = (
    "关于县委巡察反馈问题整改进展情况的通报\n"
    "1.针对“食堂采购台账不全”的问题。\n"
    "整改情况：2024年6月补齐2023年度采购台账126笔，由后勤科按月核对，2024年7月经审计科抽查确认。\n"
)
TABLE = re.compile(r"^[┏┃┡│└]")


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("width") / "农业农村局整改通报.txt"
    path.write_text(LONG, encoding="utf-8")
    return path


def review_at(columns: int, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["review", *args], env={"COLUMNS": str(columns)})
    return result.exit_code, result.output


def test_80_columns_fit_and_the_title_column_gives_way(report: Path) -> None:
    code, out = review_at(80, str(report))
    assert code == 1
    lines = out.splitlines()
    assert max(cell_len(line) for line in lines) <= 80
    rows = [line for line in lines if line.startswith("│F")]
    assert len(rows) == 3
    for row, verdict, codes in zip(
        rows, ("不合格", "不合格", "合格"), ("formalism, vague_deadline", "unverifiable_claim", "—"), strict=True
    ):
        cells = [c.strip() for c in row.strip("│").split("│")]
        assert cells[4] == verdict and cells[5] == codes  # verdict and flags whole
        assert cells[1].endswith("…")  # the title is what was shortened
    # The 需返工 list opens the view, within the width too: each question wraps under its dash.
    start = lines.index("需返工 (2)")
    rework = lines[start + 1 : lines.index("", start)]
    assert [line.split()[0] for line in rework if not line.startswith("   ")] == ["F1", "F2"]
    asked = [i for i, line in enumerate(rework) if line.startswith("    - ")]
    assert len(asked) == 3 and rework[asked[0] + 1].startswith("      ") and rework[asked[0] + 1][6] != " "
    assert any(line.startswith("    追问：请将“长期坚持”改为具体完成日期") for line in lines)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_from_120_columns_nothing_changes(report: Path, lang: str) -> None:
    tables = []
    for columns in (120, 160, 240):
        _, out = review_at(columns, str(report), "--lang", lang)
        tables.append([line for line in out.splitlines() if TABLE.match(line)])
    assert tables[0] == tables[1] == tables[2]
    title = [c.strip() for c in tables[0][3].strip("│").split("│")][1]
    assert cell_len(title) == 44  # the full title column, as wide as before


def test_the_gate_mark_has_a_one_line_legend(report: Path) -> None:
    _, out = review_at(80, str(report))
    legend = [line for line in out.splitlines() if line.startswith("✗")]
    assert legend == ["✗ 表示该标记达到 --fail-on error 门槛，会使检查不通过"]
    assert " ✗" in out  # the mark it explains
    _, lax = review_at(80, str(report), "--fail-on", "never")
    assert "✗" not in lax


@pytest.mark.parametrize("columns", [60, 80, 100])
def test_quotes_start_beside_their_label_and_wrap_under_it(report: Path, columns: int) -> None:
    _, out = review_at(columns, str(report))
    lines = out.splitlines()
    starts = [i for i, line in enumerate(lines) if line.startswith("    原文：")]
    assert len(starts) == 3
    for i in starts:
        assert lines[i][len("    原文：") :].startswith("…")  # the quote begins on the label's line
        j = i + 1
        while j < len(lines) and lines[j].startswith(" " * 10) and not lines[j].startswith("  ["):
            assert lines[j][10:].strip()
            j += 1
    assert not [line for line in lines if line.strip() in ("…", "…⟧", "⟧…")]
    assert "长期坚持" in out and "⟦整改时限：长期坚持⟧" in out.replace("\n" + " " * 10, "")


def test_several_documents_end_with_a_summary_across_them(report: Path, tmp_path: Path) -> None:
    clean = tmp_path / "食堂.txt"
    clean.write_text(CLEAN, encoding="utf-8")
    code, out = review_at(100, str(report), str(clean), str(tmp_path / "missing.txt"))
    assert code == 2
    tail = out[out.index("全部文档") :].splitlines()
    assert tail[1].startswith("2 个文档：合格 1, 待改进 1")
    assert tail[2].startswith("标记：") and "formalism 1" in tail[2]
    assert tail[3].startswith(f"最差：{report}")
    assert tail[-1] == "退出码 2：1 个输入未能评审（退出码 2）；1 个文档未通过门槛（--fail-on error）"
    _, single = review_at(100, str(report))
    assert "全部文档" not in single
