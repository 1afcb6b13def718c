"""A report of paragraph findings that also carries a findings table (整改清单, 台账节选): the table
ends the paragraph findings it follows, precedes or stands between, and its rows are findings of their
own, whether it came from Word, a web page's pipe rows, TAB-separated lines or a sheet
(table_ends_paragraphs)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
import openpyxl
from segment_support import assert_spans_exact, measure_texts, segment_text, vocabulary_without

from checker.models import Report
from checker.read import read_source
from checker.segment import segment
from checker.vocabulary import Vocabulary

TITLE = "县水利局关于巡察反馈问题整改进展情况的报告"
LEAD = "根据县委第三巡察组反馈意见，县水利局党组高度重视，现将整改进展情况报告如下。"
FIRST = [
    "一、河道采砂监管不到位，2处非法采砂点未及时查处的问题。",
    "整改措施：已于2023年6月完成对2处采砂点的查处，没收采砂船2艘，违法人员已移送公安机关。",
    "二、水利工程项目资金拨付滞后，涉及资金300万元的问题。",
    "整改措施：由县水利局计财股负责，已于2023年6月20日拨付资金300万元。",
]
SECOND = [
    "三、防汛物资储备不足的问题。",
    "整改措施：已采购编织袋5000条、救生衣200件，建立物资台账。",
    "四、水库安全巡查记录不全的问题。",
    "整改措施：已补齐2023年1至5月巡查记录150份，建立巡查日志制度。",
]
HEADER = ["序号", "存在问题", "整改措施", "责任单位", "整改时限"]
ROWS = [
    ["5", "灌区渠道维修不及时", "已完成渠道维修3.2公里，验收合格", "县灌溉中心", "2023年9月30日"],
    ["6", "农村饮水工程水质检测频次不足", "按月开展水质检测，已检测12次", "县供水站", "2023年8月31日"],
]
PARAGRAPH_TITLES = ["河道采砂监管不到位，2处非法采砂点未及时查处的问题", "水利工程项目资金拨付滞后，涉及资金300万元的问题",
                    "防汛物资储备不足的问题", "水库安全巡查记录不全的问题"]  # fmt: skip
ROW_TITLES = ["灌区渠道维修不及时", "农村饮水工程水质检测频次不足"]
LAST_MEASURE = "已补齐2023年1至5月巡查记录150份，建立巡查日志制度。"
OFF = vocabulary_without("table_ends_paragraphs")
Part = list[str] | str  # paragraph lines, or "table"


def _renumbered(lines: list[str], shift: int) -> list[str]:
    """The paragraph findings numbered on after ``shift`` findings before them."""
    cn = "一二三四五六七八九十"
    out = []
    for ln in lines:
        k = cn.find(ln[0]) if ln[1:2] == "、" else -1
        out.append(cn[k + shift] + ln[1:] if k >= 0 else ln)
    return out


def _text(parts: list[Part], row: Callable[[list[str]], str]) -> str:
    lines = [TITLE, LEAD]
    for part in parts:
        lines.extend([row(HEADER), *(row(r) for r in ROWS)] if part == "table" else part)
    return "\n".join(lines) + "\n"


def _tabbed(parts: list[Part]) -> str:
    return _text(parts, "\t".join)


def _piped(parts: list[Part]) -> str:
    text = _text(parts, lambda cells: "| " + " | ".join(cells) + " |")
    head = "| " + " | ".join(HEADER) + " |\n"
    return text.replace(head, head + "|" + "---|" * len(HEADER) + "\n")


def _docx(path: Path, parts: list[Part]) -> Path:
    d = docx.Document()
    for line in [TITLE, LEAD]:
        d.add_paragraph(line)
    for part in parts:
        if part != "table":
            for line in part:
                d.add_paragraph(line)
            continue
        table = d.add_table(rows=1 + len(ROWS), cols=len(HEADER))
        for i, row in enumerate([HEADER, *ROWS]):
            for j, cell in enumerate(row):
                table.cell(i, j).text = cell
    d.save(str(path))
    return path


def _xlsx(path: Path, parts: list[Part]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    for line in [TITLE, LEAD]:
        ws.append([line])
    for part in parts:
        for row in [HEADER, *ROWS] if part == "table" else [[line] for line in part]:
            ws.append(row)
    wb.save(str(path))
    return path


def _read_file(path: Path, vocabulary: Vocabulary | None = None) -> Report:
    report = segment(read_source(path), vocabulary=vocabulary)
    assert_spans_exact(report)
    return report


def _assert_rows_read(report: Report, first_row: int) -> None:
    """The table's rows are findings from ``first_row`` on, with their columns' measure, owner and
    deadline."""
    rows = report.findings[first_row : first_row + len(ROWS)]
    assert [f.title for f in rows] == ROW_TITLES
    assert [f.measure.text if f.measure else "" for f in rows] == [r[2] for r in ROWS]
    assert [[o.text for o in f.owners] for f in rows] == [[r[3]] for r in ROWS]
    assert [f.deadline.text if f.deadline else "" for f in rows] == [r[4] for r in ROWS]


AFTER: list[Part] = [FIRST, SECOND, "table"]
BETWEEN: list[Part] = [FIRST, "table", _renumbered(SECOND, 2)]
BEFORE: list[Part] = ["table", _renumbered(FIRST, 2), _renumbered(SECOND, 2)]


def test_a_table_after_paragraph_findings_ends_the_last_measure_and_its_rows_follow():
    for text in (_tabbed(AFTER), _piped(AFTER)):
        report = segment_text(text)
        assert [f.title for f in report.findings] == PARAGRAPH_TITLES + ROW_TITLES
        assert measure_texts(report)[3] == LAST_MEASURE
        _assert_rows_read(report, 4)


def test_a_table_between_two_parts_of_paragraph_findings_is_read_where_it_stands():
    for text in (_tabbed(BETWEEN), _piped(BETWEEN)):
        report = segment_text(text)
        assert [f.title for f in report.findings] == PARAGRAPH_TITLES[:2] + ROW_TITLES + PARAGRAPH_TITLES[2:]
        assert measure_texts(report)[1] == "由县水利局计财股负责，已于2023年6月20日拨付资金300万元。"
        _assert_rows_read(report, 2)


def test_a_table_before_paragraph_findings_opens_the_findings():
    for text in (_tabbed(BEFORE), _piped(BEFORE)):
        report = segment_text(text)
        assert [f.title for f in report.findings] == ROW_TITLES + PARAGRAPH_TITLES
        _assert_rows_read(report, 0)


def test_word_and_sheet_tables_beside_paragraph_findings_are_read_alike(tmp_path: Path):
    for name, parts, first_row in (("after", AFTER, 4), ("between", BETWEEN, 2), ("before", BEFORE, 0)):
        for path in (_docx(tmp_path / f"{name}.docx", parts), _xlsx(tmp_path / f"{name}.xlsx", parts)):
            report = _read_file(path)
            assert len(report.findings) == 6, path.name
            _assert_rows_read(report, first_row)
            assert LAST_MEASURE in measure_texts(report)


def test_a_table_of_counts_after_paragraph_findings_is_no_findings():
    header = ["序号", "单位", "反馈问题数", "已整改数", "整改率"]
    rows = [["1", "水政监察大队", "3", "3", "100%"], ["2", "计财股", "2", "1", "50%"]]
    text = "\n".join([TITLE, LEAD, *FIRST, *SECOND, *("\t".join(r) for r in [header, *rows])]) + "\n"
    report = segment_text(text)
    assert [f.title for f in report.findings] == PARAGRAPH_TITLES


def test_without_the_flag_the_table_runs_on_in_the_measure_before_it(tmp_path: Path):
    report = segment_text(_tabbed(AFTER), vocabulary=OFF)
    assert [f.title for f in report.findings] == PARAGRAPH_TITLES
    assert measure_texts(report)[3].startswith(LAST_MEASURE + "\n序号\t存在问题")
    report = segment_text(_piped(BETWEEN), vocabulary=OFF)
    assert [f.title for f in report.findings] == PARAGRAPH_TITLES
    assert "| 序号 | 存在问题 |" in measure_texts(report)[1]
    report = _read_file(_docx(tmp_path / "after.docx", AFTER), OFF)
    assert len(report.findings) == 4


def _alike_rows(n: int) -> list[list[str]]:
    """Rows of one length, as a ledger of like items writes them."""
    return [[str(i + 1), f"第{i + 1}段灌区渠道维修不及时", f"已完成第{i + 1}段渠道维修，验收合格", "县灌溉中心", "2023年9月30日"]
            for i in range(7)]  # fmt: skip


def test_pipe_rows_of_one_length_are_rows_not_a_wrapped_paragraph():
    rows = _alike_rows(7)
    lines = ["| " + " | ".join(r) + " |" for r in [HEADER, *rows]]
    text = "\n".join([TITLE, LEAD, *FIRST, *SECOND, lines[0], "|" + "---|" * 5, *lines[1:]]) + "\n"
    report = segment_text(text)
    assert [f.title for f in report.findings][4:] == [r[1] for r in rows]
    assert measure_texts(report)[3] == LAST_MEASURE
    old = segment_text(text, vocabulary=vocabulary_without("pipe_rows_unwrapped"))
    assert len(old.findings) == 5  # the rows joined as one wrapped line: one finding
