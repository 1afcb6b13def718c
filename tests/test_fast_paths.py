"""The shortcuts of large reports give what the plain forms give: the report copy, the squeezed
text of the title remapper and the placeholder line count."""

from __future__ import annotations

import bisect
import copy
import random
from pathlib import Path

from checker.analyse.placeholder import _line_breaks
from checker.models import Source
from checker.segment import segment
from checker.segment.spans import _copy_tree, _squeeze, iter_spans

SEEDS = sorted((Path(__file__).resolve().parent.parent / "eval" / "seeds").glob("*.txt"))


def test_the_report_copy_equals_a_deep_copy_and_shares_nothing_mutable() -> None:
    for seed in SEEDS:
        text = seed.read_text(encoding="utf-8").replace("：", ":")  # ASCII colons: a folded view
        report = segment(Source(path=seed.name, text=text, format="txt"))
        copied = _copy_tree(report, {})
        assert copied == copy.deepcopy(report)
        originals = {id(s) for _, s in iter_spans(report)}
        assert not originals & {id(s) for _, s in iter_spans(copied)}
        for finding, twin in zip(report.findings, copied.findings, strict=True):
            assert finding.measures is not twin.measures


def test_squeeze_keeps_exactly_the_characters_that_are_not_space() -> None:
    rng = random.Random(7)
    alphabet = " \t\n\r\u3000\u00a0\u2028\u200b\ufeff\x1c\x85整改a1，"
    texts = ["", " ", "整改", "".join(map(chr, range(0x3010)))]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(500)]
    for text in texts:
        keep = [i for i, ch in enumerate(text) if not ch.isspace()]
        assert _squeeze(text) == (keep, "".join(text[i] for i in keep))


def test_line_breaks_count_the_lines_before_any_offset() -> None:
    text = SEEDS[0].read_text(encoding="utf-8")
    breaks = _line_breaks(text)
    for at in range(0, len(text), 97):
        assert bisect.bisect_left(breaks, at) == text.count("\n", 0, at)
