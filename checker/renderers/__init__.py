"""Render reviews for people and machines: text, json, markdown, html, sarif, junit, and the
binary docx (comments in the auditor's Word file) and xlsx (the 问题清单 workbook).

``render`` is the one entry point; each format lives in its own module. ``texts`` (the source
text per document path) lets renderers show and place evidence by offsets; without it they fall
back to finding the evidence inside the finding's own text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from checker.models import Review
from checker.renderers.formats import FORMATS, RenderContext, output_format

if TYPE_CHECKING:
    from checker.gate import RunOutcome
    from checker.rubric import Rubric


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
    outcome: RunOutcome | str | None = None,
    originals: dict[str, bytes] | None = None,
) -> str | bytes:
    """Render ``reviews`` in ``fmt`` (bytes for the binary formats).

    ``as_list`` (json): an array even for one review; default: an array when there are several.
    ``color``/``width`` (text): ANSI colours and line width, for a terminal.
    ``outcome`` (text): the exit code and its reason, closing a several-document review.
    ``originals`` (docx): the user's own Word file per document path, to comment in place.
    """
    ctx = RenderContext(lang=lang, rubric=rubric, fail_on=fail_on, texts=texts, as_list=as_list, color=color,
                        width=width, outcome=outcome, originals=originals)
    return output_format(fmt).render(reviews, ctx)


__all__ = ["FORMATS", "render"]
