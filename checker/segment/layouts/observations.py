"""Reading of last resort ``observations``: an inspection told as a walk, one paragraph a place.

    2月16日，暗访组暗访了部分村庄。                                    (the visit: the opening)
    下午2时许，暗访组来到甲村，发现村内道路旁普遍存在杂物随意堆积现象…    (a place and its faults)
    随后暗访组来到乙村，看到河道内遍布生活垃圾…
    下午5时，暗访组在丙村看到，这里的整治情况比较彻底，村民家门前干净整洁。  (praise: no finding)

    一、基本情况
    （一）责任落实情况。…明确了镇村两级干部工作职责。                      (praise)
    （二）队伍建设情况。…大部分乡镇都配备了人员，但各经营单位未配备护林员。  (a fault)

Notices of visits (暗访, 督查, 回访) often number nothing and name no problem section: what was seen
is told place by place (or aspect by aspect, under headings that say nothing of problems), praise
and faults side by side. When no other layout reads the document, the paragraphs (or items of one
numbering) after an opening that names the inspection, each stating a fault seen, are its findings;
praise paragraphs are none. A paragraph's own sentence that acts on what was seen (责令…, 要求…)
is its measure; a paragraph right after the run that answers (针对以上问题…) answers every finding
without one of its own.

    10:30，甲局窗口一名男同志看网络视频。                                  (timed_log_entries)
    10:40，乙所工作人员全部在岗，秩序井然。                                (in order: no finding)
    10:50，丙办两名同志聊天；11:00，205房间一名同志网上购物。               (two entries)

A visit logged by clock times is read entry by entry: every entry that does not tell of things in
order is a lapse seen there, whatever words it uses for it.
"""

from __future__ import annotations

import re

from checker.segment.document import Doc
from checker.segment.draft import Draft
from checker.segment.layouts.base import LayoutResult
from checker.segment.lines import Line
from checker.segment.spans import trim

_MIN_UNITS = 3  # fewer places with faults: a passing remark, not a notice told place by place
_MIN_SENTENCE = 16  # a shorter line, or one with no full stop, is a heading or a caption
_OPENING_LINES = 2  # the inspection is named in the title or in one of the first paragraphs
_SENTENCE_START_RE = re.compile(r"(?:^|(?<=[。！？；;]))[ \t\u3000]*")
_STOP_RE = re.compile(r"[。！？；;，,]")


def _is_unit(ln: Line) -> bool:
    """A paragraph that tells something, not a heading or a caption."""
    body = ln.body
    return len(body) >= _MIN_SENTENCE and _STOP_RE.search(body) is not None


_CLAUSE_RE = re.compile(r"[^，,。；;！？]*$")


_CLAUSE_END_RE = re.compile(r"[，,。；;！？]")


def _clean(doc: Doc, before: str, at: int, end: int) -> bool:
    """The clause the fault word at ``at`` stands in (``before`` it, up to ``end``) says nothing was
    wrong (未发现安全隐患, 无安全隐患)."""
    stop = _CLAUSE_END_RE.search(doc.text, at, end)
    clause = before + doc.text[at : stop.start() if stop else end]
    return doc.v.patterns.clean_clause.search(clause.strip()) is not None


def _faulty(doc: Doc, ln: Line) -> bool:
    """The paragraph states a fault seen: faults of things seen on site, or problem words in a
    clause that asks for nothing (a noun such as 隐患 only where the clause says it was found)."""
    p, text = doc.v.patterns, doc.text
    a, b = ln.body_start, ln.end
    for pat in (p.observed_fault, p.problem_words):
        for m in pat.finditer(text, a, b):
            clause = _CLAUSE_RE.search(text, a, m.start())
            before = clause.group() if clause is not None else ""
            # a clause that asks for something (要常检查、常发现问题, 隐患消除前不得…) states no fault seen
            if p.observed_asks.search(before) or _clean(doc, before, m.start(), b):
                continue
            # a fault named as a noun names a topic (安全隐患整治情况, 问题举报电话) unless its clause
            # says it was found
            if not p.observed_noun.fullmatch(m.group()) or p.observed_found.search(before):
                return True
    return False


