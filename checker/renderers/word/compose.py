"""A new Word document from a text (for .txt, .md, .html and .pdf inputs): one paragraph per
line of the text as read, so its offsets carry over unchanged and comments can be placed.

python-docx gives the package and its styles; the paragraphs are appended to the body in one
pass (each of python-docx's own additions searches the body, which grows with every line)."""

from __future__ import annotations

import io

from docx import Document as new_document
from docx.oxml.ns import qn
from docx.shared import Pt

from checker.renderers.word.wml import add_text, sub, w, xml_safe

BODY_FONT = "宋体"  # SimSun: present wherever Chinese Word documents are read
TITLE_HALF_POINTS = "32"  # 16 pt


def compose(text: str, title_line: int | None = None) -> bytes:
    """A .docx of ``text``'s lines (empty lines kept), ``title_line`` centred and bold."""
    document = new_document()
    normal = document.styles["Normal"]
    normal.font.size = Pt(12)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), BODY_FONT)
    body = document.element.body
    section = body.find(w("sectPr"))  # the section's properties stay the body's last child
    if section is not None:
        body.remove(section)
    for i, line in enumerate(xml_safe(text).split("\n")):
        p = sub(body, "p")
        if not line:
            continue
        if i == title_line:
            sub(sub(p, "pPr"), "jc", {"val": "center"})
        r = sub(p, "r")
        if i == title_line:
            props = sub(r, "rPr")
            sub(props, "b")
            sub(props, "sz", {"val": TITLE_HALF_POINTS})
        add_text(r, line)
    if section is not None:
        body.append(section)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
