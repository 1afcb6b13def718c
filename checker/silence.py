"""Silencing flags a person has judged: by code (``--select``/``--ignore``) or one by one (the baseline).

A silenced flag leaves ``flags``/``document_flags`` and ``summary.flags`` and is counted in
``summary.silenced`` under its reason, so a published review still says how much was set aside
and why. Scores and verdicts are left as computed: they describe the document, silencing only
changes what is shown and what the gate sees.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from checker.errors import UsageError
from checker.flags import flag_codes
from checker.models import FindingResult, Flag, Review

# Never silenced by code: a document nobody could read must not pass because a code was ignored.
UNSILENCEABLE = frozenset({"unsegmented"})
NOT_SELECTED = "--select"
IGNORED = "--ignore"

# Given a flag and its finding (None for a document flag): the reason to silence it, or None to keep it.
Reason = Callable[[Flag, FindingResult | None], str | None]


def parse_codes(value: str | Iterable[str] | None, option: str, names: dict[str, str] | None = None) -> frozenset[str]:
    """``"formalism,vague_deadline"`` (or a list) as a set of flag codes. ``names`` maps other
    spellings (a flag's Chinese name) to codes; an unknown code is a usage error."""
    if value is None:
        return frozenset()
    items = value.split(",") if isinstance(value, str) else list(value)
    codes: set[str] = set()
    for item in (str(i).strip() for i in items):
        if not item:
            continue
        code = item if item in flag_codes() else (names or {}).get(item.casefold())
        if code is None:
            raise UsageError(f"{option}: unknown flag code '{item}' (known: {', '.join(flag_codes())})")
        codes.add(code)
    return frozenset(codes)


def by_code(select: frozenset[str], ignore: frozenset[str]) -> Reason | None:
    """The reason function for ``--select``/``--ignore``; None when neither is given."""
    if not select and not ignore:
        return None

    def reason(flag: Flag, _finding: FindingResult | None) -> str | None:
        if flag.code in UNSILENCEABLE:
            return None
        if select and flag.code not in select:
            return NOT_SELECTED
        if flag.code in ignore:
            return IGNORED
        return None

    return reason


def silence(review: Review, reason_of: Reason) -> tuple[Review, int]:
    """A copy of ``review`` without the flags ``reason_of`` silences, and how many it silenced."""
    dropped: dict[str, int] = {}
    reasons: dict[str, int] = dict(review.summary.silenced)

    def keep(flags: list[Flag], finding: FindingResult | None) -> list[Flag]:
        kept = []
        for flag in flags:
            why = reason_of(flag, finding)
            if why is None:
                kept.append(flag)
            else:
                dropped[flag.code] = dropped.get(flag.code, 0) + 1
                reasons[why] = reasons.get(why, 0) + 1
        return kept

    findings = [f.model_copy(update={"flags": keep(f.flags, f)}) for f in review.findings]
    document_flags = keep(review.document_flags, None)
    counts = dict(review.summary.flags)
    for code, n in dropped.items():
        left = counts.get(code, 0) - n
        if left > 0:
            counts[code] = left
        else:
            counts.pop(code, None)
    summary = review.summary.model_copy(update={"flags": counts, "silenced": reasons})
    updated = review.model_copy(update={"findings": findings, "document_flags": document_flags, "summary": summary})
    return updated, sum(dropped.values())
