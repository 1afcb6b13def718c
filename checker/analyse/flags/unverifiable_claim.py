"""unverifiable_claim — completion or effect asserted with nothing checkable.

What it does: finds completion and effect claims (rubric lexicon ``completion_claims``: 已全部整改到位,
取得明显成效, 彻底解决, 杜绝了…现象 …; pattern ``bare_rate``: 整改率100% with no base) and fires when
neither the sentence nor its measure item carries a verifiable marker (number, date, document
number, named document or unit). A claim states that a result was reached: acts reported without a
count (开展专项检查，督促整改) are weak on verifiability but claim nothing, and a claim word that
describes a class of items inside a procedure (对已整改到位的及时予以销号处理: rubric pattern
``claim_in_procedure``) asserts nothing either. A count claimed done in one response shared by several findings (已整改11处) checks none of them.
Also fires on measures pasted under several findings
(纸面销号): the same measure text written again under different problems (one response that
answers several findings at once is not a copy); in a report of work done a shorter line is enough
(param ``min_duplicate_chars_report``).
Why an auditor cares: 销号 needs evidence; a claim a reader cannot check is 纸面整改.
Evidence: the claim's sentence (or the duplicated measure).
"""

from __future__ import annotations

import re

from checker.analyse.context import DocumentContext, FindingContext
from checker.analyse.deadlines import dated
from checker.analyse.markers import HOLLOW_LEXICONS, find_markers
from checker.analyse.scan import Compiled, hit, sentences
from checker.flags import FlagSpec
from checker.models import FlagHit
from checker.text.clauses import clause_cut
from checker.text.regex_shape import context_free

CODE = "unverifiable_claim"


def check(ctx: FindingContext) -> list[FlagHit]:
    c, text = ctx.c, ctx.text
    claims, bare, effects = c.lex("completion_claims"), c.pat("bare_rate"), c.lex("effect_claims")
    if ctx.profiles and context_free(bare):
        # One scan of the items' whole stretch: most measures hold no claim, and a context-free
        # pattern that matches nowhere in a stretch matches in none of its sentences either.
        lo, hi = min(p.start for p in ctx.profiles), max(p.end for p in ctx.profiles)
        if claims.search(text, lo, hi) is None and bare.search(text, lo, hi) is None:
            return _reported_done(ctx) or _shared_count(ctx) or _shared_handled(ctx) or _unmarked_done_list(ctx)
    for p in ctx.profiles:
        item_before_after = any(mk.kind == "before_after" for mk in p.markers)
        for a, b in sentences(text, p.start, p.end):
            found = sorted([*claims.finditer(text, a, b), *bare.finditer(text, a, b)], key=lambda m: m.start())
            for m in found:
                # A claim in the perfective (杜绝了, 有效提升了) is asserted even after an aim word.
                perfective = c.pat("done_aspect").search(m.group(0)) is not None
                if (not perfective and _promised(c, text, a, m.start())) or _in_procedure(c, text, a, m):
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
    return _reported_done(ctx) or _unmarked_done_list(ctx)


def _unmarked_done_list(ctx: FindingContext) -> list[FlagHit]:
    """Measures the document introduces as taken and carried out (我单位已制定并落实以下整改措施：; rubric
    lexicon ``done_lead_ins``) claim that work was done: when the finding's measure then carries no
    marker at all (no count, date, document number, named document or unit), nothing of the claim
    can be checked (param ``done_lead_in_unmarked``). A measure that only promises (计划引进…) claims
    nothing done; it is future_only's."""
    if not ctx.c.param(CODE, "done_lead_in_unmarked", False) or not ctx.reported_done or not ctx.profiles:
        return []
    if any(p.markers for p in ctx.profiles):
        return []
    if all(p.future and not p.done for p in ctx.profiles):
        return []
    m = ctx.measure
    assert m is not None
    sents = sentences(ctx.text, m.start, m.end)
    a, b = sents[0] if sents else (m.start, m.end)
    return [hit(CODE, ctx.text, a, b, claim=ctx.done_lead_in)]


def _shared_count(ctx: FindingContext) -> list[FlagHit]:
    """One response under several findings that claims a count done (截至目前，已整改11处): the count
    does not say which finding was fixed, so none of them can be checked by it (rubric pattern
    ``shared_count_claim``)."""
    if ctx.measure is None or not ctx.shared_measure:
        return []
    return _claim_in_measure(ctx, "shared_count_claim")


def _shared_handled(ctx: FindingContext) -> list[FlagHit]:
    """One response under a whole list of findings that reports the fixing handled (针对发现的问题，已安排
    物业公司第一时间整改) and gives no result for any of them: the unit it names is the doer, which
    checks none of the items (param ``shared_handled_min``: how many findings make a list; rubric
    pattern ``handled_claim``). Any other marker (a count, a date) is left to the other readings."""
    least = int(ctx.c.param(CODE, "shared_handled_min", 0))
    if not least or ctx.measure is None or ctx.shared_by < least or ctx.kind not in ("progress_report", "unknown"):
        return []
    if any(mk.kind != "named_unit" for p in ctx.profiles for mk in p.markers):
        return []
    m = ctx.measure
    if ctx.c.param(CODE, "shared_handled_undated", False) and m is not None and dated(ctx.c, ctx.text, m.start, m.end):
        return []  # 已责令…立即整改，限三日内整改完毕: an order with its time limit can be checked by that date
    return _claim_in_measure(ctx, "handled_claim")


def _claim_in_measure(ctx: FindingContext, pattern: str) -> list[FlagHit]:
    """The flag on the first match of the rubric pattern ``pattern`` in the finding's measure."""
    m = ctx.measure
    claim = ctx.c.pat(pattern).search(ctx.text, m.start, m.end) if m is not None else None
    if claim is None:
        return []
    return [hit(CODE, ctx.text, claim.start(), claim.end(), claim=claim.group(0))]


