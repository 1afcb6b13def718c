"""Layout rule ``problem_list``: a 存在的问题 section of numbered problems (seed 004), optionally
followed by a 整改措施 / 下一步 section of numbered fixes paired by number
(``problems_then_fixes``). Problems may be headings on their own lines or inline (``1、…;2、…``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TypeGuard

from checker.segment.document import Doc, group_name, make_group
from checker.segment.draft import Draft
from checker.segment.items import comma_point_spans, top_level_markers
from checker.segment.layouts.base import LAYOUTS, LayoutResult
from checker.segment.lines import Line
from checker.segment.pairing import Entry as _Entry
from checker.segment.pairing import cited_numbers, lead_of, likeness, number_named, pair, unlisted_problem
from checker.segment.roles import Role
from checker.segment.spans import trim
from checker.text.enumerators import Marker, iter_item_markers
from checker.text.sentences import SENTENCE_END

_HEAD_CHARS = 20  # a section heading's words
_MOSTLY = 0.75  # the share of items that must read as problems for a list to be one
_HALF = 0.5
_LINE_ITEM = 60  # a list item written as a line of its own: a name and its fault, no paragraph
_GROUP_TITLE = 20  # a group's heading is a short title
_STATEMENT_ENDS = ("。", "；", ";")
_BULLETS = ("-", "•", "·", "●", "▪", "◆", "■")  # list items written with a bullet, not a number
_POINTS = "shi"  # 一是…二是…: points written inside one paragraph
_TRIGGER_SPAN = 6  # a response opens its sentence (针对以上问题，…)
_MIN_CUT_ITEMS = 2  # a cut mixed section is read as problems when it holds more whole items than this
_CLAUSE_SEMIS = "；;"  # clauses of one paragraph's list of faults
_MIN_CLAUSES = 3  # fewer clauses are one fault told in parts
_HAN = re.compile(r"[\u4e00-\u9fff]")
_SIBLING_SPAN = 8  # lines between a numbered line and its sibling: the same list, not a later one
_MIN_CITED = 2  # fix lines citing their problems' numbers: one alone shows no habit


def _cut_at_end(doc: Doc, k: int, bis: list[int], stop: int) -> bool:
    """The ``k``-th of several titles is the last one and runs to the document's end: a page may have
    cut its list after the first item."""
    lay = doc.v.weights.layouts
    fewest = 2 if lay.lists_cut_at_two else 3
    return lay.lists_cut_at_end and len(bis) >= fewest and k == len(bis) - 1 and stop == len(doc.body)


def _title_words(doc: Doc, body: str) -> bool:
    """A group title's words: short and no sentence inside; with title_full_stop one sentence whose
    only full stop closes it ((一)学校标准化建设水平需要进一步提高。) is a title too."""
    if len(body) > _GROUP_TITLE:
        return False
    if doc.v.weights.layouts.title_full_stop and body.endswith("。"):
        body = body[:-1]
    return "。" not in body


def _section_end(doc: Doc, sec: int) -> int:
    head = doc.body[sec].marker
    assert head is not None
    rank = head.rank
    run = _restarted_run(doc, sec) if doc.v.weights.layouts.restarted_run_inside else []
    for bi in range(sec + 1, len(doc.body)):
        mk = doc.body[bi].marker
        if mk is not None and mk.rank <= rank and bi not in run:
            return bi
    return len(doc.body)


def _restarted_run(doc: Doc, sec: int) -> list[int]:
    """三、措施 over a paragraph and then 一、… 二、… 三、…: numbers of the heading's own family that
    start again at one, two or more in sequence before any other numbered line, are the section's own
    list, not the document's next sections; a line that heads a section of its own (四、下一步打算)
    ends the run (restarted_run_inside)."""
    body, head = doc.body, doc.body[sec].marker
    assert head is not None
    run: list[int] = []
    for bi in range(sec + 1, len(body)):
        mk = body[bi].marker
        if mk is None:
            continue
        if mk.family != head.family or mk.value != len(run) + 1 or doc.role(body[bi]) not in (None, "other"):
            break
        run.append(bi)
    return run if len(run) >= 2 and head.value > 1 else []


def _entries(doc: Doc, a: int, b: int, *, by_line: bool = False, problems: bool = False) -> list[_Entry]:
    """Numbered entries between body lines ``a`` and ``b``: the shallowest non-group heading level,
    or the inline enumeration of the section's text when it has no headings (``by_line``: or, with
    neither, its short lines, one item each). ``problems``: the entries are a section's problems."""
    body = doc.body
    heads = [bi for bi in range(a, b) if body[bi].marker is not None]
    if heads:
        by_family: dict[str, list[int]] = {}
        for bi in heads:
            by_family.setdefault(body[bi].marker.family, []).append(bi)  # type: ignore[union-attr]
        hint = doc.v.patterns.group_hint

        def group_level(bis: list[int]) -> bool:
            """Every heading of the family names an area (…方面), but the document's last line, which a
            page may have cut mid-heading ((四)内)."""
            named = [bi for bi in bis if hint.search(body[bi].body)]
            return len(named) == len(bis) or (len(named) >= 2 and len(named) == len(bis) - 1 and bis[-1] == len(body) - 1)

        def holds_lists(fam: str, bis: list[int]) -> bool:
            """Every heading of the family is a short title over two or more numbered items of a
            deeper family: (一)医疗服务流程效率不足 over 1.… 2.… 3.…, the items are the problems.
            With lone_title_list one such title is enough (一、重复收费 over (一)…(六), a page that
            holds the first area of its list)."""
            rank = body[bis[0]].marker.rank  # type: ignore[union-attr]
            # a fix's lone title (（一）完善制度建设 over 1.制定… 2.建立…) keeps its fixes whole
            fewest = 1 if problems and doc.v.weights.layouts.lone_title_list else 2
            if len(bis) < fewest or not all(_title_words(doc, body[bi].body) for bi in bis):
                return False
            for k, bi in enumerate(bis):
                stop = bis[k + 1] if k + 1 < len(bis) else b
                inner = [j for j in range(bi + 1, stop) if (m := body[j].marker) is not None and m.rank > rank]
                if len(inner) < 2 and not (inner and _cut_at_end(doc, k, bis, stop)):
                    return False
            return True

        groupish = {fam for fam, bis in by_family.items() if group_level(bis) or holds_lists(fam, bis)}
        candidates = [fam for fam in by_family if fam not in groupish] or list(by_family)
        level = min(candidates, key=lambda f: body[by_family[f][0]].marker.rank)  # type: ignore[union-attr]
        rank = body[by_family[level][0]].marker.rank  # type: ignore[union-attr]
        # For each heading, the next heading at the entry level or above (one backward pass).
        stops = [b] * len(heads)
        for i in range(len(heads) - 2, -1, -1):
            after = heads[i + 1]
            stops[i] = after if body[after].marker.rank <= rank else stops[i + 1]  # type: ignore[union-attr]
        out: list[_Entry] = []
        group: Line | None = None
        for i, bi in enumerate(heads):
            ln = body[bi]
            mk = ln.marker
            assert mk is not None
            if mk.family in groupish and mk.rank < rank:
                group = ln
                continue
            if mk.family != level:
                continue
            stop = stops[i]
            points = _title_points(doc, bi, stop) if doc.v.weights.layouts.title_items_points else []
            if points:
                # 2、校舍、设施安全情况： over (1)… (4)…: the title names an area, its points are problems
                # the first point's span holds the title, which is thus accounted for
                out.extend(
                    _Entry(mk.value, ln.cstart if k == 0 else body[pi].cstart, body[pi].body_start, body[pe - 1].end, ln)
                    for k, (pi, pe) in enumerate(points)
                )
                continue
            sentences = _unit_sentences(doc, bi + 1, stop) if len(ln.body) <= _GROUP_TITLE and "。" not in ln.body else []
            if sentences:
                # (一)网站方面 over one paragraph: a summary, then one sentence a fault naming its units
                out.extend(_Entry(mk.value, ln.cstart if k == 0 else x, x, e, ln) for k, (x, e) in enumerate(sentences))
                continue
            lines = _problem_lines(doc, bi + 1, stop)
            if lines and len(ln.body) <= _GROUP_TITLE and "。" not in ln.body and not _fault_title(doc, ln):
                # (五)统计信息方面 over lines that each state a problem: each line is one
                out.extend(_Entry(mk.value, x.cstart, x.cstart, x.end, ln) for x in lines)
                continue
            placed = _place_lines(doc, ln, bi + 1, stop) if problems else []
            if placed:
                # 2、办公楼二楼 over 财务室：防盗门 / 党办：标牌上沿灰尘: a place's title over its spots
                out.extend(_Entry(mk.value, x.cstart, x.cstart, x.end, ln) for x in placed)
                continue
            out.extend(_split_inline(doc.text, _Entry(mk.value, ln.cstart, ln.body_start, body[stop - 1].end, group), mk.family))
        return out
    if a >= b:
        return []
    text = doc.text
    bullets = [bi for bi in range(a, b) if body[bi].content.startswith(_BULLETS)]
    if len(bullets) < 2 and doc.v.weights.layouts.bullet_symbol_items:
        bullets = [bi for bi in range(a, b) if _bullet_read_past(doc, body[bi])]
    if len(bullets) >= 2:
        # "- …" lines: a list whose numbers are its order
        return [
            _Entry(k + 1, body[bi].cstart, trim(text, body[bi].cstart + int(body[bi].content.startswith(_BULLETS)), body[bi].end)[0],
                   body[bullets[k + 1] - 1].end if k + 1 < len(bullets) else body[b - 1].end, None)
            for k, bi in enumerate(bullets)
        ]
    start, end = body[a].cstart, body[b - 1].end
    # 一是…二是… lists the problems only when the section has no other enumeration.
    markers = top_level_markers(text, start, end)
    if by_line and doc.v.weights.layouts.named_lines:
        named = _named_lines(doc, a, b)
        if named:
            return named
    if not markers and by_line and doc.v.weights.layouts.line_items:
        listed = _listed_lines(doc, a, b)
        if listed:
            return listed
    if not markers and problems and doc.v.weights.layouts.clause_problems and b - a == 1:
        clauses = _clause_entries(text, start, end)
        if clauses:
            return clauses
    if not markers and problems and doc.v.weights.layouts.problem_comma_points:
        # 本次检查突出问题，一是…，二是…，三是…。: the section's one sentence lists its problems
        return [_Entry(k + 1, a, a + 2, e, None) for k, (a, e) in enumerate(comma_point_spans(text, start, end))]
    if markers and markers[0].family == "shi":
        others = [m for m in iter_item_markers(text, start, end) if m.family != "shi"]
        if others:
            markers = top_level_markers(text, others[0].start, end)
    out = []
    for i, m in enumerate(markers):
        stop = markers[i + 1].start if i + 1 < len(markers) else end
        s, e = trim(text, m.end, stop)
        while e > s and text[e - 1] in "；;，,":
            e -= 1
        out.append(_Entry(m.value, m.start, s, e, None))
    return out


