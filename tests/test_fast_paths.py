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


def test_the_title_remapper_finds_what_a_search_of_the_whole_squeezed_text_finds() -> None:
    from checker.segment.spans import _NEAR, _Remapper

    def whole(src: str, dst: str, s: str, near: int) -> str:
        at = src.find(s, near)
        if at < 0:
            at = src.rfind(s, 0, near + len(s))
        if at >= 0:
            return dst[at : at + len(s)]
        keep, squeezed = _squeeze(src)
        core = s[:-1] if s.endswith("…") else s
        wanted = "".join(ch for ch in core if not ch.isspace())
        at = squeezed.find(wanted, bisect.bisect_left(keep, near)) if wanted else -1
        if at < 0 and wanted:
            at = squeezed.find(wanted)
        if at < 0:
            return s
        it = iter(keep[at : at + len(wanted)])
        return "".join(ch if ch.isspace() else dst[next(it)] for ch in core) + s[len(core) :]

    rng = random.Random(5)
    words = ["整改", "問題", "台账", "\n", " ", "\u3000", "。", "制度"]
    for _ in range(300):
        src = "".join(rng.choice(words) for _ in range(rng.randint(0, 3000)))
        dst = src.replace("問", "问")  # another rendering, same length
        remap = _Remapper(src, dst)
        for _ in range(10):
            a = rng.randint(0, max(0, len(src) - 1))
            piece = src[a : a + rng.randint(1, 30)]
            s = piece.replace("\n", "") + rng.choice(["", "…"])  # a title joined over lines, cut short
            near = rng.choice([0, a, max(0, a - _NEAR - 5), min(len(src), a + 7)])
            assert remap(s, near) == whole(src, dst, s, near)


def test_the_boilerplate_lookup_agrees_with_a_scan_of_every_span() -> None:
    from checker.analyse.placeholder import _covered_lookup

    rng = random.Random(9)
    for _ in range(300):
        spans = [(a, a + rng.randint(0, 30)) for a in (rng.randint(0, 200) for _ in range(rng.randint(0, 12)))]
        covered = _covered_lookup(spans)
        for pos in range(-2, 240):
            assert covered(pos) == any(a <= pos < b for a, b in spans)
