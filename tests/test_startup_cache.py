"""The startup cache (validated rubrics): a warm start gives what a cold one
gives, and a damaged, foreign or unwritable cache is ignored, never an error."""

from __future__ import annotations

import os
import pickle
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from checker import startup_cache
from checker.rubric import DEFAULT_RUBRIC_ID, load_rubric, rubrics_dir

ROOT = Path(__file__).resolve().parent.parent
SEED = sorted((ROOT / "eval" / "seeds").glob("003_*.txt"))[0]


def _review(cache: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "RECTCHECK_STARTUP_CACHE": cache, "PYTHONHASHSEED": "0"}
    return subprocess.run(
        [sys.executable, "-m", "checker", "review", str(SEED), "--format", "json", *args],
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
    monkeypatch.setenv("RECTCHECK_STARTUP_CACHE", str(tmp_path / "c"))
    stored = tmp_path / "c" / "x.bin"
    stored.write_bytes(stored.read_bytes()[:-1] + b"z")  # the content no longer has its hash
    assert startup_cache.read_blob("x.bin") is None
    stored.unlink()
    os.mkfifo(stored)  # nobody writes to it: a read that opened it would wait for ever
    assert startup_cache.read_blob("x.bin") is None


def test_old_rubric_entries_are_pruned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECTCHECK_STARTUP_CACHE", str(tmp_path))
    for i in range(5):
        startup_cache.write_blob(f"rubric-{i}.json", b"x")
        os.utime(tmp_path / f"rubric-{i}.json", ns=(i * 10**9, i * 10**9))
    startup_cache.write_blob("other-a.bin", b"y")
    startup_cache.prune("rubric-", keep=2)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other-a.bin", "rubric-3.json", "rubric-4.json"]


# ---------------------------------------------------------------- planted files


class _Payload:
    """A pickle that makes a directory when loaded: the proof that a loader ran planted code."""

    def __init__(self, marker: Path) -> None:
        self.marker = str(marker)

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return os.mkdir, (self.marker,)


def _rubric_copies(tmp_path: Path) -> tuple[Path, Path]:
    """The default rubric file, and the same file with every pattern and lexicon emptied of meaning
    (what a planted rubric would do to silence the rules), in two folders."""
    source = rubrics_dir() / f"{DEFAULT_RUBRIC_ID}-{load_rubric(None).version}.yaml"
    real = tmp_path / "real" / source.name
    silenced = tmp_path / "silenced" / source.name
    real.parent.mkdir()
    silenced.parent.mkdir()
    real.write_bytes(source.read_bytes())
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    data["patterns"] = dict.fromkeys(data["patterns"], "(?!x)x")
    data["lexicons"] = {name: [] for name in data["lexicons"]}
    silenced.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return real, silenced


def _entries(cache: Path) -> list[Path]:
    return sorted(p for p in cache.iterdir() if p.name.startswith("rubric-"))


def test_a_planted_pickle_never_runs(tmp_path: Path) -> None:
    cache, marker = tmp_path / "cache", tmp_path / "payload-ran"
    off = _review("0")
    _review(str(cache))
    planted = pickle.dumps(_Payload(marker))
    for path in cache.iterdir():
        path.write_bytes(planted)
    (cache / "rubric.pickle").write_bytes(planted)
    result = _review(str(cache))
    assert not marker.exists()
    assert (result.returncode, result.stdout, result.stderr) == (off.returncode, off.stdout, off.stderr)


def test_a_rubric_planted_under_another_files_name_is_not_used(tmp_path: Path) -> None:
    real, silenced = _rubric_copies(tmp_path)
    off = _review("0", "--rubric", str(real))
    assert _review("0", "--rubric", str(silenced)).stdout != off.stdout  # the plant would change the review
    kept, other = tmp_path / "kept", tmp_path / "other"
    _review(str(kept), "--rubric", str(real))
    _review(str(other), "--rubric", str(silenced))
    [entry], [planted] = _entries(kept), _entries(other)
    entry.write_bytes(planted.read_bytes())
    result = _review(str(kept), "--rubric", str(real))
    assert (result.returncode, result.stdout, result.stderr) == (off.returncode, off.stdout, off.stderr)


def _forge(cache: Path, real: Path, silenced: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A well-formed entry that gives the silenced rubric for the real file, as only someone who can
    write the directory could make it."""
    from checker import validated_cache
    from checker.rubric import parse_rubric_file

    cache.mkdir(mode=0o700)
    monkeypatch.setenv("RECTCHECK_STARTUP_CACHE", str(cache))
    validated_cache.store(real.read_text(encoding="utf-8"), parse_rubric_file(silenced))
    assert len(_entries(cache)) == 1


def test_a_cache_directory_another_user_can_write_or_owns_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real, silenced = _rubric_copies(tmp_path)
    off = _review("0", "--rubric", str(real))
    own = tmp_path / "own"
    _forge(own, real, silenced, monkeypatch)
    assert _review(str(own), "--rubric", str(real)).stdout != off.stdout  # control: the forgery is well made
    shared = tmp_path / "shared"
    _forge(shared, real, silenced, monkeypatch)
    shared.chmod(0o777)
    result = _review(str(shared), "--rubric", str(real))
    assert (result.returncode, result.stdout, result.stderr) == (off.returncode, off.stdout, off.stderr)
    assert len(_entries(shared)) == 1  # not written to either
    if os.geteuid() == 0:  # only root can give a directory away
        foreign = tmp_path / "foreign"
        _forge(foreign, real, silenced, monkeypatch)
        os.chown(foreign, 65534, 65534)
        assert _review(str(foreign), "--rubric", str(real)).stdout == off.stdout


def test_the_cache_directory_is_created_for_its_owner_alone(tmp_path: Path) -> None:
    cache = tmp_path / "made" / "startup"
    _review(str(cache))
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    assert _entries(cache)
