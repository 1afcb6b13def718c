"""HTML: the visible text of a page, one block element per line.

Scripts, styles, navigation, the page title and hidden elements are dropped (not the whole
``<head>``: sloppy pages leave it open, and html.parser then nests the body inside it); whitespace inside
running text collapses as a browser shows it (``<pre>`` keeps its own); table rows are lines with
cells joined by a TAB, like Word tables. Bytes are decoded by the page's declared charset when it
decodes cleanly, otherwise by detection.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import CData, PageElement

from checker.errors import InputError
from checker.read.encoding import UndecodableError, decode_bytes
from checker.read.files import short_message

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


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 4 KB (``<meta charset>``, http-equiv, XML)."""
    match = _DECLARED.search(data[:4096])
    if not match:
        return None
    return (match.group(1) or match.group(2)).decode("ascii")


def visible_text(markup: str) -> str:
    """The text a reader sees, one block per line, no blank lines.

    One pass over the parsed tree, without modifying it: inserting line-break strings into the
    tree costs a scan of the parent's children each time, quadratic on long pages.
    """
    soup = BeautifulSoup(markup, "html.parser")
    out: list[str] = []
    preserve = 0  # inside <pre> and kin: whitespace is kept as written
    stack: list[tuple[PageElement, bool]] = [(soup, False)]
    while stack:
        node, leaving = stack.pop()
        if leaving:
            name = node.name  # type: ignore[attr-defined]
            if name in _PRESERVE:
                preserve -= 1
            if name in _CELLS:
                out.append("\t")
            elif name in _BLOCKS:
                out.append("\n")
            continue
        if isinstance(node, NavigableString):
            if type(node) in (NavigableString, CData):  # not comments, doctype, script text …
                text = str(node)
                out.append(text if preserve else _HTML_SPACE.sub(" ", _CJK_BREAK.sub("", text)))
            continue
        if not isinstance(node, Tag) or node.name in _DROPPED or _is_hidden(node):
            continue
        if node.name == "br":
            out.append("\n")
            continue
        if node.name in _BLOCKS:
            out.append("\n")
        if node.name in _PRESERVE:
            preserve += 1
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node.contents))
    lines = (_CELL_GAP.sub("\t", line).rstrip(" \u00a0\t").lstrip(" \u00a0") for line in "".join(out).split("\n"))
    return "\n".join(line for line in lines if line.strip())


def _is_hidden(tag: Tag) -> bool:
    if tag.has_attr("hidden") or tag.get("aria-hidden") == "true":
        return True
    style = tag.get("style")
    return isinstance(style, str) and _HIDDEN_STYLE.search(style) is not None


def read_html(name: str, data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)`` for an HTML file's bytes."""
    if not data.strip():
        raise InputError(name, "file is empty")
    try:
        markup, encoding = decode_bytes(data, declared=declared_charset(data))
    except UndecodableError as exc:
        raise InputError(name, str(exc)) from None
    try:
        return visible_text(markup), encoding
    except Exception as exc:  # the parser is lenient; anything it still rejects is bad input
        raise InputError(name, f"cannot parse HTML: {short_message(exc)}") from None
