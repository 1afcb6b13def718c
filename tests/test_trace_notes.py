"""What the trace says where it could not compare: a plan item whose measures were not read, a report
item with nothing read in it, a report with no date to hold deadlines against — in every format, and
never as 无问题 — and the year it takes for a deadline written without one, said where it took it."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from checker.api import review
from checker.crossdoc.trace import TraceReport, trace_reviews, year_basis, yearless_date
from checker.crossdoc.trace_rules import load_trace_rules
from checker.models import Review
from checker.renderers.crossdoc_formats import render_comparison
from checker.renderers.crossdoc_word import trace_notes
from checker.rubric import load_rubric

RULES = load_trace_rules()
RUBRIC = load_rubric(None)
LABEL = re.compile(r"整改时限|完成时限|完成时间|整改期限|时限")

PLAN = """某县卫健局巡察整改方案
1.针对“村卫生室药品进销存台账缺失”的问题。
整改措施：一是对全县42个村卫生室药品逐一盘点；二是建立村卫生室药品进销存电子台账。
责任单位：基层卫生股
整改时限：2024年8月31日前
2.针对“家庭医生签约服务履约不实”的问题。
整改措施：一是对签约居民逐户回访；二是对履约不实的家庭医生团队扣减绩效。
责任单位：基层卫生股
整改时限：2024年8月31日前
某县卫生健康局
2024年4月8日
"""
REPORT = """某县卫健局巡察整改情况报告
1.针对“村卫生室药品进销存台账缺失”的问题。
整改情况：2024年5月对全县42个村卫生室药品逐一盘点，建立药品进销存电子台账42本。
责任单位：基层卫生股
2.针对“家庭医生签约服务履约不实”的问题。
整改情况：回访签约居民1260户，对3个履约不实的家庭医生团队扣减绩效2.4万元。
责任单位：基层卫生股
2024年10月9日
"""
UNREAD = "方案此项未读出措施，无法逐项对照"


def _without_measures(r: Review, index: int) -> Review:
    """A plan read as the reader reads one whose item's measures it could not find."""
    findings = list(r.findings)
    findings[index] = findings[index].model_copy(update={"measures": [], "measure_text": ""})
    return r.model_copy(update={"findings": findings})


def _unread_trace(lang: str = "zh") -> tuple[TraceReport, Review]:
    told = review(REPORT)
    return trace_reviews(_without_measures(review(PLAN), 0), told, REPORT, RULES, RUBRIC, lang,
                         plan_text=PLAN), told  # fmt: skip


def _shown(trace: TraceReport, fmt: str, report: Review) -> str:
    out = render_comparison(trace, fmt, lang="zh", rubric=RUBRIC, newer=report, text=REPORT)
    if fmt == "xlsx":
        assert isinstance(out, bytes)
        sheet = load_workbook(io.BytesIO(out)).active
        return "\n".join(" | ".join(str(v or "") for v in row) for row in sheet.iter_rows(values_only=True))
    if fmt == "docx":
        summary, notes = trace_notes(trace, report, REPORT, "zh")
        return "\n".join("\n".join(n.paragraphs) for n in [summary, *notes])
    assert isinstance(out, str)
    return out


