"""Layout rule ``labeled``: enumerated findings, each paired with the measure text after a label.

The finding level is the heading family whose items each hold exactly one labelled segment
(the innermost numbered items that carry measure labels): ``1.`` in seed 000, ``(一)关于“…”的整改情况``
in seed 001, ``问题1:`` in seed 002, ``1、`` in seed 003, ``(1)`` in a three-level outline. Shallower
headings are groups or sections; deeper ones, and any enumerator that breaks the numbering, are text
inside the current finding (a measure's own 1. 2. 3. are not new findings).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from checker.segment.document import Doc, group_name, make_group
from checker.segment.draft import Draft, title_range
from checker.segment.items import top_level_markers
from checker.segment.layouts.base import LAYOUTS, LayoutResult
from checker.segment.lines import Line
from checker.segment.spans import trim
from checker.text.enumerators import HEADING_RANK, Marker
from checker.text.numerals import cn_to_int

_LABELLED_SHARE = 3  # at least one item in four of a findings level carries a measure label
_MAX_GAP = 3  # a numbering may skip a little (a withdrawn item) and still be one list
_NUMBERED_PROBLEM = "problem_n"  # 问题一： / 问题2：
_HEAD_WORDS = 16  # the words of an item's heading that say what it is about


@dataclass
class _Open:
    head: int  # index into doc.body
    lines: list[int]
    parents: dict[int, Line]  # rank -> accepted heading above the finding
    inner: dict[str, int] = field(default_factory=dict)  # enumerations running inside the finding
    measure_runs: set[str] = field(default_factory=set)  # inner enumerations under its measure label


def _choose_level(doc: Doc, heads: list[int]) -> str | None:
    """The heading family whose items each own exactly one labelled segment."""
    body = doc.body
    n = len(heads)
    seg_labeled = [0] * n
    for k, bi in enumerate(heads):
        stop = heads[k + 1] if k + 1 < n else len(body)
        seg_labeled[k] = int(any(body[j].idx in doc.measure_labels for j in range(bi, stop)))
    ranks = [body[bi].marker.rank for bi in heads]  # type: ignore[union-attr]
    nxt = _next_not_deeper(ranks)
    prefix = [0]
    for v in seg_labeled:
        prefix.append(prefix[-1] + v)
    stats: dict[str, list[int]] = {}
    for k, bi in enumerate(heads):
        fam = body[bi].marker.family  # type: ignore[union-attr]
        count = prefix[nxt[k]] - prefix[k]
        st = stats.setdefault(fam, [0, 0, 0])
        st[min(count, 2) - 1 if count else 2] += 1
    w = doc.v.weights.layouts
    best: tuple[float, int, str] | None = None
    for fam, (ones, many, none) in stats.items():
        if ones == 0 or ones * _LABELLED_SHARE < none:
            continue  # a level where a label is the exception (五、整改情况 among 一、…四、) holds no findings
        # Holding several labelled segments marks a container level (a group); holding none is
        # common for findings without measures and for sub-points, so it weighs little.
        key = (ones - w.level_holds_many * many - w.level_holds_none * none, HEADING_RANK[fam], fam)
        if best is None or key > best:
            best = key
    return best[2] if best and best[0] > 0 else None


def _next_not_deeper(ranks: list[int]) -> list[int]:
    """For each heading, the index of the next heading of the same or a shallower rank."""
    out = [len(ranks)] * len(ranks)
    stack: list[int] = []
    for k in range(len(ranks) - 1, -1, -1):
        while stack and ranks[stack[-1]] > ranks[k]:
            stack.pop()
        out[k] = stack[-1] if stack else len(ranks)
        stack.append(k)
    return out


@LAYOUTS.register("labeled")
def labeled_layout(doc: Doc) -> LayoutResult | None:
    body = doc.body
    heads = [bi for bi, ln in enumerate(body) if ln.marker is not None]
    if not heads or not doc.measure_labels:
        return None
    level = _choose_level(doc, heads)
    if level is None:
        return None
    rank_f = HEADING_RANK[level]
    head_k = {bi: k for k, bi in enumerate(heads)}
    ranks = [body[bi].marker.rank for bi in heads]  # type: ignore[union-attr]
    nxt = _next_not_deeper(ranks)
    f_prefix = [0]
    for bi in heads:
        f_prefix.append(f_prefix[-1] + (body[bi].marker.family == level))  # type: ignore[union-attr]
    labeled_head = [False] * len(heads)
    for k, bi in enumerate(heads):
        stop = heads[k + 1] if k + 1 < len(heads) else len(body)
        labeled_head[k] = any(body[j].idx in doc.measure_labels for j in range(bi, stop))

    measure_lists = doc.v.weights.layouts.labeled_measure_lists
    last: dict[str, int] = {}
    stack: dict[int, Line] = {}
    cur: _Open | None = None
    opened: list[_Open] = []
    structural: list[int] = []

    def accept(bi: int) -> bool:
        mk = body[bi].marker
        assert mk is not None
        k = head_k[bi]
        prev = last.get(mk.family)
        in_seq = prev is None or prev < mk.value <= prev + _MAX_GAP
        inner = cur.inner.get(mk.family) if cur else None
        continues_inner = inner is not None and mk.value == inner + 1
        if mk.family == level:
            # An item continuing a list inside the finding, or out of sequence, is a new finding
            # only when it carries its own measure label.
            return labeled_head[k] if continues_inner or not in_seq else True
        if not in_seq and not (cur is None and mk.value == 1):
            return False
        if cur is None:
            return True
        holds_findings = f_prefix[nxt[k]] - f_prefix[k + 1] > 0
        if continues_inner and not holds_findings:
            return False
        if continues_inner and measure_lists and mk.family in cur.measure_runs:
            # a measure's own 1. 2. 3. go on to its last item, which only seems to head the
            # findings after it (its next sibling is the next finding's first measure)
            return False
        sibling = mk.rank in stack
        return holds_findings or sibling or bool(doc.v.patterns.closing_heading.search(body[bi].body))

    for bi, ln in enumerate(body):
        mk = ln.marker
        if mk is not None and (mk.family == level or mk.rank < rank_f):
            if accept(bi):
                last[mk.family] = mk.value
                for fam in [f for f in last if HEADING_RANK[f] > mk.rank]:
                    del last[fam]
                if mk.family == level:
                    cur = _Open(bi, [bi], dict(stack))
                    opened.append(cur)
                else:
                    for r in [r for r in stack if r >= mk.rank]:
                        del stack[r]
                    stack[mk.rank] = ln
                    structural.append(bi)
                    cur = None
                continue
            if cur is not None:
                cur.inner[mk.family] = mk.value
                if _under_label(doc, cur):
                    cur.measure_runs.add(mk.family)
                else:
                    cur.measure_runs.discard(mk.family)
        if cur is not None:
            cur.lines.append(bi)

    findings = [op for op in _drop_unlabeled_sections(doc, opened) if not _not_a_finding(doc, op)]
    if not findings:
        return None
    _cut_closing_paragraph(doc, findings[-1])
    if doc.v.weights.layouts.closing_set_apart:
        _cut_closing_apart(doc, findings)
    group_rank = _group_rank(doc, findings)
    drafted = [_draft(doc, f, group_rank) for f in findings]
    if doc.v.weights.layouts.labeled_lost_label:
        _lost_labels(doc, findings, drafted)
    if doc.v.weights.layouts.single_item_titles and _single_item_titles(doc, findings, group_rank):
        _titles_from_groups(findings, drafted, group_rank)
        group_rank = None
    drafts = [d for f, draft in zip(findings, drafted, strict=True) for d in _shared_measure(doc, f, draft)]
    if doc.v.weights.layouts.shared_measure_cited:
        _split_cited_shares(doc, drafts)
    if doc.v.weights.layouts.numbered_answers:
        drafts = [part for d in drafts for part in _numbered_answers(doc, d)]
    groups = _groups(doc, findings, group_rank)
    return LayoutResult("labeled", drafts, groups, _preamble(doc, findings[0]))


def _numbered_list(markers: list[Marker]) -> bool:
    return bool(markers) and [m.value for m in markers] == list(range(1, len(markers) + 1))


def _numbered_answers(doc: Doc, d: Draft) -> list[Draft]:
    """A group whose problems are a numbered list after a label (审计指出：1.…；2.…) and whose one
    measure block is a numbered list of the same family from its start (整改情况：1.…；2.…), no longer
    than the problems: one finding per problem, answered by the measure of its number, the group's
    heading its group (numbered_answers)."""
    if len(d.blocks) != 1 or d.fields or d.target is not None:
        return [d]
    text = doc.text
    fa, fb = d.finding
    problems = top_level_markers(text, fa, fb)
    ma, mb = trim(text, *d.blocks[0])
    answers = top_level_markers(text, ma, mb)
    if len(problems) < 2 or not _numbered_list(problems) or not _numbered_list(answers):
        return [d]
    if answers[0].start != ma or answers[0].family != problems[0].family or len(answers) > len(problems):
        return [d]
    lead = text[fa : problems[0].start].rstrip()
    if not lead.endswith(("：", ":")):
        return [d]  # the list is the finding's own detail, not its problems introduced by a label
    line_end = text.find("\n", fa, problems[0].start)
    group = trim(text, fa, line_end) if line_end >= 0 else d.group
    parts: list[Draft] = []
    for k, m in enumerate(problems):
        end = problems[k + 1].start if k + 1 < len(problems) else fb
        part = Draft(start=m.start, end=end, finding=trim(text, m.end, end), group=group)
        if k < len(answers):
            a_end = answers[k + 1].start if k + 1 < len(answers) else mb
            part.blocks = [trim(text, answers[k].end, a_end)]
            part.measure_label = d.measure_label
        parts.append(part)
    parts[0].start = d.start
    return parts


def _under_label(doc: Doc, op: _Open) -> bool:
    """The finding's lines read so far hold a measure label: what follows is its measure's."""
    return any(doc.body[bi].idx in doc.measure_labels for bi in op.lines)


_SENTENCE_END_RE = re.compile(r"[。！？!?]")
_LOST_MIN = 10  # a fix is more than a fragment


def _lost_labels(doc: Doc, findings: list[_Open], drafts: list[Draft]) -> None:
    """An item that lost its measure label (隐患5：… then the fix on lines of its own, where every
    other item writes 整改措施：): when at least two thirds of the items carry a measure under a
    label, the lines after a bare item's own first line are its measure, when they say what was done
    or is required."""
    if doc.v.weights.layouts.lost_label_answer_back:
        _answered_back(doc, drafts)
    labelled = [d for d in drafts if d.has_measure and d.measure_label]
    if len(labelled) < 2 or 3 * len(labelled) < 2 * len(drafts):
        return
    label = max({d.measure_label for d in labelled}, key=lambda x: sum(d.measure_label == x for d in labelled))
    for op, d in zip(findings, drafts, strict=True):
        if d.has_measure or d.fields:
            continue
        a, b = d.finding
        # its fix starts on the line after the item's own, or after the item's first sentence when
        # the lines were joined (隐患5：…不够整洁。 学校已经要求…)
        cut = doc.body[op.lines[1]].cstart if len(op.lines) > 1 else _SENTENCE_END_RE.search(doc.text, a, b)
        start = cut if isinstance(cut, int) else (cut.end() if cut is not None else b)
        rest = trim(doc.text, start, d.end)
        p = doc.v.patterns
        if rest[1] - rest[0] < _LOST_MIN or not (
            p.measure_done.search(doc.text, *rest) or p.measure_required.search(doc.text, *rest)
        ) or p.item_faults.search(doc.text, *rest):
            continue  # the finding's own detail (梳理了2018年以来的…), not a fix
        d.finding = trim(doc.text, a, start)
        d.blocks = [rest]
        d.measure_label = label


_SENTENCE_START_RE = re.compile(r"(?<=[。！？；;])[ \t\u3000]*")


def _answered_back(doc: Doc, drafts: list[Draft]) -> None:
    """Items with no measure under a label that answer themselves (…未定期试机。对此，我院已…) have
    that answer for their measure, among items whose measures are labelled (lost_label_answer_back)."""
    if not any(d.has_measure and d.measure_label for d in drafts):
        return
    for d in drafts:
        if d.has_measure or d.fields:
            continue
        a, _ = d.finding
        back = _answer_back(doc, a, d.end)
        if back is not None:
            fa, fb = trim(doc.text, a, back)
            d.finding = (fa, fb - 1) if fb - 1 > fa and doc.text[fb - 1] in "，," else (fa, fb)  # cut at a comma
            d.blocks = [trim(doc.text, back, d.end)]


def _answer_back(doc: Doc, a: int, b: int) -> int | None:
    """Where a sentence of the item answers it: by pointing back (…未定期试机。对此，我院已…), or by
    opening on who acted and that it is done or set (药剂科已当场…, 下一步，院感科将…)."""
    p = doc.v.patterns
    for m in _SENTENCE_START_RE.finditer(doc.text, a, b):
        if m.end() < b and (p.item_answer_back.match(doc.text, m.end(), b) or p.item_answer_opening.match(doc.text, m.end(), b)):
            return m.end()
    if doc.v.weights.layouts.writer_clause_answer_back:
        return _writer_clause(doc, a, b)
    return None


_CLAUSE_START_RE = re.compile(r"(?<=[，,])[ \t\u3000]*")
_CLAUSE_STOPS = "。；;：:"


def _writer_clause(doc: Doc, a: int, b: int) -> int | None:
    """Where a clause of the item turns to what the writer has done (…需等待统一升级，我院已向县局反映):
    the writer names itself only to say what it did about the problem."""
    clause = doc.v.patterns.item_answer_writer_clause
    for m in _CLAUSE_START_RE.finditer(doc.text, a, b):
        if m.end() < b and clause.match(doc.text, m.end(), b):
            return m.end()
    return None


def _not_a_finding(doc: Doc, op: _Open) -> bool:
    """An item of the findings' level with no measure label that is about the work overall or what
    comes next (一、整改工作总体情况, 五、下一步工作打算): named as not a finding, not read as one."""
    if any(doc.body[bi].idx in doc.measure_labels for bi in op.lines):
        return False
    head = doc.body[op.head]
    p = doc.v.patterns
    return doc.role(head) in ("organisation", "next_steps") or bool(
        p.item_overview.search(head.body[:_HEAD_WORDS]) or p.closing_heading.search(head.body[:_HEAD_WORDS])
    )


def _section_head(op: _Open) -> Line | None:
    """The shallowest heading above the finding: the section it stands in."""
    return op.parents[min(op.parents)] if op.parents else None


def _section_key(op: _Open) -> int:
    head = _section_head(op)
    return head.idx if head is not None else -1


def _drop_unlabeled_sections(doc: Doc, opened: list[_Open]) -> list[_Open]:
    """Numbered items in a section where no item has a measure label (an organising section's
    1. 2. 3.) are not findings."""
    labeled_sections = {
        _section_key(op)
        for op in opened
        if any(doc.body[bi].idx in doc.measure_labels for bi in op.lines)
    }
    cut = _cut_section(doc, opened, labeled_sections)
    return [op for op in opened if _section_key(op) in labeled_sections or _section_key(op) == cut]


_CUT_END = re.compile(r"[。．.！？!?；;：:）)”」]$")


def _cut_section(doc: Doc, opened: list[_Open], labeled: set[int]) -> int | None:
    """The last section, when the text is cut inside it (its last line stops mid-sentence) and its
    heading is a sibling of the labelled sections' (（四）南昌市 … （五）上饶市 / 1.…维护不到位.…预警预报设):
    its items lost their labels to the cut, not an organising section's (labeled_cut_section)."""
    if not doc.v.weights.layouts.labeled_cut_section or not opened or not doc.body:
        return None
    key = _section_key(opened[-1])
    if key in labeled or key < 0 or _CUT_END.search(doc.body[-1].content.rstrip()) is not None:
        return None
    if doc.body[-1].cstart < doc.body[opened[-1].head].cstart:
        return None
    head = _section_head(opened[-1])
    sibling_of = {
        h.marker.family for op in opened if _section_key(op) in labeled
        if (h := _section_head(op)) is not None and h.marker is not None
    }
    if head is None or head.marker is None or head.marker.family not in sibling_of:
        return None
    return key


