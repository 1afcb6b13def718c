"""The same report, copied the ways real notices reach users, reads the same: converted to
traditional characters by a mirror site, typed with ASCII punctuation, double-spaced, indented with
full-width spaces, hard-wrapped like text pulled out of a PDF. Run over the seeds and every layout
family: the number of findings and of findings with measures must not change."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import opencc
import pytest

from checker.models import Report, Source
from checker.segment import segment
from checker.segment.lines import split_lines
from checker.segment.unwrap import wrap_width

ROOT = Path(__file__).resolve().parents[1] / "eval"
DOCS = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "families").glob("*.txt"))
_S2T = opencc.OpenCC("s2t")


def _ascii(t: str) -> str:
    return t.translate(str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")"}))


def _wrap(t: str, width: int = 40) -> str:
    out: list[str] = []
    for line in t.split("\n"):
        while len(line) > width:
            out.append(line[:width])
            line = line[width:]
        out.append(line)
    return "\n".join(out)


VARIANTS: dict[str, Callable[[str], str]] = {
    "traditional": _S2T.convert,
    "ascii-punctuation": _ascii,
    "double-spaced": lambda t: t.replace("\n", "\n\n"),
    "indented": lambda t: "\n".join("\u3000\u3000" + ln if ln.strip() else ln for ln in t.split("\n")),
    "hard-wrapped": _wrap,
}


def _read(text: str) -> Report:
    return segment(Source(path="variant.txt", text=text, format="txt"))


def _shape(r: Report) -> tuple[int, int]:
    return len(r.findings), sum(f.measure is not None for f in r.findings)


@pytest.mark.parametrize("variant", list(VARIANTS))
@pytest.mark.parametrize("path", DOCS, ids=[p.stem[:12] for p in DOCS])
def test_a_copied_variant_reads_the_same(path: Path, variant: str) -> None:
    text = path.read_text(encoding="utf-8")
    if variant == "hard-wrapped" and (
        wrap_width([ln for ln in split_lines(text) if not ln.blank]) is not None  # wrapped already
        or re.search(r"^\|.*\|$|  {4,}", text, re.M)  # a table: wrapping breaks its rows
    ):
        pytest.skip("already hard-wrapped, or a text table")
    base = _read(text)
    assert base.findings
    got = _read(VARIANTS[variant](text))
    assert _shape(got) == _shape(base)
    for f in got.findings:  # every span still cut from the variant's own text
        assert got.text[f.finding.start : f.finding.end] == f.finding.text


def test_most_reports_survive_lost_line_breaks() -> None:
    """Copied as one run of text, a space left at each line break (document-sharing sites): headings
    and labels after a space are found again. Text tables and headings without enumerators are lost
    with their line breaks, so this holds for most layouts, not all; the share is measured here."""
    docs = [p for p in DOCS if not re.search(r"^\|.*\|$|  {4,}|^[—─=═\-]{4,}$", p.read_text(encoding="utf-8"), re.M)]
    same = 0
    for path in docs:
        text = path.read_text(encoding="utf-8")
        same += _shape(_read(re.sub(r"\n+", " ", text))) == _shape(_read(text))
    assert same >= 0.6 * len(docs), f"{same} of {len(docs)} read the same"
