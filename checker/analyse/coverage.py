"""Does the measure act on the finding's own objects? Content-token overlap between each finding
sub-point and the measure items, plus shared named units and figures; a sub-point that names
objects of its own (objects.py) is also answered by a measure that touches one of them.

Tokens are content words: jieba words (HMM off, dictionary loaded once per process) or CJK
character bigrams (no dictionary load; the default because it starts instantly and tolerates
segmentation differences such as 中医 / 中医师). Domain-generic words (工作, 问题, 加强 …, rubric lexicon
``generic_words``) carry no topic and are dropped either way.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from operator import add

from checker.analyse.markers import ItemProfile, find_markers
from checker.analyse.objects import SPECIFIC_KINDS, Obj, finding_objects
from checker.analyse.scan import Compiled, doc_memo, sentences
from checker.models import Finding, Span

_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_JIEBA = None


def _jieba():
    """jieba, initialised once per process (its dictionary load costs about a second)."""
    global _JIEBA
    if _JIEBA is None:
        import logging

        import jieba

        jieba.setLogLevel(logging.WARNING)
        jieba.initialize()
        _JIEBA = jieba
    return _JIEBA


@lru_cache(maxsize=8)
def _generic_bigrams(words: frozenset[str]) -> frozenset[str]:
    out: set[str] = set()
    for w in words:
        out.update(w[i : i + 2] for i in range(len(w) - 1))
    return frozenset(out)


def tokens(c: Compiled, text: str) -> set[str]:
    """Content tokens of ``text`` (see module docstring)."""
    generic = c.words("generic_words")
    if c.param("partial_coverage", "tokenizer", "bigram") == "jieba":
        jb = _jieba()
        return {w for w in jb.lcut(text, HMM=False) if len(w) >= 2 and _CJK_RUN.fullmatch(w) and w not in generic}
    out: set[str] = set()
    for run in _CJK_RUN.findall(text):
        out.update(map(add, run, run[1:]))  # the run's bigrams, joined in C
    return out - _generic_bigrams(generic)  # one set difference: a test per bigram cost twice as much


def span_tokens(c: Compiled, text: str, start: int, end: int) -> set[str]:
    """``tokens(c, text[start:end])``, memoised per document: coverage asks for the same spans
    (units, points, their first sentences, the whole finding) many times. Callers only read the set."""
    memo = doc_memo(c.memo, "span_tokens", text)
    out = memo.get((start, end))
    if out is None:
        out = memo[(start, end)] = tokens(c, text[start:end])
    return out


class _Bigrams:
    """The CJK bigrams of a stretch of text with their offsets, built once: the tokens of any span
    inside it are then a slice, not another tokenisation (a finding's points and first sentences,
    a measure's units). Equal to :func:`tokens` of the span with the bigram tokenizer."""

    def __init__(self, c: Compiled, text: str, start: int, end: int) -> None:
        self.generic = _generic_bigrams(c.words("generic_words"))
        self.grams: list[str] = []  # the bigrams of every CJK run, in text order
        self.starts: list[int] = []  # offset of each run's first bigram
        self.first: list[int] = []  # index in ``grams`` of each run's first bigram (and the end)
        for m in _CJK_RUN.finditer(text, start, end):
            run = m.group()
            if len(run) > 1:
                self.starts.append(m.start())
                self.first.append(len(self.grams))
                self.grams.extend(map(add, run, run[1:]))
        self.first.append(len(self.grams))

    def _before(self, pos: int) -> int:
        """How many bigrams start before ``pos``: the runs before its own, and its own run's part."""
        k = bisect_right(self.starts, pos) - 1
        if k < 0:
            return 0
        return self.first[k] + min(pos - self.starts[k], self.first[k + 1] - self.first[k])

    def tokens(self, start: int, end: int) -> set[str]:
        """The bigrams lying wholly inside ``[start, end)``."""
        found = set(self.grams[self._before(start) : self._before(end - 1)])
        found -= self.generic
        return found


def _span_tokenizer(c: Compiled, text: str, start: int, end: int) -> Callable[[int, int], set[str]]:
    """Tokens of spans inside ``text[start:end]``: slices of one bigram index, or, with jieba, the
    memoised :func:`span_tokens` (words are not a slice of the stretch's words)."""
    if c.param("partial_coverage", "tokenizer", "bigram") == "jieba":
        return lambda a, b: span_tokens(c, text, a, b)
    return _Bigrams(c, text, start, end).tokens


def overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a) if a else 0.0


@dataclass
class Point:
    """One point of the finding (a sub-point, or the finding itself) and how the measure meets it."""

    start: int
    end: int
    overlap: float
    unit: int | None  # index of the best-matching measure unit
    answered: bool
    concrete: bool  # answered by a unit that acts concretely


