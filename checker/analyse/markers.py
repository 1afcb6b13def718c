"""Verifiable markers and the profile of one measure item.

A reader can check a measure that names amounts (1.497万元), counts (35名), dates (7月17日), document
numbers (〔2024〕90号), named documents (《…办法》), before/after figures (由X降至Y) or named units
(新野县浩洋餐具清洗服务有限公司). Slogans (高度重视, 进一步加强, 确保…到位), meetings, documents and study
are not acts on the problem; concrete acts are (退还, 约谈, 验收, 停业整改 …). All word lists and
patterns come from the rubric (``patterns.<kind>``, ``lexicons.*``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, NamedTuple

from checker.analyse.scan import Compiled, doc_memo
from checker.text.enumerators import iter_item_markers
from checker.text.regex_shape import context_free, needs_digit

STRONG_KINDS: tuple[str, ...] = (
    "amount", "count", "date", "doc_number", "named_document", "before_after", "named_unit",
)
HOLLOW_LEXICONS: tuple[str, ...] = ("slogans", "meeting_words", "document_words", "study_words")


class Marker(NamedTuple):
    """One verifiable marker (a tuple: tens of thousands are made on a large report)."""

    kind: str
    start: int
    end: int
    text: str


def _named_unit(c: Compiled, m: re.Match[str]) -> Marker | None:
    """A match of the ``named_unit`` pattern as a marker, unless what precedes the suffix is generic."""
    name = m.group("name") if "name" in m.re.groupindex else m.group(0)
    breaks = c.words("unit_name_breaks")
    cut = max((i for i, ch in enumerate(name) if ch in breaks), default=-1)
    rest = c.lex("generic_unit_words").sub("", name[cut + 1 :])  # 完成对市人民医院 → 市人民; 的大型医院 → 大型 → generic
    return Marker("named_unit", m.start(), m.end(), m.group(0)) if len(rest) >= 2 else None


def _named_units(c: Compiled, text: str, start: int, end: int) -> list[Marker]:
    """Units with a proper name: the suffix (医院, 公司, 村 …) preceded by a name, not by 各/全县/基层 …"""
    return [mk for m in c.pat("named_unit").finditer(text, start, end) if (mk := _named_unit(c, m)) is not None]


_DIGIT = re.compile(r"\d")


def _kind_patterns(c: Compiled) -> list[tuple[str, re.Pattern[str] | None, bool]]:
    """(kind, pattern, needs a digit) in STRONG_KINDS order, worked out once per rubric; pattern None
    for named units. A span without any digit skips the patterns that need one: most measure units
    have no digit, and the amount/count/date patterns are the slowest to scan."""
    kinds = c.memo.get("marker_patterns")
    if kinds is None:
        kinds = c.memo["marker_patterns"] = [
            (k, None, False) if k == "named_unit" else (k, c.pat(k), needs_digit(c.pat(k))) for k in STRONG_KINDS
        ]
    return kinds


def _all_context_free(c: Compiled) -> bool:
    """Whether every marker pattern of the rubric is context-free (worked out once per rubric)."""
    found = c.memo.get("markers_context_free")
    if found is None:
        found = c.memo["markers_context_free"] = all(context_free(c.pat(k)) for k in STRONG_KINDS)
    return bool(found)


def _marker_order(mk: Marker) -> tuple[int, int]:
    return mk.start, -mk.end


def find_markers(c: Compiled, text: str, start: int = 0, end: int | None = None) -> list[Marker]:
    """Every verifiable marker in ``text[start:end]``, in text order."""
    stop = len(text) if end is None else end
    # The same spans come back from several analysers (item profiles, coverage, objects, claims).
    memo = doc_memo(c.memo, "find_markers", text)
    cached = memo.get((start, stop))
    if cached is not None:
        return list(cached)
    out: list[Marker] = []
    digits = _DIGIT.search(text, start, stop) is not None
    for kind, rx, digit_bound in _kind_patterns(c):
        if rx is None:
            out.extend(_named_units(c, text, start, stop))
            continue
        if digit_bound and not digits:  # no match can lie in a span without a digit
            continue
        out.extend([Marker(kind, *m.span(), m.group()) for m in rx.finditer(text, start, stop) if m.group()])
    out.sort(key=_marker_order)
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
    exhortation_only: bool = False  # every clause opens with 加强/严厉/确保/不断/持续 … and names nothing done
    done_clauses: int = 0  # clauses reporting an act done (已选举产生…) with no slogan, act word or promise

    # Read-only views of the fields above, asked many times by the analysers and the criteria: each
    # is worked out once (a profile is not changed after it is made).
    @cached_property
    def strong(self) -> bool:
        return bool(self.markers)

    @cached_property
    def concrete(self) -> bool:
        """Acts on the problem: a verifiable marker, or concrete acts at least as many as slogans."""
        if self.exhortation_only and not self.strong:
            return False  # 严格按规定及时签订合同: an act urged, not an act done
        return self.strong or (bool(self.acts) and len(self.acts) >= len(self.slogans))

    @cached_property
    def hollow(self) -> bool:
        """Slogans, meetings, documents or study outweigh any act, and nothing is checkable."""
        return not self.strong and (len(self.slogans) > len(self.acts) + self.done_clauses or self.exhortation_only)


_CLAUSE = re.compile(r"[^，,、；;。！？!?\n]+")
_CLAUSE_NO_LIST = re.compile(r"[^，,；;。！？!?\n]+")
_WILL = re.compile("将")
_PROMISE_REACH = 8  # a subject and a promise word open a clause within this many characters


def _after_sequence(c: Compiled, text: str, pos: int, end: int) -> int:
    """Where a clause's words start after its enumerator or sequence word (一是, 2.、, 其次，)."""
    mk = next(iter_item_markers(text, pos, end), None)
    if mk is not None and mk.start == pos:
        return mk.end
    seq = c.v.patterns.sequence_marker.match(text, pos, end)
    return seq.end() if seq else pos


