"""The terminal view breaks lines by Chinese rules and never cuts a flag code."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import pytest

from checker.renderers.linebreak import NO_LINE_END, NO_LINE_START, break_offsets

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
