"""Quotes from the model become spans of the document text, or nothing."""

from __future__ import annotations

from checker.judge.locate import first_sentence, locate_quote

TEXT = (
    "(三)关于“违规发放津贴补贴”的整改情况\n"
    "一是召开专题会议，传达学习有关文件精神。\n"
    "二是对2023年违规发放的交通补贴进行清退，已退回资金 1.497 万元，涉及12人。\n"
    "三是印发《津贴补贴发放管理办法》（新卫〔2024〕90号）。\n"
)


def test_exact_quote() -> None:
    quote = "已退回资金 1.497 万元"
    start, end = locate_quote(TEXT, quote)  # type: ignore[misc]
    assert TEXT[start:end] == quote


def test_whitespace_and_punctuation_insensitive_match_returns_the_document_slice() -> None:
    span = locate_quote(TEXT, "已退回资金1.497万元,涉及12人")
    assert span is not None
    start, end = span
    assert TEXT[start:end] == "已退回资金 1.497 万元，涉及12人"


def test_fullwidth_digits_and_brackets_fold() -> None:
    span = locate_quote(TEXT, "新卫[2024]９０号")
    assert span is not None and TEXT[span[0] : span[1]] == "新卫〔2024〕90号"


def test_elided_quote_spans_its_pieces_when_each_occurs_in_order() -> None:
    span = locate_quote(TEXT, "召开专题会议……文件精神")
    assert span is not None and TEXT[span[0] : span[1]] == "召开专题会议，传达学习有关文件精神"


def test_elided_quote_with_an_invented_piece_is_not_found() -> None:
    assert locate_quote(TEXT, "召开专题会议……已全部追回资金100万元") is None
    assert locate_quote(TEXT, "文件精神……召开专题会议") is None  # pieces out of order


def test_quote_outside_the_region_or_invented_is_not_found() -> None:
    region_end = TEXT.index("二是")
    assert locate_quote(TEXT, "已退回资金", 0, region_end) is None
    assert locate_quote(TEXT, "建立了长效机制并取得明显成效") is None
    assert locate_quote(TEXT, "，") is None


def test_first_sentence_of_a_measure() -> None:
    start = TEXT.index("一是")
    s, e = first_sentence(TEXT, start - 1, len(TEXT))
    assert TEXT[s:e] == "一是召开专题会议，传达学习有关文件精神。"
