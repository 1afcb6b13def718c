"""Composed input files for the reader tests: Word plans, PDFs, pages and broken files."""

from __future__ import annotations

import io
import os
import subprocess
import zipfile
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from fpdf import FPDF

PLAN_HEADER = ["序号", "问题", "整改措施", "责任单位", "整改时限"]
PLAN_ROWS = [
    ["1", "党组会议记录不规范，部分议题无表决情况", "修订党组议事规则，逐项补记表决情况", "办公室", "2024年3月底前"],
    ["2", "专项资金拨付滞后", "建立拨付台账，每月通报进度", "财务股", "长期坚持"],
    ["3", "政府采购未执行比价程序", "开展采购专项检查", "财务股", ""],
]
INTRO = "某县卫生健康局关于县委巡察反馈意见的整改方案"
PREAMBLE = "为切实抓好县委第八巡察组反馈问题的整改落实，制定本方案。"
CLOSING = "各责任单位要按照时限要求抓好落实，确保整改到位。"

REPORT_TEXT = (
    "关于县委巡察组反馈意见整改情况的通报\n"
    "一、关于“党的建设弱化”方面\n"
    "1.问题：党组会议记录不规范。\n"
    "整改情况：已修订《党组议事规则》，补记表决情况12项。\n"
    "整改时限：2024年3月底前\n"
    "2.问题：专项资金拨付滞后。\n"
    "整改情况：建立拨付台账，已整改完成。\n"
)


