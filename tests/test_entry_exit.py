"""The console script's entry point (its collector settings) ends a run as the CLI alone would: the
same exit code and output, a reader that stops early included."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = sorted((ROOT / "eval" / "seeds").glob("003_*.txt"))[0]
# The console script's entry point, and the CLI's main alone with the interpreter's usual exit.
OURS = "import sys; from checker.entry import main; sys.argv[0] = 'rectcheck'; main()"
USUAL = "import sys; from checker.cli import main; sys.argv[0] = 'rectcheck'; main()"


def _run(argv: list[str], tmp_path: Path, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONHASHSEED": "0", "RECTCHECK_STARTUP_CACHE": str(tmp_path / "cache")}
    return subprocess.run(argv, capture_output=True, cwd=tmp_path, env=env, timeout=60, **kwargs)  # type: ignore[call-overload]


def test_exit_codes_and_output_are_the_usual_ones(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01" * 50)
    cases = [
        ["review", str(SEED), "--format", "json"],  # the gate fails: 1
        ["review", str(SEED), "--format", "text", "--fail-on", "never"],  # 0
        ["review", str(bad)],  # bad input: 2
        ["review", str(SEED), "--format", "pdf"],  # bad usage: 2
        ["--version"],
        [],
    ]
    codes = set()
    for args in cases:
        ours = _run([sys.executable, "-c", OURS, *args], tmp_path)
        usual = _run([sys.executable, "-c", USUAL, *args], tmp_path)
        assert (ours.returncode, ours.stdout, ours.stderr) == (usual.returncode, usual.stdout, usual.stderr), args
        codes.add(ours.returncode)
    assert codes == {0, 1, 2}


def test_a_reader_that_stops_early_sees_the_usual_exit(tmp_path: Path) -> None:
    args = ["review", str(SEED.parent), "--format", "json", "--jobs", "1"]
    results = []
    for argv in ([sys.executable, "-c", OURS, *args], [sys.executable, "-c", USUAL, *args]):
        with subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT) as proc:
            assert proc.stdout is not None and proc.stderr is not None
            proc.stdout.read(10)
            proc.stdout.close()  # the reader goes away: the rest of the output meets a closed pipe
            results.append((proc.wait(timeout=60), proc.stderr.read()))
    assert results[0] == results[1]
