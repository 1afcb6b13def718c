"""Spans built only from offsets, so ``text[start:end] == span.text`` holds by construction."""

from __future__ import annotations

from checker.models import Item, LabeledField, Span

_WS = " \t\r\n\u3000\u00a0\ufeff"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past leading and trailing whitespace (full-width spaces too)."""
    while start < end and text[start] in _WS:
        start += 1
    while end > start and text[end - 1] in _WS:
        end -= 1
    return start, end


def make_span(text: str, start: int, end: int) -> Span:
    return Span(text=text[start:end], start=start, end=end)


def make_item(text: str, start: int, end: int, marker: str | None) -> Item:
    return Item(text=text[start:end], start=start, end=end, marker=marker)


def make_field(text: str, label: str, label_start: int, start: int, end: int) -> LabeledField:
    return LabeledField(text=text[start:end], start=start, end=end, label=label, label_start=label_start)
