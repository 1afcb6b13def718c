"""Layout rule ``unit_blocks``: an inspection's findings told unit by unit, each unit a block of its
own that a label opens, as exposure notices and 暗访 notices write them.

    甲小区存在的隐患：消防控制室无人值班；室内消火栓无水；楼道堆放杂物。       (unit_fault_paragraphs)
    乙公司存在的隐患：仓库内违规停放电动车；消火栓被遮挡。

    点位一：某街道某社区。暗访组重点查看了集贸市场周边环境秩序。           (unit_point_headings)
    发现问题：车辆乱停放、“门前五包”不到位。

    鲤城区：整体情况一般。部分市场…回潮；…公平秤缺失未整改。                    (unit_named_paragraphs)
    丰泽区：两极分化明显，…较好。较差的如…垃圾堆积…。

    …通报指出，督导组发现…等问题。甲省部分企业…不到位。乙市个别街镇…流于形式。丙省部分地方…，仍发现
    隐患55项，其中2家被责令停产整顿。                                        (unit_place_sentences)

    甲医院经查存在82项问题，违法违规金额3466.7万元，但该院自查自纠退回医保基金1.9万元。 (unit_checked_paragraphs)
    乙医院经查存在42项问题，…，但该院自查自纠退回医保基金的金额为0元。

    场所名称：某药店                                                (unit_record_fields)
    场所地址：某路12号
    隐患情况：1.堵塞安全出口 2.杂物遮挡消火栓

    以上隐患已现场整改完毕。 / 暗访组认为，要…强化排查整改。           (the closing answer)

Each unit's block is one finding whatever commas and semicolons its faults hold: the writer parted
the faults by unit, and the same fault (消防控制室无人值班) may stand in several units. A record's
fault field numbered inside (1.… 2.…) holds a finding a number. A paragraph right after the last
unit that answers what stands above it (以上隐患…, 暗访组认为…) is every finding's measure. A
reading that cuts the units' faults into clauses yields to this one.
"""

from __future__ import annotations

import re

from checker.segment.document import Doc
from checker.segment.draft import Draft
from checker.segment.layouts.base import LAYOUTS, LayoutResult
from checker.segment.lines import Line
from checker.segment.spans import trim

_MIN_UNITS = 3  # fewer units: a passing remark, not a notice told unit by unit
_MIN_FAULT_CHARS = 1  # a unit's label with no words after it is a heading (甲村存在的问题：), not a unit
_NUMBER_RE = re.compile(r"(?<=[ \t\u3000：:；;。，,])[ \t\u3000]*(?P<n>\d{1,2})[.．、](?=\S)")


def _after(pat: re.Pattern[str], doc: Doc, ln: Line) -> int | None:
    """Where the words after the label ``pat`` matches at the line's start begin, if it does."""
    m = pat.match(doc.text, ln.body_start, ln.end)
    return m.end() if m is not None else None


def _closing(doc: Doc, ln: Line | None) -> tuple[int, int] | None:
    """The paragraph after the last unit, when it answers what stands above it (以上隐患已…)."""
    if ln is None or doc.v.patterns.units_closing.match(doc.text, ln.body_start, ln.end) is None:
        return None
    return ln.body_start, ln.end


def _next(doc: Doc, bi: int) -> Line | None:
    return doc.body[bi] if bi < len(doc.body) else None


def _result(doc: Doc, drafts: list[Draft], first: int, closing: tuple[int, int] | None, units: int) -> LayoutResult | None:
    if units < _MIN_UNITS:
        return None
    if closing is not None:
        for d in drafts:
            d.blocks.append(closing)
    body = doc.body
    preamble = (body[0].cstart, body[first - 1].end) if first > 0 else None
    result = LayoutResult("unit_blocks", drafts, [], preamble, pairing="response" if closing else None)
    result.unit_items = True
    return result


def _first_run(opens: list[bool]) -> tuple[int, int] | None:
    """The first run of ``_MIN_UNITS`` or more lines in a row that each open a unit: its first line and
    the line after its last."""
    bi = 0
    while bi < len(opens):
        if not opens[bi]:
            bi += 1
            continue
        first = bi
        while bi < len(opens) and opens[bi]:
            bi += 1
        if bi - first >= _MIN_UNITS:
            return first, bi
    return None


