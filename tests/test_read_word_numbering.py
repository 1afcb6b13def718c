"""Word as Word shows it: automatic numbering rendered as its labels, text boxes and tables read
where they stand, and the annotated copy's comments still on their evidence."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from word_fixtures import anchored_texts, comments

from checker.options import ReviewOptions
from checker.pipeline import review_source
from checker.read import read_source
from checker.read.word import read_docx
from checker.read.word_numbering import format_number
from checker.renderers.word import render_docx
from checker.rubric import load_rubric

RUBRIC = load_rubric(None)
_WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
_V = 'xmlns:v="urn:schemas-microsoft-com:vml"'
_MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'

# Two levels as county offices set them: 一、 over （一）, the second restarting under each first.
_CHINESE_LIST = f"""
<w:abstractNum {nsdecls("w")} w:abstractNumId="90">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum>
"""


def _numbering(document: docx.Document, abstract_xml: str, num_id: int, abstract_id: int) -> None:
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(abstract_xml))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'))


def _numbered(document: docx.Document, text: str, num_id: int, level: int) -> None:
    p = document.add_paragraph(text)
    ppr = p._p.get_or_add_pPr()
    num_pr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), str(level))
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    num_pr.append(ilvl)
    num_pr.append(nid)
    ppr.append(num_pr)


def _text(document: docx.Document) -> str:
    buf = io.BytesIO()
    document.save(buf)
    return read_docx("composed.docx", buf.getvalue(), 10_000_000)[0]


def test_number_formats_as_word_writes_them():
    assert [format_number(n, "chineseCounting") for n in (1, 10, 12)] == ["一", "十", "十二"]
    assert format_number(3, "decimalEnclosedCircle") == "③"
    assert format_number(2, "ideographTraditional") == "乙"
    assert format_number(4, "upperRoman") == "IV" and format_number(28, "lowerLetter") == "bb"


def _chinese_outline(path: Path | None = None, second_fix: str = "2024年5月聘请第三方对12家养老机构开展消防检测，整改隐患27处。") -> docx.Document:
    d = docx.Document()
    _numbering(d, _CHINESE_LIST, 90, 90)
    d.add_paragraph("县民政局关于巡察反馈问题整改情况的报告")
    _numbered(d, "存在的问题", 90, 0)
    _numbered(d, "社会救助资金审核把关不严，3户不符合条件家庭仍在享受低保。", 90, 1)
    _numbered(d, "养老机构消防设施检查流于形式。", 90, 1)
    _numbered(d, "整改情况", 90, 0)
    _numbered(d, "对全县低保对象逐户复核，取消3户不符合条件家庭低保资格，追回资金1.86万元。", 90, 1)
    _numbered(d, second_fix, 90, 1)
    if path is not None:
        d.save(str(path))
    return d


def test_automatic_chinese_numbering_gives_the_labels_word_shows():
    lines = _text(_chinese_outline()).split("\n")
    assert lines[1:4] == ["一、存在的问题", "（一）社会救助资金审核把关不严，3户不符合条件家庭仍在享受低保。", "（二）养老机构消防设施检查流于形式。"]
    assert lines[4].startswith("二、整改情况") and lines[5].startswith("（一）对全县低保对象")


def test_an_automatically_numbered_report_is_read_like_a_typed_one(tmp_path: Path):
    path = tmp_path / "numbered.docx"
    _chinese_outline(path)
    review = review_source(read_source(path), RUBRIC, ReviewOptions())
    assert review.summary.verdict != "unreviewed"
    assert len(review.findings) == 2
    assert "追回资金1.86万元" in review.findings[0].measure_text


def test_list_number_style_restart_and_typed_numbers():
    d = docx.Document()
    d.add_paragraph("检查发现问题")
    for t in ["部门预算公开不及时。", "固定资产未定期盘点。"]:
        d.add_paragraph(t, style="List Number")
    d.add_paragraph("3.报销凭证无经手人签字。", style="List Number")  # typed as well: shown once
    lines = _text(d).split("\n")
    assert lines[1:] == ["1.部门预算公开不及时。", "2.固定资产未定期盘点。", "3.报销凭证无经手人签字。"]
    # A second instance with a start override begins again at 1.
    d2 = docx.Document()
    _numbering(d2, _CHINESE_LIST.replace('"90"', '"91"'), 91, 91)
    d2.part.numbering_part.element.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="92"><w:abstractNumId w:val="91"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    ))
    _numbered(d2, "甲项", 91, 0)
    _numbered(d2, "乙项", 91, 0)
    _numbered(d2, "重新开始", 92, 0)
    assert _text(d2).split("\n") == ["一、甲项", "二、乙项", "一、重新开始"]


def test_text_box_paragraphs_stay_where_they_stand():
    d = docx.Document()
    d.add_paragraph("前言")
    anchor = d.add_paragraph("正文第一段")
    box = parse_xml(
        f'<w:r {nsdecls("w")} {_WPS} {_MC} {_V}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>文本框里的说明</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp>'
        '</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>文本框里的说明</w:t></w:r></w:p>'
        "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    anchor._p.append(box)
    d.add_paragraph("正文第二段")
    assert _text(d).split("\n") == ["前言", "正文第一段", "文本框里的说明", "正文第二段"]


def test_comments_land_on_their_evidence_in_a_numbered_file(tmp_path: Path):
    path = tmp_path / "numbered.docx"
    _chinese_outline(path, second_fix="高度重视，加强学习，长期坚持，常抓不懈。")  # flagged
    source = read_source(path)
    review = review_source(source, RUBRIC, ReviewOptions())
    flags = [fl for f in review.findings for fl in f.flags]
    assert flags
    out = tmp_path / "annotated.docx"
    out.write_bytes(render_docx(review, source.text, lang="zh", rubric=RUBRIC, original=path.read_bytes()))
    found, anchors = comments(out), anchored_texts(out)
    assert len(found) == len(flags) + len(review.document_flags) + 1
    # an evidence is the user's words; the label Word draws is in no run, so it is not in an anchor
    for cid in sorted(found)[1:]:
        assert anchors[cid] and not anchors[cid].startswith(("（一）", "一、"))


@pytest.mark.parametrize("size", [5 * 1024 * 1024])
def test_an_oversized_numbering_part_loses_the_numbers_not_the_text(size: int):
    d = _chinese_outline()
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="7"><w:name w:val="{"x" * size}"/></w:abstractNum>'))
    lines = _text(d).split("\n")
    assert lines[1] == "存在的问题"


def test_a_table_after_paragraph_findings_is_reviewed_too(tmp_path: Path):
    d = docx.Document()
    for t in ["县农业农村局关于巡察反馈问题整改情况的报告", "一、整改落实情况", "1.农机购置补贴审核不严。",
              "整改情况：对2023年发放的补贴逐户复核，追回违规补贴2.4万元。", "2.项目资金拨付滞后。",
              "整改情况：已建立资金拨付周报制度，滞后资金于6月底前全部拨付。", "二、整改台账（节选）"]:
        d.add_paragraph(t)
    rows = [["序号", "问题", "整改措施", "责任单位", "完成时限"],
            ["1", "高标准农田项目验收资料不全", "补齐验收资料，建立项目档案", "农田建设股", "2024年9月"],
            ["2", "村级集体经济台账不规范", "统一台账格式，开展培训", "经管站", "长期坚持"]]
    table = d.add_table(rows=3, cols=5)
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell
    d.add_paragraph("特此报告。")
    path = tmp_path / "mixed.docx"
    d.save(str(path))
    review = review_source(read_source(path), RUBRIC, ReviewOptions())
    assert [f.title for f in review.findings] == ["农机购置补贴审核不严", "项目资金拨付滞后", "高标准农田项目验收资料不全", "村级集体经济台账不规范"]
    assert review.findings[3].flags and any(fl.code == "vague_deadline" for fl in review.findings[3].flags)
