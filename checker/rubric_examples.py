"""Running a rubric's own examples: every flag carries texts on which it must fire and texts on
which it must stay quiet, checked by the rules themselves (``rectcheck rubric validate`` and the
tests)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from checker.errors import RubricError
from checker.rubric import Rubric, RuleExample, parse_rubric_file, read_rubric_text, rubrics_dir

if TYPE_CHECKING:
    from checker.models import Analysis, Report


def example_codes(r: Rubric, example: RuleExample) -> set[str]:
    """The flag codes the rules raise on one rule example (segmenter + analysers, severity applied);
    with the folder pass over it and its ``others`` when the rubric has a flag across documents."""
    from checker.analyse import analyse
    from checker.flags import flag_specs
    from checker.models import Source
    from checker.segment import segment

    def analysed(name: str, text: str) -> tuple[Report, Analysis]:
        report = segment(Source(path=name, text=text, format="txt"), vocabulary=r.reading_vocabulary())
        if example.kind is not None:
            report = report.model_copy(update={"kind": example.kind})
        return report, analyse(report, r)

    report, analysis = analysed("<example>", example.text)
    hits = [h for fa in analysis.findings for h in fa.hits] + list(analysis.document_hits)
    codes = {h.code for h in hits if r.severity_for(h.code, report.kind) != "off"}
    if any(s.check_folder is not None and s.code in r.flags for s in flag_specs()):
        from checker.folder import review_folder
        from checker.score import score_review

        texts = {"<example>": example.text, **{f"<other {i}>": t for i, t in enumerate(example.others, 1)}}
        reviews = [score_review(*analysed(name, text), rubric=r, backend="rules", lang="zh") for name, text in texts.items()]
        first = review_folder(reviews, texts, r, "zh")[0]
        codes |= {fl.code for f in first.findings for fl in f.flags} | {fl.code for fl in first.document_flags}
    return codes


def check_examples(r: Rubric) -> list[str]:
    """Examples that misbehave: a fire example on which its flag stays quiet, a quiet one on which it fires."""
    problems: list[str] = []
    for code, rule in r.flags.items():
        for label, examples, want in (("fire", rule.examples.fire, True), ("quiet", rule.examples.quiet, False)):
            for i, ex in enumerate(examples, 1):
                try:
                    got = code in example_codes(r, ex)
                except Exception as exc:  # a broken example must be reported, not crash validation
                    problems.append(f"{r.ref}: flags.{code}.examples.{label}[{i}]: error {type(exc).__name__}: {exc}")
                    continue
                if got != want:
                    verb = "does not fire" if want else "fires"
                    problems.append(f"{r.ref}: flags.{code}.examples.{label}[{i}]: {code} {verb}")
    return problems


def refuse_runaway_patterns(path: Path, r: Rubric) -> None:
    """RubricError naming the first pattern or subject of ``r`` that backtracks without bound: the
    rules would spend minutes on a few kilobytes of report, the examples included."""
    from checker.backtracking import BUDGET_S, TEXT_CHARS, first_runaway

    sources = {f"patterns.{k}": v for k, v in r.patterns.items()} | {f"subjects.{k}": v for k, v in r.subjects.items()}
    name = first_runaway(sources)
    if name is not None:
        shown = sources[name] if len(sources[name]) <= 80 else sources[name][:80] + "…"
        raise RubricError(
            f"{path}: {name}: {shown!r} backtracks without bound (one search of {TEXT_CHARS:,} characters "
            f"took over {BUDGET_S:g} s); rewrite it"
        )


def validate_rubric_file(path: Path) -> list[str]:
    """Schema problems and misbehaving examples of a rubric file; ``[]`` when valid.
    A file that cannot be read at all, or with a pattern that backtracks without bound, raises
    RubricError (refused outright: exit 2)."""
    raw = read_rubric_text(Path(path))
    try:
        r = parse_rubric_file(Path(path), raw)
    except RubricError as exc:
        return [str(exc)]
    refuse_runaway_patterns(Path(path), r)
    problems: list[str] = []
    stem = Path(path).stem
    if stem != f"{r.id}-{r.version}" and Path(path).resolve().parent == rubrics_dir().resolve():
        problems.append(f"{path}: bundled rubric files are named {r.id}-{r.version}.yaml")
    problems.extend(check_examples(r))
    return problems
