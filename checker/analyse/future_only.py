"""future_only — only promises offered as rectification.

What it does: in a report of what was done, fires when the measure speaks only of the future
(rubric lexicon ``future_markers``: 下一步将, 积极争取, 拟, 力争, 逐步 …) — at least
``min_future_share`` of its items promise and none reports anything done (lexicon
``done_markers``, pattern ``done_aspect``: 已, 完成, …了) and none acts before it promises: an
action clause with its object (开展/组织/完成…, lexicons ``report_verbs``/``action_verbs``) followed by
an aim (开展案卷评查，力争…) reports the act and states the aim; only 下一步将/拟/力争 with nothing
done is promise-only. Off for plans, which are future by nature.
Why an auditor cares: 表态多、行动少 — a promise is not a rectification.
Evidence: the first promising sentence.
"""

from __future__ import annotations

from checker.analyse.context import FindingContext, hit, per_finding, sentences
from checker.analyse.markers import ItemProfile
from checker.models import FlagHit

CODE = "future_only"


def acts_before_promise(ctx: FindingContext, p: ItemProfile) -> bool:
    """Some sentence of the item opens with an act (a report or action verb) before any promise word:
    the promise that follows (力争…) is the act's aim, not the whole answer."""
    acts = (ctx.c.lex("report_verbs"), ctx.c.lex("action_verbs"))
    for a, b in sentences(ctx.text, p.start, p.end):
        cut = min((fa for fa, _ in p.future if a <= fa < b), default=b)
        if cut - a >= 2 and any(rx.search(ctx.text, a, cut) for rx in acts):
            return True
    return False


@per_finding
def promise_only(ctx: FindingContext) -> bool:
    """The measure only promises, in a document kind where promises are judged (not a plan)."""
    if ctx.c.rubric.severity_for(CODE, ctx.kind) == "off":
        return False
    profs = ctx.profiles
    if not profs or any(p.done for p in profs) or any(acts_before_promise(ctx, p) for p in profs):
        return False
    future = [p for p in profs if p.future]
    return bool(future) and len(future) / len(profs) >= float(ctx.c.param(CODE, "min_future_share", 0.5))


def check(ctx: FindingContext) -> list[FlagHit]:
    if not promise_only(ctx):
        return []
    p = next(p for p in ctx.profiles if p.future)
    fa, fb = p.future[0]
    for a, b in sentences(ctx.text, p.start, p.end):
        if a <= fa < b:
            return [hit(CODE, ctx.text, a, b, promise=ctx.text[fa:fb])]
    return [hit(CODE, ctx.text, p.start, p.end, promise=ctx.text[fa:fb])]