def plan_docx(path: Path, merge_owner: bool = False, span_title: bool = False) -> Path:
    """A plan: title and preamble paragraphs, the 序号|问题|整改措施|责任单位|整改时限 table, a closing line.

    ``merge_owner`` merges 责任单位 of rows 2 and 3 vertically (the value is 财务股 for both);
    ``span_title`` adds a title row whose one cell spans all five columns.
    """
    document = docx.Document()
    document.add_paragraph(INTRO)
    document.add_paragraph(PREAMBLE)
    rows = [PLAN_HEADER, *PLAN_ROWS]
    table = document.add_table(rows=len(rows) + (1 if span_title else 0), cols=len(PLAN_HEADER))
    first = 0
    if span_title:
        merged = table.cell(0, 0).merge(table.cell(0, len(PLAN_HEADER) - 1))
        merged.text = "整改任务清单"
        first = 1
    for row, values in zip(table.rows[first:], rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    if merge_owner:
        top = first + 2
        table.cell(top + 1, 3).text = ""
        table.cell(top, 3).merge(table.cell(top + 1, 3))
    document.add_paragraph(CLOSING)
    document.save(str(path))
    return path


def wrap_in_content_control(path: Path, text: str) -> Path:
    """A .docx whose only paragraph sits inside a content control (w:sdt)."""
    document = docx.Document()
    paragraph = document.add_paragraph(text)
    sdt, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    paragraph._p.addprevious(sdt)
    sdt.append(content)
    content.append(paragraph._p)
    document.save(str(path))
    return path


def _element(tag: str, *children: object, **attrs: str) -> OxmlElement:
    el = OxmlElement(tag)
    for name, value in attrs.items():
        el.set(qn(f"w:{name}"), value)
    for child in children:
        el.append(child)
    return el


def _text_run(text: str, deleted: bool = False) -> OxmlElement:
    t = _element("w:delText" if deleted else "w:t")
    t.text = text
    return _element("w:r", t)


def form_plan_docx(path: Path) -> Path:
    """The plan of ``plan_docx`` as a form template and review leave it; Word shows the same text.

    Each 责任单位 and 整改时限 is typed into a content control (an empty one shows its placeholder
    prompt), each 整改措施 is a tracked insertion after the deleted draft wording and a passage
    moved away, and each 序号 is the result of a SEQ field whose code holds a nested field.
    """
    plan_docx(path)
    document = docx.Document(str(path))
    for row in document.tables[0].rows[1:]:
        serial, _, measure, *fields = (cell.paragraphs[0]._p for cell in row.cells)
        for p in fields:
            runs = p.findall(qn("w:r"))
            props = _element("w:sdtPr", _element("w:alias", val="责任单位"))
            if not runs:  # an empty field: the template's prompt shows
                props.append(_element("w:showingPlcHdr"))
                runs = [_text_run("单击或点击此处输入文字。")]
            p.append(_element("w:sdt", props, _element("w:sdtContent", *runs)))
        runs = measure.findall(qn("w:r"))
        measure.append(_element("w:del", _text_run("拟研究制定措施", deleted=True), id="1", author="审核人"))
        measure.append(_element("w:moveFrom", _text_run("（移至附件）"), id="2", author="审核人"))
        measure.append(_element("w:ins", *runs, id="3", author="审核人"))
        value = serial.findall(qn("w:r"))
        code = _element("w:instrText")
        code.text = " SEQ 序号 \\* ARABIC "
        inner_code = _element("w:instrText")
        inner_code.text = " PAGE "
        marks = [_element("w:r", _element("w:fldChar", fldCharType=kind)) for kind in ("begin", "separate", "end")]
        inner = [_element("w:r", _element("w:fldChar", fldCharType=kind)) for kind in ("begin", "separate", "end")]
        serial.extend([marks[0], _element("w:r", code), inner[0], _element("w:r", inner_code), inner[1],
                       _text_run("9"), inner[2], marks[1], *value, marks[2]])  # fmt: skip
    document.save(str(path))
    return path


def _cjk_truetype_font() -> Path | None:
    """A CJK font with TrueType outlines (fpdf2's CFF output is not readable by pdfminer)."""
    candidates = [
        Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
        Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
        Path("/usr/share/fonts/truetype/arphic/uming.ttc"),
    ]
    try:
        listed = subprocess.run(
            ["fc-list", ":lang=zh", "file"], capture_output=True, text=True, timeout=10, check=False
        ).stdout
        candidates += [Path(line.rstrip(": ")) for line in listed.splitlines() if line.strip()]
    except (OSError, subprocess.SubprocessError):
        pass
    for font in candidates:
        if font.suffix.lower() in (".ttf", ".ttc") and font.exists() and _has_glyf(font):
            return font
    return None


def _has_glyf(font: Path) -> bool:
    from fontTools.ttLib import TTCollection, TTFont

    if font.suffix.lower() == ".ttc":
        faces = TTCollection(str(font), lazy=True).fonts
        return bool(faces) and "glyf" in faces[0]
    return "glyf" in TTFont(str(font), lazy=True)


CJK_FONT = _cjk_truetype_font()


def text_pdf(path: Path, pages: list[str], cjk: bool = False) -> Path:
    """A PDF with a text layer, one string per page."""
    pdf = FPDF()
    if cjk:
        assert CJK_FONT is not None
        pdf.add_font("cjk", fname=str(CJK_FONT))
    for page in pages:
        pdf.add_page()
        if cjk:
            pdf.set_font("cjk", size=12)
        else:
            pdf.set_font("helvetica", size=12)
        pdf.multi_cell(0, 8, page)
    pdf.output(str(path))
    return path


def image_only_pdf(path: Path) -> Path:
    """A 'scanned' PDF: one page holding a picture and no text."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (400, 200), "white")
    ImageDraw.Draw(image).rectangle((40, 40, 360, 160), outline="black", width=4)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    buffer.seek(0)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(buffer, x=10, y=10, w=180)
    pdf.output(str(path))
    return path


def encrypted_pdf(path: Path) -> Path:
    pdf = FPDF()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.multi_cell(0, 8, "Rectification report")
    pdf.output(str(path))
    return path


def zip_without_document(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    return path


def docx_with_bad_xml(path: Path, good: Path) -> Path:
    """A copy of ``good`` whose word/document.xml is cut off mid-element."""
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            target.writestr(item, data)
    return path


def snapshot(path: Path) -> tuple[bytes, int, int]:
    """Bytes, mtime and mode of a file: reading must leave all three unchanged."""
    info = os.stat(path)
    with open(path, "rb") as handle:  # builtin open: tests may patch Path.open
        return handle.read(), info.st_mtime_ns, info.st_mode

