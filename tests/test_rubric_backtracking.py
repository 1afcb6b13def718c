"""A rubric pattern that backtracks without bound is refused by ``rectcheck rubric validate`` (exit 2,
one line naming it), in bounded time; every bundled rubric passes the same trial."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hostile_files import ROOT, run_measured

from checker.backtracking import first_runaway, trial_texts

BUNDLED = sorted((ROOT / "rubrics").glob("*.yaml"))
NEWEST = BUNDLED[-1]
BOUND_S = 15.0  # the trial gives each pattern 2 s; the rest is starting Python on a busy machine


def _rubric_with(tmp_path: Path, section: str, name: str, pattern: str) -> Path:
    data = yaml.safe_load(NEWEST.read_text(encoding="utf-8"))
    data[section][name] = pattern
    path = tmp_path / "my-rubric.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("section", "name", "pattern"),
    [("patterns", "amount", "(a+)+$"), ("subjects", "money", r"(?:资金\s*|资\s*金)*款项"), ("patterns", "date", r"(\d+)*年X")],
)
def test_a_runaway_pattern_is_refused_in_one_line(tmp_path: Path, section: str, name: str, pattern: str) -> None:
    path = _rubric_with(tmp_path, section, name, pattern)
    run = run_measured("rubric", "validate", path, timeout=BOUND_S * 2)
    assert run.returncode == 2 and run.seconds < BOUND_S, (run.stderr, run.seconds)
    line = run.one_line()
    assert line.startswith(f"rectcheck: {path}: {section}.{name}: {pattern!r} ") and "backtracks" in line, line


def test_every_bundled_rubric_passes_the_trial(tmp_path: Path) -> None:
    for path in BUNDLED:
        run = run_measured("rubric", "validate", path, timeout=60)
        assert run.returncode == 0 and run.stdout == f"{path}: valid\n", run.stderr


def test_trial_texts_are_made_of_the_patterns_own_characters() -> None:
    texts = trial_texts(r"(?:资金\s*)+\d{2}元")
    assert all(2000 <= len(t) <= 5000 for t in texts)
    assert any(set(t[:-1]) == {"资"} for t in texts) and any("资金" in t and "元" in t for t in texts)
    assert first_runaway({"fine": r"\d+(?:\.\d+)?\s*元", "runaway": "(x+x+)+y"}) == "runaway"
    assert first_runaway({"fine": r"\d+(?:\.\d+)?\s*元"}) is None
