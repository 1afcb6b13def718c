"""Summary claims outside the findings: sentences of aggregate figures
(``对照巡察反馈的10个问题，已整改完成7个，持续整改3个``) kept with their numbers for a later
arithmetic check. Nothing is judged here."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from checker.models import Document, NumberMention, SummaryClaim
from checker.text.numerals import cn_to_int
from checker.text.patterns import compile_pattern
from checker.text.sentences import iter_sentences

_NUM_RE = compile_pattern(
    r"(?P<pre>近|约|超过|超|逾|达)?"
    r"(?P<num>\d+(?:\.\d+)?|[一二三四五六七八九十两百]+(?=余?[个条件项人家名次处笔份户批场期所类起]))"
    r"(?P<post>余|多)?"
    r"(?P<unit>%|％|个百分点|个|条|件|项|人次|人|家|名|次|处|笔|份|户|万元|亿元|元|批|场|期|所|类|起)"
    r"(?P<post2>以上|余|多)?"
)
_CLAUSE_SPLIT_RE = compile_pattern(r"[，,；;。：:]")
_RATE_RE = compile_pattern(r"率")
_ONGOING_RE = compile_pattern(r"持续整改|正在整改|整改中|未完成|尚未|未整改|阶段性|推进中|长期坚持|正在推进")
_DONE_RE = compile_pattern(r"已|完成|办结|到位|销号|完毕|落实|解决")
_TOTAL_RE = compile_pattern(r"反馈|对照|共|交办|制定|梳理|涉及|总计|合计|排查|认领|查摆|发现|移交|收到|受理")
_CLAIM_CONTEXT_RE = compile_pattern(r"整改|办结|销号|完成|落实|到位")
_SUBJECTS = (
    "交办问题", "问题线索", "反馈问题", "整改措施", "整改任务", "整改事项", "具体问题", "信访件",
    "意见建议", "问题", "措施", "任务", "事项", "线索", "案件", "建议", "项目", "制度",
)
_SUBJECT_AFTER_RE = compile_pattern(r"(?:的)?(?P<s>" + "|".join(_SUBJECTS) + ")")
_SUBJECT_BEFORE_RE = compile_pattern(r"(?P<s>" + "|".join(_SUBJECTS) + r")[的]?$")


def _clause_bounds(cuts: list[int], start: int, end: int, pos: int) -> tuple[int, int]:
    """The clause around ``pos``; ``cuts`` are the sorted separator offsets of the sentence."""
    i = bisect.bisect_left(cuts, pos)
    return (cuts[i - 1] + 1 if i > 0 else start), (cuts[i] if i < len(cuts) else end)


def _numbers(doc: Document, start: int, end: int) -> list[NumberMention]:
    text = doc.view
    out: list[NumberMention] = []
    running = ""
    cuts = [m.start() for m in _CLAUSE_SPLIT_RE.finditer(text, start, end)]
    for m in _NUM_RE.finditer(text, start, end):
        num = m.group("num")
        value = float(num) if num[0].isdigit() else float(cn_to_int(num) or 0)
        if not num[0].isdigit() and value <= 1:  # 一项一项, 一个 … are words, not counts
            continue
        unit = m.group("unit").replace("％", "%")
        ca, cb = _clause_bounds(cuts, start, end, m.start())
        before, clause = text[ca : m.start()], text[ca:cb]
        if unit in ("%", "个百分点") or _RATE_RE.search(clause):
            role = "rate"
        elif _ONGOING_RE.search(clause):
            role = "ongoing"
        elif _DONE_RE.search(clause):
            role = "done"
        elif _TOTAL_RE.search(clause):
            role = "total"
        else:
            role = "other"
        after = _SUBJECT_AFTER_RE.match(text, m.end(), cb)
        prior = _SUBJECT_BEFORE_RE.search(before)
        explicit = after.group("s") if after else (prior.group("s") if prior else "")
        if role == "rate":
            subject = running or explicit
        else:
            subject = explicit or running
            if explicit:
                running = explicit
        approx = bool(m.group("pre") in ("近", "约", "超过", "超", "逾") or m.group("post") or m.group("post2"))
        out.append(
            NumberMention.cut(
                doc, m.start(), m.end(), value=value, unit=unit, role=role, subject=subject, approximate=approx
            )
        )
    return out


def find_claims(doc: Document, stretches: Iterable[tuple[int, int]]) -> list[SummaryClaim]:
    """Claims in the given stretches of text (the parts outside findings and boilerplate).

    A sentence is a claim when it states a completion count or a rate about rectification;
    consecutive claim sentences of one paragraph form one claim. The view is read."""
    text = doc.view
    claims: list[SummaryClaim] = []
    for start, end in stretches:
        run: list[tuple[int, int, list[NumberMention]]] = []
        for a, b in iter_sentences(text, start, end):
            nums = _numbers(doc, a, b)
            is_claim = _is_claim(text, a, b, nums)
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


def _is_claim(text: str, a: int, b: int, nums: list[NumberMention]) -> bool:
    """A completion count next to another figure, or a rate, about rectification work."""
    if not nums or not _CLAIM_CONTEXT_RE.search(text, a, b):
        return False
    progress = [n for n in nums if n.role in ("done", "ongoing", "rate")]
    if not progress:
        return False
    return len(nums) >= 2 or progress[0].role == "rate"


def _claim(doc: Document, run: list[tuple[int, int, list[NumberMention]]]) -> SummaryClaim:
    a, b = run[0][0], run[-1][1]
    return SummaryClaim.cut(doc, a, b, numbers=[n for *_, ns in run for n in ns])  # type: ignore[no-any-return]
