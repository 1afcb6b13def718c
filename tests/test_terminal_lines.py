"""The terminal view breaks lines by Chinese rules and never cuts a flag code."""

from __future__ import annotations

import functools
import os
import re
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import pytest
from rich.cells import cell_len

from checker.api import review_file
from checker.models import Review
from checker.renderers import render
from checker.renderers.common import label
from checker.renderers.linebreak import NO_LINE_END, NO_LINE_START, break_offsets
from checker.rubric import load_rubric

RUBRIC = load_rubric(None)
SEEDS = sorted((Path(__file__).resolve().parent.parent / "eval" / "seeds").glob("*.txt"))
CODES = ("formalism", "off_target", "partial_coverage", "unverifiable_claim", "future_only", "missing_deadline",
         "vague_deadline", "missing_owner", "placeholder", "inconsistent_numbers", "no_measure", "truncated")  # fmt: skip


def lines_of(text: str, width: int) -> list[str]:
    cuts = [0, *break_offsets(text, width), len(text)]
    return [text[a:b] for a, b in pairwise(cuts)]


def test_no_line_starts_with_a_closing_mark_or_ends_with_an_opening_one() -> None:
    text = "请说明会议、发文、学习之外针对问题采取了哪些具体行动，结果如何（对象、数量、金额、日期）。“一是高度重视”。"
    for width in range(8, 40):
        lines = lines_of(text, width)
        assert "".join(lines) == text
        assert all(line[0] not in NO_LINE_START for line in lines[1:]), (width, lines)
        assert all(line[-1] not in NO_LINE_END for line in lines[:-1]), (width, lines)


def test_a_latin_word_is_cut_only_when_it_alone_is_wider_than_the_line() -> None:
    text = "标记：unverifiable_claim, formalism"
    for width in range(20, 40):
        assert all(not re.search(r"[a-z_]$", a) or not re.match(r"[a-z_]", b)
                   for a, b in pairwise(lines_of(text, width))), width  # fmt: skip
    assert len(lines_of("unverifiable_claim", 8)) == 3  # wider than the line: cut, since it must be


@pytest.mark.parametrize("columns", [40, 50, 62, 80, 120])
def test_the_review_on_a_narrow_terminal_keeps_codes_whole_and_punctuation_in_place(columns: int) -> None:
    env = {**os.environ, "COLUMNS": str(columns)}
    out = subprocess.run([sys.executable, "-m", "checker", "review", str(SEEDS[0]), "--fail-on", "never"],
                         capture_output=True, text=True, env=env).stdout  # fmt: skip
    lines = out.splitlines()
    assert all(len(line) <= columns * 2 for line in lines)
    for line in lines[1:]:  # the first names the file
        body = line.strip()
        if body and body[0] not in "│┃┏┡└┗┌├╭╰":  # a table's cells are cut with "…" by design
            assert body[0] not in NO_LINE_START, line
        for word in re.findall(r"[a-z_]{3,}", line):  # a cut code shows as a piece of one: form, miss …
            assert word in CODES or not any(code.startswith(word) for code in CODES), line


# Chinese line-breaking rules (禁则): what no line may start or end with.
NEVER_FIRST = "。，、；：）”’》"
NEVER_LAST = "（“‘《"
BORDERS = " │┃"
WIDTHS = range(40, 121, 2)  # every other column: 44, 50 and 66 among them, 41 widths in all


@functools.cache
def _seed_reviews() -> list[tuple[Review, str]]:
    return [(review_file(path), path.read_text(encoding="utf-8")) for path in SEEDS]


def _rows(lines: list[str], finding: str) -> str:
    """The findings table's row of ``finding`` (or its lines on a narrow terminal), as one text."""
    start = next(i for i, line in enumerate(lines) if re.match(rf"[│]?{finding} ", line))
    end = start + 1
    while end < len(lines) and re.match(r"│ |   \S", lines[end]):
        end += 1
    return " ".join(line.strip(BORDERS) for line in lines[start:end])


@pytest.mark.parametrize("width", WIDTHS)
def test_every_seed_at_every_width_keeps_the_rules_counts_verdicts_and_codes(width: int) -> None:
    for result, text in _seed_reviews():
        shown = render([result], "text", lang="zh", rubric=RUBRIC, fail_on="error", width=width,
                       texts={result.document.path: text})
        lines = str(shown).splitlines()
        for before, line in pairwise(["", *lines]):
            assert cell_len(line) <= width, line
            body = line.strip(BORDERS)
            assert not body or (body[0] not in NEVER_FIRST and body[-1] not in NEVER_LAST), (width, line)
            # a count stays beside its label: no line opens on the number of the code above it
            last = re.search(r"([a-z_]+),?$", before)
            assert not (last and last.group(1) in CODES and re.match(r"\d", body)), (width, before, line)
        for f in result.findings:
            row = _rows(lines, f.id)
            assert label("zh", f.verdict) in row, (width, row)
            assert all(re.search(rf"\b{fl.code}\b", row) for fl in f.flags), (width, row)
