"""Evaluation metrics, pure functions over labelled and predicted values (no pipeline, no I/O).

Flags are scored per case: a case is one finding (or one document, for document-level flags) and
each code is present or absent in the labels and in the prediction. Responsiveness is judged
against the labelled range [min, max]. Every figure here is computed by hand in
tests/test_eval_metrics.py.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from pydantic import BaseModel

FlagSets = Sequence[tuple[set[str], set[str]]]  # (expected, predicted) per case


class FlagScore(BaseModel):
    """Counts and scores for one flag code over all cases."""

    code: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    precision: float | None = None  # None when the code was never predicted
    recall: float | None = None  # None when the code never occurs in the labels
    f1: float | None = None  # None when the code is neither labelled nor predicted
    support: int = 0  # cases labelled with the code
    predicted: int = 0
    kappa: float | None = None  # Cohen's kappa, labels vs. prediction, presence per case

    def settle(self) -> FlagScore:
        """Support, predicted, precision, recall and F1 from the counts (tp, fp, fn)."""
        self.support, self.predicted = self.tp + self.fn, self.tp + self.fp
        self.precision = safe_div(self.tp, self.tp + self.fp)
        self.recall = safe_div(self.tp, self.tp + self.fn)
        self.f1 = f1_of(self.tp, self.fp, self.fn)
        return self


def safe_div(num: float, den: float) -> float | None:
    return num / den if den else None


def f1_of(tp: int, fp: int, fn: int) -> float | None:
    """F1 = 2TP / (2TP + FP + FN); None when there is nothing to score (no label, no prediction)."""
    den = 2 * tp + fp + fn
    return 2 * tp / den if den else None


def cohen_kappa(a: Sequence[bool], b: Sequence[bool]) -> float | None:
    """Cohen's kappa for two binary raters; None when chance agreement is total (both constant and equal)."""
    if len(a) != len(b):
        raise ValueError("raters must rate the same cases")
    n = len(a)
    if n == 0:
        return None
    agree = sum(1 for x, y in zip(a, b, strict=True) if x == y) / n
    pa, pb = sum(a) / n, sum(b) / n
    chance = pa * pb + (1 - pa) * (1 - pb)
    if math.isclose(chance, 1.0):
        return None
    return (agree - chance) / (1 - chance)


def flag_scores(cases: FlagSets, codes: Iterable[str]) -> dict[str, FlagScore]:
    """Per-code confusion counts, precision, recall, F1, support and kappa."""
    scores: dict[str, FlagScore] = {}
    for code in codes:
        s = FlagScore(code=code)
        labelled: list[bool] = []
        predicted: list[bool] = []
        for expected, got in cases:
            e, p = code in expected, code in got
            labelled.append(e)
            predicted.append(p)
            if e and p:
                s.tp += 1
            elif p:
                s.fp += 1
            elif e:
                s.fn += 1
            else:
                s.tn += 1
        s.settle().kappa = cohen_kappa(labelled, predicted)
        scores[code] = s
    return scores


def micro_f1(scores: dict[str, FlagScore]) -> float | None:
    """F1 over the pooled counts of every code."""
    return pooled(scores)[2]


def pooled(scores: dict[str, FlagScore]) -> tuple[float | None, float | None, float | None]:
    """Precision, recall and F1 over the pooled counts of every code (micro averages)."""
    tp = sum(s.tp for s in scores.values())
    fp = sum(s.fp for s in scores.values())
    fn = sum(s.fn for s in scores.values())
    return safe_div(tp, tp + fp), safe_div(tp, tp + fn), f1_of(tp, fp, fn)


def macro_f1(scores: dict[str, FlagScore]) -> float | None:
    """Mean F1 over the codes that are labelled or predicted at least once (unexercised codes are left out)."""
    values = [s.f1 for s in scores.values() if s.f1 is not None]
    return sum(values) / len(values) if values else None


# ---------------------------------------------------------------- responsiveness


def range_distance(value: int, low: int, high: int) -> int:
    """How far ``value`` lies outside [low, high] (0 inside)."""
    if value < low:
        return low - value
    if value > high:
        return value - high
    return 0


