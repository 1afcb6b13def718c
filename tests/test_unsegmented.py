"""A draft the reader could not split into findings never passes: it is unreviewed, has no score,
and fails the default gate, whatever --min-score says."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from checker.models import Source
from checker.segment import segment

PROSE = (
    "关于巡察整改工作情况的通报\n"
    "县委巡察组反馈意见后，局党组高度重视，坚持把巡察整改作为重大政治任务，班子成员各负其责，形成了齐抓共管的工作格局。\n"
    "截至目前，各项整改工作有序推进，取得了阶段性成效。局党组将持续巩固整改成果，推动各项工作再上新台阶。\n"
)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "checker", *args], capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("text", ["hello world\n", PROSE], ids=["hello", "prose"])
def test_unreadable_document_is_unreviewed_and_fails_the_gate(tmp_path: Path, text: str) -> None:
    path = tmp_path / "draft.txt"
    path.write_text(text, encoding="utf-8")
    proc = run("review", str(path), "--format", "json", "--fail-on", "warning", "--min-score", "70")
    assert proc.returncode == 1, proc.stderr
    review = json.loads(proc.stdout)
    assert review["summary"]["score"] is None and review["summary"]["verdict"] == "unreviewed"
    assert [f["code"] for f in review["document_flags"]].count("unsegmented") == 1
    flag = next(f for f in review["document_flags"] if f["code"] == "unsegmented")
    assert flag["severity"] == "error" and text[flag["start"] : flag["end"]] == flag["evidence"]
    assert review["document"]["segmentation"]["confidence"] < 0.5
    # The default gate fails too, and the text view says a person must read it.
    plain = run("review", str(path))
    assert plain.returncode == 1
    assert "须由人工阅读" in plain.stdout and "未评审" in plain.stdout
    assert path.read_text(encoding="utf-8") == text


def test_a_readable_report_keeps_its_score() -> None:
    text = "关于巡察整改情况的通报\n1.针对“违规发放补贴”的问题。\n整改情况：6名人员已将违规发放的补贴1.32万元全额退回。\n"
    report = segment(Source(path="x.txt", text=text, format="txt"))
    assert report.segmentation.confidence >= 0.5 and len(report.findings) == 1


def test_a_fix_section_that_answers_nothing_is_listed() -> None:
    text = (
        "整改情况报告\n一、存在问题\n1.食堂账目未公示。\n2.固定资产未入账。\n"
        "二、整改情况\n1.已于5月在公示栏公示食堂收支。\n2.已将12台电脑登记入账。\n3.已对全体职工开展消防演练2次。\n"
    )
    report = segment(Source(path="x.txt", text=text, format="txt"))
    assert [f.measure.text[:6] for f in report.findings] == ["已于5月在公", "已将12台电"]
    assert [s.text for s in report.segmentation.unpaired_measures] == ["3.已对全体职工开展消防演练2次。"]


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html", "sarif", "junit", "docx", "xlsx"])
def test_every_format_renders_an_unreviewed_document(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "draft.txt"
    path.write_text("hello world\n", encoding="utf-8")
    out = tmp_path / f"review.{fmt}"
    proc = run("review", str(path), "--format", fmt, "--output", str(out))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert out.stat().st_size > 0
