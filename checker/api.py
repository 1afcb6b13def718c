"""The library's entry points: review a text or a file, render reviews. Everything here is also
importable from :mod:`checker` itself."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from checker.models import Review, Source
from checker.options import ReviewOptions
from checker.rubric import Rubric, load_rubric


def _rubric(rubric: Rubric | str | Path | None) -> Rubric:
    return rubric if isinstance(rubric, Rubric) else load_rubric(rubric)


def review(
    text: str,
    *,
    rubric: Rubric | str | Path | None = None,
    options: ReviewOptions | None = None,
    path: str = "<text>",
) -> Review:
    """Review a report given as text (rules backend unless ``options`` says otherwise).

    ``rubric``: a :class:`Rubric`, a rubric id (``"rectification"``, ``"rectification@1.1.0"``) or a
    rubric file; the default rubric when None. ``path`` names the document in the review."""
    from checker.pipeline import review_source

    source = Source(path=path, text=text, format="txt", encoding="utf-8")
    return review_source(source, _rubric(rubric), options or ReviewOptions())


def review_file(
    path: str | Path, *, rubric: Rubric | str | Path | None = None, options: ReviewOptions | None = None
) -> Review:
    """Review a report file (.txt .md .docx .pdf .html .xlsx, the office formats LibreOffice converts,
    any of the encodings the reader detects)."""
    from checker.pipeline import review_path

    return review_path(Path(path), _rubric(rubric), options or ReviewOptions())


def render(
    reviews: Review | Sequence[Review],
    fmt: str = "text",
    *,
    lang: str = "zh",
    rubric: Rubric | None = None,
    fail_on: str = "error",
    texts: dict[str, str] | None = None,
) -> str | bytes:
    """One review or several in an output format (``text``, ``json``, ``markdown``, ``html``,
    ``sarif``, ``junit``, ``docx``, ``xlsx``: bytes for the last two). ``texts`` (the source text per
    document path) lets the renderers place evidence by offsets."""
    from checker.renderers import render as render_reviews

    items = [reviews] if isinstance(reviews, Review) else list(reviews)
    return render_reviews(items, fmt, lang=lang, rubric=rubric, fail_on=fail_on, texts=texts, as_list=len(items) > 1)
