"""Shared helpers for the segmenter tests: build a Source from text, check every span."""

from __future__ import annotations

from pathlib import Path

from checker.models import Report, Source
from checker.segment import segment
from checker.segment.spans import iter_spans
from checker.vocabulary import Vocabulary, load_vocabulary

SEEDS = Path(__file__).resolve().parent.parent / "eval" / "seeds"


def seed_text(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8-sig")


def segment_text(text: str, path: str = "composed.txt", tables=None, vocabulary: Vocabulary | None = None) -> Report:
    """The reading of ``text`` (with ``vocabulary``, else the default one), every span checked."""
    report = segment(Source(path=path, text=text, format="txt", tables=tables or []), vocabulary=vocabulary)
    assert_spans_exact(report)
    return report


def measure_texts(report: Report) -> list[str]:
    """Each finding's measure text, "" where it has none."""
    return [f.measure.text if f.measure is not None else "" for f in report.findings]


def assert_spans_exact(report: Report) -> None:
    assert report.chars == len(report.text)
    for where, span in iter_spans(report):
        assert 0 <= span.start <= span.end <= report.chars, where
        assert report.text[span.start : span.end] == span.text, where


def vocabulary_without(*flags: str) -> Vocabulary:
    """The default vocabulary with these reading flags turned off: what a form read before them."""
    v = load_vocabulary()
    layouts = v.weights.layouts.model_copy(update=dict.fromkeys(flags, False))
    return v.model_copy(update={"weights": v.weights.model_copy(update={"layouts": layouts})})


def kind_without(*flags: str) -> Vocabulary:
    """The default vocabulary with these document-kind flags turned off: what a kind read before them."""
    v = load_vocabulary()
    kind = v.weights.kind.model_copy(update=dict.fromkeys(flags, False))
    return v.model_copy(update={"weights": v.weights.model_copy(update={"kind": kind})})


def older_with_doubts(version: str, *flags: str) -> Vocabulary:
    """An older vocabulary, which reads a form in the shape a doubt looks for, with today's trust weights and
    these trust flags turned on: how a doubt is shown to catch the reading it was made for."""
    v = load_vocabulary(version)
    layouts = v.weights.layouts.model_copy(update=dict.fromkeys(("shape_doubt", *flags), True))
    trust = load_vocabulary().weights.trust
    return v.model_copy(update={"weights": v.weights.model_copy(update={"layouts": layouts, "trust": trust})})
