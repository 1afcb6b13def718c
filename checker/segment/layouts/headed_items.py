"""Layout rule ``headed_items``: enumerated items that open with the problem and go straight on to
what was done, with no label between.

    一、关于贯彻落实党的路线方针政策方面
    （一）关于林长制落实不到位的问题。局党组制定《林长制工作考核办法》，…
    （二）森林防火基础设施薄弱。新建防火瞭望塔2座…

The finding level is the enumerator family whose items' first sentences read as problems (关于…的问题,
不到位, 不规范, 未…); its first sentence is the finding, the rest of the item — and the paragraphs under
it — the measure. A heading line of its own (no full stop) is the finding, the lines below it the
measure. Shallower headings are groups; a closing section (下一步工作打算) ends the last item.
"""

from __future__ import annotations

import re

from checker.segment.document import Doc, group_name, make_group
from checker.segment.draft import Draft
from checker.segment.layouts.base import LAYOUTS, LayoutResult
from checker.segment.lines import Line
from checker.text.enumerators import HEADING_RANK

_FIRST_SENTENCE_RE = re.compile(r"[^。！？；\n]*[。！？；]?")
_OPENER_SPAN = 12  # where an answer's opening words stand after the problem's full stop


def _first_sentence(text: str, ln: Line) -> tuple[int, int]:
    m = _FIRST_SENTENCE_RE.match(text, ln.body_start, ln.end)
    return ln.body_start, (m.end() if m else ln.end)


def _problem_like(doc: Doc, ln: Line) -> bool:
    """The item's first sentence reads as a problem, or states one and turns to what is required
    of it (…清洁卫生欠佳，要求做到存放有序)."""
    a, b = _first_sentence(doc.text, ln)
    s = doc.text[a:b]
    p = doc.v.patterns
    if p.closing_heading.search(s[:12]):
        return False
    return bool(p.problem_words.search(s)) or p.inline_requirement.search(doc.text, a, b) is not None


def _answered(doc: Doc, ln: Line) -> bool:
    """The item's second sentence opens as an answer to the first (对此问题，… / 针对这一问题，…):
    the first is the finding whatever words it uses, and the rest its measure however thin."""
    _, b = _first_sentence(doc.text, ln)
    return b < ln.end and doc.v.patterns.list_response.match(doc.text, b, min(ln.end, b + _OPENER_SPAN)) is not None


def _answers(doc: Doc, d: Draft, answered: bool) -> bool:
    """The item's rest reads as what was done about the problem, not as a problem with its own
    details (一是学习不够深入…): it opens as an answer, or holds more acts than faults."""
    if answered:
        return True
    rest = "".join(doc.text[a:b] for a, b in d.blocks)
    acts = len(doc.v.patterns.item_acts.findall(rest))
    return acts > 0 and acts >= len(doc.v.patterns.item_faults.findall(rest))


def _choose_level(doc: Doc) -> str | None:
    stats: dict[str, list[int]] = {}
    for ln in doc.body:
        if ln.marker is None or ln.marker.family == "problem_label":
            continue
        st = stats.setdefault(ln.marker.family, [0, 0])
        st[0] += 1
        st[1] += _problem_like(doc, ln)
    # The family with the most problem-like items; on a tie, the deeper one.
    w = doc.v.weights.layouts
    fams = [(ok, HEADING_RANK.get(fam, 9), fam) for fam, (n, ok) in stats.items()
            if ok >= w.headed_items_min_items and ok >= w.headed_items_min_share * n]
    if not fams:
        return None
    return max(fams)[2]


@LAYOUTS.register("headed_items")
def headed_items_layout(doc: Doc) -> LayoutResult | None:
    if doc.measure_labels:
        return None  # labelled measures: the labeled reading's job
    level = _choose_level(doc)
    if level is None:
        return None
    text, body = doc.text, doc.body
    rank = next(ln.marker.rank for ln in body if ln.marker is not None and ln.marker.family == level)
    drafts: list[Draft] = []
    groups: dict[int, Line] = {}
    group: Line | None = None
    cur: Draft | None = None
    first: int | None = None
    in_problems = False
    answered_items: set[int] = set()
    for bi, ln in enumerate(body):
        mk = ln.marker
        if mk is not None and mk.rank < rank:
            cur = None
            group = None if doc.v.patterns.closing_heading.search(ln.body[:16]) else ln
            in_problems = doc.role(ln) == "problems"  # a list of problems, fixes elsewhere
            continue
        if mk is not None and mk.family == level:
            answered = _answered(doc, ln)
            if in_problems or not (answered or _problem_like(doc, ln)):
                cur = None
                continue
            first = bi if first is None else first
            a, b = _first_sentence(text, ln)
            turn = doc.v.patterns.inline_requirement.search(text, a, b)
            if turn is not None:
                # 学校食堂清洁卫生欠佳，要求做到存放有序：the sentence turns to what is required
                b, answered = turn.start(), True
            cur = Draft(start=ln.cstart, end=ln.end, finding=(a, b))
            if answered:
                answered_items.add(id(cur))
            if b < ln.end:
                cur.blocks.append((turn.end() if turn is not None else b, ln.end))
            if group is not None:
                cur.group = group_name(group)
                groups.setdefault(group.idx, group)
            cur.loose = True
            drafts.append(cur)
            continue
        if cur is not None:
            if cur.blocks and cur.blocks[-1][1] <= ln.cstart:
                cur.blocks[-1] = (cur.blocks[-1][0], ln.end)
            else:
                cur.blocks.append((ln.cstart, ln.end))
            cur.end = ln.end
    drafts = [d for d in drafts if _answers(doc, d, id(d) in answered_items)]
    if len(drafts) < doc.v.weights.layouts.headed_items_min_items or first is None:
        return None
    for d in drafts:
        d.measure_label = None
    preamble = (body[0].cstart, body[first - 1].end) if first > 0 else None
    result = LayoutResult("headed_items", drafts, [make_group(doc, g) for g in groups.values()], preamble,
                          pairing="adjacency")
    result.weight = doc.v.weights.layouts.headed_items
    return result
