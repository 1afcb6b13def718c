"""Cold start: ``rectcheck review <largest seed> --format json`` (rules backend) in fresh processes,
against a bare ``python -c "import pydantic"`` in the same venv. Goal: ratio ≤ 3.

Also lists the heaviest imports of the rules path (``python -X importtime``) and checks that the
LLM stack (openai, langchain_core, httpx) stays off it, naming the importer if it does not.

    python bench/bench_cold_start.py [--runs 7] [--json]
"""

from __future__ import annotations

import argparse
import subprocess
from dataclasses import dataclass

from benchlib import PYTHON, ROOT, emit, largest_seed, median, rectcheck_command, time_command

GOAL_RATIO = 3.0
FORBIDDEN = ("openai", "langchain_core", "httpx")


@dataclass
class ImportRow:
    name: str
    self_us: int
    cumulative_us: int
    depth: int


def import_rows(stderr: str) -> list[ImportRow]:
    """Parse ``-X importtime`` lines (post-order: a module's imports come before it, indented)."""
    rows = []
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "imported package" in line:
            continue
        self_us, cumulative_us, name = line.split(":", 1)[1].split("|", 2)
        raw = name.rstrip()
        indent = len(raw) - len(raw.lstrip())
        rows.append(ImportRow(raw.strip(), int(self_us), int(cumulative_us), max(0, (indent - 1) // 2)))
    return rows


def importer_chain(rows: list[ImportRow], index: int) -> list[str]:
    """The chain of modules that pulled in ``rows[index]``, outermost first."""
    chain = [rows[index].name]
    depth = rows[index].depth
    for row in rows[index + 1 :]:
        if row.depth < depth:
            chain.append(row.name)
            depth = row.depth
            if depth == 0:
                break
    return list(reversed(chain))


def rules_path_imports(seed: str) -> tuple[list[ImportRow], dict[str, list[str]]]:
    """Top-level imports by cumulative time, and for each forbidden module found, its import chain."""
    proc = subprocess.run(
        [PYTHON, "-X", "importtime", "-m", "checker", "review", seed, "--format", "json"],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )
    rows = import_rows(proc.stderr)
    top = sorted((r for r in rows if r.depth == 0), key=lambda r: r.cumulative_us, reverse=True)
    offenders: dict[str, list[str]] = {}
    for i, row in enumerate(rows):
        root = row.name.split(".")[0]
        if root in FORBIDDEN and root not in offenders:
            offenders[root] = importer_chain(rows, i)
    return top, offenders


def main() -> int:
    parser = argparse.ArgumentParser(description="Cold-start time of the rules path.")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--top", type=int, default=12, help="how many top-level imports to list")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    seed = str(largest_seed().relative_to(ROOT))
    review = [*rectcheck_command(), "review", seed, "--format", "json"]
    time_command(review, 1, ok_codes=(0, 1))  # warm the OS file cache and .pyc files
    review_s = median(time_command(review, args.runs, ok_codes=(0, 1)))
    pydantic_s = median(time_command([PYTHON, "-c", "import pydantic"], args.runs))
    top, offenders = rules_path_imports(seed)
    ratio = review_s / pydantic_s
    figures = {
        "seed": seed,
        "runs": args.runs,
        "review_median_s": round(review_s, 4),
        "import_pydantic_median_s": round(pydantic_s, 4),
        "ratio": round(ratio, 2),
        "goal_ratio": GOAL_RATIO,
        "meets_goal": ratio <= GOAL_RATIO,
        "top_imports_ms": {r.name: round(r.cumulative_us / 1000, 1) for r in top[: args.top]},
        "llm_stack_on_rules_path": offenders,
    }
    lines = [
        f"cold review of {seed} (rules, json), median of {args.runs}: {review_s * 1000:.0f} ms",
        f"bare `import pydantic`, median of {args.runs}: {pydantic_s * 1000:.0f} ms",
        f"ratio {ratio:.2f}x (goal <= {GOAL_RATIO:.0f}x): {'met' if ratio <= GOAL_RATIO else 'NOT met'}",
        "top-level imports by cumulative time (-X importtime, inflated by the measurement):",
        *(f"  {r.cumulative_us / 1000:8.1f} ms  {r.name}" for r in top[: args.top]),
    ]
    if offenders:
        lines.append("LLM stack imported on the rules path:")
        lines += [f"  {name}: {' -> '.join(chain)}" for name, chain in offenders.items()]
    else:
        lines.append(f"none of {', '.join(FORBIDDEN)} is imported on the rules path")
    emit(figures, args.json, lines)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
