"""formalism — the measure is slogans, meetings, documents or study, with no act on the problem.

What it does: profiles every measure item; an item is hollow when slogans, meetings, documents
and study words (rubric lexicons ``slogans``, ``meeting_words``, ``document_words``,
``study_words``) outnumber concrete acts and nothing in it is checkable (amount, count, date,
document number, named document or unit), or when every clause opens with an exhortation (rubric
lexicon ``exhortation_verbs``: 加强巡查，严厉打击，确保…持续向好) and nothing is done. Fires when no item is concrete and at least
``min_hollow_share`` of the items are hollow.
Why an auditor cares: 以会议落实会议、以文件落实文件、以学习代替整改 — 表态多、行动少 is the classic
paper rectification the CCDI names. A meeting or rule that is itself the fix, named and dated,
next to acts on the problem is fine: that item has markers, so it is concrete. A measure made only of
promises where promises are judged (future_only) is that flag's, not this one's as well.
With ``bare_fix_request`` (rubric pattern ``bare_fix_request``), a measure made only of a bare request to
fix (望各位根据实际情况及时进行整改; 我局已现场指出，要求严格抓好整改) is hollow too: it names no act, object or time
limit; an order that carries one (责令…, 限期, 下发整改通知书; pattern ``fix_order``) is left to the deadline rules.
Evidence: the most slogan-heavy sentence of the measure.
"""

from __future__ import annotations

import re

from checker.analyse.context import FindingContext
from checker.analyse.markers import HOLLOW_LEXICONS
from checker.analyse.readings import promise_only
from checker.analyse.scan import hit, sentences
from checker.flags import FlagSpec
from checker.models import FlagHit

CODE = "formalism"


_CLAUSE = re.compile(r"[^，,；;。！？!?\n]+")
_CLAUSE_END = re.compile(r"[，,；;。！？!?\n]")
_CLAUSE_EDGE = " \t\u3000“”\"'（）()"


def bare_fix_request(ctx: FindingContext) -> bool:
    """Is the measure only a bare request to fix (pattern ``bare_fix_request``: 望各位及时进行整改,
    已现场指出，要求严格抓好整改; one clause at least naming the fix, lexicon ``fix_request_words``), its topic
    aside (对存在的问题), with no order that carries a time limit or a notice (pattern ``fix_order``)? Such a
    request names nothing to be done about the problem."""
    m = ctx.measure
    if m is None or not ctx.c.param(CODE, "bare_fix_request", False):
        return False
    text, c = ctx.text, ctx.c
    if c.pat("fix_order").search(text, m.start, m.end):
        return False
    request, fix, topic, found = c.pat("bare_fix_request"), c.lex("fix_request_words"), c.v.patterns.measure_topic, False
    for cl in _CLAUSE.finditer(text, m.start, m.end):
        body = cl.group(0).strip(_CLAUSE_EDGE)
        if not body or topic.fullmatch(body):
            continue
        if not request.fullmatch(body):
            return False
        found = found or fix.search(body) is not None
    return found


def own_order(ctx: FindingContext) -> bool:
    """Does the measure give an order the rubric counts as an act (a word of pattern ``delegated_act`` that is
    also in lexicon ``action_verbs``: 责令其写出书面检查, 责令其立即整改)? The order is the unit's own act on
    those found at fault; only what it orders is asked of others. An order to exhort (责令各方进一步提高认识:
    a slogan or an exhortation verb in the ordered clause) orders nothing to be done and is no act."""
    m, c, text = ctx.measure, ctx.c, ctx.text
    if m is None or not c.param(CODE, "order_is_own_act", False):
        return False
    own, exhort = c.lex("action_verbs"), c.lex("exhortation_verbs")
    for d in c.pat("delegated_act").finditer(text, m.start, m.end):
        if not own.fullmatch(text, *d.span()):
            continue
        stop = _CLAUSE_END.search(text, d.end(), m.end)
        end = stop.start() if stop else m.end
        if not exhort.search(text, d.end(), end) and not any(c.lex(name).search(text, d.end(), end) for name in HOLLOW_LEXICONS):
            return True
    return False


def is_formalism(ctx: FindingContext) -> bool:
    profs = ctx.profiles
    if not profs or any(p.concrete for p in profs) or own_order(ctx):
        return False
    if bare_fix_request(ctx):
        return True
    if promise_only(ctx) and not all(p.exhortation_only for p in profs):
        # A promise of an act (将…进行改造) is judged as a promise (future_only), not as slogans too;
        # a promise of exhortations only (将进一步加强…，严格控制…) is slogans as well.
        return False
    hollow = sum(p.hollow for p in profs)
    return hollow / len(profs) >= float(ctx.c.param(CODE, "min_hollow_share", 0.6))


def check(ctx: FindingContext) -> list[FlagHit]:
    if not is_formalism(ctx):
        return []
    text, best, best_n = ctx.text, None, 0
    for p in ctx.profiles:
        for a, b in sentences(text, p.start, p.end):
            n = sum(len(ctx.c.lex(name).findall(text, a, b)) for name in HOLLOW_LEXICONS)
            if n > best_n:
                best, best_n = (a, b), n
    if best is None:
        best = (ctx.profiles[0].start, ctx.profiles[0].end)
    words = []
    for p in ctx.profiles:
        words += [text[a:b] for a, b in p.slogans]
    if not words:
        # made only of exhortations (加强巡查，严格把关): quote those verbs, not an empty list
        m = ctx.measure
        if m is not None:
            words = ctx.c.lex("exhortation_verbs").findall(text, m.start, m.end)
    return [hit(CODE, text, *best, slogans=list(dict.fromkeys(words[:4])) or "…")]


FLAG = FlagSpec(CODE, order=4, check=check, judged=1)
