"""The analysis shortcuts (per-document memos, skipping digit-bound marker patterns on spans
without a digit) return exactly what a plain scan returns, on the seeds and on composed text."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.analyse.markers import STRONG_KINDS, Marker, _named_units, find_markers
from checker.analyse.scan import compiled, sentences
from checker.read import read_source
from checker.rubric import load_rubric
from checker.segment import segment

SEEDS = sorted((Path(__file__).resolve().parent.parent / "eval" / "seeds").glob("*.txt"))


def _plain_markers(c, text: str, start: int, end: int) -> list[Marker]:
    out: list[Marker] = []
    for kind in STRONG_KINDS:
        if kind == "named_unit":
            out.extend(_named_units(c, text, start, end))
            continue
        out.extend(Marker(kind, m.start(), m.end(), m.group(0)) for m in c.pat(kind).finditer(text, start, end) if m.end() > m.start())
    out.sort(key=lambda mk: (mk.start, -mk.end))
    return out


@pytest.mark.parametrize("ref", ["rectification@1.0.0", "rectification@1.1.0"])
def test_markers_match_a_plain_scan_on_every_seed_span(ref: str) -> None:
    c = compiled(load_rubric(ref))
    checked = with_digits = 0
    for path in SEEDS:
        report = segment(read_source(path, max_bytes=10**8))
        text = report.text
        for f in report.findings:
            spans = [(f.finding.start, f.finding.end), *sentences(text, f.finding.start, f.finding.end)]
            if f.measure is not None:
                spans += [(f.measure.start, f.measure.end), *sentences(text, f.measure.start, f.measure.end)]
            for a, b in spans:
                got = find_markers(c, text, a, b)
                assert got == _plain_markers(c, text, a, b)
                assert find_markers(c, text, a, b) == got  # memoised answer, same again
                checked += 1
                with_digits += any(m.kind in ("amount", "count", "date") for m in got)
    assert checked > 100 and with_digits > 10


def test_composed_text_markers_and_sentences() -> None:
    c = compiled(load_rubric(None))
    text = "一是召开专题会议，进一步加强管理。二是于2024年7月17日退还资金1.497万元，约谈35名责任人。"
    first = text.index("。") + 1
    assert find_markers(c, text, 0, first) == []
    kinds = [m.kind for m in find_markers(c, text, first, len(text))]
    assert {"date", "amount", "count"} <= set(kinds)
    spans = sentences(text)
    spans.append((0, 0))  # a caller changing its list must not change the next answer
    assert sentences(text) == [(0, first), (first, len(text))]