def average_ranks(values: Sequence[float]) -> list[float]:
    """1-based ranks; tied values share the mean of the ranks they occupy."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        mean_rank = (i + j) / 2 + 1
        for k in range(i, j + 1):
            ranks[order[k]] = mean_rank
        i = j + 1
    return ranks


def pearson(x: Sequence[float], y: Sequence[float]) -> float | None:
    n = len(x)
    if n < 2 or n != len(y):
        return None
    mx, my = sum(x) / n, sum(y) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y, strict=True))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    if sxx == 0 or syy == 0:
        return None
    return sxy / math.sqrt(sxx * syy)


def spearman(x: Sequence[float], y: Sequence[float]) -> float | None:
    """Spearman's rho: Pearson's r of the average ranks (correct with ties); None if a side is constant."""
    return pearson(average_ranks(x), average_ranks(y))


class ResponsivenessScore(BaseModel):
    cases: int = 0  # labelled finding cases
    scored: int = 0  # cases the checker produced a finding for
    within_range: int = 0
    accuracy: float | None = None  # within range / cases (a finding the checker missed counts as a miss)
    mae: float | None = None  # mean distance to the range, over scored cases
    spearman: float | None = None  # predicted vs. range midpoints, over scored cases


def responsiveness_score(pairs: Sequence[tuple[int | None, tuple[int, int]]]) -> ResponsivenessScore:
    """``pairs`` holds (predicted or None when unpaired, labelled range) per finding case."""
    result = ResponsivenessScore(cases=len(pairs))
    scored = [(p, rng) for p, rng in pairs if p is not None]
    result.scored = len(scored)
    distances = [range_distance(p, rng[0], rng[1]) for p, rng in scored]
    result.within_range = sum(1 for d in distances if d == 0)
    result.accuracy = safe_div(result.within_range, result.cases)
    result.mae = safe_div(sum(distances), len(distances))
    result.spearman = spearman([float(p) for p, _ in scored], [(lo + hi) / 2 for _, (lo, hi) in scored])
    return result


# ---------------------------------------------------------------- confusion


class ConfusionEntry(BaseModel):
    """For one weak code: what the checker said instead where it missed, and what was labelled where it over-fired."""

    code: str
    f1: float | None
    missed: int = 0
    predicted_instead: dict[str, int] = {}  # on missed cases: codes predicted but not labelled
    missed_examples: list[str] = []
    false_alarms: int = 0
    labelled_instead: dict[str, int] = {}  # on false alarms: codes labelled but not predicted
    false_alarm_examples: list[str] = []


def confusion_view(
    cases: Sequence[tuple[str, set[str], set[str]]],
    scores: dict[str, FlagScore],
    worst: int = 3,
    examples: int = 3,
) -> list[ConfusionEntry]:
    """The ``worst`` lowest-F1 exercised codes, with the codes confused for them and example case ids."""
    ranked = sorted(
        (s for s in scores.values() if s.f1 is not None),
        key=lambda s: (s.f1 if s.f1 is not None else 0.0, -(s.fn + s.fp), s.code),
    )
    entries: list[ConfusionEntry] = []
    for s in ranked[:worst]:
        entry = ConfusionEntry(code=s.code, f1=s.f1, predicted_instead={}, labelled_instead={},
                               missed_examples=[], false_alarm_examples=[])
        for case_id, expected, got in cases:
            if s.code in expected and s.code not in got:
                entry.missed += 1
                for other in sorted(got - expected):
                    entry.predicted_instead[other] = entry.predicted_instead.get(other, 0) + 1
                if len(entry.missed_examples) < examples:
                    entry.missed_examples.append(case_id)
            elif s.code in got and s.code not in expected:
                entry.false_alarms += 1
                for other in sorted(expected - got):
                    entry.labelled_instead[other] = entry.labelled_instead.get(other, 0) + 1
                if len(entry.false_alarm_examples) < examples:
                    entry.false_alarm_examples.append(case_id)
        entries.append(entry)
    return entries