def test_a_plan_item_whose_measures_were_not_read_is_said_so_and_never_shown_as_no_issue() -> None:
    trace, _ = _unread_trace()
    unread = next(p for p in trace.pairs if p.plan_id == "F1")
    assert [n.code for n in unread.notes] == ["plan_measures_unread"] and unread.unchecked
    assert unread.measures == [] and not any(f.code == "trace_measure_unreported" for f in unread.flags)
    read = next(p for p in trace.pairs if p.plan_id == "F2")
    assert read.notes == [] and not read.flags and len(read.measures) == 2  # traced in full: no issue


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "xlsx", "docx", "json"])
def test_every_format_says_the_measures_were_not_read_and_not_no_issue_for_that_item(fmt: str) -> None:
    trace, told = _unread_trace()
    out = _shown(trace, fmt, told)
    assert UNREAD in out
    if fmt == "json":
        pair = next(p for p in json.loads(out)["pairs"] if p["plan_id"] == "F1")
        assert pair["notes"][0]["code"] == "plan_measures_unread"
        return
    if fmt in ("text", "markdown"):
        block = out[out.index("F1 → F1") : out.index("F2 → F2")]
        assert UNREAD in block and "无问题" not in block
        assert "无问题 1" in out and "未能逐项对照 1" in out  # F2 alone has no issue
    if fmt in ("html", "xlsx"):
        rows = [line for line in out.splitlines() if "村卫生室药品" in line] if fmt == "xlsx" else []
        assert all("无问题" not in row for row in rows)
    if fmt == "docx":
        assert "未能逐项对照 1" in out


def test_a_report_item_with_nothing_read_in_it_is_said_so() -> None:
    told = review(REPORT)
    findings = list(told.findings)
    findings[1] = findings[1].model_copy(update={"measures": [], "measure_text": ""})
    told = told.model_copy(update={"findings": findings})
    trace = trace_reviews(review(PLAN), told, REPORT, RULES, RUBRIC, plan_text=PLAN)
    pair = next(p for p in trace.pairs if p.plan_id == "F2")
    assert "report_answer_unread" in [n.code for n in pair.notes] and pair.unchecked
    assert "报告此项未读出整改情况" in render_comparison(trace, "text", lang="zh", rubric=RUBRIC)


YEARLESS_PLAN = """某镇巡察整改方案
1.针对“村级财务公开不及时”的问题。
整改措施：一是督促8个村按月公开财务收支；二是建立村务公开栏检查制度。
责任单位：镇经管站
整改时限：{due}
{signed}"""
YEARLESS_REPORT = """某镇巡察整改情况报告
1.针对“村级财务公开不及时”的问题。
整改情况：已督促5个村按月公开财务收支，其余3个村正在推进；建立村务公开栏检查制度。
责任单位：镇经管站
{signed}"""


@pytest.mark.parametrize(("due", "plan_signed", "report_signed", "year", "passed"), [
    ("7月底前", "某镇人民政府\n2024年3月5日\n", "2024年9月2日\n", 2024, True),  # the plan's date line
    ("7月31日前", "某镇人民政府\n2024年3月5日\n", "2024年9月2日\n", 2024, True),
    ("2月底前", "某镇人民政府\n2024年3月5日\n", "2024年9月2日\n", 2025, False),  # before the plan: next year
    ("年底前", "某镇人民政府\n2024年3月5日\n", "2025年1月20日\n", 2024, True),
    ("7月底前", "", "2024年9月2日\n", 2024, True),  # no plan date: the report's
])  # fmt: skip
def test_a_deadline_without_a_year_takes_the_plan_s_year_and_says_which(
    due: str, plan_signed: str, report_signed: str, year: int, passed: bool,
) -> None:  # fmt: skip
    plan = YEARLESS_PLAN.format(due=due, signed=plan_signed)
    report = YEARLESS_REPORT.format(signed=report_signed)
    trace = trace_reviews(review(plan), review(report), report, RULES, RUBRIC, plan_text=plan)
    pair = trace.pairs[0]
    assert pair.deadline is not None and pair.deadline.startswith(str(year))
    note = next(n for n in pair.notes if n.code == "deadline_year_assumed")
    assert f"取{year}年" in note.message and due in note.message
    flagged = [f for f in pair.flags if f.code == "trace_deadline_passed"]
    assert bool(flagged) == passed
    if passed:
        assert pair.deadline in flagged[0].message  # the date the deadline was read as, in the flag too
    assert note.message in render_comparison(trace, "markdown", lang="zh", rubric=RUBRIC)


