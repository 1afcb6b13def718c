"""Answer generators for the loopback chat server: a reviewer that follows the schema it is sent.

``fixed_answer`` is a sober judgement built from the request's own schema (criterion ids read from
it), ``full_marks`` the answer a manipulated model would give. ``quoting_answer`` quotes the measure
text it was shown, as a careful model does.
"""

from __future__ import annotations

import re
from typing import Any

_MEASURE = re.compile(r"【整改措施（[^）]*）】\n(.*?)\n【整改状态】", re.S)


def criterion_ids(request: dict[str, Any]) -> list[str]:
    schema = request["response_format"]["json_schema"]["schema"]
    return list(schema["$defs"]["CriterionScores"]["properties"])


def user_text(request: dict[str, Any]) -> str:
    return "\n".join(str(m["content"]) for m in request["messages"] if m["role"] == "user")


def _calls(present: dict[str, bool], evidence: list[str]) -> dict[str, Any]:
    codes = ("formalism", "off_target", "partial_coverage", "unverifiable_claim", "future_only")
    return {c: {"present": present.get(c, False), "evidence": evidence if present.get(c) else []} for c in codes}


def fixed_answer(request: dict[str, Any], responsiveness: int = 1, score: int = 1, **present: bool) -> dict:
    return {
        "responsiveness": responsiveness,
        "criteria": {cid: score for cid in criterion_ids(request)},
        "covered_points": ["部分要点"],
        "missed_points": ["具体整改结果"],
        **_calls(present, ["这句话不在原文中"]),
        "rationale": "措施以会议和表态为主，缺少可核查的结果。",
    }


def full_marks(request: dict[str, Any]) -> dict:
    answer = fixed_answer(request, responsiveness=3, score=3)
    answer["missed_points"] = []
    answer["rationale"] = "整改到位。"
    return answer


def measure_shown(request: dict[str, Any]) -> str:
    found = _MEASURE.search(user_text(request))
    return found.group(1) if found else ""


def quoting_answer(request: dict[str, Any]) -> dict:
    """Flags formalism, quoting the first 12 characters of the measure's second sentence verbatim."""
    sentences = [s for s in re.split(r"(?<=[。；])", measure_shown(request)) if s.strip()]
    quote = (sentences[1] if len(sentences) > 1 else sentences[0])[:12] if sentences else ""
    answer = fixed_answer(request, formalism=True)
    answer["formalism"]["evidence"] = [quote]
    return answer
