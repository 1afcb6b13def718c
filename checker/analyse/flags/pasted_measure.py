"""pasted_measure — near-verbatim the same measure text under different findings, in one document or
across the documents reviewed together (a folder, or several paths).

What it does: once every document of the run is reviewed, compares each finding's measure items (and
its whole measure) with every other finding's. A text counts by its substance: enumerators, fields
(责任单位：…, 整改时限：…), punctuation and the rubric's generic phrases (``params.generic_lexicons``: completion claims, slogans,
vague deadlines — 已整改, 立行立改, 长期坚持 …) are set aside, and what is left must be at least
``params.min_chars`` characters, so 已整改到位 pasted everywhere is not a pasted measure. Two such
texts whose character bigrams agree at ``params.min_similarity`` (Dice) or more are one text under
two findings. One measure answering several findings at one place (问题一/问题二 answered by one
解决方案) is one response, not a copy, and the same finding reported again in a later document (its
problem stated alike) is one finding. Documents that could not be read into findings are left out.
Why an auditor cares: the same paragraph written under different problems answers none of them in
particular — 纸面整改, copied from item to item or from unit to unit.
Evidence: the finding's pasted text; the flag lists every place (document, finding, text) in its
message and in ``places`` — the first ``params.max_places`` and its own when a text is pasted more often.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from checker.analyse.scan import Compiled
from checker.flags import FlagSpec
from checker.models import FlagHit, FlagPlace, Review
from checker.text.enumerators import iter_item_markers
from checker.text.fold import fold_text
from checker.text.width import fold_width, truncate

CODE = "pasted_measure"
_NOISE = re.compile(r"[\W_]+")
_FIGURE = re.compile(r"\d+")
_INDEXED_PER_GROUP = 8  # copies of one pasted text a later text is measured against, at most
_MAX_CANDIDATES = 128  # texts one text is measured against, at most (only templated text reaches it)


class Unit(NamedTuple):
    """One measure text of one finding: where it stands and what it says in substance."""

    doc: int  # position of the document in the run
    finding: str  # F3
    start: int  # offsets into the document's text
    end: int
    key: str  # the substance compared (folded, no enumerator, punctuation, generic phrase or figure)
    figures: tuple[str, ...]  # its figures: texts alike but for their figures state different facts
    problem: str  # the finding's own problem text, folded: the same finding reported again is not another


def substance(text: str, c: Compiled) -> str:
    """What a measure says once enumerators, fields (责任单位：…, 整改时限：…: who and when, not what),
    punctuation and generic phrases are set aside."""
    text = fold_width(fold_text(text)).strip()
    first = next(iter_item_markers(text), None)
    if first is not None and first.start == 0:
        text = text[first.end :]
    text = _fields(c).sub("", text)
    for name in c.param(CODE, "generic_lexicons", []):
        text = c.lex(name).sub("", text)
    return _NOISE.sub("", text)


def _fields(c: Compiled) -> re.Pattern[str]:
    """A field label of the reading vocabulary with its value (整改时限：5天, 问题整改责任单位:某委员会),
    wherever it stands: a measure that is only its fields says nothing of its own."""
    key = f"{CODE}:fields"
    rx: re.Pattern[str] | None = c.memo.get(key)
    if rx is None:
        w = c.v.words
        labels = "|".join(map(re.escape, sorted({*w.owner_labels, *w.deadline_labels, *w.status_labels}, key=len, reverse=True)))
        rx = c.memo[key] = re.compile(rf"(?:{labels})\s*[:：]\s*[^\s；;。，,]*")
    return rx


def _units(reviews: Sequence[Review], texts: Sequence[str], c: Compiled) -> list[Unit]:
    min_chars = int(c.param(CODE, "min_chars", 16))
    out: list[Unit] = []
    said: dict[str, str] = {}  # each distinct text's substance, found once (pasted text recurs)
    for d, (review, text) in enumerate(zip(reviews, texts, strict=True)):
        if review.summary.verdict == "unreviewed":
            continue  # a reading too unsure to stand on compares nothing
        for f in review.findings:
            problem = ""  # the finding's problem text, folded, once a piece of its measure counts
            for piece in dict.fromkeys([f.measure_text, *f.measures]):
                if not piece.strip():
                    continue
                # the measure stands in the finding's own span, or — problems, then fixes — after it
                at = text.find(piece, f.start, max(f.end, f.start + len(piece)))
                at = at if at >= 0 else text.find(piece, f.start)
                if at < 0:
                    continue
                key = said.get(piece)
                if key is None:
                    key = said[piece] = substance(piece, c)
                if len(key) >= min_chars:
                    figures = tuple(sorted(_FIGURE.findall(key)))
                    problem = problem or _NOISE.sub("", fold_width(fold_text(f.finding_text)))
                    out.append(Unit(d, f.id, at, at + len(piece), _FIGURE.sub("", key), figures, problem))
    return out


def _bigrams(key: str) -> set[str]:
    return {key[i : i + 2] for i in range(len(key) - 1)}


def _groups(units: list[Unit], min_similarity: float) -> list[list[int]]:
    """Units that are one text, as groups of positions in ``units`` (two or more findings each).

    Two texts are one when they state the same figures and the Dice coefficient of their bigram sets
    reaches ``min_similarity``. Candidates come from prefix filtering (each text's rarest bigrams: two
    texts that alike share one of them), so every such pair is found without comparing every text
    with every other; a text whose substance is the same as an earlier one's joins it unmeasured."""
    parent = list(range(len(units)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def same_place(a: Unit, b: Unit) -> bool:
        return a.doc == b.doc and (a.finding == b.finding or a.start == b.start)

    first: dict[tuple[str, tuple[str, ...]], int] = {}
    grams: dict[int, set[str]] = {}
    for i, u in enumerate(units):
        j = first.setdefault((u.key, u.figures), i)
        if j == i:
            grams[i] = _bigrams(u.key)
        elif not same_place(units[j], u):
            parent[root(i)] = root(j)  # the very same substance: nothing to measure
    rarity = Counter(g for gs in grams.values() for g in gs)
    rank = {g: n for n, g in enumerate(sorted(rarity, key=lambda g: (rarity[g], g)))}  # rarest first
    jaccard = min_similarity / (2 - min_similarity)  # Dice ≥ t ⟺ Jaccard ≥ t / (2 − t)
    index: dict[tuple[tuple[str, ...], str], list[int]] = {}  # only texts of the same figures meet
    indexed: Counter[int] = Counter()  # copies of a group in the index
    for i, a in grams.items():
        figures = units[i].figures
        ordered = sorted(a, key=rank.__getitem__)
        prefix = ordered[: len(ordered) - math.ceil(jaccard * len(ordered)) + 1]
        candidates: dict[int, None] = {}
        for g in prefix:  # rarest first: in heavily templated text the scan stops at a bound
            candidates.update(dict.fromkeys(index.get((figures, g), ())))
            if len(candidates) >= _MAX_CANDIDATES:
                break
        for j in candidates:
            b = grams[j]
            total = len(a) + len(b)
            if 2 * min(len(a), len(b)) < min_similarity * total or root(j) == root(i):
                continue  # too different in length to be that alike, or already one
            if 2 * len(a & b) >= min_similarity * total and not same_place(units[j], units[i]):
                parent[root(i)] = root(j)
        r = root(i)
        if indexed[r] < _INDEXED_PER_GROUP:  # a text pasted a thousand times is looked up by a few copies
            indexed[r] += 1
            for g in prefix:
                index.setdefault((figures, g), []).append(i)
    groups: dict[int, list[int]] = {}
    for i in range(len(units)):
        groups.setdefault(root(i), []).append(i)
    return [m for m in groups.values() if _findings(units, m, min_similarity) >= 2]


def _findings(units: list[Unit], members: list[int], min_similarity: float) -> int:
    """How many different findings hold the text: the same finding reported again in a later
    document (its problem stated alike) is one finding, its measure repeated is no paste."""
    seen: list[set[str]] = []
    for i in members:
        grams = _bigrams(units[i].problem)
        if not any(2 * len(grams & g) >= min_similarity * (len(grams) + len(g)) for g in seen):
            seen.append(grams)
    return len(seen)


def check_folder(reviews: Sequence[Review], texts: Sequence[str], c: Compiled) -> list[tuple[int, str, FlagHit]]:
    """For each finding whose measure is pasted elsewhere: (document position, finding id, hit), the
    hit quoting its longest pasted text and listing every place of the group."""
    units = _units(reviews, texts, c)
    out: list[tuple[int, str, FlagHit]] = []
    shown = int(c.param(CODE, "max_places", 12))
    names = [Path(r.document.path).name for r in reviews]
    for members in _groups(units, float(c.param(CODE, "min_similarity", 0.85))):
        best: dict[tuple[int, str], Unit] = {}
        for i in members:
            u = units[i]
            held = best.get((u.doc, u.finding))
            if held is None or u.end - u.start > held.end - held.start:
                best[(u.doc, u.finding)] = u
        chosen = sorted(best.values(), key=lambda u: (u.doc, u.start))
        places = [
            FlagPlace(document=reviews[u.doc].document.path, finding=u.finding,
                      evidence=texts[u.doc][u.start : u.end], start=u.start, end=u.end)
            for u in chosen
        ]  # fmt: skip
        said = {id(p): f"{names[u.doc]} {p.finding}“{truncate(p.evidence, 20)}”" for u, p in zip(chosen, places, strict=True)}
        for k, (u, place) in enumerate(zip(chosen, places, strict=True)):
            # A text pasted a thousand times lists the first places and its own, not a thousand.
            listed = places[:shown] if k < shown else [*places[: shown - 1], place]
            others = [p for p in listed if p is not place]
            named = "；".join(said[id(p)] for p in others)
            more = "；…" if len(places) > len(listed) else ""
            hit = FlagHit(code=CODE, evidence=place.evidence, start=u.start, end=u.end, places=listed,
                          detail={"count": len(places) - 1, "others": named + more})  # fmt: skip
            out.append((u.doc, u.finding, hit))
    return out


FLAG = FlagSpec(CODE, order=14, check_folder=check_folder)
