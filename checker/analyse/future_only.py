"""future_only — only promises offered as rectification.

What it does: in a report of what was done, fires when the measure speaks only of the future
(rubric lexicon ``future_markers``: 下一步将, 积极争取, 拟, 力争, 逐步 …) — at least
``min_future_share`` of its items promise and none reports anything done (lexicon
``done_markers``, pattern ``done_aspect``: 已, 完成, …了). Off for plans, which are future by nature.
Why an auditor cares: 表态多、行动少 — a promise is not a rectification.
Evidence: the first promising sentence.
"""

from __future__ import annotations

from checker.analyse.context import FindingContext, hit, sentences
from checker.models import FlagHit

CODE = "future_only"


def check(ctx: FindingContext) -> list[FlagHit]:
    profs = ctx.profiles
    if not profs or any(p.done for p in profs):
        return []
    future = [p for p in profs if p.future]
    if not future or len(future) / len(profs) < float(ctx.c.param(CODE, "min_future_share", 0.5)):
        return []
    p = future[0]
    fa, fb = p.future[0]
    for a, b in sentences(ctx.text, p.start, p.end):
        if a <= fa < b:
            return [hit(CODE, ctx.text, a, b, promise=ctx.text[fa:fb])]
    return [hit(CODE, ctx.text, p.start, p.end, promise=ctx.text[fa:fb])]
