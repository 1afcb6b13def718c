"""inconsistent_numbers — stated figures contradict each other.

What it does: checks the arithmetic of the summary claims (反馈的10个问题,已整改完成7个,持续整改3个 …):
done + ongoing = total; done ≤ total; a rate equals done / total to the stated precision (rounded
or truncated: 18/21 → 86%, 1691/1786 → 94%); 近60% allows a little below or above; 多/余 mean
"at least"; and no more findings claimed done than the report lists. A rate is checked only
against counts of the same subject (问题 vs 措施 vs 交办问题): a switched base is not a contradiction.
Inside a finding or a measure, each sentence's own figures are checked too (46个中38个 stated as 85%;
共18处，其中7处、6处、4处): that finding gets the flag (see sentence_numbers.py).
Figures are compared only when they count the same kind of thing (param ``same_unit``: 35个问题 and 1人
do not contradict), several unfinished parts together make up the rest, and a figure that names a policy
(“15条”措施, 八项规定: rubric pattern ``named_figure``) counts nothing of the report's.
An opening that says how many items need rectifying (有两项内容需要整改, in digits or in words) when
the report lists another number is a contradiction too.
Why an auditor cares: figures that do not add up make every other figure doubtful.
Evidence: the claim sentence.
"""

from __future__ import annotations

import math

from checker.analyse.context import DocumentContext
from checker.analyse.scan import hit
from checker.analyse.sentence_numbers import sentence_problems
from checker.flags import FlagSpec
from checker.models import FlagHit, NumberMention, SummaryClaim
from checker.text.numerals import cn_to_int
from checker.vocabulary import Vocabulary

CODE = "inconsistent_numbers"


def _decimals(n: NumberMention) -> int:
    s = n.view
    digits = "".join(ch for ch in s if ch.isdigit() or ch == ".")
    return len(digits.split(".", 1)[1]) if "." in digits else 0


def rate_ok(done: float, total: float, stated: NumberMention, tolerance: float) -> bool:
    """Does ``stated`` (a percentage) agree with done/total at its precision?"""
    if total <= 0:
        return True
    actual = 100.0 * done / total
    d = _decimals(stated)
    scale = 10**d
    rounded = math.floor(actual * scale + 0.5 + 1e-9) / scale
    truncated = math.floor(actual * scale + 1e-9) / scale
    if stated.approximate:
        return abs(actual - stated.value) <= tolerance
    return abs(rounded - stated.value) < 1e-9 or abs(truncated - stated.value) < 1e-9


def _subject(n: NumberMention) -> str:
    return n.subject.strip()


def _same_count(v: Vocabulary, a: NumberMention, b: NumberMention) -> bool:
    """Do two figures count the same kind of thing (the same unit, or both items: 个/项/条)? 35个问题 and
    1人, 17份 notices and 2家 firms count different things and cannot contradict each other."""
    ua, ub = a.unit.strip(), b.unit.strip()
    items = v.words.item_count_units
    return ua == ub or (ua in items and ub in items)


