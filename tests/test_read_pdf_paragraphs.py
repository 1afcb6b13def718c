"""PDF paragraphs rebuilt from the lines' positions: a Word report printed to PDF reads as the Word
file does — its running header, footer and page numbers left out, the room a typesetter leaves
between Chinese and digits not read as spaces — and the rules of the rebuilding on lines placed by
hand."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pytest
from office_fixtures import (
    LONG_TITLE,
    REPORT_TITLE,
    RUNNING_HEADER,
    SOFFICE,
    converted,
    furnished_report_docx,
    report_docx,
)
from test_read_pdf_tables import reading

from checker.options import ReviewOptions
from checker.pipeline import review_path
from checker.read import read_source
from checker.read.pdf_furniture import drop_furniture, is_page_number
from checker.read.pdf_paragraphs import Line, close_spaces, paragraphs
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


@pytest.fixture(scope="module")
def furnished(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The report in 14 pt with a running header and page numbers, and LibreOffice's PDF of it."""
    work = tmp_path_factory.mktemp("furnished")
    docx = furnished_report_docx(work / "通报.docx")
    return docx, converted(docx, "pdf", work)


@pytest.mark.office
@pytest.mark.skipif(SOFFICE is None, reason=NO_OFFICE)
def test_page_furniture_and_the_room_beside_digits_are_not_read_as_the_reports_text(furnished: tuple[Path, Path]) -> None:
    docx, pdf = furnished
    with pdfplumber.open(pdf) as document:  # what makes it hard: header and page number inside the text
        pages = [[ln["text"] for ln in page.extract_text_lines()] for page in document.pages]
    assert len(pages) >= 2
    assert all(page[0] == RUNNING_HEADER and re.fullmatch(r"— \d —", page[-1]) for page in pages)
    assert re.search(r"[\u4e00-\u9fff] \d", "".join(ln for page in pages for ln in page))  # 2023 年 5 月
    text = read_source(pdf).text
    assert RUNNING_HEADER not in text and "— 1 —" not in text
    assert text.split("\n")[0] == LONG_TITLE  # the title wraps onto a centred line: one paragraph
    assert text == read_source(docx).text  # the paragraph cut by the page break is whole again
    assert reading(pdf) == reading(docx)  # the same title, findings, fields, flags and score


def _line(
    text: str, x0: float = 90, x1: float = 522, size: float = 12, bold: bool = False, gapped: bool = False,
    top: float = 0.0,
) -> Line:  # fmt: skip
    return Line(text, x0, x1, size, bold, gapped, top, top + size)


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


def test_a_running_header_and_page_numbers_are_left_out_and_the_paragraph_goes_on() -> None:
    def page(number: int, body: list[Line]) -> list[Line]:
        return [_line("县卫健局文件", x0=438, top=38), *body, _line(f"— {number} —", x0=286, x1=326, top=738)]

    first = page(1, [_line(f"第{i}行正文，整改情况按期推进，已完成台账核对工作。", top=80 + 20 * i) for i in range(6)])
    second = page(2, [_line("包抓镇村，开展健康扶贫工作督查指导。", x1=300, top=80), *first[2:6]])
    third = page(3, first[1:5])
    read = drop_furniture([first, second, third])  # type: ignore[arg-type]
    assert [ln.text for ln in read[1]] == [ln.text for ln in second[1:-1]]
    assert all(ln.text != "县卫健局文件" and "—" not in ln.text for page in read for ln in page)  # type: ignore[union-attr]
    joined = paragraphs(read)
    assert not any("县卫健局文件" in p for p in joined)
    assert any(str(p).endswith("已完成台账核对工作。包抓镇村，开展健康扶贫工作督查指导。") for p in joined)


def test_a_line_at_a_pages_edge_is_kept_unless_it_repeats_or_is_a_page_number() -> None:
    body = [_line(f"第{i}行正文，整改情况按期推进。", top=80 + 20 * i) for i in range(4)]
    single = [_line("县卫健局文件", x0=438, top=38), *body, _line("第1页 共1页", top=738)]
    assert [ln.text for ln in drop_furniture([single])[0]] == ["县卫健局文件", *(ln.text for ln in body)]  # type: ignore[union-attr]
    for number in ("— 1 —", "-1-", "- 12 -", "第1页", "第 2 页，共 3 页", "1/3", "Page 2 of 3", "共3页 第1页"):
        assert is_page_number(number), number
    for text in ("1.", "一、", "2023年", "第1页面", "附件1", "1"):
        assert not is_page_number(text), text


def test_a_typesetters_room_between_chinese_and_digits_or_latin_is_not_a_space() -> None:
    assert close_spaces("对 2017 年以来，6 月底前完成，达到 100%，LED 显示屏，， 2024年") == (
        "对2017年以来，6月底前完成，达到100%，LED显示屏，，2024年"
    )
    assert close_spaces("OCR scanning guidance 与  2 个") == "OCR scanning guidance与  2个"  # two spaces: a gap


def test_a_pages_one_full_line_ends_at_the_documents_margin() -> None:
    last = [
        _line("欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，", x0=114),
        _line("请及时向我们反映。", x1=216),
        _line("联系电话：6323342", x0=114, x1=233),
        _line("邮政信箱：1379660801@qq.com", x0=114, x1=258),
        _line("商南县卫生健康局党组", x0=114, x1=258),
    ]
    assert paragraphs([BODY, last])[-3:] == ["联系电话：6323342", "邮政信箱：1379660801@qq.com", "商南县卫生健康局党组"]


def test_a_title_in_its_own_type_wraps_onto_a_centred_line() -> None:
    title = [
        _line("县卫生健康局关于县委第八轮专项巡察反馈意见", x0=96, x1=516, size=20, bold=True),
        _line("整改落实情况的通报（2019年第二批次专项机动", x0=92, x1=521, size=20, bold=True),
        _line("巡察）", x0=276, x1=336, size=20, bold=True),
    ]
    assert paragraphs([[*title, *BODY]])[0] == "".join(ln.text for ln in title)
    centred = _line("（此页无正文）", x0=260, x1=352)  # in the body's type: a line of its own
    assert paragraphs([[*BODY[:2], centred]])[-1] == "（此页无正文）"