def _bullet_read_past(doc: Doc, ln: Line) -> bool:
    """Did the line open on a bullet symbol (◆城区学校…) that the bullets pass read past as its
    indentation (bullet_symbol_items)?"""
    symbols = doc.v.words.line_bullets
    return ln.cstart > ln.start and any(c in symbols for c in doc.text[ln.start : ln.cstart])


def _cited_lines(doc: Doc, a: int, b: int) -> list[_Entry]:
    """A fixes section of unnumbered lines, two or more, each opening on the number of the problem it
    answers (针对问题1：… / 针对问题2：… / 针对问题5：…), after one lead-in line at most: each such line,
    with the lines after it that cite none, is one fix numbered as it cites (fix_lines_cite_numbers)."""
    if not doc.v.weights.layouts.fix_lines_cite_numbers or b - a < _MIN_CITED:
        return []
    lines, cites = doc.body[a:b], doc.v.patterns.fix_cited_opening
    if any(x.marker is not None for x in lines):
        return []
    heads = [k for k, x in enumerate(lines) if cites.match(x.content) is not None]
    if len(heads) < _MIN_CITED or heads[0] > 1:
        return []
    out: list[_Entry] = []
    for k, h in enumerate(heads):
        last = lines[heads[k + 1] - 1] if k + 1 < len(heads) else lines[-1]
        entry = _Entry(0, lines[h].cstart, lines[h].cstart, last.end, None)
        numbers = cited_numbers(doc.v, doc.text, entry)
        if not numbers:
            return []
        entry.value = numbers[0]
        out.append(entry)
    return out


def _fault_title(doc: Doc, ln: Line) -> bool:
    """A numbered title that names a fault itself (1.网络拓扑结构不合理), not an area (（五）统计信息方面):
    the lines under it are its sub-points, one finding with it (fault_title_holds_lines)."""
    v = doc.v
    return (
        v.weights.layouts.fault_title_holds_lines
        and v.patterns.problem_words.search(ln.body) is not None
        and v.patterns.group_hint.search(ln.body) is None
    )


def _next_fault_title(doc: Doc, bi: int, heads: dict[int, Role]) -> bool:
    """A numbered title whose words would head a problems section (4.应用系统安全隐患) right after its
    elder sibling, a fault title no section opens on (3.操作系统安全问题), inside a problems section of
    a higher rank ((二)主要隐患问题): the next item of that section's list."""
    ln = doc.body[bi]
    mk = ln.marker
    if mk is None or mk.value < 2 or not _short_title(ln):
        return False
    sibling: int | None = None
    for bj in range(bi - 1, -1, -1):
        pm = doc.body[bj].marker
        if pm is None or pm.rank > mk.rank:
            continue
        if sibling is None:
            if pm.family != mk.family or pm.value != mk.value - 1 or bj in heads:
                return False
            prev = doc.body[bj]
            if not (_short_title(prev) and _fault_title(doc, prev)):
                return False
            sibling = bj
        elif pm.rank < mk.rank:
            return heads.get(bj) == "problems"
    return False


def _short_title(ln: Line) -> bool:
    return len(ln.body) <= _GROUP_TITLE and "。" not in ln.body


def _place_lines(doc: Doc, title: Line, a: int, b: int) -> list[Line]:
    """A numbered title that names a place and no fault (2、办公楼二楼) over two or more short
    unnumbered lines, none holding a sentence (财务室：防盗门 / 党办：标牌上沿灰尘): each line is a spot
    the inspection found wanting, one problem (place_titles_hold_lines)."""
    v = doc.v
    if not v.weights.layouts.place_titles_hold_lines or not _short_title(title) or not _HAN.search(title.body):
        return []  # a bare number over a row's cells (1 / —— / 修订…) is a table's, no title
    if v.patterns.problem_words.search(title.body) is not None:
        return []
    lines = doc.body[a:b]
    if len(lines) < 2 or any(x.marker is not None for x in lines):
        return []
    if any(len(x.content) > _LINE_ITEM or "。" in x.content[:-1] or not _HAN.search(x.content) for x in lines):
        return []
    return lines


def _unit_run(doc: Doc) -> tuple[int, int, list[_Entry], set[int]] | None:
    """A notice told unit by unit: three or more lines in a row, each opening on a unit's name and a
    colon (沙河村：整体卫生状况较好；), some followed by a line labelled as that unit's problem
    (存在的问题：公共区域有生活垃圾散落。). Each unit with its labelled line is one item, a problem where
    the label states it or the unit's own line names a fault; a unit only praised is none
    (unit_lines_problem_labels). Returns the run's first and after-last body lines, its problems and
    the labelled lines."""
    v, body, text = doc.v, doc.body, doc.text
    if not v.weights.layouts.unit_lines_problem_labels:
        return None

    def unit(bi: int) -> bool:
        ln = body[bi]
        return (
            ln.marker is None and v.patterns.named_item.match(text, ln.cstart, ln.end) is not None
            and doc.labels.line.match(text, ln.cstart, ln.end) is None
            and doc.labels.finding.match(text, ln.cstart, ln.end) is None
        )

    def labelled(bi: int) -> bool:
        mk = body[bi].marker
        return mk is not None and mk.family == "problem_label" and body[bi].body_start < body[bi].end

    bi = 0
    while bi < len(body):
        run: list[tuple[int, int | None]] = []
        j = bi
        while j < len(body) and unit(j):
            lab = j + 1 if j + 1 < len(body) and labelled(j + 1) else None
            run.append((j, lab))
            j = (lab if lab is not None else j) + 1
        if len(run) >= _MIN_CLAUSES and any(lab is not None for _, lab in run):
            entries: list[_Entry] = []
            for u, lab in run:
                ln = body[u]
                if lab is None and not _names_fault(doc, ln.cstart, ln.end):
                    continue  # praised only
                end = body[lab].end if lab is not None else ln.end
                entries.append(_Entry(len(entries) + 1, ln.cstart, ln.cstart, end, None))
            if not entries:
                return None
            return bi, j, entries, {lab for _, lab in run if lab is not None}
        bi = max(j, bi + 1)
    return None


def _names_fault(doc: Doc, a: int, b: int) -> bool:
    p = doc.v.patterns
    return p.problem_words.search(doc.text, a, b) is not None or p.observed_fault.search(doc.text, a, b) is not None


def _clause_entries(text: str, start: int, end: int) -> list[_Entry]:
    """A problems section's one paragraph that lists its faults as clauses at ；(A，B；C；无D。…):
    each clause is a problem, numbered by its order; sentences after the last clause's full stop
    tell more of it (its history, what it costs) and stay with it (clause_problems)."""
    cuts = [i for i in range(start, end) if text[i] in _CLAUSE_SEMIS]
    if len(cuts) < _MIN_CLAUSES - 1:
        return []
    bounds = [start, *(c + 1 for c in cuts)]
    out: list[_Entry] = []
    for k, a in enumerate(bounds):
        s, e = trim(text, a, bounds[k + 1] - 1 if k + 1 < len(bounds) else end)
        if e <= s:
            return []
        out.append(_Entry(k + 1, s, s, e, None))
    return out


def _title_points(doc: Doc, bi: int, stop: int) -> list[tuple[int, int]]:
    """An item that is only a title ending in a colon (2、校舍、设施安全情况：) over two or more
    numbered points of a deeper family: each point's (first, after-last) body lines. An item that
    states its problem itself, or holds fewer points, has none."""
    body = doc.body
    ln = body[bi]
    words = ln.body.rstrip(" \t\u3000")
    if len(words) > _GROUP_TITLE or not words.endswith(("：", ":")) or "。" in words or "；" in words:
        return []
    rank = ln.marker.rank  # type: ignore[union-attr]
    heads = [j for j in range(bi + 1, stop) if (m := body[j].marker) is not None and m.rank > rank]
    if len(heads) < 2 or heads[0] != bi + 1:
        return []
    family = body[heads[0]].marker.family  # type: ignore[union-attr]
    if any(body[j].marker.family != family for j in heads):  # type: ignore[union-attr]
        return []
    return [(j, heads[k + 1] if k + 1 < len(heads) else stop) for k, j in enumerate(heads)]


