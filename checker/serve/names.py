"""Names of uploaded files, as the page shows them and as downloads are called.

A browser sends whatever name the file has. Folders are dropped; characters that act instead of
showing — controls, and format characters such as the right-to-left override U+202E that makes
``a\u202egnp.docx`` read as ``axcod.png`` — become visible stand-ins (``[U+202E]``), so the page,
the reviews and the downloads all name the file by what it really is.
"""

from __future__ import annotations

import unicodedata
from pathlib import PurePosixPath
from urllib.parse import quote

# Unicode categories that do not show as themselves: controls, format characters (bidi overrides
# and isolates, zero-width characters, the BOM, soft hyphen), line and paragraph separators,
# surrogates and private use.
HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co"})
# Characters a file name cannot carry on one system or another: replaced by "_".
SEPARATORS = frozenset('/\\:')
LONGEST = 120  # characters of a name kept; the suffix is kept whole when it is short


def is_hidden(char: str) -> bool:
    return unicodedata.category(char) in HIDDEN_CATEGORIES


def visible(text: str) -> str:
    """``text`` with every character that would not show as itself written as ``[U+XXXX]``."""
    return "".join(f"[U+{ord(c):04X}]" if is_hidden(c) else c for c in text)


def safe_name(sent: str) -> str:
    """The file's own name: without any folder a browser may send, separators as ``_``, hidden
    characters visible, at most ``LONGEST`` characters."""
    name = PurePosixPath(sent.replace("\\", "/")).name
    name = "".join("_" if c in SEPARATORS else c for c in name)
    name = visible(name).strip(" .") or "upload"
    if len(name) > LONGEST:
        stem, dot, suffix = name.rpartition(".")
        name = (stem[: LONGEST - 10] + dot + suffix) if dot and len(suffix) <= 8 else name[:LONGEST]
    return name


def unique(name: str, used: set[str]) -> str:
    """``name``, or ``name (2)``, ``name (3)`` … when an earlier file of the upload has it."""
    stem, dot, suffix = name.rpartition(".")
    candidate, n = name, 2
    while candidate in used:
        candidate = f"{stem} ({n}){dot}{suffix}" if dot else f"{name} ({n})"
        n += 1
    used.add(candidate)
    return candidate


def content_disposition(filename: str) -> str:
    """An attachment named ``filename``: ASCII fallback plus the UTF-8 name (RFC 6266/5987). A
    character that would not show as itself never reaches the saved file's name."""
    shown = "".join("_" if is_hidden(c) or c in SEPARATORS else c for c in filename)
    fallback = "".join(c if c.isascii() and c.isprintable() and c not in '"\\' else "_" for c in shown)
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(shown, safe='')}"
