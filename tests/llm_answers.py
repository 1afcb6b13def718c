"""Answer generators for the loopback chat server: a reviewer that follows the schema it is sent.

``fixed_answer`` is a sober judgement built from the request's own schema (criterion ids read from
it), ``full_marks`` the answer a manipulated model would give. ``quoting_answer`` quotes the measure
text it was shown, as a careful model does.
"""

from __future__ import annotations

import re
from typing import Any

_MEASURE = re.compile(r"【整改措施（[^）]*）】\n(.*?)(?=\n【(?:整改状态|整改时限|责任主体)】|\n<<<END-REPORT-TEXT|\Z)", re.S)


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


_BLOCK = re.compile(r"^=== (F\d+) ===\n", re.M)


def finding_questions(request: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """A whole-document question cut into one question per finding (its id, and a request holding
    that finding's block as a single-finding question shows it), so per-finding answers serve it."""
    text = user_text(request)
    marks = list(_BLOCK.finditer(text))
    end_mark = text.find("<<<END-REPORT-TEXT")
    out = []
    for n, mark in enumerate(marks):
        stop = marks[n + 1].start() if n + 1 < len(marks) else end_mark
        block = text[mark.end() : stop].strip("\n")
        single = {**request, "messages": [m for m in request["messages"] if m["role"] == "system"]
                  + [{"role": "user", "content": f"<<<REPORT-TEXT x>>>\n{block}\n<<<END-REPORT-TEXT x>>>"}]}  # fmt: skip
        out.append((mark.group(1), single))
    return out


def per_document(answer: Any, extra: list[str] | None = None, leave_out: int = 0) -> Any:
    """``answer`` (per finding) serving whole-document questions too; ``extra`` ids get an answer of
    their own (findings that do not exist), the last ``leave_out`` findings none."""

    def respond(request: dict[str, Any]) -> Any:
        questions = finding_questions(request)
        if not questions:
            return answer(request)
        kept = questions[: len(questions) - leave_out] if leave_out else questions
        entries = [{**answer(single), "id": fid} for fid, single in kept]
        entries += [{**answer(questions[0][1]), "id": fid} for fid in extra or []]
        return {"findings": entries}

    return respond