def _act_at(doc: Doc, ln: Line) -> int | None:
    """Where a sentence of the paragraph (not its first) acts on what was seen: its measure; else,
    with observation_clause_acts, where its last clause does (…损坏，希望能将…更新。)."""
    text, p = doc.text, doc.v.patterns
    for m in _SENTENCE_START_RE.finditer(text, ln.body_start, ln.end):
        at = m.end()
        if at <= ln.body_start or at >= ln.end:
            continue
        if p.list_response.match(text, at, ln.end) or p.inspector_act.match(text, at, ln.end):
            return at
    return _clause_act_at(doc, ln) if doc.v.weights.layouts.observation_clause_acts else None


_LAST_CLAUSE_RE = re.compile(r"[，,]([^，,。；;！？]+)[。！？；;]?[ \t\u3000]*$")
_DONE_PREFIX_RE = re.compile(r"(?:已经?|并)")


def _clause_act_at(doc: Doc, ln: Line) -> int | None:
    """Where the paragraph's last clause, after a comma, acts on what was seen (希望…, 要求…,
    已经提出整改要求): the inspector's answer written on in the sentence that states the fault."""
    m = _LAST_CLAUSE_RE.search(doc.text, ln.body_start, ln.end)
    if m is None:
        return None
    at, text = m.start(1), doc.text
    done = _DONE_PREFIX_RE.match(text, at, ln.end)
    opens = done.end() if done is not None else at
    return at if doc.v.patterns.list_response.match(text, opens, ln.end) is not None else None


_CLAUSES_RE = re.compile(r"[^，,。；;！？]+")


def _praised(doc: Doc, ln: Line) -> bool:
    """A clause of the paragraph says what is in order (干净整洁, 服务热情周到): a place praised."""
    clean = doc.v.patterns.clean_clause
    return any(clean.search(m.group().strip()) for m in _CLAUSES_RE.finditer(doc.text, ln.body_start, ln.end))


def _unexplained(doc: Doc, units: list[Line], faulty: list[Line]) -> int:
    """Paragraphs among the findings that read neither as a fault nor as praise: what was seen there
    is a fault the words did not tell (看视频, 吃零食) as often as not, so the reading is unsure."""
    inner = [ln for ln in units if faulty[0].idx < ln.idx < faulty[-1].idx and ln not in faulty]
    return sum(1 for ln in inner if not _praised(doc, ln))


def _shape(ln: Line) -> str | None:
    return ln.marker.family if ln.marker is not None else None


def _opened(doc: Doc) -> int | None:
    """The index in the body of the first line after the opening that names the inspection."""
    pat = doc.v.patterns.inspection_opening
    if doc.title is not None and pat.search(doc.title):
        return 1 if doc.body and not doc.body[0].marker else 0
    for i, ln in enumerate(doc.body[:_OPENING_LINES]):
        if pat.search(ln.content):
            return i + 1
    return None


def _answers_all(doc: Doc, ln: Line) -> bool:
    return doc.v.patterns.list_response.match(doc.text, ln.body_start, ln.end) is not None


_ENTRY_CLOSED = "。！？；;.!?"


def _log_entries(doc: Doc, lines: list[Line]) -> list[tuple[int, int]] | None:
    """A visit's log: lines opening on the clock time of what was seen (10:30，…), a line holding
    several after semicolons (10:00，…；10:10，…), every line between them a heading or a caption
    (濮阳县：…, 时间：3月28日全天). The entries, each from its time to the next; None when fewer than
    three or when prose stands among them."""
    pat, text = doc.v.patterns.log_time_entry, doc.text
    entries: list[tuple[int, int]] = []
    timed: list[Line] = []
    for ln in lines:
        if pat.match(text, ln.body_start, ln.end) is None:
            continue
        timed.append(ln)
        starts = [ln.body_start] + [
            i + 1 for i in range(ln.body_start, ln.end) if text[i] in "；;" and pat.match(text, i + 1, ln.end)
        ]
        entries.extend(zip(starts, [*starts[1:], ln.end], strict=True))
    if len(timed) < _MIN_UNITS:
        return None
    if any(_is_unit(ln) for ln in lines if timed[0].idx < ln.idx < timed[-1].idx and ln not in timed):
        return None
    return entries


