"""Weighing the candidate readings: how sure each is, and which one wins.

A reading earns confidence from findings whose problem side reads like a problem (不到位, 不规范,
滞后, 未…, 存在) and whose measure side reads like an action (已, 完成, 建立, 印发, 将…), from the
share of the body its findings cover, and from the pairing holding together (every fix used); it loses
it for fixes that answer no problem and for findings that swallow pages of text. A report of problems
alone (a work report) is a legitimate reading: its problems must still read like problems.

The winner is the reading with the largest size × (floor + confidence): how much of the document a
layout explains (:attr:`LayoutResult.score`) times how coherent that explanation is. Every number
here is a named weight of the vocabulary (``weights.confidence``, ``weights.choice``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from checker.models import Finding, Span
from checker.segment.layouts.base import LayoutResult
from checker.segment.pairing import cited_between
from checker.text.enumerators import iter_item_markers
from checker.text.numerals import parse_ordinal
from checker.text.sentences import SENTENCE_STOPS
from checker.vocabulary import LayoutWeights, Vocabulary

_NESTED_MIN = 2

if TYPE_CHECKING:
    from checker.segment.draft import Draft


def reading_confidence(v: Vocabulary, findings: list[Finding], body_chars: int, unpaired_measures: int) -> float:
    if not findings:
        return 0.0
    w, p = v.weights.confidence, v.patterns
    n = len(findings)
    problem_like = sum(bool(p.problem_words.search(f.finding.view)) for f in findings) / n
    with_measure = [f.measure for f in findings if f.measure is not None and f.measure.view.strip()]
    action_like = (
        sum(bool(p.action_words.search(m.view)) for m in with_measure) / len(with_measure) if with_measure else 1.0
    )
    covered = sum(f.span.end - f.span.start for f in findings)
    coverage = min(1.0, covered / body_chars) if body_chars else 0.0
    score = (
        w.base + w.problem_like * problem_like + w.action_like * action_like
        + w.coverage * min(1.0, coverage / w.coverage_full)
    )
    score -= w.unpaired_fix * min(w.unpaired_fix_max, unpaired_measures)
    score -= w.long_finding * sum(f.span.end - f.span.start > w.long_finding_chars for f in findings) / n
    if w.field_opened:
        fields = v.derived("weigh.field_labels", _field_labels)
        score -= w.field_opened * sum(fields.match(f.finding.view.lstrip()) is not None for f in findings) / n
    return round(max(0.0, min(1.0, score)), 2)


def _field_labels(v: Vocabulary) -> re.Pattern[str]:
    """A measure's, a deadline's or an owner's label opening a text (措施：, 完成时限：, 责任人：)."""
    words = sorted({*v.words.measure_labels, *v.words.deadline_labels, *v.words.owner_labels}, key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(re.escape(x) for x in words)})[ \t\u3000]*[：:]")


def reading_size(w: LayoutWeights, r: LayoutResult) -> float:
    """How much of the document a layout's reading explains: findings with measures count double,
    fields add, times how telling the layout's evidence is."""
    s = 0.0
    for d in r.drafts:
        s += w.finding_with_measure if d.has_measure else w.finding_without_measure
        s += w.field * min(len(d.fields), w.fields_max)
    return s * r.weight


@dataclass
class Reading:
    """One candidate reading: the layout's result, its findings built, and how sure it is."""

    result: LayoutResult
    findings: list[Finding]
    confidence: float
    value: float  # size × (floor + confidence): what the choice compares
    runner_up: float = 0.0  # the value of the best other reading weighed


def choose_reading(
    v: Vocabulary,
    results: list[LayoutResult],
    build: Callable[[list[Draft]], list[Finding]],
    body_chars: int,
) -> Reading | None:
    """The reading that explains the document best. Every candidate is built and weighed, largest
    first: one whose size times the best coherence (1.0) is below a reading already weighed cannot
    win, and is not built. Ties go to the earlier layout."""
    w = v.weights.choice
    if v.weights.layouts.labelled_items_whole:
        results = _without_splitters(results)
    results = _without_unit_splitters(v, results)
    sizes = [reading_size(v.weights.layouts, r) for r in results]
    best: tuple[float, int, Reading] | None = None
    best_value = -1.0
    for pos in sorted(range(len(results)), key=lambda i: -sizes[i]):
        r = results[pos]
        if sizes[pos] * w.prune_factor < best_value:
            if best is not None:  # not built: what it could reach at best counts for the margin
                best[2].runner_up = max(best[2].runner_up, sizes[pos] * (w.confidence_floor + 1.0))
            continue
        findings = build(r.drafts)
        conf = reading_confidence(v, findings, body_chars, len(r.unpaired_measures))
        reading = Reading(r, findings, conf, sizes[pos] * (w.confidence_floor + conf))
        best_value = max(best_value, reading.value)
        if best is None or (reading.value, -pos) > (best[0], best[1]):
            if best is not None:
                reading.runner_up = best[0]
            best = (reading.value, -pos, reading)
        else:
            best[2].runner_up = max(best[2].runner_up, reading.value)
    return best[2] if best else None


def _labelled_whole(r: LayoutResult) -> bool:
    return len(r.drafts) >= 2 and all(d.has_measure and d.measure_label for d in r.drafts)


def _splits(r: LayoutResult, whole: LayoutResult) -> bool:
    """Every finding of ``r`` lies inside one of ``whole``'s problems, and some problem holds two."""
    spans = [d.finding for d in whole.drafts]
    inside = [next((i for i, (a, b) in enumerate(spans) if a <= d.finding[0] and d.finding[1] <= b), None) for d in r.drafts]
    return bool(inside) and None not in inside and len(set(inside)) < len(inside)


