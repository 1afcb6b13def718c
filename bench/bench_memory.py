"""Peak memory of reviewing a generated 10 MB report through the real pipeline (read → segment →
analyse → score → JSON), each measurement in a fresh process:

- ru_maxrss of a plain run (the resident peak a user sees; also its wall time),
- tracemalloc's peak of Python allocations in a second run (slower: tracing costs time).

    python bench/bench_memory.py [--size 10MB] [--json]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchlib import PYTHON, ROOT, emit
from gen_report import generate_report, parse_size

MB = 1024 * 1024
READ_LIMIT = 256 * MB  # above any input here; the reader allocates this much for one read


def child(path: Path, trace: bool) -> None:
    """Review ``path`` with the rules backend and print the figures as one JSON line."""
    import tracemalloc

    if trace:
        tracemalloc.start()
    start = time.perf_counter()
    from checker.options import ReviewOptions
    from checker.pipeline import review_path
    from checker.renderers.json_render import render_json
    from checker.rubric import load_rubric

    review = review_path(path, load_rubric(None), ReviewOptions(max_bytes=READ_LIMIT))
    out = render_json([review], as_list=False)
    figures = {
        "seconds": round(time.perf_counter() - start, 3),
        "findings": len(review.findings),
        "json_mb": round(len(out.encode("utf-8")) / MB, 2),
        "maxrss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    if trace:
        figures["tracemalloc_peak_mb"] = round(tracemalloc.get_traced_memory()[1] / MB, 1)
    print(json.dumps(figures))


def run_child(path: Path, trace: bool) -> dict[str, float]:
    argv = [PYTHON, __file__, "--child", str(path), *(["--trace"] if trace else [])]
    proc = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"review of {path} failed: {proc.stderr[-800:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description="Peak memory of reviewing a large report.")
    parser.add_argument("--size", type=parse_size, default=parse_size("10MB"))
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.trace)
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large.txt"
        path.write_text(generate_report(args.size, seed=11, layout="mixed"), encoding="utf-8")
        size = path.stat().st_size
        plain = run_child(path, trace=False)
        traced = run_child(path, trace=True)
    figures = {
        "input_mb": round(size / MB, 2),
        "findings": plain["findings"],
        "seconds": plain["seconds"],
        "maxrss_mb": plain["maxrss_mb"],
        "tracemalloc_peak_mb": traced["tracemalloc_peak_mb"],
        "json_mb": plain["json_mb"],
    }
    emit(figures, args.json, [
        f"review of a generated {figures['input_mb']} MB report ({figures['findings']} findings, "
        f"JSON {figures['json_mb']} MB): {figures['seconds']} s",
        f"peak RSS (ru_maxrss): {figures['maxrss_mb']} MB "
        f"({figures['maxrss_mb'] / figures['input_mb']:.0f}x the input)",
        f"tracemalloc peak: {figures['tracemalloc_peak_mb']} MB",
    ])
    return 0


if __name__ == "__main__":
    sys.exit(main())