def _problems(v: Vocabulary, claim: SummaryClaim, listed: int, tolerance: float, same_unit: bool = False) -> str | None:
    by_subject: dict[str, dict[str, NumberMention]] = {}
    order: list[str] = []
    parts: dict[str, list[NumberMention]] = {}  # every unfinished part of a subject, in order
    for n in claim.numbers:
        subj = _subject(n)
        if n.role in ("total", "done", "ongoing"):
            slot = by_subject.setdefault(subj, {})
            slot.setdefault(n.role, n)
            if n.role == "ongoing":
                parts.setdefault(subj, []).append(n)
            if subj not in order:
                order.append(subj)
    for subj, slot in by_subject.items():
        t, d, o = slot.get("total"), slot.get("done"), slot.get("ongoing")
        if same_unit and t and d and not _same_count(v, d, t):
            continue
        if t and d and not d.approximate and not t.approximate and d.value > t.value:
            return f"{d.view} > {t.view}"
        if t and d and o and not (t.approximate or d.approximate or o.approximate) and abs(d.value + o.value - t.value) > 1e-9:
            rest = parts.get(subj, [])
            # 完成688个，持续整改4个，未完成5个 of 697: the unfinished parts together make up the rest
            whole = same_unit and len(rest) > 1 and all(not x.approximate and _same_count(v, x, t) for x in rest)
            if not (whole and abs(d.value + sum(x.value for x in rest) - t.value) < 1e-9):
                return f"{d.view} + {o.view} ≠ {t.view}"
        # More items done than the report lists: only a count of items (个/项/条/件), never of
        # households or people (37户 is not 37 findings).
        item_unit = d is not None and d.unit.strip() in v.words.item_count_units
        if d and item_unit and subj in v.words.finding_subjects and listed and not d.approximate and d.value > listed and not t:
            return f"{d.view} > {listed}"
    last_subject: str | None = None
    for n in claim.numbers:
        if n.role in ("total", "done", "ongoing"):
            last_subject = _subject(n)
            continue
        if n.role != "rate":
            continue
        named = _subject(n) if _subject(n) in by_subject else last_subject
        slot = by_subject.get(named or "", {})
        t, d = slot.get("total"), slot.get("done")
        if t is None or d is None or t.approximate or d.approximate:
            continue
        if same_unit and not _same_count(v, d, t):
            continue  # 检查1次 of 留言7条: a rate of neither
        if not rate_ok(d.value, t.value, n, tolerance):
            return f"{d.view}/{t.view} ≠ {n.view}"
    return None


def _stated_count(dctx: DocumentContext, listed: int) -> FlagHit | None:
    """The opening says how many items need rectifying (有两项内容需要整改, 反馈了3个问题: rubric pattern
    ``stated_count``, digits or Chinese numerals) and the report lists another number - neither its
    findings nor its area headings."""
    findings = dctx.findings
    if not findings:
        return None
    head_end = min(fc.finding.span.start for fc in findings)
    for m in dctx.c.pat("stated_count").finditer(dctx.text, 0, head_end):
        raw = m.group("n")
        n = int(raw) if raw.isdigit() else cn_to_int(raw)
        if n is None or n in (listed, len(dctx.report.groups)):
            continue
        return hit(CODE, dctx.text, *_sentence_of(dctx.text, m.start(), m.end()), why=f"{m.group(0).strip()} ≠ {listed}")
    return None


def _sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    a = max(text.rfind(ch, 0, start) for ch in "。！？\n") + 1
    ends = [i for i in (text.find(ch, end) for ch in "。！？\n") if i >= 0]
    return a, (min(ends) + 1 if ends else len(text))


def check_document(dctx: DocumentContext) -> list[tuple[int | None, FlagHit]]:
    tol = float(dctx.c.param(CODE, "approximate_tolerance", 2.0))
    listed = len(dctx.findings)
    out: list[tuple[int | None, FlagHit]] = []
    stated = _stated_count(dctx, listed)
    if stated is not None:
        out.append((None, stated))
    named = dctx.c.pat("named_figure")  # a rubric without the pattern names none
    for claim in dctx.report.claims:
        if claim.numbers:
            # 贯彻“15条”措施, 落实中央八项规定: a figure that names a policy counts nothing of the report's
            spans = [m.span() for m in named.finditer(dctx.text, claim.start, claim.end)]
            kept = [n for n in claim.numbers if not any(a <= n.start and n.end <= b for a, b in spans)]
            if len(kept) != len(claim.numbers):
                claim = claim.model_copy(update={"numbers": kept})
        why = _problems(dctx.c.v, claim, listed, tol, bool(dctx.c.param(CODE, "same_unit", False)))
        if why:
            out.append((None, hit(CODE, dctx.text, claim.start, claim.end, why=why)))
    for fc in dctx.findings:
        f = fc.finding
        spans = [(f.finding.start, f.finding.end)] + ([(fc.measure.start, fc.measure.end)] if fc.measure else [])
        for a, b in spans:
            problems = sentence_problems(dctx.c.v, dctx.text, a, b, tol)
            if problems:
                pa, pb, why = problems[0]
                out.append((f.index, hit(CODE, dctx.text, pa, pb, why=why)))
                break
    return out


FLAG = FlagSpec(CODE, order=10, check_document=check_document)
