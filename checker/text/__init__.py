"""Chinese text helpers shared by the segmenter and the analysers.

- :mod:`checker.text.numerals` — Chinese numerals (一 … 九十九, 百) to ints and back.
- :mod:`checker.text.width` — full/half-width folding that keeps every offset valid.
- :mod:`checker.text.enumerators` — compiled regexes for enumerators (一、 (一) 1. (1) ① 一是 第一,)
  and the sentence-start rule that decides where an inline enumerator may begin.
- :mod:`checker.text.sentences` — sentence spans for clause-level scanning.
"""

from checker.text.enumerators import (
    CN_DIGITS,
    ITEM_FAMILIES,
    Marker,
    iter_item_markers,
    match_heading_marker,
)
from checker.text.numerals import cn_to_int, int_to_cn, parse_ordinal
from checker.text.sentences import SENTENCE_END, iter_sentences
from checker.text.width import fold_width, is_blank_value, strip_spaces

__all__ = [
    "CN_DIGITS",
    "ITEM_FAMILIES",
    "SENTENCE_END",
    "Marker",
    "cn_to_int",
    "fold_width",
    "int_to_cn",
    "is_blank_value",
    "iter_item_markers",
    "iter_sentences",
    "match_heading_marker",
    "parse_ordinal",
    "strip_spaces",
]
