"""docs/scoring.md's worked example is what the checker computes, and the verdict/gate note is shown."""

import re
from pathlib import Path

from checker.gate import gate_exit
from checker.options import ReviewOptions
from checker.pipeline import review_path
from checker.renderers.common import verdict_gate_note
from checker.rubric import load_rubric

DOC = Path(__file__).resolve().parents[1] / "docs" / "scoring.md"


def _example() -> tuple[str, dict[str, float], float]:
    doc = DOC.read_text(encoding="utf-8")
    text = re.search(r"```text\n(.*?)```", doc, re.S).group(1)
    rows = re.findall(r"^\| (F\d+) [^|]+\|(?:[^|]*\|){8} ([\d.]+) \|$", doc, re.M)
    total = float(re.search(r"= \*\*([\d.]+)\*\*", doc).group(1))
    return text, {fid: float(score) for fid, score in rows}, total


def review_text(text: str, tmp_path: Path):
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return review_path(path, load_rubric(None), ReviewOptions())


def test_worked_example_matches_the_checker(tmp_path):
    text, scores, total = _example()
    review = review_text(text, tmp_path)
    assert {f.id: f.score for f in review.findings} == scores
    assert review.summary.score == total
    assert review.summary.verdict == "warn"


def test_a_warn_verdict_that_fails_the_gate_says_why_in_the_chosen_language(tmp_path):
    text, _, _ = _example()
    review = review_text(text, tmp_path)
    assert gate_exit(review, "error", None) == 1
    zh = verdict_gate_note(review, "error", "zh")
    en = verdict_gate_note(review, "error", "en")
    assert zh is not None and "formalism" in zh and "待改进" in zh and not re.search(r"[a-z]{4,}", zh.replace("formalism", "").replace("fail-on", "").replace("error", ""))
    assert en is not None and "gate fails" in en
    assert verdict_gate_note(review, "never", "zh") is None
