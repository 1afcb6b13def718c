"""Running a rubric's own examples: every flag carries texts on which it must fire and texts on
which it must stay quiet, checked by the rules themselves (``rectcheck rubric validate`` and the
tests)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from checker.errors import RubricError
from checker.rubric import Rubric, RuleExample, parse_rubric_file, read_rubric_text, rubrics_dir

if TYPE_CHECKING:
    from checker.crossdoc.trace_rules import TraceRules
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


def _trace_id(raw: str) -> bool:
    """Is ``raw`` a trace rule file (``id: trace``, rubrics/trace/)? Read without failing: a file that is
    no YAML mapping is the review rubric's parser's to refuse."""
    import yaml

    try:
        data = yaml.load(raw, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (yaml.YAMLError, RecursionError):
        return False
    return isinstance(data, dict) and data.get("id") == "trace"


def check_trace_examples(rules: TraceRules) -> list[str]:
    """Trace examples that misbehave: each plan and report traced with the default review rubric, and
    its flag raised or not as the example says."""
    from checker.api import review
    from checker.crossdoc.trace import trace_reviews
    from checker.rubric import load_rubric

    rubric = load_rubric(None)
    problems: list[str] = []
    for code, rule in rules.flags.items():
        for i, ex in enumerate(rule.examples, 1):
            try:
                plan, report = review(ex.plan, rubric=rubric), review(ex.report, rubric=rubric)
                trace = trace_reviews(plan, report, ex.report, rules, rubric, plan_text=ex.plan)
            except Exception as exc:  # a broken example must be reported, not crash validation
                where = f"{rules.id}@{rules.version}: flags.{code}.examples[{i}]"
                problems.append(f"{where}: error {type(exc).__name__}: {exc}")
                continue
            got = code in {f.code for p in trace.pairs for f in p.flags}
            if got != ex.fires:
                verb = "does not fire" if ex.fires else "fires"
                problems.append(f"{rules.id}@{rules.version}: flags.{code}.examples[{i}]: {code} {verb}")
    return problems


def validate_trace_file(path: Path, raw: str) -> list[str]:
    """Schema problems and misbehaving examples of a trace rule file (``rectcheck trace``'s flags),
    validated by its own model; ``[]`` when valid."""
    import yaml
    from pydantic import ValidationError

    from checker.crossdoc.trace_rules import TRACE_DIR, TraceRules

    try:
        rules = TraceRules.model_validate(yaml.safe_load(raw))
    except ValidationError as exc:
        errors = exc.errors()
        first = errors[0] if errors else {"loc": (), "msg": "invalid trace rules"}
        loc = ".".join(str(p) for p in first.get("loc", ())) or "trace rules"
        more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
        return [f"{path}: {loc}: {first.get('msg', 'invalid')}{more}"]
    problems: list[str] = []
    if Path(path).stem != f"trace-{rules.version}" and Path(path).resolve().parent == TRACE_DIR.resolve():
        problems.append(f"{path}: bundled trace rule files are named trace-{rules.version}.yaml")
    return problems + check_trace_examples(rules)


def validate_rubric_file(path: Path) -> list[str]:
    """Schema problems and misbehaving examples of a rubric file — or of a trace rule file (``id:
    trace``), by its own model and examples; ``[]`` when valid. A file that cannot be read at all, or
    with a pattern that backtracks without bound, raises RubricError (refused outright: exit 2)."""
    raw = read_rubric_text(Path(path))
    if _trace_id(raw):
        return validate_trace_file(Path(path), raw)
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
