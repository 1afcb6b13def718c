"""The text a reader builds piece by piece: each piece's span known as it is written, and the cell
spans of its tables (``Source.tables``). Word, PDF and workbook readers each build on it, adding
their own bounds in :meth:`Written.admit`."""

from __future__ import annotations

import re

from checker.models import Tables

IN_CELL_BREAKS = re.compile(r"[\r\n\t]+")  # a table cell stays on its row's line: its breaks become a space


class Written:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.tables: Tables = []

    def admit(self, text: str) -> None:
        """Called before ``text`` is written: a reader with bounds raises here when they are passed."""

    def write(self, text: str) -> tuple[int, int]:
        """Write ``text``; its span in the whole text."""
        self.admit(text)
        start = self.pos
        self.parts.append(text)
        self.pos += len(text)
        return start, self.pos

    def newline(self) -> None:
        """A line break, unless nothing is written yet."""
        if self.parts:
            self.write("\n")

    def text(self) -> str:
        return "".join(self.parts)
