"""Comments (批注) as Word writes them: the user's own kept as they are, ours appended to the
comments part with ids none of theirs use (a counter, not a search per comment), each one's range
marked in the body around its runs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from lxml import etree

from checker.renderers.word.package import PackageError, serialise
from checker.renderers.word.wml import W_NS, add_text, new, sub, w, xml_safe

_ID = w("id")
_MARKERS = (w("commentRangeStart"), w("commentRangeEnd"), w("commentReference"))
ID_MAX = 2**31 - 1  # comment ids are 32-bit signed numbers to Word


def _ids(values: Iterator[str | None]) -> set[int]:
    out: set[int] = set()
    for value in values:
        try:
            out.add(int(value or ""))
        except ValueError:
            continue  # not a number: no id of ours can equal it
    return out


def _free(used: set[int]) -> Iterator[int]:
    """Ids after the largest one used; past what Word reads, the unused ones from 0."""
    n = max(used, default=-1) + 1
    while n <= ID_MAX:
        yield n
        n += 1
    n = 0
    while True:
        if n not in used:
            yield n
        n += 1


class Comments:
    """The comments part of a document whose body is ``body``: ``root`` as the package holds it,
    or None for a new part."""

    def __init__(self, root: etree._Element | None, body: etree._Element) -> None:
        if root is None:
            root = etree.Element(w("comments"), nsmap={"w": W_NS})
        elif root.tag != w("comments"):
            raise PackageError("cannot annotate: its comments relationship points at another part")
        self.root = root
        used = _ids(c.get(_ID) for c in root.iterchildren(w("comment")))
        used |= _ids(m.get(_ID) for m in body.iter(*_MARKERS))
        self._ids = _free(used)
        self.date = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def add(self, first: etree._Element, last: etree._Element, paragraphs: tuple[str, ...], *,
            author: str, initials: str) -> int:  # fmt: skip
        """A comment on the runs from ``first`` to ``last`` (inclusive), its first paragraph bold;
        returns its id."""
        cid = str(next(self._ids))
        comment = sub(self.root, "comment", {"id": cid, "author": author, "initials": initials, "date": self.date})
        for i, text in enumerate(paragraphs):
            p = sub(comment, "p")
            sub(sub(p, "pPr"), "pStyle", {"val": "CommentText"})
            if i == 0:  # the mark Word shows the comment's number on
                ref = sub(p, "r")
                sub(sub(ref, "rPr"), "rStyle", {"val": "CommentReference"})
                sub(ref, "annotationRef")
            r = sub(p, "r")
            if i == 0:
                sub(sub(r, "rPr"), "b")
            add_text(r, xml_safe(text))
        first.addprevious(new("commentRangeStart", {"id": cid}))
        reference = new("r")
        sub(sub(reference, "rPr"), "rStyle", {"val": "CommentReference"})
        sub(reference, "commentReference", {"id": cid})
        last.addnext(reference)
        last.addnext(new("commentRangeEnd", {"id": cid}))
        return int(cid)

    def xml(self) -> bytes:
        return serialise(self.root)
