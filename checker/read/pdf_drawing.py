"""What one PDF page may draw while its text is taken.

pdfminer interprets a page's content as drawn: every character becomes an object, and a form
XObject is interpreted again each time it is drawn, forms inside it included. A few kilobytes can
so draw millions of characters (one text-showing operator repeated in a compressed stream) or
forms drawing each other ten times each. The page here counts as it is drawn and stops at a limit
with a reason naming it. Shapes are kept only up to ``MAX_PATHS`` a page — a table's ruling lines
are a few dozen to a few hundred; past that the page keeps none and its tables are read from the
words' positions alone (:mod:`checker.read.pdf_tables`).
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

from pdfminer.layout import LTPage
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfplumber.page import Page, PDFPageAggregatorWithMarkedContent

from checker.reasons import reason

MAX_CHARACTERS = 40_000  # a page of 6-point text has about 10,000
MAX_FIGURES = 2_000  # forms and images drawn on one page (a real one has a few dozen)
MAX_NESTING = 12  # forms drawn inside forms (real documents nest a handful deep)
MAX_PATHS = 2_000  # lines, rectangles and curves kept for one page (a ruled table has a few hundred)


class DrawingLimit(Exception):
    """A page drew more than a limit allows; its argument is the reason shown to the user."""


class _CountingDevice(PDFPageAggregatorWithMarkedContent):
    """pdfplumber's own device, counting what the page draws."""

    def __init__(self, *args: Any, page_number: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.page_number = page_number
        self.characters = 0
        self.figures = 0
        self.depth = 0
        self.paths = 0

    def render_char(self, *args: Any, **kwargs: Any) -> float:
        self.characters += 1
        if self.characters > MAX_CHARACTERS:
            raise DrawingLimit(reason("pdf_page_characters", page=self.page_number, limit=MAX_CHARACTERS))
        advance: float = super().render_char(*args, **kwargs)
        return advance

    def begin_figure(self, *args: Any, **kwargs: Any) -> None:
        self.figures += 1
        self.depth += 1
        if self.depth > MAX_NESTING:
            raise DrawingLimit(reason("pdf_page_nesting", page=self.page_number, limit=MAX_NESTING))
        if self.figures > MAX_FIGURES:
            raise DrawingLimit(reason("pdf_page_forms", page=self.page_number, limit=MAX_FIGURES))
        super().begin_figure(*args, **kwargs)

    def end_figure(self, *args: Any, **kwargs: Any) -> None:
        self.depth -= 1
        super().end_figure(*args, **kwargs)

    def paint_path(self, *args: Any, **kwargs: Any) -> None:
        """Lines, rectangles and curves, kept up to ``MAX_PATHS`` (a table's rules); past it, none."""
        self.paths += 1
        if self.paths <= MAX_PATHS:
            super().paint_path(*args, **kwargs)


class BoundedPage(Page):
    """A pdfplumber page whose layout is drawn by the counting device."""

    ruled = True  # whether its lines and rectangles were all kept (tables may be sought from them)

    @cached_property
    def layout(self) -> LTPage:
        device = _CountingDevice(self.pdf.rsrcmgr, pageno=self.page_number, laparams=self.pdf.laparams,
                                 page_number=self.page_number)  # fmt: skip
        PDFPageInterpreter(self.pdf.rsrcmgr, device).process_page(self.page_obj)
        result: LTPage = device.get_result()
        self.ruled = device.paths <= MAX_PATHS
        return result

    def close(self) -> None:
        """Drop what the page drew along with pdfplumber's own caches: memory stays flat page after page."""
        super().close()
        self.__dict__.pop("layout", None)