def _cut_closing_paragraph(doc: Doc, op: _Open) -> None:
    """After the last finding's measures, a 下一步,我们将… paragraph is the closing, not a measure."""
    seen_label = False
    for j, bi in enumerate(op.lines):
        ln = doc.body[bi]
        if seen_label and j > 0 and ln.idx not in doc.measure_labels and doc.v.patterns.closing_paragraph.match(ln.content):
            del op.lines[j:]
            return
        if ln.idx in doc.measure_labels:
            seen_label = True


_APART_MIN_ITEMS = 3  # the others' labels make a habit of the report only over two items or more


def _cut_closing_apart(doc: Doc, findings: list[_Open]) -> None:
    """With closing_set_apart: the last item has no measure label while every other item's answer
    carries one; a paragraph after its own lines, set apart by a blank line, unnumbered and opening on
    the problems in general or on what comes next (其余问题已全部整改到位。 / 以上问题… / 下一步，…), closes
    the report: the item ends before it, with no answer."""
    *others, last = findings
    if len(findings) < _APART_MIN_ITEMS or _under_label(doc, last) or not all(_under_label(doc, op) for op in others):
        return
    p = doc.v.patterns
    lines = [doc.body[bi] for bi in last.lines]
    for j in range(1, len(lines)):
        ln = lines[j]
        if doc.text.count("\n", lines[j - 1].end, ln.cstart) < 2:
            continue  # no blank line above it: the item's own line
        if ln.marker is None and p.remaining_problems.match(ln.content):
            del last.lines[j:]
        return