@dataclass
class Coverage:
    points: list[Point] = field(default_factory=list)
    overall: float = 0.0  # share of the finding's content tokens found in the measure
    entities: list[str] = field(default_factory=list)  # named units and figures of the finding
    shared: list[str] = field(default_factory=list)  # … of which the measure mentions these
    explicit_points: bool = False  # the finding lists its own 一是/二是 sub-points

    @property
    def answered_share(self) -> float:
        return sum(p.answered for p in self.points) / len(self.points) if self.points else 0.0

    @property
    def unanswered(self) -> list[Point]:
        return [p for p in self.points if not p.answered]


def _figures(c: Compiled, text: str, start: int, end: int) -> list[str]:
    keep = ("amount", "count", "named_unit")
    return [m.text for m in find_markers(c, text, start, end) if m.kind in keep]


def _points(text: str, f: Finding) -> tuple[list[tuple[int, int]], bool]:
    subs = [(s.start, s.end) for s in f.sub_points if s.view.strip()]
    if len(subs) >= 2:
        return subs, True
    sents = [s for s in sentences(text, f.finding.start, f.finding.end) if s[1] - s[0] >= 6]
    return (sents or [(f.finding.start, f.finding.end)]), False


def _own_objects(c: Compiled, text: str, pts: list[tuple[int, int]]) -> list[list[Obj]]:
    """Each sub-point's specific objects that no other sub-point names (what sets it apart)."""
    per = [[o for o in finding_objects(c, text, a, b) if o.kind in SPECIFIC_KINDS] for a, b in pts]
    out = []
    for i, objs in enumerate(per):
        others = {k for j, o2 in enumerate(per) if j != i for o in o2 for k in o.keys}
        out.append([o for o in objs if not set(o.keys) & others])
    return out


def coverage(
    c: Compiled, text: str, f: Finding, m: Span | None, units: list[tuple[int, int]], profiles: list[ItemProfile]
) -> Coverage:
    """How far the measure ``m`` (its ``units`` and their ``profiles``) answers each point of the
    finding ``f``, read on ``text`` (the view)."""
    pts, explicit = _points(text, f)
    if m is None:
        return Coverage(points=[Point(a, b, 0.0, None, False, False) for a, b in pts], explicit_points=explicit)
    min_overlap = float(c.param("partial_coverage", "min_point_overlap", 0.25))
    min_shared = int(c.param("partial_coverage", "min_shared_tokens", 2))
    answer_shared = int(c.param("partial_coverage", "answer_shared_tokens", 4))
    # One bigram index for the measure and its units, one for the finding and its points.
    lo, hi = min([m.start, *(a for a, _ in units)]), max([m.end, *(b for _, b in units)])
    in_measure = _span_tokenizer(c, text, lo, hi)
    lo, hi = min([f.finding.start, *(a for a, _ in pts)]), max([f.finding.end, *(b for _, b in pts)])
    in_finding = _span_tokenizer(c, text, lo, hi)
    measure_tokens = in_measure(m.start, m.end)
    unit_tokens = [in_measure(a, b) for a, b in units]
    measure_text = m.view
    own = _own_objects(c, text, pts) if explicit else [[] for _ in pts]
    out: list[Point] = []
    for (a, b), objs in zip(pts, own, strict=True):
        ptoks = in_finding(a, b)
        head = sentences(text, a, b)
        htoks = in_finding(head[0][0], head[0][1]) if head else ptoks
        best, best_i, best_shared = 0.0, None, 0
        np, nh = len(ptoks), len(htoks)
        for i, ut in enumerate(unit_tokens):
            # overlap() of both, from one intersection each (a point meets every unit of its measure)
            sp, sh = len(ptoks & ut), len(htoks & ut)
            score = max(sp / np if np else 0.0, sh / nh if nh else 0.0)
            common = max(sp, sh)
            if common >= min_shared and (score, common) > (best, best_shared):
                best, best_i, best_shared = score, i, common
        whole = max(overlap(htoks, measure_tokens), overlap(ptoks, measure_tokens))
        figs = [x for x in _figures(c, text, a, b) if x in measure_text]
        answered = best >= min_overlap or best_shared >= answer_shared or whole >= 1.5 * min_overlap or bool(figs)
        if objs and not answered:
            # Wording shared below the thresholds can still be an answer when the measure acts on one
            # of the sub-point's own objects (a unit, an amount, 挂证, 器材损坏, or a synonym of it).
            answered = any(o.touched_by(measure_text) for o in objs)
        concrete = answered and best_i is not None and profiles[best_i].concrete
        if answered and best_i is None:
            concrete = any(p.concrete for p in profiles)
        out.append(Point(a, b, max(best, whole), best_i, answered, concrete))
    entities = list(dict.fromkeys(_figures(c, text, f.finding.start, f.finding.end)))
    shared = [e for e in entities if e in measure_text]
    overall = overlap(in_finding(f.finding.start, f.finding.end), measure_tokens)
    return Coverage(points=out, overall=overall, entities=entities, shared=shared, explicit_points=explicit)
