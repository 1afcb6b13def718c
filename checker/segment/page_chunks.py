"""Pages of a document-sharing site: ``1、<page one's text>`` ``2、<page two's text>``.

Sites that show uploaded Word files (``…由会员分享，可在线阅读…``) number each page's text and run it
on as one paragraph; the number is the page's, not an item's, and a page may begin mid-sentence.
Such a line keeps its text but loses its marker (the page number stands outside its content), and
is noted as a page: the headings inside it are cut out one by one (a page holds (一) and the next
page (二)), and the page number is not taken for one.

A copy that lost the site's notice still shows its pages by their form (``pages_unsigned``): the
numbers run from the first line, every page but the last is long, and each page after the first
starts where the one before broke off mid-sentence (``…加大对各部门`` / ``2、负责人…``) — an item
never starts in the middle of its predecessor's sentence. There the pages are one running text:
each later page is joined to the one before, and the first loses its number.
"""

from __future__ import annotations

from checker.segment.document import BODY_PASSES, Doc
from checker.segment.lines import Line

_MIN_PAGE = 150  # a page's text runs long; a numbered item rarely does
_LOOK = 5  # the site's notice stands in the first lines
_SENTENCE_ENDS = "。！？；：!?;:…”」）)"  # a page that ends on one of these may be an item that ended


@BODY_PASSES.register("page_chunks")
def page_chunks(doc: Doc, body: list[Line]) -> list[Line]:
    site = doc.v.patterns.share_site
    signed = any(site.search(ln.content) for ln in doc.lines[: _LOOK * 2] if not ln.blank)
    if not signed and not doc.v.weights.layouts.pages_unsigned:
        return body
    pages = [k for k, ln in enumerate(body) if ln.marker is not None and ln.marker.family == "num" and ln.marker.text.endswith("、")]
    values = [body[k].marker.value for k in pages]  # type: ignore[union-attr]
    if len(pages) < 2 or values != list(range(1, len(pages) + 1)):
        return body
    if any(len(body[k].content) < _MIN_PAGE for k in pages[:-1]):
        return body
    if not signed:
        return _join_pages(doc, body, pages) if _broken_pages(body, pages) else body
    out = list(body)
    for k in pages:
        ln = body[k]
        a = ln.marker.end  # type: ignore[union-attr]
        out[k] = Line(ln.idx, ln.start, ln.end, a, doc.text[a : ln.end])
        doc.pages.add(ln.idx)
    return out


def _broken_pages(body: list[Line], pages: list[int]) -> bool:
    """Pages with no site notice: the first opens the text and every later one starts mid-sentence."""
    if pages[0] != 0:
        return False
    return all(body[k - 1].content.rstrip()[-1:] not in _SENTENCE_ENDS for k in pages[1:] if k > 0)


def _join_pages(doc: Doc, body: list[Line], pages: list[int]) -> list[Line]:
    """The pages run on into one another: one line from the first page's words to the last page's
    end (the page numbers inside stay words of the line, at no sentence start)."""
    first, last = body[pages[0]], body[pages[-1]]
    a = first.marker.end  # type: ignore[union-attr]
    joined = Line(first.idx, first.start, last.end, a, doc.text[a : last.end])
    doc.pages.add(first.idx)
    return [*body[: pages[0]], joined, *body[pages[-1] + 1 :]]
