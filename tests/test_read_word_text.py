"""A .docx is read as Word shows the final document, tracked changes accepted: insertions and text
moved here kept, deletions and text moved away left out, content controls, field results, smart
tags and custom XML entered, a field's code and a placeholder prompt left out. The annotated copy
maps the same text onto its runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hostile_files import docx, run_measured
from read_fixtures import form_plan_docx, plan_docx

from checker.read import read_source
from checker.renderers.word.textmap import text_map


def mapped_text(path: Path) -> str:
    """The text the annotated copy finds in the file: it must be the text the review read."""
    from checker.read.word_numbering import Numbering
    from checker.renderers.word.package import Package
    from checker.renderers.word.wml import w

    with Package(path) as package:
        root = package.xml("word/document.xml", 1 << 30)
        assert root is not None
        numbering = Numbering.parse(package.read("word/numbering.xml", 1 << 24), package.read("word/styles.xml", 1 << 24))
        return text_map(root.find(w("body")), numbering).text


def r(text: str) -> str:
    return f"<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r>"


def field(code: str, *result: str) -> str:
    """A complex field: begin, its code, separate, its result runs, end."""
    mark = '<w:r><w:fldChar w:fldCharType="{}"/></w:r>'.format
    return mark("begin") + f"<w:r><w:instrText>{code}</w:instrText></w:r>" + mark("separate") + "".join(result) + mark("end")


def control(*runs: str, placeholder: bool = False) -> str:
    props = '<w:sdtPr><w:alias w:val="责任单位"/>' + ("<w:showingPlcHdr/>" if placeholder else "") + "</w:sdtPr>"
    return f"<w:sdt>{props}<w:sdtContent>{''.join(runs)}</w:sdtContent></w:sdt>"


PARAGRAPHS = {
    "insertion kept, deletion out": (
        r("整改措施：") + '<w:ins w:id="1" w:author="a">' + r("已修订制度") + "</w:ins>"
        + '<w:del w:id="2" w:author="a"><w:r><w:delText>尚未整改</w:delText></w:r>' + r("拟整改") + "</w:del>",
        "整改措施：已修订制度",
    ),
    "moved here kept, moved away out": (
        '<w:moveFrom w:id="1" w:author="a">' + r("（原第三段）") + "</w:moveFrom>"
        + '<w:moveTo w:id="2" w:author="a">' + r("已完成整改。") + "</w:moveTo>",
        "已完成整改。",
    ),
    "content control in a paragraph": (r("责任单位：") + control(r("办公室")), "责任单位：办公室"),
    "placeholder prompt is an empty field": (
        r("整改时限：") + control(r("单击或点击此处输入文字。"), placeholder=True),
        "整改时限：",
    ),
    "simple field result": (
        r("完成时间：") + '<w:fldSimple w:instr=" DATE ">' + r("2024年6月30日") + "</w:fldSimple>",
        "完成时间：2024年6月30日",
    ),
    "complex field result, not its code": (r("第") + field(" PAGE ", r("3")) + r("页"), "第3页"),
    "nested field: only the outer result": (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> IF </w:instrText></w:r>'
        + field(" MERGEFIELD 单位 ", r("内层结果"))
        + '<w:r><w:instrText> = "" "未填" "已填" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + r("已填")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        "已填",
    ),
    "smart tag and custom XML": (
        '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="date">' + r("2024年3月")
        + '</w:smartTag><w:customXml w:element="owner">' + r("由财务股负责") + "</w:customXml>",
        "2024年3月由财务股负责",
    ),
    "insertion inside a hyperlink inside a control": (
        control('<w:hyperlink w:anchor="a"><w:ins w:id="1" w:author="a">' + r("见附件") + "</w:ins></w:hyperlink>"),
        "见附件",
    ),
}


@pytest.mark.parametrize("name", list(PARAGRAPHS))
def test_a_paragraph_reads_as_word_shows_it(tmp_path: Path, name: str) -> None:
    runs, shown = PARAGRAPHS[name]
    path = docx(tmp_path / "p.docx", f"<w:p>{r('一、')}</w:p><w:p>{runs}</w:p>")
    assert read_source(path).text == f"一、\n{shown}"
    assert mapped_text(path) == f"一、\n{shown}"  # the annotated copy agrees


def test_paragraphs_rows_and_cells_wrapped_in_controls_and_custom_xml_are_read(tmp_path: Path) -> None:
    cell = "<w:tc><w:p>{}</w:p></w:tc>".format
    row = "<w:tr>{}</w:tr>".format
    repeated = row(cell(r("资金拨付滞后")) + f'<w:customXml w:element="owner">{cell(r("财务股"))}</w:customXml>')
    # a repeating section: the row in a content control, its second cell in a custom XML element
    table = f"<w:tbl>{row(cell(r('问题')) + cell(r('责任单位')))}<w:sdt><w:sdtPr/><w:sdtContent>{repeated}</w:sdtContent></w:sdt></w:tbl>"
    body = (
        f'<w:customXml w:element="intro"><w:p>{r("关于整改情况的报告")}</w:p></w:customXml>' + table
        + f"<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p>{r('单击此处输入文字。')}</w:p></w:sdtContent></w:sdt>"
        + f"<w:p>{r('完')}</w:p>"
    )  # fmt: skip
    path = docx(tmp_path / "form.docx", body)
    expected = "关于整改情况的报告\n问题\t责任单位\n资金拨付滞后\t财务股\n完"
    source = read_source(path)
    assert source.text == expected
    assert [[source.text[slice(*span)] for span in row] for row in source.tables[0]] == [
        ["问题", "责任单位"], ["资金拨付滞后", "财务股"],
    ]  # fmt: skip
    assert mapped_text(path) == expected


def test_a_form_template_reads_as_the_plan_it_shows(tmp_path: Path) -> None:
    form = form_plan_docx(tmp_path / "form.docx")
    plain = plan_docx(tmp_path / "plain.docx")
    assert read_source(form).text == read_source(plain).text
    run = run_measured("parse", form, "--format", "json")
    assert run.returncode == 0, run.stderr
    assert run.seconds < 10 and run.peak_mb < 400
    findings = json.loads(run.stdout)["findings"]
    assert [f["measure"]["text"] for f in findings][:2] == ["修订党组议事规则，逐项补记表决情况", "建立拨付台账，每月通报进度"]
    assert [[o["text"] for o in f["owners"]] for f in findings] == [["办公室"], ["财务股"], ["财务股"]]
    assert findings[0]["deadline"]["text"] == "2024年3月底前"


def test_the_annotated_copy_of_a_form_template_places_its_comments(tmp_path: Path) -> None:
    form = form_plan_docx(tmp_path / "form.docx")
    out = tmp_path / "annotated.docx"
    run = run_measured("review", form, "--format", "docx", "-o", out, "--fail-on", "never")
    assert run.returncode == 0, run.stderr
    assert run.seconds < 10 and run.peak_mb < 400
    assert out.stat().st_size > 0