def _group_rank(doc: Doc, findings: list[_Open]) -> int | None:
    ranks = sorted({r for op in findings for r in op.parents}, reverse=True)
    for r in ranks:
        heads = {op.parents[r].idx: op.parents[r] for op in findings if r in op.parents}
        if len(heads) >= 2 or any(doc.v.patterns.group_hint.search(h.body) for h in heads.values()):
            return r
    return None


def _single_item_titles(doc: Doc, findings: list[_Open], rank: int | None) -> bool:
    """Numbered titles right over labelled items (2.私自修建围墙。 / 存在问题：… / 整改措施：…), every
    title of that level over exactly one item and none naming an area (（一）…方面): the titles are
    the items' own, not groups. A title of that level anywhere over no item keeps them groups (一、食堂
    over items read otherwise)."""
    if rank is None or len(findings) < 2 or any(rank not in op.parents for op in findings):
        return False
    titles = [op.parents[rank] for op in findings]
    if len({t.idx for t in titles}) < len(titles):
        return False
    if any(doc.body[op.head - 1].idx != t.idx for op, t in zip(findings, titles, strict=True) if op.head > 0):
        return False  # text between the title and its item: the title heads more than the item
    if any(doc.v.patterns.group_hint.search(t.body) for t in titles):
        return False
    own = {t.idx for t in titles}
    return all(ln.idx in own for ln in doc.body if ln.marker is not None and ln.marker.rank == rank)


