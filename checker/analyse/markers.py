"""Verifiable markers and the profile of one measure item.

A reader can check a measure that names amounts (1.497万元), counts (35名), dates (7月17日), document
numbers (〔2024〕90号), named documents (《…办法》), before/after figures (由X降至Y) or named units
(新野县浩洋餐具清洗服务有限公司). Slogans (高度重视, 进一步加强, 确保…到位), meetings, documents and study
are not acts on the problem; concrete acts are (退还, 约谈, 验收, 停业整改 …). All word lists and
patterns come from the rubric (``patterns.<kind>``, ``lexicons.*``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from checker.analyse.context import Compiled, doc_memo

STRONG_KINDS: tuple[str, ...] = (
    "amount", "count", "date", "doc_number", "named_document", "before_after", "named_unit",
)
HOLLOW_LEXICONS: tuple[str, ...] = ("slogans", "meeting_words", "document_words", "study_words")


@dataclass(frozen=True)
class Marker:
    kind: str
    start: int
    end: int
    text: str


def _named_units(c: Compiled, text: str, start: int, end: int) -> list[Marker]:
    """Units with a proper name: the suffix (医院, 公司, 村 …) preceded by a name, not by 各/全县/基层 …"""
    generic = c.lex("generic_unit_words")
    breaks = c.words("unit_name_breaks")
    out = []
    for m in c.pat("named_unit").finditer(text, start, end):
        name = m.group("name") if "name" in m.re.groupindex else m.group(0)
        cut = max((i for i, ch in enumerate(name) if ch in breaks), default=-1)
        rest = generic.sub("", name[cut + 1 :])  # 完成对市人民医院 → 市人民; 的大型医院 → 大型 → generic
        if len(rest) >= 2:
            out.append(Marker("named_unit", m.start(), m.end(), m.group(0)))
    return out


def find_markers(c: Compiled, text: str, start: int = 0, end: int | None = None) -> list[Marker]:
    """Every verifiable marker in ``text[start:end]``, in text order."""
    stop = len(text) if end is None else end
    # The same spans come back from several analysers (item profiles, coverage, objects, claims).
    memo = doc_memo(c.memo, "find_markers", text)
    cached = memo.get((start, stop))
    if cached is not None:
        return list(cached)
    out: list[Marker] = []
    for kind in STRONG_KINDS:
        if kind == "named_unit":
            out.extend(_named_units(c, text, start, stop))
            continue
        for m in c.pat(kind).finditer(text, start, stop):
            if m.end() > m.start():
                out.append(Marker(kind, m.start(), m.end(), m.group(0)))
    out.sort(key=lambda mk: (mk.start, -mk.end))
    memo[(start, stop)] = tuple(out)
    return out


def _spans(rx: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in rx.finditer(text, start, end) if m.end() > m.start()]


@dataclass
class ItemProfile:
    """What one measure item (or sentence) is made of."""

    start: int
    end: int
    markers: list[Marker] = field(default_factory=list)
    slogans: list[tuple[int, int]] = field(default_factory=list)  # slogans, meetings, documents, study
    acts: list[tuple[int, int]] = field(default_factory=list)  # concrete acts on a problem
    future: list[tuple[int, int]] = field(default_factory=list)  # promises: 下一步将, 拟, 力争 …
    done: list[tuple[int, int]] = field(default_factory=list)  # completion aspect: 已, 完成, …了

    @property
    def strong(self) -> bool:
        return bool(self.markers)

    @property
    def concrete(self) -> bool:
        """Acts on the problem: a verifiable marker, or concrete acts at least as many as slogans."""
        return self.strong or (bool(self.acts) and len(self.acts) >= len(self.slogans))

    @property
    def hollow(self) -> bool:
        """Slogans, meetings, documents or study outweigh any act, and nothing is checkable."""
        return not self.strong and len(self.slogans) > len(self.acts)


def profile(c: Compiled, text: str, start: int, end: int) -> ItemProfile:
    slogans: list[tuple[int, int]] = []
    for name in HOLLOW_LEXICONS:
        slogans.extend(_spans(c.lex(name), text, start, end))
    return ItemProfile(
        start=start,
        end=end,
        markers=find_markers(c, text, start, end),
        slogans=sorted(set(slogans)),
        acts=_spans(c.lex("action_verbs"), text, start, end),
        future=_spans(c.lex("future_markers"), text, start, end),
        done=_spans(c.lex("done_markers"), text, start, end) + _spans(c.pat("done_aspect"), text, start, end),
    )
