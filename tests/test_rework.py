"""Follow-up questions (追问) on every flag, and the 需返工 list that opens text, Markdown and HTML."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checker.options import ReviewOptions
from checker.pipeline import review_path
from checker.renderers import render
from checker.renderers.rework import rework_items
from checker.rubric import list_rubrics, load_rubric

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "eval" / "seeds").glob("*.txt"))


def _review(path: Path, lang: str = "zh"):
    rubric = load_rubric(None)
    return review_path(path, rubric, ReviewOptions(lang=lang)), rubric


@pytest.mark.parametrize("rubric", list_rubrics(), ids=lambda r: r.ref)
def test_every_bundled_flag_rule_has_a_question_in_both_languages(rubric) -> None:
    for code, rule in rubric.flags.items():
        assert rule.follow_up is not None, code
        assert rule.follow_up.zh.startswith("请"), code
        assert rule.follow_up.en.startswith("Please"), code


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_flag_of_the_seeds_carries_its_question_filled_in(lang: str) -> None:
    seen = 0
    for seed in SEEDS:
        review, _ = _review(seed, lang)
        for flag in [fl for f in review.findings for fl in f.flags] + review.document_flags:
            seen += 1
            assert flag.follow_up, (seed.name, flag.code)
            assert not re.search(r"\{\w+\}", flag.follow_up), flag.follow_up  # every placeholder filled
            assert flag.follow_up.startswith("请" if lang == "zh" else "Please "), flag.follow_up
    assert seen > 50


def test_questions_quote_the_findings_own_words() -> None:
    quoted = {}
    for seed in SEEDS:
        review, _ = _review(seed)
        for f in review.findings:
            for fl in f.flags:
                if "“" in (fl.follow_up or ""):  # a question that quotes (a money case asks for the sum instead)
                    quoted.setdefault(fl.code, (fl, f))
    vague, _ = quoted["vague_deadline"]
    word = re.search(r"“(.+?)”", vague.follow_up).group(1)
    assert word in vague.evidence
    partial, _ = quoted["partial_coverage"]
    point = re.search(r"“(.+?)”", partial.follow_up).group(1).rstrip("…")
    assert point and point in " ".join(partial.evidence.split())


def test_rework_list_holds_exactly_the_failing_findings() -> None:
    review, _ = _review(SEEDS[2])
    items = rework_items(review, "zh")
    failing = [f.id for f in review.findings if f.verdict == "fail"]
    assert [i.finding.id for i in items if i.finding is not None] == failing
    assert failing
    for item in items:
        assert item.questions and len(set(item.questions)) == len(item.questions)


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_text_markdown_and_html_open_with_the_rework_list(fmt: str) -> None:
    review, rubric = _review(SEEDS[2])
    text = SEEDS[2].read_text(encoding="utf-8")
    out = render([review], fmt, lang="zh", rubric=rubric, fail_on="error", texts={review.document.path: text})
    head = out.index("需返工")
    first_failing = next(f for f in review.findings if f.verdict == "fail")
    question = first_failing.flags[0].follow_up
    # The list comes before the findings table / the first finding's own block.
    assert head < out.index(question) < out.index(first_failing.flags[0].message)
    for f in review.findings:
        if f.verdict == "fail":
            assert f.id in out[head : out.index(question) + 5000]


def test_english_rework_heading() -> None:
    review, rubric = _review(SEEDS[2], "en")
    out = render([review], "text", lang="en", rubric=rubric, fail_on="error")
    assert out.index("Needs rework") < out.index("Summary:")
    assert "需返工" not in out
