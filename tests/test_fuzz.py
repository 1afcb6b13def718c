"""Fuzzing the whole rules review: random Unicode, report-token soup and mutated seeds.

Whatever the text, `review_source` (rules backend) must not raise, and its result must keep the
contract: every flag quotes its span exactly (``text[start:end] == evidence``), finding ids are
F1..Fn in order, scores lie in 0–100, and the JSON round-trips through the `Review` model.

With CI=true the "rectcheck-ci" hypothesis profile is loaded: derandomized, so CI runs the same
examples every time.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.models import Review, Source
from checker.options import ReviewOptions
from checker.pipeline import review_source
from checker.read.encoding import normalise_newlines
from checker.renderers.json_render import render_json
from checker.rubric import load_rubric

settings.register_profile(
    "rectcheck-ci", derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("rectcheck-dev", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("rectcheck-ci" if os.environ.get("CI", "").lower() == "true" else "rectcheck-dev")

SEEDS = sorted((Path(__file__).resolve().parent.parent / "eval" / "seeds").glob("*.txt"))
SEED_TEXTS = [p.read_text(encoding="utf-8") for p in SEEDS]
RUBRIC = load_rubric(None)
OPTIONS = ReviewOptions(backend="rules")

# Pieces of real report structure, so random text still reaches the layout rules and analysers.
TOKENS = [
    "\n", "\n\n", "一、", "二、", "(一)", "（二）", "(二)", "1.", "2、", "3、", "(1)", "问题1:", "问题2：",
    "针对“", "”的问题。", "关于“", "”方面", "”的整改情况", "整改情况:", "整改措施：", "整改进展情况:",
    "整改状态:完成", "完成情况:已完成", "一是", "二是", "三是", "责任领导:", "责任领导:、", "责任科室:",
    "责任单位：", "整改时限:", "整改时限:长期坚持", "即知即改", "2024年6月底前", "已整改完成7个",
    "反馈的10个问题,", "持续整改3个", "整改到位率86%", "21条", "18条", "已退回1.497万元", "〔2024〕90号",
    "《管理办法》", "高度重视", "召开专题会议", "下一步将", "已全部整改到位", "*", "XX", "××", "某某", "【】",
    "试读结束", "上一篇", "联系电话:", "。", ",", "，", ";", "；", ":", "：", "“", "”", "、", " ", "\t",
]

PUNCT_SWAPS = [(",", "，"), (":", "："), (";", "；"), ("(", "（"), (")", "）"), ("。", "."), ("、", ",")]
STRAY_MARKERS = ["3、", "(二)", "（二）", "一、", "1.", "(1)", "二是", "问题3:"]
LABELS = ["整改情况:", "整改情况：", "整改措施:", "责任领导:", "整改时限:", "整改进展情况："]


def check_review(text: str) -> Review:
    """Review ``text`` as the reader would hand it over, and check every contract invariant."""
    text = normalise_newlines(text)
    source = Source(path="fuzz.txt", text=text, format="txt", encoding="utf-8")
    review = review_source(source, RUBRIC, OPTIONS)

    assert review.document.chars == len(text)
    assert [f.id for f in review.findings] == [f"F{i}" for i in range(1, len(review.findings) + 1)]
    flags = [flag for f in review.findings for flag in f.flags] + list(review.document_flags)
    for flag in flags:
        assert 0 <= flag.start <= flag.end <= len(text), flag
        assert text[flag.start : flag.end] == flag.evidence, flag
    for finding in review.findings:
        assert 0 <= finding.score <= 100
        assert 0 <= finding.responsiveness <= 3
    # An unreadable document is never scored; any other has a score in range.
    unreadable = any(f.code == "unsegmented" for f in review.document_flags)
    assert (review.summary.score is None) == unreadable
    assert unreadable or 0 <= review.summary.score <= 100
    assert (review.summary.verdict == "unreviewed") == unreadable
    assert review.summary.findings == len(review.findings)
    assert review.summary.pass_ + review.summary.warn + review.summary.fail == len(review.findings)

    rendered = render_json([review], as_list=False)
    again = Review.model_validate(json.loads(rendered))
    assert again.to_json_dict() == review.to_json_dict()
    return review


def _non_blank(text: str) -> bool:
    # The reader refuses whitespace-only files, so the pipeline never sees them.
    return bool(text.strip())


@settings(max_examples=300)
@given(st.text(min_size=1, max_size=400).filter(_non_blank))
def test_random_unicode_never_breaks_the_review(text: str) -> None:
    check_review(text)


@settings(max_examples=300)
@given(
    st.lists(st.one_of(st.sampled_from(TOKENS), st.text(min_size=1, max_size=6)), min_size=1, max_size=80)
    .map("".join)
    .filter(_non_blank)
)
def test_report_token_soup_never_breaks_the_review(text: str) -> None:
    check_review(text)


@st.composite
def mutated_seed(draw: st.DrawFn) -> str:
    """A seed with a few edits of the kinds real reports show: lost lines, repeated labels, stray
    numbering, mixed full/half-width punctuation, and a cut-off end."""
    lines = draw(st.sampled_from(SEED_TEXTS)).split("\n")
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["delete", "duplicate_label", "stray_marker", "punct", "dup_line"]))
        at = draw(st.integers(0, max(0, len(lines) - 1)))
        if op == "delete" and len(lines) > 1:
            del lines[at]
        elif op == "duplicate_label":
            cut = draw(st.integers(0, len(lines[at])))
            lines[at] = lines[at][:cut] + draw(st.sampled_from(LABELS)) + lines[at][cut:]
        elif op == "stray_marker":
            lines.insert(at, draw(st.sampled_from(STRAY_MARKERS)) + draw(st.sampled_from(["", lines[at][:30]])))
        elif op == "punct":
            a, b = draw(st.sampled_from(PUNCT_SWAPS))
            a, b = (b, a) if draw(st.booleans()) else (a, b)
            lines[at] = lines[at].replace(a, b)
        elif op == "dup_line":
            lines.insert(at, lines[at])
    text = "\n".join(lines)
    if draw(st.booleans()):
        text = text[: draw(st.integers(1, len(text)))]
    return text


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(mutated_seed().filter(_non_blank))
def test_mutated_seeds_never_break_the_review(text: str) -> None:
    check_review(text)


@pytest.mark.parametrize("path", SEEDS, ids=[p.name[:3] for p in SEEDS])
def test_seeds_keep_the_invariants(path: Path) -> None:
    review = check_review(path.read_text(encoding="utf-8"))
    assert review.findings, f"{path.name}: no finding found"
