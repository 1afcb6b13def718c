"""The shortcuts of large reports give what the plain forms give: the placeholder line count and
the boilerplate lookup."""

from __future__ import annotations

import bisect
import random
from pathlib import Path

from checker.analyse.flags.placeholder import _line_breaks

SEEDS = sorted((Path(__file__).resolve().parent.parent / "eval" / "seeds").glob("*.txt"))


def test_line_breaks_count_the_lines_before_any_offset() -> None:
    text = SEEDS[0].read_text(encoding="utf-8")
    breaks = _line_breaks(text)
    for at in range(0, len(text), 97):
        assert bisect.bisect_left(breaks, at) == text.count("\n", 0, at)


def test_the_boilerplate_lookup_agrees_with_a_scan_of_every_span() -> None:
    from checker.analyse.flags.placeholder import _covered_lookup

    rng = random.Random(9)
    for _ in range(300):
        spans = [(a, a + rng.randint(0, 30)) for a in (rng.randint(0, 200) for _ in range(rng.randint(0, 12)))]
        covered = _covered_lookup(spans)
        for pos in range(-2, 240):
            assert covered(pos) == any(a <= pos < b for a, b in spans)
