"""Documents typeset by LibreOffice for the reader tests: a Word report printed to PDF."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

REPORT_TITLE = "某县卫生健康局关于县委巡察反馈意见整改情况的通报"
# (kind, text): "h" a bold heading line, "p" a paragraph with a first-line indent. The long ones wrap
# over several lines, their “…” quotes across line ends; item 4's measure runs over the page break.
REPORT = [
    ("p", "根据县委统一部署，2023年3月6日至4月28日，县委第三巡察组对县卫健局党组进行了巡察，5月20日反馈了巡察意见。按照巡察工作有关要求，现将巡察整改情况予以公布。"),
    ("h", "一、高度重视，扎实安排部署"),
    ("p", "局党组召开专题会议研究部署整改工作，成立由局长任组长的整改工作领导小组，制定整改方案，逐条明确责任领导、责任股室和完成时限。"),
    ("p", "局党组整改工作接受群众监督。"),
    ("h", "二、深入剖析，全面整改落实"),
    ("h", "（一）健康扶贫政策落实方面"),
    ("p", "1.针对“落实慢性病政策不到位。慢性病卡办理不及时，部分户持卡无法使用”的问题。"),
    ("p", "整改情况：一是组织各乡镇卫生院对全县慢性病患者逐户核查，补办慢病卡326张，对无法使用的“慢病卡”逐张更换，共更换148张；二是对家庭医生签约服务开展专项督导，重新入户随访1200户，随访记录与实际不符的12名签约医生已被约谈。"),
    ("p", "2.针对县医院“先诊疗后付费”一站式结算服务落实不到位，部分贫困患者仍需垫付住院押金，群众反映强烈的问题。"),
    ("p", "整改情况：县医院已全面取消贫困患者住院押金，清退2023年以来收取的押金38笔共计4.6万元，在住院部设立“一站式”结算窗口，已于2023年7月完成。"),
    ("h", "（二）医疗卫生行业监管方面"),
    ("p", "3.针对“部分村卫生室医疗废物未按规定分类收集、暂存，交接登记台账不全”的问题。"),
    ("p", "整改情况：县卫生监督所牵头开展医疗废物专项检查两轮，检查村卫生室186家，对3家违规机构作出行政处罚，督促全部村卫生室建立“医疗废物交接登记本”，已于2023年8月底前整改完成。"),
    ("p", "4.针对“公务接待无公函、无清单，个别报销凭证审核把关不严，存在以会议费名义列支接待费用”的问题。"),
    ("p", "整改情况：修订《局机关财务管理制度》和《公务接待管理办法》，对2022年以来的报销凭证逐笔复核，清退不合规接待费用0.86万元，相关责任人已作出书面检查。"),
    ("p", "5.针对“药品耗材采购未严格执行“两票制”，部分药品采购价格高于省集中采购平台挂网价格”的问题。"),
    ("p", "整改情况：县医院对2022年以来的药品耗材采购逐笔清理，核对采购发票和随货同行单2130张，对高于挂网价格采购的17个品规全部按挂网价格重新议价，追回差价款2.3万元；建立药品耗材采购“价格比对台账”，每月由药剂科和财务科联合比对一次，已于2023年9月完成。"),
    ("p", "6.针对“干部职工学习教育流于形式，部分股室学习记录雷同”的问题。"),
    ("p", "整改情况：制定《局机关学习制度》，将学习情况纳入股室年度考核，对学习记录雷同的3个股室负责人进行了约谈。"),
    ("h", "三、下一步工作打算"),
    ("p", "下一步，我局将持续巩固整改成果，对已完成的整改事项适时开展“回头看”，确保问题不反弹、不回潮。"),
]  # fmt: skip


def report_docx(path: Path) -> Path:
    """A report as an office writes one: a centred title in large type, bold headings, paragraphs
    with a first-line indent."""
    document = docx.Document()
    title = document.add_paragraph(REPORT_TITLE)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for run in title.runs:
        run.font.size, run.bold = Pt(18), True
    for kind, text in REPORT:
        paragraph = document.add_paragraph(text)
        if kind == "p":
            paragraph.paragraph_format.first_line_indent = Pt(24)
            paragraph.paragraph_format.widow_control = False  # a paragraph may break over a page anywhere
        for run in paragraph.runs:
            run.font.size, run.bold = (Pt(12), False) if kind == "p" else (Pt(13), True)
    document.save(str(path))
    return path


def converted(path: Path, target: str, work: Path) -> Path:
    """``path`` converted by LibreOffice to ``target`` (pdf, xls, ods …), in ``work``."""
    run = subprocess.run(
        [str(SOFFICE), "--headless", "--norestore", f"-env:UserInstallation={(work / 'lo').as_uri()}",
         "--convert-to", target, "--outdir", str(work / "converted"), str(path)],
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    out = work / "converted" / f"{path.stem}.{target}"
    assert run.returncode == 0 and out.exists(), run.stderr
    return out


LONG_TITLE = "某县卫生健康局关于县委第八轮专项巡察反馈意见整改落实情况的通报（2019年第二批次专项机动巡察）"
RUNNING_HEADER = "县卫健局文件"


def _east_asian(run: object, latin: str = "DejaVu Serif", chinese: str = "Noto Sans CJK SC") -> None:
    """Set the run's Latin and Chinese fonts, as a Chinese office's template does (digits and Latin
    letters in a Latin type, beside which LibreOffice leaves room)."""
    from docx.oxml.ns import qn

    run.font.name = latin  # type: ignore[attr-defined]
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), chinese)  # type: ignore[attr-defined]


def furnished_report_docx(path: Path) -> Path:
    """The report in 14 pt, as offices print it: a running header (县卫健局文件) and a page number
    (— 1 —) on every page, a title long enough to wrap onto a centred second line, and Latin digits
    beside Chinese (LibreOffice leaves room between them)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = RUNNING_HEADER
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("— ")
    footer._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    footer.add_run(" —")
    title = document.add_paragraph(LONG_TITLE)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for run in title.runs:
        run.font.size, run.bold = Pt(20), True
        _east_asian(run)
    for kind, text in REPORT:
        paragraph = document.add_paragraph(text)
        if kind == "p":
            paragraph.paragraph_format.first_line_indent = Pt(28)
            paragraph.paragraph_format.widow_control = False
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        for run in paragraph.runs:
            run.font.size, run.bold = (Pt(14), False) if kind == "p" else (Pt(15), True)
            _east_asian(run)
    document.save(str(path))
    return path


