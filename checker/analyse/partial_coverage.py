"""partial_coverage — specific points of the finding are left unaddressed (避重就轻).

What it does: fires when (a) the finding lists its own sub-points (一是/二是 …) and some of them
are matched by no measure item (content-token overlap below ``min_point_overlap``, no shared
figure); or (b) a money finding (an amount next to a violation word, lexicon
``money_violation_words``) is answered only by rules or punishment with nothing recovered or
corrected (以制度代替整改, 以问责代替整改; lexicons ``recovery_verbs``, ``rule_words``, ``punish_words``).
Why an auditor cares: 选择性整改、半截子整改 leave the hardest part of a problem untouched. A measure
that fixes the case and also widens it (举一反三, a new rule) is fine.
Evidence: the unanswered sub-point (or the money sentence) in the finding text.
"""

from __future__ import annotations

import re
from itertools import pairwise

from checker.analyse.context import Compiled, FindingContext, hit, sentences
from checker.analyse.off_target import is_off_target
from checker.models import FlagHit

CODE = "partial_coverage"


def _money_substitution(ctx: FindingContext) -> tuple[int, int, str] | None:
    c, text, f, m = ctx.c, ctx.text, ctx.finding, ctx.measure
    if m is None or c.lex("recovery_verbs").search(text, m.start, m.end):
        return None
    amount, violation = c.pat("amount"), c.lex("money_violation_words")
    for a, b in sentences(text, f.finding.start, f.finding.end):
        money = amount.search(text, a, b) or c.lex("money_nouns").search(text, a, b)
        if money and violation.search(text, a, b):
            if c.lex("punish_words").search(text, m.start, m.end):
                return a, b, "punishment"
            if c.lex("rule_words").search(text, m.start, m.end):
                return a, b, "rules"
            return None
    return None


_LIST_SEP = re.compile(r"\s*(?:、|，|,|和|及|与|以及|、以及)?\s*")


def _unit_core(c: Compiled, name: str, suffix: str) -> str:
    """What tells a named unit apart: its name after the last word break, generic words removed,
    and its kind (县中医院 → 中医院, 和城关镇卫生院 → 城关镇卫生院); empty when nothing is left of the name."""
    breaks = c.words("unit_name_breaks")
    cut = max((i for i, ch in enumerate(name) if ch in breaks), default=-1)
    rest = c.lex("generic_unit_words").sub("", name[cut + 1 :])
    return rest + suffix if rest else ""


def _enumerated_units(c: Compiled, text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Named units the finding lists together (A、B和C): several cases of one problem."""
    rx = c.pat("named_unit")
    if "name" not in rx.groupindex:
        return []
    marks = [(m.start("name"), m.end(), _unit_core(c, m.group("name"), text[m.end("name") : m.end()])) for m in rx.finditer(text, start, end)]
    listed: list[tuple[int, int, str]] = []
    for (a1, b1, n1), (a2, b2, n2) in pairwise(marks):
        if _LIST_SEP.fullmatch(text, b1, a2):
            for item in ((a1, b1, n1), (a2, b2, n2)):
                if len(item[2]) >= 3 and item not in listed:
                    listed.append(item)
    return listed


def _objects_left_out(ctx: FindingContext) -> tuple[int, int, str] | None:
    """The finding lists several units and the measure acts on some of them only.

    The measure must name at least one of them (so it is about these cases, not general work) and
    leave out another; a measure that names none is judged by the other signals."""
    f, m = ctx.finding, ctx.measure
    if m is None:
        return None
    units = _enumerated_units(ctx.c, ctx.text, f.finding.start, f.finding.end)
    named = [u for u in units if u[2] in m.text]
    left = [u for u in units if u[2] not in m.text]
    if named and left:
        a, b, _ = left[0]
        return a, b, "units"
    return None


def check(ctx: FindingContext) -> list[FlagHit]:
    if ctx.measure is None or is_off_target(ctx):
        return []
    cov = ctx.coverage
    if cov.explicit_points:
        missing = cov.unanswered
        if (missing and len(missing) < len(cov.points)) or (missing and cov.overall >= 0.2):
            p = missing[0]
            return [hit(CODE, ctx.text, p.start, p.end, missing=len(missing), points=len(cov.points))]
    left = _objects_left_out(ctx)
    if left is not None:
        a, b, how = left
        return [hit(CODE, ctx.text, a, b, missing=1, points=len(cov.points), left_out=how)]
    sub = _money_substitution(ctx)
    if sub is not None:
        a, b, how = sub
        return [hit(CODE, ctx.text, a, b, missing=1, points=len(cov.points), substitute=how)]
    return []
