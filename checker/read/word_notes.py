"""Footnotes and endnotes, read where their reference mark stands.

An author sees a note's text at the foot of the page, called out by its mark in the sentence; a
finding or a measure may lean on it (整改完成¹ / ¹经县审计局复核). The reader writes the note's text
right after the run holding its mark, in brackets as a parenthetical (``……已整改完成（注：经县审计局
复核）。``; the note's own last full stop is left out, so the sentence goes on past it), and the
sentence and its note are read together: the evidence quoted from them is the text as read. The
reader and the annotated copy's text map both take it from :class:`DocumentNotes`, so their texts
stay equal.

A note's paragraphs are joined by a space, each read as Word shows it (tracked changes accepted).
A note is written at its first reference only: a mark that calls the same note again adds nothing,
so the text notes add is bounded by the notes parts themselves (each read only up to ``AUX_LIMIT``).
"""

from __future__ import annotations

import re

from docx.oxml.ns import qn
from lxml import etree

from checker.read.word_runs import paragraph_text

FOOTNOTES_PART, ENDNOTES_PART = "word/footnotes.xml", "word/endnotes.xml"
NOTE_OPEN, NOTE_CLOSE = "（注：", "）"
_P = qn("w:p")
_NOTES = {"footnote": qn("w:footnote"), "endnote": qn("w:endnote")}
_REFERENCES = {qn("w:footnoteReference"): "footnote", qn("w:endnoteReference"): "endnote"}
_ID = qn("w:id")
_SPACES = re.compile(r"\s+")
_LAST_STOP = re.compile(r"[。．.]+$")  # a note's own full stop: inside the brackets it would end the sentence


def _texts(kind: str, data: bytes | None) -> dict[tuple[str, str], str]:
    """The notes of one part by (kind, id), each its paragraphs on one line; none when the part is
    absent or unreadable (a damaged notes part costs its notes, never the document)."""
    if not data:
        return {}
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        return {}
    out: dict[tuple[str, str], str] = {}
    for note in root.iter(_NOTES[kind]):
        text = " ".join(paragraph_text(p) for p in note.iter(_P))
        out[(kind, note.get(_ID, ""))] = _LAST_STOP.sub("", _SPACES.sub(" ", text).strip())
    return out


class DocumentNotes:
    """A document's footnotes and endnotes, shown at their marks as the walk over the document
    reaches them (one walk per instance: a note is shown at its first mark only)."""

    def __init__(self, texts: dict[tuple[str, str], str]) -> None:
        self._texts = texts
        self._shown: set[tuple[str, str]] = set()

    @classmethod
    def parse(cls, footnotes_xml: bytes | None, endnotes_xml: bytes | None) -> DocumentNotes:
        return cls({**_texts("footnote", footnotes_xml), **_texts("endnote", endnotes_xml)})

    @property
    def empty(self) -> bool:
        return not self._texts

    def at(self, run: etree._Element) -> str:
        """What the marks in ``run`` show: each note's text in brackets, the first time it is called."""
        if not self._texts:
            return ""
        shown: list[str] = []
        for el in run:
            kind = _REFERENCES.get(el.tag)
            key = (kind, el.get(_ID, "")) if kind else None
            if key is None or key in self._shown or not self._texts.get(key):
                continue
            self._shown.add(key)
            shown.append(f"{NOTE_OPEN}{self._texts[key]}{NOTE_CLOSE}")
        return "".join(shown)
