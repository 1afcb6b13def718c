"""The startup cache (validated rubrics): a warm start gives what a cold one
gives, and a damaged, foreign or unwritable cache is ignored, never an error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from checker import startup_cache

ROOT = Path(__file__).resolve().parent.parent
SEED = sorted((ROOT / "eval" / "seeds").glob("003_*.txt"))[0]


def _review(cache: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "RECTCHECK_STARTUP_CACHE": cache, "PYTHONHASHSEED": "0"}
    return subprocess.run(
        [sys.executable, "-m", "checker", "review", str(SEED), "--format", "json"],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=60,
    )


def test_cold_warm_damaged_and_disabled_caches_give_the_same_review(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    off = _review("0")
    cold = _review(str(cache))
    stored = sorted(p.name for p in cache.iterdir())
    assert any(n.startswith("rubric-") for n in stored)
    warm = _review(str(cache))
    for path in cache.iterdir():  # every file cut short or replaced by noise
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2] if len(data) % 2 else b"\x80\x04junk")
    damaged = _review(str(cache))
    assert off.returncode == cold.returncode == warm.returncode == damaged.returncode == 1
    assert off.stdout == cold.stdout == warm.stdout == damaged.stdout
    assert off.stderr == cold.stderr == warm.stderr == damaged.stderr == ""
    assert not [p for p in cache.iterdir() if p.name.endswith(".tmp")]


def test_an_unwritable_cache_directory_is_no_cache(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    result = _review(str(blocker / "cache"))
    assert result.returncode == 1 and result.stderr == "" and '"schema_version"' in result.stdout


def test_blobs_are_written_whole_or_not_at_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECTCHECK_STARTUP_CACHE", str(tmp_path / "c"))
    startup_cache.write_blob("x.bin", b"abc")
    assert startup_cache.read_blob("x.bin") == b"abc" and startup_cache.read_blob("missing") is None
    monkeypatch.setenv("RECTCHECK_STARTUP_CACHE", "0")
    startup_cache.write_blob("y.bin", b"abc")
    assert startup_cache.read_blob("x.bin") is None
    assert sorted(p.name for p in (tmp_path / "c").iterdir()) == ["x.bin"]


def test_old_rubric_entries_are_pruned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECTCHECK_STARTUP_CACHE", str(tmp_path))
    for i in range(5):
        startup_cache.write_blob(f"rubric-{i}.pickle", b"x")
        os.utime(tmp_path / f"rubric-{i}.pickle", ns=(i * 10**9, i * 10**9))
    startup_cache.write_blob("other-a.bin", b"y")
    startup_cache.prune("rubric-", keep=2)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other-a.bin", "rubric-3.pickle", "rubric-4.pickle"]