def _titles_from_groups(findings: list[_Open], drafts: list[Draft], rank: int | None) -> None:
    """Each item's title line is its own title, and the item starts there."""
    assert rank is not None
    for op, d in zip(findings, drafts, strict=True):
        title = op.parents[rank]
        d.title, d.start, d.group = group_name(title), title.cstart, None


def _groups(doc: Doc, findings: list[_Open], rank: int | None):
    if rank is None:
        return []
    seen: dict[int, Line] = {}
    for op in findings:
        if rank in op.parents:
            seen.setdefault(op.parents[rank].idx, op.parents[rank])
    return [make_group(doc, ln) for ln in seen.values()]


def _preamble(doc: Doc, first: _Open) -> tuple[int, int] | None:
    """Body text before the first finding and the headings that open its section."""
    k = first.head
    parent_idx = {ln.idx for ln in first.parents.values()}
    while k > 0 and doc.body[k - 1].idx in parent_idx:
        k -= 1
    if k == 0:
        return None
    return doc.body[0].cstart, doc.body[k - 1].end


def _draft(doc: Doc, op: _Open, group_rank: int | None) -> Draft:
    text = doc.text
    lines = [doc.body[bi] for bi in op.lines]
    head = lines[0]
    f_start = head.body_start
    m = doc.labels.finding.match(text, f_start, head.end)
    if m is not None:
        f_start = m.end()
    draft = Draft(start=head.cstart, end=lines[-1].end, finding=(f_start, head.end))
    if group_rank is not None and group_rank in op.parents:
        draft.group = group_name(op.parents[group_rank])
    f_end = f_start
    open_block: int | None = None  # start of the measure block being read
    block_end = 0
    in_finding = True
    target: tuple[int, int] | None = None  # the 整改目标 block being read
    for ln in lines:
        hit = doc.measure_labels.get(ln.idx)
        fields = doc.field_lines.get(ln.idx)
        aim = doc.target_labels.get(ln.idx)
        if aim is not None:
            in_finding = False
            if open_block is not None:
                draft.blocks.append((open_block, block_end))
                open_block = None
            target = (aim.value_start, ln.end)
            draft.target = target
            continue
        if target is not None and hit is None and not fields:
            target = (target[0], ln.end)  # the target's own lines (1、2、…) until the next label
            draft.target = target
            continue
        target = None
        if hit is not None:
            if open_block is not None:
                draft.blocks.append((open_block, block_end))
            if in_finding and hit.in_heading:
                hm = doc.labels.match_heading(ln.body)
                if hm is not None:
                    f_start, f_end = ln.body_start + hm[1], ln.body_start + hm[2]
            elif in_finding and hit.label_start > ln.cstart:
                f_end = hit.label_start
            in_finding = False
            draft.measure_label = draft.measure_label or hit.label
            open_block, block_end = hit.value_start, ln.end
            continue
        if fields:
            in_finding = False
            draft.fields.extend(fields)
            if open_block is not None:
                draft.blocks.append((open_block, block_end))
                open_block = None
            continue
        if in_finding:
            f_end = ln.end
        elif _closing_after_answer(doc, ln, bool(draft.fields or draft.blocks) or open_block is not None):
            break  # 下一步，街道将… after the last item's answer: the document's closing, not its answer
        elif open_block is None and _own_field(doc, draft, ln):
            continue  # 复查情况：符合要求 below the item's fields: a field of its own, not its answer
        elif open_block is None:
            open_block, block_end = ln.cstart, ln.end
        else:
            block_end = ln.end
    if open_block is not None:
        draft.blocks.append((open_block, block_end))
    draft.finding = (f_start, max(f_start, f_end))
    quoted = doc.labels.quoted.match(text, *draft.finding)
    # "“A”的问题。具体表现为“B”。" is not one quotation from A to B.
    if quoted is not None and not doc.v.patterns.closed_quote.search(quoted.group("q")):
        draft.finding = (quoted.start("q"), quoted.end("q"))
        draft.title = draft.finding
    elif draft.finding[1] > head.end > draft.finding[0]:
        # 整改任务一：针对“…”的问题 over its 问题描述：…: the heading's quotation names the finding,
        # the lines below it state it in full.
        quoted = doc.labels.quoted.match(text, draft.finding[0], head.end)
        if quoted is not None and not doc.v.patterns.closed_quote.search(quoted.group("q")):
            draft.title = (quoted.start("q"), quoted.end("q"))
        elif doc.v.weights.layouts.heading_own_title:
            draft.title = _heading_title(doc, head, draft.finding[0])
    return draft


