"""Baseline: fingerprints survive unrelated edits; accepted flags are dropped and counted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from render_samples import TEXT, sample_review

from checker.baseline import apply_baseline, fingerprint, load_baseline, write_baseline
from checker.errors import UsageError
from checker.gate import gate_exit
from checker.models import Flag


def _shifted(flag: Flag, by: int) -> Flag:
    return flag.model_copy(update={"start": flag.start + by, "end": flag.end + by})


def test_fingerprint_ignores_offsets_and_layout_but_not_content() -> None:
    review = sample_review()
    finding = review.findings[0]
    flag = finding.flags[0]
    fp = fingerprint(review.document.path, flag, finding)
    # An edit earlier in the document moves every offset; re-wrapping or full-width forms do not matter.
    assert fingerprint(review.document.path, _shifted(flag, 57), finding) == fp
    rewrapped = flag.model_copy(update={"evidence": "召开专题会议,\n  进一步提高思想认识"})
    assert fingerprint(review.document.path, rewrapped, finding) == fp
    fullwidth = flag.model_copy(update={"evidence": "召开专题会议，进一步提高思想认识"})
    assert fingerprint(review.document.path, fullwidth, finding) == fp
    # Same file name in another directory is the same document.
    assert fingerprint("elsewhere/水务局整改通报.txt", flag, finding) == fp
    assert fingerprint("其他单位.txt", flag, finding) != fp
    assert fingerprint(review.document.path, flag.model_copy(update={"evidence": "召开专题会议"}), finding) != fp
    assert fingerprint(review.document.path, flag.model_copy(update={"code": "future_only"}), finding) != fp
    assert fingerprint(review.document.path, flag, review.findings[1]) != fp


def test_write_load_and_apply(tmp_path: Path) -> None:
    review = sample_review()
    path = tmp_path / "baseline.json"
    written = write_baseline(path, [review])
    assert len(written.entries) == 5
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == 1 and {e["code"] for e in data["entries"]} >= {"formalism", "placeholder"}
    accepted = load_baseline(path).fingerprints()
    assert gate_exit(review, "error", None) == 1
    quiet = apply_baseline(review, accepted)
    assert all(not f.flags for f in quiet.findings) and not quiet.document_flags
    assert quiet.summary.baselined == 5 and quiet.summary.flags == {}
    assert quiet.summary.score == review.summary.score
    assert gate_exit(quiet, "warning", None) == 0


def test_a_new_flag_still_fails_the_gate(tmp_path: Path) -> None:
    old = sample_review()
    path = tmp_path / "baseline.json"
    old.findings[1].flags = []  # the unverifiable claim was not there when the baseline was taken
    write_baseline(path, [old])
    now = apply_baseline(sample_review(), load_baseline(path).fingerprints())
    remaining = [fl.code for f in now.findings for fl in f.flags]
    assert remaining == ["unverifiable_claim"]
    assert now.summary.flags == {"unverifiable_claim": 1} and now.summary.baselined == 4
    assert gate_exit(now, "error", None) == 1
    assert TEXT[now.findings[1].flags[0].start : now.findings[1].flags[0].end] == now.findings[1].flags[0].evidence


@pytest.mark.parametrize(
    ("content", "match"),
    [
        ("{not json", "not JSON"),
        ('{"version": 2, "entries": []}', "invalid baseline file at version"),
        ('{"version": 1, "entries": [{"fingerprint": "x", "path": "a", "code": "formalism"}]}', "entries.0.fingerprint"),
    ],
)
def test_invalid_baseline_files_are_usage_errors(tmp_path: Path, content: str, match: str) -> None:
    path = tmp_path / "baseline.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UsageError, match=match):
        load_baseline(path)
    with pytest.raises(UsageError, match="not found"):
        load_baseline(tmp_path / "missing.json")
