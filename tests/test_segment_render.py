"""``rectcheck parse`` output: the structure tree and the JSON model, on a seed and the sample."""

from __future__ import annotations

import json
from pathlib import Path

from segment_support import seed_text, segment_text

from checker.renderers.structure import render_structure

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "sample_report.txt"


def test_text_tree_shows_fields_and_blank_values():
    out = render_structure(segment_text(seed_text("002")), "text")
    assert "kind: plan   layout: labeled" in out
    assert "F8 " in out and "F9 " not in out
    assert "责任领导: (blank)" in out and "deadline: 即知即改并长期坚持" in out
    assert "metadata: 时间:2022-11-19 09:08:27" in out


def test_json_is_the_report_model_without_text():
    report = segment_text(seed_text("003"))
    data = json.loads(render_structure(report, "json"))
    assert "text" not in data
    assert data["kind"] == "progress_report" and len(data["findings"]) == 10
    rate = data["claims"][0]["numbers"][5]
    assert (rate["text"], rate["role"], rate["subject"]) == ("86%", "rate", "整改措施")


def test_bundled_sample_segments_into_six_findings_and_a_claim():
    report = segment_text(SAMPLE.read_text(encoding="utf-8"))
    assert report.kind == "progress_report" and len(report.findings) == 6
    assert [len(f.measures) for f in report.findings] == [3, 1, 2, 1, 1, 2]
    (claim,) = report.claims
    assert [n.value for n in claim.numbers] == [6, 4, 2, 18, 15, 83]
    assert "下一步工作打算" not in report.findings[-1].span.text
    tree = render_structure(report, "text")
    assert "F6 " in tree and "claims:" in tree and "signature: 2024年10月15日" in tree
