"""In-process throughput of read + segment + analyse (rules), in MB of report text (UTF-8 bytes)
per second on one core. Goal: ≥ 1 MB/s/core.

Two workloads: every seed, repeated until ``--seconds`` have passed; and one generated large
report (``--large``, default 5 MB, mixed layouts). ``--profile`` prints a cProfile of the seed
workload (top functions by cumulative and by own time).

A third workload is a folder: ``--folder N`` generated reports (default 1,000 of 6 KB, the size
of the seeds; each layout in turn) reviewed by ``rectcheck review DIR --format json`` in a fresh
process with ``--jobs 1`` and with the default (one process per core): documents per second, the
speed-up, and whether both outputs are byte-identical; then once more on every core with
``--output DIR/`` (one file per document: naming and checking each output against the inputs).

    python bench/bench_throughput.py [--seconds 3] [--large 5MB] [--folder 1000] [--profile] [--json]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchlib import ROOT, emit, rectcheck_command, seeds
from gen_report import LAYOUTS, generate_report, parse_size, write_reports

GOAL_MB_S = 1.0
MB = 1024 * 1024
READ_LIMIT = 256 * MB  # above any input here; the reader allocates this much for one read


def rules_pass() -> Callable[[Path], int]:
    """A function that reads, segments and analyses one file as a review does, and returns its
    UTF-8 byte count."""
    from checker.entry import tune_collector
    from checker.pipeline import analyse_source
    from checker.read import read_source
    from checker.rubric import load_rubric

    tune_collector()  # as the command line runs
    rubric = load_rubric(None)

    def run(path: Path) -> int:
        source = read_source(path, max_bytes=READ_LIMIT)
        analyse_source(source, rubric)  # the rules path of a review
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


def folder(count: int, size: int) -> dict[str, Any]:
    """``rectcheck review DIR`` over ``count`` generated reports, one process vs one per core."""
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp) / "reports"
        per_layout = -(-count // len(LAYOUTS))
        for i, layout in enumerate(LAYOUTS):
            write_reports(directory / layout, min(per_layout, count - i * per_layout), size, seed=1000 * i, layout=layout)
        mb = sum(p.stat().st_size for p in directory.rglob("*.txt")) / MB
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        out: dict[str, Any] = {"documents": count, "mb": round(mb, 2), "cores": os.cpu_count()}
        outputs = {}
        for label, jobs in (("jobs_1", ["--jobs", "1"]), ("all_cores", [])):
            started = time.perf_counter()
            proc = subprocess.run([*rectcheck_command(), "review", str(directory), "--format", "json", *jobs],
                                  capture_output=True, cwd=ROOT, env=env, check=False)
            wall = time.perf_counter() - started
            outputs[label] = (proc.returncode, proc.stdout, proc.stderr)
            out[label] = {"wall_s": round(wall, 2), "docs_per_s": round(count / wall, 1)}
        out["speedup"] = round(out["jobs_1"]["wall_s"] / out["all_cores"]["wall_s"], 2)
        out["identical"] = outputs["jobs_1"] == outputs["all_cores"]
        started = time.perf_counter()
        subprocess.run([*rectcheck_command(), "review", str(directory), "--format", "json", "-o", f"{tmp}/out/"],
                       capture_output=True, cwd=ROOT, env=env, check=False)
        wall = time.perf_counter() - started
        written = len(list(Path(tmp, "out").iterdir())) if Path(tmp, "out").is_dir() else 0
        out["output_dir"] = {"wall_s": round(wall, 2), "docs_per_s": round(count / wall, 1), "written": written}
        return out


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
    parser.add_argument("--folder", type=int, default=1000, help="generated reports in the folder workload (0: skip)")
    parser.add_argument("--folder-size", type=parse_size, default=parse_size("6KB"))
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
    if args.folder:
        f = figures["folder"] = folder(args.folder, args.folder_size)
        lines.append(
            f"folder of {f['documents']} generated reports ({f['mb']} MB), rectcheck review DIR -f json: "
            f"--jobs 1 {f['jobs_1']['docs_per_s']} docs/s ({f['jobs_1']['wall_s']} s), "
            f"every core ({f['cores']}) {f['all_cores']['docs_per_s']} docs/s ({f['all_cores']['wall_s']} s), "
            f"x{f['speedup']}; outputs identical: {f['identical']}"
        )
        o = f["output_dir"]
        lines.append(
            f"  the same with --output DIR/ (one file each, {o['written']} written): "
            f"{o['docs_per_s']} docs/s ({o['wall_s']} s) on every core"
        )
    if report:
        lines.append(report.replace(str(ROOT) + "/", ""))
    emit(figures, args.json, lines)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
