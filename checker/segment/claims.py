"""Summary claims outside the findings: sentences of aggregate figures
(``对照巡察反馈的10个问题，已整改完成7个，持续整改3个``) kept with their numbers for a later
arithmetic check. Nothing is judged here."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from typing import Literal

from checker.models import Document, NumberMention, SummaryClaim
from checker.text.numerals import cn_to_int
from checker.text.sentences import iter_sentences
from checker.vocabulary import Vocabulary

_CLAUSE_SPLIT_RE = re.compile(r"[，,；;。：:]")


def _clause_bounds(cuts: list[int], start: int, end: int, pos: int) -> tuple[int, int]:
    """The clause around ``pos``; ``cuts`` are the sorted separator offsets of the sentence."""
    i = bisect.bisect_left(cuts, pos)
    return (cuts[i - 1] + 1 if i > 0 else start), (cuts[i] if i < len(cuts) else end)


def _numbers(v: Vocabulary, doc: Document, start: int, end: int) -> list[NumberMention]:
    text, p = doc.view, v.patterns
    out: list[NumberMention] = []
    running = ""
    cuts = [m.start() for m in _CLAUSE_SPLIT_RE.finditer(text, start, end)]
    for m in p.claim_number.finditer(text, start, end):
        num = m.group("num")
        value = float(num) if num[0].isdigit() else float(cn_to_int(num) or 0)
        if not num[0].isdigit() and value <= 1:  # 一项一项, 一个 … are words, not counts
            continue
        unit = m.group("unit").replace("％", "%")
        ca, cb = _clause_bounds(cuts, start, end, m.start())
        before, clause = text[ca : m.start()], text[ca:cb]
        role: Literal["total", "done", "ongoing", "rate", "other"]
        if unit in v.words.rate_units or p.claim_rate.search(clause):
            role = "rate"
        elif p.claim_ongoing.search(clause):
            role = "ongoing"
        elif p.claim_done.search(clause):
            role = "done"
        elif p.claim_total.search(clause):
            role = "total"
        else:
            role = "other"
        after = p.claim_subject_after.match(text, m.end(), cb)
        prior = p.claim_subject_before.search(before)
        explicit = after.group("s") if after else (prior.group("s") if prior else "")
        if role == "rate":
            subject = running or explicit
        else:
            subject = explicit or running
            if explicit:
                running = explicit
        approx = bool(m.group("pre") in v.words.approximate_prefixes or m.group("post") or m.group("post2"))
        out.append(
            NumberMention.cut(
                doc, m.start(), m.end(), value=value, unit=unit, role=role, subject=subject, approximate=approx
            )
        )
    return out


def find_claims(v: Vocabulary, doc: Document, stretches: Iterable[tuple[int, int]]) -> list[SummaryClaim]:
    """Claims in the given stretches of text (the parts outside findings and boilerplate).

    A sentence is a claim when it states a completion count or a rate about rectification;
    consecutive claim sentences of one paragraph form one claim. The view is read."""
    text = doc.view
    claims: list[SummaryClaim] = []
    for start, end in stretches:
        run: list[tuple[int, int, list[NumberMention]]] = []
        for a, b in iter_sentences(text, start, end):
            nums = _numbers(v, doc, a, b)
            is_claim = _is_claim(v, text, a, b, nums)
            contiguous = run and "\n" not in text[run[-1][1] : a]
            if is_claim and (not run or contiguous):
                run.append((a, b, nums))
                continue
            if run:
                claims.append(_claim(doc, run))
                run = []
            if is_claim:
                run.append((a, b, nums))
        if run:
            claims.append(_claim(doc, run))
    return claims


def _is_claim(v: Vocabulary, text: str, a: int, b: int, nums: list[NumberMention]) -> bool:
    """A completion count next to another figure, or a rate, about rectification work."""
    if not nums or not v.patterns.claim_context.search(text, a, b):
        return False
    progress = [n for n in nums if n.role in ("done", "ongoing", "rate")]
    if not progress:
        return False
    return len(nums) >= 2 or progress[0].role == "rate"


def _claim(doc: Document, run: list[tuple[int, int, list[NumberMention]]]) -> SummaryClaim:
    a, b = run[0][0], run[-1][1]
    return SummaryClaim.cut(doc, a, b, numbers=[n for *_, ns in run for n in ns])
