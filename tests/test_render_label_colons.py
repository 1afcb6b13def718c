"""A label takes its value after the colon of the review's language: full-width with no space after it
in Chinese (原文：…), ``": "`` in English (Evidence: …), in the terminal, HTML, Markdown and the workbook."""

from __future__ import annotations

import io
import re
from pathlib import Path

import openpyxl
import pytest
from page_text import visible_text
from rich.cells import cell_len

from checker.api import review_file
from checker.models import Review
from checker.options import ReviewOptions
from checker.renderers import render
from checker.renderers.common import LABELS, colon, labelled
from checker.rubric import load_rubric

RUBRIC = load_rubric(None)
SEEDS = sorted((Path(__file__).resolve().parent.parent / "eval" / "seeds").glob("*.txt"))
# The labels a value may follow: the catalogue's words (sentences, templates and marks left out).
ZH_LABELS = {v for v in LABELS["zh"].values() if re.fullmatch(r"[\u4e00-\u9fff]{2,}", v)}
EN_LABELS = {v for v in LABELS["en"].values() if re.fullmatch(r"[A-Za-z][A-Za-z .]+", v)}
# What each view must show with its colon (the seeds have flags with evidence and questions).
SHOWN = {
    "text": ("kind", "rubric", "backend", "evidence", "follow_up", "summary", "documents", "flags", "worst"),
    "html": ("evidence", "why", "follow_up"),
    "markdown": ("evidence", "follow_up", "flags"),
    "xlsx": ("flags",),
}


def _views(reviews: list[Review], lang: str) -> dict[str, str]:
    """The terminal (two documents, so the totals show too), HTML, Markdown and workbook of a review."""
    texts = {r.document.path: Path(r.document.path).read_text(encoding="utf-8") for r in reviews}
    settings = {"lang": lang, "rubric": RUBRIC, "fail_on": "error", "texts": texts}
    page = visible_text(str(render(reviews[:1], "html", **settings)))
    book = render(reviews[:1], "xlsx", **settings)
    assert isinstance(book, bytes)
    cells = [v for ws in openpyxl.load_workbook(io.BytesIO(book)) for row in ws.iter_rows(values_only=True)
             for v in row if isinstance(v, str)]  # fmt: skip
    return {
        "text": str(render(reviews, "text", **settings)),
        "html": page,
        "markdown": str(render(reviews[:1], "markdown", **settings)),
        "xlsx": "\n".join(cells),
    }


@pytest.fixture(scope="module")
def chinese() -> list[Review]:
    return [review_file(SEEDS[4]), review_file(SEEDS[0])]


def test_the_labels_come_from_one_helper() -> None:
    assert labelled("zh", "evidence") == "原文：" and labelled("en", "evidence") == "Evidence: "
    assert colon("zh") == "：" and colon("en") == ": "


@pytest.mark.parametrize("view", list(SHOWN))
def test_a_chinese_review_puts_a_full_width_colon_after_every_label(chinese: list[Review], view: str) -> None:
    sources = "".join(Path(r.document.path).read_text(encoding="utf-8") for r in chinese)
    shown = _views(chinese, "zh")[view]
    # a label the report itself writes with an ASCII colon (整改措施:) may be quoted; any other is ours
    for word in sorted(ZH_LABELS):
        if f"{word}:" not in sources:
            assert f"{word}:" not in shown, (view, word)
    for key in SHOWN[view]:
        assert labelled("zh", key) in shown, (view, key)
        assert f"{labelled('zh', key)} " not in shown, (view, key)  # no space after the full-width colon


@pytest.mark.parametrize("view", list(SHOWN))
def test_an_english_review_keeps_the_ascii_colon_and_a_space(view: str) -> None:
    reviews = [review_file(path, options=ReviewOptions(lang="en")) for path in (SEEDS[4], SEEDS[0])]
    shown = _views(reviews, "en")[view]
    for key in SHOWN[view]:
        assert labelled("en", key) in shown, (view, key)
    assert "Evidence: " in shown or view == "xlsx"
    assert not [word for word in EN_LABELS if f"{word}：" in shown], view


@pytest.mark.parametrize("width", [40, 50, 62, 80])
def test_a_chinese_label_and_its_quote_fit_a_narrow_terminal(chinese: list[Review], width: int) -> None:
    texts = {r.document.path: Path(r.document.path).read_text(encoding="utf-8") for r in chinese}
    out = render(chinese[:1], "text", lang="zh", rubric=RUBRIC, fail_on="error", texts=texts, width=width)
    lines = str(out).splitlines()
    assert all(cell_len(line) <= width for line in lines), width
    quoted = [i for i, line in enumerate(lines) if line.startswith("    原文：…")]
    assert quoted
    for i in quoted:  # the quote wraps under where it starts: the label and its colon are 10 columns
        follow = lines[i + 1]
        if follow.startswith(" " * 10) and not follow.startswith("    追问："):
            assert follow[10] != " ", (width, follow)
