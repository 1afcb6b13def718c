"""Full/half-width folding. Every function here maps one character to one character, so offsets
computed on the folded text are valid offsets into the original."""

from __future__ import annotations

import re

# Full-width ASCII block (！ … ～) and the ideographic space fold to their ASCII twins.
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FOLD[0x3000] = 0x20

TITLE_MAX = 80
_BREAK_RE = re.compile(r"[ \t\u3000]*\n[ \t\u3000\n]*")
_SPACES_RE = re.compile(r"[\s\u3000\u00a0\ufeff]+")
# Characters that carry no content in a form field: a field reading "、" or "——" is blank.
_BLANK_VALUE_RE = re.compile(r"^[\s\u3000\u00a0、，,；;。.：:\-—_/／\\|（）()\[\]【】“”\"'‘’…·*＊无/]*$")


def fold_width(s: str) -> str:
    """``"（一）１．：，"`` → ``"(一)1.:,"``; same length as ``s``."""
    return s.translate(_FOLD)


def strip_spaces(s: str) -> str:
    """Remove all whitespace, including ideographic and no-break spaces (``"通   报"`` → ``"通报"``)."""
    return _SPACES_RE.sub("", s)


def is_blank_value(s: str) -> bool:
    """True when a field value has no substance: empty, spaces, or only punctuation such as ``"、"``.

    ``"无"`` alone also counts as blank (a form's way of leaving a field empty).
    """
    return bool(_BLANK_VALUE_RE.match(s))


def shown_title(s: str) -> str:
    """A title as shown: hard-wrapped lines joined, at most ``TITLE_MAX`` characters."""
    s = _BREAK_RE.sub("", s)
    return s if len(s) <= TITLE_MAX else s[: TITLE_MAX - 1] + "…"


def one_line(text: str) -> str:
    """Collapse line breaks and runs of blanks: evidence and titles are shown on one line."""
    return " ".join(text.split())


def truncate(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` characters with "…" when longer."""
    text = one_line(text)
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"