def _reported_done(ctx: FindingContext) -> list[FlagHit]:
    """A progress item (or, under param ``reported_done_any_kind``, a work report's) that reports itself done
    (已整改, 年报已发布, …了) without a single marker in its whole measure, where the sentence says what was
    reached rather than which act was carried out: an act in the perfective (进行了约谈提醒, 已开展自查,
    召开了专题会议) reports work, it claims no result."""
    kinds = ["progress_report", "unknown"]
    if ctx.c.param(CODE, "reported_done_any_kind", False):
        # a measure that says it is done (已及时更新) reports work done whatever the document is called
        kinds.append("work_report")
    if ctx.kind not in kinds or any(p.strong for p in ctx.profiles):
        return []
    acts = [ctx.c.lex(name) for name in ("report_verbs", "action_verbs", *HOLLOW_LEXICONS)]
    # 预计在本月25日前整改完毕: a completion foreseen, not reported (a promise is future_only's)
    skip_promised = bool(ctx.c.param(CODE, "done_after_aim_is_promise", False))
    for p in ctx.profiles:
        for da, _ in p.done:
            for a, b in sentences(ctx.text, p.start, p.end):
                if skip_promised and a <= da < b and _promised(ctx.c, ctx.text, a, da):
                    continue
                if a <= da < b and not any(rx.search(ctx.text, a, b) for rx in acts):
                    return [hit(CODE, ctx.text, a, b, claim=clause_cut(ctx.text[a:b], 30))]
    return []


def _in_procedure(c: Compiled, text: str, sent_start: int, m: re.Match[str]) -> bool:
    """Does the claim word describe the items a procedure handles (对已整改到位的…销号) rather than
    assert a result? The rubric's ``claim_in_procedure`` pattern is tried on the clause around it."""
    rx = c.pat("claim_in_procedure")
    clause = max(text.rfind(ch, sent_start, m.start()) for ch in "，,、") + 1
    clause = max(clause, sent_start)
    return rx.match(text[clause : m.end() + 2]) is not None


def _promised(c: Compiled, text: str, sent_start: int, claim_start: int) -> bool:
    """Is the claim an aim (力争…明显提升, 确保…彻底解决, 下一步将…) or a requirement (限其三日内整改完毕)?
    An aim, promise or requirement before it in the sentence, with no completion (已, …了) between the
    two, makes it a promise, not a completion claim."""
    aims = [m.end() for m in c.lex("aim_markers").finditer(text, sent_start, claim_start)]
    aims += [m.end() for m in c.lex("future_markers").finditer(text, sent_start, claim_start)]
    # 责令…限其三日内整改完毕: what is required of the unit, not what it reached
    required = list(c.lex("requirement_markers").finditer(text, sent_start, claim_start))
    if c.param(CODE, "requirement_scope", False):
        required = [m for m in required if _still_required(c, text, m, claim_start)]
    aims += [m.end() for m in required]
    if not aims:
        return False
    last = max(aims)
    done = c.lex("done_markers").search(text, last, claim_start) or c.pat("done_aspect").search(text, last, claim_start)
    return done is None


_CLAUSE_BREAK = re.compile(r"[，,；;]")


def _still_required(c: Compiled, text: str, req: re.Match[str], claim_start: int) -> bool:
    """Does a requirement (督促, 要求 …) still govern the claim after it? Not past a word of the present
    (县教育局督促学校加强管理，目前均已整改完成: rubric lexicon ``present_markers``), which turns to
    what was reached; nor, in the claim's own clause, when the requirement is itself reported done
    (并已督促各执法人员整改完毕: urged, and the result claimed). 已责令…立即整改，限三日内整改完毕 stays
    a requirement: its claim stands in a later clause."""
    if c.lex("present_markers").search(text, req.end(), claim_start):
        return False
    if _CLAUSE_BREAK.search(text, req.end(), claim_start):
        return True
    before = text[max(0, req.start() - 2) : req.start()]
    return not any(before.endswith(w) for w in c.words("done_markers"))


def check_document(dctx: DocumentContext) -> list[tuple[int | None, FlagHit]]:
    """The same measure text under different findings: flag each copy."""
    min_len = int(dctx.c.param(CODE, "min_duplicate_chars", 30))
    # a report of work done says what was done for each item: a shorter line of substance repeated
    # item after item (提高收运频次，调整合理收运时间 under six estates) is already a pasted one
    if dctx.report.kind in ("progress_report", "unknown"):
        min_len = min(min_len, int(dctx.c.param(CODE, "min_duplicate_chars_report", min_len)))
    seen: dict[str, list[FindingContext]] = {}
    for fc in dctx.findings:
        m = fc.measure
        if m is None:
            continue
        key = dctx.c.v.patterns.claim_noise.sub("", m.view)
        if len(key) >= min_len:
            seen.setdefault(key, []).append(fc)
    out: list[tuple[int | None, FlagHit]] = []
    for copies in seen.values():
        if len({fc.measure.start for fc in copies if fc.measure is not None}) < 2:
            continue  # one response answering several findings is one text, not a pasted one
        others = [f"F{fc.finding.index}" for fc in copies]
        for fc in copies:
            m = fc.measure
            assert m is not None
            copy = hit(CODE, fc.text, m.start, m.end, findings=others)
            # the message quotes the pasted text itself, as it quotes a claim
            copy.detail["claim"] = clause_cut(copy.evidence, 30)
            out.append((fc.finding.index, copy))
    return out


FLAG = FlagSpec(CODE, order=7, check=check, check_document=check_document, judged=4)