def _listed_lines(doc: Doc, a: int, b: int) -> list[_Entry]:
    """Two or more short unnumbered lines, none holding a sentence: a list whose items are its
    lines (河滨3318（物品杂乱） / 河滨2515（违规电器）), numbered by their order."""
    lines = doc.body[a:b]
    if len(lines) < 2 or any(len(x.content) > _LINE_ITEM or "。" in x.content[:-1] for x in lines):
        return []
    if doc.v.weights.layouts.pipe_cells_table_only and any(x.content.rstrip().endswith("|") for x in lines):
        return []  # cells closed by their pipes: a table's, which the table reader reads
    return [_Entry(k + 1, x.cstart, x.cstart, x.end, None) for k, x in enumerate(lines)]


def _named_lines(doc: Doc, a: int, b: int) -> list[_Entry]:
    """Unnumbered lines that each open with a unit's or a place's name and a colon (鼎山镇：…未严格
    落实…), most stating a fault: one problem a line, or one a point where the line lists its own
    (光辉镇：一是…二是…). Field labels (整改措施：) are not names."""
    lines, v, text = doc.body[a:b], doc.v, doc.text
    if len(lines) < 2 or any(x.marker is not None for x in lines):
        return []
    named = [x for x in lines if v.patterns.named_item.match(text, x.cstart, x.end)
             and not doc.labels.line.match(text, x.cstart, x.end) and not doc.labels.finding.match(text, x.cstart, x.end)]
    faulty = sum(v.patterns.problem_words.search(text, x.cstart, x.end) is not None for x in lines)
    if len(named) < 2 or len(named) < _MOSTLY * len(lines) or faulty < _MOSTLY * len(lines):
        return []
    out: list[_Entry] = []
    for x in lines:
        points = [m for m in top_level_markers(text, x.cstart, x.end) if m.family == _POINTS]
        if len(points) < 2 or points[0].value != 1:
            out.append(_Entry(len(out) + 1, x.cstart, x.cstart, x.end, None))
            continue
        for k, m in enumerate(points):
            s, e = trim(text, m.end, points[k + 1].start if k + 1 < len(points) else x.end)
            out.append(_Entry(len(out) + 1, m.start, s, e, None))
    return out


def _problem_lines(doc: Doc, a: int, b: int) -> list[Line]:
    """Two or more unnumbered lines under a heading, each a sentence that states a problem."""
    lines = doc.body[a:b]
    if len(lines) < 2 or any(x.marker is not None for x in lines):
        return []
    faults = doc.v.patterns.problem_words
    if not all(x.content.endswith(_STATEMENT_ENDS) for x in lines):
        return []
    if 2 * sum(bool(faults.search(x.content)) for x in lines) < len(lines):
        return []  # most lines state a problem (one may name what was not published, 上年度…情况说明)
    return lines


_SENTENCE_RE = re.compile(r"[^。！？]+[。！？]?")
_UNIT_SENTENCES_MIN = 2  # sentences that each name how many units share a fault


def _unit_sentences(doc: Doc, a: int, b: int) -> list[tuple[int, int]]:
    """With unit_count_sentences: an area's one unnumbered paragraph in which two or more sentences each
    state a fault and name how many units share it (…等15家单位信息公开内容存在错敏词数量较多。…等6家单位
    未及时更新…。): one problem a sentence. The sentences before the first such one sum the area up
    (部分乡镇和部门未严格落实…) and open it; a later sentence that states a fault of one unit alone
    (某镇未及时答复网民留言。) is a problem of its own, one that states none tells more of the one before."""
    units, faults = doc.v.patterns.units_counted, doc.v.patterns.problem_words
    lines = doc.body[a:b]
    if not doc.v.weights.layouts.unit_count_sentences or len(lines) != 1 or lines[0].marker is not None:
        return []
    text, ln = doc.text, lines[0]
    spans = [trim(text, m.start(), m.end()) for m in _SENTENCE_RE.finditer(text, ln.cstart, ln.end)]
    spans = [(x, e) for x, e in spans if e > x]
    counted = [units.search(text, x, e) is not None and faults.search(text, x, e) is not None for x, e in spans]
    if sum(counted) < _UNIT_SENTENCES_MIN:
        return []
    first = counted.index(True)
    out = [(spans[0][0], spans[first][1])]
    for (x, e), named in zip(spans[first + 1 :], counted[first + 1 :], strict=True):
        if named or faults.search(text, x, e) is not None:
            out.append((x, e))
        else:
            out[-1] = (out[-1][0], e)
    return out


def _split_inline(text: str, entry: _Entry, family: str) -> list[_Entry]:
    """``1、…；2、…；3、…`` on one line is three entries, not one."""
    markers = top_level_markers(text, entry.start, entry.end)
    if len(markers) < 2 or markers[0].start != entry.start or markers[0].family != family:
        return [entry]
    out: list[_Entry] = []
    for i, m in enumerate(markers):
        stop = markers[i + 1].start if i + 1 < len(markers) else entry.end
        s, e = trim(text, m.end, stop)
        while e > s and text[e - 1] in "；;，,":
            e -= 1
        out.append(_Entry(m.value, m.start, s, e, entry.group))
    return out


@dataclass
class _Section:
    head: int  # body index of the heading line
    role: str
    start: int  # first body index of the section's content
    stop: int  # body index after its content
    inline_at: int | None = None  # where the content starts when the heading's line holds it


def _sections(doc: Doc) -> list[_Section]:
    """Sections opened by role headings, in order; each runs to the next role heading or, for an
    enumerated heading, to the next heading of its rank or above."""
    body = doc.body
    heads: list[tuple[int, Role]] = []
    for bi, ln in enumerate(body):
        if ln.idx in doc.measure_labels:
            continue
        found = doc.role(ln)
        if found is not None and found != "other" and not _attachment_reference(doc, bi) and not _sibling_statement(doc, bi):
            heads.append((bi, found))
        elif _inline_lead_in(doc, bi) is not None:
            heads.append((bi, "problems"))
    if doc.v.weights.layouts.fault_title_holds_lines:
        taken = dict(heads)
        heads = [(bi, r) for bi, r in heads if not (r == "problems" and _next_fault_title(doc, bi, taken))]
    out: list[_Section] = []
    for k, (bi, role) in enumerate(heads):
        mk = body[bi].marker
        if mk is None:
            stop = heads[k + 1][0] if k + 1 < len(heads) else len(body)
            # a lead-in (针对上述问题，…措施：) inside 四、整改措施 ends where that section does
            if k > 0 and body[heads[k - 1][0]].marker is not None:
                outer_end = _section_end(doc, heads[k - 1][0])
                if bi < outer_end:
                    stop = min(stop, outer_end)
            stop = min(stop, _title_end(doc, bi))
        else:
            # An enumerated section holds deeper headings (groups, an organising paragraph); only
            # a deeper problems or measures heading, or one of its own rank, ends it.
            stop = _section_end(doc, bi)
            for bj, r in heads[k + 1 :]:
                if bj >= stop:
                    break
                inner = body[bj].marker
                if inner is None or inner.rank <= mk.rank or r in ("problems", "measures", "mixed"):
                    stop = bj
                    break
        at = _inline_lead_in(doc, bi) if role == "problems" and mk is None else None
        out.append(_Section(bi, role, bi if at is not None else bi + 1, stop, at))
    return _headless_first_group(doc, heads, out)


def _headless_first_group(doc: Doc, heads: list[tuple[int, Role]], out: list[_Section]) -> list[_Section]:
    """With headless_first_group: a page that starts mid-document on a list's first item (1、医疗文书书写
    不规范。 / …lines… / 2、护理部存在的问题… / 3、…) whose first heading of a higher rank heads problems
    and is numbered on from it ((二)服务态度方面存在的问题): the heading of the first group, (一), was on the
    page before. From the first line to that heading is a problems section, whose items are those
    numbered as the first line is, whatever words of problems they hold."""
    body = doc.body
    first = body[0].marker if body else None
    if not doc.v.weights.layouts.headless_first_group or first is None or first.value != 1:
        return out
    for bi, role in heads:
        mk = body[bi].marker
        if mk is not None and mk.family == first.family:
            continue  # an item of the first group that names its problems (2、护理部存在的问题…)
        if mk is None or mk.rank >= first.rank or mk.value < _NUMBERED_ON or role not in ("problems", "mixed"):
            return out
        numbered = [ln.marker.value for ln in body[:bi] if ln.marker is not None]
        if numbered != list(range(1, len(numbered) + 1)) or len(numbered) < _NUMBERED_ON:
            return out
        return [_Section(0, "problems", 0, bi), *[sec for sec in out if sec.head >= bi]]
    return out


_NUMBERED_ON = 2  # the heading after a headless first group is its second ((二)), or later


def _attachment_reference(doc: Doc, bi: int) -> bool:
    """``附件：周督导问题清单`` in a cover letter, the title standing again on a line of its own below:
    the letter names its attachment, whose own title heads the list (cover_letter_answer)."""
    if not doc.v.weights.layouts.cover_letter_answer:
        return False
    ln = doc.body[bi]
    m = doc.v.patterns.attachment_line.match(doc.text, ln.cstart, ln.end)
    if m is None:
        return False
    title = m.group("t")
    return any(later.content.strip() == title for later in doc.body[bi + 1 :])


_CLAUSE_BREAKS = ("，", ",")


def _statement(doc: Doc, ln: Line) -> bool:
    """A numbered line that is a sentence: it ends on a full stop and heads no section."""
    return ln.body.rstrip().endswith(("。", "；", ";")) and doc.role(ln) in (None, "other")


