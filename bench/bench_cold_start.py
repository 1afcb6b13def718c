"""Cold start: ``rectcheck review <largest seed> --format json`` (rules backend) in fresh processes,
against a bare ``python -c "import pydantic"`` in the same venv. Goal: ratio ≤ 3.

Paired runs: each review is timed right after a bare import, and the ratio is taken pair by pair
(median over the pairs), so a machine that slows down or speeds up during the run shifts both
sides of a pair alike. Bytecode is compiled first (``compileall``: an installed package has its
``.pyc`` files; without them every start recompiles the sources, ≈ 80 ms, e.g. under
``PYTHONDONTWRITEBYTECODE``). The startup cache (the validated rubric, as JSON) lives in a
temporary directory: one run fills it, the pairs use it, and ``--no-startup-cache`` pairs show
the same review without it (the first run on a machine, or after the rubric file changed).

``--against DIR`` times another tree of rectcheck (say ``git archive <rev> | tar -x -C DIR``) in the
same pairs: each pair becomes a bare import, this tree's review and DIR's review (run with
``PYTHONPATH=DIR``, its bytecode compiled too), so before and after are measured side by side.

Also lists the heaviest imports of the rules path (``python -X importtime``) and checks that the
LLM stack (openai, langchain_core, httpx) stays off it, naming the importer if it does not.

    python bench/bench_cold_start.py [--runs 7] [--json]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from benchlib import (
    PYTHON,
    ROOT,
    emit,
    largest_seed,
    median,
    rectcheck_command,
    time_command_cpu,
)

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


_PHASES = """
import json, sys, time
from pathlib import Path
t0 = time.perf_counter()
import pydantic
t1 = time.perf_counter()
import checker.cli, checker.commands.review
t2 = time.perf_counter()
from checker.options import ReviewOptions
from checker.pipeline import review_path
from checker.renderers import render
from checker.rubric import load_rubric
t3 = time.perf_counter()
rubric = load_rubric(None)
t4 = time.perf_counter()
review = review_path(Path(sys.argv[1]), rubric, ReviewOptions())
t5 = time.perf_counter()
render([review], "json", lang="zh", rubric=rubric, fail_on="error", as_list=False)
t6 = time.perf_counter()
review_path(Path(sys.argv[1]), rubric, ReviewOptions())
t7 = time.perf_counter()
ms = lambda a, b: round((b - a) * 1000, 1)
print(json.dumps({"import pydantic": ms(t0, t1), "import cli + review command": ms(t1, t2),
                  "import pipeline, rubric, render": ms(t2, t3), "load rubric": ms(t3, t4),
                  "first review": ms(t4, t5), "render json": ms(t5, t6), "second review (warm)": ms(t6, t7)}))
