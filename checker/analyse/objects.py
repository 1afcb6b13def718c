"""The specific objects a finding (or one of its sub-points) is about, and whether a measure touches them.

An expert asks of a measure: does it act on *this* finding's money, units, cases, things? So the
objects are what a finding names specifically — named units (县中医院), amounts (0.88万元), counts
with their nouns (8名), and the key problem nouns and states from the rubric (lexicons
``object_nouns``: 礼金, 承包商, 器材, 挂证 …; ``problem_states``: 损坏, 滞留, 闲置 …). Broad nouns
that name an area rather than a thing (工程, 项目, 资金, 安全) are deliberately not listed: "收受工程承包商
礼金" is about the contractor's gifts, and a measure about works safety does not touch it.
A measure touches an object when it names it or one of its synonyms (lexicon ``object_synonyms``,
entries ``a|b|c``: 退还 touches 违规发放, 维修 touches 损坏). Abstract findings (作风不实, 压力传导不够)
have no objects: lexical distance from a concrete measure says nothing there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.analyse.markers import find_markers
from checker.analyse.scan import Compiled, doc_memo

_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Obj:
    """One specific object: where the finding names it and what in a measure would touch it."""

    kind: str  # unit | amount | count | noun | state
    start: int
    end: int
    keys: tuple[str, ...]

    def touched_by(self, measure: str) -> bool:
        return any(k and k in measure for k in self.keys)


def _synonyms(c: Compiled) -> dict[str, tuple[str, ...]]:
    """Each word of an ``object_synonyms`` group mapped to the whole group (cached on the compiled rubric)."""
    cache = c.memo.get("object_synonyms")
    if cache is not None:
        return cache
    out: dict[str, tuple[str, ...]] = {}
    for entry in c.rubric.lexicons.get("object_synonyms", []):
        group = tuple(w.strip() for w in entry.split("|") if w.strip())
        for w in group:
            out[w] = tuple(dict.fromkeys(out.get(w, ()) + group))
    c.memo["object_synonyms"] = out
    return out


def _unit_key(c: Compiled, name: str, suffix: str) -> tuple[int, str]:
    """Where the name starts after its last word break, and what tells the unit apart (县中医院 → 中医院;
    和城关镇卫生院 → 城关镇卫生院); the key is empty when only generic words remain."""
    breaks = c.words("unit_name_breaks")
    cut = max((i for i, ch in enumerate(name) if ch in breaks), default=-1)
    rest = c.lex("generic_unit_words").sub("", name[cut + 1 :])
    return cut + 1, (rest + suffix if rest else "")


def _figure_key(kind: str, raw: str) -> str:
    """An amount or count as a measure would repeat it: the number with its unit word, spaces and 余/多 dropped."""
    s = _SPACE.sub("", raw).replace("余", "").replace("多", "")
    return s if kind == "count" else s.rstrip("元")


def finding_objects(c: Compiled, text: str, start: int, end: int) -> list[Obj]:
    """The specific objects named in ``text[start:end]``, in text order (empty for an abstract finding).
    Memoised per document: off_target and partial_coverage both ask for each finding's."""
    memo = doc_memo(c.memo, "finding_objects", text)
    found = memo.get((start, end))
    if found is None:
        found = memo[(start, end)] = tuple(_finding_objects(c, text, start, end))
    return list(found)


def _finding_objects(c: Compiled, text: str, start: int, end: int) -> list[Obj]:
    syn = _synonyms(c)
    out: list[Obj] = []
    rx = c.pat("named_unit")
    if "name" in rx.groupindex:
        for m in rx.finditer(text, start, end):
            skip, key = _unit_key(c, m.group("name"), text[m.end("name") : m.end()])
            if len(key) >= 3:
                out.append(Obj("unit", m.start("name") + skip, m.end(), (key,)))
    for mk in find_markers(c, text, start, end):
        if mk.kind in ("amount", "count") and _DIGITS.search(mk.text):
            out.append(Obj(mk.kind, mk.start, mk.end, (_figure_key(mk.kind, mk.text),)))
    for kind, lexicon in (("noun", "object_nouns"), ("state", "problem_states")):
        for m in c.lex(lexicon).finditer(text, start, end):
            w = m.group(0)
            out.append(Obj(kind, m.start(), m.end(), syn.get(w, (w,))))
    out.sort(key=lambda o: (o.start, -o.end))
    return out


SPECIFIC_KINDS: tuple[str, ...] = ("unit", "amount", "noun", "state")


def distinct_specific(objs: list[Obj]) -> int:
    """How many different specific objects are named (synonyms count once, counts not at all).

    One lone noun is weak evidence of what a finding is about (a measure may paraphrase it in words
    no lexicon lists); two or more (礼金 + 承包商, 器材 + 损坏) pin the finding down."""
    return len({o.keys for o in objs if o.kind in SPECIFIC_KINDS})


def untouched(objs: list[Obj], measure: str) -> list[Obj]:
    return [o for o in objs if not o.touched_by(measure)]
