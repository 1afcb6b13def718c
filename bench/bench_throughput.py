"""In-process throughput of read + segment + analyse (rules), in MB of report text (UTF-8 bytes)
per second on one core. Goal: ≥ 1 MB/s/core.

Two workloads: every seed, repeated until ``--seconds`` have passed; and one generated large
report (``--large``, default 5 MB, mixed layouts). ``--profile`` prints a cProfile of the seed
workload (top functions by cumulative and by own time).

    python bench/bench_throughput.py [--seconds 3] [--large 5MB] [--profile] [--json]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchlib import ROOT, emit, seeds
from gen_report import generate_report, parse_size

GOAL_MB_S = 1.0
MB = 1024 * 1024
READ_LIMIT = 256 * MB  # above any input here; the reader allocates this much for one read


def rules_pass() -> Callable[[Path], int]:
    """A function that reads, segments and analyses one file and returns its UTF-8 byte count."""
    from checker.analyse import analyse
    from checker.read import read_source
    from checker.rubric import load_rubric
    from checker.segment import segment

    rubric = load_rubric(None)

    def run(path: Path) -> int:
        source = read_source(path, max_bytes=READ_LIMIT)
        analyse(segment(source), rubric)
        return len(source.text.encode("utf-8"))

    return run


def measure(run: Callable[[Path], int], paths: list[Path], min_seconds: float) -> dict[str, float]:
    """Repeat ``paths`` until ``min_seconds`` of wall time; MB/s by wall and by CPU time."""
    done = 0
    rounds = 0
    wall0, cpu0 = time.perf_counter(), time.process_time()
    while True:
        for path in paths:
            done += run(path)
        rounds += 1
        wall = time.perf_counter() - wall0
        if wall >= min_seconds:
            break
    cpu = time.process_time() - cpu0
    return {
        "rounds": rounds,
        "mb": round(done / MB, 3),
        "wall_s": round(wall, 3),
        "mb_per_s": round(done / MB / wall, 3),
        "mb_per_cpu_s": round(done / MB / cpu, 3),
    }


def profile(run: Callable[[Path], int], paths: list[Path], rounds: int, top: int) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(rounds):
        for path in paths:
            run(path)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs()
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)
    return out.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description="Throughput of read + segment + analyse (rules).")
    parser.add_argument("--seconds", type=float, default=3.0, help="minimum wall time of the seed workload")
    parser.add_argument("--large", type=parse_size, default=parse_size("5MB"), help="size of the generated report")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of the seed workload")
    parser.add_argument("--profile-large", action="store_true", help="profile the large report instead")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    run = rules_pass()
    seed_paths = seeds()
    run(seed_paths[0])  # warm-up: lazy imports and compiled patterns
    figures: dict[str, Any] = {"goal_mb_per_s": GOAL_MB_S, "seeds": measure(run, seed_paths, args.seconds)}
    with tempfile.TemporaryDirectory() as tmp:
        large = Path(tmp) / "large.txt"
        large.write_text(generate_report(args.large, seed=7, layout="mixed"), encoding="utf-8")
        figures["large"] = measure(run, [large], 0.0)
        figures["large"]["bytes"] = large.stat().st_size
        report = ""
        if args.profile or args.profile_large:
            paths, rounds = ([large], 1) if args.profile_large else (seed_paths, 20)
            report = profile(run, paths, rounds, args.top)
    worst = min(figures["seeds"]["mb_per_cpu_s"], figures["large"]["mb_per_cpu_s"])
    figures["meets_goal"] = worst >= GOAL_MB_S
    s, g = figures["seeds"], figures["large"]
    lines = [
        f"seeds ({len(seed_paths)} files x {s['rounds']} rounds, {s['mb']} MB): "
        f"{s['mb_per_s']} MB/s wall, {s['mb_per_cpu_s']} MB/s per core (CPU time)",
        f"generated report ({g['bytes'] / MB:.1f} MB, mixed layouts): "
        f"{g['mb_per_s']} MB/s wall, {g['mb_per_cpu_s']} MB/s per core",
        f"goal >= {GOAL_MB_S} MB/s/core: {'met' if figures['meets_goal'] else 'NOT met'}",
    ]
    if report:
        lines.append(report.replace(str(ROOT) + "/", ""))
    emit(figures, args.json, lines)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
