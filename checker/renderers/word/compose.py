"""A new Word document from a text (for .txt, .md, .html and .pdf inputs): one paragraph per
line of the text as read, so its offsets carry over unchanged and comments can be placed."""

from __future__ import annotations

import io

from docx import Document as new_document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

from checker.renderers.word.wml import xml_safe

BODY_FONT = "宋体"  # SimSun: present wherever Chinese Word documents are read


def compose(text: str, title_line: int | None = None) -> bytes:
    """A .docx of ``text``'s lines (empty lines kept), ``title_line`` centred and bold."""
    document = new_document()
    normal = document.styles["Normal"]
    normal.font.size = Pt(12)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), BODY_FONT)
    for i, line in enumerate(xml_safe(text).split("\n")):
        paragraph = document.add_paragraph()
        if not line:
            continue
        run = paragraph.add_run(line)
        if i == title_line:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = True
            run.font.size = Pt(16)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
