"""JUnit renderer: parses as XML, a testcase per finding, failures follow --fail-on."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from render_samples import RUBRIC, TEXT, sample_review

from checker.renderers import render


def _suite(fail_on: str, review=None):
    review = review or sample_review()
    out = render([review], "junit", lang="zh", rubric=RUBRIC, fail_on=fail_on, texts={review.document.path: TEXT})
    root = ET.fromstring(out.encode("utf-8"))
    return root, review


def test_one_testcase_per_finding_plus_document() -> None:
    root, review = _suite("error")
    suites = root.findall("testsuite")
    assert len(suites) == 1 and suites[0].get("name") == review.document.path
    cases = suites[0].findall("testcase")
    names = [c.get("name") for c in cases]
    assert names[: len(review.findings)] == [f"{f.id} {f.title}" for f in review.findings]
    assert names[len(review.findings) :] == ["document"]
    assert all(c.get("classname") == review.document.path for c in cases)
    assert suites[0].get("tests") == str(len(cases))


def test_failures_follow_fail_on() -> None:
    def failing(fail_on: str) -> dict[str, str]:
        root, _ = _suite(fail_on)
        return {
            c.get("name", "").split(" ")[0]: c.find("failure").get("message", "")
            for c in root.iter("testcase")
            if c.find("failure") is not None
        }

    assert failing("error") == {
        "F1": "formalism (error)",
        "F2": "unverifiable_claim (error)",
        "document": "inconsistent_numbers (error)",
    }
    assert failing("warning")["F1"] == "formalism (error), vague_deadline (warning)"
    assert failing("never") == {}


def test_details_carry_evidence_and_control_characters_are_dropped() -> None:
    review = sample_review()
    review.findings[0].title = "项目资金\x01管理不规范"
    root, _ = _suite("error", review)
    out = root.find("testsuite/testcase/system-out").text
    assert "«长期坚持»" in out
    assert root.find("testsuite/testcase").get("name") == "F1 项目资金管理不规范"
