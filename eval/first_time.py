"""Read the first-time writers' reports (eval/first-time/) and say, per report, whether the reading is
right, refused or wrong, by the rule the real corpus is judged by (checker.evaluate.real.outcome_of).

    python eval/first_time.py [--rubric rectification@1.14.0]

The reports were written, and their findings labelled, in sets of ten by writers who had not seen the
checker, each in one of the styles a county office uses the first time it writes such a report; they are kept
apart from the composed evaluation set so that what changes for them can be seen on its own.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.api import review_file  # noqa: E402
from checker.evaluate.real import RealFindingLabel, review_outcome  # noqa: E402

FOLDER = ROOT / "eval" / "first-time"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rubric", default=None, help="rubric id or file (default: the default rubric)")
    args = parser.parse_args(argv)
    gold = json.loads((FOLDER / "gold.json").read_text(encoding="utf-8"))
    counts: Counter[str] = Counter()
    for name, label in sorted(gold.items()):
        labels = [RealFindingLabel(key=f["key"], measure_key=f["measure_key"]) for f in label["findings"]]
        review = review_file(FOLDER / name, rubric=args.rubric)
        outcome, why = review_outcome(labels, review)
        counts[outcome] += 1
        seg = review.document.segmentation
        trust = f"{seg.confidence:.2f}" if seg is not None else "-"
        print(f"{name}  {outcome:<8} {len(review.findings)}/{len(labels)} findings  trust {trust}  {review.document.layout}  {why}")
    print(f"right {counts['right']}, refused {counts['refused']}, wrong {counts['wrong']} of {sum(counts.values())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
