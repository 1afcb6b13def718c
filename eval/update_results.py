"""Re-run the stored evaluations (rules backend, every bundled rubric version) and refresh the
results table in eval/README.md: ``.venv/bin/python eval/update_results.py``."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

from checker.rubric import list_rubrics  # noqa: E402

ROWS = [
    ("micro F1", "micro_f1"),
    ("macro F1", "macro_f1"),
    ("micro precision", "micro_precision"),
    ("micro recall", "micro_recall"),
    ("cases with exactly the labelled flags", "exact_match"),
    ("responsiveness accuracy (within range)", "responsiveness_accuracy"),
    ("responsiveness MAE", "responsiveness_mae"),
    ("responsiveness Spearman", "responsiveness_spearman"),
    ("segmentation accuracy (count and kind)", "segmentation_accuracy"),
    ("pairing accuracy (title hints)", "pairing_accuracy"),
]


def run(ref: str) -> dict:
    out = HERE / "results" / f"rules-{ref.replace('@', '-')}.json"
    text = subprocess.run(
        [sys.executable, "-m", "checker", "eval", "--backend", "rules", "--rubric", ref,
         "--output", str(out.relative_to(REPO))],
        cwd=REPO, check=True, capture_output=True, text=True, env={**os.environ, "COLUMNS": "120"},
    ).stdout
    out.with_suffix(".txt").write_text(text, encoding="utf-8")
    return json.loads(out.read_text(encoding="utf-8"))


def fmt(v: float | None) -> str:
    return "n/a" if v is None else f"{v:.3f}"


def table(results: list[dict]) -> str:
    first = results[0]
    lines = [
        f"{first['documents']} documents, {first['finding_cases']} finding cases "
        f"({first['seed_cases']} seed, {first['composed_cases']} composed, {first.get('blind_cases', 0)} blind), backend rules.",
        "",
        "| metric | " + " | ".join(r["rubric"] for r in results) + " |",
        "| --- |" + " ---: |" * len(results),
    ]
    for name, key in ROWS:
        lines.append(f"| {name} | " + " | ".join(fmt(r["headline"][key]) for r in results) + " |")
    lines += ["", "| flag | support | " + " | ".join(f"F1 {r['rubric']}" for r in results) + " | kappa (labels vs. checker) |",
              "| --- | ---: |" + " ---: |" * len(results) + " ---: |"]
    for code, s in first["metrics"]["flags"].items():
        f1s = " | ".join(fmt(r["metrics"]["flags"][code]["f1"]) for r in results)
        lines.append(f"| {code} | {s['support']} | {f1s} | {fmt(s['kappa'])} |")
    return "\n".join(lines)


def main() -> int:
    results = [run(r.ref) for r in list_rubrics() if r.id == "rectification"]
    readme = HERE / "README.md"
    body = readme.read_text(encoding="utf-8")
    new = re.sub(r"(<!-- results:start -->\n).*?(<!-- results:end -->)",
                 lambda m: m.group(1) + table(results) + "\n" + m.group(2), body, flags=re.S)
    readme.write_text(new, encoding="utf-8")
    sys.stdout.write(table(results) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
