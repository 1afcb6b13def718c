"""HTML: the visible text of a page, one block element per line.

Scripts, styles, navigation, the page title and hidden elements are dropped (not the whole
``<head>``: sloppy pages leave it open); whitespace inside running text collapses as a browser
shows it (``<pre>`` keeps its own); table rows are lines with cells joined by a TAB, like Word
tables. Bytes are decoded by the page's declared charset when it decodes cleanly, otherwise by
detection.

The page is parsed as a stream of start tags, text and end tags (libxml2's HTML parser, which
closes what a browser closes), and no tree is built: a page of a million elements, flat or nested
a million deep, costs the text it shows and a few counters, not a gigabyte of objects.
"""

from __future__ import annotations

import re

from lxml import etree

from checker.errors import InputError
from checker.read.encoding import UndecodableError, decode_bytes
from checker.read.files import max_lines, short_message, too_many_lines
from checker.reasons import reason

_DROPPED = frozenset((
    "title", "meta", "link", "script", "style", "noscript", "template", "nav", "iframe", "object", "embed",
    "svg", "canvas", "select", "button",
))  # fmt: skip
_BLOCKS = frozenset((
    "address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "dialog",
    "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
    "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "ol", "p", "pre",
    "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul", "body", "html",
))  # fmt: skip
_CELLS = frozenset(("td", "th"))
_PRESERVE = frozenset(("pre", "textarea", "listing", "plaintext", "xmp"))

_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
# A source line break between two Chinese characters is not a space (CSS Text 3 segment breaks).
_WIDE = r"\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK_BREAK = re.compile(rf"(?<=[{_WIDE}])[ \t\r\f]*\n[ \t\n\r\f]*(?=[{_WIDE}])")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""",
    re.I,
)
_CELL_GAP = re.compile(r"[ \u00a0]*\t[ \u00a0]*")
_CHUNK = 1024 * 1024  # bytes fed to the parser at a time: its own buffer stays small
_BLOCK_LINES = 4096  # lines (or pieces of one line) joined into one string at a time
ELEMENT_BYTES = 20  # a page may have one element per this many bytes of --max-bytes (1,048,576 at 20 MB)


def max_elements(max_bytes: int) -> int:
    return max(10_000, max_bytes // ELEMENT_BYTES)


class PageLimit(Exception):
    """The page outgrew a limit while it was read; its argument is the reason shown to the user."""


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 4 KB (``<meta charset>``, http-equiv, XML)."""
    match = _DECLARED.search(data[:4096])
    if not match:
        return None
    return (match.group(1) or match.group(2)).decode("ascii")


class _Lines:
    """The page's lines, kept joined in blocks: a million one-character lines cost their characters,
    not a million string objects."""

    def __init__(self, limit: int) -> None:
        self.blocks: list[str] = []
        self.recent: list[str] = []
        self.count = 0
        self.limit = limit

    def add(self, line: str) -> None:
        self.count += 1
        if self.count >= self.limit:
            raise PageLimit(too_many_lines(self.limit))
        self.recent.append(line)
        if len(self.recent) >= _BLOCK_LINES:
            self.blocks.append("\n".join(self.recent))
            self.recent.clear()

    def text(self) -> str:
        return "\n".join([*self.blocks, *self.recent])


class _VisibleText:
    """Parser target: the text a reader sees, gathered as the elements go by, a line at a time.
    ``depth`` counts the open elements; ``skip_to`` is the depth of a dropped or hidden element
    being passed over. Nothing grows with the nesting."""

    def __init__(self, max_bytes: int) -> None:
        self.lines = _Lines(max_lines(max_bytes))
        self.elements = 0
        self.max_elements = max_elements(max_bytes)
        self.line: list[str] = []  # pieces of the line being read
        self.pending: list[str] = []  # the text node being read (the parser delivers it in pieces)
        self.depth = 0
        self.skip_to: int | None = None
        self.preserve = 0  # inside <pre> and kin: whitespace is kept as written

    def _piece(self, text: str) -> None:
        self.line.append(text)
        if len(self.line) >= _BLOCK_LINES:  # one line of a million inline elements
            self.line[:] = ["".join(self.line)]

    def _break(self) -> None:
        line = _CELL_GAP.sub("\t", "".join(self.line)).rstrip(" \u00a0\t").lstrip(" \u00a0")
        self.line.clear()
        if line.strip():
            self.lines.add(line)

    def _flush(self) -> None:
        if not self.pending:
            return
        text = "".join(self.pending)
        self.pending.clear()
        if not self.preserve:
            self._piece(_HTML_SPACE.sub(" ", _CJK_BREAK.sub("", text)))
            return
        first, *rest = text.split("\n")
        self._piece(first)
        for part in rest:
            self._break()
            self._piece(part)

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        self.elements += 1
        if self.elements > self.max_elements:  # each costs a call here: their number is the time
            raise PageLimit(reason("html_elements", limit=self.max_elements, per=ELEMENT_BYTES))
        self._flush()
        self.depth += 1
        if self.skip_to is not None:
            return
        if tag in _DROPPED or _is_hidden(attrib):
            self.skip_to = self.depth
            return
        if tag == "br" or tag in _BLOCKS:
            self._break()
        if tag in _PRESERVE:
            self.preserve += 1

    def end(self, tag: str) -> None:
        self._flush()
        self.depth -= 1
        if self.skip_to is not None:
            if self.depth < self.skip_to:
                self.skip_to = None
            return
        if tag in _PRESERVE:
            self.preserve -= 1
        if tag in _CELLS:
            self._piece("\t")
        elif tag in _BLOCKS:
            self._break()

    def data(self, text: str) -> None:
        if self.skip_to is None:
            self.pending.append(text)

    def comment(self, text: str) -> None:
        self._flush()  # a comment ends a text node

    def close(self) -> str:
        self._flush()
        self._break()
        return self.lines.text()


def visible_text(markup: str, max_bytes: int) -> str:
    """The text a reader sees, one block per line, no blank lines; PageLimit when the page has
    more elements or lines than ``max_bytes`` allows."""
    parser = etree.HTMLParser(target=_VisibleText(max_bytes), encoding="utf-8", no_network=True, remove_pis=True)
    data = markup.encode("utf-8")
    for at in range(0, len(data), _CHUNK):
        parser.feed(data[at : at + _CHUNK])
    text: str = parser.close()
    return text


def _is_hidden(attrib: dict[str, str]) -> bool:
    if "hidden" in attrib or attrib.get("aria-hidden") == "true":
        return True
    style = attrib.get("style")
    return style is not None and _HIDDEN_STYLE.search(style) is not None


def read_html(name: str, data: bytes, max_bytes: int) -> tuple[str, str]:
    """Return ``(text, encoding)`` for an HTML file's bytes."""
    if not data.strip():
        raise InputError(name, reason("empty"))
    try:
        markup, encoding = decode_bytes(data, declared=declared_charset(data))
    except UndecodableError as exc:
        raise InputError(name, exc.why) from None
    try:
        return visible_text(markup, max_bytes), encoding
    except PageLimit as exc:
        raise InputError(name, exc.args[0]) from None
    except Exception as exc:  # the parser is lenient; anything it still rejects is bad input
        raise InputError(name, reason("html_unparsable", detail=short_message(exc))) from None
