"""partial_coverage — specific points of the finding are left unaddressed (避重就轻).

What it does: fires when (a) the finding lists its own sub-points (一是/二是 …) and some of them
are matched by no measure item (content-token overlap below ``min_point_overlap``, no shared
figure); or (b) a money finding (an amount or money noun next to a violation or irregularity word,
lexicons ``money_violation_words``, ``money_irregularity_words``: 报销不规范, 票据不合规) is answered only by rules or punishment with nothing recovered or
corrected (以制度代替整改, 以问责代替整改; lexicons ``recovery_verbs``, ``rule_words``, ``punish_words``), by an
accounting adjustment of no stated amount (调账, 做账务调整: ``adjustment_verbs``), or by measures
that never mention money at all; or (c) a money finding that puts a sum at issue (违法违规金额592.8万元)
is answered by giving back a stated sum under ``short_recovery_share`` of it (退回医保基金1.96万元).
Why an auditor cares: 选择性整改、半截子整改 leave the hardest part of a problem untouched. A measure
that fixes the case and also widens it (举一反三, a new rule) is fine.
Evidence: the unanswered sub-point (or the money sentence) in the finding text.
"""

from __future__ import annotations

import re
from itertools import pairwise

from checker.analyse.context import FindingContext
from checker.analyse.objects import Obj, finding_objects
from checker.analyse.readings import is_off_target, money_at_issue, recovered_sum
from checker.analyse.scan import Compiled, hit, sentences
from checker.flags import FlagSpec
from checker.models import FlagHit
from checker.text.sentences import SENTENCE_END

CODE = "partial_coverage"


def _recovered(c: Compiled, text: str, start: int, end: int) -> bool:
    """Is money recovered or corrected? A refund verb (退还, 追回, 上缴 …) does it; an accounting
    adjustment (调账, 做账务调整: lexicon ``adjustment_verbs``) only with an amount beside it - an
    adjustment of no stated sum gives nothing back."""
    adjust = c.lex("adjustment_verbs")
    for m in c.lex("recovery_verbs").finditer(text, start, end):
        if not adjust.fullmatch(m.group(0)):
            return True
    return adjust.search(text, start, end) is not None and c.pat("amount").search(text, start, end) is not None


def _rule_made(c: Compiled, text: str, start: int, end: int) -> bool:
    """Is a rule made or revised (制定…办法, 修订…制度, a named document)? 严格执行有关规定 makes none:
    an exhortation to follow rules is formalism's business, not 以制度代替整改."""
    if c.pat("named_document").search(text, start, end):
        return True
    return c.pat("rule_made").search(text, start, end) is not None


_CLAUSE = re.compile(r"[^，,；;。]+")


def _irregular_money(c: Compiled, text: str, start: int, end: int) -> bool:
    """An irregularity word (管理不严, 不规范) in the same clause as a money noun: 建设资金管理不严 is about
    money; 设计变更管理不严，增加造价1460万元 is about something else that cost money."""
    irregular, nouns = c.lex("money_irregularity_words"), c.lex("money_nouns")
    return any(
        irregular.search(text, m.start(), m.end()) and nouns.search(text, m.start(), m.end())
        for m in _CLAUSE.finditer(text, start, end)
    )


def _short_recovery(ctx: FindingContext) -> tuple[int, int, str] | None:
    """A money finding that puts a sum at issue (违法违规金额592.8万元) answered by giving back a stated
    sum far smaller (退回医保基金1.96万元), with nothing said of the rest: 半截子整改 (param
    ``short_recovery_share``: what part of the sum at issue a recovery must reach)."""
    share = float(ctx.c.param(CODE, "short_recovery_share", 0.0))
    if not share:
        return None
    at_issue, got = money_at_issue(ctx), recovered_sum(ctx)
    if at_issue is None or got is None or got[0] >= share * at_issue:
        return None
    return got[1], got[2], "short_recovery"