def _sibling_statement(doc: Doc, bi: int) -> bool:
    """``(二)部分宿舍存在插排线杂乱，…，存在安全隐患`` between ``(一)….。`` and ``(三)….。``: a numbered
    line with a clause break, next to a sibling of its family that is a sentence, lost its stop; it
    is a sentence too, no heading (sibling_statements)."""
    ln = doc.body[bi]
    mk = ln.marker
    if not doc.v.weights.layouts.sibling_statements or mk is None or not any(c in ln.body for c in _CLAUSE_BREAKS):
        return False
    stated = ln.body.rstrip()
    if stated.endswith(("：", ":")) or (stated.endswith(("。", "；", ";")) and not _stopped_statement(doc, stated)):
        return False  # it kept its stop: what it says decides
    if doc.v.patterns.fixes_announce_end.search(stated):
        return False  # …并制订了下一步整改的具体措施。: it heads the fixes it announces
    for other in doc.body:
        om = other.marker
        if other is not ln and om is not None and om.family == mk.family and abs(om.value - mk.value) == 1:
            near = abs(other.idx - ln.idx) <= _SIBLING_SPAN
            if near and _statement(doc, other):
                return True
    return False


def _stopped_statement(doc: Doc, stated: str) -> bool:
    """``4. 后续将加大检查频次，对整改不力或反复出现的问题进行通报批评。`` among numbered sentences: a line
    of clauses stated to its stop, naming nothing before a colon, is a sentence like its siblings, no
    heading, whatever word of problems it holds (sibling_statement_stopped)."""
    return doc.v.weights.layouts.sibling_statement_stopped and not any(c in stated for c in "：:")


def _cover_answer(doc: Doc, head: int) -> list[_Entry]:
    """``现将问题清单印发给你们，请所涉及学校压实责任，迅速整改。…于10月23日前…`` in the cover letter
    before the list: the request, to its paragraph's end, answers every problem (cover_letter_answer)."""
    if not doc.v.weights.layouts.cover_letter_answer:
        return []
    for ln in doc.body[:head]:
        m = doc.v.patterns.cover_request.search(doc.text, ln.cstart, ln.end)
        if m is not None:
            a, b = trim(doc.text, m.start("r"), ln.end)
            return [_Entry(0, a, a, b, None)] if a < b else []
    return []


def _inline_lead_in(doc: Doc, bi: int) -> int | None:
    """Where the problem starts on a line right under a numbered title that opens with a lead-in of
    problems and goes on after its colon (四、胡家井村 / 该处存在的问题是：…堆积大量建筑垃圾): the
    line heads a section of that one problem."""
    body = doc.body
    ln = body[bi]
    if ln.marker is not None or not _titled(doc, bi):
        return None
    m = doc.v.patterns.lead_in_inline.match(doc.text, ln.cstart, ln.end)
    return m.end() if m is not None and m.end() < ln.end else None


def _title_end(doc: Doc, bi: int) -> int:
    """With lead_in_under_title, a lead-in right under a numbered title (一、泰山路 / 该处存在的问题：)
    speaks for that title's section only: it ends where the title's section ends."""
    return _section_end(doc, bi - 1) if _titled(doc, bi) else len(doc.body)


def _titled(doc: Doc, bi: int) -> bool:
    """With lead_in_under_title: does body line ``bi`` stand right under a short numbered title?"""
    if not doc.v.weights.layouts.lead_in_under_title or bi == 0:
        return False
    title = doc.body[bi - 1]
    return title.marker is not None and len(title.body) <= _GROUP_TITLE and not any(p in title.body for p in _STATEMENT_ENDS)


def _lone_problem(doc: Doc, sec: _Section) -> list[_Entry]:
    """A lead-in right under a numbered title over one unnumbered paragraph that states a fault
    (二、双雄路 / 该处存在的问题是： / 路边长期停放…未及时进行清理。): that paragraph is the one problem."""
    body = doc.body
    if sec.stop - sec.start != 1 or not _titled(doc, sec.head) or sec.stop != _title_end(doc, sec.head):
        return []
    ln = body[sec.start]
    a = ln.cstart if sec.inline_at is None else sec.inline_at
    if ln.marker is not None or not doc.v.patterns.problem_words.search(doc.text, a, ln.end):
        return []
    return [_Entry(1, a, a, ln.end, None)]


def _faulty(doc: Doc, entries: list[_Entry]) -> int:
    """How many of ``entries`` state a fault in their own words."""
    return sum(doc.v.patterns.problem_words.search(doc.text, e.body, e.end) is not None for e in entries)


def _place_items(doc: Doc, sec: _Section) -> list[_Entry]:
    """``三、各村情况`` right after ``二、存在的问题``, its items each a place's name and what was found
    there (``(一)詹桥村：…未及时清理``): problems of their own, read after the section's."""
    body, v = doc.body, doc.v
    if not v.weights.layouts.place_items or sec.stop >= len(body):
        return []
    head = body[sec.stop]
    nxt = head.marker
    if nxt is None or doc.role(head) not in ("other", None):
        return []
    # the problems' own heading (二、存在的问题), or the one its lead-in stands under, is its sibling
    own = next((ln for ln in reversed(body[: sec.head + 1]) if ln.marker is not None and ln.marker.rank <= nxt.rank), None)
    if own is None or own.marker is None or own.marker.family != nxt.family or doc.role(own) != "problems":
        return []
    entries = _entries(doc, sec.stop + 1, _section_end(doc, sec.stop), by_line=True)
    named = all(v.patterns.named_item.match(doc.text, e.body, e.end) for e in entries)
    if len(entries) < 2 or not named or _faulty(doc, entries) < _MOSTLY * len(entries):
        return []
    return entries


def _next_field(ln: Line | None, mk: Marker) -> TypeGuard[Line]:
    """Is ``ln`` the field numbered right after ``mk``, in the same family (6. then 7.)?"""
    return ln is not None and ln.marker is not None and ln.marker.family == mk.family and ln.marker.value == mk.value + 1


def _record_answer(doc: Doc, sec: _Section, until: int) -> _Entry | None:
    """``4.存在隐患：`` over (1)…(4), then ``6.整改情况：该场所已自行停业整改`` before the next problems
    heading: a field of the same record (numbered alike) whose label holds its text answers the whole
    list with that text."""
    body, head = doc.body, doc.body[sec.head].marker
    if not doc.v.weights.layouts.record_answer_line or head is None:
        return None
    lines = body[sec.stop : until]
    for k, ln in enumerate(lines):
        hit = doc.measure_labels.get(ln.idx)
        mk = ln.marker
        if hit is None or hit.in_heading or mk is None or mk.family != head.family or mk.rank != head.rank:
            continue
        a, b = trim(doc.text, hit.value_start, ln.end)
        # the record's next field, when it is its deadline (7.整改期限：2024年2月21日前), times the answer
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if _next_field(nxt, mk) and any(nxt.body.lstrip().startswith(w) for w in doc.v.words.deadline_labels):
            b = trim(doc.text, a, nxt.end)[1]
        return _Entry(0, a, a, b, None) if a < b else None
    return None


def _requirements(doc: Doc, sec: _Section) -> bool:
    head = doc.body[sec.head]
    return sec.role == "next_steps" and doc.v.patterns.requirements_heading.search(head.body[:_HEAD_CHARS]) is not None


def _general_requirements(doc: Doc, sec: _Section, fixes: list[_Entry], problems: list[_Entry]) -> bool:
    """四、整改要求 with more or fewer items than there are problems, most naming none of them:
    requirements for them all, not one answer each."""
    head, v, text = doc.body[sec.head], doc.v, doc.text
    if not (
        v.weights.layouts.requirements_answer_all
        and len(fixes) >= 2  # one item alone may be the first of a list the page cut
        and (len(fixes) != len(problems) or v.weights.layouts.requirements_none_named)
        and v.patterns.requirements_heading.search(head.body[:_HEAD_CHARS]) is not None
    ):
        return False
    # ...and most of them name no problem in particular; as many as the problems, none does
    # (requirements_none_named: numbered alike by chance, they answer no problem by their number)
    named = _naming(doc, problems, fixes)
    if len(fixes) == len(problems):
        return named == 0 and not any(number_named(v, text, f) for f in fixes)
    return named < _HALF * len(fixes)


def _whole(doc: Doc, sec: _Section) -> _Entry:
    """A section's text as one entry: a response to every problem before it."""
    a, b = doc.body[sec.start].cstart, doc.body[sec.stop - 1].end
    return _Entry(0, a, a, b, None)


def _response_in_last(doc: Doc, problems: list[_Entry]) -> list[_Entry]:
    """``五、群众服务意识有待提高。针对以上问题，…表态：…``: the last problem's paragraph goes on
    with the response to them all; it is cut there, and the response answers every problem."""
    last = problems[-1]
    text, trigger = doc.text, doc.v.patterns.list_response
    writer = _writer_answer(doc, last)
    if writer is not None:
        return writer
    for k in range(last.body, last.end):
        if text[k] in "。！？" and (m := _response_trigger(doc, trigger, k + 1, last.end)) is not None:
            a, b = trim(text, k + 1, last.end)
            if a < b and m.start() - (k + 1) <= _TRIGGER_SPAN and not _fault_clause(doc, m.end(), last.end):
                a = _response_paragraph(doc, last, a)
                last.end = a
                return [_Entry(0, a, a, b, None)]
    return []


