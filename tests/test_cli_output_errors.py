"""Standard output that cannot take the output never ends in a traceback: a full device is said in
one line (exit 2); a reader that stops early and a closed output end quietly, the exit code intact."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = sorted((ROOT / "eval" / "seeds").glob("003_*.txt"))[0]
PROGRAM = "import sys; from checker.entry import main; sys.argv[0] = 'rectcheck'; main()"
COMMANDS = [
    ["review", str(SEED), "--format", "json"],
    ["review", str(SEED), "--format", "xlsx"],
    ["parse", str(SEED)],
    ["explain"],
    ["rubric", "list"],
]


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "RECTCHECK_STARTUP_CACHE": str(tmp_path / "cache")}


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a[:2]).replace(str(SEED), "seed"))
def test_a_full_output_is_one_line_and_exit_2(args: list[str], tmp_path: Path) -> None:
    with open("/dev/full", "wb") as full:
        done = subprocess.run([sys.executable, "-c", PROGRAM, *args], stdout=full, stderr=subprocess.PIPE,
                              cwd=tmp_path, env=_env(tmp_path), timeout=60)  # fmt: skip
    lines = done.stderr.decode().splitlines()
    assert done.returncode == 2
    assert len(lines) == 1 and lines[0].startswith("rectcheck: cannot write") and "No space left" in lines[0]


def test_a_closed_output_drops_the_output_and_keeps_the_exit_code(tmp_path: Path) -> None:
    expected = {0: ["--fail-on", "never"], 1: []}
    for code, extra in expected.items():
        done = subprocess.run([sys.executable, "-c", PROGRAM, "review", str(SEED), *extra], stdin=subprocess.DEVNULL,
                              capture_output=True, preexec_fn=lambda: os.close(1),
                              cwd=tmp_path, env=_env(tmp_path), timeout=60)  # fmt: skip
        assert done.returncode == code
        assert done.stderr == b""


def test_a_reader_that_stops_early_ends_the_output_quietly(tmp_path: Path) -> None:
    # Every seed and family report as JSON: far more than a pipe holds, so writing meets a closed pipe.
    folders = [str(ROOT / "eval" / "seeds"), str(ROOT / "eval" / "families")]
    for args, code in ((["review", *folders, "--format", "json"], 1), (["eval", "--format", "json"], None)):
        proc = subprocess.Popen([sys.executable, "-c", PROGRAM, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                cwd=ROOT, env=_env(tmp_path))  # fmt: skip
        assert proc.stdout is not None and proc.stderr is not None
        assert proc.stdout.read(10)
        proc.stdout.close()
        err = proc.stderr.read()
        proc.wait(timeout=120)
        assert b"Traceback" not in err and b"Exception ignored" not in err, err.decode()[-500:]
        if code is not None:
            assert proc.returncode == code  # the gate's verdict, not a crash
