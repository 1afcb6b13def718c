"""The one place renderers read rubric metadata, so a change in the rubric schema touches one file.

Renderers treat the rubric as optional: without one (or for a code the rubric does not define)
a flag's title falls back to its code and its explanation to the flag's own message.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from checker.models import Review


@dataclass(frozen=True)
class FlagInfo:
    """What a report shows about a flag code, in one language."""

    code: str
    title: str
    rationale: str
    severity: str | None  # the rubric's default severity, when it states one


def _localised(value: Any, lang: str) -> str:
    """A rubric text may be a plain string or a {zh, en} object; prefer ``lang``, then the other."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return str(value.get(lang) or value.get("zh") or value.get("en") or "")
    for key in (lang, "zh", "en"):
        text = getattr(value, key, None)
        if text:
            return str(text)
    return ""


def _rule(rubric: Any, code: str) -> Any:
    flags = getattr(rubric, "flags", None) if rubric is not None else None
    if flags is None:
        return None
    if isinstance(flags, dict):
        return flags.get(code)
    return getattr(flags, code, None)


_PARAM = re.compile(r"params\.([A-Za-z_][A-Za-z0-9_]*)")


def with_params(text: str, params: Mapping[str, Any] | None) -> str:
    """``text`` with each ``params.NAME`` it names replaced by that parameter's value (至少要有
    params.min_chars 个字 → 至少要有 16 个字); a list, a table or a name the rule does not have stays
    as written."""
    values = params or {}

    def value(m: re.Match[str]) -> str:
        v = values.get(m.group(1))
        if isinstance(v, bool) or not isinstance(v, (int, float, str)):
            return m.group(0)
        return f"{v:g}" if isinstance(v, float) else str(v)

    return _PARAM.sub(value, text)


def flag_info(rubric: Any, code: str, lang: str, fallback_message: str = "") -> FlagInfo:
    """Title, rationale (its parameters' values in place of their names) and default severity of
    ``code``; falls back to the code and message."""
    rule = _rule(rubric, code)
    if rule is None:
        return FlagInfo(code=code, title=code, rationale=fallback_message, severity=None)
    title = _localised(getattr(rule, "title", None), lang) or code
    rationale = with_params(_localised(getattr(rule, "rationale", None), lang), getattr(rule, "params", None))
    rationale = rationale or fallback_message
    severity = getattr(rule, "severity", None)
    if severity is not None and not isinstance(severity, str):
        # A per-document-kind mapping: take its default entry when there is one.
        severity = getattr(severity, "default", None) or (
            severity.get("default") if isinstance(severity, dict) else None
        )
    return FlagInfo(code=code, title=title, rationale=rationale, severity=severity)


def rubric_codes(rubric: Any) -> list[str]:
    """The flag codes the rubric defines, in its own order (empty without a rubric)."""
    flags = getattr(rubric, "flags", None) if rubric is not None else None
    if isinstance(flags, dict):
        return [str(code) for code in flags]
    return []


def rubric_ref(rubric: Any, review: Review | None = None) -> str:
    """``id@version`` of the rubric; falls back to the reference recorded in the review."""
    ref = getattr(rubric, "ref", None) if rubric is not None else None
    if ref:
        return str(ref)
    if review is not None:
        return f"{review.rubric.id}@{review.rubric.version}"
    return ""


def rubric_title(rubric: Any, lang: str) -> str:
    return _localised(getattr(rubric, "title", None), lang) if rubric is not None else ""