def _money_substitution(ctx: FindingContext) -> tuple[int, int, str] | None:
    """A money finding answered without money: only by a rule, only by punishment, or by measures
    that never mention money at all (training, talks) - nothing refunded, recovered or corrected."""
    c, text, f, m = ctx.c, ctx.text, ctx.finding, ctx.measure
    if m is None or _recovered(c, text, m.start, m.end):
        return None
    amount, violation = c.pat("amount"), c.lex("money_violation_words")
    for a, b in sentences(text, f.finding.start, f.finding.end):
        money = amount.search(text, a, b) or c.lex("money_nouns").search(text, a, b)
        if money and (violation.search(text, a, b) or _irregular_money(c, text, a, b)):
            if c.lex("punish_words").search(text, m.start, m.end):
                return a, b, "punishment"
            if _rule_made(c, text, m.start, m.end):
                return a, b, "rules"
            if c.lex("adjustment_verbs").search(text, m.start, m.end):
                return a, b, "adjustment"
            # Concrete acts that never touch money (training, talks); a measure with nothing concrete
            # in it is formalism's or unverifiable_claim's business, not this flag's as well.
            concrete = any(p.concrete for p in ctx.profiles)
            if concrete and not (amount.search(text, m.start, m.end) or c.lex("money_nouns").search(text, m.start, m.end)):
                return a, b, "no_money"
            return None
    return None


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
        if c.v.patterns.list_separator.fullmatch(text, b1, a2):
            for item in ((a1, b1, n1), (a2, b2, n2)):
                if len(item[2]) >= 3 and item not in listed:
                    listed.append(item)
    return listed


def _listed_objects(ctx: FindingContext, start: int, end: int) -> list[Obj]:
    """Cases the finding lists: object nouns joined by 、/和/及 (药品、耗材和设备), and the several amounts
    of one sentence (A项目50万元、B项目30万元) other than a total (共计80万元)."""
    text, p = ctx.text, ctx.c.v.patterns
    objs = [o for o in finding_objects(ctx.c, text, start, end) if o.kind in ("noun", "amount")]
    listed: list[Obj] = []
    nouns = [o for o in objs if o.kind == "noun"]
    for o1, o2 in pairwise(nouns):
        if o1.keys != o2.keys and p.list_separator.fullmatch(text, o1.end, o2.start) and text[o1.end : o2.start].strip():
            listed.extend(o for o in (o1, o2) if o not in listed)
    for a, b in sentences(text, start, end):
        amounts = [
            o for o in objs
            if o.kind == "amount" and a <= o.start < b
            # 共计…: the total; 仍有52.4万元未拨付: the part of an amount still at issue - neither a case.
            and not p.total_before.search(text, a, o.start) and not p.part_before.search(text, a, o.start)
        ]
        if len({o.keys for o in amounts}) >= 2:
            listed.extend(o for o in amounts if o not in listed)
    return listed


def _objects_left_out(ctx: FindingContext) -> tuple[int, int, str] | None:
    """The finding lists several units or cases and the measure acts on some of them only.

    The measure must name at least one of them (so it is about these cases, not general work) and
    leave out another; a measure that names none is judged by the other signals."""
    f, m = ctx.finding, ctx.measure
    if m is None:
        return None
    units = _enumerated_units(ctx.c, ctx.text, f.finding.start, f.finding.end)
    named = [u for u in units if u[2] in m.view]
    left = [u for u in units if u[2] not in m.view]
    if named and left:
        a, b, _ = left[0]
        while a < b and ctx.text[a] in "和及与、，,":
            a += 1  # quote the unit, not the conjunction that joined it to the list
        return a, b, "units"
    cases = _listed_objects(ctx, f.finding.start, f.finding.end)
    acted = [o for o in cases if o.touched_by(m.view)]
    missed = [o for o in cases if not o.touched_by(m.view)]
    if acted and missed:
        return missed[0].start, missed[0].end, "cases"
    return None