def _fault_paragraphs(doc: Doc) -> LayoutResult | None:
    """With unit_fault_paragraphs: a run of paragraphs each opening on a unit and its faults' label
    (甲小区存在的隐患：a；b；c。), the first run of three or more."""
    pat = doc.v.patterns.unit_fault_opener
    body = doc.body
    opens = [(at := _after(pat, doc, ln)) is not None and ln.end - at >= _MIN_FAULT_CHARS for ln in body]
    run = _first_run(opens)
    if run is None:
        return None
    first, stop = run
    drafts = [Draft(start=ln.cstart, end=ln.end, finding=trim(doc.text, ln.body_start, ln.end)) for ln in body[first:stop]]
    return _result(doc, drafts, first, _closing(doc, _next(doc, stop)), stop - first)


def _named_paragraphs(doc: Doc) -> LayoutResult | None:
    """With unit_named_paragraphs: a news item's or a notice's assessment told place by place, three
    paragraphs or more in a run each opening on the place's name and a colon (鲤城区：…), most stating a
    fault, praise and faults mixed in each (整体情况较好，但…). No numbered line stands before or in the
    run: under a numbered problems section such lines are that section's items."""
    pat, faults, body = doc.v.patterns.unit_name_label, doc.v.patterns.problem_words, doc.body
    bi = 0
    while bi < len(body):
        if body[bi].marker is not None:
            return None
        if (at := _after(pat, doc, body[bi])) is None or body[bi].end - at < _MIN_FAULT_CHARS:
            bi += 1
            continue
        first = bi
        while bi < len(body) and body[bi].marker is None and (at := _after(pat, doc, body[bi])) is not None:
            bi += 1
        run = body[first:bi]
        faulty = sum(faults.search(doc.text, _after(pat, doc, ln) or ln.cstart, ln.end) is not None for ln in run)
        if len(run) >= _MIN_UNITS and 2 * faulty > len(run):
            drafts = [Draft(start=ln.cstart, end=ln.end, finding=trim(doc.text, ln.body_start, ln.end)) for ln in run]
            return _result(doc, drafts, first, _closing(doc, _next(doc, bi)), len(run))
    return None


def _checked_paragraphs(doc: Doc) -> LayoutResult | None:
    """With unit_checked_paragraphs: a notice naming the units it checked, three paragraphs or more in a
    run, each opening on a unit and what the check found there counted (甲医院经查存在82项问题，…): each
    paragraph is one finding, and where it goes on to what the unit itself did (…，但该院自查自纠退回…)
    that is its measure, unless it says the unit returned nothing (…退回医保基金的金额为0元)."""
    p, text, body = doc.v.patterns, doc.text, doc.body
    opens = [ln.marker is None and p.unit_checked_opener.match(text, ln.body_start, ln.end) is not None for ln in body]
    run = _first_run(opens)
    if run is None:
        return None
    first, stop = run
    drafts: list[Draft] = []
    for ln in body[first:stop]:
        own = p.unit_own_answer.search(text, ln.body_start, ln.end)
        if own is None:
            drafts.append(Draft(start=ln.cstart, end=ln.end, finding=trim(text, ln.body_start, ln.end)))
            continue
        answer = trim(text, own.end(), ln.end)
        blocks = [] if p.nil_amount.fullmatch(text, *answer) else [answer]
        drafts.append(Draft(start=ln.cstart, end=ln.end, finding=trim(text, ln.body_start, own.start()), blocks=blocks))
    result = _result(doc, drafts, first, None, len(drafts))
    if result is not None and any(d.blocks for d in drafts):
        result.pairing = "text"
    return result


_SENTENCE_END = "。！？"


def _sentence_starts(text: str, a: int, b: int) -> list[int]:
    """Where the sentences of ``text[a:b]`` start: at ``a`` and after each full stop."""
    return [a] + [k + 1 for k in range(a, b - 1) if text[k] in _SENTENCE_END]


def _place_sentences(doc: Doc) -> LayoutResult | None:
    """With unit_place_sentences: one paragraph that tells a notice's findings place by place, three
    places or more, each place's sentences opening on its name and the part at fault (甲省部分企业…;
    乙市个别街镇…), after a lead that sums them up: each place's sentences, to the next place's, are
    one finding; a clause in them that reports what the inspectors had done to those at fault (其中2家被
    责令停产整顿) is its measure. A paragraph that gives a place no fault is not one of these."""
    p, text = doc.v.patterns, doc.text
    for bi, ln in enumerate(doc.body):
        if ln.marker is not None:
            continue
        starts = [s for s in _sentence_starts(text, ln.body_start, ln.end) if p.place_sentence_opener.match(text, s, ln.end)]
        if len(starts) < _MIN_UNITS:
            continue
        spans = [trim(text, s, e) for s, e in zip(starts, [*starts[1:], ln.end], strict=True)]
        if sum(p.problem_words.search(text, a, b) is not None for a, b in spans) < len(spans):
            continue
        drafts: list[Draft] = []
        for a, b in spans:
            act = p.unit_act_clause.search(text, a, b)
            if act is None or act.start() == a:
                drafts.append(Draft(start=a, end=b, finding=(a, b)))
                continue
            at = act.start()
            drafts.append(Draft(start=a, end=b, finding=trim(text, a, at), blocks=[trim(text, at, b)]))
        result = _result(doc, drafts, bi, None, len(drafts))
        if result is not None:
            result.preamble = trim(text, doc.body[0].cstart, starts[0])
            result.pairing = "text" if any(d.blocks for d in drafts) else None
        return result
    return None