def _response_points(doc: Doc, problems: list[_Entry], fixes: list[_Entry]) -> list[_Entry]:
    """``针对以上问题，教务处要求：第一、…第二、…``: one response to every problem that lists points of its
    own, most of them naming a problem, is no answer to all: each point answers the problem it names
    and a problem none names has none (response_points_named). The lead-in opens the first point."""
    if not doc.v.weights.layouts.response_points_named or len(fixes) != 1 or fixes[0].value != 0 or len(problems) < 2:
        return []
    whole, text = fixes[0], doc.text
    markers = top_level_markers(text, whole.body, whole.end)
    if len(markers) < 2 or markers[0].value != 1:
        return []
    points = [
        _Entry(m.value, whole.start if k == 0 else m.start, m.end, markers[k + 1].start if k + 1 < len(markers) else whole.end)
        for k, m in enumerate(markers)
    ]
    return points if _naming(doc, problems, points) >= _HALF * len(points) else []


def _naming(doc: Doc, problems: list[_Entry], fixes: list[_Entry]) -> int:
    """How many of ``fixes`` name one of ``problems`` in their opening words (pairing's likeness)."""
    text, v = doc.text, doc.v
    said = [text[p.body : p.end] for p in problems]
    floor = v.weights.pairing.min_similarity
    return sum(any(likeness(v, lead_of(v, text, f), p) >= floor for p in said) for f in fixes)


_NEAREST_AHEAD = 2.0  # a point shares this many times more with one open problem than with any other


def _point_left_to_nearest(
    doc: Doc, problems: list[_Entry], points: list[_Entry], pairs: dict[int, list[int]], left: list[int]
) -> None:
    """A response's point left unpaired (its long sentence shares too small a part of its words with
    any problem) answers the open problem it shares far more with than with any other open one: the
    writer wrote each point for a problem (response_points_named)."""
    text, v = doc.text, doc.v
    for fi in list(left):
        lead = lead_of(v, text, points[fi])
        scores = sorted(
            ((likeness(v, lead, text[p.body : p.end]), pi) for pi, p in enumerate(problems) if pi not in pairs),
            reverse=True,
        )
        if not scores or scores[0][0] <= 0:
            continue
        runner = scores[1][0] if len(scores) > 1 else 0.0
        if scores[0][0] >= _NEAREST_AHEAD * runner:
            pairs[scores[0][1]] = [fi]
            left.remove(fi)


def _writer_answer(doc: Doc, last: _Entry) -> list[_Entry] | None:
    """``3. 运输车辆未苫盖。`` then, on a paragraph of its own, ``我局高度重视，立即督促整改…``: a plain
    paragraph after the last problem that opens on the writer acting answers every problem of the
    list; the last problem ends before it (list_writer_answer)."""
    if not doc.v.weights.layouts.list_writer_answer:
        return None
    text, p = doc.text, doc.v.patterns
    for ln in doc.body:
        if not last.body < ln.cstart < last.end or ln.marker is not None:
            continue
        if p.writer_answer.match(text, ln.cstart, ln.end) is None or _fault_clause(doc, ln.cstart, ln.end):
            return None
        a, b = trim(text, ln.cstart, last.end)
        if a >= b:
            return None
        last.end = a
        return [_Entry(0, a, a, b, None)]
    return None


def _response_trigger(doc: Doc, trigger: re.Pattern[str], a: int, end: int) -> re.Match[str] | None:
    """The words that open a response to the list near ``a``, or a notice's closing line addressed
    to those inspected (望各位…及时进行整改: list_closing_directive), which is one too; the closing
    line is matched up to ``end``, as it looks ahead for what it asks."""
    m = trigger.search(doc.text, a, min(end, a + _TRIGGER_SPAN))
    if m is None and doc.v.weights.layouts.list_closing_directive:
        m = doc.v.patterns.closing_directive.match(doc.text, a, end)
    if m is None and doc.v.weights.layouts.list_closing_back:
        # (1.3.0) 以上为…的问题，望…及时整改: the closing refers back to the problems before it asks
        m = doc.v.patterns.closing_directive_back.match(doc.text, a, end)
    return m


def _answer_before(doc: Doc, head: int) -> list[_Entry]:
    """``针对发现的问题，总务处已安排…整改。`` right before ``问题汇总：``: a paragraph that opens on
    the problems found and says in its first sentence what was done or is to be done answers every
    problem of the list under it (list_answer_before)."""
    if not doc.v.weights.layouts.list_answer_before or head < 1:
        return []
    ln, p, text = doc.body[head - 1], doc.v.patterns, doc.text
    m = p.lead_answer.match(text, ln.cstart, ln.end)
    if ln.marker is not None or m is None:
        return []
    s = _FIRST_SENTENCE.match(text, m.end(), ln.end)
    stop = s.end() if s else ln.end
    if not any(pat.search(text, m.end(), stop) for pat in (p.measure_done, p.measure_promise, p.measure_required)):
        return []
    a, b = trim(text, ln.cstart, ln.end)
    return [_Entry(0, a, a, b, None)] if a < b else []


_CLAUSE_END = re.compile(r"[，,。；;！？]")


def _fault_clause(doc: Doc, at: int, end: int) -> bool:
    """The clause a response word opens goes on to state a fault (…指导能力不强，): the word names
    what falls short, it answers nothing (response_not_fault)."""
    if not doc.v.weights.layouts.response_not_fault:
        return False
    m = _CLAUSE_END.search(doc.text, at, end)
    return doc.v.patterns.fault_predicate.search(doc.text, at, m.start() if m else end) is not None


def _response_paragraph(doc: Doc, last: _Entry, at: int) -> int:
    """Where a response found inside a later paragraph of the last problem starts: that paragraph's
    start, when its first sentence already speaks to the problems or requires (…对存在的问题务必于月底前整改完毕。
    整改完毕后报…) (response_from_paragraph)."""
    if not doc.v.weights.layouts.response_from_paragraph:
        return at
    text = doc.text
    para = next((ln for ln in reversed(doc.body) if last.body < ln.cstart <= at), None)
    if para is None or para.cstart == at or para.marker is not None:
        return at
    start = para.cstart
    m = _FIRST_SENTENCE.match(text, start, at)
    stop = m.end() if m else at
    p = doc.v.patterns
    speaks = p.list_response.search(text, start, stop) or p.requirement_word.search(text, start, stop)
    return start if speaks is not None else at


_FIRST_SENTENCE = re.compile(r"[^。！？]*[。！？]")


def _after_lost_heading(doc: Doc, head: int) -> bool:
    """``二、整改措施：`` after numbered items of a deeper level and no earlier heading of its own
    level: the page starts inside section 一, whose heading an earlier page holds."""
    mk = doc.body[head].marker
    if mk is None or mk.value < 2:
        return False
    before = [ln.marker for ln in doc.body[:head] if ln.marker is not None]
    return bool(before) and all(m.rank > mk.rank for m in before)


def _implicit_problems(doc: Doc, sections: list[_Section]) -> tuple[int, list[_Entry], list[_Entry]] | None:
    """Problems with no heading of their own (area headings over numbered problems from the start),
    then a section of fixes (针对以上问题，我们建议采取以下措施：): the numbered items before the
    fixes are the problems when most of them read as problems."""
    fixes_at = next((sec for sec in sections if sec.role == "measures"), None)
    if fixes_at is None or fixes_at.head == 0 or sections[0] is not fixes_at:
        return None  # the first section a heading names is the fixes: nothing else is named before them
    body = doc.body
    lead = body[fixes_at.head]
    lost = doc.v.weights.layouts.lost_problems_heading and _after_lost_heading(doc, fixes_at.head)
    if not lost and (lead.marker is not None or not doc.v.patterns.refers_back.search(lead.content)):
        return None  # 针对以上问题，…措施： refers back to what stands above it
    first = next((bi for bi in range(fixes_at.head) if body[bi].marker is not None), None)
    if first is None:
        return None
    entries = _entries(doc, first, fixes_at.head)
    faults = doc.v.patterns.problem_words
    if len(entries) < 2 or sum(bool(faults.search(doc.text, e.body, e.end)) for e in entries) < _MOSTLY * len(entries):
        return None
    fixes = _entries(doc, fixes_at.start, fixes_at.stop)
    return first, entries, fixes


def _named_problems(doc: Doc, sections: list[_Section]) -> tuple[int, list[_Entry], list[_Entry]] | None:
    """``…存在如下四类问题：`` then ``一、…存在的问题`` ``二、…存在的问题`` each with nothing under it,
    then ``以上问题，…整改…``: the numbered headings name the problems, the paragraph answers them all."""
    if not doc.v.weights.layouts.problem_headings:
        return None
    body = doc.body
    for k, lead in enumerate(sections):
        if lead.role != "problems" or body[lead.head].marker is not None or lead.start != lead.stop:
            continue
        run = [sec for sec in sections[k + 1 :] if sec.role == "problems" and body[sec.head].marker is not None]
        run = [sec for j, sec in enumerate(run) if sec.head == lead.head + 1 + j]  # one heading a line
        run = run[: next((j + 1 for j, sec in enumerate(run) if sec.start != sec.stop), len(run))]
        if len(run) < 2 or len({body[sec.head].marker.family for sec in run}) != 1:  # type: ignore[union-attr]
            return None
        last = run[-1]
        if last.start >= last.stop or any(sec.start != sec.stop for sec in run[:-1]):
            return None
        answer = body[last.start]
        if doc.v.patterns.list_back_reference.match(doc.text, answer.cstart, answer.end) is None:
            return None
        entries = [_Entry(body[sec.head].marker.value, body[sec.head].cstart, body[sec.head].body_start,  # type: ignore[union-attr]
                          body[sec.head].end, None) for sec in run]
        return run[0].head, entries, [_Entry(0, answer.cstart, answer.cstart, answer.end, None)]
    return None


