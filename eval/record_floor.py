"""Record the regression floor: run the rules backend over the bundled set and the real corpus
(its texts must be present) and write eval/floor.json.

Each floor is the measured value minus 0.02, rounded down to two decimals, so a small honest
fluctuation passes and a real regression fails tests/test_eval_floor.py. Run it only when a
change is meant to move the figures: ``.venv/bin/python eval/record_floor.py``.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))

from checker.evaluate.dataset import load_dataset  # noqa: E402
from checker.evaluate.real import evaluate_real, load_real_corpus  # noqa: E402
from checker.evaluate.report import headline  # noqa: E402
from checker.evaluate.runner import evaluate, review_function  # noqa: E402
from checker.rubric import load_rubric  # noqa: E402

RUBRIC = "rectification@1.14.0"
FLOORED = (
    "micro_f1", "macro_f1", "responsiveness_accuracy", "segmentation_accuracy",
    "adjudicated_precision", "adjudicated_recall",
)
# On the real corpus, when its texts are present (they are not in the repository).
REAL_FLOORED = ("real_right", "real_micro_f1", "real_responsiveness", "real_kind_agreement", "real_verdict_agreement")
MARGIN = 0.02


def main() -> int:
    rubric = load_rubric(RUBRIC)
    review = review_function(rubric, "rules")
    result = evaluate(load_dataset(ROOT), review, rubric.ref, "rules")
    corpus = load_real_corpus(ROOT / "real")
    if corpus is None or not corpus.texts.is_dir():
        raise SystemExit("eval/real/texts is missing: the floor covers the real corpus, fetch it first (eval/real/README.md)")
    result.real = evaluate_real(corpus, review)
    measured = headline(result)
    floor = {name: math.floor((measured[name] - MARGIN) * 100) / 100 for name in FLOORED}  # type: ignore[operator]
    real_floor = {name: math.floor((measured[name] - MARGIN) * 100) / 100 for name in REAL_FLOORED}  # type: ignore[operator]
    data = {
        "rubric": rubric.ref,
        "backend": "rules",
        "dataset": "eval",
        "finding_cases": result.finding_cases,
        "margin": MARGIN,
        "floor": floor,
        "measured": {name: round(measured[name], 4) for name in FLOORED},  # type: ignore[arg-type]
        "real_documents": result.real.metrics.present,
        "real_floor": real_floor,
        "real_measured": {name: round(measured[name], 4) for name in REAL_FLOORED},  # type: ignore[arg-type]
        "command": ".venv/bin/python eval/record_floor.py",
    }
    (ROOT / "floor.json").write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    sys.stdout.write(json.dumps(data["floor"]) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
