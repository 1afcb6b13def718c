"""Line breaking for the terminal that follows Chinese typesetting rules (禁则).

No line starts with a closing mark or a pause (。，、；：？！）”》…), no line ends with an opening one
(（“《), a Latin word — a flag code such as ``unverifiable_claim``, an English message — is never
cut unless it alone is wider than the line, and a number after a space stays with the word before it
(``vague_deadline 2``, ``得分 50.0``: a count is never split from its label). :class:`WrappedText` is a
rich ``Text`` that wraps this way wherever rich lays it out (a grid column, a panel, the console
itself); :func:`block` keeps it so when printed on its own.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.console import Console, JustifyMethod, OverflowMethod
from rich.containers import Lines, Renderables
from rich.text import Text

NO_LINE_START = frozenset("。，、；：？！）》」』】〕〗〉”’…‥·％．,.;:?!)]}%")
NO_LINE_END = frozenset("（《「『【〔〖〈“‘([{")
LOOK_BACK = 24  # characters searched back for a better break before cutting where the line is full
SPACE_LOOK_BACK = 8  # … and, nearer, for a space: a line of labelled parts breaks between them (· 评审方式)


def _word(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in "_-/@.")


def _may_break(text: str, at: int) -> bool:
    """Can a line end before ``text[at]``?"""
    before, after = text[at - 1], text[at]
    if after in NO_LINE_START or before in NO_LINE_END:
        return False
    if _count_follows(text, at):
        return False  # a count belongs to its label: formalism 3, not formalism / 3
    return not (_word(before) and _word(after))


def _count_follows(text: str, at: int) -> bool:
    """Is ``text[at]`` inside the spaces between a word and a number (or the number's start)? A
    break there, where the spaces are dropped, would still start the line with the number."""
    start = at
    while start > 0 and text[start - 1] == " ":
        start -= 1
    end = at
    while end < len(text) and text[end] == " ":
        end += 1
    return start < end and start > 0 and end < len(text) and text[end].isdigit()


def break_offsets(text: str, width: int) -> list[int]:
    """Where to start new lines so that each holds at most ``width`` cells (one line of ``text``)."""
    width = max(width, 2)
    offsets: list[int] = []
    start, used = 0, 0
    for i, ch in enumerate(text):
        size = cell_len(ch)
        if used + size > width and i > start:
            cut = _best_break(text, start, i)
            offsets.append(cut)
            start, used = cut, cell_len(text[cut:i])
        used += size
    return offsets


def _best_break(text: str, start: int, full: int) -> int:
    """Where to end the line begun at ``start`` that is full before ``text[full]``: at a space
    close by, else at the latest place the rules allow, else (nowhere allowed) where it is full."""
    allowed = [c for c in range(full, max(start + 1, full - LOOK_BACK) - 1, -1) if _may_break(text, c)]
    spaced = [c for c in allowed if c > full - SPACE_LOOK_BACK and text[c - 1] == " "]
    return (spaced or allowed or [full])[0]


class WrappedText(Text):
    """A ``Text`` wrapped by :func:`break_offsets` instead of rich's own rules."""

    def wrap(
        self,
        console: Console,
        width: int,
        *,
        justify: JustifyMethod | None = None,
        overflow: OverflowMethod | None = None,
        tab_size: int = 8,
        no_wrap: bool | None = None,
    ) -> Lines:
        if no_wrap or self.no_wrap:
            return super().wrap(console, width, justify=justify, overflow=overflow, tab_size=tab_size, no_wrap=no_wrap)
        lines = Lines()
        for line in self.split(allow_blank=True):
            parts = line.divide(break_offsets(line.plain, width)) if line.plain else [line]
            for n, part in enumerate(parts):
                if n and part.plain.startswith(" "):  # a break at a space: the space stays behind
                    part = part[len(part.plain) - len(part.plain.lstrip(" ")) :]
                part.rstrip()
                lines.append(part)
        if justify:
            lines.justify(console, width, justify=justify, overflow=overflow or self.overflow or "fold")
        return lines


def wrapped(text: Text) -> WrappedText:
    """``text`` (its spans and style kept) as a :class:`WrappedText`."""
    out = WrappedText(text.plain, style=text.style, justify=text.justify, overflow=text.overflow, end=text.end)
    for span in text.spans:
        out.stylize(span.style, span.start, span.end)
    return out


def block(text: Text) -> Renderables:
    """``text`` wrapped by :func:`break_offsets`, ready for ``console.print``: printed bare, rich
    would join it into a plain ``Text`` of its own and wrap that by its own rules."""
    return Renderables([wrapped(text)])
