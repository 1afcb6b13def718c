"""`rectcheck eval` and `rectcheck compare`: run the checker over the labelled set and report.

Eval is a report, so it exits 0 whatever the figures; 2 when the dataset or a rubric cannot be
loaded; 3 when a model backend fails.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from checker.errors import UsageError
from checker.evaluate.compare import compare_results
from checker.evaluate.dataset import Dataset, load_dataset
from checker.evaluate.real import evaluate_real, load_real_corpus
from checker.evaluate.report import eval_json, render_compare, render_eval
from checker.evaluate.results import EvalResult
from checker.evaluate.runner import evaluate, review_function


def _display_path(path: Path) -> str:
    """Relative to the working directory when inside it, so stored results do not carry a home path."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve())) or "."
    except ValueError:
        return str(path)


def _command_line(dataset: Path | None, rubric: str | None, backend: str, output: Path | None) -> str:
    parts = ["rectcheck", "eval", "--backend", backend]
    if rubric:
        parts += ["--rubric", rubric]
    if dataset is not None:
        parts += ["--dataset", _display_path(dataset)]
    if output is not None:
        parts += ["--output", _display_path(output)]
    return " ".join(parts)


def evaluate_with(
    data: Dataset, rubric_ref: str | None, backend: str, batches: list[str] | None = None, real_only: bool = False
) -> EvalResult:
    """Load the rubric and run the pipeline over ``data`` and, where it is labelled, the real corpus
    (``batches``: only these of its batches; ``real_only``: not the composed and seed set)."""
    from checker.rubric import load_rubric

    rubric = load_rubric(rubric_ref)
    review = review_function(rubric, backend)
    subset = data.model_copy(update={"documents": []}) if real_only else data
    result = evaluate(subset, review, rubric.ref, backend)
    result.dataset = _display_path(data.root)
    result.vocabulary, result.fingerprint = rubric.vocabulary, rubric.fingerprint()
    corpus = load_real_corpus(data.root / "real")
    if corpus is not None:
        if batches:
            corpus = corpus.model_copy(update={"documents": [d for d in corpus.documents if d.batch in batches]})
        result.real = evaluate_real(corpus, review)
        result.real.corpus = _display_path(corpus.root)
    if not real_only:
        from checker.evaluate.trace_eval import evaluate_trace

        result.trace = evaluate_trace(data.root / "trace", rubric)
        from checker.evaluate.crossdoc_eval import evaluate_diff, evaluate_folders

        result.diff = evaluate_diff(data.root / "crossdoc", rubric)
        result.folder = evaluate_folders(data.root / "crossdoc", rubric)
    return result


def run_eval(
    dataset: Path | None, rubric: str | None, backend: str, fmt: str, output: Path | None,
    batches: list[str] | None = None, real_only: bool = False,
) -> int:
    data = load_dataset(dataset)
    result = evaluate_with(data, rubric, backend, batches, real_only)
    result.command = _command_line(dataset, rubric, backend, output)
    if output is not None:
        from checker.renderers.write import write_atomic

        try:
            write_atomic(output, json.dumps(eval_json(result), ensure_ascii=False, indent=2) + "\n")
        except OSError as exc:
            raise UsageError(f"{output}: cannot write results: {exc.strerror or exc}") from None
    sys.stdout.write(render_eval(result, fmt))
    return 0


def run_compare(rubric_a: str, rubric_b: str, dataset: Path | None, backend: str, fmt: str) -> int:
    """Run A, then B, through the same pipeline (B's model calls hit A's cache when prompts match)."""
    from checker.rubric import load_rubric

    load_rubric(rubric_a), load_rubric(rubric_b)  # fail fast on an unknown rubric before any run
    data = load_dataset(dataset)
    first = evaluate_with(data, rubric_a, backend)
    second = evaluate_with(data, rubric_b, backend)
    sys.stdout.write(render_compare(compare_results(first, second), fmt))
    return 0
