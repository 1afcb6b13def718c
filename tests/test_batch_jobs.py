"""Several documents on several cores (``--jobs`` with the rules): the same output, files, error
lines and exit code as one process, in the same order."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from checker.commands.batch import Done, Failed, Work, outcomes
from checker.options import ReviewOptions
from checker.rubric import load_rubric

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "eval" / "seeds").glob("*.txt"))


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    for i, seed in enumerate(SEEDS):
        shutil.copy(seed, folder / f"{i:02d}_{seed.name}")
    (folder / "02a_empty.txt").write_text("  \n", encoding="utf-8")  # bad input between good ones
    return folder


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    return subprocess.run(
        [sys.executable, "-m", "checker", "review", *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=120
    )


def test_jobs_change_nothing_but_the_cores_used(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    one = _run(str(folder), "--format", "json", "--jobs", "1", cwd=tmp_path)
    two = _run(str(folder), "--format", "json", "--jobs", "2", cwd=tmp_path)
    assert one.returncode == two.returncode == 2  # the empty file: bad input outranks the gate
    assert one.stdout == two.stdout and one.stdout.count('"schema_version"') == len(SEEDS)
    assert one.stderr == two.stderr and one.stderr.count("\n") == 1 and "02a_empty.txt" in one.stderr

    out1, out2 = tmp_path / "out1", tmp_path / "out2"
    for out, jobs in ((out1, "1"), (out2, "3")):
        result = _run(str(folder), "--format", "markdown", "--jobs", jobs, "-o", f"{out}/", cwd=tmp_path)
        assert result.returncode == 2
    names = sorted(p.name for p in out1.iterdir())
    assert names == sorted(p.name for p in out2.iterdir()) and len(names) == len(SEEDS)
    for name in names:
        assert (out1 / name).read_bytes() == (out2 / name).read_bytes()


def test_outcomes_come_back_in_document_order(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    paths = sorted(folder.iterdir())
    work = Work(rubric=load_rubric(None), options=ReviewOptions(), max_bytes=1 << 24)
    serial = list(outcomes(work, paths, 1))
    parallel = list(outcomes(work, paths, 2))
    assert [type(o) for o in serial] == [type(o) for o in parallel]
    assert sum(isinstance(o, Failed) for o in parallel) == 1
    for a, b in zip(serial, parallel, strict=True):
        if isinstance(a, Done):
            assert isinstance(b, Done) and a.review == b.review
        else:
            assert a == b
