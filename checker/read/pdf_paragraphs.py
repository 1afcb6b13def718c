"""A PDF's lines joined back into the paragraphs they were typeset from, by their positions.

A PDF keeps no paragraphs, only lines placed on the page; its text copied line by line breaks every
sentence that crosses a line end — a finding's title is then cut where the line ended (at the
opening quote of ``针对“落实慢性病政策不到位…``). Typesetting says where paragraphs end:

* a line that stops short of the right margin ends its paragraph;
* a line indented at its start (a first-line indent), or opening with an enumerator (``一、``
  ``（一）`` ``1.``), begins one;
* a heading stays a paragraph of its own: a centred line, or a line whose type (size or weight)
  differs from the line before;
* a line whose characters leave a wide gap (a table row's cells) is never joined to another.

The margins are read from the lines themselves, page by page (a page with few lines uses the whole
document's): the left margin is where most lines start, the right one where full lines end. A
paragraph continues across a page break when nothing above says it ends. Joined lines meet without
a break (Chinese wraps anywhere); two Latin letters or digits meeting get the space the line end
took. Each paragraph is one line of the text.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass
from statistics import median
from typing import Any

from checker.text.enumerators import match_heading_marker

_RAGGED = 3.0  # a full line may stop this many characters short of the margin (no break before ”，。)
_INDENT = 0.8  # a line starting this many characters right of the margin is indented
_CENTRED = 2.0  # a centred line stops this many characters short of both margins
_GAP = 2.5  # characters of empty space inside a line that make it a table row
_SIZE_STEP = 0.5  # points of font size that make another type
_MIN_LONG = 8  # characters a line needs to say where the margins are
_MIN_LINES = 4  # lines a page needs to find its own margins


@dataclass(frozen=True)
class Line:
    """One line as typeset: its text, where it starts and ends, its type, whether it is a table row."""

    text: str
    x0: float
    x1: float
    size: float
    bold: bool
    gapped: bool


@dataclass(frozen=True)
class Margins:
    left: float
    right: float


def line_of(found: dict[str, Any]) -> Line:
    """A line of ``pdfplumber``'s ``extract_text_lines(return_chars=True)``."""
    chars = [c for c in found.get("chars", []) if str(c.get("text", "")).strip()]
    size = median(float(c.get("size", 0.0)) for c in chars) if chars else 0.0
    bold = sum("bold" in str(c.get("fontname", "")).lower() for c in chars) * 2 > len(chars)
    gap = _GAP * size if size else float("inf")
    gapped = any(float(b["x0"]) - float(a["x1"]) > gap for a, b in itertools.pairwise(chars))
    return Line(str(found["text"]), float(found["x0"]), float(found["x1"]), size, bold, gapped)


def margins(lines: list[Line], fallback: Margins | None = None) -> Margins | None:
    """Where the body's lines start and where its full lines end; ``fallback`` when too few lines
    say so (None: nothing can say it, and no line is joined)."""
    long = [ln for ln in lines if len(ln.text) >= _MIN_LONG and not ln.gapped and ln.size]
    return _margins_of(long) if len(long) >= _MIN_LINES else fallback


def _within(values: list[float], low: float, high: float) -> int:
    """How many of the sorted ``values`` lie in ``[low, high]``."""
    return bisect.bisect_right(values, high) - bisect.bisect_left(values, low)


def _margins_of(long: list[Line]) -> Margins:
    size = median(ln.size for ln in long)
    need = 2 if len(long) > 1 else 1  # a margin is where more than one line starts or ends
    starts = sorted(ln.x0 for ln in long)
    left = next(x for x in starts if _within(starts, x, x + _INDENT * size / 2) >= need or x == starts[-1])
    ends = sorted(ln.x1 for ln in long)
    supported = [e for e in ends if _within(ends, e - _RAGGED * size, e) >= need]
    return Margins(left, max(supported or ends))


def _continues(prev: Line, before: Margins, line: Line, now: Margins) -> bool:
    """Whether ``line`` (on a page of margins ``now``) goes on with the paragraph ``prev`` (margins
    ``before``) is in."""
    size = prev.size or line.size
    if not size or prev.gapped or line.gapped:
        return False
    if prev.x1 < before.right - _RAGGED * size or abs(before.right - now.right) > _RAGGED * size:
        return False  # ended short: the paragraph ended (or the next page is laid out otherwise)
    if line.x0 > now.left + _INDENT * size or _centred(prev, before):
        return False  # an indent, a centred heading
    if abs(prev.size - line.size) > _SIZE_STEP or prev.bold != line.bold:
        return False  # another type: a heading and its text
    return match_heading_marker(line.text) is None


def _centred(line: Line, m: Margins) -> bool:
    """Short of both margins, about as far from each (an indented full line is not centred)."""
    size = line.size or 1.0
    middle = (m.left + m.right) / 2
    inside = line.x0 > m.left + _CENTRED * size and line.x1 < m.right - _CENTRED * size
    return inside and abs((line.x0 + line.x1) / 2 - middle) < size


def _joined(a: str, b: str) -> str:
    """Two pieces of one paragraph: Latin words and numbers keep the space the line end took."""
    if a and b and a[-1].isascii() and a[-1].isalnum() and b[0].isascii() and b[0].isalnum():
        return f"{a} {b}"
    return a + b


def paragraphs(pages: list[list[Line]]) -> list[str]:
    """The document's paragraphs, in order, from each page's lines (top to bottom)."""
    whole = margins([ln for page in pages for ln in page])
    out: list[str] = []
    prev: tuple[Line, Margins] | None = None
    for page in pages:
        m = margins(page, whole)
        for line in page:
            if prev is not None and m is not None and _continues(prev[0], prev[1], line, m):
                out[-1] = _joined(out[-1], line.text)
            else:
                out.append(line.text)
            prev = (line, m) if m is not None else None
    return out
