"""Two questions asked of a regular expression's source, answered conservatively (an answer of
``True`` is always right; a pattern the reading does not understand gets ``False``):

- :func:`context_free`: does a match depend on nothing but the characters it spans — no anchors,
  lookarounds, back references, conditionals, atomic groups or possessive repeats, and never an
  empty match? Such a pattern finds, inside a stretch of text, what a scan of the stretch alone finds.
- :func:`needs_digit`: does every match hold a digit (``\\d``)? A span without digits then need not
  be scanned at all.

Only the pattern's text is read (escapes, character classes, groups, alternatives, quantifiers).
"""

from __future__ import annotations

import re

_CONTEXT_ESCAPES = frozenset("bBAZz123456789")
_CONTEXT_GROUPS = ("(?=", "(?!", "(?<=", "(?<!", "(?>", "(?P=", "(?(")
_QUANTIFIER_RE = re.compile(r"\*|\+|\?|\{(\d*)(?:,(\d*))?\}")


def _class_end(src: str, i: int) -> int:
    """The index after the character class opening at ``src[i] == "["``."""
    j = i + 1
    if j < len(src) and src[j] == "^":
        j += 1
    if j < len(src) and src[j] == "]":
        j += 1  # a "]" first in a class is a literal
    while j < len(src) and src[j] != "]":
        j += 2 if src[j] == "\\" else 1
    return j + 1


def _group_end(src: str, i: int) -> int:
    """The index after the group opening at ``src[i] == "("``."""
    depth, j = 0, i
    while j < len(src):
        ch = src[j]
        if ch == "\\":
            j += 2
            continue
        if ch == "[":
            j = _class_end(src, j)
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return len(src)


def _quantifier(src: str, i: int) -> tuple[int, int, bool]:
    """(end index, the least number of repeats, possessive) of the quantifier at ``src[i]``, if
    any; (i, 1, False) when none follows."""
    m = _QUANTIFIER_RE.match(src, i)
    if m is None:
        return i, 1, False
    q = m.group(0)
    least = 0 if q in ("*", "?") else 1 if q == "+" else int(m.group(1) or 0)
    end = m.end()
    possessive = end < len(src) and src[end] == "+"
    if end < len(src) and src[end] in "?+":
        end += 1  # a lazy or possessive quantifier
    return end, least, possessive


def context_free(rx: re.Pattern[str]) -> bool:
    src = rx.pattern
    i = 0
    while i < len(src):
        ch = src[i]
        if ch == "\\":
            if i + 1 < len(src) and src[i + 1] in _CONTEXT_ESCAPES:
                return False
            i += 2
        elif ch == "[":
            i = _class_end(src, i)
        elif ch in "^$" or (ch == "(" and src.startswith(_CONTEXT_GROUPS, i)):
            return False
        elif ch in "*+?}" and i + 1 < len(src) and src[i + 1] == "+":
            return False  # a possessive repeat
        else:
            i += 1
    return rx.match("") is None


def _alternatives(src: str) -> list[str]:
    """``src`` split at its top-level ``|``."""
    out, depth, start, i = [], 0, 0, 0
    while i < len(src):
        ch = src[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(src, i)
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(src[start:i])
            start = i + 1
        i += 1
    out.append(src[start:])
    return out


def _sequence_needs_digit(src: str) -> bool:
    """Whether one alternative (no top-level ``|``) holds, outside anything optional, a ``\\d``, a
    digit written as itself, or a group every alternative of which does."""
    i = 0
    while i < len(src):
        ch = src[i]
        if ch == "\\":
            atom_digit, nxt = src[i + 1 : i + 2] == "d", i + 2
        elif ch == "[":
            atom_digit, nxt = False, _class_end(src, i)
        elif ch == "(":
            end = _group_end(src, i)
            inner = src[i + 1 : end - 1]
            if inner.startswith("?:"):
                inner = inner[2:]
            elif inner.startswith("?P<"):
                inner = inner[inner.index(">") + 1 :]
            elif inner.startswith("?"):
                inner = ""  # flags, lookarounds and the like: nothing to count on
            atom_digit, nxt = bool(inner) and all(_sequence_needs_digit(a) for a in _alternatives(inner)), end
        else:
            atom_digit, nxt = ch.isdecimal(), i + 1  # a digit written as itself (100%)
        nxt, least, _ = _quantifier(src, nxt)
        if atom_digit and least >= 1:
            return True
        i = nxt
    return False


def needs_digit(rx: re.Pattern[str]) -> bool:
    src = rx.pattern
    if src.startswith("(?") and not src.startswith(("(?:", "(?P<", "(?=", "(?!", "(?<")):
        return False  # inline flags: read no further
    return all(_sequence_needs_digit(a) for a in _alternatives(src))
