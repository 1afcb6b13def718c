"""``diff`` and ``trace`` with ``-f docx``: the newer document — the new draft, the report — with a Word
comment on each flag's evidence in it and a summary on its title; a copy of the user's own .docx, or
a new .docx of the text for other inputs. The input is never written."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sample_reports import PLAN, PROGRESS, SLOGANS
from word_fixtures import anchored_texts, comments, seed_docx

ROOT = Path(__file__).resolve().parent.parent
FIXED = "2024年3月收回超标配备车辆2辆，公开拍卖，收入1.2万元上缴国库。"
NEW = (PROGRESS.replace(SLOGANS, FIXED).replace("由后勤科按月核对。", "后勤科每月核对一次。")
       + "4.针对“会议费超标”的问题。\n整改情况:已整改到位。\n")  # fmt: skip

REPORT = """关于巡察整改情况的报告
1.针对“食堂采购台账不全”的问题。
整改情况：正在推进，2024年6月补录2023年度采购台账86笔。
责任单位：办公室
2024年9月10日
"""


def _run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "checker", *map(str, args)], capture_output=True, text=True, cwd=cwd)


def _notes(path: Path) -> list[tuple[str, str]]:
    """(anchored text, comment text) per comment, in id order."""
    said, anchored = comments(path), anchored_texts(path)
    return [(anchored.get(cid, ""), said[cid]["text"]) for cid in sorted(said)]


def test_diff_comments_the_new_draft_s_own_word_file_and_leaves_it_unwritten(tmp_path: Path) -> None:
    old, new = tmp_path / "初稿.txt", seed_docx(NEW, tmp_path / "二稿.docx")
    old.write_text(PROGRESS, encoding="utf-8")
    before = new.read_bytes()
    out = tmp_path / "二稿-批注.docx"
    run = _run("diff", old, new, "-f", "docx", "-o", out, cwd=tmp_path)
    assert run.returncode == 0, run.stderr  # what the new draft brings is a warning: the gate holds
    assert new.read_bytes() == before
    notes = _notes(out)
    summary = notes[0][1]
    assert "两稿对照" in summary and "已解决 1" in summary and "新出现 1" in summary
    by_text = {text.split("\n")[0]: anchored for anchored, text in notes[1:]}
    resolved = next(k for k in by_text if "【已解决】" in k)
    assert resolved.startswith("F2") and "公务用车" in by_text[resolved]  # said on the finding's title
    new_flag = next(k for k in by_text if "【新出现】" in k)
    assert new_flag.startswith("F4") and by_text[new_flag] in NEW and by_text[new_flag]  # on its evidence
    reworded = next(k for k in by_text if "【仅改写措辞】" in k)
    assert reworded.startswith("F3") and "后勤科每月核对一次" in by_text[reworded]


def test_trace_comments_a_new_word_file_of_a_text_report(tmp_path: Path) -> None:
    plan, report = tmp_path / "方案.txt", tmp_path / "报告.txt"
    plan.write_text(PLAN, encoding="utf-8")
    report.write_text(REPORT, encoding="utf-8")
    out = tmp_path / "报告-批注.docx"
    run = _run("trace", plan, report, "-f", "docx", "-o", out, "--lang", "en", cwd=tmp_path)
    assert run.returncode == 1, run.stderr  # a finding missing, a deadline passed
    notes = _notes(out)
    summary = notes[0][1]
    assert notes[0][0] == "关于巡察整改情况的报告" and "Plan against report" in summary
    assert "Plan findings this report has nothing on" in summary and "公务用车" in summary  # F2 is missing
    anchored = {text.split("\n")[0].split("(")[-1].rstrip(")"): where for where, text in notes[1:]}
    assert anchored["trace_owner_changed"] == "办公室"
    assert anchored["trace_deadline_passed"].startswith("正在推进")
    assert "食堂采购台账不全" in anchored["trace_measure_unreported"]  # never mentioned: on the title
    assert any("Plan: 二是建立食材验收双人签字制度" in text for _, text in notes)


def test_an_output_naming_an_input_is_refused(tmp_path: Path) -> None:
    plan, report = tmp_path / "方案.txt", tmp_path / "报告.txt"
    plan.write_text(PLAN, encoding="utf-8")
    report.write_text(REPORT, encoding="utf-8")
    run = _run("trace", plan, report, "-f", "docx", "-o", report, cwd=tmp_path)
    assert run.returncode == 2 and run.stderr.count("\n") == 1 and "overwrite the input" in run.stderr
    assert report.read_text(encoding="utf-8") == REPORT
    piped = subprocess.run([sys.executable, "-m", "checker", "trace", str(plan), str(report), "-f", "docx"],
                           capture_output=True, cwd=tmp_path)  # fmt: skip
    assert piped.returncode == 1 and piped.stdout.startswith(b"PK")  # no -o and a pipe: the file goes there
