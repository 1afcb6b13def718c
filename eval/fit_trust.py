"""Fit how far a reading is trusted: a logistic model over the reading's features, on the real corpus.

    python eval/fit_trust.py             # print the fit, its cross-validated table and the weights
    python eval/fit_trust.py --write     # and write the weights into the vocabulary file

Each real document is read, its reading judged right or wrong against its labels (with refusal off,
so the model in force does not decide its own training data), and its features taken
(:func:`checker.segment.weigh.reading_features`). The composed evaluation documents, all read right,
join as right readings (``COMPOSED_WEIGHT``), so that the model does not learn to refuse layouts the
real corpus happens to lack. A wrong reading weighs more than a right one
(``WRONG_WEIGHT``): let through, it is trusted, where a refusal only costs a reading. Each real
document's probability is predicted by a model fitted without
it (leave one out, by document); the table says, for each threshold, how many right readings would be
kept and how many wrong ones would still pass. The rubric's ``unsegmented`` ``min_confidence`` is the
threshold in force. Needs the real texts (``eval/real/texts``) and scikit-learn (``pip install
-e .[fit]``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.evaluate.dataset import load_dataset  # noqa: E402
from checker.evaluate.real import RealFindingLabel, load_real_corpus, reading_outcome, review_outcome  # noqa: E402
from checker.models import Source  # noqa: E402
from checker.options import ReviewOptions  # noqa: E402
from checker.pipeline import review_source  # noqa: E402
from checker.read import read_source  # noqa: E402
from checker.rubric import Rubric, load_rubric  # noqa: E402
from checker.segment import segment  # noqa: E402
from checker.vocabulary import TRUST_FEATURES, vocabulary_path  # noqa: E402

C = 3.0  # inverse strength of the L2 penalty: 70 documents hold little evidence per weight
COMPOSED_WEIGHT = 1.0  # a composed document counts as a real one: the model must not learn to refuse them
WRONG_WEIGHT = 1.5  # a wrong reading let through costs more than a right one refused: an auditor trusts it
THRESHOLDS = (0.3, 0.4, 0.5, 0.52, 0.54, 0.56, 0.58, 0.6, 0.7)


def _rows(rubric: Rubric) -> tuple[list[list[float]], list[int], list[str], list[list[float]]]:
    open_rubric = rubric.model_copy(deep=True)
    open_rubric.flags["unsegmented"].params["min_confidence"] = 0.0  # judge every reading, refuse none
    corpus = load_real_corpus(ROOT / "eval" / "real")
    if corpus is None or not corpus.texts.is_dir():
        raise SystemExit("eval/real/texts is missing: fetch the real corpus first (eval/real/README.md)")
    x, y, names = [], [], []
    for doc in corpus.documents:
        path = corpus.texts / doc.name
        if not path.is_file():
            continue
        source = read_source(path)
        features = segment(source, vocabulary=rubric.reading_vocabulary()).segmentation.features
        if not features or not doc.label.findings:
            continue  # no reading to trust, or nothing to read
        outcome, _ = reading_outcome(doc, review_source(source, open_rubric, ReviewOptions()))
        x.append([features[k] for k in TRUST_FEATURES])
        y.append(int(outcome == "right"))
        names.append(doc.name)
    _first_time_rows(rubric, open_rubric, x, y, names)
    composed = []
    dataset = load_dataset(ROOT / "eval")
    for record in dataset.documents:
        if not record.findings:
            continue
        source = read_source(dataset.root / record.path) if record.path else Source(path=f"{record.id}.txt", text=record.text or "", format="txt")
        features = segment(source, vocabulary=rubric.reading_vocabulary()).segmentation.features
        if features:
            composed.append([features[k] for k in TRUST_FEATURES])
    return x, y, names, composed


def _first_time_rows(rubric: Rubric, open_rubric: Rubric, x: list[list[float]], y: list[int], names: list[str]) -> None:
    """The first-time writers' reports (eval/first-time) join the real readings: labelled as the real
    corpus is, and right or wrong by the same rule, they show the forms a first-time user writes."""
    folder = ROOT / "eval" / "first-time"
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    for name, label in sorted(gold.items()):
        source = read_source(folder / name)
        features = segment(source, vocabulary=rubric.reading_vocabulary()).segmentation.features
        if not features:
            continue
        labels = [RealFindingLabel(key=f["key"], measure_key=f["measure_key"]) for f in label["findings"]]
        review = review_source(source, open_rubric, ReviewOptions())
        outcome, _ = review_outcome(labels, review)
        x.append([features[k] for k in TRUST_FEATURES])
        y.append(int(outcome == "right"))
        names.append(name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write the weights into the vocabulary file")
    args = parser.parse_args(argv)
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    rubric = load_rubric(None)
    threshold = float(rubric.flags["unsegmented"].params.get("min_confidence", 0.5))
    x, y, names, composed = _rows(rubric)
    X, Y, Xc = np.array(x), np.array(y), np.array(composed)

    def fit(rows: np.ndarray, labels: np.ndarray) -> LogisticRegression:
        data = np.vstack([rows, Xc])
        target = np.concatenate([labels, np.ones(len(Xc))])
        weight = np.concatenate([np.where(labels == 1, 1.0, WRONG_WEIGHT), np.full(len(Xc), COMPOSED_WEIGHT)])
        return LogisticRegression(C=C, max_iter=10_000).fit(data, target, sample_weight=weight)

    held_out = np.zeros(len(Y))
    for i in range(len(Y)):
        keep = np.arange(len(Y)) != i
        held_out[i] = fit(X[keep], Y[keep]).predict_proba(X[i : i + 1])[0, 1]
    model = fit(X, Y)
    on_composed = model.predict_proba(Xc)[:, 1]

    print(f"real readings: {len(Y)} ({int(Y.sum())} right, {int(len(Y) - Y.sum())} wrong); composed: {len(Xc)}")
    print("threshold | right kept | wrong passed | composed refused   (real: each predicted without itself)")
    for t in sorted({*THRESHOLDS, threshold}):
        kept = held_out >= t
        mark = "  ← in force" if t == threshold else ""
        print(f"   {t:.2f}   |   {int((kept & (Y == 1)).sum()):>2}/{int(Y.sum())}    |    {int((kept & (Y == 0)).sum()):>2}/{int(len(Y) - Y.sum())}"
              f"     |   {int((on_composed < t).sum())}/{len(Xc)}{mark}")
    passed = [n for n, p, r in zip(names, held_out, Y, strict=True) if p >= threshold and not r]
    refused = [n for n, p, r in zip(names, held_out, Y, strict=True) if p < threshold and r]
    print("wrong readings still passing:", ", ".join(passed) or "none")
    print("right readings refused:", ", ".join(refused) or "none")
    coefficients = {k: round(float(c), 3) for k, c in zip(TRUST_FEATURES, model.coef_[0], strict=True)}
    block = (
        f"intercept = {round(float(model.intercept_[0]), 3)}\n"
        "coefficients = { " + ", ".join(f"{k} = {v}" for k, v in coefficients.items()) + " }\n"
    )
    print("\n[weights.trust]\n" + block)
    if args.write:
        path = vocabulary_path(rubric.vocabulary)
        text = path.read_text(encoding="utf-8")
        new = re.sub(r"(?ms)^intercept = .*?\ncoefficients = .*?\n", block, text, count=1)
        path.write_text(new, encoding="utf-8")
        print(f"written to {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