_CLOSING_OPENER_RE = re.compile(r"[，,：:]")
_FIELD_OPENING_RE = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff]{2,6}[:：]")


def _own_field(doc: Doc, draft: Draft, ln: Line) -> bool:
    """With label_after_fields: a line below an item's measure and its fields (责任人：… 完成时间：…) that
    opens on a label of its own (复查情况：…, 销号情况：…) is a field the reader does not know, not more of
    the measure: an empty 整改措施： stays empty."""
    return (
        doc.v.weights.layouts.label_after_fields and bool(draft.fields) and draft.measure_label is not None
        and _FIELD_OPENING_RE.match(ln.content) is not None
    )


def _closing_after_answer(doc: Doc, ln: Line, answered: bool) -> bool:
    """With closing_paragraph_apart: an unnumbered line that opens on a closing word and a comma
    (下一步，… / 今后，…), below an item whose answer or fields stood above it, closes the document."""
    if not doc.v.weights.layouts.closing_paragraph_apart or not answered or ln.marker is not None:
        return False
    m = doc.v.patterns.closing_heading.match(doc.text, ln.body_start, ln.end)
    return m is not None and _CLOSING_OPENER_RE.match(doc.text, m.end()) is not None


_HEADING_STOP_RE = re.compile(r"[。！？!?；;]")
_LABELLED_RE = re.compile(r"[^。！？!?；;，,：:\s]{2,8}[：:]")  # 问题清单： / 存在问题： opening a line


