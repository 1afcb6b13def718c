"""Ctrl-C during a batch review: ``rectcheck review DIR --format json --output OUTDIR/``.

Each review is written to OUTDIR as soon as it is done (temporary file, then rename), so an
interrupted batch keeps what it finished. After SIGINT the command stops, prints one line
``rectcheck: interrupted`` and exits 130 (128 + SIGINT, the shell convention; distinct from the
gate's 1). Every file left in OUTDIR is a complete review; no temporary file remains.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

from bench_support import load_gen_report

from checker.models import Review

ROOT = Path(__file__).resolve().parent.parent
REPORTS = 40
REPORT_BYTES = 60 * 1024


GEN = load_gen_report()


def _finished(outdir: Path) -> list[Path]:
    """Output files proper (temporary files are hidden: ``.<name>.<random>.tmp``)."""
    return [p for p in outdir.iterdir() if not p.name.startswith(".")]


def test_sigint_after_first_output_leaves_only_complete_reviews(tmp_path: Path) -> None:
    indir, outdir = tmp_path / "reports", tmp_path / "out"
    GEN.write_reports(indir, REPORTS, REPORT_BYTES, seed=100, layout="quoted")
    outdir.mkdir()
    proc = subprocess.Popen(
        [sys.executable, "-m", "checker", "review", str(indir), "--format", "json",
         "--output", f"{outdir}/", "--fail-on", "never"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )
    try:
        deadline = time.monotonic() + 60
        while proc.poll() is None and not _finished(outdir) and time.monotonic() < deadline:
            time.sleep(0.002)
        assert proc.poll() is None, f"the run ended before it could be interrupted: {proc.stderr.read()}"
        assert _finished(outdir), "no output appeared within 60 s"
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()

    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr
    assert stderr.strip().splitlines()[-1] == "rectcheck: interrupted"

    leftovers = [p.name for p in outdir.iterdir() if p.name.startswith(".") or p.suffix == ".tmp"]
    assert leftovers == []
    done = _finished(outdir)
    assert 1 <= len(done) < REPORTS, "the batch should stop part-way"
    for path in done:
        review = Review.model_validate(json.loads(path.read_text(encoding="utf-8")))
        source = indir / f"{path.stem}.txt"
        assert review.document.chars == len(source.read_text(encoding="utf-8"))
