"""Every item accounted for: each enumerated item at the level the findings come from is a finding,
a measure of one, or named as not a finding with the reason.

A reader that skips an item silently may have dropped a finding. So the items of the findings'
own enumerator family that the reading did not take in are each given a reason, from the item's
own words or the section it stands in: the work done overall (总体情况), the next steps (下一步工作打算),
causes (主要原因), safeguards (组织保障), requirements (整改要求), a general measure (a fix that
answers no numbered problem); or the item's own first sentence, when it names no fault: how things
stand (书屋面积均达到标准。 before the problems, 体育设施坚固稳定。 among them: an overview) or, after
every finding and its measures, what is to be done (加强…检查工作。: next steps). An item none of
these explains is ``unexplained``: a problem the reading may have missed, and a reason to trust the
reading less.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from checker.models import Document, Finding, Group, NotFinding
from checker.segment.document import Doc
from checker.segment.draft import cut_silent
from checker.segment.lines import Line
from checker.segment.pairing import Entry, pair
from checker.segment.text_tables import TEXT_TABLES
from checker.text.enumerators import HEADING_RE, Marker, iter_item_markers, match_heading_marker
from checker.text.numerals import parse_ordinal
from checker.vocabulary import Vocabulary

_SHOWN = 40  # characters of an item named in the outline
_ORPHAN_MIN = 20  # a line this long can state a measure
_BLANK = " \t\u3000\n"
_SPLIT_PER_PARAGRAPH = 2  # findings cut from one paragraph's list
_SPLIT_PARAGRAPHS = 4  # paragraphs so cut: one list split is common, four seldom read right
_STOPS = "。！!"  # a sentence ends here
_OPENING, _CLOSING = "（(【[", "）)】]"  # a line wholly within these is a caption
_LEAD_COLONS = "：:"  # a line ending on a colon leads in what follows it
# the roles of an unnumbered heading that open a section of their own (➢ 整改措施, ➢ 下一步打算)
_PLAIN_HEAD_ROLES = ("problems", "measures", "mixed", "next_steps", "organisation")


def _reason(doc: Doc, ln: Line, section: Line | None) -> str:
    p = doc.v.patterns
    head = ln.body[: _SHOWN]
    if p.next_heading.search(head) or p.closing_heading.search(head[:16]):
        return "next_steps"
    if p.list_cause_intro.search(_cause_scope(doc, ln, head)):
        return "causes"
    if p.requirements_heading.search(head):
        return "requirements"
    if p.organisation_heading.search(head) or p.item_overview.search(head):
        return "overview"
    if p.item_safeguard.search(head):
        return "safeguards"
    if _inspected(doc, ln):
        return "overview"
    role = doc.role(section) if section is not None else None
    if role == "measures":
        # a fix that names its problem (针对…的问题) answers a finding the reading did not pair it with
        return "unexplained" if p.aimed_at.search(head) else "general_measure"
    if role == "next_steps":
        return "next_steps"
    if role == "organisation":
        return "overview"
    if section is not None and p.requirements_heading.search(section.body[:_SHOWN]):
        return "requirements"
    return "unexplained"


def _causes_sections(doc: Doc, level: tuple[str, int], problems: int) -> set[int]:
    """With cause_section_items, the numbered sections (their lines' idx) headed by the causes, the
    heading's last clause naming them (二、…我校即刻召开校委会深刻剖析原因。 / 二、原因分析), no heading of
    problems or measures: their items, numbered as the problems are, give the causes of what was found.
    Not a causes list as long as the problems: the problems' own analysis one for one, which the fixes
    numbered alike may answer rather than the problems."""
    if not doc.v.weights.layouts.cause_section_items:
        return set()
    family, rank = level
    out: set[int] = set()
    section: Line | None = None
    items = 0
    for ln in [*doc.body, None]:
        mk = ln.marker if ln is not None else None
        if ln is None or (mk is not None and mk.rank < rank):
            if section is not None and items and items != problems and _causes_heading(doc, section):
                out.add(section.idx)
            section, items = ln, 0
        elif mk is not None and mk.family == family:
            items += 1
    return out


def _causes_heading(doc: Doc, section: Line) -> bool:
    """The section's heading names the causes in its last clause and heads no problems nor measures."""
    if doc.role(section) in ("problems", "mixed", "measures"):
        return False
    heading = section.body.rstrip(_STOPS + "。；;：:" + _BLANK)
    last = heading[max(heading.rfind(c) for c in "，,。；;") + 1 :]
    return doc.v.patterns.list_cause_intro.search(last) is not None


def _cause_scope(doc: Doc, ln: Line, head: str) -> str:
    """Where an item that opens on causes names them: its first sentence, when the reading may say so
    (cause_in_first_sentence); an item that states its problem first and gives the cause after it
    (…安全出口不亮。(未修复原因：…) is a problem, not a causes section."""
    if not doc.v.weights.layouts.cause_in_first_sentence:
        return head
    first = _first_sentence(ln)
    return head if first is None else first


def _first_sentence(ln: Line, stops: str = _STOPS) -> str | None:
    """The item's first sentence, None where it has no stop: a heading (一、办公用房方面) may title
    problems, and stays unexplained."""
    stop = next((k for k, ch in enumerate(ln.body) if ch in stops), None)
    return None if stop is None else ln.body[:stop]


def _fault_free(doc: Doc, ln: Line, before: bool, after_all: bool) -> str | None:
    """Why an item whose first sentence names no fault is none: it says how things stand
    (体育设施坚固稳定。每个书屋均配备标准书架。) when it names no act either, or stands ``before`` the first
    finding (where an inspection's overview may well say what was done): an overview; it says what
    is to be done (继续培训…。 加强…检查工作。) ``after_all`` findings and their measures: a plan for
    later. None otherwise: a problem the reading may have missed."""
    sentence = _first_sentence(ln)
    if sentence is None or _names_fault(doc, sentence):
        return None
    if before or doc.v.patterns.action_words.search(sentence) is None:
        return "overview"
    return "next_steps" if after_all else None


def _names_fault(doc: Doc, text: str) -> bool:
    """The text names a fault: a fault word of an item's (未, 不到位, 问题) or of a problem's (不全,
    破损, 隐患)."""
    p = doc.v.patterns
    return p.item_faults.search(text) is not None or p.problem_words.search(text) is not None


def _inspected(doc: Doc, ln: Line) -> bool:
    """The item's first sentence says what the inspection looked at (对…是否完好): the work done
    (items_inspected_overview)."""
    if not doc.v.weights.layouts.items_inspected_overview:
        return False
    head = _first_sentence(ln, "。；;")
    return doc.v.patterns.item_inspected.search(ln.body if head is None else head) is not None


class _Covered:
    """The text the findings hold (their regions, problems and measures), merged once, so that
    asking about a position costs a bisection, not a pass over every finding."""

    def __init__(self, findings: list[Finding], held: Sequence[tuple[int, int]] = ()) -> None:
        spans = sorted(
            [(sp.start, max(sp.end, sp.start + 1))
             for f in findings for sp in (f.span, f.finding, f.measure) if sp is not None]
            + [(a, max(b, a + 1)) for a, b in held]
        )
        self.starts: list[int] = []
        self.ends: list[int] = []
        for a, b in spans:
            if self.ends and a <= self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], b)
            else:
                self.starts.append(a)
                self.ends.append(b)

    def touches(self, a: int, b: int) -> bool:
        """Some of ``[a, b)`` is held by a finding."""
        k = bisect.bisect_right(self.starts, max(a, b - 1)) - 1
        return k >= 0 and self.ends[k] > a


