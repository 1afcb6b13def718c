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

from checker.segment.confidence import PROBLEM_WORDS_RE
from checker.segment.document import Doc, group_name, make_group
from checker.segment.draft import Draft
from checker.segment.layouts.base import CLOSING_HEADING_RE, LayoutResult
from checker.segment.lines import Line
from checker.text.enumerators import HEADING_RANK
from checker.text.patterns import compile_pattern

_FIRST_SENTENCE_RE = compile_pattern(r"[^。！？；\n]*[。！？；]?")
# What a measure does, and what a problem is: an item whose rest reads more like the second is a
# problem with its own details (一是学习不够深入…), not a problem and its fix.
_ACTS_RE = compile_pattern(
    r"已|完成|制定|修订|印发|出台|建立|开展|组织|追回|退还|退回|收回|上缴|缴回|拨付|补齐|补办|召开|约谈|处分|"
    r"更换|维修|清理|核查|核减|整改|将|拟|计划"
)
_FAULTS_RE = compile_pattern(r"不到位|不规范|不够|不足|不强|不严|不力|不及时|滞后|缓慢|缺乏|缺少|存在|未|没有|薄弱|短板|差距|违规|问题")
_MIN_ITEMS = 2
_MIN_SHARE = 0.6
# Less telling than a label or a section heading: a close call goes to the other readings.
_WEIGHT = 0.9


def _first_sentence(text: str, ln: Line) -> tuple[int, int]:
    m = _FIRST_SENTENCE_RE.match(text, ln.body_start, ln.end)
    return ln.body_start, (m.end() if m else ln.end)


def _problem_like(text: str, ln: Line) -> bool:
    a, b = _first_sentence(text, ln)
    s = text[a:b]
    return bool(PROBLEM_WORDS_RE.search(s)) and not CLOSING_HEADING_RE.search(s[:12])


def _answers(text: str, d: Draft) -> bool:
    """The item's rest reads as what was done about the problem."""
    rest = "".join(text[a:b] for a, b in d.blocks)
    acts = len(_ACTS_RE.findall(rest))
    return acts > 0 and acts >= len(_FAULTS_RE.findall(rest))


def _choose_level(doc: Doc) -> str | None:
    stats: dict[str, list[int]] = {}
    for ln in doc.body:
        if ln.marker is None or ln.marker.family == "problem_label":
            continue
        st = stats.setdefault(ln.marker.family, [0, 0])
        st[0] += 1
        st[1] += _problem_like(doc.text, ln)
    # The family with the most problem-like items; on a tie, the deeper one.
    fams = [(ok, HEADING_RANK.get(fam, 9), fam) for fam, (n, ok) in stats.items() if ok >= _MIN_ITEMS and ok >= _MIN_SHARE * n]
    if not fams:
        return None
    return max(fams)[2]


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
    for bi, ln in enumerate(body):
        mk = ln.marker
        if mk is not None and mk.rank < rank:
            cur = None
            group = None if CLOSING_HEADING_RE.search(ln.body[:16]) else ln
            in_problems = doc.role(ln) == "problems"  # a list of problems, fixes elsewhere
            continue
        if mk is not None and mk.family == level:
            if in_problems or not _problem_like(text, ln):
                cur = None
                continue
            first = bi if first is None else first
            a, b = _first_sentence(text, ln)
            cur = Draft(start=ln.cstart, end=ln.end, finding=(a, b))
            if b < ln.end:
                cur.blocks.append((b, ln.end))
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
    drafts = [d for d in drafts if _answers(text, d)]
    if len(drafts) < _MIN_ITEMS or first is None:
        return None
    for d in drafts:
        d.measure_label = None
    preamble = (body[0].cstart, body[first - 1].end) if first > 0 else None
    result = LayoutResult("headed_items", drafts, [make_group(doc, g) for g in groups.values()], preamble,
                          pairing="adjacency")
    result.weight = _WEIGHT
    return result