def exhortation_only(c: Compiled, text: str, start: int, end: int) -> bool:
    """Is the item made only of exhortations - each clause opening with a verb of the rubric's
    ``exhortation_verbs`` (加强巡查，严厉打击，确保…持续向好)? Such an item names no act carried out on
    anything, even when none of the lexicon's set phrases appears."""
    rx, timing, future = c.lex("exhortation_verbs"), c.lex("vague_deadlines"), c.lex("future_markers")
    # Every clause that counts must open with one of the verbs: with none starting in the item, the
    # answer is no (one bounded scan; most items hold no exhortation verb).
    if rx.search(text, start, min(len(text), end + c.reach("exhortation_verbs"))) is None:
        return False
    clauses = False
    topic, ask_to = c.v.patterns.measure_topic, c.v.patterns.ask_to_exhort
    skip_sequence = bool(c.param("formalism", "exhortation_after_sequence", False))
    # 加强对棚户区改造、房屋征收资料的搜集: a 、 lists the objects of one verb, it opens no clause;
    # one that opens an act (加强巡查、更换损坏的玻璃) still does
    in_clause = bool(c.param("formalism", "list_mark_in_clause", False))
    clause = _CLAUSE_NO_LIST if in_clause else _CLAUSE
    if in_clause and _act_after_list_mark(c, text, start, end):
        return False
    for m in clause.finditer(text, start, end):
        body = m.group(0).strip()
        # 立行立改，长期坚持 are timing and 对超期办案问题 names the topic: neither is an act either way.
        if body and not timing.fullmatch(body) and not topic.fullmatch(body):
            pos = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
            # 镇财政所将进一步加强…, 下一步将积极…: read the exhortation after its subject and promise word.
            promise = future.search(text, pos, min(pos + _PROMISE_REACH, m.end())) or _WILL.search(
                text, pos, min(pos + _PROMISE_REACH, m.end())
            )
            pos = promise.end() if promise else pos
            if skip_sequence:  # 一是强化…, 其次，加强…: the exhortation opens after the item's sequence word
                pos = _after_sequence(c, text, pos, m.end())
            # 要求基建处进一步强化…: an exhortation addressed to someone else is still one.
            ask = ask_to.match(text, pos, m.end())
            if not rx.match(text, ask.end() if ask and rx.match(text, ask.end()) else pos):
                return False  # one clause that is not an exhortation settles it
            clauses = True
    return clauses


_LIST_MARK = re.compile("、")


def _act_after_list_mark(c: Compiled, text: str, start: int, end: int) -> bool:
    """Does a 、 in ``text[start:end]`` open a concrete act (rubric lexicons ``action_verbs``,
    ``object_fix_verbs``: 加强巡查、更换损坏的玻璃)? Such an item names an act done, not only exhortations."""
    acts = (c.lex("action_verbs"), c.lex("object_fix_verbs"))
    return any(rx.match(text, m.end(), end) for m in _LIST_MARK.finditer(text, start, end) for rx in acts)