def _heading_title(doc: Doc, head: Line, start: int) -> tuple[int, int] | None:
    """一、关于…的问题 over the paragraph that states it: a heading with no sentence in it is the
    title alone, not glued to the first sentence of the body below it. A heading ending in a colon
    (政策解读： over …), or over a line that opens with a label (意见征集 over 问题清单：…), names an
    area the lines below complete: it is no title alone."""
    text = doc.text
    if head.marker is None or _HEADING_STOP_RE.search(text, start, head.end):
        return None
    below = len(text) - len(text[head.end :].lstrip())
    if text[start : head.end].rstrip(" \t\u3000").endswith(("：", ":")) or _LABELLED_RE.match(text, below):
        return None
    a, b = title_range(doc.v, doc.text, start, head.end)
    return (a, b) if a < b else None


def _problem_number(doc: Doc, at: int, end: int) -> int | None:
    m = doc.v.patterns.problem_number_label.match(doc.text, at, end)
    if m is None:
        return None
    n = m.group("n")
    return int(n) if n.isdigit() else cn_to_int(n)


def _split_cited_shares(doc: Doc, drafts: list[Draft]) -> None:
    """Numbered problems sharing one measure block that answers them clause by clause, each clause
    opening on the problem it answers (整改情况：对问题（1），…；对问题（2），…): each problem takes the
    clauses from its own citation to the next one; a problem no clause cites keeps no measure
    (shared_measure_cited; pattern fix_cited_problem). The block must open on a citation, and cite
    only the group's own numbers, in order."""
    text = doc.text
    k = 0
    while k < len(drafts):
        j = k + 1
        while j < len(drafts) and len(drafts[k].blocks) == 1 and drafts[j].blocks == drafts[k].blocks:
            j += 1
        group = drafts[k:j]
        k = j
        if len(group) < 2:
            continue
        numbers = [_problem_number(doc, d.start, d.finding[1]) for d in group]
        if any(n is None for n in numbers):
            continue
        ma, mb = trim(text, *group[0].blocks[0])
        cites: list[tuple[int, int]] = []
        for m in doc.v.patterns.fix_cited_problem.finditer(text, ma, mb):
            if m.start() > ma and text[m.start() - 1] not in _CLAUSE_STOPS:
                continue
            n = m.group("n")
            cites.append((m.start(), int(n) if n.isdigit() else (cn_to_int(n) or 0)))
        cited = [n for _, n in cites]
        if not cites or cites[0][0] != ma or cited != sorted(set(cited)) or not set(cited) <= set(numbers):
            continue
        for d, n in zip(group, numbers, strict=True):
            at = next((i for i, (_, c) in enumerate(cites) if c == n), None)
            if at is None:
                d.blocks = []
                continue
            a = cites[at][0]
            b = cites[at + 1][0] if at + 1 < len(cites) else mb
            d.blocks = [trim(text, a, b)]


