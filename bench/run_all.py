"""Run every benchmark (each in its own process) and print a summary against the goals.
``make bench`` calls this. bench_llm.py, when present, runs too and its output is shown as is.

    python bench/run_all.py [--quick] [--json]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from benchlib import PYTHON, ROOT, machine

HERE = Path(__file__).resolve().parent


def run_json(script: str, *args: str) -> dict[str, Any]:
    """Run ``script --json`` and parse its last output line; on failure, the error."""
    proc = subprocess.run([PYTHON, str(HERE / script), *args, "--json"], capture_output=True, text=True,
                          cwd=ROOT, check=False)
    if proc.returncode != 0:
        return {"error": (proc.stderr.strip().splitlines() or [f"exit {proc.returncode}"])[-1]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def run_text(script: str) -> str:
    proc = subprocess.run([PYTHON, str(HERE / script)], capture_output=True, text=True, cwd=ROOT, check=False)
    return proc.stdout if proc.returncode == 0 else f"exit {proc.returncode}: {proc.stderr.strip()[-500:]}"


def summary(results: dict[str, Any]) -> list[str]:
    m, c, t, mem = results["machine"], results["cold_start"], results["throughput"], results["memory"]
    lines = [f"machine: {m['nproc']} cores, {m['cpu']}, Python {m['python']}"]
    if "error" in c:
        lines.append(f"cold start: failed: {c['error']}")
    else:
        lines.append(
            f"cold start: review {c['review_median_s'] * 1000:.0f} ms vs import pydantic "
            f"{c['import_pydantic_median_s'] * 1000:.0f} ms = {c['ratio']}x, {c['ratio_cpu']}x CPU, paired runs "
            f"(goal <= {c['goal_ratio']:.0f}x; one pydantic model alone: {c['one_pydantic_model_ratio']}x) "
            f"{'OK' if c['meets_goal'] else 'MISSED'}; LLM stack on rules path: "
            f"{', '.join(c['llm_stack_on_rules_path']) or 'none'}"
        )
    if "error" in t:
        lines.append(f"throughput: failed: {t['error']}")
    else:
        lines.append(
            f"throughput: seeds {t['seeds']['mb_per_cpu_s']} MB/s/core, generated "
            f"{t['large']['bytes'] / 1024 / 1024:.1f} MB report {t['large']['mb_per_cpu_s']} MB/s/core "
            f"(goal >= {t['goal_mb_per_s']}) {'OK' if t['meets_goal'] else 'MISSED'}"
        )
        if "folder" in t:
            f = t["folder"]
            lines.append(
                f"folder: {f['documents']} reports, --jobs 1 {f['jobs_1']['docs_per_s']} docs/s, every core "
                f"({f['cores']}) {f['all_cores']['docs_per_s']} docs/s (x{f['speedup']}), identical output: {f['identical']}"
            )
    if "error" in mem:
        lines.append(f"memory: failed: {mem['error']}")
    else:
        lines.append(
            f"memory: {mem['input_mb']} MB report in {mem['seconds']} s, peak RSS {mem['maxrss_mb']} MB, "
            f"tracemalloc peak {mem['tracemalloc_peak_mb']} MB"
        )
    if "llm" in results:
        lines += ["llm (bench_llm.py):", results["llm"].rstrip()]
    if "prompt_size" in results:
        lines += ["prompt size (bench_prompt_size.py):", results["prompt_size"].rstrip()]
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description="Run all benchmarks and summarise.")
    parser.add_argument("--quick", action="store_true", help="fewer runs and smaller inputs")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    quick = args.quick
    results: dict[str, Any] = {
        "machine": machine(),
        "cold_start": run_json("bench_cold_start.py", "--runs", "3" if quick else "7"),
        "throughput": run_json("bench_throughput.py", "--seconds", "1" if quick else "3",
                               "--large", "1MB" if quick else "5MB", "--folder", "200" if quick else "1000"),
        "memory": run_json("bench_memory.py", "--size", "2MB" if quick else "10MB"),
    }
    if (HERE / "bench_llm.py").exists():
        results["llm"] = run_text("bench_llm.py")
    results["prompt_size"] = run_text("bench_prompt_size.py")
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        print("\n".join(summary(results)))
    failed = any("error" in results[k] for k in ("cold_start", "throughput", "memory"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
