"""``rectcheck parse --backend llm|hybrid``: the reading a review would use, and the rules' beside it.

The rules read the document first; where their reading is unsure the model proposes the outline
(:mod:`checker.judge.segment_model`), exactly as in a review. The text view ends with both readings
side by side where they differ; the JSON view is the reading used.
"""

from __future__ import annotations

from pathlib import Path

from checker.config import load_config
from checker.options import ReviewOptions
from checker.read import DEFAULT_MAX_BYTES, read_source
from checker.renderers.readings import render_readings
from checker.renderers.structure import render_structure
from checker.rubric import load_rubric
from checker.segment import segment


def run_parse(
    path: Path,
    backend: str,
    fmt: str = "text",
    max_bytes: int | None = None,
    model: str | None = None,
    use_cache: bool = True,
    rubric: str | None = None,
    config: Path | None = None,
) -> str:
    from checker.judge.segment_model import read_if_unsure

    loaded = load_config(config)
    values = loaded.values
    options = ReviewOptions(
        backend=backend,  # type: ignore[arg-type]
        max_bytes=max_bytes or DEFAULT_MAX_BYTES,
        use_cache=use_cache,
        model=model,
        judge_config=values.llm.as_mapping() if values.llm else {},
    )
    chosen = load_rubric(rubric or values.rubric)
    report = segment(read_source(path, max_bytes=options.max_bytes), vocabulary=chosen.reading_vocabulary())
    reading = read_if_unsure(report, chosen, options, config=options.judge_config)
    out = render_structure(reading.report, fmt)
    if fmt == "json":
        return out
    return out + render_readings(reading.rules, reading.report, reading.notes)
