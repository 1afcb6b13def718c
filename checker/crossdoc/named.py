"""Two findings their wording leaves apart may still be one: a plan's 乡镇卫生院公共卫生服务档案造假 is a
report's 居民健康档案不真实, whose measure names 15家乡镇卫生院健康档案. They are one when they and their
measures name enough of the same specific objects — named units, amounts, the rubric's problem nouns
and states (:mod:`checker.analyse.objects`; counts are too common to tell findings apart) — and the
problem text of one of them names an object the other speaks of, so two findings only their measures
join (one unit's two faults) stay apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from checker.analyse.objects import SPECIFIC_KINDS, Obj, finding_objects
from checker.analyse.scan import Compiled
from checker.crossdoc.pairing import finding_words
from checker.models import FindingResult


@dataclass(frozen=True)
class Named:
    """What a finding names: its text with its measures, the objects there, and those of its problem."""

    whole: str
    own: tuple[Obj, ...]  # named in the problem text
    every: tuple[Obj, ...]  # … or in its measures


def named(c: Compiled, f: FindingResult) -> Named:
    problem = finding_words(f.title, f.finding_text, f.group)
    whole = f"{problem}\n{f.measure_text}"
    every = tuple(o for o in finding_objects(c, whole, 0, len(whole)) if o.kind in SPECIFIC_KINDS)
    return Named(whole, tuple(o for o in every if o.end <= len(problem)), every)


def _meets(o: Obj, other: Named) -> bool:
    """Does ``other`` name the object (a key or synonym of it), or speak of it in its text?"""
    return any(set(o.keys) & set(p.keys) for p in other.every) or o.touched_by(other.whole)


def _distinct(objs: tuple[Obj, ...]) -> int:
    return len({o.keys for o in objs})


def object_score(a: Named, b: Named, least: int) -> float:
    """How surely two findings are one by the objects they name (0: not one): the share of the objects
    both name, when there are at least ``least`` and a problem text names one of them."""
    if least <= 0 or not (any(_meets(o, b) for o in a.own) or any(_meets(o, a) for o in b.own)):
        return 0.0
    shared = min(_distinct(tuple(o for o in a.every if _meets(o, b))),
                 _distinct(tuple(o for o in b.every if _meets(o, a))))  # fmt: skip
    if shared < least:
        return 0.0
    return round(shared / max(_distinct(a.every), _distinct(b.every)), 3)