TABLE_TITLE = "县卫健局巡察反馈问题整改台账"
TABLE_HEADER = ["序号", "存在问题", "整改措施", "责任单位", "整改时限", "完成情况"]
TABLE_ROWS = [
    ["1", "医疗废物处置不规范", "已与县环保公司签订处置协议（合同号HB2023-11），2023年5月起每周转运2次", "县医院",
     "2023年5月31日", "已完成"],
    ["2", "药品采购台账不全", "加强学习，提高认识，确保今后规范管理", "药剂科", "长期坚持", "整改中"],
    ["3", "公车使用登记不规范", "已补登记120条，印发《公车使用管理办法》", "办公室", "", "已完成"],
    ["4", "村卫生室达标验收走过场", "重新对12个村卫生室逐一验收认定，对3个未达标的村卫生室限期整改，2023年8月完成复验",
     "基层卫生股", "2023年8月31日", "已完成"],
    ["5", "干部职工学习教育流于形式", "进一步提高思想认识，持续加强学习教育", "人事股", "长期坚持", "整改中"],
]  # fmt: skip


def table_report_docx(path: Path, ruled: bool = True, repeat: int = 1, header_on_each_page: bool = False) -> Path:
    """A 整改台账 written as a Word table (序号 | 存在问题 | 整改措施 | 责任单位 | 整改时限 | 完成情况) under
    a centred title, its cells wrapping over several lines: framed by rules (网格型) or without
    them; ``repeat`` times the rows, renumbered (enough of them run over a page break, a row cut in
    two by it), the header row printed again on each page when ``header_on_each_page``."""
    document = docx.Document()
    title = document.add_paragraph(TABLE_TITLE)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for run in title.runs:
        run.font.size, run.bold = Pt(18), True
        _east_asian(run)
    rows = [[str(n * len(TABLE_ROWS) + i + 1), *row[1:]] for n in range(repeat) for i, row in enumerate(TABLE_ROWS)]
    table = document.add_table(rows=len(rows) + 1, cols=len(TABLE_HEADER))
    if ruled:
        table.style = "Table Grid"
    for row, values in zip(table.rows, [TABLE_HEADER, *rows], strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
            for run in cell.paragraphs[0].runs:
                run.font.size = Pt(12)
                _east_asian(run)
    if header_on_each_page:
        from docx.oxml import OxmlElement

        table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    document.save(str(path))
    return path
