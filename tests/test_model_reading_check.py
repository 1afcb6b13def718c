"""The model's outline checked in code: quotes found through line breaks, widths and scripts; order,
overlap and pairing errors named; windows at enumerators; merged windows; spans cut from the text."""

from __future__ import annotations

import itertools

from outline_answers import ITEMS, compose, good_outline, spoil

from checker.models import Source
from checker.segment import segment
from checker.segment.model_reading import merge_windows, reading_windows, report_from_outline
from checker.segment.outline import Located, OutlineAnswer, validate_outline
from checker.segment.quotes import QuoteIndex
from checker.segment.spans import iter_spans
from checker.text.enumerators import HEADING_RE
from checker.vocabulary import load_vocabulary


def spans_hold(report) -> bool:
    return all(report.text[s.start : s.end] == s.text for _, s in iter_spans(report))


def test_quotes_are_found_through_line_breaks_widths_scripts_and_ellipses() -> None:
    text = "巡察組指出，食堂採購\n台賬不全(部分票據缺失)。後勤科補齊台賬126筆。"
    index = QuoteIndex(text)
    [(a, b)] = index.occurrences("食堂采购台账不全（部分票据缺失）")
    assert text[a:b] == "食堂採購\n台賬不全(部分票據缺失)"
    [(a, b)] = index.occurrences("补齐台账１２６笔…")
    assert text[a:b] == "補齊台賬126筆"
    assert index.occurrences("食堂采购台账齐全") == []
    assert index.occurrences("   ") == []
    assert index.occurrences("后勤科", 0, 20) == []  # outside the window asked about


def test_a_correct_outline_locates_every_problem_and_measure_exactly() -> None:
    text = compose()
    located, errors = validate_outline(QuoteIndex(text), OutlineAnswer.model_validate(good_outline(text)))
    assert errors == []
    assert [text[a:b] for a, b in (f.problem for f in located)] == [p for p, _, _, _ in ITEMS]
    assert [text[a:b] for a, b in (f.measure for f in located if f.measure)] == [m for _, m, _, _ in ITEMS]
    assert text[slice(*located[1].owner)] == "办公室" and text[slice(*located[1].deadline)] == "2024年9月底前"


def _errors(how: str) -> list[str]:
    text = compose()
    answer = OutlineAnswer.model_validate(spoil(good_outline(text), how))
    return validate_outline(QuoteIndex(text), answer)[1]


def test_each_kind_of_wrong_outline_is_named_in_its_error() -> None:
    assert _errors("not_in_text") == ["第1条的 problem_quote_start“巡察组指出我单位存在严重问题”在原文中找不到"]
    overlap = _errors("overlap")
    assert overlap and all("第1条" in e for e in overlap)
    order = _errors("out_of_order")
    assert order and order[0].startswith("第2条的 problem_quote_start") and "顺序颠倒" in order[0]
    first = _errors("measure_first")
    assert first and first[0].startswith("第2条的 measure_quote_start")
    assert _errors("empty") == []


def test_half_a_measure_and_an_owner_outside_its_finding_are_errors() -> None:
    text = compose()
    outline = good_outline(text)
    outline["findings"][0]["measure_quote_end"] = None
    outline["findings"][2]["owner_quote"] = "办公室"  # F2's owner, not F3's
    errors = validate_outline(QuoteIndex(text), OutlineAnswer.model_validate(outline))[1]
    assert any(e.startswith("第1条的 measure_quote_start 和 measure_quote_end") for e in errors)
    assert any(e.startswith("第3条的 owner_quote“办公室”") for e in errors)


def test_overlapping_spans_are_caught_even_when_not_neighbours() -> None:
    from checker.segment.outline import overlaps

    wide, inner, later = Located((0, 100)), Located((10, 20)), Located((30, 40), (50, 60))
    assert len(overlaps([wide, inner, later])) == 3
    assert overlaps([inner, later]) == []


def _enumerated(n: int) -> str:
    return "关于整改情况的报告\n" + "".join(
        f"{i}.巡察指出第{i}项工作存在薄弱环节，台账记录不完整。\n整改情况：已补齐台账并建立按月核对制度，共核对{i * 10}笔。\n"
        for i in range(1, n + 1)
    )


def test_long_texts_are_read_in_overlapping_windows_that_start_at_enumerators() -> None:
    text = _enumerated(120)
    windows = reading_windows(text, size=1500, overlap=300)
    assert len(windows) > 3 and windows[0][0] == 0 and windows[-1][1] == len(text)
    for (a1, b1), (a2, b2) in itertools.pairwise(windows):
        assert a2 < b1 <= b2 and b1 - a1 <= 1500  # overlapping, in order, within size
        assert HEADING_RE.match(text, a2), text[a2 : a2 + 10]  # a window starts at an enumerator line
    assert reading_windows("短文", size=1500) == [(0, 2)]


def test_windows_merge_in_order_keeping_the_reading_a_window_did_not_cut() -> None:
    whole = Located((100, 150), (150, 260))
    cut = Located((100, 150), (150, 200))
    first, last = Located((0, 50), (50, 90)), Located((300, 340))
    assert merge_windows([[first, cut], [whole, last]]) == [first, whole, last]
    assert merge_windows([[first, whole], [cut, last]]) == [first, whole, last]


def test_a_report_from_the_outline_cuts_every_span_from_the_text_as_given() -> None:
    text = compose().replace("，", ",").replace("采购台账", "採購臺賬")
    rules = segment(Source(path="a.txt", text=text, format="txt"))
    outline = good_outline(compose())  # quotes in simplified characters and full-width commas
    located, errors = validate_outline(QuoteIndex(text), OutlineAnswer.model_validate(outline))
    assert errors == []
    report = report_from_outline(load_vocabulary(), rules, located, "progress_report")
    assert spans_hold(report) and report.text == text
    assert report.findings[0].finding.text == "巡察组指出我局食堂採購臺賬不全,部分票据缺失。"
    assert report.segmentation.source == "model" and report.layout == "model"
    assert [f.owners[0].text for f in report.findings if f.owners] == ["后勤科", "办公室"]


def test_measures_written_after_all_problems_stay_blocks_of_their_own() -> None:
    text = (
        "整改报告\n一方面，采购台账不全。另一方面，公务用车管理不规范。\n"
        "对于前者，后勤科补齐台账126笔。对于后者，已清退燃油费1.2万元。\n"
    )
    index = QuoteIndex(text)

    def at(s: str) -> tuple[int, int]:
        return index.occurrences(s)[0]

    located = [Located(at("采购台账不全。"), at("对于前者，后勤科补齐台账126笔。")),
               Located(at("公务用车管理不规范。"), at("对于后者，已清退燃油费1.2万元。"))]
    report = report_from_outline(load_vocabulary(), segment(Source(path="a.txt", text=text, format="txt")), located, "unknown")
    f1, f2 = report.findings
    assert f1.span.end <= f2.span.start  # F1's region does not run over F2's problem
    assert f1.measure is not None and f1.measure.text == "对于前者，后勤科补齐台账126笔。"
    assert f2.measure is not None and f2.measure.text == "对于后者，已清退燃油费1.2万元。"
    assert spans_hold(report)
