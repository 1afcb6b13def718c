"""The program's own exit (no module teardown) ends a run as the interpreter's exit would: the same
exit code, output and exit handlers; and it steps aside while another thread still works."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
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


def test_exit_handlers_run_and_the_output_is_flushed(tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        import atexit, sys
        from checker.entry import exit_now
        atexit.register(lambda: print("handler ran", flush=True))
        sys.stdout.write("buffered, no newline")
        exit_now(3)
        sys.exit(9)  # not reached
        """
    )
    done = _run([sys.executable, "-c", script], tmp_path)
    assert done.returncode == 3 and done.stdout == b"buffered, no newlinehandler ran\n"


def test_another_working_thread_gets_the_usual_exit(tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        import sys, threading, time
        from checker.entry import exit_now
        worker = threading.Thread(target=lambda: (time.sleep(0.3), print("worker done", flush=True)))
        worker.start()
        exit_now(3)
        print("usual exit", flush=True)
        sys.exit(5)
        """
    )
    done = _run([sys.executable, "-c", script], tmp_path)
    assert done.returncode == 5 and done.stdout.split() == [b"usual", b"exit", b"worker", b"done"]