def test_the_year_comes_from_the_plan_s_date_line_title_or_latest_dated_sentence() -> None:
    signed = year_basis("方案\n正文\n2023年12月20日\n", None, dt.date(2024, 9, 1), LABEL)
    assert signed is not None and (signed.year, signed.source) == (2023, "plan_date")
    assert yearless_date("6月底前", signed) == dt.date(2024, 6, 30)  # after the plan's date: the next year
    titled = year_basis("方案正文", "2024年巡察整改方案", None, LABEL)
    assert titled is not None and (titled.year, titled.source) == (2024, "plan_title")
    period = year_basis("方案正文", "关于2023年度审计问题的整改方案", dt.date(2024, 9, 1), LABEL)
    assert period is not None and period.source == "report_date"  # 2023年度 is the period audited
    dated = "县委巡察组于2024年2月26日反馈意见。\n整改时限：2024年12月31日\n2024年6月30日前完成补录。\n"
    told = year_basis(dated, None, None, LABEL)
    assert told is not None and (told.after, told.source) == (dt.date(2024, 2, 26), "plan_dated")
    assert year_basis("没有日期", None, None, LABEL) is None


def test_a_deadline_the_plan_item_states_in_its_own_text_is_held_against() -> None:
    plan = ("某局整改方案\n一、关于食堂采购未公开招标的问题\n2023年食堂食材采购有2家供货商未经公开招标确定。\n"
            "整改措施：重新组织公开招标。此项工作由后勤科负责，2024年6月30日前完成。\n")  # fmt: skip
    report = ("某局整改情况报告\n一、关于食堂采购未公开招标的问题\n整改情况：公开招标工作正在推进。\n"
              "2024年9月1日\n")  # fmt: skip
    planned = review(plan)
    findings = [f.model_copy(update={"deadline": None}) for f in planned.findings]  # no deadline field read
    unread = planned.model_copy(update={"findings": findings})
    trace = trace_reviews(unread, review(report), report, RULES, RUBRIC)
    assert [f.code for f in trace.pairs[0].flags if f.code == "trace_deadline_passed"]
    assert trace.pairs[0].deadline == "2024-06-30"


def test_a_report_without_a_date_says_no_deadline_was_checked_in_every_format(tmp_path: Path) -> None:
    undated = REPORT.replace("2024年10月9日\n", "")
    told = review(undated)
    trace = trace_reviews(review(PLAN), told, undated, RULES, RUBRIC, plan_text=PLAN)
    assert trace.as_of is None and [n.code for n in trace.notes] == ["no_report_date"]
    for fmt in ("text", "markdown", "html", "xlsx", "json"):
        out = render_comparison(trace, fmt, lang="zh", rubric=RUBRIC, newer=told, text=undated)
        if isinstance(out, bytes):
            sheet = load_workbook(io.BytesIO(out)).active
            out = "\n".join(" ".join(str(v or "") for v in row) for row in sheet.iter_rows(values_only=True))
        assert "未核对任何整改时限" in out and "--as-of" in out, fmt
    summary, _ = trace_notes(trace, told, undated, "zh")
    assert any("未核对任何整改时限" in line for line in summary.paragraphs)
    english = trace_reviews(review(PLAN), told, undated, RULES, RUBRIC, "en")
    assert "no deadline was checked" in english.notes[0].message
    dated = trace_reviews(review(PLAN), told, undated, RULES, RUBRIC, as_of=dt.date(2024, 10, 9))
    assert dated.notes == []  # --as-of gives the date
    plan_file, report_file = tmp_path / "plan.txt", tmp_path / "report.txt"
    plan_file.write_text(PLAN, encoding="utf-8")
    report_file.write_text(undated, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "checker", "trace", str(plan_file), str(report_file)],
                         capture_output=True, text=True)  # fmt: skip
    assert run.returncode == 0 and "报告没有落款日期，未核对任何整改时限；可用 --as-of" in run.stdout
