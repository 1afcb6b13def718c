"""Markdown renderer: a PR comment with a summary table and a collapsible block per flagged finding."""

from __future__ import annotations

import re

from render_samples import RUBRIC, TEXT, sample_review

from checker.renderers import render
from checker.renderers.markdown import code_span, md_escape


def _md(**kw) -> str:
    review = sample_review()
    return render([review], "markdown", lang="zh", rubric=RUBRIC, fail_on="error", texts={review.document.path: TEXT}, **kw)


def test_one_details_block_per_flagged_finding() -> None:
    out = _md()
    review = sample_review()
    flagged = [f for f in review.findings if f.flags]
    assert out.count("<details>") == len(flagged) == out.count("</details>")
    assert "| **50.5** |" in out


def test_document_text_cannot_inject_html() -> None:
    out = _md()
    assert "<script>" not in out
    assert "<img" not in out
    assert "&lt;script&gt;" in out


def test_evidence_in_code_spans_with_context() -> None:
    out = _md()
    assert "`召开专题会议,进一步提高思想认识`" in out
    assert "`长期坚持`" in out


def test_code_span_survives_backticks() -> None:
    assert code_span("a`b") == "``a`b``"
    assert code_span("`x`") == "`` `x` ``"
    assert code_span("两行\n文本") == "`两行 文本`"


def test_pipes_in_titles_do_not_break_the_table() -> None:
    escaped = md_escape("资金|项目")
    assert "\\|" in escaped
    row = f"| F1 | {escaped} | 1/3 |"
    assert len(re.split(r"(?<!\\)\|", row)) == 5
