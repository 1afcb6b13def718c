"""Pair the findings of two documents by what they say, not by where they stand.

A finding keeps its wording from draft to draft (and from plan to report) more than its place:
items are inserted, merged and renumbered. Each finding is compared with each by the Dice
coefficient of the character bigrams of its problem text (simplified, width-folded, no spaces or
punctuation), or by how much of the shorter text the longer holds (a report often heads a finding
with a phrase of the plan's description); pairs are taken best first, each finding at most once,
down to ``MIN_SIMILARITY``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from checker.text.fold import fold_text
from checker.text.width import fold_width

MIN_SIMILARITY = 0.45  # below this two problem texts are about different things
MIN_BIGRAMS = 4  # a text shorter than this is too short to be held in another by chance
_NOISE = re.compile(r"[\W_]+")


def _bigrams(text: str) -> Counter[str]:
    core = _NOISE.sub("", fold_width(fold_text(text)))
    return Counter(core[i : i + 2] for i in range(len(core) - 1)) if len(core) > 1 else Counter({core: 1})


def bigrams(text: str) -> Counter[str]:
    """The character bigrams two texts are compared by (simplified, width-folded, no punctuation)."""
    return _bigrams(text)


def similarity(a: str, b: str) -> float:
    """Dice coefficient of the two texts' character bigrams (0 … 1)."""
    ga, gb = _bigrams(a), _bigrams(b)
    total = sum(ga.values()) + sum(gb.values())
    return 2 * sum((ga & gb).values()) / total if total else 0.0


def containment(a: str, b: str) -> float:
    """How much of the shorter text the longer one holds (bigram overlap over the shorter's bigrams):
    a report heading 针对“食堂采购台账不全”的问题 is held whole in the plan's longer description."""
    ga, gb = _bigrams(a), _bigrams(b)
    shorter = min(sum(ga.values()), sum(gb.values()))
    return sum((ga & gb).values()) / shorter if shorter >= MIN_BIGRAMS else 0.0


def held_in(a: str, b: str) -> float:
    """How much of ``a`` the text ``b`` holds (``a``'s bigrams found in ``b``, over ``a``'s)."""
    ga, gb = _bigrams(a), _bigrams(b)
    total = sum(ga.values())
    return sum((ga & gb).values()) / total if total else 0.0


_QUOTED = re.compile(r"[“\"「『]([^”\"」』]{4,60})[”\"」』]")


def pair_score(a: str, b: str) -> float:
    """How surely two problem texts speak of one finding: alike as wholes, one held in the other, or
    the finding a heading quotes (针对“…”的问题) held in the other text."""
    quoted = [containment(q, b) for q in _QUOTED.findall(a)] + [containment(q, a) for q in _QUOTED.findall(b)]
    return max([similarity(a, b), containment(a, b), *quoted])


@dataclass(frozen=True)
class Pair:
    old: int | None  # position in the first document's list (None: only in the second)
    new: int | None
    similarity: float


_Taken = dict[int, tuple[int, float]]  # an old position → its new position and score


def _taken(scored: list[tuple[float, int, int]], floor: float, taken_old: _Taken) -> None:
    """Take pairs best first, each position at most once, down to ``floor`` (into ``taken_old``)."""
    taken_new = {j for j, _ in taken_old.values()}
    for score, i, j in sorted(scored, key=lambda t: (-t[0], t[1], t[2])):
        if score < floor or score <= 0:
            break
        if i in taken_old or j in taken_new:
            continue
        taken_old[i] = (j, score)
        taken_new.add(j)


def _placed(taken_old: _Taken, n_old: int, n_new: int) -> list[Pair]:
    """Pairs of positions, then the unpaired of each side, in the second document's order (the
    first's leftovers where they stood)."""
    by_new = {j: (i, score) for i, (j, score) in taken_old.items()}
    placed: list[tuple[float, Pair]] = []
    for j in range(n_new):
        old_i, score = by_new.get(j, (None, 0.0))
        placed.append((j, Pair(old_i, j, round(score, 3))))
    for i in (i for i in range(n_old) if i not in taken_old):
        # a finding dropped from the new draft stands after the paired one that preceded it
        before = max((taken_old[k][0] for k in taken_old if k < i), default=-1)
        placed.append((before + 0.5, Pair(i, None, 0.0)))
    return [pair for _, pair in sorted(placed, key=lambda t: t[0])]


def pair_texts(old: list[str], new: list[str]) -> list[Pair]:
    """Pairs of positions, then the unpaired of each side, in the second document's order (the
    first's leftovers where they stood)."""
    taken_old: _Taken = {}
    scored = [(pair_score(a, b), i, j) for i, a in enumerate(old) for j, b in enumerate(new)]
    _taken(scored, MIN_SIMILARITY, taken_old)
    return _placed(taken_old, len(old), len(new))


def pair_leftovers(pairs: list[Pair], score: Callable[[int, int], float]) -> list[Pair]:
    """``pairs`` with the positions they left unpaired on each side paired too, best first by
    ``score`` (a second reading, e.g. by the objects two findings name; 0 pairs nothing), placed as
    :func:`pair_texts` places them."""
    taken_old = {p.old: (p.new, p.similarity) for p in pairs if p.old is not None and p.new is not None}
    rest_old = [p.old for p in pairs if p.new is None and p.old is not None]
    rest_new = [p.new for p in pairs if p.old is None and p.new is not None]
    _taken([(score(i, j), i, j) for i in rest_old for j in rest_new], 0.0, taken_old)
    n_old = sum(p.old is not None for p in pairs)
    return _placed(taken_old, n_old, sum(p.new is not None for p in pairs))


def finding_words(title: str, text: str, group: str | None = None) -> str:
    """What a finding says, for pairing: the heading it stands under (（一）关于“…”的问题 often names
    it), its title and its text."""
    parts = [p for p in (group, title if title not in text else None, text) if p]
    return "\n".join(parts)
