"""Turn the model's quotes into spans of the document text.

A quote is looked up inside the finding's region: first verbatim, then ignoring whitespace,
punctuation and full-/half-width differences, then by its longest piece when the model elided
part of it (…). The span returned is always a slice of the document, so ``text[start:end]`` is
the evidence shown; a quote that cannot be found yields None and the caller anchors the flag
elsewhere.
"""

from __future__ import annotations

import re
import unicodedata

_ELLIPSIS = re.compile(r"……|…|\.{3,}|⋯")
_SENTENCE_END = "。！？；!?;\n"
MIN_QUOTE_CHARS = 2


def _is_noise(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch)[0] in ("P", "Z", "C")


def _normalise(text: str, base: int = 0) -> tuple[str, list[int]]:
    """Text without whitespace/punctuation (NFKC-folded) and, per kept char, its original offset."""
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        for folded in unicodedata.normalize("NFKC", ch).lower():
            if not _is_noise(folded):
                chars.append(folded)
                origin.append(base + i)
    return "".join(chars), origin


def _fuzzy_find(text: str, quote: str, start: int, end: int) -> tuple[int, int] | None:
    hay, origin = _normalise(text[start:end], start)
    needle, _ = _normalise(quote)
    if len(needle) < MIN_QUOTE_CHARS:
        return None
    pos = hay.find(needle)
    if pos < 0:
        return None
    return origin[pos], origin[pos + len(needle) - 1] + 1


def locate_quote(text: str, quote: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """The span of ``quote`` inside ``text[start:end]``, or None when it is not there."""
    end = len(text) if end is None else end
    quote = quote.strip().strip("“”\"'‘’「」")
    if len(quote) < MIN_QUOTE_CHARS:
        return None
    pos = text.find(quote, start, end)
    if pos >= 0:
        return pos, pos + len(quote)
    found = _fuzzy_find(text, quote, start, end)
    if found:
        return found
    pieces = sorted((p.strip() for p in _ELLIPSIS.split(quote)), key=len, reverse=True)
    if len(pieces) > 1 and len(pieces[0]) >= 4:
        return locate_quote(text, pieces[0], start, end)
    return None


def first_sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The first sentence of ``text[start:end]`` (up to its end mark), trimmed of whitespace."""
    while start < end and text[start].isspace():
        start += 1
    stop = start
    while stop < end and text[stop] not in _SENTENCE_END:
        stop += 1
    if stop < end and text[stop] != "\n":
        stop += 1  # keep the end mark
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return start, max(stop, start)
