"""Spans built only from offsets, so ``text[start:end] == span.text`` holds by construction."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from checker.models import Item, LabeledField, Report, Span
from checker.text.patterns import compile_pattern

_WS = " \t\r\n\u3000\u00a0\ufeff"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past leading and trailing whitespace (full-width spaces too)."""
    while start < end and text[start] in _WS:
        start += 1
    while end > start and text[end - 1] in _WS:
        end -= 1
    return start, end


def make_span(text: str, start: int, end: int) -> Span:
    return Span(text=text[start:end], start=start, end=end)


def make_item(text: str, start: int, end: int, marker: str | None) -> Item:
    return Item(text=text[start:end], start=start, end=end, marker=marker)


def make_field(text: str, label: str, label_start: int, start: int, end: int) -> LabeledField:
    return LabeledField(text=text[start:end], start=start, end=end, label=label, label_start=label_start)


def iter_spans(report: Report) -> Iterator[tuple[str, Span]]:
    """Every span of a report with a name saying where it sits (for checks and debugging)."""
    if report.preamble is not None:
        yield "preamble", report.preamble
    for g in report.groups:
        yield "group", g
    for b in report.boilerplate:
        yield f"boilerplate:{b.kind}", b
    for c in report.claims:
        yield "claim", c
        for n in c.numbers:
            yield "claim.number", n
    for f in report.findings:
        tag = f"F{f.index}"
        yield f"{tag}.span", f.span
        yield f"{tag}.finding", f.finding
        for name, spans in (("sub_point", f.sub_points), ("measures", f.measures), ("owner", f.owners),
                            ("owner_field", f.owner_fields)):
            for s in spans:
                yield f"{tag}.{name}", s
        for name, one in (("measure", f.measure), ("status", f.status), ("deadline", f.deadline)):
            if one is not None:
                yield f"{tag}.{name}", one


def _rebase(obj: BaseModel, text: str) -> None:
    """Re-cut every span under ``obj`` from ``text`` (same offsets, another rendering of them)."""
    if isinstance(obj, Span):
        obj.text = text[obj.start : obj.end]
    for value in obj.__dict__.values():  # the fields' values, without a getattr per field
        if isinstance(value, BaseModel):
            _rebase(value, text)
        elif isinstance(value, list):
            for v in value:
                if isinstance(v, BaseModel):
                    _rebase(v, text)


_SPACE_RUN = compile_pattern(r"\s+")  # \s is str.isspace(), as the engine defines both


def _squeeze(text: str) -> tuple[list[int], str]:
    """The offsets of ``text``'s non-space characters, and those characters as one string (built
    from the runs of spaces, not character by character)."""
    keep: list[int] = []
    pos = 0
    for m in _SPACE_RUN.finditer(text):
        keep.extend(range(pos, m.start()))
        pos = m.end()
    keep.extend(range(pos, len(text)))
    return keep, _SPACE_RUN.sub("", text)


_NEAR = 4096  # characters after a finding's start searched before the whole text


class _Remapper:
    """Strings cut from ``src`` (titles, group headings) as they read in ``dst``. A title may join
    hard-wrapped lines and end in an ellipsis, so the fallback search skips whitespace; the
    whitespace-free copy of ``src`` is built once, on first need."""

    def __init__(self, src: str, dst: str) -> None:
        self.src, self.dst = src, dst
        self._keep: list[int] | None = None
        self._squeezed = ""
        # Strings found nowhere in ``src`` as written: each search for one scans the whole text, and
        # a large report asks for the same few joined titles again and again.
        self._absent: set[str] = set()
        self._chars: dict[str, bool] = {}  # whether a character occurs in ``src`` at all

    def _may_occur(self, s: str) -> bool:
        """False when ``s`` ends with a character ``src`` never holds (a title cut short ends with
        an ellipsis that most texts do not have): no search can find it."""
        last = s[-1]
        found = self._chars.get(last)
        if found is None:
            found = self._chars[last] = last in self.src
        return found

    def __call__(self, s: str | None, near: int = 0) -> str | None:
        """``s`` as it reads in ``dst``; ``near`` is where to start looking (the finding's start)."""
        if not s:
            return s
        if s not in self._absent and self._may_occur(s):
            at = self.src.find(s, near)
            if at < 0:
                at = self.src.rfind(s, 0, near + len(s))
            if at >= 0:
                return self.dst[at : at + len(s)]
            self._absent.add(s)  # the two searches together cover every position
        core = s[:-1] if s.endswith("…") else s
        wanted = "".join(ch for ch in core if not ch.isspace())
        if not wanted:
            return s
        # The stretch after ``near`` first, squeezed on its own: the first occurrence after ``near``
        # usually lies there, and squeezing a whole large text costs a list of all its offsets.
        keep, squeezed = _squeeze(self.src[near : near + _NEAR])
        at = squeezed.find(wanted)
        if at >= 0:
            offsets = [near + k for k in keep[at : at + len(wanted)]]
        else:  # not wholly inside that stretch: the whole text, as the first occurrence may reach past it
            if self._keep is None:
                self._keep, self._squeezed = _squeeze(self.src)
            at = self._squeezed.find(wanted, bisect.bisect_left(self._keep, near))
            if at < 0:
                at = self._squeezed.find(wanted)
            if at < 0:
                return s
            offsets = self._keep[at : at + len(wanted)]
        it = iter(offsets)
        return "".join(ch if ch.isspace() else self.dst[next(it)] for ch in core) + s[len(core) :]


def _copy_tree(value: Any, memo: dict[int, Any], text: str | None = None) -> Any:
    """A deep copy of a tree of models, lists and dicts whose leaves are immutable (what a Report
    is): ``copy.deepcopy`` does the same through its generic protocol, ≈ 4× slower on large reports.
    An object met twice is copied once, as deepcopy would. With ``text``, every span of the copy is
    re-cut from it in the same walk."""
    if isinstance(value, (BaseModel, list, dict)):
        seen = memo.get(id(value))
        if seen is not None:
            return seen
    if isinstance(value, BaseModel):
        new = memo[id(value)] = value.__copy__()  # the model's own shallow copy, without copy.copy's lookup
        fields = new.__dict__
        for name, v in value.__dict__.items():
            if isinstance(v, (BaseModel, list, dict)):
                fields[name] = _copy_tree(v, memo, text)
        if text is not None and isinstance(value, Span):
            fields["text"] = text[value.start : value.end]
        return new
    if isinstance(value, list):
        out: list[Any] = []
        memo[id(value)] = out
        out.extend([_copy_tree(v, memo, text) for v in value])
        return out
    if isinstance(value, dict):
        mapping: dict[Any, Any] = {}
        memo[id(value)] = mapping
        mapping.update([(k, _copy_tree(v, memo, text)) for k, v in value.items()])
        return mapping
    return value


def rebase_report(report: Report, src: str, dst: str, in_place: bool = False) -> Report:
    """``report`` (segmented on ``src``) with every span, title and group re-cut from ``dst``, a text
    of the same length: the segmenter reads the folded view, users get their own text back.
    ``in_place`` when nothing else holds ``report`` (no copy is made)."""
    if src == dst:
        return report
    if in_place:
        out = report
        _rebase(out, dst)
    else:
        out = _copy_tree(report, {}, dst)
    out.text = dst
    remap = _Remapper(src, dst)
    out.title = remap(out.title)
    for f in out.findings:
        f.title = remap(f.title, f.span.start) or f.title
        f.group = remap(f.group, max(0, f.span.start - len(f.group or "") - 4096))
    return out
