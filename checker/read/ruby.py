"""Pinyin glosses a web page wrote after its characters (審計(jì)廳, 問(wèn)題): ruby annotations that
lost their markup when the page was flattened to text. They are no part of the words: a heading
``問(wèn)題`` is ``問題`` to a reader, and to every pattern that looks for it.

A gloss is dropped only on a page that carries many of them with tone marks, so a lone
``(de)`` or an English word in brackets on an ordinary page is kept.
"""

from __future__ import annotations

import re

_SYLLABLE = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
_TONED = re.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")
# a gloss stands right after a character, in ASCII or full-width brackets
_GLOSS = re.compile(rf"(?<=[\u3400-\u9fff])[(（][{_SYLLABLE}]{{1,6}}[)）]")
_MIN_TONED = 5  # fewer toned glosses than this: brackets of the text's own, not a page's ruby


def drop_pinyin_glosses(text: str) -> str:
    """``text`` without the pinyin glosses after its characters, when it is a page written so."""
    glosses = _GLOSS.findall(text)
    if sum(1 for g in glosses if _TONED.search(g)) < _MIN_TONED:
        return text
    return _GLOSS.sub("", text)


def without_glosses(words: str) -> str:
    """``words`` (a phrase quoted from such a page) without the toned glosses it carries: the phrase as
    the reading holds it, whatever the page's count of glosses."""
    return _GLOSS.sub(lambda m: "" if _TONED.search(m.group(0)) else m.group(0), words)
