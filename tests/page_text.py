"""The text a reader of an HTML page sees: its text and its tooltips, not its markup or styles."""

from __future__ import annotations

from html.parser import HTMLParser


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.hidden += tag in ("style", "script")
        # a tooltip on a line of its own, so it never runs into the text around it
        self.parts += [f"\n{v}\n" for k, v in attrs if k in ("title", "aria-label", "alt") and v]

    def handle_endtag(self, tag: str) -> None:
        self.hidden -= tag in ("style", "script")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def visible_text(page: str) -> str:
    """The page's text run together as a reader meets it, so that a label and a colon in separate
    elements (<b>追问</b>:) still meet, with each tooltip on a line of its own."""
    reader = _Visible()
    reader.feed(page)
    return "".join(reader.parts)
