"""A printed page's furniture: the running header and footer and the page number, which a PDF draws
on every page among the text and which are no part of the report.

A report printed from Word with a header (县卫健局文件) and a page number (— 1 —) would otherwise read
``县卫健局文件县卫生健康局关于…`` for its title, and a measure running over a page break would read
``…定期深入 — 1 — 县卫健局文件包抓…``. A line is furniture when it stands at the top or the bottom of
its page (the first or last two lines) and

* the same line — its digits aside, so that 第1页 and 第2页 are the same — stands at the same height
  on most pages (more than half of them, two at least), or
* it is a page number alone: ``— 1 —``, ``-1-``, ``第1页``, ``第1页 共3页``, ``1/3``, ``Page 1 of 3``.

A table's header row repeated on every page is not furniture (:func:`checker.read.pdf_tables.is_header_row`).

Once it is gone, a paragraph that ran over the page break is joined again
(:mod:`checker.read.pdf_paragraphs`). Tables are never furniture.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from checker.read.pdf_paragraphs import Line
from checker.read.pdf_tables import is_header_row

if TYPE_CHECKING:
    from checker.read.pdf_tables import Grid

_BAND = 2  # lines at the top and at the bottom of a page that may be its furniture
_SAME_HEIGHT = 4.0  # points: a line drawn again at this distance stands at the same place
_DASH = r"[-—–－―~～·•\s]"
_PAGE_NUMBER_RE = re.compile(
    rf"^\s*(?:{_DASH}+\d{{1,4}}{_DASH}+"  # — 1 —, -1-
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/、]?\s*共\s*\d{1,4}\s*页)?"  # 第1页, 第1页 共3页
    r"|共\s*\d{1,4}\s*页\s*[,，/、]?\s*第\s*\d{1,4}\s*页"  # 共3页 第1页
    r"|\d{1,4}\s*/\s*\d{1,4}"  # 1/3
    r"|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?)\s*$",  # Page 1 of 3
    re.IGNORECASE,
)
_DIGITS_RE = re.compile(r"\d+")
_SPACE_RE = re.compile(r"\s+")


def is_page_number(text: str) -> bool:
    """True for a line that is a page number and nothing else (``— 1 —``, ``第1页``, ``1/3``)."""
    return bool(_PAGE_NUMBER_RE.match(text))


def _key(line: Line) -> str:
    return _DIGITS_RE.sub("#", _SPACE_RE.sub("", line.text))


def _band(page: list[Line | Grid]) -> list[tuple[int, Line]]:
    """The lines at the top and the bottom of a page that may be furniture, by index."""
    lines = [(i, b) for i, b in enumerate(page) if isinstance(b, Line)]
    if not lines:
        return []
    top = [(i, b) for i, b in lines[:_BAND] if all(isinstance(x, Line) for x in page[:i])]
    bottom = [(i, b) for i, b in lines[-_BAND:] if all(isinstance(x, Line) for x in page[i + 1 :])]
    return list({i: (i, b) for i, b in [*top, *bottom]}.values())


def drop_furniture(pages: list[list[Line | Grid]]) -> list[list[Line | Grid]]:
    """Each page without its running header, footer and page number."""
    bands = [_band(page) for page in pages]
    seen: Counter[tuple[str, int]] = Counter()
    for band in bands:  # each line counted once per page, at its height in steps of _SAME_HEIGHT
        seen.update({(_key(ln), round(ln.top / _SAME_HEIGHT)) for _, ln in band if ln.text.strip()})

    def repeated(line: Line) -> bool:
        key, step = _key(line), round(line.top / _SAME_HEIGHT)
        count = sum(seen[(key, s)] for s in (step - 1, step, step + 1))
        return count >= 2 and count * 2 > len(pages) and not is_header_row(line)

    out: list[list[Line | Grid]] = []
    for page, band in zip(pages, bands, strict=True):
        gone = {i for i, line in band if is_page_number(line.text) or repeated(line)}
        out.append([block for i, block in enumerate(page) if i not in gone])
    return out
