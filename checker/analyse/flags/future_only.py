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

from checker.analyse.context import FindingContext
from checker.analyse.readings import promise_only
from checker.analyse.scan import hit, sentences
from checker.flags import FlagSpec
from checker.models import FlagHit

CODE = "future_only"


def check(ctx: FindingContext) -> list[FlagHit]:
    if not promise_only(ctx):
        return []
    p = next(p for p in ctx.profiles if p.future)
    fa, fb = p.future[0]
    for a, b in sentences(ctx.text, p.start, p.end):
        if a <= fa < b:
            return [hit(CODE, ctx.text, a, b, promise=ctx.text[fa:fb])]
    return [hit(CODE, ctx.text, p.start, p.end, promise=ctx.text[fa:fb])]


FLAG = FlagSpec(CODE, order=9, check=check, judged=5)
