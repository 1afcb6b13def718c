"""JUnit XML for CI test dashboards: a testsuite per document, a testcase per finding.

A finding fails when it carries a flag at or above ``--fail-on``. Document flags (about the
whole text) get one extra testcase named ``document`` when there are any.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

from checker.gate import flag_trips
from checker.models import FindingResult, Flag, Review
from checker.renderers.common import in_context, labelled, one_line, score_text, truncate, worst_severity
from checker.renderers.rubric_view import flag_info, rubric_ref

# Characters XML 1.0 forbids (PDF text can carry form feeds and the like).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _details(flags: list[Flag], finding: FindingResult | None, doc_text: str | None, lang: str, rubric: Any) -> str:
    lines = []
    if finding is not None:
        lines += [
            f"{finding.id} {one_line(finding.title)}",
            f"score {finding.score:.1f}, verdict {finding.verdict}, responsiveness {finding.responsiveness}/3",
        ]
    for flag in flags:
        info = flag_info(rubric, flag.code, lang, flag.message)
        ctx = in_context(flag, doc_text, finding, width=12)
        lines.append(f"[{flag.severity}] {flag.code} {info.title if info.title != flag.code else ''}".rstrip())
        lines.append(f"  {one_line(flag.message)}")
        if ctx.evidence:
            lines.append(f"  evidence: …{ctx.before}«{ctx.evidence}»{ctx.after}… (chars {flag.start}-{flag.end})")
        if flag.follow_up:
            lines.append(f"  {labelled(lang, 'follow_up')}{flag.follow_up}")
    return "\n".join(lines) + "\n"


def _case(
    suite: ET.Element, classname: str, name: str, flags: list[Flag], finding: FindingResult | None,
    doc_text: str | None, lang: str, rubric: Any, fail_on: str,
) -> bool:
    case = ET.SubElement(suite, "testcase", classname=classname, name=name, time="0")
    tripping = [f for f in flags if flag_trips(f, fail_on)]
    if tripping:
        failure = ET.SubElement(
            case,
            "failure",
            message=", ".join(f"{f.code} ({f.severity})" for f in tripping),
            type=f"rectcheck.{worst_severity(tripping)}",
        )
        failure.text = _details(tripping, finding, doc_text, lang, rubric)
    out = ET.SubElement(case, "system-out")
    out.text = _details(flags, finding, doc_text, lang, rubric)
    return bool(tripping)


def render_junit(
    reviews: list[Review], *, lang: str, rubric: Any, fail_on: str, texts: dict[str, str] | None = None
) -> str:
    texts = texts or {}
    root = ET.Element("testsuites", name="rectcheck")
    total_tests = total_failures = 0
    for review in reviews:
        doc_path = review.document.path
        doc_text = texts.get(doc_path)
        suite = ET.SubElement(root, "testsuite", name=doc_path)
        props = ET.SubElement(suite, "properties")
        for key, value in (
            ("rubric", rubric_ref(rubric, review)),
            ("backend", review.backend),
            ("score", score_text(review.summary.score)),
            ("verdict", review.summary.verdict),
            ("fail-on", fail_on),
        ):
            ET.SubElement(props, "property", name=key, value=value)
        tests = failures = 0
        for f in review.findings:
            tests += 1
            failures += _case(
                suite, doc_path, f"{f.id} {truncate(f.title, 60)}", f.flags, f, doc_text, lang, rubric, fail_on
            )
        if review.document_flags:
            tests += 1
            failures += _case(
                suite, doc_path, "document", review.document_flags, None, doc_text, lang, rubric, fail_on
            )
        suite.set("tests", str(tests))
        suite.set("failures", str(failures))
        suite.set("errors", "0")
        suite.set("skipped", "0")
        suite.set("time", "0")
        total_tests += tests
        total_failures += failures
    root.set("tests", str(total_tests))
    root.set("failures", str(total_failures))
    root.set("errors", "0")
    ET.indent(root)
    body = _NOT_XML.sub("", ET.tostring(root, encoding="unicode"))
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