def _restarted_list(doc: Doc) -> tuple[int, list[_Entry], list[_Entry]] | None:
    """No section heading at all, and one numbered list that starts again at 1 (1、…4、 then
    1、2、): when the first run reads as problems and the second does not, the second run is the
    fixes, numbered on their own."""
    body = doc.body
    heads = [bi for bi, ln in enumerate(body) if ln.marker is not None]
    if len(heads) < 4:
        return None
    rank = min(body[bi].marker.rank for bi in heads)  # type: ignore[union-attr]
    top = [bi for bi in heads if body[bi].marker.rank == rank]  # type: ignore[union-attr]
    values = [body[bi].marker.value for bi in top]  # type: ignore[union-attr]
    restarts = [k for k in range(1, len(values)) if values[k] == 1]
    if len(restarts) != 1 or restarts[0] < 2 or len(values) - restarts[0] < 2:
        return None
    cut = restarts[0]
    if values != [*range(1, cut + 1), *range(1, len(values) - cut + 1)]:
        return None
    problems = _entries(doc, top[0], top[cut])
    fixes = _entries(doc, top[cut], len(body))
    # the runs differ: half or more of the first state a fault (无… is one too, unlisted), hardly any fix does
    if _faulty(doc, problems) < _HALF * len(problems) or _faulty(doc, fixes) > (1 - _MOSTLY) * len(fixes):
        return None
    return top[0], problems, fixes


def _fix_lines(doc: Doc, fix: _Entry) -> list[Line]:
    """The lines of a fix after its first: further measures it lists one a line."""
    return [ln for ln in doc.body if fix.start < ln.cstart and ln.end <= fix.end and ln.marker is None]


def _lines_named(
    doc: Doc, problems: list[_Entry], fixes: list[_Entry], pairs: dict[int, list[int]], left: list[int]
) -> dict[int, tuple[int, int]]:
    """A problem whose fix says nothing of it (paired by its number alone, or unpaired) answered by a
    line of another fix that names it: ``5、…卧床吸烟`` by the line ``不在室内吸烟…`` under fix 2.
    The fix its number gave it then answers nothing. Returns {problem index: the line's range}."""
    v, text = doc.v, doc.text
    floor, margin = v.weights.pairing.min_similarity, v.weights.pairing.margin
    owner = {fi: pi for pi, fis in pairs.items() for fi in fis}
    lines_of: dict[int, list[Line]] = {}  # each fix's lines, read once however many problems ask
    found: dict[int, tuple[int, int]] = {}
    for pi, p in enumerate(problems):
        said = text[p.body : p.end]
        if any(likeness(v, lead_of(v, text, fixes[fi]), said) >= floor for fi in pairs.get(pi, [])):
            continue
        best: tuple[float, tuple[int, int]] | None = None
        for fi, f in enumerate(fixes):
            if fi in pairs.get(pi, []) or fi in left:
                continue
            own = problems[owner[fi]] if fi in owner else None
            if fi not in lines_of:
                lines_of[fi] = _fix_lines(doc, f)
            for ln in lines_of[fi]:
                score = likeness(v, ln.content, said)
                rival = likeness(v, ln.content, text[own.body : own.end]) if own is not None else 0.0
                if score >= floor and score > rival + margin and (best is None or score > best[0]):
                    best = (score, (ln.cstart, ln.end))
        if best is not None:
            found[pi] = best[1]
    return found


def _family_at(doc: Doc, pos: int) -> str | None:
    mk = next(iter_item_markers(doc.text, pos, min(len(doc.text), pos + 8)), None)
    return mk.family if mk is not None and mk.start == pos else None


def _fixes_at_group_level(doc: Doc, problems: list[_Entry], fixes: list[_Entry]) -> bool:
    """Fixes numbered as the problems' groups are ((一)完善制度建设 after (一)…方面 over 1.… 2.…):
    their numbers count groups, and name no problem."""
    if not doc.v.weights.layouts.fixes_at_group_level or not fixes:
        return False
    groups = {_family_at(doc, p.group.cstart) for p in problems if p.group is not None}
    own = {_family_at(doc, p.start) for p in problems}
    if len(groups) != 1 or None in groups or groups & own:
        return False
    return all(_family_at(doc, f.start) in groups for f in fixes)


def _group_answers(doc: Doc, problems: list[_Entry], fixes: list[_Entry]) -> dict[int, list[int]] | None:
    """Fixes numbered as the problems' groups are, one for each group and numbered as the groups in
    their order ((一)…方面 over 1.… 2.…, then 意见建议 (一)… (二)…): ``{problem index: [its group's
    fix]}``, each fix answering every problem of its group. None when the fixes do not count the
    groups one for one, or a problem stands under no group."""
    if not doc.v.weights.layouts.fixes_answer_groups or not _fixes_at_group_level(doc, problems, fixes):
        return None
    order: list[int] = []  # the groups' lines, in the problems' order
    for p in problems:
        if p.group is None:
            return None
        if not order or order[-1] != p.group.idx:
            order.append(p.group.idx)
    marks = {ln.idx: ln.marker for p in problems if (ln := p.group) is not None}
    values = [mk.value if (mk := marks[i]) is not None else None for i in order]
    if len(set(order)) != len(order) or values != [f.value for f in fixes]:
        return None
    return {pi: [order.index(p.group.idx)] for pi, p in enumerate(problems) if p.group is not None}


def _points_of_a_paragraph(doc: Doc, problems: list[_Entry], fixes: list[_Entry]) -> bool:
    """Fewer fixes than problems, each an 一是/二是 point (审计建议：一是…二是…) after problems numbered
    otherwise: the numbers count the points of one paragraph, not the problems."""
    if not doc.v.weights.layouts.points_pair_by_words or not 2 <= len(fixes) < len(problems):
        return False  # one point alone may be the first of a list the page cut
    if any(_family_at(doc, p.start) == _POINTS for p in problems):
        return False
    return all(_family_at(doc, f.start) == _POINTS for f in fixes)


def _own_done(doc: Doc, p: _Entry, d: Draft) -> bool:
    """``(三)专项检查。…共发现错误表述332个，截止3月15日，已完成整改312个。``: a listed problem that
    goes on to say it was rectified has that clause for its measure; what is written for it
    elsewhere is added after it."""
    if not doc.v.weights.layouts.problem_own_done:
        return False
    m = doc.v.patterns.item_done.search(doc.text, p.body, p.end)
    if m is None and doc.v.weights.layouts.problem_own_order:
        # (1.6.0) …，我局已责令经营户限期整改: the order given for it is done, as a rectification is
        m = doc.v.patterns.item_done_order.search(doc.text, p.body, p.end)
    if m is None and doc.v.weights.layouts.problem_own_advice:
        # (1.3.0) …碎屑较多，建议清理: the problem turns to what the checker advises
        m = doc.v.patterns.item_advice.search(doc.text, p.body, p.end)
    required = False
    if m is None and doc.v.weights.layouts.problem_own_required and not doc.labels.line.match(doc.text, p.body, p.end):
        # (1.3.0) …开着的，除了打饭时间都必须关好门窗: the problem turns to what the inspector requires
        # (not a labelled line's: 整改情况：…，必须… is a measure already)
        m = doc.v.patterns.item_required.search(doc.text, p.body, p.end)
        if m is None and doc.v.weights.layouts.problem_own_should:
            # (1.3.0) …桌面时常有污渍，应做到及时清扫: what should be done is required too
            m = doc.v.patterns.item_required_should.search(doc.text, p.body, p.end)
        required = m is not None
    if m is None:
        return False
    a, b = trim(doc.text, m.end(), p.end)
    if a >= b:
        return False
    d.finding = (p.body, m.start())
    d.blocks.append((a, b))
    d.measure_label = doc.v.names.paired_measure_label
    d.loose = True
    return required


def _advising_list(doc: Doc, problems: list[_Entry]) -> bool:
    """Half or more of the list's items turn to their own advice or requirement (，建议…, ，…必须…,
    ，应…): a list of problems each with its fix (problem_own_need)."""
    if not doc.v.weights.layouts.problem_own_need:
        return False
    p = doc.v.patterns
    own = (p.item_advice, p.item_required, p.item_required_should)
    advising = sum(1 for e in problems if any(pat.search(doc.text, e.body, e.end) for pat in own))
    return advising >= _HALF * len(problems)


def _own_need(doc: Doc, p: _Entry, d: Draft) -> None:
    """``…存在学生隔夜占座情况，需要一对一提醒学生``: in an advising list, an item that turns to what is
    needed has that clause for its measure."""
    m = doc.v.patterns.item_need.search(doc.text, p.body, p.end)
    if m is None:
        return
    a, b = trim(doc.text, m.end(), p.end)
    if a >= b:
        return
    d.finding = (p.body, m.start())
    d.blocks.append((a, b))
    d.measure_label = doc.v.names.paired_measure_label
    d.loose = True


def _advice_heading(doc: Doc, sec: _Section) -> bool:
    """With advice_heading_items: the problems' heading names what is to be improved as well
    (本次检查主要不足及需要改进之处：)."""
    if not doc.v.weights.layouts.advice_heading_items:
        return False
    return doc.v.patterns.advice_heading.search(doc.body[sec.head].content) is not None


def _advice_at(doc: Doc, p: _Entry) -> int | None:
    """Where an advising item's measure starts: at the 应 of its first clause, or at its start when
    it opens on the act (加强对…的管理)."""
    if doc.v.patterns.item_directive_opening.match(doc.text, p.body, p.end):
        return p.body
    m = doc.v.patterns.item_should_bare.search(doc.text, p.body + 2, p.end)
    if m is None or any(c in doc.text[p.body : m.start()] for c in "，,。；;"):
        return None  # 应 after a comma is problem_own_should's; in a later sentence, no advice
    return m.start()


