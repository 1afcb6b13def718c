"""Render reviews for people and machines: text, json, markdown, html, sarif, junit.

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

FORMATS: tuple[str, ...] = ("text", "json", "markdown", "html", "sarif", "junit")
EXTENSIONS: dict[str, str] = {
    "text": "txt",
    "json": "json",
    "markdown": "md",
    "html": "html",
    "sarif": "sarif",
    "junit": "xml",
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
) -> str:
    """Render ``reviews`` in ``fmt``.

    ``as_list`` (json): an array even for one review; default: an array when there are several.
    ``color``/``width`` (text): ANSI colours and line width, for a terminal.
    ``outcome`` (text): the exit code and its reason, closing a several-document review.
    """
    if fmt == "json":
        from checker.render.json_render import render_json

        if not reviews:
            return "[]\n"
        return render_json(reviews, as_list=len(reviews) > 1 if as_list is None else as_list)
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
    raise UsageError(f"unknown format '{fmt}' (choose from {', '.join(FORMATS)})")


__all__ = ["EXTENSIONS", "FORMATS", "render"]
