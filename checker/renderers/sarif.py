"""SARIF 2.1.0 for code-scanning dashboards: one run, a rule per flag code, a result per flag.

Regions give 1-based lines and columns counted in Unicode code points (the run declares
``columnKind: unicodeCodePoints``; ``endColumn`` is one past the last character), plus
``charOffset``/``charLength`` — the same offsets as the JSON output.
"""

from __future__ import annotations

import bisect
import json
import os
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import quote

from checker import __version__ as VERSION
from checker.baseline import fingerprint
from checker.flags import flag_codes
from checker.models import Flag, Review
from checker.renderers.common import all_flags, labelled, one_line
from checker.renderers.rubric_view import flag_info, rubric_codes, rubric_ref

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}


class LineIndex:
    """Offset → (line, column), both 1-based, for one document text."""

    def __init__(self, text: str) -> None:
        self.starts = [0]
        for i, ch in enumerate(text):
            if ch == "\n":
                self.starts.append(i + 1)

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1


def artifact_uri(path: str) -> str:
    """The path as given, relative where possible, as a URI reference (non-ASCII percent-encoded)."""
    p = Path(path)
    if p.is_absolute():
        try:
            p = Path(os.path.relpath(p))
        except ValueError:  # another drive on Windows
            return p.as_uri()
        if p.parts and p.parts[0] == "..":
            return Path(path).as_uri()
    return quote(PurePosixPath(*p.parts).as_posix() if p.parts else path, safe="/")


def _rules(reviews: list[Review], lang: str, rubric: Any) -> list[dict[str, Any]]:
    used: dict[str, str] = {}
    for review in reviews:
        for _, flag in all_flags(review):
            used.setdefault(flag.code, flag.severity)
    codes = rubric_codes(rubric) or [c for c in flag_codes() if c in used]
    codes += [c for c in used if c not in codes]
    rules = []
    for code in codes:
        info = flag_info(rubric, code, lang)
        severity = info.severity or used.get(code, "warning")
        rule: dict[str, Any] = {
            "id": code,
            "name": code,
            "shortDescription": {"text": one_line(info.title)},
            # A rule switched off by default ("off") still describes flags other document kinds raise.
            "defaultConfiguration": {"level": {**LEVEL, "off": "none"}.get(severity, "warning")},
            "properties": {"tags": ["rectification"]},
        }
        if info.rationale:
            rule["fullDescription"] = {"text": one_line(info.rationale)}
            rule["help"] = {"text": info.rationale}
        rules.append(rule)
    return rules


def _region(flag: Flag, index: LineIndex | None) -> dict[str, Any]:
    region: dict[str, Any] = {"charOffset": flag.start, "charLength": flag.end - flag.start}
    if index is not None:
        start_line, start_col = index.position(flag.start)
        end_line, end_col = index.position(flag.end)
        region.update(startLine=start_line, startColumn=start_col, endLine=end_line, endColumn=end_col)
    if flag.evidence:
        region["snippet"] = {"text": flag.evidence}
    return region


def render_sarif(
    reviews: list[Review], *, lang: str, rubric: Any, texts: dict[str, str] | None = None
) -> str:
    texts = texts or {}
    rules = _rules(reviews, lang, rubric)
    rule_index = {r["id"]: i for i, r in enumerate(rules)}
    results: list[dict[str, Any]] = []
    artifacts: list[dict[str, Any]] = []
    for review in reviews:
        uri = artifact_uri(review.document.path)
        artifact_index = len(artifacts)
        artifacts.append({"location": {"uri": uri}})
        text = texts.get(review.document.path)
        index = LineIndex(text) if text is not None else None
        for finding, flag in all_flags(review):
            location: dict[str, Any] = {
                "physicalLocation": {
                    "artifactLocation": {"uri": uri, "index": artifact_index},
                    "region": _region(flag, index),
                }
            }
            if finding is not None:
                location["logicalLocations"] = [{"name": finding.id, "kind": "member"}]
            where = f"{finding.id} " if finding is not None else ""
            ask = f" {labelled(lang, 'follow_up')}{flag.follow_up}" if flag.follow_up else ""
            results.append(
                {
                    "ruleId": flag.code,
                    "ruleIndex": rule_index[flag.code],
                    "level": LEVEL[flag.severity],
                    "message": {"text": f"{where}{one_line(flag.message)}{ask}"},
                    "locations": [location],
                    "partialFingerprints": {
                        "rectcheck/v1": fingerprint(review.document.path, flag, finding)
                    },
                    "properties": {
                        "finding": finding.id if finding is not None else None,
                        "findingTitle": finding.title if finding is not None else None,
                        "origin": flag.origin,
                        "followUp": flag.follow_up,
                    },
                }
            )
    ref = rubric_ref(rubric, reviews[0] if reviews else None)
    log = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "rectcheck",
                        "version": VERSION,
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "artifacts": artifacts,
                "results": results,
                "properties": {"rubric": ref, "backend": reviews[0].backend if reviews else None},
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