def _advice_list(doc: Doc, problems: list[_Entry], advised: set[int]) -> bool:
    """Every item stands under an advice heading and most of them say what should be done."""
    if not problems or any(p.start not in advised for p in problems):
        return False
    return sum(1 for p in problems if _advice_at(doc, p) is not None) > _HALF * len(problems)


def _own_advice(doc: Doc, p: _Entry, d: Draft) -> None:
    """``东校区综合书库公共责任区域应具体划分落实到人``: the item is its own measure from the 应 on."""
    at = _advice_at(doc, p)
    if at is None:
        return
    a, b = trim(doc.text, at, p.end)
    if a >= b:
        return
    if at > p.body:
        d.finding = (p.body, at)
    d.blocks.append((a, b))
    d.measure_label = doc.v.names.paired_measure_label
    d.loose = True


def _mixed_cut(doc: Doc, sec: _Section) -> bool:
    """With mixed_cut_problems: 三、存在问题及整改措施 over numbered items of one sentence each, the
    page cut inside the last one: no item has room for an answer, so they are the problems, their
    answers lost to the cut."""
    body = doc.body
    if not doc.v.weights.layouts.mixed_cut_problems or sec.role != "mixed" or body[sec.head].marker is None:
        return False
    if sec.stop != len(body) or sec.start >= sec.stop or body[-1].content.rstrip()[-1:] in SENTENCE_END:
        return False  # the section is not where the page was cut
    lines = body[sec.start : sec.stop]
    if any(ln.marker is None or ln.idx in doc.measure_labels for ln in lines):
        return False
    families = {ln.marker.family for ln in lines if ln.marker is not None}
    one_sentence = all(not any(c in ln.body.rstrip()[:-1] for c in "。！？") for ln in lines)
    return len(lines) > _MIN_CUT_ITEMS and len(families) == 1 and one_sentence


def _titled_points(doc: Doc, bi: int) -> tuple[str, list[int]] | None:
    """A numbered line and the deeper points right under it, all of one family, up to the next line
    numbered as it is or shallower: (the points' family, their body indexes); None with fewer than two."""
    body = doc.body
    mk = body[bi].marker
    if mk is None:
        return None
    points: list[int] = []
    for bj in range(bi + 1, len(body)):
        inner = body[bj].marker
        if inner is None or inner.rank <= mk.rank:
            break
        points.append(bj)
    if len(points) < 2 or points[0] != bi + 1:
        return None
    family = body[points[0]].marker.family  # type: ignore[union-attr]
    return (family, points) if all(body[bj].marker.family == family for bj in points) else None  # type: ignore[union-attr]


def _point_entry(doc: Doc, bj: int, group: Line) -> _Entry:
    ln = doc.body[bj]
    s, e = trim(doc.text, ln.body_start, ln.end)
    while e > s and doc.text[e - 1] in "；;，,":
        e -= 1
    return _Entry(ln.marker.value if ln.marker else 0, ln.cstart, s, e, group)


def _sibling_groups(doc: Doc, sec: _Section, entries: list[_Entry]) -> list[list[_Entry]]:
    """With parallel_point_groups: a problems section that is one numbered line over its points (1. 消防
    安全隐患排查…隐患：(1)…(5)), followed by siblings numbered alike, each a short title over points of
    the same family that mostly state faults (2. 消防安全管理制度 (1)…不到位；(2)…), before any other
    section: the problems in groups, the first group's entries given the section's line for their
    group. Empty when the section is not so."""
    body, v = doc.body, doc.v
    head = body[sec.head]
    own = _titled_points(doc, sec.head) if v.weights.layouts.parallel_point_groups else None
    if own is None or head.marker is None or [e.start for e in entries] != [body[bj].cstart for bj in own[1]]:
        return []
    groups = [[_point_entry(doc, bj, head) for bj in own[1]]]
    at = own[1][-1] + 1
    while at < len(body):
        ln = body[at]
        mk = ln.marker
        if mk is None or mk.family != head.marker.family or mk.rank != head.marker.rank or doc.role(ln) not in (None, "other"):
            break
        if len(ln.body) > _GROUP_TITLE or "。" in ln.body:
            break
        found = _titled_points(doc, at)
        if found is None or found[0] != own[0]:
            break
        group = [_point_entry(doc, bj, ln) for bj in found[1]]
        if _faulty(doc, group) < _MOSTLY * len(group):
            break
        groups.append(group)
        at = found[1][-1] + 1
    return groups if len(groups) >= 2 else []


def _parallel_fixes(
    doc: Doc, sec: _Section, groups: list[list[_Entry]],
) -> tuple[list[_Entry], dict[int, list[int]], list[int]] | None:
    """A fixes section numbered as the problems' groups are, each fix over its points, written on lines
    or run on (1. 立即…整改，包括：（1）…；（2）…  2. 完善…制度，包括：（1）…), the first fixes as many as the
    groups and each with as many points as its group has problems: the points pair one for one in
    order, those of any further fix answer no problem in particular. (the points, {problem index:
    [its point]}, the points left); None when the section is not so."""
    body, text = doc.body, doc.text
    title = groups[0][0].group
    if title is None or title.marker is None or sec.start >= sec.stop:
        return None
    outer, inner = title.marker.family, _family_at(doc, groups[0][0].start)
    a, b = body[sec.start].cstart, body[sec.stop - 1].end
    marks = [m for m in iter_item_markers(text, a, b, cut_only=True) if m.family in (outer, inner)]
    sets: list[list[Marker]] = []
    for m in marks:
        if m.family == outer and m.value == len(sets) + 1:
            sets.append([])
        elif m.family == inner and sets and m.value == len(sets[-1]) + 1:
            sets[-1].append(m)
        else:
            return None  # a number out of its sequence: not one list of lists
    if len(sets) < len(groups) or [len(x) for x in sets[: len(groups)]] != [len(g) for g in groups]:
        return None
    starts = [m.start for m in marks]
    points: list[_Entry] = []
    for x in sets:
        for m in x:
            k = starts.index(m.start)
            s_, e = trim(text, m.end, starts[k + 1] if k + 1 < len(starts) else b)
            while e > s_ and text[e - 1] in "；;，,":
                e -= 1
            points.append(_Entry(m.value, m.start, s_, e, None))
    paired = sum(len(g) for g in groups)
    return points, {pi: [pi] for pi in range(paired)}, list(range(paired, len(points)))


_STATUS_STOPS = "。；;！？!?"  # where a sentence of an area's paragraph ends
_STATUS_COMMAS = "，,"


def _status_at(doc: Doc, a: int, b: int) -> int | None:
    """Where the status clause of ``text[a:b]`` starts: the clause after its last comma, when it opens on
    the status (已及时更新, 现已归档, 正在整改中) and words stand before that comma."""
    text = doc.text
    c = max(text.rfind(ch, a, b) for ch in _STATUS_COMMAS)
    if c <= a or doc.v.patterns.point_status.match(text, c + 1, b) is None:
        return None
    return c


def _status_pieces(doc: Doc, a: int, b: int) -> list[tuple[int, int, int]]:
    """An area's text cut into its points (一是…二是…) or, without them, its sentences: each piece's
    (start, words' start, end). Empty unless every piece ends on its status."""
    text = doc.text
    points = [m for m in top_level_markers(text, a, b) if m.family == _POINTS]
    bounds: list[tuple[int, int, int]] = []
    if len(points) >= 2 and points[0].value == 1 and not text[a : points[0].start].strip():
        for k, m in enumerate(points):
            s, e = trim(text, m.end, points[k + 1].start if k + 1 < len(points) else b)
            bounds.append((m.start, s, e))
    else:
        at = a
        for i in range(a, b + 1):
            if i == b or text[i] in _STATUS_STOPS:
                s, e = trim(text, at, i)
                if s < e:
                    bounds.append((s, s, e))
                at = i + 1
    if not bounds or any(_status_at(doc, s, e) is None for _, s, e in bounds):
        return []
    return bounds


def _status_points(doc: Doc, sec: _Section) -> list[_Entry]:
    """With mixed_status_points: 二、存在问题及整改情况 over area items (（一）政府网站方面。…) whose
    sentences or points each state a fault and end on its status (…现象，已及时更新；…，现已归档。):
    each sentence or point is a problem of the area, answered by its status clause (:func:`_own_status`).
    Every item is such an area, and half or more of the pieces name a fault in the vocabulary's words."""
    body, text = doc.body, doc.text
    if not doc.v.weights.layouts.mixed_status_points or sec.role != "mixed" or sec.start >= sec.stop:
        return []
    out: list[_Entry] = []
    for ln in body[sec.start : sec.stop]:
        if ln.marker is None:
            return []
        title_end = text.find("。", ln.body_start, ln.end)
        if title_end < 0 or title_end - ln.body_start > _GROUP_TITLE:
            return []
        pieces = _status_pieces(doc, title_end + 1, ln.end)
        if not pieces:
            return []
        title = Line(ln.idx, ln.start, title_end + 1, ln.cstart, text[ln.cstart : title_end + 1], ln.marker)
        out.extend(_Entry(len(out) + 1, s, w, e, title) for s, w, e in pieces)
    faulty = sum(doc.v.patterns.problem_words.search(text, e.body, e.end) is not None for e in out)
    return out if len(out) >= 2 and faulty >= _HALF * len(out) else []


def _own_status(doc: Doc, p: _Entry, d: Draft) -> None:
    """A status point's clause after its last comma is its measure; what comes before, its problem."""
    c = _status_at(doc, p.body, p.end)
    if c is None:
        return
    a, b = trim(doc.text, c + 1, p.end)
    d.finding = (p.body, c)
    d.blocks.append((a, b))
    d.measure_label = doc.v.names.paired_measure_label
    d.loose = True