def _shared_measure(doc: Doc, op: _Open, draft: Draft) -> list[Draft]:
    """A segment whose problem part lists several problems, each under its own 问题一：/问题二：
    deeper than the segment's head, before one 解决方案： is that many findings sharing the measure."""
    text = doc.text
    head = doc.body[op.head]
    problems: list[Line] = []
    for bi in op.lines[1:]:
        ln = doc.body[bi]
        if ln.idx in doc.measure_labels or ln.idx in doc.field_lines or ln.idx in doc.target_labels:
            break
        if ln.marker is not None and ln.marker.family == _NUMBERED_PROBLEM and ln.marker.rank > (head.marker.rank if head.marker else 0):
            problems.append(ln)
    if len(problems) < 2:
        return [draft]
    stop = max(draft.finding[1], problems[-1].end)
    out: list[Draft] = []
    for k, ln in enumerate(problems):
        end = problems[k + 1].cstart if k + 1 < len(problems) else stop
        a = ln.body_start
        m = doc.labels.finding.match(text, a, ln.end)
        d = Draft(start=ln.cstart, end=draft.end, finding=(m.end() if m else a, end), group=group_name(head))
        d.blocks, d.fields, d.measure_label, d.target = list(draft.blocks), list(draft.fields), draft.measure_label, draft.target
        out.append(d)
    return out
