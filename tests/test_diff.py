"""rectcheck diff: two drafts of one report compared finding by finding, paired by what they say."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sample_reports import PROGRESS, SLOGANS

from checker.api import review
from checker.crossdoc.diff import DraftDiff, diff_reviews
from checker.crossdoc.pairing import pair_texts
from checker.rubric import load_rubric

RUBRIC = load_rubric(None)
FIXED = "2024年3月收回超标配备车辆2辆，公开拍卖，收入1.2万元上缴国库。"
F1 = PROGRESS.split("2.针对")[0].split("\n", 1)[1]
F2 = "2.针对" + PROGRESS.split("2.针对")[1].split("3.针对")[0]
F3 = "3.针对" + PROGRESS.split("3.针对")[1]
TITLE = PROGRESS.split("\n", 1)[0] + "\n"


def test_the_second_draft_resolves_one_flag_rewords_one_measure_and_adds_a_finding() -> None:
    new = (PROGRESS.replace(SLOGANS, FIXED).replace("由后勤科按月核对。", "后勤科每月核对一次。")
           + "4.针对“会议费超标”的问题。\n整改情况:已整改到位。\n")  # fmt: skip
    diff = diff_reviews(review(PROGRESS), review(new), RUBRIC)
    by_new = {f.new_id: f for f in diff.findings}
    assert [(c.code, c.change) for c in by_new["F2"].flags] == [("formalism", "resolved")]
    assert by_new["F2"].old_score is not None and by_new["F2"].new_score > by_new["F2"].old_score  # type: ignore[operator]
    assert by_new["F3"].measure_changed and by_new["F3"].only_reworded and not by_new["F3"].flags
    assert not by_new["F1"].measure_changed and not by_new["F1"].flags
    assert by_new["F4"].old_id is None and [c.change for c in by_new["F4"].flags] == ["new"]
    assert (diff.summary.resolved, diff.summary.new, diff.summary.findings_added, diff.summary.only_reworded) == (1, 1, 1, 1)


def test_a_concrete_rewrite_is_not_only_reworded() -> None:
    new = PROGRESS.replace("由后勤科按月核对。", "由后勤科按月核对，已核出重复报账3笔并追回0.6万元。")
    f3 = next(f for f in diff_reviews(review(PROGRESS), review(new), RUBRIC).findings if f.new_id == "F3")
    assert f3.measure_changed and not f3.only_reworded


def test_findings_are_paired_by_what_they_say_not_by_where_they_stand() -> None:
    reordered = TITLE + F3.replace("3.", "1.", 1) + F1.replace("1.", "2.", 1)  # F2 dropped, the others swapped
    diff = diff_reviews(review(PROGRESS), review(reordered), RUBRIC)
    pairs = {(f.old_id, f.new_id) for f in diff.findings}
    assert pairs == {("F1", "F2"), ("F3", "F1"), ("F2", None)}
    dropped = next(f for f in diff.findings if f.new_id is None)
    assert [(c.code, c.change) for c in dropped.flags] == [("formalism", "resolved")]
    assert diff.summary.findings_dropped == 1


def test_pairing_keeps_dropped_findings_where_they_stood() -> None:
    pairs = pair_texts(["违规发放津贴补贴", "公务用车管理不规范", "食堂采购台账不全"], ["违规发放津贴补贴问题", "食堂采购台账不全"])
    assert [(p.old, p.new) for p in pairs] == [(0, 0), (1, None), (2, 1)]


def test_the_command_gates_on_new_flags_only(tmp_path: Path) -> None:
    old, new = tmp_path / "v1.txt", tmp_path / "v2.txt"
    old.write_text(PROGRESS, encoding="utf-8")
    new.write_text(PROGRESS + "4.针对“会议费超标”的问题。\n整改情况:高度重视，进一步加强学习，建立长效机制。\n", encoding="utf-8")
    cli = [sys.executable, "-m", "checker", "diff"]
    run = subprocess.run([*cli, str(old), str(new), "-f", "json"], capture_output=True, text=True)
    diff = DraftDiff.model_validate(json.loads(run.stdout))
    assert run.returncode == 1 and diff.summary.new >= 1  # the new finding brings an error-level flag
    same = subprocess.run([*cli, str(old), str(old)], capture_output=True, text=True)
    assert same.returncode == 0 and "新出现 0" in same.stdout and "· 仍存在 形式主义" in same.stdout  # old flags stay
    lax = subprocess.run([*cli, str(old), str(new), "--fail-on", "never"], capture_output=True, text=True)
    assert lax.returncode == 0 and "新出现" in lax.stdout and "新增问题" in lax.stdout
    missing = subprocess.run([*cli, str(old), str(tmp_path / "nope.txt")], capture_output=True, text=True)
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1 and "nope.txt" in missing.stderr


def test_diff_and_trace_side_by_side_as_a_page_and_a_workbook(tmp_path: Path) -> None:
    import io

    import openpyxl

    old, new = tmp_path / "v1.txt", tmp_path / "v2.txt"
    old.write_text(PROGRESS, encoding="utf-8")
    new.write_text(PROGRESS.replace(SLOGANS, FIXED) + "4.针对“会议费超标”的问题。\n整改情况:已整改到位。\n", encoding="utf-8")
    cli = [sys.executable, "-m", "checker", "diff", str(old), str(new), "--fail-on", "never"]
    page = subprocess.run([*cli, "-f", "html", "-o", str(tmp_path / "d.html")], capture_output=True, text=True)
    assert page.returncode == 0 and page.stderr == f"rectcheck: wrote {tmp_path / 'd.html'}\n"
    html = (tmp_path / "d.html").read_text(encoding="utf-8")
    assert '<td class="resolved">已解决</td>' in html and '<td class="new">新出现</td>' in html and "高度重视" in html
    book = subprocess.run([*cli, "-f", "xlsx"], capture_output=True)  # piped: the bytes go to stdout
    ws = openpyxl.load_workbook(io.BytesIO(book.stdout))["对照"]
    rows = [list(r) for r in ws.iter_rows(min_row=2, values_only=True)]
    assert rows[0][:2] == ["F2", "F2"] and rows[0][4] == "已解决" and "高度重视" in rows[0][5]
    assert any(r[1] == "F4" and r[4] == "新出现" for r in rows)
    assert ws.page_setup.orientation == "landscape"


def _second_draft() -> DraftDiff:
    new = (PROGRESS.replace(SLOGANS, FIXED).replace("由后勤科按月核对。", "后勤科每月核对一次。")
           + "4.针对“会议费超标”的问题。\n整改情况:已整改到位。\n")  # fmt: skip
    return diff_reviews(review(PROGRESS), review(new), RUBRIC)


def test_every_flag_change_carries_its_question_and_a_reworded_measure_both_wordings() -> None:
    from checker.renderers.crossdoc_tables import diff_rows

    diff = _second_draft()
    changes = [c for f in diff.findings for c in f.flags] + diff.document_flags
    assert changes and all(c.follow_up for c in changes)
    reworded = next(f for f in diff.findings if f.only_reworded)
    assert "由后勤科按月核对" in str(reworded.old_measure) and "后勤科每月核对一次" in str(reworded.new_measure)
    rows = diff_rows(diff, "zh", RUBRIC)
    assert all(r.follow_up for r in rows)  # the 追问 column of the page, the sheet and the local page
    assert any(r.follow_up.startswith("已答复：") for r in rows if r.change == "resolved")
    row = next(r for r in rows if r.change == "reworded")
    assert "由后勤科按月核对" in row.left_text and "后勤科每月核对一次" in row.right_text


def test_a_new_flag_is_marked_new_not_failed_and_a_legend_says_what_each_mark_means() -> None:
    from checker.renderers.diff_view import render_diff_markdown, render_diff_text

    for render in (render_diff_text, render_diff_markdown):
        out = render(_second_draft(), "zh", RUBRIC)
        assert "＋ 新出现" in out and "✗" not in out
        assert "标记：✓ 已解决　＋ 新出现　· 仍存在" in out
        assert "前稿原文：" in out and "后稿原文：" in out  # the reworded measure's two wordings


def test_a_new_draft_that_could_not_be_read_fails_the_gate(tmp_path: Path) -> None:
    unread, other, good = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "v1.txt"
    unread.write_text("会议通知\n请各位同志于周五下午三点到三楼会议室开会。\n", encoding="utf-8")
    other.write_text("会议通知\n请各位同志于周五下午三点到三楼会议室开会，请准时参加。\n", encoding="utf-8")
    good.write_text(PROGRESS, encoding="utf-8")
    cli = [sys.executable, "-m", "checker", "diff"]
    both = subprocess.run([*cli, str(unread), str(other)], capture_output=True, text=True)
    assert both.returncode == 1 and "unsegmented" in both.stdout  # the old one unread too: still no pass
    assert subprocess.run([*cli, str(good), str(other)], capture_output=True, text=True).returncode == 1
    lax = subprocess.run([*cli, str(unread), str(other), "--fail-on", "never"], capture_output=True)
    assert lax.returncode == 0