def _labelled_blocks(doc: Doc, head: re.Pattern[str], label: re.Pattern[str]) -> list[tuple[int, int, int]] | None:
    """Blocks each opened by a line ``head`` opens and holding, before the next, a line ``label`` opens:
    per block its head's line, its label's line and where the label's text starts; none unless every
    block of ``_MIN_UNITS`` or more holds its label."""
    body = doc.body
    heads = [bi for bi, ln in enumerate(body) if _after(head, doc, ln) is not None]
    if len(heads) < _MIN_UNITS:
        return None
    out: list[tuple[int, int, int]] = []
    for k, hi in enumerate(heads):
        stop = heads[k + 1] if k + 1 < len(heads) else len(body)
        found = next(((bi, at) for bi in range(hi + 1, stop) if (at := _after(label, doc, body[bi])) is not None), None)
        if found is None:
            return None  # a unit with no faults labelled: a list of units, not of their faults
        out.append((hi, *found))
    return out


def _point_headings(doc: Doc) -> LayoutResult | None:
    """With unit_point_headings: blocks each opened by a numbered point's heading (点位一：…) and
    closed by the line that labels what was found there (发现问题：…)."""
    p, body = doc.v.patterns, doc.body
    blocks = _labelled_blocks(doc, p.unit_point_heading, p.unit_found_label)
    if blocks is None:
        return None
    drafts = [Draft(start=body[hi].cstart, end=body[bi].end, finding=trim(doc.text, body[hi].body_start, body[bi].end))
              for hi, bi, _ in blocks]
    return _result(doc, drafts, blocks[0][0], _closing(doc, _next(doc, blocks[-1][1] + 1)), len(blocks))


def _numbered(doc: Doc, a: int, b: int) -> list[tuple[int, int]]:
    """A record's fault field numbered inside (1.堵塞安全出口 2.杂物遮挡消火栓): its items, one a
    number in sequence from 1; else the whole field."""
    marks = [m for m in _NUMBER_RE.finditer(doc.text, a, b)]
    if len(marks) < 2 or marks[0].start() != a or [int(m.group("n")) for m in marks] != list(range(1, len(marks) + 1)):
        return [trim(doc.text, a, b)]
    stops = [m.start() for m in marks[1:]] + [b]
    return [trim(doc.text, m.end(), s) for m, s in zip(marks, stops, strict=True)]


def _record_fields(doc: Doc) -> LayoutResult | None:
    """With unit_record_fields: records each opened by a unit's name field (场所名称：) and holding a
    fault field (隐患情况：) before the next record."""
    p, body = doc.v.patterns, doc.body
    blocks = _labelled_blocks(doc, p.unit_record_name, p.unit_record_fault)
    if blocks is None:
        return None
    drafts: list[Draft] = []
    for hi, bi, at in blocks:
        name = trim(doc.text, _after(p.unit_record_name, doc, body[hi]) or body[hi].body_start, body[hi].end)
        items = _numbered(doc, at, body[bi].end)
        for n, item in enumerate(items):
            start = body[hi].cstart if n == 0 else item[0]
            end = body[bi].end if n == len(items) - 1 else items[n + 1][0]
            drafts.append(Draft(start=start, end=end, finding=item, title=name))
    return _result(doc, drafts, blocks[0][0], _closing(doc, _next(doc, blocks[-1][1] + 1)), len(blocks))


@LAYOUTS.register("unit_blocks")
def unit_blocks_layout(doc: Doc) -> LayoutResult | None:
    lw = doc.v.weights.layouts
    readers = (
        (lw.unit_fault_paragraphs, _fault_paragraphs),
        (lw.unit_named_paragraphs, _named_paragraphs),
        (lw.unit_place_sentences, _place_sentences),
        (lw.unit_checked_paragraphs, _checked_paragraphs),
        (lw.unit_point_headings, _point_headings),
        (lw.unit_record_fields, _record_fields),
    )
    for wanted, reader in readers:
        if wanted and (result := reader(doc)) is not None:
            return result
    return None

