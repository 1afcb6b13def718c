"""WordprocessingML in plain lxml: element names, what a run's children read as, and runs of text
made the way python-docx makes them (so Word, LibreOffice and the reader see what they always saw).
"""

from __future__ import annotations

import re

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_BREAKS = re.compile(r"([\t\r\n])")
# Characters XML 1.0 cannot hold (PDF text can carry form feeds and the like): shown as U+FFFD,
# one for one, so offsets stay put.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def w(tag: str) -> str:
    """The qualified name of a WordprocessingML element or attribute."""
    return f"{{{W_NS}}}{tag}"


_T, _TAB, _PTAB, _BR, _CR, _NB_HYPHEN, _TYPE = w("t"), w("tab"), w("ptab"), w("br"), w("cr"), w("noBreakHyphen"), w("type")


def xml_safe(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def child_text(el: etree._Element) -> str:
    """What one child of a ``w:r`` reads as, exactly as the reader takes it (``CT_R.text`` too):
    text, TAB for a tab, a newline for a line break, a hyphen for a non-breaking one, else nothing."""
    tag = el.tag
    if tag == _T:
        return el.text or ""
    if tag in (_TAB, _PTAB):
        return "\t"
    if tag == _BR:
        return "\n" if el.get(_TYPE, "textWrapping") == "textWrapping" else ""
    if tag == _CR:
        return "\n"
    if tag == _NB_HYPHEN:
        return "-"
    return ""


def run_text(r: etree._Element) -> str:
    return "".join(map(child_text, r))


def _qualified(attrs: dict[str, str] | None) -> dict[str, str]:
    return {w(k): v for k, v in attrs.items()} if attrs else {}


def new(tag: str, attrs: dict[str, str] | None = None) -> etree._Element:
    """A free-standing element that takes the ``w`` prefix of the tree it is put in."""
    return etree.Element(w(tag), _qualified(attrs), nsmap={"w": W_NS})


def sub(parent: etree._Element, tag: str, attrs: dict[str, str] | None = None) -> etree._Element:
    return etree.SubElement(parent, w(tag), _qualified(attrs))


def add_text(r: etree._Element, text: str) -> None:
    """``text`` into run ``r`` as python-docx's ``Run.text`` writes it: a TAB as ``w:tab``, a line
    break as ``w:br``, the rest in ``w:t`` (spaces at either end kept)."""
    for piece in _BREAKS.split(text):
        if not piece:
            continue
        if piece == "\t":
            sub(r, "tab")
        elif piece in ("\r", "\n"):
            sub(r, "br")
        else:
            t = sub(r, "t")
            t.text = piece
            if piece.strip() != piece:
                t.set(XML_SPACE, "preserve")
