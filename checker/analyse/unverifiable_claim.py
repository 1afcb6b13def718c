"""unverifiable_claim — completion or effect asserted with nothing checkable.

What it does: finds completion and effect claims (rubric lexicon ``completion_claims``: 已全部整改到位,
取得明显成效, 彻底解决, 杜绝了…现象 …; pattern ``bare_rate``: 整改率100% with no base) and fires when
neither the sentence nor its measure item carries a verifiable marker (number, date, document
number, named document or unit); and, in a progress report, when an item reports work done
(已…, …了) while its whole measure carries no marker at all. Also fires on measures pasted under several findings
(纸面销号): the same measure text answering different problems.
Why an auditor cares: 销号 needs evidence; a claim a reader cannot check is 纸面整改.
Evidence: the claim's sentence (or the duplicated measure).
"""

from __future__ import annotations

import re

from checker.analyse.context import Compiled, DocumentContext, FindingContext, hit, sentences
from checker.analyse.markers import find_markers
from checker.models import FlagHit

CODE = "unverifiable_claim"
_NORM = re.compile(r"[\s\u3000,，。;；:：、一二三四五六七八九十是()（）\d.]+")


def check(ctx: FindingContext) -> list[FlagHit]:
    c, text = ctx.c, ctx.text
    claims, bare, effects = c.lex("completion_claims"), c.pat("bare_rate"), c.lex("effect_claims")
    for p in ctx.profiles:
        item_before_after = any(mk.kind == "before_after" for mk in p.markers)
        for a, b in sentences(text, p.start, p.end):
            found = sorted([*claims.finditer(text, a, b), *bare.finditer(text, a, b)], key=lambda m: m.start())
            for m in found:
                if _promised(c, text, a, m.start()):
                    continue
                if find_markers(c, text, a, b):
                    break
                # A completion claim is backed by the item's evidence; an effect claim (明显提升,
                # 行之有效) only by evidence of the effect: its own sentence's figures or a before/after.
                effect = effects.fullmatch(m.group(0)) is not None
                backed = m.re is not bare and (item_before_after if effect else p.strong)
                if not backed:
                    return [hit(CODE, text, a, b, claim=m.group(0))]
                break
    return _unbacked_report(ctx)


def _promised(c: Compiled, text: str, sent_start: int, claim_start: int) -> bool:
    """Is the claim an aim (力争…明显提升, 确保…彻底解决, 下一步将…)? An aim or promise before it in the
    sentence, with no completion (已, …了) between the two, makes it a promise, not a completion claim."""
    aims = [m.end() for m in c.lex("aim_markers").finditer(text, sent_start, claim_start)]
    aims += [m.end() for m in c.lex("future_markers").finditer(text, sent_start, claim_start)]
    if not aims:
        return False
    last = max(aims)
    done = c.lex("done_markers").search(text, last, claim_start) or c.pat("done_aspect").search(text, last, claim_start)
    return done is None


def _unbacked_report(ctx: FindingContext) -> list[FlagHit]:
    """A progress item that reports work done (已…, …了) without a single marker in its whole measure."""
    if ctx.kind not in ("progress_report", "unknown") or any(p.strong for p in ctx.profiles):
        return []
    reported = ctx.c.lex("report_verbs")
    for p in ctx.profiles:
        if not p.done and not p.future and not p.hollow:
            # Acts reported as done without 已/了 (开展专项检查，督促整改): the same claim of work done.
            r = reported.search(ctx.text, p.start, p.end)
            if r is not None or p.acts:
                da = r.start() if r is not None else p.acts[0][0]
                for a, b in sentences(ctx.text, p.start, p.end):
                    if a <= da < b:
                        return [hit(CODE, ctx.text, a, b, claim=ctx.text[a:b][:30])]
        if p.done:
            da, _ = p.done[0]
            for a, b in sentences(ctx.text, p.start, p.end):
                if a <= da < b:
                    return [hit(CODE, ctx.text, a, b, claim=ctx.text[a:b][:30])]
    return []


def check_document(dctx: DocumentContext) -> list[tuple[int | None, FlagHit]]:
    """The same measure text under different findings: flag each copy."""
    min_len = int(dctx.c.param(CODE, "min_duplicate_chars", 30))
    seen: dict[str, list[FindingContext]] = {}
    for fc in dctx.findings:
        m = fc.measure
        if m is None:
            continue
        key = _NORM.sub("", m.text)
        if len(key) >= min_len:
            seen.setdefault(key, []).append(fc)
    out: list[tuple[int | None, FlagHit]] = []
    for copies in seen.values():
        if len(copies) < 2:
            continue
        others = "、".join(f"F{fc.finding.index}" for fc in copies)
        for fc in copies:
            m = fc.measure
            assert m is not None
            out.append((fc.finding.index, hit(CODE, fc.text, m.start, m.end, claim="duplicate", findings=others)))
    return out
