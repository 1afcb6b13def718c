"""One composed report per layout family seen in the field (eval/families): the reader must find
every finding, with its problem text and its measure text where the labels put them.

The families: a problem list inside one paragraph; problems and fixes in two sections under varied
headings; a fix section that re-quotes the problems in another order; labels inside a paragraph;
audit-report nesting with 对…问题 sub-items; task blocks with a target; text from mirror sites
(traditional characters, ASCII punctuation, chunk markers, cut off); tables flattened into text;
headings and pairing off the usual words; the document kind named loosely.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from checker.models import Report
from checker.pipeline import parse_path

FAMILIES = Path(__file__).resolve().parents[1] / "eval" / "families"
RECORDS = sorted(FAMILIES.glob("*.yaml"))


def _load(path: Path) -> tuple[dict, Report]:
    record = yaml.safe_load(path.read_text(encoding="utf-8"))
    return record, parse_path(FAMILIES.parent / record["path"])


def test_every_family_has_a_document() -> None:
    families = {yaml.safe_load(p.read_text(encoding="utf-8"))["tags"][0] for p in RECORDS}
    assert len(families) == 10


@pytest.mark.parametrize("path", RECORDS, ids=[p.stem for p in RECORDS])
def test_family_document_reads_right(path: Path) -> None:
    record, report = _load(path)
    assert len(report.findings) == record["findings_expected"], [f.title for f in report.findings]
    assert report.kind == record["kind"]
    for label, finding in zip(record["findings"], report.findings, strict=True):
        where = f"F{label['index']}"
        assert label["problem_phrase"] in finding.finding_text, (where, finding.finding_text)
        measure = finding.measure.text if finding.measure is not None else ""
        if label.get("measure_phrase"):
            assert label["measure_phrase"] in measure, (where, measure)
            assert label["problem_phrase"] not in measure, (where, "the problem leaked into the measure")
        elif "no_measure" in label["flags"]:
            assert not measure.strip(), (where, measure)
        if label.get("target_phrase"):
            assert finding.target is not None and label["target_phrase"] in finding.target.text, where
            assert label["target_phrase"] not in measure, (where, "the target is not a measure")
    for span in [*(f.span for f in report.findings), *(f.finding for f in report.findings)]:
        assert report.text[span.start : span.end] == span.text


def test_traditional_text_keeps_its_own_characters() -> None:
    """Read through the folded view, but every span is cut from the text as given."""
    _record, report = _load(FAMILIES / "fam-f07.yaml")
    assert any(ch in report.text for ch in "問題")
    assert all(f.finding.text == report.text[f.finding.start : f.finding.end] for f in report.findings)
    assert any("問" in f.finding.text or "題" in f.finding.text or "關" in f.finding.text for f in report.findings)


def test_unpaired_problems_are_listed() -> None:
    record, report = _load(FAMILIES / "fam-f02.yaml")
    seg = report.segmentation
    assert seg.layout == "problems_then_fixes" and seg.confidence >= 0.5
    no_measure = [lab["problem_phrase"] for lab in record["findings"] if "no_measure" in lab["flags"]]
    assert no_measure and all(any(p in s.text for s in seg.unpaired_problems) for p in no_measure)
