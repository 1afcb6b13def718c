"""Chinese numerals as used in enumerators and counts: 一 … 十 … 九十九, 百, 两, 〇/零; sums of money
written with a magnitude (3466.7万元)."""

from __future__ import annotations

import re
from functools import lru_cache

_DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
_UNITS: dict[str, int] = {"十": 10, "百": 100, "千": 1000}
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_MAGNITUDES: dict[str, float] = {"亿": 1e8, "万": 1e4, "千": 1e3}
# a figure, with 余/多 (more than) and its magnitude after it
_AMOUNT_FIGURE_RE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:余|多)?\s*([万亿千])?")


def cn_to_int(s: str) -> int | None:
    """``"十一"`` → 11, ``"二十"`` → 20, ``"一百零五"`` → 105; ``None`` if ``s`` is not a numeral.

    A bare digit sequence such as ``"一二"`` (year style) reads digit by digit.
    """
    s = s.strip()
    if not s:
        return None
    if all(ch in _DIGITS for ch in s):
        if len(s) == 1:
            return _DIGITS[s]
        value = 0
        for ch in s:
            value = value * 10 + _DIGITS[ch]
        return value
    total, digit = 0, None
    for ch in s:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _UNITS:
            total += (1 if digit is None else digit) * _UNITS[ch]
            digit = None
        else:
            return None
    if digit is not None:
        total += digit
    return total


def int_to_cn(n: int) -> str:
    """11 → ``"十一"``, 20 → ``"二十"`` (1 ≤ n ≤ 99; other values fall back to Arabic digits)."""
    names = "零一二三四五六七八九"
    if 0 <= n < 10:
        return names[n]
    if 10 <= n < 100:
        tens, ones = divmod(n, 10)
        head = "" if tens == 1 else names[tens]
        return head + "十" + ("" if ones == 0 else names[ones])
    return str(n)


@lru_cache(maxsize=4096)  # enumerators repeat: a large report asks for 一, 二, 1 … a hundred thousand times
def parse_ordinal(token: str) -> int | None:
    """The value of an enumerator's number part: Arabic (``"12"``, full-width too),
    Chinese (``"十二"``) or circled (``"⑫"``)."""
    token = token.strip()
    if not token:
        return None
    if token in _CIRCLED:
        return _CIRCLED.index(token) + 1
    folded = "".join(chr(ord(c) - 0xFEE0) if "０" <= c <= "９" else c for c in token)
    if folded.isdigit():
        return int(folded)
    return cn_to_int(token)


def amount_in_yuan(raw: str) -> float | None:
    """The sum an amount (3466.7万元, 1.96 万元, 800元) stands for, in yuan; None when it holds no figure."""
    m = _AMOUNT_FIGURE_RE.search(raw)
    if m is None:
        return None
    return float(m.group(1)) * _MAGNITUDES.get(m.group(2) or "", 1.0)
