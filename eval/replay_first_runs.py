"""Replay each batch's first run: the reader as it stood before any rule was changed for the batch,
on that batch's texts, judged by today's labels.

    python eval/replay_first_runs.py                 # every batch whose first-run.txt names a commit
    python eval/replay_first_runs.py s t --dump runs.json   # two batches, and every reading kept

A batch's ``first-run.txt`` opens with the commit the rules stood at (``First run of batch t at
b5a3964 …``). For each, that commit is checked out into a temporary worktree and its own reader reads
the batch's texts; the readings are judged with :func:`checker.evaluate.real.outcome_of`, so a label
corrected since counts as it is now. These readings are the only ones of documents the reader had not
been tuned on: the best evidence of how it reads documents nobody has seen, and the data to study what
a wrong reading of an unseen document shows (``--dump`` keeps each reading's layout, trust and
features). Needs git, the repository's history and the real texts (``eval/real/texts``).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.evaluate.real import load_real_corpus, outcome_of  # noqa: E402

_COMMIT = re.compile(r"First run of batch \S+ at ([0-9a-f]{7,40})")

# Run inside the old worktree: only names every version of the package has had.
_READ = """
import json, sys
from pathlib import Path
from checker.options import ReviewOptions
from checker.pipeline import review_source
from checker.read import read_source
from checker.rubric import load_rubric
rubric = load_rubric(None)
rows = []
for name in sys.argv[2:]:
    review = review_source(read_source(Path(sys.argv[1]) / name), rubric, ReviewOptions())
    seg = review.document.segmentation
    rows.append({"name": name, "refused": review.summary.verdict == "unreviewed", "layout": seg.layout,
                 "trust": seg.confidence, "features": seg.features,
                 "findings": [[f.title + "\\n" + f.finding_text, f.measure_text] for f in review.findings]})
print(json.dumps(rows, ensure_ascii=False))
"""


def first_run_commit(batch_dir: Path) -> str | None:
    path = batch_dir / "first-run.txt"
    if not path.is_file():
        return None
    m = _COMMIT.search(path.read_text(encoding="utf-8").split("\n", 1)[0])
    return m.group(1) if m else None


def read_at(commit: str, texts: Path, names: list[str]) -> list[dict]:
    """The readings the package at ``commit`` gives of ``names``."""
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(tree), commit], check=True)
        try:
            out = subprocess.run(
                [sys.executable, "-c", _READ, str(texts), *names], cwd=tree, env={"PYTHONPATH": str(tree)},
                check=True, capture_output=True, text=True,
            )
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)
    return list(json.loads(out.stdout))


_THRESHOLDS = (0.0, 0.5, 0.62, 0.7, 0.8, 0.9)


def print_reliability(kept: list[dict], labels: dict) -> None:
    """How far the trust held on documents the reader had not been tuned on: of the first-run readings
    of labelled findings given trust >= t, how many were right, each judged as if it had not been
    refused; and the same by the layout that read them."""
    read = [r for r in kept if r["findings"] and labels[r["name"]]]
    judged = [(r, outcome_of(labels[r["name"]], False, [(p, m) for p, m in r["findings"]])[0]) for r in read]
    print("\ntrust >=  readings  right   (first runs, each reading judged as if not refused)")
    for t in _THRESHOLDS:
        above = [o for r, o in judged if r["trust"] >= t]
        print(f"{t:<8}  {len(above):>8}  {sum(o == 'right' for o in above):>5}")
    print("\nlayout               readings  right")
    for layout in sorted({r["layout"] for r, _ in judged}):
        outs = [o for r, o in judged if r["layout"] == layout]
        print(f"{layout:<20} {len(outs):>8}  {sum(o == 'right' for o in outs):>5}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batches", nargs="*", help="batch names (default: every batch with a first run)")
    parser.add_argument("--dump", type=Path, help="write every reading, judged, to this JSON file")
    args = parser.parse_args(argv)
    corpus = load_real_corpus(ROOT / "eval" / "real")
    if corpus is None or not corpus.texts.is_dir():
        raise SystemExit("eval/real/texts is missing: fetch the real corpus first (eval/real/README.md)")
    batches = args.batches or sorted({d.batch for d in corpus.documents})
    kept: list[dict] = []
    print("batch  commit    right  refused  wrong   (with findings: right of)")
    for batch in batches:
        commit = first_run_commit(corpus.root / "batches" / batch)
        docs = {d.name: d for d in corpus.documents if d.batch == batch and (corpus.texts / d.name).is_file()}
        if commit is None or not docs:
            continue
        counts = {"right": 0, "refused": 0, "wrong": 0}
        right_with = 0
        for row in read_at(commit, corpus.texts, sorted(docs)):
            labels = docs[row["name"]].label.findings
            outcome, why = outcome_of(labels, row["refused"], [(p, m) for p, m in row["findings"]])
            counts[outcome] += 1
            right_with += outcome == "right" and bool(labels)
            kept.append({**row, "batch": batch, "commit": commit, "outcome": outcome, "why": why, "labelled": len(labels)})
        with_findings = sum(1 for d in docs.values() if d.label.findings)
        print(f"{batch:<6} {commit:<9} {counts['right']:>5}  {counts['refused']:>7}  {counts['wrong']:>5}   {right_with} of {with_findings}")
    print_reliability(kept, {d.name: d.label.findings for d in corpus.documents})
    if args.dump:
        args.dump.write_text(json.dumps(kept, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