def _profile_patterns(c: Compiled) -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The regexes of an item profile, looked up once per rubric: an item is profiled in a dozen
    scans, and a large report has tens of thousands of items."""
    found = c.memo.get("profile_patterns")
    if found is None:
        found = c.memo["profile_patterns"] = (
            tuple(c.lex(name) for name in HOLLOW_LEXICONS),
            c.lex("action_verbs"), c.lex("future_markers"), c.lex("done_markers"), c.pat("done_aspect"),
        )  # fmt: skip
    return found


def profile(c: Compiled, text: str, start: int, end: int) -> ItemProfile:
    """The profile of ``text[start:end]``."""
    return profile_units(c, text, [(start, end)], start, end)[0]


def _deal(
    found: list[tuple[int, int, Any]],
    units: list[tuple[int, int]],
    start: int,
    end: int,
    alone: Callable[[int, int], list[Any]],
) -> list[list[Any]]:
    """The matches of one scan of ``text[start:end]`` by a context-free pattern (:func:`context_free`;
    every lexicon is one), dealt to the units of that stretch, as scans of each unit alone give them.

    A match inside a unit is the one a scan of the unit alone finds, unless a match straddles one of
    the unit's ends (the two scans then part ways): such a unit is scanned on its own (``alone``).
    A measure of eight items costs one scan instead of eight, and most patterns match nowhere in it.
    ``found`` holds (start, end, item) in text order, without overlaps."""
    if not found:
        return [[] for _ in units]
    if all(units[k][1] <= units[k + 1][0] for k in range(len(units) - 1)) and units[0][0] >= start and units[-1][1] <= end:
        return _deal_in_order(found, units, alone)
    starts = [a for a, _, _ in found]
    out: list[list[Any]] = []
    for a, b in units:
        i = bisect_left(starts, a)
        j = bisect_left(starts, b, i)  # found[i:j] start inside the unit
        # Matches do not overlap: only the one before i can straddle a, only the last of them b.
        if a < start or b > end or (i > 0 and found[i - 1][1] > a) or (j > i and found[j - 1][1] > b):
            out.append(alone(a, b))
        else:
            out.append([x[2] for x in found[i:j]])
    return out


def _deal_in_order(
    found: list[tuple[int, int, Any]], units: list[tuple[int, int]], alone: Callable[[int, int], list[Any]]
) -> list[list[Any]]:
    """:func:`_deal` for units in text order that do not overlap (a measure's items): each match
    finds its unit by bisection, a pass over the matches rather than over the units."""
    unit_starts = [a for a, _ in units]
    out: list[list[Any]] = [[] for _ in units]
    straddled: set[int] = set()
    for a, b, item in found:
        k = bisect_right(unit_starts, a) - 1  # the last unit starting at or before the match
        if k >= 0 and a < units[k][1]:
            if b <= units[k][1]:
                out[k].append(item)
            else:
                straddled.add(k)
        k += 1
        while k < len(units) and units[k][0] < b:  # starts before this unit and reaches into it
            straddled.add(k)
            k += 1
    for k in straddled:
        out[k] = alone(*units[k])
    return out


def _unit_spans(
    rx: re.Pattern[str], text: str, start: int, end: int, units: list[tuple[int, int]]
) -> list[list[tuple[int, int]]]:
    """A lexicon's matches in each unit (:func:`_deal`)."""
    found = [(*m.span(), m.span()) for m in rx.finditer(text, start, end)]
    return _deal(found, units, start, end, lambda a, b: [m.span() for m in rx.finditer(text, a, b)])


def _unit_markers(c: Compiled, text: str, start: int, end: int, units: list[tuple[int, int]]) -> list[list[Marker]]:
    """:func:`find_markers` of each unit, the context-free kinds from one scan of the stretch."""
    if not _all_context_free(c):
        return [find_markers(c, text, a, b) for a, b in units]
    memo = doc_memo(c.memo, "find_markers", text)
    per_unit: list[list[Marker]] = [[] for _ in units]
    digits = _DIGIT.search(text, start, end) is not None
    for kind, rx, digit_bound in _kind_patterns(c):
        if digit_bound and not digits:  # no match can lie in a stretch without a digit
            continue
        if rx is None:
            pattern = c.pat("named_unit")
            # Every match takes part in the dealing, kept or not: a dropped one still straddles.
            found = [(*m.span(), _named_unit(c, m)) for m in pattern.finditer(text, start, end)]
            dealt = _deal(found, units, start, end, lambda a, b: _named_units(c, text, a, b))
            dealt = [[mk for mk in got if mk is not None] for got in dealt]
        else:
            found = [(*m.span(), Marker(kind, *m.span(), m.group())) for m in rx.finditer(text, start, end)]

            def alone(a: int, b: int, k: str = kind, p: re.Pattern[str] = rx) -> list[Marker]:
                return [Marker(k, *m.span(), m.group()) for m in p.finditer(text, a, b)]

            dealt = _deal(found, units, start, end, alone)
        for k, got in enumerate(dealt):
            per_unit[k].extend(got)
    out = []
    for (a, b), got in zip(units, per_unit, strict=True):
        cached = memo.get((a, b))
        if cached is None:
            got.sort(key=_marker_order)
            memo[(a, b)] = tuple(got)
            out.append(got)
        else:
            out.append(list(cached))
    return out


def _done_clauses(text: str, a: int, b: int, done: list[tuple[int, int]], other: tuple[tuple[int, int], ...]) -> int:
    """Clauses of ``text[a:b]`` that report something done (已选举产生…, 已经对票据审核签字) and hold no
    slogan, act word or promise: an act the lexicons do not name still weighs against a slogan."""
    n = 0
    for m in _CLAUSE.finditer(text, a, b):
        lo, hi = m.start(), m.end()
        if any(lo <= d < hi for d, _ in done) and not any(lo <= x < hi for x, _ in other):
            n += 1
    return n


_SENTENCE_END = re.compile(r"[。；;！？!?\n]")


def _delegated(c: Compiled, text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Stretches of ``text[a:b]`` where work is passed to others or only proposed (要求属地督促企业…,
    审计建议…, 出具了审计报告): from the word (pattern ``delegated_act``) to its sentence's end. An act
    named there is asked of someone, not done; a rubric without the pattern finds none."""
    out: list[tuple[int, int]] = []
    present = c.lex("present_markers") if c.param("formalism", "delegation_ends_at_present", False) else None
    for m in c.pat("delegated_act").finditer(text, a, b):
        if out and m.start() < out[-1][1]:
            continue
        stop = _SENTENCE_END.search(text, m.end(), b)
        end = stop.start() if stop else b
        # 督促学校加强规范管理，目前以上学校均已整改完成: past a word of the present the sentence turns to
        # what was reached, no longer to what was asked
        now = present.search(text, m.end(), end) if present is not None else None
        out.append((m.start(), now.start() if now else end))
    return out


def _served_notice(c: Compiled, text: str, span: tuple[int, int], end: int) -> bool:
    """Is this document word the order served on the unit (下发了《责令限期整改通知书》, 开出整改通知单)
    rather than a document that stands in for the fix? Serving it is the inspectors' act on the
    problem (rubric pattern ``served_notice``, tried from the word to a few characters past it)."""
    a, b = span
    return c.pat("served_notice").search(text, a, min(end, b + _NOTICE_TAIL)) is not None


_NOTICE_TAIL = 3  # 下发…通知 stops before the 书 of 整改通知书


def _outside(spans: list[tuple[int, int]], scopes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [s for s in spans if not any(lo <= s[0] < hi for lo, hi in scopes)] if scopes else spans


def profile_units(c: Compiled, text: str, units: list[tuple[int, int]], start: int, end: int) -> list[ItemProfile]:
    """The profile of each unit (a measure's items and sentences) of ``text[start:end]``."""
    hollow, acts, future, done, aspect = _profile_patterns(c)
    # A lexicon never matches the empty string (its entries name words); a pattern may.
    slogans = [_unit_spans(rx, text, start, end, units) for rx in hollow]
    # Acts passed to others (要求…督促企业排查) or proposed (审计建议…) are not the unit's own.
    # An act word inside a body's name (大排查大整治专班) names the body, not an act.
    scopes = [_delegated(c, text, a, b) + [m.span() for m in c.pat("act_in_name").finditer(text, a, b)] for a, b in units]
    unit_acts = [_outside(got, scopes[k]) for k, got in enumerate(_unit_spans(acts, text, start, end, units))]
    unit_future = _unit_spans(future, text, start, end, units)
    unit_done = _unit_spans(done, text, start, end, units)
    markers = _unit_markers(c, text, start, end, units)
    unit_slogans = [sorted({span for per_lexicon in slogans for span in per_lexicon[k]}) for k in range(len(units))]
    if c.param("formalism", "served_notice_is_act", False):
        unit_slogans = [[s for s in got if not _served_notice(c, text, s, end)] for got in unit_slogans]
    count_done = bool(c.param("formalism", "done_clauses_weigh", False))
    return [
        ItemProfile(
            start=a,
            end=b,
            markers=markers[k],
            slogans=unit_slogans[k],
            acts=unit_acts[k],
            future=unit_future[k],
            done=unit_done[k] + _spans(aspect, text, a, b),
            exhortation_only=exhortation_only(c, text, a, b),
            done_clauses=_done_clauses(
                text, a, b, _outside(unit_done[k], scopes[k]), (*unit_slogans[k], *unit_acts[k], *unit_future[k], *scopes[k])
            )
            if count_done
            else 0,
        )
        for k, (a, b) in enumerate(units)
    ]