def account_items(
    doc: Doc, document: Document, findings: list[Finding], held: Sequence[tuple[int, int]] = (),
) -> list[NotFinding]:
    """The items of the findings' level that are neither findings nor measures, each with why; one
    the reading holds as a fix that answers no finding (``held``) is a general measure."""
    if not findings:
        return []
    body = doc.body
    heads = sorted({f.span.start for f in findings} | {f.finding.start for f in findings})
    families: dict[str, int] = {}
    for ln in body:
        k = bisect.bisect_left(heads, ln.cstart)
        if ln.marker is not None and k < len(heads) and heads[k] < ln.end:
            families[ln.marker.family] = families.get(ln.marker.family, 0) + 1
    if not families:
        return []
    family = max(families, key=lambda f: families[f])
    rank = next(ln.marker.rank for ln in body if ln.marker is not None and ln.marker.family == family)
    if doc.v.weights.layouts.items_under_problem_leads:
        out_other = _items_under_problem_leads(doc, document, (family, rank), _Covered(findings, held))
    else:
        out_other = []
    covered, fixes = _Covered(findings), _Covered([], held)
    last = max(sp.end for f in findings for sp in (f.span, f.measure) if sp is not None)
    causes = _causes_sections(doc, (family, rank), len(findings))
    out: list[NotFinding] = []
    section: Line | None = None
    plain_next = doc.v.weights.layouts.plain_next_heading_items
    plain: Line | None = None  # an unnumbered heading of next steps the items stand under
    for ln in body:
        mk = ln.marker
        if mk is not None and mk.rank < rank:
            section, plain = ln, None
            continue
        if plain_next and mk is None and (role := doc.role(ln)) in _PLAIN_HEAD_ROLES:
            plain = ln if role == "next_steps" else None
            continue
        if mk is None or mk.family != family or covered.touches(ln.cstart, ln.end):
            continue
        end = min(ln.end, ln.cstart + _SHOWN)
        if fixes.touches(ln.cstart, ln.end):
            reason = "general_measure"
        elif section is not None and section.idx in causes:
            reason = "causes"
        else:
            reason = _fault_free(doc, ln, ln.cstart < heads[0], ln.cstart >= last) or _reason(
                doc, ln, plain if plain is not None else section,
            )
        out.append(NotFinding.cut(document, ln.cstart, end, reason=reason))
    return out + out_other


def _titles_items(doc: Doc, k: int) -> bool:
    """Body line ``k`` is a title over deeper numbered items ((一)医疗服务流程效率不足 over 1. 2.)."""
    here = doc.body[k].marker
    nxt = doc.body[k + 1].marker if k + 1 < len(doc.body) else None
    return here is not None and nxt is not None and nxt.rank > here.rank


def _items_under_problem_leads(
    doc: Doc, document: Document, level: tuple[str, int], covered: _Covered,
) -> list[NotFinding]:
    """Numbered items of another family than the findings' (not titles over deeper items),
    under an unnumbered lead-in of problems (存在问题及整改措施：), that state a fault and that no
    finding holds: problems the reading missed."""
    family, _ = level
    faults = doc.v.patterns.item_faults
    out: list[NotFinding] = []
    lead: str | None = None
    for k, ln in enumerate(doc.body):
        mk = ln.marker
        if mk is None or mk.family == "problem_label":
            role = doc.role(ln)
            if role is not None:
                lead = role
            continue
        if mk.family == family or lead not in ("problems", "mixed") or covered.touches(ln.cstart, ln.end):
            if mk.family == family:
                lead = None
            continue
        if not _titles_items(doc, k) and faults.search(ln.body) is not None:
            out.append(NotFinding.cut(document, ln.cstart, min(ln.end, ln.cstart + _SHOWN), reason="unexplained"))
    return out


def unexplained_share(items: list[NotFinding], findings: list[Finding]) -> float:
    """Of the items at the findings' level, the share left unexplained."""
    n = sum(item.reason == "unexplained" for item in items)
    total = len(findings) + len(items)
    return n / total if total else 0.0


def skipped_faults(doc: Doc, items: list[NotFinding], findings: list[Finding]) -> float:
    """1 when an item left unexplained stands inside the findings' run (after the first finding
    starts, before the last one ends) and names a fault: a list's items are all findings or all
    explained, so one in the middle that states a fault (…未做每日安全巡查记录) is a finding the
    reading skipped. Before the findings an item may be an overview, after them a later status."""
    if not doc.v.weights.layouts.skipped_fault_doubt or not findings:
        return 0.0
    first, last = _run(findings)
    return float(any(
        item.reason == "unexplained" and first < item.start < last and _names_fault(doc, item.view)
        for item in items
    ))


def _run(findings: list[Finding]) -> tuple[int, int]:
    """Where a reading's findings run: from the first one's start to the last one's end."""
    return min(f.span.start for f in findings), max(f.span.end for f in findings)


