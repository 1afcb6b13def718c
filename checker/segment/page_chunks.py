"""Pages of a document-sharing site: ``1、<page one's text>`` ``2、<page two's text>``.

Sites that show uploaded Word files (``…由会员分享，可在线阅读…``) number each page's text and run it
on as one paragraph; the number is the page's, not an item's, and a page may begin mid-sentence.
Such a line keeps its text but loses its marker (the page number stands outside its content), and
is noted as a page: the headings inside it are cut out one by one (a page holds (一) and the next
page (二)), and the page number is not taken for one.
"""

from __future__ import annotations

from checker.segment.document import BODY_PASSES, Doc
from checker.segment.lines import Line

_MIN_PAGE = 150  # a page's text runs long; a numbered item rarely does
_LOOK = 5  # the site's notice stands in the first lines


@BODY_PASSES.register("page_chunks")
def page_chunks(doc: Doc, body: list[Line]) -> list[Line]:
    site = doc.v.patterns.share_site
    if not any(site.search(ln.content) for ln in doc.lines[: _LOOK * 2] if not ln.blank):
        return body
    pages = [k for k, ln in enumerate(body) if ln.marker is not None and ln.marker.family == "num" and ln.marker.text.endswith("、")]
    values = [body[k].marker.value for k in pages]  # type: ignore[union-attr]
    if len(pages) < 2 or values != list(range(1, len(pages) + 1)):
        return body
    if any(len(body[k].content) < _MIN_PAGE for k in pages[:-1]):
        return body
    out = list(body)
    for k in pages:
        ln = body[k]
        a = ln.marker.end  # type: ignore[union-attr]
        out[k] = Line(ln.idx, ln.start, ln.end, a, doc.text[a : ln.end])
        doc.pages.add(ln.idx)
    return out
