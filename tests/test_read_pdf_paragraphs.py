"""PDF paragraphs rebuilt from the lines' positions: a Word report printed to PDF reads as the Word
file does, and the rules of the rebuilding on lines placed by hand."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from office_fixtures import REPORT_TITLE, SOFFICE, converted, report_docx

from checker.options import ReviewOptions
from checker.pipeline import review_path
from checker.read import read_source
from checker.read.pdf_paragraphs import Line, paragraphs
from checker.rubric import load_rubric

RUBRIC = load_rubric(None)


def _read(path: Path) -> list[tuple[str, str, str, list[str], list[str]]]:
    review = review_path(path, RUBRIC, ReviewOptions())
    assert review.document.title == REPORT_TITLE
    return [(f.title, f.finding_text, f.measure_text, f.measures, [fl.code for fl in f.flags]) for f in review.findings]


NO_OFFICE = "LibreOffice is not installed; tests/setup_system.sh installs it as root"


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The report as Word writes it and as LibreOffice prints it to PDF."""
    work = tmp_path_factory.mktemp("printed")
    docx = report_docx(work / "通报.docx")
    return docx, converted(docx, "pdf", work)


@pytest.mark.office
@pytest.mark.skipif(SOFFICE is None, reason=NO_OFFICE)
def test_a_report_printed_to_pdf_reads_as_its_word_file(printed: tuple[Path, Path]) -> None:
    docx, pdf = printed
    with pdfplumber.open(pdf) as document:  # what makes it hard: quotes and sentences across line ends
        lines = [ln["text"] for page in document.pages for ln in page.extract_text_lines()]
        last, first = document.pages[0].extract_text_lines()[-1], document.pages[1].extract_text_lines()[0]
    assert any(ln.count("“") != ln.count("”") for ln in lines)
    assert not last["text"].endswith("。") and first["x0"] < last["x0"]  # a paragraph runs over the page break
    expected = _read(docx)
    assert len(expected) == 6
    assert _read(pdf) == expected  # titles whole, not cut at an opening quote; measures without line breaks
    text = read_source(pdf).text
    assert text.split("\n")[0] == REPORT_TITLE  # the title does not swallow the first paragraph
    assert text == read_source(docx).text


@pytest.mark.office
@pytest.mark.skipif(SOFFICE is None, reason=NO_OFFICE)
def test_a_finding_title_whose_quote_wraps_across_lines_is_read_whole(printed: tuple[Path, Path]) -> None:
    _, pdf = printed
    with pdfplumber.open(pdf) as document:
        lines = [ln["text"] for page in document.pages for ln in page.extract_text_lines()]
    heads = {n: i for n in ("1.", "3.", "4.") for i, line in enumerate(lines) if line.startswith(f"{n}针对“")}
    for i in heads.values():  # the quote opens on one line and closes on the next: the line ends inside it
        assert "”" not in lines[i] and "”的问题" in lines[i + 1], lines[i : i + 2]
    titles = [f.title for f in review_path(pdf, RUBRIC, ReviewOptions()).findings]
    assert [titles[k] for k in (0, 2, 3)] == [
        "落实慢性病政策不到位。慢性病卡办理不及时，部分户持卡无法使用",
        "部分村卫生室医疗废物未按规定分类收集、暂存，交接登记台账不全",
        "公务接待无公函、无清单，个别报销凭证审核把关不严，存在以会议费名义列支接待费用",
    ]  # the whole quotation: never cut at its opening quote, nor where a line ended
    assert titles[4] == "药品耗材采购未严格执行“两票制”，部分药品采购价格高于省集中采购平台挂网价格"


def _line(text: str, x0: float = 90, x1: float = 522, size: float = 12, bold: bool = False, gapped: bool = False) -> Line:
    return Line(text, x0, x1, size, bold, gapped)


BODY = [  # a page of two paragraphs: first lines indented, last lines short
    _line("按照县委统一部署，县委第三巡察组对我局党组进行", x0=114),
    _line("了常规巡察，并反馈了巡察意见。局党组高度重视，"),
    _line("逐条对照反馈问题制定整改方案。", x1=300),
    _line("整改情况：一是组织各乡镇卫生院对全县慢性病患", x0=114),
    _line("者逐户核查，补办慢病卡326张。", x1=280),
]


def test_short_lines_end_paragraphs_and_indented_lines_begin_them() -> None:
    assert paragraphs([BODY]) == [
        "按照县委统一部署，县委第三巡察组对我局党组进行了常规巡察，并反馈了巡察意见。局党组高度重视，逐条对照反馈问题制定整改方案。",
        "整改情况：一是组织各乡镇卫生院对全县慢性病患者逐户核查，补办慢病卡326张。",
    ]


def test_headings_enumerators_and_table_rows_stay_lines_of_their_own() -> None:
    page = [
        _line("关于巡察反馈意见整改情况的通报", x0=170, x1=442, size=18, bold=True),  # centred, large
        *BODY[:2],
        _line("一、高度重视，扎实安排部署全面整改落实到位", bold=True),  # full width, but bold: a heading
        _line("1.针对“落实慢性病政策不到位”的问题，已补办慢病卡326张，签约服务"),  # an enumerator
        _line("序号 问题 整改措施 责任单位 完成时限 完成情况 备注", gapped=True),
        _line("1 台账不全 补齐台账126笔 办公室 2023年6月 已完成 无", gapped=True),
    ]
    assert paragraphs([page]) == [
        "关于巡察反馈意见整改情况的通报",
        BODY[0].text + BODY[1].text,
        "一、高度重视，扎实安排部署全面整改落实到位",
        "1.针对“落实慢性病政策不到位”的问题，已补办慢病卡326张，签约服务",
        "序号 问题 整改措施 责任单位 完成时限 完成情况 备注",
        "1 台账不全 补齐台账126笔 办公室 2023年6月 已完成 无",
    ]


def test_a_paragraph_goes_on_over_a_page_break_and_latin_words_keep_their_space() -> None:
    first = [*BODY[:3], _line("整改情况：修订《局机关财务管理制度》，印发 OCR", x0=114)]
    second = [_line("scanning guidance，对2022年以来的凭证逐笔复核。", x1=400), *BODY[3:]]
    assert paragraphs([first, second])[1:3] == [
        "整改情况：修订《局机关财务管理制度》，印发 OCR scanning guidance，对2022年以来的凭证逐笔复核。",
        BODY[3].text + BODY[4].text,
    ]


def test_too_few_lines_to_know_the_margins_join_nothing() -> None:
    page = [_line("关于巡察反馈问题整改情况的通报", x1=300), _line("整改情况：已修订制度3项。", x1=280)]
    assert paragraphs([page[:1], page[1:]]) == [page[0].text, page[1].text]
    assert paragraphs([[_line("整改情况：已修订制度3项，补记表决情况12项，", x0=90)], [_line("已全部完成。", x1=200)]]) == [
        "整改情况：已修订制度3项，补记表决情况12项，",
        "已全部完成。",
    ]
