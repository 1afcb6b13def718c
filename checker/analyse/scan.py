"""What every analyser reads: the rubric compiled once (lexicons and patterns as regexes), and the
text helpers shared by the analysers (sentences, trimmed spans, memo tables, hits)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from checker.models import FlagHit

if TYPE_CHECKING:
    from checker.rubric import Rubric
    from checker.vocabulary import Vocabulary

_NEVER = re.compile(r"(?!x)x")
# "…" in a lexicon entry is a short gap inside one clause: 确保…到位 matches 确保各类问题彻底整改到位.
_GAP = r"[^。！？!?；;\n]{0,24}?"


def lexicon_regex(words: list[str]) -> re.Pattern[str]:
    """One alternation for a word list, longest first; ``…`` entries become bounded gaps.

    Ties are broken by the word itself: in set order they would follow the hash seed, and which of
    two equal-length alternatives matches first (hence flag messages) would change from run to run."""
    parts = []
    # An entry of gaps alone (``…``) names nothing: it would match the empty string.
    for w in sorted({w.strip() for w in words if w.replace("…", "").strip()}, key=lambda w: (-len(w), w)):
        parts.append(_GAP.join(re.escape(p) for p in w.split("…")))
    return re.compile("|".join(parts)) if parts else _NEVER


@dataclass
class Compiled:
    """A rubric with its lexicons and patterns compiled; built once per rubric (see :func:`compiled`)."""

    rubric: Rubric
    _lex: dict[str, re.Pattern[str]] = field(default_factory=dict)
    _pat: dict[str, re.Pattern[str]] = field(default_factory=dict)
    _words: dict[str, frozenset[str]] = field(default_factory=dict)
    memo: dict[str, Any] = field(default_factory=dict)  # derived tables an analyser builds once per rubric

    def lex(self, name: str) -> re.Pattern[str]:
        rx = self._lex.get(name)
        if rx is None:
            rx = self._lex[name] = lexicon_regex(self.rubric.lexicons.get(name, []))
        return rx

    def reach(self, name: str) -> int:
        """The longest text a word of lexicon ``name`` can match (a ``…`` gap reaches 24 characters)."""
        key = f"reach:{name}"
        found = self.memo.get(key)
        if found is None:
            words = [w.strip() for w in self.rubric.lexicons.get(name, [])]
            found = self.memo[key] = max((len(w.replace("…", "")) + 24 * w.count("…") for w in words), default=0)
        return int(found)

    def words(self, name: str) -> frozenset[str]:
        ws = self._words.get(name)
        if ws is None:
            ws = self._words[name] = frozenset(self.rubric.lexicons.get(name, []))
        return ws

    def pat(self, name: str) -> re.Pattern[str]:
        rx = self._pat.get(name)
        if rx is None:
            src = self.rubric.patterns.get(name)
            rx = self._pat[name] = re.compile(src) if src else _NEVER
        return rx

    @cached_property
    def v(self) -> Vocabulary:
        """The rubric's reading vocabulary: the analysers' own scans beside its lexicons."""
        return self.rubric.reading_vocabulary()

    def param(self, code: str, name: str, default: Any) -> Any:
        rule = self.rubric.flags.get(code)
        return rule.params.get(name, default) if rule is not None else default


_CACHE: dict[tuple[str, int], Compiled] = {}


def compiled(rubric: Rubric) -> Compiled:
    """The compiled form of ``rubric``, cached by its ref (and identity, so an edited file recompiles)."""
    key = (rubric.ref, id(rubric))
    c = _CACHE.get(key)
    if c is None or c.rubric is not rubric:
        if len(_CACHE) > 32:
            _CACHE.clear()
        c = _CACHE[key] = Compiled(rubric)
    return c


def span_of(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` with surrounding whitespace trimmed (offsets stay into ``text``)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def hit(code: str, text: str, start: int, end: int, **detail: Any) -> FlagHit:
    """A FlagHit whose evidence is exactly ``text[start:end]`` (whitespace trimmed)."""
    start, end = span_of(text, start, end)
    return FlagHit(code=code, evidence=text[start:end], start=start, end=end, detail=detail)


_MEMO_LIMIT = 512


def doc_memo(owner: dict[str, Any], name: str, text: str) -> dict[Any, Any]:
    """A memo table for results computed on spans of ``text``, kept in ``owner[name]``.

    Analysers ask for the same spans of one finding many times over (sentences, markers, tokens),
    finding after finding; the table holds one document at a time, starts afresh when another
    text comes in (never another document's results), and is emptied past ``_MEMO_LIMIT`` entries:
    repeats are close together, and a table over a whole large report cost more memory (token
    sets) than the time it saved."""
    slot = owner.get(name)
    if slot is None or slot[0] is not text or len(slot[1]) >= _MEMO_LIMIT:
        slot = owner[name] = (text, {})
    return slot[1]


_SENT_RE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]*")
_SENT_MEMO: dict[str, Any] = {}


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans in ``text[start:end]`` (ending at 。！？；; or a line break), whitespace trimmed."""
    stop = len(text) if end is None else end
    memo = doc_memo(_SENT_MEMO, "sentences", text)
    cached = memo.get((start, stop))
    if cached is not None:
        return list(cached)  # a copy: callers may extend what they get
    out = []
    for m in _SENT_RE.finditer(text, start, stop):
        a, b = span_of(text, m.start(), m.end())
        if a < b:
            out.append((a, b))
    memo[(start, stop)] = tuple(out)
    return out