def _sound(doc: Doc, a: int, b: int) -> bool:
    """A log entry that tells of things in order (秩序井然, 坚守岗位, 人员全部在位) and of no fault."""
    p, text = doc.v.patterns, doc.text
    clauses = [m.group().strip() for m in _CLAUSES_RE.finditer(text, a, b)]
    if not any(p.clean_clause.search(c) or p.post_kept.search(c) for c in clauses):
        return False
    return p.observed_fault.search(text, a, b) is None


def _timed_log(doc: Doc, first: int) -> LayoutResult | None:
    """With timed_log_entries: a visit told as a log of clock times, each entry what was seen at one
    place at that time. An entry that tells of things in order is no finding; every other is one,
    whatever words it uses for the lapse (看网络视频, 吃零食, 网上购物); the text's last entry, cut off
    before its first sentence ends, is not read; a paragraph right after the log that answers
    (针对以上问题…) answers every finding."""
    lines = doc.body[first:]
    entries = _log_entries(doc, lines)
    if entries is None:
        return None
    text = doc.text
    last_line = doc.body[-1]
    a, b = trim(text, *entries[-1])
    if b == last_line.end and text[b - 1] not in _ENTRY_CLOSED and b - a < _MIN_SENTENCE:
        entries = entries[:-1]  # a page cut inside the entry: what was seen there is not told
    drafts = [
        Draft(start=s, end=e, finding=trim(text, s, e)) for s, e in entries if not _sound(doc, s, e)
    ]
    if len(drafts) < _MIN_UNITS:
        return None
    end = max(e for _, e in entries)
    after = next((ln for ln in lines if ln.cstart >= end and _is_unit(ln)), None)
    if after is not None and _answers_all(doc, after):
        for d in drafts:
            d.blocks.append((after.body_start, after.end))
    body = doc.body
    preamble = (body[0].cstart, body[first - 1].end) if first > 0 else None
    return LayoutResult("observations", drafts, [], preamble, pairing="adjacency")


def observations_layout(doc: Doc) -> LayoutResult | None:
    """The findings of an inspection told place by place, or None when the text is not one."""
    first = _opened(doc)
    if first is None:
        return None
    if doc.v.weights.layouts.timed_log_entries and (log := _timed_log(doc, first)) is not None:
        return log
    units = [ln for ln in doc.body[first:] if _is_unit(ln)]
    faulty = [ln for ln in units if _faulty(doc, ln) and not _answers_all(doc, ln)]
    shapes = {_shape(ln) for ln in faulty}
    if len(faulty) < _MIN_UNITS or len(shapes) != 1 or _unexplained(doc, units, faulty) * 2 >= len(faulty):
        return None
    drafts: list[Draft] = []
    text = doc.text
    for ln in faulty:
        at = _act_at(doc, ln)
        d = Draft(start=ln.cstart, end=ln.end, finding=trim(text, ln.body_start, at if at is not None else ln.end))
        if at is not None:
            d.blocks.append(trim(text, at, ln.end))
            d.loose = True
        drafts.append(d)
    # the first paragraph after the places that is not one more praised (…这里干净整洁。)
    after = next(
        (ln for ln in units if ln.idx > faulty[-1].idx and (_answers_all(doc, ln) or not _praised(doc, ln))), None
    )
    if after is not None and _answers_all(doc, after):
        for d in drafts:
            if not d.blocks:
                d.blocks.append((after.body_start, after.end))
    body = doc.body
    preamble = (body[0].cstart, body[first - 1].end) if first > 0 else None
    return LayoutResult("observations", drafts, [], preamble, pairing="adjacency")
