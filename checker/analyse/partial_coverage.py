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

from checker.analyse.context import FindingContext, hit, sentences
from checker.analyse.off_target import is_off_target
from checker.models import FlagHit

CODE = "partial_coverage"


def _money_substitution(ctx: FindingContext) -> tuple[int, int, str] | None:
    c, text, f, m = ctx.c, ctx.text, ctx.finding, ctx.measure
    if m is None or c.lex("recovery_verbs").search(text, m.start, m.end):
        return None
    amount, violation = c.pat("amount"), c.lex("money_violation_words")
    for a, b in sentences(text, f.finding.start, f.finding.end):
        if amount.search(text, a, b) and violation.search(text, a, b):
            if c.lex("punish_words").search(text, m.start, m.end):
                return a, b, "punishment"
            if c.lex("rule_words").search(text, m.start, m.end):
                return a, b, "rules"
            return None
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
    sub = _money_substitution(ctx)
    if sub is not None:
        a, b, how = sub
        return [hit(CODE, ctx.text, a, b, missing=1, points=len(cov.points), substitute=how)]
    return []
