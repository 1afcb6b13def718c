"""The output formats, in one registry: each format's name, file extension, media type, how many
files it writes, whether the local page offers it for download, and its renderer. The command
line's ``--format`` choices, the writer and the page's download bar all read this table, so a new
format is its renderer module and one entry here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from checker.errors import UsageError

if TYPE_CHECKING:
    from checker.gate import RunOutcome
    from checker.models import Review


@dataclass(frozen=True)
class RenderContext:
    """What a renderer may use besides the reviews."""

    lang: str
    rubric: Any
    fail_on: str
    texts: dict[str, str] | None = None  # the source text per document path: evidence placed by offsets
    as_list: bool | None = None  # json: an array even for one review (default: when there are several)
    color: bool = False  # text: ANSI colours, for a terminal
    width: int | None = None  # text: the line width
    outcome: RunOutcome | str | None = None  # text: the exit code and why, closing a several-document review
    originals: dict[str, bytes] | None = None  # docx: the uploaded Word file per document path, commented in place


Renderer = Callable[["list[Review]", RenderContext], "str | bytes"]


@dataclass(frozen=True)
class OutputFormat:
    name: str
    extension: str
    media_type: str
    render: Renderer
    binary: bool = False
    per_document: bool = False  # one file per document: several documents need --output DIR/
    download: int | None = None  # its place on the page's download bar; None: not offered there
    caption: tuple[str, str] = ("", "")  # (zh, en) on the download bar
    file_suffix: tuple[str, str] = ("rectcheck", "rectcheck")  # (zh, en) added to a downloaded file's name

    def caption_in(self, lang: str) -> str:
        return self.caption[1] if lang == "en" else self.caption[0]

    def download_name(self, stem: str, lang: str) -> str:
        suffix = self.file_suffix[1] if lang == "en" else self.file_suffix[0]
        return f"{stem}-{suffix}.{self.extension}"


def _screened(reviews: list[Review], ctx: RenderContext) -> tuple[list[Review], dict[str, str] | None]:
    """Read on a terminal: nothing from outside may act on it."""
    from checker.renderers.safe import safe_reviews

    return safe_reviews(reviews, ctx.texts)


def _text(reviews: list[Review], ctx: RenderContext) -> str:
    from checker.renderers.invisible import visible_reviews
    from checker.renderers.text import render_text

    reviews, texts = visible_reviews(*_screened(reviews, ctx))
    return render_text(reviews, lang=ctx.lang, rubric=ctx.rubric, fail_on=ctx.fail_on, texts=texts, color=ctx.color,
                       width=ctx.width, outcome=ctx.outcome)


def _json(reviews: list[Review], ctx: RenderContext) -> str:
    from checker.renderers.json_render import render_json

    if not reviews:
        return "[]\n"
    return render_json(reviews, as_list=len(reviews) > 1 if ctx.as_list is None else ctx.as_list)


def _markdown(reviews: list[Review], ctx: RenderContext) -> str:
    from checker.renderers.markdown import render_markdown

    reviews, texts = _screened(reviews, ctx)
    return render_markdown(reviews, lang=ctx.lang, rubric=ctx.rubric, fail_on=ctx.fail_on, texts=texts)


def _html(reviews: list[Review], ctx: RenderContext) -> str:
    from checker.renderers.html_render import render_html

    return render_html(reviews, lang=ctx.lang, rubric=ctx.rubric, fail_on=ctx.fail_on, texts=ctx.texts)


def _sarif(reviews: list[Review], ctx: RenderContext) -> str:
    from checker.renderers.sarif import render_sarif

    return render_sarif(reviews, lang=ctx.lang, rubric=ctx.rubric, texts=ctx.texts)


def _junit(reviews: list[Review], ctx: RenderContext) -> str:
    from checker.renderers.junit import render_junit

    return render_junit(reviews, lang=ctx.lang, rubric=ctx.rubric, fail_on=ctx.fail_on, texts=ctx.texts)


def _docx(reviews: list[Review], ctx: RenderContext) -> bytes:
    from checker.renderers.word import render_docx

    if len(reviews) != 1:
        raise UsageError("--format docx writes one Word file per document: give --output DIR/ for several")
    review = reviews[0]
    path = review.document.path
    return render_docx(review, (ctx.texts or {}).get(path), lang=ctx.lang, rubric=ctx.rubric,
                       original=(ctx.originals or {}).get(path))


def _xlsx(reviews: list[Review], ctx: RenderContext) -> bytes:
    from checker.renderers.workbook import render_xlsx

    return render_xlsx(reviews, lang=ctx.lang, rubric=ctx.rubric)


FORMATS: dict[str, OutputFormat] = {
    f.name: f
    for f in (
        OutputFormat("text", "txt", "text/plain; charset=utf-8", _text),
        OutputFormat("json", "json", "application/json", _json, download=3, caption=("JSON", "JSON")),
        OutputFormat("markdown", "md", "text/markdown; charset=utf-8", _markdown),
        OutputFormat("html", "html", "text/html; charset=utf-8", _html, download=4, caption=("HTML", "HTML")),
        OutputFormat("sarif", "sarif", "application/sarif+json", _sarif, download=5, caption=("SARIF", "SARIF")),
        OutputFormat("junit", "xml", "application/xml", _junit),
        OutputFormat(
            "docx", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", _docx,
            binary=True, per_document=True, download=1, caption=("Word 批注 .docx", "Word comments .docx"),
            file_suffix=("批注", "annotated"),
        ),
        OutputFormat(
            "xlsx", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", _xlsx,
            binary=True, download=2, caption=("问题清单 .xlsx", "问题清单 workbook .xlsx"),
            file_suffix=("问题清单", "findings"),
        ),
    )
}


def downloads() -> list[OutputFormat]:
    """The formats the page offers for download, in the bar's order."""
    return sorted((f for f in FORMATS.values() if f.download is not None), key=lambda f: f.download or 0)


def output_format(name: str) -> OutputFormat:
    found = FORMATS.get(name)
    if found is None:
        raise UsageError(f"unknown format '{name}' (choose from {', '.join(FORMATS)})")
    return found
