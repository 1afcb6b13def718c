"""Nothing of the user's is overwritten: every path the review command writes (the output, a file
in an output directory, the baseline) is checked against the inputs and each other; special files
are written through, never renamed over; a read-only file is refused; names in an output directory
depend on the input path only; SIGTERM, like SIGINT, leaves no temporary file behind.

Everything runs through the real command line in a subprocess.
"""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

from bench_support import load_gen_report
from render_samples import TEXT

from checker.commands.review import output_names

ROOT = Path(__file__).resolve().parent.parent
GEN = load_gen_report()


def rectcheck(*args: str | Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "checker", "review", *map(str, args)],
        capture_output=True, text=True, cwd=ROOT, timeout=timeout, check=False,
    )


def _report(path: Path, text: str = TEXT) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


def test_write_baseline_onto_an_input_is_refused(tmp_path: Path) -> None:
    report = _report(tmp_path / "r.txt")
    result = rectcheck(report, "--baseline", report, "--write-baseline")
    assert result.returncode == 2
    assert _one_line(result.stderr) == (
        f"rectcheck: {report}: --write-baseline would overwrite the input file {report}; choose another path"
    )
    assert report.read_text(encoding="utf-8") == TEXT


def test_output_onto_the_baseline_is_refused(tmp_path: Path) -> None:
    report = _report(tmp_path / "r.txt")
    baseline = tmp_path / "baseline.json"
    assert rectcheck(report, "--baseline", baseline, "--write-baseline").returncode == 0
    recorded = baseline.read_bytes()
    for extra in ((), ("--write-baseline",)):
        result = rectcheck(report, "--baseline", baseline, "-o", baseline, "--format", "json", *extra)
        assert result.returncode == 2
        assert _one_line(result.stderr) == (
            f"rectcheck: {baseline}: --output would overwrite the baseline file; choose another path"
        )
        assert baseline.read_bytes() == recorded


def test_fifo_output_is_written_through_not_replaced(tmp_path: Path) -> None:
    report = _report(tmp_path / "r.txt")
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def drain() -> None:
        with open(fifo, "rb") as reader:  # blocks until rectcheck opens the FIFO for writing
            received.append(reader.read())

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    result = rectcheck(report, "-o", fifo, "--format", "json", "--fail-on", "never", timeout=30)
    reader.join(10)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert json.loads(received[0])["schema_version"] == 1
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_symlink_to_stdout_is_written_through(tmp_path: Path) -> None:
    report = _report(tmp_path / "r.txt")
    link = tmp_path / "out.json"
    link.symlink_to("/proc/self/fd/1")
    result = rectcheck(report, "-o", link, "--format", "json", "--fail-on", "never")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["schema_version"] == 1  # went to the pipe that is stdout
    assert link.is_symlink() and os.readlink(link) == "/proc/self/fd/1"


def test_symlink_to_a_file_keeps_the_link(tmp_path: Path) -> None:
    report = _report(tmp_path / "r.txt")
    real = tmp_path / "reviews" / "latest.json"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "out.json"
    link.symlink_to(real)
    assert rectcheck(report, "-o", link, "--format", "json", "--fail-on", "never").returncode == 0
    assert link.is_symlink()
    assert json.loads(real.read_text(encoding="utf-8"))["schema_version"] == 1


def test_read_only_output_is_refused(tmp_path: Path) -> None:
    report = _report(tmp_path / "r.txt")
    out = tmp_path / "out.json"
    out.write_text("keep me", encoding="utf-8")
    out.chmod(0o444)
    result = rectcheck(report, "-o", out, "--format", "json", "--fail-on", "never")
    assert result.returncode == 2
    assert _one_line(result.stderr) == (
        f"rectcheck: {out}: cannot write output (the existing file is read-only; not replaced)"
    )
    assert out.read_text(encoding="utf-8") == "keep me"


def test_directory_names_do_not_depend_on_which_inputs_succeed(tmp_path: Path) -> None:
    a = _report(tmp_path / "a" / "report.txt")
    b = _report(tmp_path / "b" / "report.txt", TEXT.replace("整改", "整顿", 1))
    single = _report(tmp_path / "c" / "other.txt")
    outdir = tmp_path / "out"
    result = rectcheck(a, b, single, "-o", f"{outdir}/", "--format", "json", "--fail-on", "never")
    assert result.returncode == 0, result.stderr
    names = output_names([a, b, single], "json")
    assert sorted(p.name for p in outdir.iterdir()) == sorted(names.values())
    assert names[single] == "other.json" and len({names[a], names[b], "report.json"}) == 3
    a_review = (outdir / names[a]).read_bytes()

    a.unlink()  # the next run cannot read a: b's review must still go to b's own file
    result = rectcheck(a, b, single, "-o", f"{outdir}/", "--format", "json", "--fail-on", "never")
    assert result.returncode == 2 and f"{a}: no such file" in result.stderr
    assert (outdir / names[a]).read_bytes() == a_review
    assert json.loads((outdir / names[b]).read_text(encoding="utf-8"))["document"]["path"] == str(b)
    assert not (outdir / "report.json").exists()


def test_sigterm_mid_batch_leaves_no_temporary_file(tmp_path: Path) -> None:
    indir, outdir = tmp_path / "reports", tmp_path / "out"
    GEN.write_reports(indir, 30, 40 * 1024, seed=7, layout="quoted")
    outdir.mkdir()
    proc = subprocess.Popen(
        [sys.executable, "-m", "checker", "review", str(indir), "--format", "html",
         "--output", f"{outdir}/", "--fail-on", "never"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while proc.poll() is None and not any(outdir.iterdir()) and time.monotonic() < deadline:
            time.sleep(0.001)  # the first file to appear is a temporary one: signal in mid-write
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 143, stderr
    assert stderr.strip().splitlines()[-1] == "rectcheck: terminated" and "Traceback" not in stderr
    assert [p.name for p in outdir.iterdir() if p.name.startswith(".") or p.suffix == ".tmp"] == []
    for path in outdir.iterdir():
        assert path.read_text(encoding="utf-8").rstrip().endswith("</html>")
