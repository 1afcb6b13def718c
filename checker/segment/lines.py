"""The document as lines with offsets, each classified once: blank, heading marker, labels."""

from __future__ import annotations

from dataclasses import dataclass

from checker.text.enumerators import Marker, match_heading_marker

_LEAD_WS = " \t\r\u3000\u00a0\ufeff"


@dataclass(slots=True)
class Line:
    """One line of the text. ``cstart``/``end`` bound its content (surrounding whitespace cut)."""

    idx: int
    start: int
    end: int
    cstart: int
    content: str
    marker: Marker | None = None

    @property
    def blank(self) -> bool:
        return self.cstart >= self.end

    @property
    def body_start(self) -> int:
        """Where the words start: after the heading marker when there is one."""
        return self.marker.end if self.marker else self.cstart

    @property
    def body(self) -> str:
        return self.content[self.body_start - self.cstart :]


def split_lines(text: str) -> list[Line]:
    """Split on line breaks in one pass; heading markers are recognised here, once."""
    lines: list[Line] = []
    pos, n = 0, len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        stop = n if nl < 0 else nl
        a, b = pos, stop
        while a < b and text[a] in _LEAD_WS:
            a += 1
        while b > a and text[b - 1] in _LEAD_WS:
            b -= 1
        line = Line(len(lines), pos, b, a, text[a:b])
        if b > a:
            line.marker = match_heading_marker(text, a, b)
            # A marker with no words after it ("1." alone) is not a heading.
            if line.marker is not None and line.marker.end >= b:
                line.marker = None
        lines.append(line)
        if nl < 0:
            break
        pos = nl + 1
    return lines
