"""Turn the model's quotes into spans of the document text.

A quote is looked up inside the finding's region: first verbatim, then ignoring whitespace,
punctuation and full-/half-width differences; a quote the model elided (…) is found when every
piece occurs, in order, and spans them all. The span returned is always a slice of the document,
so ``text[start:end]`` is the evidence shown. A quote that cannot be found yields None: it is
never moved onto other text, and the claim it was to support does not stand on it.
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
    pieces = [p.strip() for p in _ELLIPSIS.split(quote) if p.strip()]
    if len(pieces) < 2 or max(len(p) for p in pieces) < 4:
        return None
    first: tuple[int, int] | None = None
    at = start
    for piece in pieces:
        found = locate_quote(text, piece, at, end)
        if found is None:
            return None  # one invented piece makes the whole quote invented
        first = first or found
        at = found[1]
    assert first is not None
    return first[0], at


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
