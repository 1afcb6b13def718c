"""The reading view of a text: traditional characters as simplified and ASCII punctuation as
full-width, one character for one character, so every offset found in the view is an offset into
the original.

Reports reach users through mirror sites that convert them to traditional characters and through
document-sharing sites that type ``,:;()`` for ``，：；（）``. Every rule of the segmenter and the
analysers is written once, for the usual simplified, full-width text; the view lets those rules read
the rest while spans are still cut from the text as the user gave it.
"""

from __future__ import annotations

import re
from functools import lru_cache

# ASCII punctuation of Chinese prose typed on a Western keyboard. ``.`` is left alone: it is also
# the decimal point and the ``1.`` enumerator, which the rules already read in both forms.
_PUNCT = str.maketrans({",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？"})


@lru_cache(maxsize=1)
def _converter():
    import opencc  # a C++ extension: loaded only when a text holds characters to convert

    return opencc.OpenCC("t2s")


def has_han(text: str) -> bool:
    """Does ``text`` hold a Han character (CJK unified ideographs)?"""
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


@lru_cache(maxsize=1)
def _changes() -> tuple[frozenset[str], tuple[tuple[str, tuple[str, ...]], ...]]:
    """What OpenCC's t2s can change: single characters, and keys of several characters by a
    character they hold (built from OpenCC's dictionaries by ``checker.text.t2s_changes``, checked
    against them by the tests)."""
    from pathlib import Path

    chars, *lines = Path(__file__).with_name("t2s_changes.txt").read_text(encoding="utf-8").split("\n")
    keyed = (line.split("\t") for line in lines if line)
    return frozenset(chars), tuple((ch, tuple(keys.split(" "))) for ch, keys in keyed)


def _converts_to_itself(text: str) -> bool:
    """True when no key of OpenCC's t2s dictionaries that changes is in ``text``: then OpenCC returns
    the text unchanged, and loading it (≈ 7 ms) is skipped for the usual simplified report."""
    chars, phrases = _changes()
    if not chars.isdisjoint(text):
        return False
    return not any(ch in text and any(key in text for key in keys) for ch, keys in phrases)


def to_simplified(text: str) -> str:
    """``text`` with traditional characters replaced by simplified ones, same length.

    OpenCC converts phrases first (乾隆 stays, 乾淨 → 干净); where a phrase conversion would change
    a line's length, that line is converted character by character instead."""
    if not has_han(text) or _converts_to_itself(text):
        return text
    cc = _converter()
    out = cc.convert(text)
    if len(out) == len(text):
        return out
    lines = text.split("\n")
    fixed: list[str] = []
    for line in lines:
        conv = cc.convert(line)
        if len(conv) != len(line):
            conv = "".join(c if len(c := cc.convert(ch)) == 1 else ch for ch in line)
        fixed.append(conv)
    return "\n".join(fixed)


# ``1,365万元`` and ``10:30`` keep their ASCII marks: there they are part of a number.
_IN_NUMBER_RE = re.compile(r"(?<=\d)[,:](?=\d)")
# A full stop typed as ``.`` between Chinese words ends a sentence (``…规则.在医德医风方面…``);
# beside a digit it is a decimal point or the ``1.`` enumerator and stays.
_CJK_STOP_RE = re.compile(r"(?<=[\u4e00-\u9fff）”」])\.(?=[\u4e00-\u9fff“「（])")


def fold_text(text: str) -> str:
    """The reading view: simplified characters, full-width punctuation; ``len`` unchanged."""
    view = to_simplified(text)
    # One replace per mark present (a scan in C each) rather than ``str.translate`` with a table,
    # which looks up every character of the text in Python's dictionary.
    for ascii_mark, wide in _PUNCT.items():
        if chr(ascii_mark) in view:
            view = view.replace(chr(ascii_mark), wide)
    if "." in view:
        view = _CJK_STOP_RE.sub("。", view)
    if "," in text or ":" in text:
        parts: list[str] = []
        pos = 0
        for m in _IN_NUMBER_RE.finditer(text):
            parts += (view[pos : m.start()], m.group())
            pos = m.end()
        if parts:
            view = "".join([*parts, view[pos:]])
    assert len(view) == len(text)
    return view
