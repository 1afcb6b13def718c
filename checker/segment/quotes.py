"""Finding a model's quotes in the text they were copied from.

A model copies text loosely: it drops the line breaks and spaces of hard-wrapped paragraphs, types
``,:()`` for ``，：（）`` or full-width digits for ASCII ones, and may answer in simplified characters
for a traditional text. Both sides are read through the same normalisation — the reading view of
:func:`checker.text.fold.fold_text` (one character for one), each character in its NFKC form when
that is one character, one kind of quotation mark, whitespace dropped — and every match is mapped
back to offsets in the text as given, so a located quote is always ``text[start:end]``.
"""

from __future__ import annotations

import bisect
import unicodedata

from checker.text.fold import fold_text

_QUOTE_MARKS = str.maketrans({"“": '"', "”": '"', "「": '"', "」": '"', "‘": "'", "’": "'", "『": '"', "』": '"'})
_ELLIPSES = ("……", "…", "...", "⋯")


def _norm_char(ch: str) -> str:
    folded = unicodedata.normalize("NFKC", ch)
    return (folded if len(folded) == 1 else ch).translate(_QUOTE_MARKS)


def normalise_quote(quote: str) -> str:
    """The quote as it is searched for: normalised, whitespace dropped, an ellipsis at either end cut."""
    q = quote.strip()
    changed = True
    while changed:
        changed = False
        for mark in _ELLIPSES:
            if q.startswith(mark):
                q, changed = q[len(mark) :].lstrip(), True
            if q.endswith(mark):
                q, changed = q[: -len(mark)].rstrip(), True
    return "".join(c for c in map(_norm_char, fold_text(q)) if not c.isspace())


class QuoteIndex:
    """The normalised, whitespace-free copy of a text, with the offset of each kept character."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.keep: list[int] = []
        chars: list[str] = []
        for i, ch in enumerate(fold_text(text)):
            c = _norm_char(ch)
            if c.isspace():
                continue
            self.keep.append(i)
            chars.append(c)
        self.squeezed = "".join(chars)

    def occurrences(self, quote: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
        """Every place ``quote`` occurs wholly inside ``text[lo:hi]``, as (start, end) offsets."""
        q = normalise_quote(quote)
        if not q:
            return []
        hi = len(self.text) if hi is None else hi
        a = bisect.bisect_left(self.keep, lo)
        b = bisect.bisect_left(self.keep, hi)
        out: list[tuple[int, int]] = []
        at = self.squeezed.find(q, a, b)
        while at >= 0:
            out.append((self.keep[at], self.keep[at + len(q) - 1] + 1))
            at = self.squeezed.find(q, at + 1, b)
        return out