def _crosses(r: LayoutResult, whole: LayoutResult) -> bool:
    """Some finding of ``r`` lies inside one of ``whole``'s problems and takes for its measure the
    labelled answer of another (one 建议： read as every problem's): the labels part what ``r`` joins."""
    spans = [(d.start, d.end) for d in whole.drafts]
    answers = [d.blocks[0][0] for d in whole.drafts]
    for d in r.drafts:
        i = next((k for k, (a, b) in enumerate(spans) if a < d.finding[1] <= b), None)  # where its words end
        if i is not None and any(a <= at < b for a, b in d.blocks for k, at in enumerate(answers) if k != i):
            return True
    return False


def _without_splitters(results: list[LayoutResult]) -> list[LayoutResult]:
    """With labelled_items_whole: a reading that cuts the problems of a reading whose every problem has
    its own labelled measure (问题1：A，B，C / 整改情况：…) into their clauses is no reading of the
    document: each label opens one item, whatever commas its problem holds."""
    written = [r for r in results if r.labelled_answers]  # (headed_labelled_answers) 问题：… 建议：…
    results = [r for r in results if r.labelled_answers or not any(_splits(r, w) or _crosses(r, w) for w in written)]
    whole = [r for r in results if _labelled_whole(r)]
    if not whole:
        return results
    return [r for r in results if any(r is w for w in whole) or not any(_splits(r, w) for w in whole)]


def _without_unit_splitters(v: Vocabulary, results: list[LayoutResult]) -> list[LayoutResult]:
    """A reading that cuts the units of a reading told unit by unit (甲小区存在的隐患：a；b；c。) into their
    clauses is no reading of the document: each unit's label opens one item (unit_blocks)."""
    units = [r for r in results if r.unit_items]
    if not units:
        return results
    cuts = _splits
    if v.weights.layouts.unit_named_paragraphs:
        cuts = _cuts_some
    return [r for r in results if r.unit_items or not any(cuts(r, u) for u in units)]


def _cuts_some(r: LayoutResult, whole: LayoutResult) -> bool:
    """With unit_named_paragraphs: some problem of ``whole`` holds two findings of ``r`` or more, though
    other findings of ``r`` lie outside them (a summary before the units read as problems of its own)."""
    spans = [d.finding for d in whole.drafts]
    inside = [next((i for i, (a, b) in enumerate(spans) if a <= d.finding[0] and d.finding[1] <= b), None) for d in r.drafts]
    held = [i for i in inside if i is not None]
    return len(set(held)) < len(held)


def _regions(r: LayoutResult) -> list[tuple[int, int]]:
    return [(d.start, d.end) for d in r.drafts] + [b for d in r.drafts for b in d.blocks]


