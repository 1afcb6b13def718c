"""Unicode's format characters (category Cf: bidi embeddings, overrides and isolates such as
U+202E, zero-width spaces and joiners, word joiners, the byte-order mark, tags) draw nothing on a
terminal, yet reorder or hide the text around them. The terminal view shows each as a visible
stand-in, ``<U+202E>``; a review's offsets into its document are moved to match, so every quote is
still shown at its place. JSON, HTML and the files keep the author's characters."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable
from typing import Any

from checker.models import Flag, Review

CATEGORY = "Cf"  # Unicode's general category of format characters


def _stand_in(char: str) -> str:
    return f"<U+{ord(char):04X}>"


def _found(text: str) -> list[str]:
    """The format characters ``text`` holds (each character of it classified once, not each place)."""
    return sorted(ch for ch in set(text) if unicodedata.category(ch) == CATEGORY)


def show_invisible(text: str) -> str:
    """``text`` with every format character shown as its stand-in."""
    found = _found(text)
    return text.translate({ord(ch): _stand_in(ch) for ch in found}) if found else text


def offset_map(text: str) -> Callable[[int], int]:
    """Where an offset into ``text`` lands in ``show_invisible(text)``."""
    found = _found(text)
    if not found:
        return lambda offset: offset
    where: list[int] = []
    grown: list[int] = []  # characters added by the stand-ins up to and including each one
    total = 0
    for m in re.finditer("[" + "".join(re.escape(ch) for ch in found) + "]", text):
        total += len(_stand_in(m.group())) - 1
        where.append(m.start())
        grown.append(total)

    def moved(offset: int) -> int:
        before = bisect_left(where, offset)  # stand-ins wholly before ``offset``
        return offset + (grown[before - 1] if before else 0)

    return moved


def _moved_flag(flag: Flag, moved: Callable[[int], int]) -> Flag:
    return flag.model_copy(update={"start": moved(flag.start), "end": moved(flag.end)})


def _moved(review: Review, moved: Callable[[int], int]) -> Review:
    """``review`` with its offsets into the document's text moved."""
    findings = [
        f.model_copy(update={
            "start": moved(f.start), "end": moved(f.end),
            "flags": [_moved_flag(fl, moved) for fl in f.flags],
            "reasons": [r.model_copy(update={"start": moved(r.start), "end": moved(r.end)}) for r in f.reasons],
        })
        for f in review.findings
    ]  # fmt: skip
    flags = [_moved_flag(fl, moved) for fl in review.document_flags]
    return review.model_copy(update={"findings": findings, "document_flags": flags})


def _shown(value: Any) -> Any:
    if isinstance(value, str):
        return show_invisible(value)
    if isinstance(value, dict):
        return {k: _shown(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_shown(v) for v in value)
    return value


def visible_reviews(reviews: list[Review], texts: dict[str, str] | None) -> tuple[list[Review], dict[str, str] | None]:
    """Reviews and source texts with every format character shown, offsets moved to match."""
    shown = []
    for review in reviews:
        text = (texts or {}).get(review.document.path)
        if text is not None:
            review = _moved(review, offset_map(text))
        shown.append(Review.model_validate(_shown(review.model_dump())))
    return shown, None if texts is None else {show_invisible(k): show_invisible(v) for k, v in texts.items()}
