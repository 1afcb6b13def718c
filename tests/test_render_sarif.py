"""SARIF renderer: valid against the SARIF 2.1.0 schema, one result per flag, exact regions.

tests/data/sarif-schema-2.1.0.json is the SARIF 2.1.0 (rtm.5, the final OASIS text) JSON schema,
as shipped in the MIT-licensed npm package @microsoft/jest-sarif (lib/schemas/sarif-2.1.0-rtm.5.json).
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import unquote

import jsonschema
from render_samples import RUBRIC, TEXT, sample_review

from checker.renderers import render

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def _sarif(rubric=RUBRIC, texts: bool = True) -> dict:
    review = sample_review()
    out = render(
        [review], "sarif", lang="zh", rubric=rubric, fail_on="error", texts={review.document.path: TEXT} if texts else None
    )
    return json.loads(out)


def test_validates_against_the_sarif_schema() -> None:
    for log in (_sarif(), _sarif(rubric=None, texts=False)):
        jsonschema.Draft4Validator(SCHEMA).validate(log)
        assert log["version"] == "2.1.0" and len(log["runs"]) == 1


def test_one_result_per_flag_with_levels() -> None:
    run = _sarif()["runs"][0]
    review = sample_review()
    n_flags = sum(len(f.flags) for f in review.findings) + len(review.document_flags)
    assert len(run["results"]) == n_flags == 5
    levels = {r["ruleId"]: r["level"] for r in run["results"]}
    assert levels == {
        "formalism": "error",
        "vague_deadline": "warning",
        "unverifiable_claim": "error",
        "inconsistent_numbers": "error",
        "placeholder": "note",
    }
    rules = run["tool"]["driver"]["rules"]
    assert run["tool"]["driver"]["name"] == "rectcheck"
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    formalism = next(r for r in rules if r["id"] == "formalism")
    assert formalism["shortDescription"]["text"] == "形式主义整改"
    assert formalism["help"]["text"].startswith("以会议落实会议")
    assert formalism["defaultConfiguration"]["level"] == "error"
    deadline = next(r for r in rules if r["id"] == "vague_deadline")
    assert deadline["defaultConfiguration"]["level"] == "warning"  # the rubric's default for any kind


def test_regions_are_one_based_code_point_lines_and_columns() -> None:
    run = _sarif()["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    lines = TEXT.split("\n")
    for result in run["results"]:
        loc = result["locations"][0]["physicalLocation"]
        region = loc["region"]
        start, length = region["charOffset"], region["charLength"]
        assert TEXT[start : start + length] == region["snippet"]["text"]
        line = lines[region["startLine"] - 1]
        col = region["startColumn"] - 1
        assert line[col : region["endColumn"] - 1] == region["snippet"]["text"]  # single-line evidence
        assert unquote(loc["artifactLocation"]["uri"]) == "reports/水务局整改通报.txt"
    deadline = next(r for r in run["results"] if r["ruleId"] == "vague_deadline")
    assert deadline["locations"][0]["physicalLocation"]["region"]["startLine"] == 4


def test_fingerprints_are_stable_across_runs() -> None:
    first = [r["partialFingerprints"] for r in _sarif()["runs"][0]["results"]]
    second = [r["partialFingerprints"] for r in _sarif()["runs"][0]["results"]]
    assert first == second and len({json.dumps(f) for f in first}) == len(first)
