"""Large inputs through the real command line: a 2 MB generated report just under ``--max-bytes``
is reviewed completely, one just over it is refused with exit 2 and one line on stderr.

The wall-time bound is only a guard against hangs or quadratic blow-ups; the speed itself is
measured in bench/.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from bench_support import load_gen_report

from checker.models import Review

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024
LIMIT = int(2.5 * MB)
HANG_GUARD_S = 60.0


GEN = load_gen_report()


def rectcheck(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "checker", *args], capture_output=True, text=True, cwd=ROOT,
        timeout=HANG_GUARD_S * 2, check=False,
    )


@pytest.fixture(scope="module")
def generated() -> tuple[str, int]:
    """A 2 MB report in the quoted layout (seed 000's), and how many findings it holds."""
    report = GEN.compose_report(2 * MB, seed=5, layout="quoted")
    return report.text, report.findings


@pytest.fixture(scope="module")
def large_report(tmp_path_factory: pytest.TempPathFactory, generated: tuple[str, int]) -> Path:
    path = tmp_path_factory.mktemp("large") / "large_report.txt"
    path.write_text(generated[0], encoding="utf-8")
    return path


def test_generated_report_is_near_the_size_asked(large_report: Path) -> None:
    size = large_report.stat().st_size
    assert 2 * MB - 4096 <= size <= 2 * MB < LIMIT


def test_report_under_the_limit_is_reviewed_completely(
    large_report: Path, generated: tuple[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "review.json"
    start = time.monotonic()
    proc = rectcheck("review", str(large_report), "--format", "json", "--max-bytes", str(LIMIT),
                     "--output", str(out), "--fail-on", "never")
    elapsed = time.monotonic() - start
    assert proc.returncode == 0, proc.stderr
    assert elapsed < HANG_GUARD_S, f"review of a 2 MB report took {elapsed:.1f} s"

    text = large_report.read_text(encoding="utf-8")
    review = Review.model_validate(json.loads(out.read_text(encoding="utf-8")))
    assert review.document.chars == len(text)
    # Thousands of findings: a review that stops early or merges items finds far fewer.
    assert len(review.findings) >= 0.9 * generated[1], (len(review.findings), generated[1])
    assert [f.id for f in review.findings] == [f"F{i}" for i in range(1, len(review.findings) + 1)]
    last = review.findings[-1]
    assert last.end > len(text) * 0.9, "the last finding should lie near the end of the document"
    for flag in [f for r in review.findings for f in r.flags] + review.document_flags:
        assert text[flag.start : flag.end] == flag.evidence


def test_report_over_the_limit_is_refused_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "too_large.txt"
    path.write_text(GEN.generate_report(LIMIT + 64 * 1024, seed=6), encoding="utf-8")
    assert path.stat().st_size > LIMIT
    proc = rectcheck("review", str(path), "--format", "json", "--max-bytes", str(LIMIT))
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith(f"rectcheck: {path}:")
    assert "Traceback" not in proc.stderr