def _apart(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    """No region of ``a`` overlaps one of ``b`` (one sweep over both, sorted)."""
    tagged = sorted([(s, e, 0) for s, e in a if e > s] + [(s, e, 1) for s, e in b if e > s])
    reach = [-1, -1]  # how far each side's regions seen so far reach
    for s, e, side in tagged:
        if reach[1 - side] > s:
            return False
        reach[side] = max(reach[side], e)
    return True


Extent = tuple[int, int]


def _cut_span(span: Extent, tables: list[Extent]) -> Extent | None:
    """``span`` ended where the first table inside it starts; None when it starts inside one."""
    a, b = span
    for ta, tb in sorted(tables):
        if ta <= a < tb:
            return None
        if a < ta < b:
            b = ta
    return a, b


def _cut_at_tables(r: LayoutResult, tables: list[Extent]) -> LayoutResult | None:
    """The paragraph reading ``r`` with its findings and measures ended at the findings tables
    they ran on into (the last measure swallowed the 整改清单 after it); None when one of its
    findings or measures starts inside a table: it reads the table's rows itself."""
    drafts: list[Draft] = []
    for d in r.drafts:
        region, finding = _cut_span((d.start, d.end), tables), _cut_span(d.finding, tables)
        blocks = [_cut_span(b, tables) for b in d.blocks]
        if region is None or finding is None or any(b is None for b in blocks):
            return None
        fields = [h for h in d.fields if _cut_span((h.start, h.start + 1), tables) is not None]
        drafts.append(replace(d, start=region[0], end=region[1], finding=finding,
                              blocks=[b for b in blocks if b is not None], fields=fields))
    return replace(r, drafts=drafts)


def _other_parts(
    v: Vocabulary, chosen: LayoutResult, results: list[LayoutResult]
) -> list[tuple[LayoutResult, LayoutResult]]:
    """Each reading of the other kind (table or paragraphs) that shares no text with the chosen one,
    beside the chosen reading it goes with. With ``table_ends_paragraphs``, a paragraph reading that
    ran on into the findings tables is ended at them first."""
    table = chosen.name == "table"
    pairs: list[tuple[LayoutResult, LayoutResult]] = []
    for r in results:
        if not r.drafts or (r.name == "table") == table:
            continue
        if _apart(_regions(r), _regions(chosen)):
            pairs.append((chosen, r))
            continue
        paragraphs, tab = (r, chosen) if table else (chosen, r)
        if not v.weights.layouts.table_ends_paragraphs or not tab.tables:
            continue
        cut = _cut_at_tables(paragraphs, tab.tables)
        if cut is not None and _apart(_regions(cut), _regions(tab)):
            pairs.append((chosen, cut) if table else (cut, r))
    return pairs


def with_table_part(
    v: Vocabulary,
    chosen: Reading,
    results: list[LayoutResult],
    build: Callable[[list[Draft]], list[Finding]],
    body_chars: int,
) -> Reading:
    """A report read in paragraphs that also lists findings in a table (an excerpt of its 台账),
    or a table with findings in paragraphs before or after it, is read in both parts: the best
    reading of the other kind that shares no text with the chosen one, when it holds together."""
    pairs = _other_parts(v, chosen.result, results)
    if not pairs:
        return chosen
    c, other = max(pairs, key=lambda p: reading_size(v.weights.layouts, p[1]))
    if reading_confidence(v, build(other.drafts), body_chars, len(other.unpaired_measures)) < v.weights.choice.other_part_min:
        return chosen
    merged = LayoutResult(
        c.name, sorted([*c.drafts, *other.drafts], key=lambda d: d.start), [*c.groups, *other.groups], c.preamble,
        [*c.unpaired_measures, *other.unpaired_measures], c.pairing, c.weight,
    )
    findings = build(merged.drafts)
    conf = reading_confidence(v, findings, body_chars, len(merged.unpaired_measures))
    return Reading(merged, findings, conf, chosen.value, chosen.runner_up)


def reading_features(
    v: Vocabulary, chosen: Reading, body_chars: int, unexplained: float, orphan_actions: float,
    unread_measures: float = 0.0, split_paragraphs: float = 0.0, skipped_faults: float = 0.0,
    text_doubts: float = 0.0, accounted: int = 0, unanswered: bool = False,
) -> dict[str, float]:
    """What the trust in a reading is judged from (:data:`checker.vocabulary.TRUST_FEATURES`): how
    much of the body its findings cover, how few they are, how far ahead of the next reading it
    came, findings that list items of their own, measure-like paragraphs no finding holds, items it
    left unexplained, fixes it could not pair, findings without a measure, findings cut from the
    lists of several paragraphs and a fault-naming item it skipped amid its findings; and what a
    reading can tell of itself (:func:`self_doubts`; ``text_doubts``, what the text around its findings
    tells of its shape, :func:`checker.segment.accounting.text_shape_doubts`, is one more doubt of it).
    ``accounted``: characters of the body no finding holds that the reading accounts for as no finding
    (:func:`checker.segment.accounting.accounted_chars`): the coverage is taken of the rest.
    ``unanswered``: the text plainly holds no answer anywhere
    (:func:`checker.segment.accounting.plainly_unanswered`): its findings without a measure are a fact
    of the document, no measure missed, unless the reading doubts itself otherwise."""
    findings = chosen.findings
    n = len(findings)
    if not n:
        return {}
    doubts = self_doubts(v, findings)
    if "shape_doubts" in doubts:
        doubts["shape_doubts"] = max(doubts["shape_doubts"], text_doubts)
    with_measure = sum(
        1 for f in findings if f.measure is not None and f.measure.view.strip() and _has_words(f.measure.view)
    )
    covered = sum(f.span.end - f.span.start for f in findings)
    if accounted and _doubted(doubts, orphan_actions, unexplained, unread_measures, split_paragraphs, skipped_faults):
        accounted = 0  # a reading that leaves out what it cannot explain has not accounted for the rest
    if unanswered and (chosen.result.unpaired_measures or _doubted(
        doubts, orphan_actions, unexplained, unread_measures, split_paragraphs, skipped_faults,
    )):
        unanswered = False  # a reading that doubts itself may have missed the answers too
    return {
        "coverage": min(1.0, covered / (body_chars - accounted)) if body_chars > accounted else 0.0,
        "few_findings": 1.0 / n,
        "margin": (chosen.value - chosen.runner_up) / chosen.value if chosen.value > 0 else 0.0,
        "nested_items": sum(_nested(f) for f in findings) / n,
        "orphan_actions": orphan_actions,
        "unexplained_items": unexplained,
        "unpaired_fixes": min(v.weights.confidence.unpaired_fix_max, len(chosen.result.unpaired_measures))
        / v.weights.confidence.unpaired_fix_max,
        "without_measure": 0.0 if unanswered else 1 - with_measure / n,
        "unread_measures": unread_measures,
        "split_paragraphs": split_paragraphs,
        "skipped_faults": skipped_faults,
        **doubts,
    }


def _doubted(doubts: dict[str, float], *others: float) -> bool:
    """The reading shows a doubt of its own or leaves out what it cannot explain (an orphan act, an item
    unexplained, measures unread, lists split, a fault skipped). Findings too short to state a fault are
    no such doubt here: a page may list 无溢洪道 among longer faults."""
    return any(x for k, x in doubts.items() if k != "tiny_findings") or any(others)


def _has_words(text: str) -> bool:
    """The text is not page noise: its stray Latin letters and symbols do not outnumber its Han
    characters. A page's anti-copy noise (, e; {0 {. G2 Z$ N*) read as a measure says nothing: the
    finding it was paired with is without a measure (a Latin name, a date or a figure among Han
    words is no noise)."""
    han = len(_HAN.findall(text))
    stray = sum(1 for ch in text if ch.isascii() and not ch.isdigit() and not ch.isspace())
    return stray <= han


def self_doubts(v: Vocabulary, findings: list[Finding]) -> dict[str, float]:
    """What a reading tells of itself that a right one seldom shows: problems that run on into a
    measure label or a requirements heading (the cut between them was missed), fixes that speak of
    another finding's problem rather than their own (paired crosswise), findings too short to state a
    fault (a table's header cells, a signature, a date read as problems; a table row's fault cell is
    short because the row's name cell, the finding's title, says whose fault it is: 首善茅坪 | 更新不及时
    states the fault in both, :func:`_stated`)."""
    n = len(findings)
    labels = v.derived("trust.labels_inside", _labels_inside)
    inside = sum(1 for f in findings if labels.search(f.finding.view, _LABEL_FROM) is not None)
    tiny = sum(1 for f in findings if _stated_chars(v, f) < _TINY_HAN or _cut_fragment(v, f))
    doubts = {
        "labels_inside": inside / n,
        "crosswise_fixes": _crosswise(v, findings),
        "tiny_findings": tiny / n,
        "measures_mid_clause": _mid_clause(v, findings),
    }
    if v.weights.layouts.shape_doubt:
        doubts["shape_doubts"] = shape_doubts(v, findings)
    return doubts


def shape_doubts(v: Vocabulary, findings: list[Finding]) -> float:
    """1 when the reading's own parts show a cut it missed, which a right reading does not show: a
    problem that holds a lead-in to measures (…不到位；采取的具体措施如下：一、…: it ran on into its
    answers), a measure that holds a lead-in to problems (…已得到整治。尚未整改到位的主要问题有：…: it
    ran on into more problems), a finding that lists points of its own (一是…二是…) where another
    finding is a point itself (the points were cut in one place and not in another), a measure that
    gives a cause and names no act (…正赶上秋收农忙，所以没有及时记录: an excuse, not a fix), findings all titled by
    the problems in general (:func:`_titles_generic`), problems that tell what was done about them where
    none has a measure (:func:`_acted_unanswered`), a shared measure naming by number the problems it
    answers but not every one sharing it (:func:`_numbered_answer_gap`), a finding without a measure
    beside answered ones that tells what the writer did about it (:func:`_answer_left_inside`) or opens as
    an answer does (:func:`_answer_opening`), a general requirement among fixes that each name their own
    problem, paired by its place alone (:func:`_general_fix_unnamed`), a measure that holds the label
    it opened after again (:func:`_label_again`), a finding without a measure whose problem another's fix
    restates (:func:`_answered_elsewhere`), a problem that is a mark alone (:func:`_blank_problem`), a
    numbered problem holding the next number at a line's start (:func:`_next_number_inside`), an area's
    name read as a finding (:func:`_area_unanswered`), the closing read as the last item's answer
    (:func:`_closing_last_measure`)."""
    p = v.patterns
    problems = [f.finding.view for f in findings]
    measures = [f.measure.view for f in findings if f.measure is not None and f.measure.view.strip()]
    return float(
        any(p.fixes_intro_inside.search(t) for t in problems)
        or any(p.problems_intro_inside.search(m) for m in measures)
        or _points_uneven(v, findings)
        or any(_excuse(v, m) for m in measures)
        or _titles_generic(v, findings)
        or _acted_unanswered(v, findings)
        or _numbered_answer_gap(v, findings)
        or _answer_left_inside(v, findings)
        or _answer_opening(v, findings)
        or _restated_in_measure(v, findings)
        or _result_outside(v, findings)
        or _cited_elsewhere(v, findings)
        or _shared_answer_uneven(v, findings)
        or _general_fix_unnamed(v, findings)
        or _label_again(v, findings)
        or _answered_elsewhere(v, findings)
        or _blank_problem(v, findings)
        or _next_number_inside(v, findings)
        or _area_unanswered(v, findings)
        or _closing_last_measure(v, findings)
    )


def _blank_problem(v: Vocabulary, findings: list[Finding]) -> bool:
    """With blank_problem_doubt: a finding whose problem is a mark alone, not a word in it (/, —, ×): a
    table's empty cell (单位 | 未发现问题 | / | /), read as the problem of a row that has none; the columns
    were taken wrong, or a row with nothing found was read as a finding."""
    if not v.weights.layouts.blank_problem_doubt:
        return False
    return any((t := f.finding.view.strip()) and _WORD_CHAR.search(t) is None for f in findings)


_OWN_NUMBER = re.compile(
    r"(?:^|\n)[ \t\u3000]*(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})(?P<sep>[.、．])[ \t\u3000]*$"
)
_NUMBER_AT = re.compile(r"[ \t\u3000]*(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})(?P<sep>[.、．])")
_NUMBER_BEFORE = 6  # characters before a finding where its own number stands (3、|…)
_NUMBERED_MIN = 2  # findings numbered of their own, before their numbers make a run


def _next_number_inside(v: Vocabulary, findings: list[Finding]) -> bool:
    """With next_number_inside_doubt: a finding numbered of its own (5.…, 三、…) holds, at the start of a
    line, the number that comes next, written alike (…随意丢弃在田边地角。⏎6.2组原砖厂旧址…): the next item
    starts there, and the reader ran past its cut (a number read as a figure, 6.2组, or a line it
    took for the same item's). Only where the findings' own numbers are a run, each its own: a finding
    listing points of its own (1.… 2.… under each site's name) holds its list, no next item."""
    if not v.weights.layouts.next_number_inside_doubt:
        return False
    owns = [_own_number(f.finding) for f in findings]
    numbers = [o[0] for o in owns if o is not None]
    if len(numbers) < _NUMBERED_MIN or len(set(numbers)) < len(numbers):
        return False  # the findings' numbers are no run of their own (each opens its own list: 1.… 2.…)
    for f, own in zip(findings, owns, strict=True):
        if own is None or own[0] + 1 in numbers:
            continue
        n, sep = own
        view = f.finding.view.lstrip()
        for line in view.split("\n")[1:]:
            m = _NUMBER_AT.match(line)
            if m is not None and m.group("sep") == sep and parse_ordinal(m.group("n")) == n + 1:
                return True
    return False


def _own_number(f: Span) -> tuple[int, str] | None:
    """The number a finding's problem opens on, in its text or right before it, and the mark after it."""
    m = _NUMBER_AT.match(f.view)
    if m is None:
        d = getattr(f, "doc", None)  # a stand-in span with no document (a test's) has no text around it
        if d is None:
            return None
        m = _OWN_NUMBER.search(d.view, max(0, f.start - _NUMBER_BEFORE), f.start)
    if m is None:
        return None
    n = parse_ordinal(m.group("n"))
    return (n, m.group("sep")) if n is not None else None


_AREA_HAN = 12  # an area's name is short (预算执行方面); a problem told at length is no heading


def _area_unanswered(v: Vocabulary, findings: list[Finding]) -> bool:
    """With area_row_doubt: beside findings with a measure, one with none whose problem only names an
    area (预算执行方面, 财务管理方面) in a few words, no fault among them: a group's heading row over the
    findings, read as one of them."""
    suffix = v.names.area_suffix
    if not v.weights.layouts.area_row_doubt or not suffix:
        return False
    faults = v.patterns.item_faults

    def area(view: str) -> bool:
        t = view.strip().rstrip("：:。.")
        return t.endswith(suffix) and len(_HAN.findall(t)) <= _AREA_HAN and faults.search(t) is None

    return _unanswered_saying(findings, area)


_CLOSING_ANSWERED = 2  # other findings with a measure of their own, before the last one's tells anything


def _closing_last_measure(v: Vocabulary, findings: list[Finding]) -> bool:
    """With closing_measure_doubt: the last finding's measure, its own, opens on what comes next and
    speaks of the whole in its first sentence (下一步，我校将举一反三，持续抓好…; 今后，…建立长效机制) where no
    other finding's opens so, two or more of them answered: the report's closing was read as the last
    item's answer. A next step on the item's own matter (下一步，院感科将在9月底前完成暂存间改造) answers it."""
    if not v.weights.layouts.closing_measure_doubt or not findings:
        return False
    views = [f.measure.view.strip() if f.measure is not None else "" for f in findings]
    last = views[-1]
    if not last or views.count(last) > 1:
        return False
    nxt = v.patterns.list_next_step
    others = [m for m in views[:-1] if m]
    return (
        nxt.match(last) is not None
        and v.patterns.general_fix.search(_first_sentence(last)) is not None
        and len(set(others)) >= _CLOSING_ANSWERED
        and not any(nxt.match(m) for m in others)
    )


_ELSEWHERE_NAMED = 8  # pairs of a problem's own words another's fix restates: a phrase of it, not a word or two


def _answered_elsewhere(v: Vocabulary, findings: list[Finding]) -> bool:
    """With answered_elsewhere_doubt: a finding with no measure beside answered ones whose problem another
    finding's fix restates, eight pairs of its words or more, the report's topic left out (…同一通道第二组起
    自动按续组标准收费 for …同一通道连续输液，第二组起仍按首组标准收取): that fix answers it too, and was
    given to one finding alone by the reader's cut."""
    if not v.weights.layouts.answered_elsewhere_doubt:
        return False
    measures = [f.measure.view if f.measure is not None and f.measure.view.strip() else "" for f in findings]
    if not any(measures):
        return False
    generic = frozenset(v.words.pairing_generic)
    problems = _without_topic([_pairs(f.finding.view, generic) for f in findings])
    fixes = [_pairs(m, generic) if m else set() for m in measures]
    return any(
        len(fixes[i] & problems[j]) >= _ELSEWHERE_NAMED
        for j in range(len(findings)) if not measures[j]
        for i in range(len(findings)) if i != j and measures[i]
    )


_LABEL_BEFORE = 12  # characters before a measure where the label that opened it stands (整改措施：)


def _label_again(v: Vocabulary, findings: list[Finding]) -> bool:
    """With measure_label_again_doubt: a measure opened right after a measure label (整改措施：) holds that
    same label again further on (…单独设账核算。⏎3.2名…健康证已过期。整改措施：已整改。): it ran on past the
    next item's problem into that item's own answer, and two items were read as one. A measure under one
    label that goes on under another (整改措施：… 整改情况：…) tells its progress: no sign."""
    if not v.weights.layouts.measure_label_again_doubt:
        return False
    labels = v.derived("trust.measure_label_before", _label_before)
    for f in findings:
        m = f.measure
        d = getattr(m, "doc", None)  # a stand-in measure with no document (a test's) has no text around it
        if m is None or d is None or not m.view.strip():
            continue
        before = labels.search(d.view, max(0, m.start - _LABEL_BEFORE), m.start)
        if before is None:
            continue
        again = re.compile(re.escape(before.group("label")) + "[ \t\u3000]*[：:]")
        if again.search(m.view.strip(), 1) is not None:
            return True
    return False


def _label_before(v: Vocabulary) -> re.Pattern[str]:
    """A measure label written as one (整改措施：) that ends where the text after it begins."""
    labels = "|".join(re.escape(w) for w in sorted(v.words.measure_labels, key=len, reverse=True))
    return re.compile(f"(?P<label>{labels})[ \t\u3000]*[：:][ \t\u3000\n]*$")


_GENERAL_AMONG = 3  # fixes of their own, at the least, before one that names nothing stands out among them


def _general_fix_unnamed(v: Vocabulary, findings: list[Finding]) -> bool:
    """With general_fix_unnamed_doubt: fixes each finding has to itself, three or more, every one naming
    its own problem by two pairs of its words or more but one, which names none of them and opens on a measure of the whole
    (各社区要进一步提高思想认识，…建立长效机制; 加强队伍建设。): a general requirement, paired with a problem by
    its place alone; that problem may have no fix of its own. Where a fix names its problem by one pair
    only, the fixes are not written each on its problem's words, and one naming none tells nothing."""
    if not v.weights.layouts.general_fix_unnamed_doubt:
        return False
    measures = [f.measure.view if f.measure is not None else "" for f in findings]
    own = [i for i, m in enumerate(measures) if m.strip() and measures.count(m) == 1]
    if len(own) < _GENERAL_AMONG:
        return False
    generic = frozenset(v.words.pairing_generic)
    problems = _without_topic([_pairs(f.finding.view, generic) for f in findings])
    named = {i: len(_pairs(measures[i], generic) & problems[i]) for i in own}
    unnamed = [i for i in own if not named[i]]
    if len(unnamed) != 1 or any(0 < named[i] < _OWN_NAMED for i in own):
        return False
    return v.patterns.general_fix.search(_first_sentence(measures[unnamed[0]])) is not None


def _first_sentence(text: str) -> str:
    """The text up to its first sentence's end (a stop or a line break)."""
    m = _SENTENCE_END.search(text.lstrip())
    return text.lstrip()[: m.start()] if m is not None else text.lstrip()


_SENTENCE_END = re.compile("[。！？!?；;\n]")


def _restated_in_measure(v: Vocabulary, findings: list[Finding]) -> bool:
    """With restated_measure_doubt: a measure of one finding's own opens on the problem as the inspecting
    body pointed it out (巡察指出，…; 审计组指出：…): the problem was told again under its title and the
    reading took it, with the answer after it, for the measure. A measure several findings share may
    open on the checks in general (针对巡察指出的问题，…): no sign."""
    if not v.weights.layouts.restated_measure_doubt:
        return False
    views = [f.measure.view.strip() if f.measure is not None else "" for f in findings]
    opening = v.patterns.pointed_out_opening
    return any(m and views.count(m) == 1 and opening.match(m) is not None for m in views)


def _result_outside(v: Vocabulary, findings: list[Finding]) -> bool:
    """With result_outside_doubt: a finding with a measure has a status that tells what was done, more
    than a bare status (已完成。清查资产143处…, not 已完成 nor 整改中), after that measure on its row's line:
    a result column (整改结果及佐证材料) answers the problem as much as the measure column does, and was
    left out of it."""
    if not v.weights.layouts.result_outside_doubt:
        return False
    for f in findings:
        m, st = f.measure, getattr(f, "status", None)  # a stand-in finding (a test's) may have no status
        if m is None or not m.view.strip() or st is None or m.start <= st.start < m.end:
            continue
        d = getattr(st, "doc", None)  # a stand-in status with no document (a test's) has no row around it
        if d is None or st.start < m.end or "\n" in d.text[m.end : st.start]:
            continue  # a status on a line of its own (完成情况：…) is a field, not a row's cell
        if len(_HAN.findall(st.view)) > _STATUS_HAN_MAX and v.patterns.action_words.search(st.view) is not None:
            return True
    return False


_STATUS_HAN_MAX = 6  # a status this short is bare (已整改到位, 持续整改), no account of an act


def _cited_elsewhere(v: Vocabulary, findings: list[Finding]) -> bool:
    """With cited_numbers_doubt: a measure cites the numbers of the problems it answers (…（对应问题3、6）;
    针对问题5：…), and the findings holding it, by their numbers in reading order, are not those: the fixes
    were paired by their place, not by what each says it answers."""
    if not v.weights.layouts.cited_numbers_doubt:
        return False
    held: dict[str, set[int]] = {}
    for k, f in enumerate(findings, start=1):
        if f.measure is not None and f.measure.view.strip():
            held.setdefault(f.measure.view.strip(), set()).add(k)
    for view, indices in held.items():
        cited = set(cited_between(v, view, 0, len(view)))
        if cited and cited != indices:
            return True
    return False


def _answer_left_inside(v: Vocabulary, findings: list[Finding]) -> bool:
    """With answer_inside_doubt: some findings have a measure, and one that has none goes on, in its own
    words, to what the writer did or will do about it (…向外倾斜，我们已于11月10日请施工队拆除重砌): its
    answer was left inside it, uncut."""
    if not v.weights.layouts.answer_inside_doubt:
        return False
    inside = v.patterns.writer_act_inside
    return _unanswered_saying(findings, lambda view: inside.search(view) is not None)


def _answer_opening(v: Vocabulary, findings: list[Finding]) -> bool:
    """With answer_opening_doubt: some findings have a measure, and one that has none opens as an answer
    does: on the problem it answers, going on at a comma (针对…的问题，学校于8月底…), or on the writer
    acting (我们组织全体教师…): the item was the answer and its problem, read whole as a problem."""
    if not v.weights.layouts.answer_opening_doubt:
        return False
    p = v.patterns

    def opens_answer(view: str) -> bool:
        t = view.lstrip()
        return p.named_problem_lead.match(t) is not None or p.writer_act_opening.match(t) is not None

    return _unanswered_saying(findings, opens_answer)


def _unanswered_saying(findings: list[Finding], says: Callable[[str], bool]) -> bool:
    """Beside findings with a measure, one with none whose own text ``says`` what an answer says."""
    answered = [f.measure is not None and bool(f.measure.view.strip()) for f in findings]
    return any(answered) and any(not a and says(f.finding.view) for a, f in zip(answered, findings, strict=True))


_SHARED_MIN = 2  # findings sharing one measure, numbers it names
_SENTENCE_CLOSED = "。！？!?；;…”」』）)】\"'"  # a text ending on one of these ended a sentence


def _cut_at_end(m: Span) -> bool:
    """The span runs to the end of its document's text and stops in mid-clause, on no closing mark, and
    holds no sentence it closed before: not one sentence of it survives whole."""
    d = getattr(m, "doc", None)  # a stand-in span with no document (a test's) has no text around it
    if d is None:
        return False
    text = d.view
    end = len(text.rstrip())
    if m.end < end or text[:end][-1:] in _SENTENCE_CLOSED:
        return False
    return not any(ch in SENTENCE_STOPS for ch in m.view)


_SHARED_NAMING_MIN = 3  # findings sharing one measure, before what it names of each tells anything


def _shared_answer_uneven(v: Vocabulary, findings: list[Finding]) -> bool:
    """With shared_answer_uneven_doubt: one measure three findings or more share, cut off by the end of
    the text in its first sentence (…，要求进一步健全服务内容、加大经费投), names the matter of some of them in their
    own words (two pairs or more, the report's topic left out: 健全服务内容 for 服务内容比较单一) and of
    others in none: what it says answers those it names, and whether the part lost answered the rest
    the text no longer tells. A shared measure read whole answers all its findings."""
    if not v.weights.layouts.shared_answer_uneven_doubt:
        return False
    shared: dict[str, list[int]] = {}
    for k, f in enumerate(findings):
        if f.measure is not None and f.measure.view.strip() and _cut_at_end(f.measure):
            shared.setdefault(f.measure.view, []).append(k)
    groups = [(view, ks) for view, ks in shared.items() if len(ks) >= _SHARED_NAMING_MIN]
    if not groups:
        return False
    generic = frozenset(v.words.pairing_generic)
    problems = _without_topic([_pairs(f.finding.view, generic) for f in findings])
    for view, ks in groups:
        words = _pairs(view, generic)
        named = [len(words & problems[k]) >= _OWN_NAMED for k in ks]
        if any(named) and not all(named):
            return True
    return False


def _numbered_answer_gap(v: Vocabulary, findings: list[Finding]) -> bool:
    """With numbered_answers_gap_doubt: a measure several findings share names the problems it answers by
    their numbers (针对问题1：… 针对问题2：… 针对问题5：…), two or more, and not the number of one finding
    sharing it: the answers were to be parted by those numbers, and that finding has none of its own."""
    if not v.weights.layouts.numbered_answers_gap_doubt:
        return False
    shared: dict[str, list[int]] = {}
    for k, f in enumerate(findings, start=1):  # the findings' numbers in reading order
        if f.measure is not None and f.measure.view.strip():
            shared.setdefault(f.measure.view, []).append(k)
    for view, indices in shared.items():
        if len(indices) < _SHARED_MIN:
            continue
        named = {n for m in v.patterns.problem_number_ref.finditer(view) if (n := parse_ordinal(m.group(1))) is not None}
        if len(named) >= _SHARED_MIN and any(i not in named for i in indices):
            return True
    return False


def _acted_unanswered(v: Vocabulary, findings: list[Finding]) -> bool:
    """With acted_problems_doubt: no finding has a measure, yet a problem tells what was done or promised
    about it (虽经…多方努力…已…修缮，但…; 力争于本周内解决) or is the account of the check itself (…对全省
    景区进行了检查): the answers sit inside the problems, or the reading took a story for findings."""
    if not v.weights.layouts.acted_problems_doubt:
        return False
    if any(f.measure is not None and f.measure.view.strip() for f in findings):
        return False
    return any(v.patterns.problem_acted.search(f.finding.view) for f in findings)


_GENERIC_MIN = 2  # findings, every one titled by problems in general, before the titles tell anything


def _titles_generic(v: Vocabulary, findings: list[Finding]) -> bool:
    """With generic_titles_doubt: every finding is titled by the problems in general (审计反映问题整改责任落实
    情况, 审计反馈问题整改完成情况): the reading took a report's sections on its work for findings."""
    if not v.weights.layouts.generic_titles_doubt or len(findings) < _GENERIC_MIN:
        return False
    return all(v.patterns.generic_problem_title.match(f.title or "") for f in findings)


_POINTS_MIN = 2  # points a finding lists of its own (一是…二是…)


def _points_uneven(v: Vocabulary, findings: list[Finding]) -> bool:
    """A finding lists points of its own (一是…二是…) while another opens on a point's opener."""
    opener = v.patterns.point_opener
    listing = [sum(1 for _ in opener.finditer(f.finding.view)) >= _POINTS_MIN for f in findings]
    return any(listing) and any(
        not listing[i] and _opens_on_point(opener, f) for i, f in enumerate(findings)
    )


def _opens_on_point(opener: re.Pattern[str], f: Finding) -> bool:
    """The finding opens on a point's opener, in its text or right before it (一是|…)."""
    view = f.finding.view.lstrip()
    if opener.match(view):
        return True
    d = getattr(f.finding, "doc", None)  # a stand-in finding with no document (a test's) has no text around it
    at = f.finding.start
    return d is not None and opener.match(d.text, max(0, at - _OPENER_SPAN), at) is not None


_OPENER_SPAN = 2  # 一是: a point's opener right before a finding


def _excuse(v: Vocabulary, measure: str) -> bool:
    """A measure that gives a cause (所以, 由于) and names no act: it explains, it fixes nothing."""
    p = v.patterns
    return p.excuse_words.search(measure) is not None and p.action_words.search(measure) is None


_WORD_CHAR = re.compile(r"[\u3400-\u9fffA-Za-z0-9]")
_POINT_OPENER = re.compile(r"[一二三四五六七八九十]是$")  # 一是…: the cut after a point's own opener


def _mid_clause(v: Vocabulary, findings: list[Finding]) -> float:
    """Of the findings with a measure, the share whose measure opens inside a clause: a word
    character on both sides of its start (…等三类问题|12个,涉及…). A writer opens a measure after a
    stop, a comma, a colon, a line break or a point's opener (一是), never in mid-word; a measure cut
    there was cut by the reader's guess."""
    if not v.weights.layouts.measures_mid_clause_doubt:
        return 0.0
    measures = [f.measure for f in findings if f.measure is not None and f.measure.view.strip()]
    if not measures:
        return 0.0
    # a stand-in measure with no document (a test's) has no clause around it
    mid = sum(1 for m in measures if (d := getattr(m, "doc", None)) is not None and _opens_mid_clause(v, d.text, m.start))
    return mid / len(measures)


def _opens_mid_clause(v: Vocabulary, text: str, at: int) -> bool:
    """A word character on both sides of ``at``, and no turn there: not a point's opener before it
    (一是|…), nor an act or a requirement after it (…资料|需进一步完善, …等问题|已整改到位)."""
    if at == 0 or not _WORD_CHAR.match(text, at) or not _WORD_CHAR.match(text, at - 1):
        return False
    if _POINT_OPENER.search(text, max(0, at - 2), at) is not None:
        return False
    p = v.patterns
    return not any(w.match(text, at) for w in (p.item_acts, p.requirement_word, p.item_requirement_opener, p.need_opener))


def _cut_fragment(v: Vocabulary, f: Finding) -> bool:
    """With faultless_fragments: a few words that name no fault, opening on the examples a clause gave
    (…回潮现象，如|东菜市场和西菜市场): cut off by the reader's guess as a problem of their own."""
    if not v.weights.layouts.faultless_fragments:
        return False
    d = getattr(f.finding, "doc", None)  # a stand-in finding with no document (a test's) has no text around it
    view = f.finding.view
    if d is None or len(_HAN.findall(view)) >= _FRAGMENT_HAN:
        return False
    at = f.finding.start
    p = v.patterns
    if p.example_opener.search(d.view, max(0, at - _OPENER_CHARS), at) is None:
        return False
    return not any(w.search(view) for w in (p.problem_words, p.item_faults, p.absence_words))


def _stated_chars(v: Vocabulary, f: Finding) -> int:
    """How many characters state the finding: its Han characters, and with list_counted_clauses the
    figures of the count it opens on (5人上班早退: five people, not a date nor a cell's number)."""
    stated = _stated(f)
    han = len(_HAN.findall(stated))
    if not v.weights.layouts.list_counted_clauses:
        return han
    count = v.patterns.counted_subject.match(f.finding.view)
    return han + sum(ch.isdigit() for ch in count.group()) if count is not None else han


def _stated(f: Finding) -> str:
    """What the finding states: its problem, and its title where the title is a text of its own, not
    the problem's opening (a table row's name cell beside its fault cell)."""
    title = f.title.strip()
    if not title or title in f.finding.text or title in f.finding.view:
        return f.finding.view
    return title + "\n" + f.finding.view


_HAN = re.compile("[\u3400-\u9fff]")
_TINY_HAN = 6  # a problem stated in fewer characters is a table's cell, a signature or a date, seldom a fault
_FRAGMENT_HAN = 12  # a problem this short that names no fault is a fragment of one (faultless_fragments)
_OPENER_CHARS = 2  # an example opener (如, 例如) stands in the characters right before
_LABEL_FROM = 4  # a label at the very start of a problem is its own (问题：); later, another part's
_CROSS_MIN = 2  # fixes of their own, fewer: nothing to cross with
_OWN_NAMED = 2  # pairs of its own problem's words a fix names: it answers that problem, whatever else it names


def _labels_inside(v: Vocabulary) -> re.Pattern[str]:
    """A measure label written as one (整改情况：) or a requirements heading (工作要求)."""
    labels = "|".join(re.escape(w) for w in sorted(v.words.measure_labels, key=len, reverse=True))
    return re.compile(f"(?:{labels})[ \t\u3000]*[：:]|{v.patterns.requirements_heading.pattern}")


def _crosswise(v: Vocabulary, findings: list[Finding]) -> float:
    """Of the fixes each finding has to itself, the share that shares more words with another
    finding's problem than with its own. A fix several findings share answers them all: not
    counted. Nor is a fix that names its own problem (two of its word pairs or more: 无证, 驾驶),
    though it names another's too (整顿非法载人 beside 查处无证驾驶): it speaks of its own problem,
    and one measure may well serve two."""
    measures = [f.measure.view if f.measure is not None else "" for f in findings]
    own = [i for i, m in enumerate(measures) if m.strip() and measures.count(m) == 1]
    if len(own) < _CROSS_MIN and not _single_fix(v, measures, own):
        return 0.0
    generic = frozenset(v.words.pairing_generic)
    problems = [_pairs(f.finding.view, generic) for f in findings]
    # with crosswise_topic_words, a fix is crossed too when, the report's topic left out, it names
    # another problem by two pairs or more of that one's words and its own by fewer
    topical = _without_topic(problems) if v.weights.layouts.crosswise_topic_words else None
    crossed = 0
    for i in own:
        words = _pairs(measures[i], generic)
        mine = len(words & problems[i])
        crossed += (mine < _OWN_NAMED and any(
            len(words & problems[j]) > mine for j in range(len(findings)) if j != i
        )) or (topical is not None and _crossed_off_topic(words, topical, i))
    return crossed / len(own)


def _crossed_off_topic(words: set[str], problems: list[set[str]], i: int) -> bool:
    """The fix's words, the topic left out, name another problem by two pairs or more and more than
    its own."""
    mine = len(words & problems[i])
    return mine < _OWN_NAMED and any(
        len(words & p) >= _OWN_NAMED and len(words & p) > mine for j, p in enumerate(problems) if j != i
    )


_TOPIC_MIN = 3  # problems, at the least, before the words half of them say name the document's topic


def _without_topic(problems: list[set[str]]) -> list[set[str]]:
    """With crosswise_topic_words: each problem's pairs less those half the problems or more say (文化 in a
    report on a town's cultural work): the topic names no one problem, so a fix saying it does not
    name its own by it."""
    if len(problems) < _TOPIC_MIN:
        return problems
    counts: dict[str, int] = {}
    for words in problems:
        for w in words:
            counts[w] = counts.get(w, 0) + 1
    topic = {w for w, c in counts.items() if 2 * c >= len(problems)}
    return [words - topic for words in problems]


def _single_fix(v: Vocabulary, measures: list[str], own: list[int]) -> bool:
    """With crosswise_single_fix: one finding has a fix and every other has none (a page cut inside
    the first point of an answer): that one fix may still speak of another finding's problem."""
    return (
        v.weights.layouts.crosswise_single_fix and len(own) == 1 and len(measures) >= _CROSS_MIN
        and sum(1 for m in measures if m.strip()) == 1
    )


def _pairs(text: str, generic: frozenset[str]) -> set[str]:
    """The text's pairs of Han characters, less the generic ones: what a fix and its problem share."""
    han = "".join(ch for ch in text if "\u4e00" <= ch <= "\u9fff")
    return {han[i : i + 2] for i in range(len(han) - 1)} - generic


def _nested(f: Finding) -> bool:
    """The finding's own text lists items of its own (1、…2、…): a deeper level may hold the findings."""
    return sum(1 for _ in iter_item_markers(f.finding.view)) >= _NESTED_MIN


def reading_trust(v: Vocabulary, coherence: float, features: dict[str, float]) -> float:
    """How far the chosen reading can be trusted: the fitted model's probability that it is read
    right, or its coherence where the vocabulary fits no model."""
    w = v.weights.trust
    if not w.coefficients or not features:
        return coherence
    z = w.intercept + sum(c * features.get(name, 0.0) for name, c in w.coefficients.items())
    return round(1.0 / (1.0 + math.exp(-z)), 2)
