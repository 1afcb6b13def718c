"""The seeds judged as an auditor would (domain guide): the rules backend end to end."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from checker.analyse import analyse
from checker.models import Review
from checker.read import read_source
from checker.rubric import load_rubric
from checker.score import score_review
from checker.segment import segment

SEEDS = Path(__file__).resolve().parent.parent / "eval" / "seeds"


@cache
def review(prefix: str) -> Review:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    rubric = load_rubric("rectification@1.0.0")
    report = segment(read_source(path))
    return score_review(report, analyse(report, rubric), rubric, backend="rules", lang="zh")


def codes(r: Review, n: int) -> set[str]:
    return {f.code for f in r.findings[n - 1].flags}


def test_every_flag_points_at_its_evidence() -> None:
    for prefix in ("000", "001", "002", "003", "004"):
        r = review(prefix)
        text = read_source(next(SEEDS.glob(f"{prefix}_*.txt"))).text
        for f in [fl for fr in r.findings for fl in fr.flags] + r.document_flags:
            assert f.evidence and text[f.start : f.end] == f.evidence


def test_seed_000_formalism_and_the_concrete_item() -> None:
    r = review("000")
    for n in (1, 6, 7):
        assert "formalism" in codes(r, n)
    assert "formalism" not in codes(r, 4)
    assert r.findings[3].responsiveness >= 2
    assert r.findings[3].score > max(r.findings[n - 1].score for n in (1, 6, 7))
    assert "unverifiable_claim" in codes(r, 7)


def test_seed_002_plan_owners_deadlines_and_cut_measure() -> None:
    r = review("002")
    assert r.document.kind == "plan"
    for n, f in enumerate(r.findings, 1):
        assert "missing_owner" in codes(r, n), f.title
        assert "future_only" not in codes(r, n)
    for n in (1, 2):
        vague = [fl for fl in r.findings[n - 1].flags if fl.code == "vague_deadline"]
        assert vague and "即知即改" in vague[0].evidence
    for n in (3, 5, 8):  # 2020年6月底取得阶段性成效并长期坚持 has a date
        assert "vague_deadline" not in codes(r, n)
    assert "truncated" in codes(r, 7)
    blank = next(fl for fl in r.findings[0].flags if fl.code == "missing_owner")
    assert blank.evidence.startswith("责任领导")


def test_seed_003_formalism_coverage_and_consistent_summary() -> None:
    r = review("003")
    for n in (8, 9):
        assert "formalism" in codes(r, n)
    assert "formalism" not in codes(r, 5)
    assert "partial_coverage" in codes(r, 3) or r.findings[2].responsiveness <= 2
    assert "inconsistent_numbers" not in {f.code for f in r.document_flags}


def test_seed_004_placeholders_truncation_and_no_measures() -> None:
    r = review("004")
    assert len(r.findings) == 10
    assert all("no_measure" in codes(r, n) for n in range(1, 11))
    every = {f.code for f in r.document_flags} | {fl.code for f in r.findings for fl in f.flags}
    assert {"placeholder", "truncated"} <= every
    assert "truncated" in codes(r, 10)
    assert sum(len(f.flags) for f in r.findings) + len(r.document_flags) < 40


def test_seed_001_is_mostly_concrete() -> None:
    r = review("001")
    assert r.summary.pass_ + r.summary.warn >= 0.6 * r.summary.findings
    assert sum(r.summary.flags.values()) <= r.summary.findings


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_summary_counts_match_the_flags(prefix: str) -> None:
    r = review(prefix)
    total = sum(len(f.flags) for f in r.findings) + len(r.document_flags)
    assert sum(r.summary.flags.values()) == total
    assert r.summary.pass_ + r.summary.warn + r.summary.fail == len(r.findings)
