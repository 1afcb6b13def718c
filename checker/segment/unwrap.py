"""Hard-wrapped text (copied out of a PDF, or from a page that kept the PDF's line breaks) joined back
into paragraphs.

A document is hard-wrapped when many of its lines end at about the same width; there a line that
reaches the width and is followed, with no blank line between, by one that does not open a heading
continues the same paragraph. Lines are only regrouped: every offset stays as it was, and a joined
line's content keeps its inner line breaks.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from checker.segment.document import BODY_PASSES, Doc
from checker.segment.lines import Line
from checker.segment.roles import role_of

_MIN_LINE = 12  # shorter lines (headings, signatures) say nothing about the wrap width
_MIN_WRAPPED = 4  # at least this many lines at the width before the text counts as wrapped
_SLACK = 2  # a line may stop a character or two short of the width (a full-width character did not fit)
_ENDS = "。！？；!?;"  # a line ending a sentence ends its paragraph as far as we can tell (a colon does not)
_SPLIT_HEAD = 8  # each half of a heading split over two lines is a word or two
_SECTION_ROLES = ("problems", "measures", "mixed", "next_steps")


def _pipe_row(content: str) -> bool:
    """A table row a web page flattened to ``| … | … |``: a whole row, whatever its length."""
    c = content.strip()
    return len(c) > 1 and c.startswith("|") and c.endswith("|")


def wrap_width(body: list[Line], pipe_rows: bool = False) -> int | None:
    """The width the text was wrapped at, or None when it was not hard-wrapped: many lines end at
    about one width, mostly in mid-sentence, and hardly any is longer. With ``pipe_rows``, the rows
    of a pipe table (of one length when their cells are) say nothing of a wrap either."""
    long_lines = [
        ln.content for ln in body
        if len(ln.content) >= _MIN_LINE and "\t" not in ln.content and not (pipe_rows and _pipe_row(ln.content))
    ]
    lengths = [len(c) for c in long_lines]
    if len(lengths) < _MIN_WRAPPED:
        return None
    counts = Counter(lengths)
    best_w, best_n = 0, 0
    for w in counts:
        n = sum(counts.get(w - d, 0) for d in range(_SLACK + 1))
        if n > best_n or (n == best_n and w > best_w):
            best_w, best_n = w, n
    # Wrapped text has many lines at the width and none (or almost none) beyond it.
    longer = sum(1 for x in lengths if x > best_w)
    if best_n < max(_MIN_WRAPPED, len(lengths) // 4) or longer > len(lengths) // 10:
        return None
    at_width = [c for c in long_lines if best_w - _SLACK <= len(c) <= best_w]
    if sum(c[-1] not in _ENDS for c in at_width) * 2 < len(at_width):
        return None  # lines of one length that end sentences: a list, not wrapped prose
    return best_w


def _heading_fills_width(heading_end: re.Pattern[str], line: Line) -> bool:
    """An enumerated heading that happens to end at the width (…的整改情况, …方面): the next line
    does not continue it."""
    c = line.content
    return line.marker is not None and "\n" not in c and "。" not in c and bool(heading_end.search(c))


def _double_spaced(body: list[Line]) -> bool:
    """Every line followed by one blank line (some PDF viewers copy text so): there a single blank
    line is a line break, not a paragraph break."""
    steps = [b.idx - a.idx for a, b in itertools.pairwise(body)]
    return len(steps) >= _MIN_WRAPPED and sum(s == 2 for s in steps) >= 0.8 * len(steps)


def _split_heading(doc: Doc, head: Line, tail: Line) -> bool:
    """``二、整改`` over ``措施：``: a numbered line of a word or two, then, on the very next line, a
    word or two and a colon; neither half names a section, the two together do."""
    if head.marker is None or tail.marker is not None or tail.idx != head.idx + 1:
        return False
    first, second = head.body.strip(), tail.content
    if not first or len(first) > _SPLIT_HEAD or len(second) > _SPLIT_HEAD or second[-1] not in "：:":
        return False
    if any(p in first for p in "。；，：:"):
        return False
    v = doc.v
    return (
        role_of(v, first) not in _SECTION_ROLES
        and role_of(v, second) not in _SECTION_ROLES
        and role_of(v, first + second) in _SECTION_ROLES
    )


def join_split_headings(doc: Doc, body: list[Line]) -> list[Line]:
    """Headings a page broke after their first word, joined back into one line."""
    out: list[Line] = []
    for ln in body:
        prev = out[-1] if out else None
        if prev is not None and _split_heading(doc, prev, ln):
            out[-1] = Line(prev.idx, prev.start, ln.end, prev.cstart, doc.text[prev.cstart : ln.end], prev.marker)
        else:
            out.append(ln)
    return out


@BODY_PASSES.register("unwrap")
def unwrap(doc: Doc, body: list[Line]) -> list[Line]:
    text, heading_end = doc.text, doc.v.patterns.wrapped_heading_end
    if doc.v.weights.layouts.split_headings:
        body = join_split_headings(doc, body)
    pipe_rows = doc.v.weights.layouts.pipe_rows_unwrapped
    width = wrap_width(body, pipe_rows)
    if width is None:
        return body
    step = 2 if _double_spaced(body) else 1
    out: list[Line] = []
    last_len = 0  # length of the last physical line of the paragraph being built
    prev_idx = -2
    for ln in body:
        prev = out[-1] if out else None
        if (
            prev is not None
            and ln.idx == prev_idx + step  # no blank line between: the same paragraph
            and last_len >= width - _SLACK
            and prev.content[-1] not in _ENDS
            and not _heading_fills_width(heading_end, prev)
            and ln.marker is None
            and not (pipe_rows and _pipe_row(prev.content) and ln.content.startswith("|"))  # a row after a row
        ):
            out[-1] = Line(prev.idx, prev.start, ln.end, prev.cstart, text[prev.cstart : ln.end], prev.marker)
        else:
            out.append(ln)
        last_len = len(ln.content)
        prev_idx = ln.idx
    return out