def general_fixes(doc: Doc, unpaired: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Of the fixes a reading could pair with no finding, those that name no problem of their own
    (进一步加大宣传力度…): measures for the whole, not the answer of a problem the reading missed,
    which opens on what it answers (针对学生课间监管力度不够，…)."""
    openers = tuple(doc.v.words.finding_openers)
    out: list[tuple[int, int]] = []
    for a, b in unpaired:
        head = doc.text[a:b].lstrip(_BLANK)
        mk = HEADING_RE.match(head)
        if not head[mk.end() if mk else 0 :].lstrip(_BLANK).startswith(openers):
            out.append((a, b))
    return out


def orphan_actions(doc: Doc, findings: list[Finding], held: Sequence[tuple[int, int]] = ()) -> float:
    """Paragraphs after the first finding that say what was done but belong to no finding nor to a
    fix the reading holds (``held``): a measure the reading failed to pair (per finding, at most 1).
    Not such a paragraph: a photo's caption, wholly in brackets (（全体党员认真开展批评与自我批评）),
    which is the page's, not the report's; and a section's opening paragraph, between its
    heading and its first finding (审计了36个单位，…能够建立健全制度。 under (二)…方面, before 1.), which
    tells what the findings after it come from: a measure answers a problem told before it."""
    if not findings:
        return 0.0
    return min(1.0, len(_orphan_lines(doc, findings, held)) / len(findings))


def _orphan_lines(doc: Doc, findings: list[Finding], held: Sequence[tuple[int, int]]) -> list[Line]:
    """The lines :func:`orphan_actions` counts."""
    first = min(f.span.start for f in findings)
    acts = doc.v.patterns.action_words
    covered = _Covered(findings, held)
    named = _closing_lines(doc) if doc.v.weights.layouts.orphans_named else set()
    named |= _lead_lines(doc, findings, covered, held)
    silent = _silent_tail(doc) if doc.v.weights.layouts.cut_answer_silent else None
    if silent is not None:  # an answer cut before it said anything did nothing the reading missed
        named |= {ln.idx for ln in doc.body if ln.cstart >= silent}
    if doc.v.weights.layouts.orphans_next_steps and _plans_apart(doc, findings):
        # a report of problems alone closes on its plans; where fixes were read, a next-steps
        # section's acts may still be fixes the reading missed
        named |= _next_steps_lines(doc)
    if doc.v.weights.layouts.orphans_after_answers:
        named |= _after_own_answers(doc, findings)
    return [
        ln for ln in doc.body
        if ln.cstart >= first and not covered.touches(ln.cstart, ln.end) and len(ln.content) >= _ORPHAN_MIN
        and acts.search(ln.content) is not None and ln.idx not in named
    ]


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_NAMED_RUN = 8  # characters in a row a line shares with a finding's words: it names that finding


def named_orphan(doc: Doc, findings: list[Finding], held: Sequence[tuple[int, int]] = ()) -> float:
    """With named_orphan_doubt, 1 when a line no finding holds says something is done and repeats a
    finding's own words (…，大畈村村委会院内环境卫生已整治完成。), while that finding's measure is one it
    shares with others: the finding's own answer went unread, and the shared one may answer nothing
    of it."""
    if not doc.v.weights.layouts.named_orphan_doubt or len(findings) < 2:
        return 0.0
    measures = [(f.measure.start, f.measure.end) if f.measure is not None else None for f in findings]
    shared = [f.finding.view for f, m in zip(findings, measures, strict=True) if m is not None and measures.count(m) > 1]
    done = doc.v.patterns.measure_done
    return float(any(
        done.search(ln.content) is not None and any(_shares_run(ln.content, t, _NAMED_RUN) for t in shared)
        for ln in _orphan_lines(doc, findings, held)
    ))


def unnamed_listed(doc: Doc, findings: list[Finding]) -> float:
    """With listed_unnamed_doubt, 1 when two or more findings name back items of a run listed in one
    paragraph before them (一是A；二是B；三是C；四是D。 then 对B的问题，…；对C的问题，…) that no finding nor
    measure holds, while an item of that run is named by none: the reading took the answers for the
    problems and left the faults they do not answer unread. Only findings that refer to a problem by
    name (对…的问题，) count: a finding stating a fault may share words with an overview's points by
    chance. A reading whose findings name every item (each listed problem answered by a clause of its
    own) shows no such gap."""
    if not doc.v.weights.layouts.listed_unnamed_doubt:
        return 0.0
    clause = doc.v.patterns.named_answer_clause
    names = [
        Entry(k + 1, f.finding.start, f.finding.start, f.finding.end)
        for k, f in enumerate(findings) if clause.match(doc.text, f.finding.start) is not None
    ]
    if len(names) < _LISTED_NAMED:
        return 0.0
    covered = _Covered(findings)
    first = min(f.span.start for f in findings)
    for ln in doc.body:
        if ln.end > first:
            break
        items = _listed_items(doc, ln)
        if len(items) < _LISTED_NAMED or covered.touches(ln.cstart, ln.end):
            continue
        named, _, _ = pair(doc.v, doc.text, items, names, numbers=False)
        answered = [k for k, fixes in named.items() if fixes]
        if len(answered) >= _LISTED_NAMED and len(answered) < len(items):
            return 1.0
    return 0.0


_LISTED_NAMED = 2  # findings that name back a listed run's items: they answer that list
_LISTED_FAMILIES = frozenset({"shi", "num", "num_paren", "cn_paren", "circled", "ordinal"})


def _listed_items(doc: Doc, ln: Line) -> list[Entry]:
    """The items of the run numbered inside line ``ln`` from 1 in one family (一是…二是…三是…), each
    from its marker to the next one's, the last to the line's end."""
    runs: dict[str, list[Marker]] = {}
    for mk in iter_item_markers(doc.text, ln.cstart, ln.end):
        run = runs.setdefault(mk.family, [])
        if mk.family in _LISTED_FAMILIES and mk.value == len(run) + 1:
            run.append(mk)
    run = max(runs.values(), key=len, default=[])
    if not run:
        return []
    ends = [mk.start for mk in run[1:]] + [ln.end]
    return [Entry(mk.value, mk.start, mk.end, end) for mk, end in zip(run, ends, strict=True)]


_ANNOUNCED_MAX = 10  # a count this small the writer goes on to detail; a larger one is often a total


def announced_shortfall(doc: Doc, findings: list[Finding]) -> float:
    """With announced_shortfall_doubt, 1 when the text before the first finding counts the problems (通报指出
    我乡存在5个问题) and the reading holds fewer than half of them: a writer who counts a handful goes on to
    tell each, so the reading missed most (a larger count, 反映的38个问题, or a count told with how many
    are done, 反馈问题9个，已完成整改9个, is a tally of which a report details a few)."""
    if not doc.v.weights.layouts.announced_shortfall_doubt or not findings:
        return 0.0
    first = min(f.span.start for f in findings)
    said = doc.v.patterns.announced_count.search(doc.text, 0, first)
    count = parse_ordinal(said.group("n")) if said is not None else None
    if said is None or count is None or count > _ANNOUNCED_MAX:
        return 0.0
    # 反馈问题9个，已完成整改9个，完成率100%: a tally of the whole, of which a report details a few
    a = max(doc.text.rfind(c, 0, said.start()) for c in "。\n") + 1
    stops = [i for i in (doc.text.find(c, said.end()) for c in "。\n") if i >= 0]
    if doc.v.patterns.count_tally.search(doc.text, a, min(stops, default=len(doc.text))):
        return 0.0
    return float(2 * len(findings) < count)


def text_shape_doubts(
    doc: Doc, findings: list[Finding], held: Sequence[tuple[int, int]] = (), groups: Sequence[Group] = (),
) -> float:
    """The doubts of a reading's shape that need the document's text around its findings (each behind
    its own flag): a finding's own answer left unread beside the one it shares (:func:`named_orphan`),
    answers read as problems while listed faults go unnamed (:func:`unnamed_listed`), fewer than half
    the problems the text counts (:func:`announced_shortfall`), a sibling item read as the findings'
    group heading (:func:`sibling_group`), a section of problems none of whose items was read
    (:func:`unread_problems`), a table of measures beside findings none of which has one
    (:func:`unread_measure_table`)."""
    return max(
        named_orphan(doc, findings, held), unnamed_listed(doc, findings), announced_shortfall(doc, findings),
        sibling_group(doc, findings, groups), unread_problems(doc, findings, held),
        unread_measure_table(doc, findings),
    )


_TABLE_ROWS_MIN = 2  # rows under the header: one is a line that happens to hold tabs


def unread_measure_table(doc: Doc, findings: list[Finding]) -> float:
    """With unread_table_doubt, 1 when no finding has a measure while the text holds, outside every
    finding, a table whose header names a column of measures (整改措施及完成情况) over two rows or more:
    the answers stand in the table, and the reading took the problems alone (a letter that gives its
    fixes in a table and its problems in an attachment's list)."""
    if not doc.v.weights.layouts.unread_table_doubt or not findings or any(f.measure is not None for f in findings):
        return 0.0
    text, measure = doc.text, doc.v.patterns.column_measure
    spans = [(f.span.start, f.span.end) for f in findings]
    for _, read in TEXT_TABLES.pick(doc.v.components.text_tables):
        for rows, _spill in read(doc):
            if len(rows) <= _TABLE_ROWS_MIN or not any(measure.search(text[a:b].strip()) for a, b in rows[0]):
                continue
            cells = [c for row in rows[1:] for c in row if c[0] < c[1]]
            if cells and not any(a <= c[0] < b for c in cells for a, b in spans):
                return 1.0
    return 0.0


def _line_at(doc: Doc, starts: list[int], at: int) -> Line | None:
    """The body line that holds position ``at`` (``starts``: the body lines' starts, in order)."""
    k = bisect.bisect_right(starts, at) - 1
    return doc.body[k] if k >= 0 and at < doc.body[k].end else None


def sibling_group(doc: Doc, findings: list[Finding], groups: Sequence[Group]) -> float:
    """With sibling_group_doubt, 1 when a heading the reading took for a group over findings is numbered
    in their own family, one before the first finding after it ((二)关于…的问题。 over (三) (四) (五)):
    no outline heads its items by one of their own numbering, so it is an item the reading missed (its
    first sibling read otherwise, a scan's (—) for (一), say)."""
    if not doc.v.weights.layouts.sibling_group_doubt or not groups or not findings:
        return 0.0
    starts = [ln.start for ln in doc.body]
    heads = sorted(f.span.start for f in findings)
    for g in groups:
        gl = _line_at(doc, starts, g.start)
        k = bisect.bisect_right(heads, g.start)
        fl = _line_at(doc, starts, heads[k]) if k < len(heads) else None
        if gl is None or fl is None or gl is fl or gl.marker is None or fl.marker is None:
            continue
        # as written: the reader may have taken the heading into another family to fit its outline
        a, b = match_heading_marker(doc.text, gl.marker.start), match_heading_marker(doc.text, fl.marker.start)
        if a is not None and b is not None and a.family == b.family and a.value + 1 == b.value:
            return 1.0
    return 0.0


def unread_problems(doc: Doc, findings: list[Finding], held: Sequence[tuple[int, int]] = ()) -> float:
    """With unread_problems_doubt, 1 when a numbered heading the reader gives the role of problems, after
    the first finding (二、回头看中新发现的问题 below the problems looked at again), has numbered items under
    it, up to the next heading of its rank or above, and one of them at their top rank no finding holds,
    in its line or under it, nor names in its words: the reading left out a problem the heading announced
    (each item may state its fault and answer it in one paragraph). Problems listed ahead of the findings
    are not asked about: a section of fixes may quote each again (对于校舍等固定资产未入账的问题) and so read
    them, in words of its own."""
    if not doc.v.weights.layouts.unread_problems_doubt or not findings:
        return 0.0
    covered = _Covered(findings, held)
    problems = [f.finding.view for f in findings]
    first = min(f.span.start for f in findings)
    body = doc.body
    for k, ln in enumerate(body):
        if ln.marker is None or ln.cstart < first or covered.touches(ln.cstart, ln.end) or doc.role(ln) != "problems":
            continue
        rank = ln.marker.rank
        end = next((x.cstart for x in body[k + 1 :] if x.marker is not None and x.marker.rank <= rank), doc.content_end)
        items = [(x, x.marker.rank) for x in body[k + 1 :] if x.marker is not None and x.cstart < end]
        if not items:
            continue
        top = min(r for _, r in items)
        heads = [x for x, r in items if r == top]
        for h, e in zip(heads, [x.cstart for x in heads[1:]] + [end], strict=True):
            if not covered.touches(h.cstart, e) and not any(_shares_run(h.content, t, _NAMED_RUN) for t in problems):
                return 1.0
    return 0.0


def _shares_run(a: str, b: str, n: int) -> bool:
    """Do ``a`` and ``b`` share ``n`` Han characters in a row?"""
    return any(_HAN_RUN.fullmatch(a, i, i + n) and a[i : i + n] in b for i in range(len(a) - n + 1))


def _after_own_answers(doc: Doc, findings: list[Finding]) -> set[int]:
    """Where every finding has a measure of its own (none shared: one response for all may be
    the general words of a section that answers nothing in particular), the unnumbered lines after
    the last finding and measure that state no fault: the report's close, for no problem is left
    to answer. A line with a fault after them may be a finding the reading missed, with its fix."""
    measures = [(f.measure.start, f.measure.end) for f in findings if f.measure is not None and f.measure.view.strip()]
    if len(measures) < len(findings) or len(set(measures)) < len(measures):
        return set()
    end = max(max(f.span.end for f in findings), max(b for _, b in measures))
    faults = doc.v.patterns.problem_words
    return {
        ln.idx for ln in doc.body if ln.cstart >= end and ln.marker is None and faults.search(ln.content) is None
    }


_ANSWERED_SHARE = 2 / 3  # findings with their fix read: a next-steps section's acts are later plans


def _plans_apart(doc: Doc, findings: list[Finding]) -> bool:
    """A next-steps section holds no fix the reading missed: in a report of problems alone, and
    (orphans_next_steps_answered) where most findings have a fix of their own read already (one
    fix shared by all may be the reading's guess)."""
    fixes = [(f.measure.start, f.measure.end) for f in findings if f.measure is not None]
    if not fixes:
        return True
    own = sum(fixes.count(m) == 1 for m in fixes)
    return doc.v.weights.layouts.orphans_next_steps_answered and own >= _ANSWERED_SHARE * len(findings)


def _lead_lines(
    doc: Doc, findings: list[Finding], covered: _Covered, held: Sequence[tuple[int, int]] = (),
) -> set[int]:
    """Lines no finding holds that are no paragraph of the report's own saying what was done: a
    caption, unnumbered and wholly in brackets; a section's opening paragraph, after a heading no
    finding holds and before a line a finding starts on, with only unnumbered headings between (a
    numbered one opens another section); and with fixes_lead_named, an unnumbered line ending on a colon right
    before a line a measure of the reading holds (针对上述问题，我单位已制定…并落实责任人限期整改： over 1.…):
    it leads in the fixes the reading paired, and is no fix the reading missed; with fixes_lead_held, also
    right before a fix the reading holds as answering no problem (``held``: …进行了以下几方面的整改： over
    1、机构落实…)."""
    starts = sorted({f.span.start for f in findings} | {f.finding.start for f in findings})
    body = doc.body
    out: set[int] = set()
    answered = [(f.measure.start, f.measure.end) for f in findings if f.measure is not None]
    fixes = _Covered([], [*answered, *(held if doc.v.weights.layouts.fixes_lead_held else ())])
    leads = doc.v.weights.layouts.fixes_lead_named
    for k, ln in enumerate(body):
        text = ln.content.strip(_BLANK)
        if not text or covered.touches(ln.cstart, ln.end):
            continue
        if ln.marker is None and text[0] in _OPENING and text[-1] in _CLOSING:
            out.add(ln.idx)
            continue
        if leads and ln.marker is None and text[-1] in _LEAD_COLONS and k + 1 < len(body) and fixes.touches(
            body[k + 1].cstart, body[k + 1].end,
        ):
            out.add(ln.idx)  # 针对上述问题，我单位…限期整改： the lead-in of the fixes the reading pairs
            continue
        if k > 0 and _heading(doc, body[k - 1], covered):
            j = k + 1
            while j < len(body) and body[j].marker is None and _heading(doc, body[j], covered):
                j += 1  # the section's unnumbered headings before its findings (审计发现的主要问题：)
            if j < len(body):
                i = bisect.bisect_left(starts, body[j].cstart)
                if i < len(starts) and starts[i] < body[j].end:
                    out.add(ln.idx)
    return out


def _heading(doc: Doc, ln: Line, covered: _Covered) -> bool:
    """A heading no finding holds: numbered, or one with a role of its own (审计发现的主要问题：)."""
    return (ln.marker is not None or doc.role(ln) is not None) and not covered.touches(ln.cstart, ln.end)


def split_paragraphs(doc: Doc, findings: list[Finding]) -> float:
    """1 when the findings were cut from the running lists of several paragraphs, two or more from
    each (甲小区存在的隐患：A，B，C。 then 乙小区…): such paragraphs most often report one place or
    unit each, a finding per paragraph, and the list's pieces are its details, not findings."""
    starts = [ln.cstart for ln in doc.body]
    per_line: dict[int, int] = {}
    for f in findings:
        k = bisect.bisect_right(starts, f.finding.start) - 1
        if k >= 0:
            per_line[k] = per_line.get(k, 0) + 1
    return float(sum(n >= _SPLIT_PER_PARAGRAPH for n in per_line.values()) >= _SPLIT_PARAGRAPHS)


def unread_measures(doc: Doc, findings: list[Finding]) -> float:
    """1 when a section headed as measures (三、整改措施) follows the first finding and the reading
    pairs no measure and holds none of that section: the fixes were there and went unread."""
    if not findings or any(f.measure is not None for f in findings):
        return 0.0
    first = min(f.span.start for f in findings)
    covered = _Covered(findings)
    silent = _silent_tail(doc) if doc.v.weights.layouts.cut_answer_silent else None
    return float(any(
        ln.cstart > first and not covered.touches(ln.cstart, ln.end) and doc.role(ln) == "measures"
        and (silent is None or ln.cstart < silent)
        for ln in doc.body
    ))


def _silent_tail(doc: Doc) -> int | None:
    """Where the headings start that hold nothing but an answer the text's end cut before it said
    anything (三、审计处理处罚情况 / (一)… / 针对上述问题，…已按照…的规): no fixes went unread there."""
    if not doc.body:
        return None
    last = doc.body[-1]
    if not cut_silent(doc.v, doc.text, [(last.cstart, last.end)]):
        return None
    start = last.cstart
    for ln in reversed(doc.body[:-1]):
        if doc.role(ln) is None:
            break
        start = ln.cstart
    return start


def _next_steps_lines(doc: Doc) -> set[int]:
    """Lines of a section headed as next steps (三、下一步工作打算): plans for later, which a report of
    problems alone (a self-check) may close with; they fix no finding, so they are not measures the
    reading failed to pair. The section runs to the next heading of its rank or above, or to the
    next heading with a role of its own."""
    out: set[int] = set()
    rank: int | None = None  # the section's marker rank; -1: an unnumbered heading
    for ln in doc.body:
        role = doc.role(ln)
        mk = ln.marker
        if role is not None:
            rank = (mk.rank if mk is not None else -1) if role == "next_steps" else None
            continue
        if rank is not None and mk is not None and mk.rank <= rank:
            rank = None
        if rank is not None:
            out.add(ln.idx)
    return out


def _closing_lines(doc: Doc) -> set[int]:
    """Closing paragraphs (总之，…; 下一步，我们将…): they sum up or say what comes next, and fix no
    finding."""
    p = doc.v.patterns
    return {ln.idx for ln in doc.body if p.closing_summary.match(ln.body) or p.closing_paragraph.match(ln.body)}


_SENTENCE_STOPS = "。！？!?\n"
_CLAUSE_STOPS = _SENTENCE_STOPS + "，,：:；;"
_CAUSE_OPENING = 12  # a sentence on causes says so in its first words (究其原因，)


def _header_row(doc: Doc, start: int, end: int) -> bool:
    """Are two or more of the space-parted cells of ``text[start:end]`` a table's column names?"""
    cells = doc.text[start:end].split()
    return len(cells) >= 2 and sum(doc.v.patterns.table_header_word.fullmatch(c) is not None for c in cells) >= 2


def unread_found_sentences(
    doc: Doc, document: Document, findings: list[Finding], named: Sequence[NotFinding] = (),
) -> list[NotFinding]:
    """With unread_found_sentences: sentences between the reading's first and last finding that say
    what was found (发现/存在 …, not negated nor asked: 未发现, 是否存在) and state a fault after it, yet
    belong to no finding nor measure. A list read before and after such a sentence skipped the
    problems it states: each is an item left ``unexplained``, and the reading is trusted less. Not
    such a sentence: one on the causes (究其原因，…存在…), nor one of an item named already (``named``)."""
    if not doc.v.weights.layouts.unread_found_sentences or len(findings) < 2:
        return []
    text, p, w = doc.text, doc.v.patterns, doc.v.words
    skipped = tuple(w.not_found_before_opener) + tuple(w.checked_before_opener)
    covered = _Covered(findings, [(item.start, item.end) for item in named])
    first, seen = _run(findings)
    last = _scan_end(doc, findings, seen) if doc.v.weights.layouts.unread_found_after else seen
    lead = first
    if doc.v.weights.layouts.unread_found_before:
        first = _paragraph_start(doc, first)
    out: list[NotFinding] = []
    pos = first
    while pos < last:
        stop = min((k for k in (text.find(c, pos, last) for c in _SENTENCE_STOPS) if k >= 0), default=last)
        a, b = pos, stop
        pos = stop + 1
        while a < b and text[a] in _BLANK:
            a += 1
        if b - a < _ORPHAN_MIN or covered.touches(a, b) or p.list_cause_intro.search(text, a, a + _CAUSE_OPENING):
            continue
        if _header_row(doc, a, b):
            continue  # 序号 审计发现问题 整改情况: a table's header repeated, not a sentence of faults
        if b <= lead and _finds_nothing(doc, a, b):
            continue  # 检查发现，…总体情况良好，…未发现超期使用情况: an overview before the list
        opener = p.list_opener.search(text, a, b)  # 未发现…存在…: the first verb of finding negates the rest
        if b > seen and _answering(doc, a, b, opener):
            continue  # 针对发现的问题，… / 将进一步加强…: after the findings, an answer to them
        if (
            opener is not None and not text[max(a, opener.start() - 4) : opener.start()].endswith(skipped)
            and _states_fault(doc, opener.end(), b)
        ):
            out.append(NotFinding.cut(document, a, min(b, a + _SHOWN), reason="unexplained"))
    return out


def _finds_nothing(doc: Doc, a: int, b: int) -> bool:
    """A verb of finding in ``text[a:b]`` is negated (未发现…): the sentence tells what is in order."""
    text, negations = doc.text, tuple(doc.v.words.not_found_before_opener)
    return any(
        text[max(a, m.start() - 4) : m.start()].endswith(negations)
        for m in doc.v.patterns.list_opener.finditer(text, a, b)
    )


def _paragraph_start(doc: Doc, at: int) -> int:
    """Where the line holding ``at`` starts its words, when the first finding at ``at`` is cut out of
    a run-in list whose own sentence opens on a verb of finding (…，发现其A、B等问题)
    (unread_found_before): an earlier sentence of the paragraph that states a fault found (检查人员发现
    其中一台…存在漏油问题。) is then a problem of its own the list left out, not the overview a list
    opened by 一是/首先 follows (检查发现存在多项问题。首先，…)."""
    line = next((ln for ln in doc.body if ln.cstart <= at < ln.end), None)
    if line is None:
        return at
    text = doc.text
    # the clause the first finding ends: the verb of finding right before it (发现其…), not an
    # announcement before a colon (存在以下问题：一是…)
    opens = max(line.cstart, *(text.rfind(c, line.cstart, at) + 1 for c in _CLAUSE_STOPS))
    return line.cstart if doc.v.patterns.list_opener.search(text, opens, at) is not None else at


def _scan_end(doc: Doc, findings: list[Finding], last: int) -> int:
    """Where a reading's run of problems may still go on (unread_found_after): after its last finding,
    up to the first measure that starts after it, or the text's end when none does. A sentence of found
    faults there, held by nothing, is a problem the reading stopped short of (…主要问题集中在：其一，…
    after the last 一是/二是/三是 read, or a second sentence of faults before the answer to the first).
    ``last``: where the last finding ends."""
    after = [f.measure.start for f in findings if f.measure is not None and f.measure.start >= last]
    end = min(after) if after else (doc.body[-1].end if doc.body else last)
    return max(last, min(end, doc.content_end))


def _answering(doc: Doc, a: int, b: int, opener: re.Match[str] | None) -> bool:
    """Sentence ``a:b`` answers problems rather than states them: a response opens it (针对…, 对此), or
    the only faults after its verb of finding are the word 问题 (对检查中发现的问题，请…; 将…把存在的问题
    再做细): it speaks of the problems found, naming none. ``opener``: its verb of finding, if any."""
    p, text = doc.v.patterns, doc.text
    if p.list_response.search(text, a, min(b, a + _CAUSE_OPENING)) is not None:
        return True
    if opener is None:
        return False
    named = [m.group() for m in p.problem_words.finditer(text, opener.end(), b)]
    lacks = p.absence_words.search(text, opener.end(), b) is not None
    return bool(named) and all(w in _GENERIC_FAULTS for w in named) and not lacks


_GENERIC_FAULTS = frozenset({"问题", "存在"})  # words that refer to problems without naming one


def _states_fault(doc: Doc, a: int, b: int) -> bool:
    """What follows a verb of finding states a fault or a lack; with unread_found_after, also a
    phenomenon found (出现超载的现象: found_phenomenon), which is a fault whatever its words."""
    p = doc.v.patterns
    if any(r.search(doc.text, a, b) for r in (p.problem_words, p.absence_words)):
        return True
    return doc.v.weights.layouts.unread_found_after and p.found_phenomenon.match(doc.text, a, b) is not None


_ACCOUNTED = frozenset({"overview", "causes", "safeguards", "requirements"})
_ACCOUNTED_MIN = 3  # findings: one or two in a long text may each hold what should be several
_SECTIONS = frozenset({"organisation"})  # sections that hold no finding nor fix: the work done, the overview
_HEADED = frozenset({"problems", "organisation"})
_HEADING_CHARS = 30  # a heading line, no more
_ACCOUNT_STOP = re.compile("[。！？!?；;：:\n]")  # a sentence, or a lead-in's clause, ends here


def accounted_chars(
    doc: Doc, findings: list[Finding], items: Sequence[NotFinding], held: Sequence[tuple[int, int]] = (),
) -> int:
    """With coverage_accounted: how many characters of the body no finding holds the reading accounts
    for as no finding: sections headed as the work done or the overview (一、基本情况, 二、审计评价意见,
    （一）检查范围) and the items named not findings for a reason (:func:`account_items`: an overview, causes,
    safeguards, requirements), whole; a general fix the reading holds; the headings alone that say what a
    section holds (二、存在问题); and the opening's sentences that state no fault of their own (问题 and 存在
    alone name none): what was inspected, how it stands (总体情况良好), the lead-in (主要存在以下问题：). What
    the findings hold, over what is left, is the share of the body they explain (feature ``coverage``).
    Nothing is accounted for in a reading of fewer than three findings (one or two in a long text may each
    hold several), nor where a finding with no measure holds a clause of what it needs (…老化，需要进行更换:
    its fix, unread)."""
    if not doc.v.weights.layouts.coverage_accounted or not findings:
        return 0
    p = doc.v.patterns
    if len(findings) < _ACCOUNTED_MIN or any(f.measure is None and p.finding_need.search(f.finding.view) for f in findings):
        return 0
    covered = _Covered(findings)
    spans = _accounted_spans(doc, findings, items, held)
    # what the spans hold of the body lines, less what a finding holds: one sweep over both, sorted
    merged = _merge(spans)
    total, k = 0, 0
    for ln in doc.body:
        while k < len(merged) and merged[k][1] <= ln.cstart:
            k += 1
        j = k
        while j < len(merged) and merged[j][0] < ln.end:
            lo, hi = max(merged[j][0], ln.cstart), min(merged[j][1], ln.end)
            if lo < hi:
                total += _uncovered(covered, lo, hi)
            j += 1
    return total


def _accounted_spans(
    doc: Doc, findings: list[Finding], items: Sequence[NotFinding], held: Sequence[tuple[int, int]],
) -> list[tuple[int, int]]:
    body = doc.body
    spans: list[tuple[int, int]] = list(held)
    at = {ln.cstart: k for k, ln in enumerate(body)}
    for item in items:
        k = at.get(item.start)
        if item.reason in _ACCOUNTED and k is not None:
            spans.append((body[k].cstart, _item_end(doc, k)))
    heading = doc.v.patterns.overview_section_heading
    for k, ln in enumerate(body):
        role = doc.role(ln)
        if role is None:
            continue
        if role in _HEADED and len(ln.body) <= _HEADING_CHARS and "。" not in ln.body:
            spans.append((ln.cstart, ln.end))  # the heading alone (二、存在问题), not a run-in one's problem
        if role in _SECTIONS or heading.search(ln.body[:_SHOWN]):
            spans.append((ln.cstart, _item_end(doc, k)))
    spans.extend(_opening_sentences(doc, findings))
    return spans


def _item_end(doc: Doc, k: int) -> int:
    """Where the item or section opened on body line ``k`` ends: before the next line numbered at its
    rank or above, or the next heading with a role of its own (an unnumbered heading: the next such)."""
    mk = doc.body[k].marker
    rank = mk.rank if mk is not None else -1
    end = doc.body[k].end
    for ln in doc.body[k + 1 :]:
        if (ln.marker is not None and ln.marker.rank <= rank) or doc.role(ln) is not None:
            break
        end = ln.end
    return end


def _opening_sentences(doc: Doc, findings: list[Finding]) -> list[tuple[int, int]]:
    """The sentences of the opening that state no fault of their own: the lines before the first finding,
    up to one that tells problems after their label (存在的问题：…散落。: the findings have begun, whatever
    the reading took), the title a page repeats passed over; and, in the line the first finding starts
    on, the sentences before it (…，检查中也发现, 主要问题为：)."""
    p = doc.v.patterns
    first = min(f.finding.start for f in findings)
    titles = {ln.content for ln in doc.title_lines}
    out: list[tuple[int, int]] = []
    for ln in doc.body:
        if ln.end > first:
            break
        if ln.content in titles:
            continue  # the title repeated by the page
        if p.problem_heading.search(ln.content) and ln.content[-1] not in "：:":
            break  # 存在的问题：…。 problems told before the findings: the opening is over
        out.extend(_faultless(doc, ln.cstart, ln.end))
    lead = next((ln for ln in doc.body if ln.cstart <= first < ln.end), None)
    if lead is not None:
        out.extend(_faultless(doc, lead.cstart, first))
    return out


def _faultless(doc: Doc, a: int, end: int) -> list[tuple[int, int]]:
    """The sentences (or lead-in clauses) of ``text[a:end]`` that state no fault of their own."""
    out: list[tuple[int, int]] = []
    for m in _ACCOUNT_STOP.finditer(doc.text, a, end):
        if not _own_fault(doc, a, m.end()):
            out.append((a, m.end()))
        a = m.end()
    if a < end and not _own_fault(doc, a, end):
        out.append((a, end))
    return out


def _own_fault(doc: Doc, a: int, b: int) -> bool:
    """``text[a:b]`` states a fault of its own: a fault word other than 问题 and 存在, which refer to
    problems without naming one, or a lack (无…)."""
    p, text = doc.v.patterns, doc.text
    if p.absence_words.search(text, a, b) is not None:
        return True
    return any(
        m.group() not in _GENERIC_FAULTS for r in (p.problem_words, p.item_faults) for m in r.finditer(text, a, b)
    )


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(s for s in spans if s[1] > s[0]):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _uncovered(covered: _Covered, a: int, b: int) -> int:
    """How many characters of ``[a, b)`` no finding holds."""
    n = b - a
    k = bisect.bisect_right(covered.starts, a) - 1
    k = max(k, 0)
    while k < len(covered.starts) and covered.starts[k] < b:
        n -= max(0, min(b, covered.ends[k]) - max(a, covered.starts[k]))
        k += 1
    return n


_RESIDUE_CHARS = 24  # lines this short with no punctuation of a sentence, two or more after the last sentence: residue
_SENTENCE_MARKS = frozenset("，,。；;：:！？!?、")
_SENTENCE_STOPS_END = "。！？!?；;…"  # a line ending on one of these, its closers aside, ended a sentence
_CLOSERS = "”」』）)】\"'"  # quotes and brackets a sentence's stop may stand inside
_ANSWER_ROLES = ("measures", "mixed", "next_steps")


def plainly_unanswered(doc: Doc, findings: list[Finding], held: Sequence[tuple[int, int]] = ()) -> bool:
    """With unanswered_text: the text plainly holds no answer anywhere, so that findings without a measure
    are a fact of the document (a notice listing what it found, a check's list of faults), not measures
    the reading missed. No finding has a measure, nor says in its own words what was or will be done or
    is needed (已…, 将…, 要/应/必须, ，需要…); no fix is held for the whole; no line heads fixes,
    requirements or next steps or labels a measure, nor does the title name one (整改措施); after the
    first finding, no text that no finding holds tells of acting or responds (action_words,
    list_response); and the text plainly ended (:func:`_closed_end`): its last line, the page's residue
    after it aside (two short lines or more with no punctuation of a sentence: a site's name, a menu's
    links; one such line alone may be a sentence the cut left), closes a sentence, and either that
    residue or a line no finding holds comes after the last finding."""
    if not doc.v.weights.layouts.unanswered_text or not findings or held:
        return False
    if any(f.measure is not None and f.measure.view.strip() for f in findings):
        return False
    p = doc.v.patterns
    inside = (p.measure_done, p.measure_promise, p.requirement_word, p.finding_need)
    if any(r.search(f.finding.view) for f in findings for r in inside):
        return False
    if doc.measure_labels or any(doc.role(ln) in _ANSWER_ROLES for ln in doc.body):
        return False
    labelled = doc.v.derived("accounting.measure_label_colon", _measure_label_colon)
    if any(p.fix_heading.search(ln.content) for ln in doc.title_lines):
        return False
    if any(labelled.search(ln.content) for ln in [*doc.title_lines, *doc.body]):
        return False
    end = _closed_end(doc, findings)
    if end is None:
        return False
    first = min(f.span.start for f in findings)
    covered = _Covered(findings)
    for ln in doc.body:
        a, b = max(ln.cstart, first), min(ln.end, end)
        for lo, hi in _uncovered_parts(covered, a, b):
            if p.action_words.search(doc.text, lo, hi) or p.list_response.search(doc.text, lo, hi):
                return False
    return True


def _measure_label_colon(v: Vocabulary) -> re.Pattern[str]:
    """A measure's label and its colon (整改措施：, 整改情况:), wherever it stands."""
    words = sorted(v.words.measure_labels, key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(re.escape(w) for w in words)})[ \t\u3000]*[：:]")


def _residue_line(ln: Line) -> bool:
    return ln.marker is None and len(ln.content) <= _RESIDUE_CHARS and not _SENTENCE_MARKS & set(ln.content)


def _closed_end(doc: Doc, findings: list[Finding]) -> int | None:
    """Where the text's last sentence ends, when the text plainly ended there: two residue lines or more
    follow it (a site's name, a menu's links: the page went on to its end), or its last line is no
    finding's (a closing sentence after the findings). None when its last line stops mid-sentence or on
    a heading (七、某村（…）), or when the last finding ends the text: a page may have cut it right after."""
    tail = 0
    for ln in reversed(doc.body):
        if _residue_line(ln):
            tail += 1
            continue
        if tail == 1 or ln.content.rstrip(_CLOSERS)[-1:] not in _SENTENCE_STOPS_END:
            return None
        after = not _Covered(findings).touches(ln.cstart, ln.end)  # the last line is no finding's
        return ln.end if tail or after else None
    return None


def _uncovered_parts(covered: _Covered, a: int, b: int) -> list[tuple[int, int]]:
    """The parts of ``[a, b)`` no finding holds."""
    out: list[tuple[int, int]] = []
    k = max(bisect.bisect_right(covered.starts, a) - 1, 0)
    at = a
    while at < b:
        while k < len(covered.starts) and covered.ends[k] <= at:
            k += 1
        if k >= len(covered.starts) or covered.starts[k] >= b:
            out.append((at, b))
            break
        if covered.starts[k] > at:
            out.append((at, covered.starts[k]))
        at = covered.ends[k]
    return out