"""


def phase_times(seed: str) -> dict[str, float]:
    """Where one cold review spends its time (in-process clock, one run)."""
    proc = subprocess.run([PYTHON, "-c", _PHASES, seed], capture_output=True, text=True, cwd=ROOT, check=True)
    return json.loads(proc.stdout)


@dataclass
class Pairs:
    """Paired runs: (wall, CPU) of the review and of the bare import, pair by pair."""

    review: list[tuple[float, float]]
    bare: list[tuple[float, float]]

    def ratio(self, i: int) -> float:
        return median([r[i] / b[i] for r, b in zip(self.review, self.bare, strict=True)])

    def figures(self) -> dict[str, float]:
        return {
            "review_median_s": round(median([w for w, _ in self.review]), 4),
            "import_pydantic_median_s": round(median([w for w, _ in self.bare]), 4),
            "ratio": round(self.ratio(0), 2),
            "review_cpu_s": round(median([c for _, c in self.review]), 4),
            "import_pydantic_cpu_s": round(median([c for _, c in self.bare]), 4),
            "ratio_cpu": round(self.ratio(1), 2),
        }


def paired_runs(review: list[str], runs: int, cache: str | None, against: str | None = None) -> tuple[Pairs, Pairs]:
    """``runs`` pairs (bare import, then review; ``against``: then the other tree's review too);
    ``cache`` is the startup cache directory (None: off)."""
    os.environ["RECTCHECK_STARTUP_CACHE"] = cache if cache is not None else "0"
    pairs, other = Pairs([], []), Pairs([], [])
    # The other tree runs as its own program (``python -m checker`` from inside it, so neither the
    # installed console script nor the editable install's finder mixes in this tree's modules),
    # with a startup cache of its own.
    other_env = {**os.environ, "PYTHONPATH": against,
                 "RECTCHECK_STARTUP_CACHE": f"{cache}-other" if cache is not None else "0"} if against else None  # fmt: skip
    other_review = [PYTHON, "-m", "checker", *review[review.index("review"):]]
    for _ in range(runs):
        bare = time_command_cpu([PYTHON, "-c", "import pydantic"], 1)
        pairs.bare += bare
        pairs.review += time_command_cpu(review, 1, ok_codes=(0, 1))
        if other_env is not None and against is not None:
            other.bare += bare
            other.review += time_command_cpu(other_review, 1, ok_codes=(0, 1), env=other_env, cwd=Path(against))
    return pairs, other


_ONE_MODEL = "import pydantic\nclass A(pydantic.BaseModel):\n    x: int = 0\n"
# The stack every command stands on before it reads a file: typer, and the models of the output.
_FIXED_STACK = "import typer\nimport checker.models\n"


def one_model_ratio(runs: int, code: str = _ONE_MODEL) -> tuple[float, float]:
    """What a program pays over the bare import: for one pydantic model, pydantic loads its model
    machinery (schema generation, fields, types, the plugin lookup) on the first class, not at import.
    Paired runs; (median wall ratio, median CPU ratio)."""
    bare: list[tuple[float, float]] = []
    model: list[tuple[float, float]] = []
    for _ in range(runs):
        bare += time_command_cpu([PYTHON, "-c", "import pydantic"], 1)
        model += time_command_cpu([PYTHON, "-c", code], 1)
    return (median([m[0] / b[0] for m, b in zip(model, bare, strict=True)]),
            median([m[1] / b[1] for m, b in zip(model, bare, strict=True)]))


def main() -> int:
    parser = argparse.ArgumentParser(description="Cold-start time of the rules path.")
    parser.add_argument("--runs", type=int, default=9, help="pairs of runs")
    parser.add_argument("--top", type=int, default=12, help="how many top-level imports to list")
    parser.add_argument("--against", type=Path, help="another rectcheck tree to time in the same pairs")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    seed = str(largest_seed().relative_to(ROOT))
    against = str(args.against.resolve()) if args.against else None
    if against:
        compileall.compile_dir(str(Path(against) / "checker"), quiet=1)
    review = [*rectcheck_command(), "review", seed, "--format", "json"]
    compileall.compile_dir(str(ROOT / "checker"), quiet=1)
    with tempfile.TemporaryDirectory() as cache:
        os.environ["RECTCHECK_STARTUP_CACHE"] = cache
        time_command_cpu(review, 1, ok_codes=(0, 1))  # fills the startup cache, warms the OS file cache
        cached, before = paired_runs(review, args.runs, cache, against)
        uncached, _ = paired_runs(review, max(3, args.runs // 2), None)
        floor = one_model_ratio(max(3, args.runs // 2))
        stack = one_model_ratio(max(3, args.runs // 2), _FIXED_STACK)
        os.environ["RECTCHECK_STARTUP_CACHE"] = cache
        top, offenders = rules_path_imports(seed)
        phases = phase_times(seed)
    main_figures = cached.figures()
    ratio = main_figures["ratio"]
    figures = {
        "seed": seed,
        "runs": args.runs,
        **main_figures,
        "without_startup_cache": uncached.figures(),
        **({"against": {"tree": against, **before.figures()}} if against else {}),
        "one_pydantic_model_ratio": round(floor[0], 2),
        "one_pydantic_model_ratio_cpu": round(floor[1], 2),
        "fixed_stack_ratio": round(stack[0], 2),
        "fixed_stack_ratio_cpu": round(stack[1], 2),
        "phases_ms": phases,
        "goal_ratio": GOAL_RATIO,
        "meets_goal": ratio <= GOAL_RATIO,
        "top_imports_ms": {r.name: round(r.cumulative_us / 1000, 1) for r in top[: args.top]},
        "llm_stack_on_rules_path": offenders,
    }
    nocache = figures["without_startup_cache"]
    lines = [
        f"cold review of {seed} (rules, json), {args.runs} pairs with a bare `import pydantic`:",
        f"  review {main_figures['review_median_s'] * 1000:.0f} ms, import pydantic "
        f"{main_figures['import_pydantic_median_s'] * 1000:.0f} ms (medians, wall)",
        f"  ratio {ratio:.2f}x by wall time, {main_figures['ratio_cpu']:.2f}x by CPU time (median of the pairs' ratios;"
        f" goal <= {GOAL_RATIO:.0f}x): {'met' if ratio <= GOAL_RATIO else 'NOT met'}",
        *([f"  {against} in the same pairs: review {before.figures()['review_median_s'] * 1000:.0f} ms, ratio "
           f"{before.figures()['ratio']:.2f}x wall, {before.figures()['ratio_cpu']:.2f}x CPU"] if against else []),
        f"  without the startup cache ({len(uncached.review)} pairs): review {nocache['review_median_s'] * 1000:.0f} ms,"
        f" ratio {nocache['ratio']:.2f}x wall, {nocache['ratio_cpu']:.2f}x CPU",
        f"  for scale: a process that defines one pydantic model is {floor[0]:.2f}x the bare import "
        f"({floor[1]:.2f}x CPU); one that imports typer and checker.models and does nothing else is "
        f"{stack[0]:.2f}x ({stack[1]:.2f}x CPU)",
        "one cold process, phase by phase: " + ", ".join(f"{k} {v:.0f} ms" for k, v in phases.items()),
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
