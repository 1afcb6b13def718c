"""A PDF's lines joined back into the paragraphs they were typeset from, by their positions.

A PDF keeps no paragraphs, only lines placed on the page; its text copied line by line breaks every
sentence that crosses a line end — a finding's title is then cut where the line ended (at the
opening quote of ``针对“落实慢性病政策不到位…``). Typesetting says where paragraphs end:

* a line that stops short of the right margin ends its paragraph;
* a line indented at its start (a first-line indent), or opening with an enumerator (``一、``
  ``（一）`` ``1.``), begins one;
* a heading stays a paragraph of its own: a centred line, or a line whose type (size or weight)
  differs from the line before;
* a line whose characters leave a wide gap (a table row's cells) is never joined to another; when
  it stands apart in three or more groups (the cells of a table that could not be rebuilt), the
  groups are parted by a TAB, as a table's cells are, never run together with spaces.

The margins are read from the lines themselves, page by page (a page with few lines uses the whole
document's): the left margin is where most lines start, the right one where full lines end (a page
with a single full line still ends it at the document's margin). A paragraph continues across a page
break when nothing above says it ends; a title in its own type that wraps goes on into its centred
last line. Joined lines meet without a break (Chinese wraps anywhere); two Latin letters or digits
meeting get the space the line end took. Each paragraph is one line of the text; a table read from
the page (:mod:`checker.read.pdf_tables`) stands between them as it is, never joined to a line.

A typesetter puts a little room between Chinese and Latin letters or digits (``6 月底前``,
``达到 100%``); the text a PDF gives shows it as a space the author never typed, so a single space
between a Han character (or CJK punctuation: ``， 2024年``) and a digit, a Latin letter or ``%`` is
dropped, on either side (:func:`close_spaces`). A space the author typed there is dropped too: the
PDF cannot tell the two apart.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from statistics import median
from typing import Any, TypeVar

from checker.text.enumerators import match_heading_marker

Block = TypeVar("Block")  # what else a page holds between its lines (a table): kept where it stands

_RAGGED = 3.0  # a full line may stop this many characters short of the margin (no break before ”，。)
_INDENT = 0.8  # a line starting this many characters right of the margin is indented
_CENTRED = 2.0  # a centred line stops this many characters short of both margins
_GAP = 2.5  # characters of empty space inside a line that make it a table row
_SIZE_STEP = 0.5  # points of font size that make another type
_MIN_LONG = 8  # characters a line needs to say where the margins are
_MIN_LINES = 4  # lines a page needs to find its own margins
_CELLS = 3  # groups of a wide-gapped line that are read as cells parted by TABs
_SPACE_GAP = 3.0  # points between two glyphs that read as a space (pdfplumber's x_tolerance)
# Han characters, and the CJK punctuation and full-width forms set beside them (，。、《》（）).
_HAN = "\u3001-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff60"
# One space a typesetter's room between Han and Latin letters, digits or % became (not two: a gap).
_HAN_SPACE_RE = re.compile(f"(?<=[{_HAN}]) (?=[0-9A-Za-z%％])|(?<=[0-9A-Za-z%％]) (?=[{_HAN}])")


@dataclass(frozen=True)
class Glyph:
    """One character drawn: where it starts and ends across the line, and what it is."""

    x0: float
    x1: float
    text: str


@dataclass(frozen=True)
class Line:
    """One line as typeset: its text, where it starts and ends, its type, whether it is a table row,
    how high it stands on its page (``top``, ``bottom``: points from the page's top) and its glyphs."""

    text: str
    x0: float
    x1: float
    size: float
    bold: bool
    gapped: bool
    top: float = 0.0
    bottom: float = 0.0
    glyphs: tuple[Glyph, ...] = field(default=(), repr=False, compare=False)


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
    glyphs = tuple(Glyph(float(c["x0"]), float(c["x1"]), str(c["text"])) for c in chars)
    return Line(str(found["text"]), float(found["x0"]), float(found["x1"]), size, bold, gapped,
                float(found.get("top", 0.0)), float(found.get("bottom", 0.0)), glyphs)  # fmt: skip


def spaced(glyphs: list[Glyph]) -> str:
    """Glyphs as text, a space where they stand apart (pdfplumber's ``x_tolerance``, 3 points)."""
    out = ""
    for i, g in enumerate(glyphs):
        if i and g.x0 - glyphs[i - 1].x1 > _SPACE_GAP:
            out += " "
        out += g.text
    return out


def line_text(line: Line) -> str:
    """The line's text; a line standing apart in three or more groups (cells) has them parted by a TAB."""
    if not line.gapped or not line.glyphs or not line.size:
        return line.text
    groups = glyph_groups(line, _GAP)
    return "\t".join(spaced(group) for group in groups) if len(groups) >= _CELLS else line.text


def glyph_groups(line: Line, gap: float) -> list[list[Glyph]]:
    """The line's glyphs left to right, in groups parted by more than ``gap`` characters of space."""
    groups: list[list[Glyph]] = []
    for g in sorted(line.glyphs, key=lambda g: g.x0):
        if groups and g.x0 - groups[-1][-1].x1 <= gap * line.size:
            groups[-1].append(g)
        else:
            groups.append([g])
    return groups


def close_spaces(text: str) -> str:
    """``对 2017 年以来`` → ``对2017年以来``: the room a typesetter leaves between Han characters and
    Latin letters, digits or % is not a space the author typed (two spaces or more are kept)."""
    return _HAN_SPACE_RE.sub("", text)


def margins(lines: list[Line], fallback: Margins | None = None) -> Margins | None:
    """Where the body's lines start and where its full lines end; ``fallback`` when too few lines
    say so (None: nothing can say it, and no line is joined)."""
    long = [ln for ln in lines if len(ln.text) >= _MIN_LONG and not ln.gapped and ln.size]
    return _margins_of(long, fallback) if len(long) >= _MIN_LINES else fallback


def _within(values: list[float], low: float, high: float) -> int:
    """How many of the sorted ``values`` lie in ``[low, high]``."""
    return bisect.bisect_right(values, high) - bisect.bisect_left(values, low)


def _margins_of(long: list[Line], whole: Margins | None = None) -> Margins:
    size = median(ln.size for ln in long)
    need = 2 if len(long) > 1 else 1  # a margin is where more than one line starts or ends
    starts = sorted(ln.x0 for ln in long)
    left = next(x for x in starts if _within(starts, x, x + _INDENT * size / 2) >= need or x == starts[-1])
    ends = sorted(ln.x1 for ln in long)
    # A page's one full line still ends at the document's margin: its short lines are not full ones.
    supported = [e for e in ends if _within(ends, e - _RAGGED * size, e) >= need
                 or (whole is not None and abs(e - whole.right) <= _RAGGED * size)]  # fmt: skip
    return Margins(left, max(supported or ends))


def _continues(prev: Line, before: Margins, line: Line, now: Margins, body: tuple[float, bool] | None = None) -> bool:
    """Whether ``line`` (on a page of margins ``now``) goes on with the paragraph ``prev`` (margins
    ``before``) is in; ``body`` is the type most lines are set in."""
    size = prev.size or line.size
    if not size or prev.gapped or line.gapped:
        return False
    if prev.x1 < before.right - _RAGGED * size or abs(before.right - now.right) > _RAGGED * size:
        return False  # ended short: the paragraph ended (or the next page is laid out otherwise)
    if abs(prev.size - line.size) > _SIZE_STEP or prev.bold != line.bold:
        return False  # another type: a heading and its text
    if _centred(prev, before):
        return False  # a centred heading
    if line.x0 > now.left + _INDENT * size:
        # An indent; but a title in a type of its own wraps into a centred last line.
        return _centred(line, now) and body is not None and _type(prev) != body
    return match_heading_marker(line.text) is None


def _type(line: Line) -> tuple[float, bool]:
    return round(line.size * 2) / 2, line.bold


def body_type(lines: list[Line]) -> tuple[float, bool] | None:
    """The type (size, weight) most long lines are set in: the body's."""
    counts = Counter(_type(ln) for ln in lines if len(ln.text) >= _MIN_LONG and ln.size and not ln.gapped)
    return counts.most_common(1)[0][0] if counts else None


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


def paragraphs(pages: list[list[Line | Block]]) -> list[str | Block]:
    """The document's paragraphs, in order, from each page's lines (top to bottom); a table stays
    where it stands, between them."""
    all_lines = [ln for page in pages for ln in page if isinstance(ln, Line)]
    whole = margins(all_lines)
    body = body_type(all_lines)
    out: list[str | Block] = []
    prev: tuple[Line, Margins] | None = None
    for page in pages:
        m = margins([ln for ln in page if isinstance(ln, Line)], whole)
        for line in page:
            if not isinstance(line, Line):
                out.append(line)
                prev = None
                continue
            last = out[-1] if out else None
            if isinstance(last, str) and prev is not None and m is not None and _continues(prev[0], prev[1], line, m, body):
                out[-1] = _joined(last, line.text)
            else:
                out.append(line_text(line))
            prev = (line, m) if m is not None else None
    return out
