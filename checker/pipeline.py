"""The pipeline in one place: read → segment → analyse → judge → score.

Heavy modules (the LLM client, prompt templates) are imported only when a model backend is
chosen, so the offline ``rules`` path starts fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from checker.models import Analysis, Report, Review, Source
from checker.options import ReviewOptions
from checker.read import DEFAULT_MAX_BYTES, read_source
from checker.segment import segment

if TYPE_CHECKING:
    from checker.rubric import Rubric


def parse_path(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Report:
    """Read and segment one file (no judging)."""
    return segment(read_source(path, max_bytes=max_bytes))


def analyse_source(source: Source, rubric: Rubric) -> tuple[Report, Analysis]:
    """Segment and analyse with the rules."""
    from checker.analyse import analyse

    report = segment(source, vocabulary=rubric.reading_vocabulary())
    return report, analyse(report, rubric)


def review_source(source: Source, rubric: Rubric, options: ReviewOptions) -> Review:
    """Review an already-read document with the chosen backend."""
    from checker.analyse import analyse
    from checker.score import score_review

    if options.backend == "rules":
        report, analysis = analyse_source(source, rubric)
        return score_review(report, analysis, rubric, backend="rules", lang=options.lang)
    report = segment(source, vocabulary=rubric.reading_vocabulary())
    from checker.judge.backend import judge_review  # heavy imports stay off the rules path
    from checker.judge.segment_model import read_if_unsure

    # Where the rules cannot read the document with confidence, the model proposes the outline.
    reading = read_if_unsure(report, rubric, options, config=options.judge_config)
    report = reading.report
    # The rules run while the model's answers are awaited (judge_review sends its questions first).
    return judge_review(
        report, lambda: analyse(report, rubric), rubric, options, config=options.judge_config, reading=reading
    )


def review_path(path: Path, rubric: Rubric, options: ReviewOptions) -> Review:
    return review_source(read_source(path, max_bytes=options.max_bytes), rubric, options)
