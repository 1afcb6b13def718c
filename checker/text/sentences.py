"""Sentence spans: clause-level scanning without copying the text."""

from __future__ import annotations

import re
from collections.abc import Iterator

# the marks that close a sentence inside a line; a line break closes one too
SENTENCE_STOPS = "。！？!?；;"
SENTENCE_END = SENTENCE_STOPS + "\n"
_SENTENCE_RE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]*")
# a sentence to its full stop, question or exclamation mark or line break, running on through ；: what a
# list of clauses at ； is held in
FULL_STOP_SENTENCE_RE = re.compile(r"[^。！？!?\n]+[。！？!?]*")


def iter_sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence in ``text[start:end]``, its closing punctuation included,
    leading/trailing whitespace excluded. Sentences end at 。！？；; and line breaks."""
    stop = len(text) if end is None else end
    for m in _SENTENCE_RE.finditer(text, start, stop):
        a, b = m.start(), m.end()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            yield a, b