_SENTENCE_END_RE = re.compile(f"[{SENTENCE_END}]")


def _admitted_part(ctx: FindingContext) -> tuple[int, int, str] | None:
    """The measure says itself that only part is fixed (param ``admitted_part``): a clause naming what is
    still there (pattern ``admitted_remainder``: 但隐患还在, 但仍有垃圾堆放, 杂物乱堆放现象未整改) after a clause
    reporting something done (lexicon ``done_markers``) in the same sentence (现部分已铲除…但隐患还在); or the
    act touches only some (pattern ``subset_count``: 其中2家) of a larger number of the same things the
    finding counts (检查的33家企业) and the measure names no larger number of them."""
    c, text, f, m = ctx.c, ctx.text, ctx.finding, ctx.measure
    if m is None or not c.param(CODE, "admitted_part", False):
        return None
    stop = _SENTENCE_END_RE.search(text, m.end)
    end = max(m.end, stop.start() if stop else len(text))  # the measure's last sentence, to its end
    done, rest = c.lex("done_markers"), c.pat("admitted_remainder")
    for a, b in sentences(text, m.start, end):
        for r in rest.finditer(text, a, b):
            clause = max(text.rfind("，", a, r.start()), text.rfind(",", a, r.start())) + 1  # the remainder's clause
            if clause > a and done.search(text, a, clause):
                return clause, b, "admitted"
    for sub in c.pat("subset_count").finditer(text, m.start, m.end):
        n, unit = int(sub.group("n")), sub.group("unit")
        counts = [
            int(x.group("n")) for x in c.pat("counted").finditer(text, f.finding.start, f.finding.end) if x.group("unit") == unit
        ]
        told = [int(x.group("n")) for x in c.pat("counted").finditer(text, m.start, m.end) if x.group("unit") == unit]
        if counts and max(counts) > n and max(told, default=0) <= n:
            return sub.start(), min(end, sub.end() + 20), "subset"
    return None


def _answered_by_slogans(ctx: FindingContext):
    """Of several points, some are answered by concrete acts and another only by an item of slogans
    (一是增设2个窗口…；二是进一步加强宣传，不断提升…): that point is left out in substance."""
    points = ctx.coverage.points
    if len(points) < 2 or not any(p.concrete for p in points):
        return None
    for p in points:
        if p.answered and not p.concrete and p.unit is not None and ctx.profiles[p.unit].hollow:
            return p
    return None


def check(ctx: FindingContext) -> list[FlagHit]:
    if ctx.measure is None or is_off_target(ctx):
        return []
    cov = ctx.coverage
    if cov.explicit_points:
        missing = cov.unanswered
        if (missing and len(missing) < len(cov.points)) or (missing and cov.overall >= 0.2):
            p = missing[0]
            variant = "none_answered" if len(missing) == len(cov.points) else "points"
            return [hit(CODE, ctx.text, p.start, p.end, missing=len(missing), points=len(cov.points), variant=variant)]
    hollow = _answered_by_slogans(ctx)
    if hollow is not None:
        return [hit(CODE, ctx.text, hollow.start, hollow.end, missing=1, points=len(cov.points), variant="slogan_only")]
    left = _objects_left_out(ctx)
    if left is not None:
        a, b, how = left
        return [hit(CODE, ctx.text, a, b, missing=1, points=len(cov.points), left_out=how, variant="left_out")]
    part = _admitted_part(ctx)
    if part is not None:
        a, b, how = part
        return [hit(CODE, ctx.text, a, b, missing=1, points=len(cov.points), admitted=how, variant="admitted")]
    sub = _money_substitution(ctx) or _short_recovery(ctx)
    if sub is not None:
        a, b, how = sub
        return [hit(CODE, ctx.text, a, b, missing=1, points=len(cov.points), substitute=how, variant=how)]
    return []


FLAG = FlagSpec(CODE, order=3, check=check, judged=3)