def _unlisted_draft(doc: Doc, f: _Entry, a: int, b: int) -> Draft:
    """A fix that names a problem the list does not hold (针对…不达标问题，我委已要求…): that problem, as
    the fix names it, is a finding, the rest of the fix its measure (named_fix_unlisted)."""
    rest, end = trim(doc.text, b, f.end)
    while b > a and doc.text[b - 1] in "，,":
        b -= 1
    d = Draft(start=f.start, end=f.end, finding=(a, b))
    while rest < end and doc.text[rest] in "，,：:":
        rest, end = trim(doc.text, rest + 1, end)
    if rest < end:
        d.blocks.append((rest, end))
        d.loose = True
    return d


@LAYOUTS.register("problem_list")
def problem_list_layout(doc: Doc) -> LayoutResult | None:
    body = doc.body
    sections = _sections(doc)
    units = _unit_run(doc)
    unit_sec: _Section | None = None
    unit_entries: list[_Entry] = []
    if units is not None:
        # the units' labelled lines (存在的问题：…) are theirs, no sections of their own
        first, stop, unit_entries, labelled = units
        unit_sec = _Section(first - 1, "problems", first, stop)
        sections = sorted(
            [s for s in sections if s.head not in labelled and not first <= s.head < stop] + [unit_sec],
            key=lambda s: s.head,
        )
    # Blocks of problems and the fixes written for them: a fix section pairs with the problem
    # sections before it that no fix section has answered yet.
    blocks: list[tuple[list[_Entry], list[_Entry]]] = []
    first_problem: int | None = None
    advised: set[int] = set()  # starts of the items under a heading that names improvements
    statused: set[int] = set()  # starts of the points that end on their own status (mixed_status_points)
    parallel: dict[int, list[list[_Entry]]] = {}  # where a block's first problem starts: the groups it was listed in
    point_pairs: dict[int, tuple[dict[int, list[int]], list[int]]] = {}  # the same: its fixes' points paired
    for k, sec in enumerate(sections):
        # 三、存在的问题及整改情况 whose fixes follow under a lead-in of their own: problems, up to it
        mixed_then_fixes = (
            sec.role == "mixed" and doc.body[sec.head].marker is not None
            and k + 1 < len(sections) and sections[k + 1].role == "measures" and sections[k + 1].head == sec.stop
            and doc.v.patterns.refers_back.search(doc.body[sections[k + 1].head].content) is not None
        )
        status = [] if sec is unit_sec or sec.role == "problems" or mixed_then_fixes else _status_points(doc, sec)
        if sec is unit_sec:
            entries = unit_entries
            if first_problem is None:
                first_problem = sec.start
            if not blocks or blocks[-1][1]:
                blocks.append(([], []))
            blocks[-1][0].extend(entries)
        elif sec.role == "problems" or mixed_then_fixes or _mixed_cut(doc, sec) or status:
            entries = status or _entries(doc, sec.start, sec.stop, by_line=True, problems=True) or _lone_problem(doc, sec)
            statused.update(e.start for e in status)
            siblings = _sibling_groups(doc, sec, entries) if sec.role == "problems" else []
            if siblings:  # read in their groups only when fixes mirror them (_parallel_fixes)
                parallel[entries[0].start] = siblings
            if not entries:
                continue
            if first_problem is None:
                first_problem = sec.head
            if not blocks or blocks[-1][1]:
                blocks.append(([], []))
            blocks[-1][0].extend(entries)
            if sec.role == "problems" and _advice_heading(doc, sec):
                advised.update(e.start for e in entries)
            blocks[-1][0].extend(_place_items(doc, sec))
            until = sections[k + 1].head if k + 1 < len(sections) else len(body)
            answer = _record_answer(doc, sec, until)
            if answer is not None:
                blocks[-1][1].append(answer)
        elif sec.role == "measures" and blocks:
            listed = parallel.get(blocks[-1][0][0].start) if blocks[-1][0] and not blocks[-1][1] else None
            if listed is not None and len(blocks[-1][0]) != len(listed[0]):
                listed = None  # the block holds more than the section's own points
            mirrored = _parallel_fixes(doc, sec, listed) if listed is not None else None
            if listed is not None and mirrored is not None:  # fixes in the problems' groups, point for point
                blocks[-1][0][:] = [e for g in listed for e in g]
                blocks[-1][1].extend(mirrored[0])
                point_pairs[blocks[-1][0][0].start] = (mirrored[1], mirrored[2])
                continue
            # numbered fixes pair one by one; a fixes section of plain paragraphs answers them all
            fixes = _cited_lines(doc, sec.start, sec.stop) or _entries(doc, sec.start, sec.stop)
            if fixes and not blocks[-1][1] and _general_requirements(doc, sec, fixes, blocks[-1][0]):
                fixes = [_whole(doc, sec)]
            blocks[-1][1].extend(fixes or ([_whole(doc, sec)] if sec.start < sec.stop and not blocks[-1][1] else []))
        elif blocks and not blocks[-1][1] and sec.start < sec.stop and _requirements(doc, sec):
            # 三、工作要求 after the problems of an inspecting body's notice: what it requires of
            # each problem (numbered alike), or of them all (one text)
            blocks[-1][1].extend(_entries(doc, sec.start, sec.stop) or [_whole(doc, sec)])
    if not blocks and sections:
        implicit = _implicit_problems(doc, sections) or _named_problems(doc, sections)
        if implicit is not None:
            first_problem, entries, fixes = implicit
            blocks.append((entries, fixes))
    by_number = True
    if not sections and doc.v.weights.layouts.restarted_fixes:
        restarted = _restarted_list(doc)
        if restarted is not None:
            first_problem, entries, fixes = restarted
            blocks.append((entries, fixes))
            by_number = False
    if not blocks or first_problem is None:
        return None
    drafts: list[Draft] = []
    groups: dict[int, Line] = {}
    unpaired: list[tuple[int, int]] = []
    hows: set[str] = set()
    for k, (problems, fixes) in enumerate(blocks):
        # points that end on their own status hold their answers: no response to them all is looked for
        answered = problems[0].start in statused
        if not fixes and not answered:
            fixes.extend(_response_in_last(doc, problems))
        if not fixes and k == 0 and not answered:
            fixes.extend(_answer_before(doc, first_problem))
        if not fixes and k == 0 and not answered:
            fixes.extend(_cover_answer(doc, first_problem))
        left: list[int] = []
        points = _response_points(doc, problems, fixes)
        if points:
            fixes[:] = points
        grouped = _group_answers(doc, problems, fixes)
        if problems and problems[0].start in point_pairs:  # fixes in the problems' groups, point for point
            pairs, left, how = point_pairs[problems[0].start][0], list(point_pairs[problems[0].start][1]), "number"
        elif len(fixes) == 1 and fixes[0].value == 0:  # one response to all
            pairs, how = {pi: [0] for pi in range(len(problems))}, "response"
        elif grouped is not None:  # a fix for each group of problems
            pairs, how = grouped, "group"
        else:
            own_points = bool(points) or _fixes_at_group_level(doc, problems, fixes)
            own_points = own_points or _points_of_a_paragraph(doc, problems, fixes)
            # fixes numbered on their own (or as groups, or points) pair by their words only
            by_words = not by_number or own_points
            pairs, left, how = pair(doc.v, doc.text, problems, fixes, numbers=not by_words) if fixes else ({}, [], "number")
            if points:
                _point_left_to_nearest(doc, problems, fixes, pairs, left)
        lines_pair = fixes and doc.v.weights.layouts.fix_lines_pair and grouped is None
        named = _lines_named(doc, problems, fixes, pairs, left) if lines_pair else {}
        for pi in named:  # the fix only its number gave this problem answers nothing
            left.extend(pairs.pop(pi, []))
        if fixes:
            hows.add(how)
        unlisted = {fi: at for fi in left if (at := unlisted_problem(doc.v, doc.text, fixes[fi], problems)) is not None}
        unpaired.extend((fixes[fi].start, fixes[fi].end) for fi in sorted(left) if fi not in unlisted)
        advising = _advising_list(doc, problems)
        own_advice = not fixes and _advice_list(doc, problems, advised)
        for pi, p in enumerate(problems):
            d = Draft(start=p.start, end=p.end, finding=(p.body, p.end))
            required = _own_done(doc, p, d)
            if p.start in statused and not d.blocks:
                _own_status(doc, p, d)
            if advising and not d.blocks:
                _own_need(doc, p, d)
            if own_advice and not d.blocks:
                _own_advice(doc, p, d)
            if p.group is not None:
                d.group = group_name(p.group)
                groups.setdefault(p.group.idx, p.group)
            # what the inspector requires of this problem is its answer: a closing response is for the rest
            answers = [] if required and how == "response" else [(fixes[fi].body, fixes[fi].end) for fi in pairs.get(pi, [])]
            for block in answers + ([named[pi]] if pi in named else []):
                d.measure_label = d.measure_label or doc.v.names.paired_measure_label
                d.blocks.append(block)
                d.loose = True
            drafts.append(d)
        for fi, (a, b) in sorted(unlisted.items()):
            drafts.append(_unlisted_draft(doc, fixes[fi], a, b))
    has_fixes = any(fixes for _, fixes in blocks)
    name = "problems_then_fixes" if has_fixes else "problem_list"
    preamble = (body[0].cstart, body[first_problem - 1].end) if first_problem > 0 else None
    result = LayoutResult(name, drafts, [make_group(doc, g) for g in groups.values()], preamble)
    result.unpaired_measures = unpaired
    result.pairing = "/".join(sorted(hows)) or None
    return result
