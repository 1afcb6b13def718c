"""Render reviews for people and machines: text, json, markdown, html, sarif, junit, and the
binary docx (comments in the auditor's Word file) and xlsx (the 问题清单 workbook).

``render`` is the one entry point; each format lives in its own module. ``texts`` (the source
text per document path) lets renderers show and place evidence by offsets; without it they fall
back to finding the evidence inside the finding's own text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from checker.errors import UsageError
from checker.models import Review

if TYPE_CHECKING:
    from checker.rubric import Rubric

FORMATS: tuple[str, ...] = ("text", "json", "markdown", "html", "sarif", "junit", "docx", "xlsx")
BINARY_FORMATS: frozenset[str] = frozenset({"docx", "xlsx"})
# One output file per document: several documents need --output DIR/.
PER_DOCUMENT_FORMATS: frozenset[str] = frozenset({"docx"})
EXTENSIONS: dict[str, str] = {
    "text": "txt",
    "json": "json",
    "markdown": "md",
    "html": "html",
    "sarif": "sarif",
    "junit": "xml",
    "docx": "docx",
    "xlsx": "xlsx",
}


def render(
    reviews: list[Review],
    fmt: str,
    *,
    lang: str,
    rubric: Rubric | Any | None,
    fail_on: str,
    texts: dict[str, str] | None = None,
    as_list: bool | None = None,
    color: bool = False,
    width: int | None = None,
    outcome: str | None = None,
) -> str | bytes:
    """Render ``reviews`` in ``fmt`` (bytes for the binary formats).

    ``as_list`` (json): an array even for one review; default: an array when there are several.
    ``color``/``width`` (text): ANSI colours and line width, for a terminal.
    ``outcome`` (text): the exit code and its reason, closing a several-document review.
    """
    if fmt == "json":
        from checker.render.json_render import render_json

        if not reviews:
            return "[]\n"
        return render_json(reviews, as_list=len(reviews) > 1 if as_list is None else as_list)
    if fmt in ("text", "markdown"):  # read on a terminal: nothing from outside may act on it
        from checker.render.safe import safe_reviews

        reviews, texts = safe_reviews(reviews, texts)
    if fmt == "text":
        from checker.render.text import render_text

        return render_text(
            reviews, lang=lang, rubric=rubric, fail_on=fail_on, texts=texts, color=color, width=width, outcome=outcome
        )
    if fmt == "markdown":
        from checker.render.markdown import render_markdown

        return render_markdown(reviews, lang=lang, rubric=rubric, fail_on=fail_on, texts=texts)
    if fmt == "html":
        from checker.render.html_render import render_html

        return render_html(reviews, lang=lang, rubric=rubric, fail_on=fail_on, texts=texts)
    if fmt == "sarif":
        from checker.render.sarif import render_sarif

        return render_sarif(reviews, lang=lang, rubric=rubric, texts=texts)
    if fmt == "junit":
        from checker.render.junit import render_junit

        return render_junit(reviews, lang=lang, rubric=rubric, fail_on=fail_on, texts=texts)
    if fmt == "docx":
        from checker.render.word import render_docx

        if len(reviews) != 1:
            raise UsageError("--format docx writes one Word file per document: give --output DIR/ for several")
        review = reviews[0]
        return render_docx(review, (texts or {}).get(review.document.path), lang=lang, rubric=rubric)
    if fmt == "xlsx":
        from checker.render.workbook import render_xlsx

        return render_xlsx(reviews, lang=lang, rubric=rubric)
    raise UsageError(f"unknown format '{fmt}' (choose from {', '.join(FORMATS)})")


__all__ = ["BINARY_FORMATS", "EXTENSIONS", "FORMATS", "PER_DOCUMENT_FORMATS", "render"]
