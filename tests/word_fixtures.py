"""Word files as auditors send them, composed from the seed texts, and readers for what the
annotated copy holds (comments, their anchored text, each character's formatting)."""

from __future__ import annotations

import re
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import RGBColor

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PIECE = 7  # characters per run: evidence starts and ends inside runs


def _formatted_runs(paragraph, line: str, index: int) -> None:
    """The line in runs of PIECE characters, bold label first, alternating italic and colour."""
    label = re.match(r"^[^:：]{2,8}[:：]", line)
    pos = 0
    if label:
        paragraph.add_run(label.group(0)).bold = True
        pos = label.end()
    n = 0
    while pos < len(line):
        run = paragraph.add_run(line[pos : pos + PIECE])
        run.italic = (n + index) % 3 == 0
        if n % 2:
            run.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        pos += PIECE
        n += 1


def _hyperlinked(paragraph, line: str) -> None:
    """The line's text inside a w:hyperlink (two runs), as pasted from a web page."""
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), "top")
    for part in (line[: len(line) // 2], line[len(line) // 2 :]):
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = part
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        r.append(t)
        link.append(r)
    paragraph._p.append(link)


def seed_docx(text: str, path: Path) -> Path:
    """The text as an auditor's .docx: a header, the title centred, numbered items in the
    List Number style, every line in several differently formatted runs, one line a hyperlink."""
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "内部资料 注意保存"
    lines = text.split("\n")
    title_at = next(i for i, line in enumerate(lines) if line.strip())
    linked = False
    for i, line in enumerate(lines):
        style = "List Number" if re.match(r"^\d+[.、．]", line) else None
        paragraph = document.add_paragraph(style=style)
        if i == title_at:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if not linked and i > title_at and 10 < len(line) < 60 and not re.search(r"[:：]", line):
            _hyperlinked(paragraph, line)
            linked = True
            continue
        _formatted_runs(paragraph, line, i)
    document.save(str(path))
    return path


def comments(path: Path) -> dict[int, dict[str, str]]:
    """Comment id → author, initials and text (paragraphs joined by newlines)."""
    document = docx.Document(str(path))
    return {
        c.comment_id: {"author": c.author, "initials": c.initials or "", "text": c.text} for c in document.comments
    }


def anchored_texts(path: Path) -> dict[int, str]:
    """Comment id → the text of the runs between its range start and end, in document order
    (text of the runs only: the breaks between paragraphs and cells are not counted)."""
    body = docx.Document(str(path)).element.body
    open_ids: set[int] = set()
    texts: dict[int, str] = {}
    for el in body.iter():
        if el.tag == f"{W}commentRangeStart":
            open_ids.add(int(el.get(f"{W}id")))
            texts.setdefault(int(el.get(f"{W}id")), "")
        elif el.tag == f"{W}commentRangeEnd":
            open_ids.discard(int(el.get(f"{W}id")))
        elif el.tag == f"{W}r" and open_ids:
            for cid in open_ids:
                texts[cid] += el.text
    return texts


def anchor_cells(path: Path) -> dict[int, tuple[str | None, str | None]]:
    """Comment id → the text of the table cell holding its range start and its range end (None outside tables)."""
    body = docx.Document(str(path)).element.body

    def cell_text(el) -> str | None:
        tc = next((a for a in el.iterancestors(f"{W}tc")), None)
        return None if tc is None else "".join(t.text or "" for t in tc.iter(f"{W}t"))

    out: dict[int, list[str | None]] = {}
    for el in body.iter(f"{W}commentRangeStart", f"{W}commentRangeEnd"):
        cid = int(el.get(f"{W}id"))
        slot = out.setdefault(cid, [None, None])
        slot[0 if el.tag.endswith("Start") else 1] = cell_text(el)
    return {k: (v[0], v[1]) for k, v in out.items()}


def char_formats(path: Path) -> list[list[tuple[str, bool, bool, str]]]:
    """Per body paragraph, each character with its run's bold, italic and colour."""
    document = docx.Document(str(path))
    out = []
    for p in document.paragraphs:
        chars = []
        for item in p.iter_inner_content():
            runs = [item] if hasattr(item, "bold") else item.runs
            for run in runs:
                color = str(run.font.color.rgb) if run.font.color and run.font.color.type else ""
                chars += [(ch, bool(run.bold), bool(run.italic), color) for ch in run.text]
        out.append(chars)
    return out


_DRAWING_NS = (
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
FOOTNOTE = "详见附件。"
TEXT_BOX = "文本框：以上两项由办公室牵头。"
AUTHOR_COMMENT = ("张审核", "请核对问题表述。")
_FOOTNOTES_XML = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {nsdecls("w")}>'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
    "</w:p></w:footnote>"
    '<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr>'
    '<w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
    f'<w:r><w:t xml:space="preserve"> {FOOTNOTE}</w:t></w:r></w:p></w:footnote></w:footnotes>'
)


def _tracked(kind: str, text: str) -> OxmlElement:
    """A tracked insertion (``w:ins``) or deletion (``w:del``) of ``text`` by a reviewer."""
    tag = "w:delText" if kind == "del" else "w:t"
    mark = f'w:id="{11 if kind == "ins" else 12}" w:author="审核人" w:date="2024-05-01T00:00:00Z"'
    return parse_xml(
        f'<w:{kind} {nsdecls("w")} {mark}><w:r><{tag} xml:space="preserve">{text}</{tag}></w:r></w:{kind}>'
    )


def _text_box(text: str) -> OxmlElement:
    """A run holding a text box, as Word writes one: the drawing, and the VML picture for older readers."""
    content = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    return parse_xml(
        f'<w:r {nsdecls("w")} {_DRAWING_NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f"<wps:wsp><wps:txbx>{content}</wps:txbx></wps:wsp></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox>{content}</v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


def draft_with_markup_docx(path: Path) -> Path:
    """A draft as it comes back from review: a tracked insertion and deletion in a measure, a footnote
    called from a measure's sentence, a text box, and a reviewer's own comment on a finding."""
    document = docx.Document()
    document.add_paragraph("关于巡察反馈问题整改情况的报告")
    finding = document.add_paragraph("1.针对“食堂采购台账不全”的问题。")
    claim = document.add_paragraph("整改情况：已全面整改到位")
    claim._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                              '<w:footnoteReference w:id="1"/></w:r>'))  # fmt: skip
    claim.add_run("，取得明显成效。")
    document.add_paragraph("2.针对“公务用车管理不规范”的问题。")
    revised = document.add_paragraph("整改情况：")
    revised._p.append(_tracked("ins", "修订《公务用车管理办法》，"))
    revised._p.append(_tracked("del", "研究制定制度，"))
    revised.add_run("高度重视，加强学习。")
    document.add_paragraph("附：说明")._p.append(_text_box(TEXT_BOX))
    document.add_comment(finding.runs, text=AUTHOR_COMMENT[1], author=AUTHOR_COMMENT[0], initials="张")
    footnotes = Part(PackURI("/word/footnotes.xml"),
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                     _FOOTNOTES_XML.encode("utf-8"), document.part.package)  # fmt: skip
    document.part.relate_to(footnotes, RT.FOOTNOTES)
    document.save(str(path))
    return path
