"""A page that carries its report twice (a mirror that pasted the article again below itself):
the second copy of a run of paragraphs is dropped from the body, so its problems are not read
twice. A single repeated line (the same measure pasted under two findings) is content, and stays."""

from __future__ import annotations

from checker.segment.document import BODY_PASSES, Doc
from checker.segment.lines import Line

_MIN_RUN = 2  # paragraphs repeated in a row
_MIN_CHARS = 120  # … holding at least this much text


@BODY_PASSES.register("drop_repeats")
def drop_repeats(doc: Doc, body: list[Line]) -> list[Line]:
    first: dict[str, int] = {}
    for k, ln in enumerate(body):
        first.setdefault(ln.content, k)
    drop: set[int] = set()
    k = 0
    while k < len(body):
        i = first[body[k].content]
        if i >= k:
            k += 1
            continue
        n = 0
        while k + n < len(body) and i + n < k and body[i + n].content == body[k + n].content:
            n += 1
        if n >= _MIN_RUN and sum(len(body[k + m].content) for m in range(n)) >= _MIN_CHARS:
            drop.update(range(k, k + n))
            k += n
        else:
            k += 1
    return [ln for k, ln in enumerate(body) if k not in drop]
