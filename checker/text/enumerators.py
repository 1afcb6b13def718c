"""Enumerators of Chinese official documents, compiled once.

Heading markers open a line: ``一、`` ``(一)/（一）`` ``第一,`` ``1.``/``1、``/``1．`` ``问题1:``
``(1)/（1）/1)`` ``①``. Item markers may also sit inside a paragraph, but only at a sentence start
(after the start, 。！？；; a colon or a line break): ``整改情况:一是…。二是…`` — never mid-word,
so the 一是 of 统一是 is not a marker.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from checker.text.numerals import parse_ordinal

CN_DIGITS = "一二三四五六七八九十百〇零两"
_CN = f"[{CN_DIGITS}]{{1,3}}"
_D = "[0-9０-９]{1,3}"

# Nesting rank of each heading family in the usual hierarchy 一、 > (一) > 1. > 问题1: > (1) > ①.
HEADING_RANK: dict[str, int] = {
    "cn_dun": 1,
    "cn_paren": 2,
    "ordinal": 2,
    "num": 3,
    "problem_n": 4,
    "problem_label": 4,  # an unnumbered "问题：…" line, numbered by position (see the segmenter)
    "num_paren": 5,
    "circled": 6,
    "shi": 7,  # 一是… lines read as items (see the segmenter's point_items)
}

# Families an inline item list may use, in the order they are tried.
ITEM_FAMILIES: tuple[str, ...] = ("shi", "num", "num_paren", "cn_paren", "cn_dun", "circled", "ordinal")

_ALTERNATIVES = {
    # 问题1： / 反馈问题二、 / 隐患3： / 整改任务一： / 任务2：; never "问题5项", "任务5项" (a count).
    "problem_n": rf"(?:(?:反馈)?问题|隐患(?=\s*(?:{_D}|{_CN})\s*[:：、])|整改任务|任务(?=\s*(?:{_D}|{_CN})\s*[:：]))\s*[(（]?\s*(?P<v_problem_n>{_D}|{_CN})"
    r"(?![0-9０-９个项条件名处次人户万元％%])\s*[)）]?\s*[:：、.．]?",
    "cn_paren": rf"[(（]\s*(?P<v_cn_paren>{_CN})\s*[)）]\s*[、.．]?",
    "num_paren": rf"(?:[(（]\s*(?P<v_num_paren>{_D})\s*[)）]|(?P<v_num_paren2>{_D})[)）])\s*[、.．]?",
    "num": rf"(?P<v_num>{_D})\s*(?:[、．]|\.(?![0-9]))",
    "cn_dun": rf"(?P<v_cn_dun>{_CN})\s*[、．]",
    "circled": r"(?P<v_circled>[①-⑳])\s*[、.．]?",
    "ordinal": rf"第(?P<v_ordinal>{_CN})\s*[,，、:：]",
    "shi": rf"(?P<v_shi>{_CN})是(?!否)",
}


def _alternation(families: tuple[str, ...]) -> str:
    return "|".join(f"(?P<{f}>{_ALTERNATIVES[f]})" for f in families)


_HEADING_FAMILIES = ("problem_n", "cn_paren", "num_paren", "num", "cn_dun", "circled", "ordinal")
HEADING_RE = re.compile(rf"(?:#{{1,6}}\s*)?(?:{_alternation(_HEADING_FAMILIES)})\s*")
# ``(?<![^…])`` is "preceded by one of … or at the start": a one-character lookbehind that also
# matches at offset 0.
_ITEM_FAMILIES_RE = ("shi", "cn_paren", "num_paren", "num", "cn_dun", "circled", "ordinal")
ITEM_RE = re.compile(rf"(?<![^。！？!?；;：:\n])[ \t\u3000]*(?P<mk>{_alternation(_ITEM_FAMILIES_RE)})")
# The families a paragraph is cut at (not 一是 or 第一，). Neither of those two can start where another
# family starts, nor can one start inside them (no sentence start there), so this finds exactly the
# markers of these families that ITEM_RE finds, without making the others.
_CUT_FAMILIES_RE = ("cn_paren", "num_paren", "num", "cn_dun", "circled")
CUT_ITEM_RE = re.compile(rf"(?<![^。！？!?；;：:\n])[ \t\u3000]*(?P<mk>{_alternation(_CUT_FAMILIES_RE)})")


class Marker(NamedTuple):
    """An enumerator as written: ``text[start:end]`` is the marker (with its punctuation). A tuple:
    a large report has a hundred thousand of them."""

    family: str
    value: int
    start: int
    end: int
    text: str

    @property
    def rank(self) -> int:
        return HEADING_RANK.get(self.family, 9)


def _marker_from(m: re.Match[str], families: tuple[str, ...], offset: int, start_group: str | None) -> Marker | None:
    for fam in families:
        if m.group(fam) is None:
            continue
        raw = m.group(f"v_{fam}")
        if raw is None and fam == "num_paren":
            raw = m.group("v_num_paren2")
        value = parse_ordinal(raw or "")
        if value is None:
            return None
        a = m.start(start_group) if start_group else m.start(fam)
        b = m.end(fam)
        return Marker(fam, value, a + offset, b + offset, m.string[a:b])
    return None


def match_heading_marker(text: str, pos: int = 0, end: int | None = None) -> Marker | None:
    """The heading enumerator at ``text[pos:]`` (a line's first character), or ``None``.

    Offsets in the result are offsets into ``text``; the marker's end skips trailing spaces so the
    heading's own words start there.
    """
    m = HEADING_RE.match(text, pos, len(text) if end is None else end)
    if m is None:
        return None
    mk = _marker_from(m, _HEADING_FAMILIES, 0, None)
    if mk is None:
        return None
    # A Markdown '#' prefix belongs to the marker; so do the spaces after it.
    return Marker(mk.family, mk.value, m.start(), m.end(), text[m.start() : m.end()].rstrip())


def iter_item_markers(text: str, start: int = 0, end: int | None = None, cut_only: bool = False) -> Iterator[Marker]:
    """Item enumerators at sentence starts inside ``text[start:end]`` (``start`` counts as a
    sentence start). Offsets are into ``text``. ``cut_only``: only the families a paragraph is cut
    at (no 一是, no 第一，)."""
    stop = len(text) if end is None else end
    chunk = text[start:stop]  # a slice so that ``start`` itself counts as a sentence start
    rx, families = (CUT_ITEM_RE, _CUT_FAMILIES_RE) if cut_only else (ITEM_RE, _ITEM_FAMILIES_RE)
    for m in rx.finditer(chunk):
        mk = _marker_from(m, families, start, "mk")
        if mk is not None:
            yield mk
