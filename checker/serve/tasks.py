"""What a worker process does (checker.serve.worker starts it): read and review an upload's
documents, or make a download. Each answer is a message: ("progress", done, total) while a model
review advances, then ("done", …) or ("failed", the one line the command line would print, its
reason by key so the page can say it in its own language)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from checker.errors import InputError, RectcheckError
from checker.reasons import reason
from checker.serve.worker import Channel, Message


def _failure(name: str, exc: Exception) -> Message:
    """("failed", the command line's English line, its reason by key when it has one)."""
    if isinstance(exc, RectcheckError):  # the same line the command line prints
        message = str(exc)
        why = exc.why if isinstance(exc, InputError) and exc.path == name else None
        return ("failed", message if message.startswith(name) else f"{name}: {message}", why)
    # A reader or review bug: one bad document never stops the others.
    why = reason("internal_error", detail=f"{type(exc).__name__}: {exc}")
    return ("failed", f"{name}: {why}", why)


def review_documents(channel: Channel, rubric: Any, options: dict[str, Any]) -> None:
    """Read and review each (name, bytes) the server sends, until it sends None. The documents of
    one upload share one process, as they would share one command-line run (the model client)."""
    from checker.options import ReviewOptions
    from checker.pipeline import review_source
    from checker.read import read_data

    shared: dict[str, Any] = {}
    while (item := channel.receive()) is not None:
        name, data = item
        try:
            source = read_data(name, data, options["max_bytes"])
            progress = lambda done, total: channel.send("progress", done, total)  # noqa: E731
            review = review_source(source, rubric, ReviewOptions(**options, progress=progress, shared=shared))
        except MemoryError:
            channel.send("memory")
        except Exception as exc:
            channel.send(*_failure(name, exc))
        else:
            channel.send("done", source, review)


def _answer(channel: Channel, name: str, make: Callable[[], Any], kind: str = "done") -> None:
    """``make()``'s result sent as ``kind``; running out of memory, or any failure, said in one line."""
    try:
        result = make()
    except MemoryError:
        channel.send("memory")
    except Exception as exc:
        channel.send(*_failure(name, exc))
    else:
        channel.send(kind, result)


def render_download(channel: Channel, name: str, fmt: str, reviews: list[Any], settings: dict[str, Any]) -> None:
    """One download (``fmt``) of ``reviews``, named ``name`` in a failure's line."""
    from checker.renderers import render

    _answer(channel, name, lambda: render(reviews, fmt, **settings))


def compare_documents(channel: Channel, kind: str, first: Any, second: Any, second_text: str, rubric: Any,
                      lang: str, as_of: Any, first_text: str | None = None) -> None:  # fmt: skip
    """Two reviewed documents compared: a draft and the next (``diff``), or a plan and its report
    (``trace``, deadlines held against ``as_of`` or the report's own date; ``first_text``, the plan's,
    gives a deadline written without a year its year)."""
    def compare() -> Any:
        if kind == "diff":
            from checker.crossdoc.diff import diff_reviews

            return diff_reviews(first, second, rubric)
        from checker.crossdoc.trace import trace_reviews
        from checker.crossdoc.trace_rules import load_trace_rules

        return trace_reviews(first, second, second_text, load_trace_rules(), rubric, lang, as_of, first_text)

    _answer(channel, kind, compare, "compared")


def render_comparison_download(channel: Channel, name: str, fmt: str, result: Any, settings: dict[str, Any]) -> None:
    """One download (``fmt``) of a comparison, named ``name`` in a failure's line."""
    from checker.renderers.crossdoc_formats import render_comparison

    _answer(channel, name, lambda: render_comparison(result, fmt, **settings))


def review_together(channel: Channel, reviews: list[Any], texts: dict[str, str], rubric: Any, lang: str) -> None:
    """The documents of one upload as a folder: flags across them (a measure pasted from one into
    another), the reviews they change scored again; answers each review, changed or not."""
    from checker.folder import review_folder

    try:
        together = review_folder(reviews, texts, rubric, lang)
    except MemoryError:
        channel.send("memory")
    except Exception as exc:
        channel.send(*_failure("folder", exc))
    else:
        channel.send("done", together)
