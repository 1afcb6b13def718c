"""The startup cache (compiled patterns, validated rubrics): a warm start gives what a cold one
gives, and a damaged, foreign or unwritable cache is ignored, never an error."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from checker import startup_cache
from checker.text import patterns

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
    assert any(n.startswith("patterns-") for n in stored) and any(n.startswith("rubric-") for n in stored)
    warm = _review(str(cache))
    for path in cache.iterdir():  # every file cut short or replaced by noise
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2] if path.name.startswith("patterns-") else b"\x80\x04junk")
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


SAMPLES = [
    (r"(?P<label>整[ \t\u3000]*改[ \t\u3000]*措[ \t\u3000]*施)[:：]?", 0),
    (r"(?<![^\s（(])(?:\d{4}年)?\d{1,2}月(?:底|前)", re.MULTILINE),
    (r"^[（(]?[一二三四五六七八九十]+[）)、.]", re.MULTILINE | re.IGNORECASE),
    (r"(a)|(?P<b>b)(?(1)x|y)", 0),
]


@pytest.mark.parametrize(("pattern", "flags"), SAMPLES)
def test_a_stored_program_builds_the_pattern_re_builds(
    pattern: str, flags: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RECTCHECK_STARTUP_CACHE", str(tmp_path))
    monkeypatch.setattr(patterns, "_stored", None)
    monkeypatch.setattr(patterns, "_used", {})
    first = patterns.compile_pattern(pattern, flags)
    patterns._save()
    monkeypatch.setattr(patterns, "_stored", None)  # as a new process would start
    second = patterns.compile_pattern(pattern, flags)
    assert (pattern, flags) in patterns._load()
    reference = re.compile(pattern, flags)
    for compiled in (first, second):
        assert (compiled.pattern, compiled.flags, compiled.groups, compiled.groupindex) == (
            reference.pattern, reference.flags, reference.groups, reference.groupindex)
    for text in ("整 改 措 施：2024年6月底前", "（三）加强管理\n二、x", "ab by ax", "a x"):
        assert [m.span() for m in second.finditer(text)] == [m.span() for m in reference.finditer(text)]


def test_a_damaged_program_falls_back_to_re(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECTCHECK_STARTUP_CACHE", str(tmp_path))
    key = (r"\d+年", 0)
    flags, _code, groups, index, names = patterns._program(*key)
    monkeypatch.setattr(patterns, "_stored", {key: (flags, [999, 1, 2], groups, index, names)})
    compiled = patterns.compile_pattern(*key)
    assert compiled.findall("2024年和2025年") == ["2024年", "2025年"]


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
    startup_cache.write_blob("patterns-a.marshal", b"y")
    startup_cache.prune("rubric-", keep=2)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["patterns-a.marshal", "rubric-3.pickle", "rubric-4.pickle"]
