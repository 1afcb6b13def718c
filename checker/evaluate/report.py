"""Render evaluation and comparison results as text (rich tables) or JSON."""

from __future__ import annotations

import io
import json

from rich.console import Console
from rich.table import Table

from checker.evaluate.crossdoc_eval import CrossdocEvalResult
from checker.evaluate.metrics import FlagScore
from checker.evaluate.real import RealResult
from checker.evaluate.results import CompareResult, EvalResult
from checker.evaluate.trace_eval import TraceEvalResult

PIPED_WIDTH = 120
MAX_FAILURES_SHOWN = 40


def fmt(value: float | None, digits: int = 3) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def fmt_delta(a: float | None, b: float | None) -> str:
    """B − A as the difference of the two figures shown beside it (each rounded to three decimals),
    so it always agrees with them: ``+0.001`` for 0.8474 → 0.8476 (0.847 → 0.848). Figures that
    differ by less than the shown precision give ``+0.000`` or ``-0.000``, signed by the true change;
    ``0`` only when they are equal."""
    if a is None or b is None:
        return "n/a"
    d = round(round(b, 3) - round(a, 3), 3)  # the difference of the figures shown beside it
    if d:
        return f"{d:+.3f}"
    return "0" if b == a else ("+0.000" if b > a else "-0.000")


def _console(buffer: io.StringIO) -> Console:
    return Console(file=buffer, width=PIPED_WIDTH, force_terminal=False, color_system=None, highlight=False)


ADJUDICATED = "annotator-1+annotator-2"


def headline(result: EvalResult) -> dict[str, float | None]:
    """The figures the regression floor and the comparison look at."""
    m = result.metrics
    adjudicated = next((b for b in result.by_labeller if b.labeller == ADJUDICATED), None)
    return {
        "micro_f1": m.micro_f1,
        "macro_f1": m.macro_f1,
        "micro_precision": m.micro_precision,
        "micro_recall": m.micro_recall,
        "exact_match": m.exact_match,
        "responsiveness_accuracy": m.responsiveness.accuracy,
        "responsiveness_mae": m.responsiveness.mae,
        "responsiveness_spearman": m.responsiveness.spearman,
        "segmentation_accuracy": m.segmentation.accuracy,
        "pairing_accuracy": m.segmentation.pairing_accuracy,
        # flags on the cases two labellers labelled and an adjudication settled
        "adjudicated_precision": adjudicated.precision if adjudicated else None,
        "adjudicated_recall": adjudicated.recall if adjudicated else None,
        **_real_headline(result.real),
    }


def _real_headline(real: RealResult | None) -> dict[str, float | None]:
    """The real corpus's figures, when its texts are present."""
    if real is None or not real.texts_present:
        return {}
    m = real.metrics
    return {
        "real_right": safe_share(m.right, m.present),
        "real_wrong": safe_share(m.wrong, m.present),
        "real_micro_f1": m.micro_f1,
        "real_micro_precision": m.micro_precision,
        "real_micro_recall": m.micro_recall,
        "real_responsiveness": m.responsiveness_in_range,
        "real_kind_agreement": m.kind_agreement,
        "real_verdict_agreement": m.verdict_agreement,
    }


def _summary_table(result: EvalResult) -> Table:
    t = Table(title="Summary", show_header=True)
    t.add_column("metric")
    t.add_column("value", justify="right")
    for name, value in headline(result).items():
        t.add_row(name, fmt(value))
    seg = result.metrics.segmentation
    t.add_row("kind_accuracy", fmt(seg.kind_accuracy))
    t.add_row("count_accuracy", fmt(seg.count_accuracy))
    t.add_row("phrase_accuracy", fmt(seg.phrase_accuracy))
    return t


def _family_table(result: EvalResult) -> Table | None:
    """Segmentation per layout family: documents with the right number of findings, and labelled
    problem/measure phrases found in the right finding's problem or measure text."""
    if not result.families:
        return None
    t = Table(title="Segmentation by layout family")
    for col, just in (("family", "left"), ("documents", "right"), ("count right", "right"),
                      ("phrases right", "right"), ("phrase accuracy", "right")):
        t.add_column(col, justify=just)  # type: ignore[arg-type]
    for f in result.families:
        t.add_row(f.family, str(f.documents), f"{f.count_ok}/{f.documents}",
                  f"{f.phrases_matched}/{f.phrases_labelled}", fmt(f.phrase_accuracy))
    return t


def _source_table(result: EvalResult) -> Table | None:
    """Segmentation by whose reading the review used; shown for the model backends."""
    by = result.metrics.segmentation.by_source
    if result.backend == "rules" or not by:
        return None
    t = Table(title="Segmentation by reading (rules, or the model's checked outline)")
    for col in ("reading", "documents", "accuracy", "count", "phrases"):
        t.add_column(col, justify="left" if col == "reading" else "right")
    for src, score in by.items():
        t.add_row(src, str(score.documents), fmt(score.accuracy), fmt(score.count_accuracy), fmt(score.phrase_accuracy))
    return t


def _labeller_table(result: EvalResult) -> Table | None:
    if len(result.by_labeller) < 2:
        return None
    t = Table(title="Flags by label source (annotator-1+annotator-2: adjudicated)")
    for col in ("labeller", "cases", "tp", "fp", "fn", "precision", "recall", "f1"):
        t.add_column(col, justify="left" if col == "labeller" else "right")
    for s in result.by_labeller:
        t.add_row(s.labeller, str(s.cases), str(s.tp), str(s.fp), str(s.fn), fmt(s.precision), fmt(s.recall), fmt(s.f1))
    return t


def _flag_table(result: EvalResult) -> Table:
    t = Table(title="Flags (per case: findings and documents)")
    for col in ("code", "support", "predicted", "tp", "fp", "fn", "precision", "recall", "f1", "kappa"):
        t.add_column(col, justify="left" if col == "code" else "right")
    for s in result.metrics.flags.values():
        t.add_row(s.code, str(s.support), str(s.predicted), str(s.tp), str(s.fp), str(s.fn),
                  fmt(s.precision), fmt(s.recall), fmt(s.f1), fmt(s.kappa))
    return t


def _confusion_table(result: EvalResult) -> Table:
    t = Table(title="Weakest flags")
    for col in ("code", "f1", "missed", "said instead", "false alarms", "labelled instead", "examples"):
        t.add_column(col)
    for e in result.confusion:
        said = ", ".join(f"{k}×{v}" for k, v in sorted(e.predicted_instead.items(), key=lambda kv: -kv[1])) or "-"
        lab = ", ".join(f"{k}×{v}" for k, v in sorted(e.labelled_instead.items(), key=lambda kv: -kv[1])) or "-"
        examples = " ".join(e.missed_examples[:2] + e.false_alarm_examples[:2])
        t.add_row(e.code, fmt(e.f1), str(e.missed), said, str(e.false_alarms), lab, examples)
    return t


def _failure_table(result: EvalResult) -> Table:
    # The same count as the header's "N cases": every finding and every document is a case.
    t = Table(title=f"Failing cases ({len(result.failures)} of {result.metrics.cases})")
    for col in ("case", "expected", "got", "resp. expected", "resp. got"):
        t.add_column(col)
    for f in result.failures[:MAX_FAILURES_SHOWN]:
        rng = f.expected_responsiveness
        t.add_row(
            f.case_id,
            ", ".join(f.expected_flags) or "-",
            (", ".join(f.predicted_flags) or "-") if f.paired else "(no finding)",
            "-" if rng is None else f"{rng[0]}–{rng[1]}",
            "-" if f.predicted_responsiveness is None else str(f.predicted_responsiveness),
        )
    return t


def _segmentation_table(result: EvalResult) -> Table | None:
    wrong = [d for d in result.document_results if not d.segmentation_ok or d.error]
    if not wrong:
        return None
    t = Table(title="Documents segmented differently from the labels")
    for col in ("document", "kind expected", "kind got", "findings expected", "got", "titles matched", "error"):
        t.add_column(col)
    for d in wrong:
        t.add_row(d.document_id, d.expected_kind, d.predicted_kind or "-", str(d.expected_findings),
                  "-" if d.predicted_findings is None else str(d.predicted_findings),
                  str(d.titles_matched), d.error or "")
    return t


def _real_tables(real: RealResult) -> list[Table]:
    m = real.metrics
    summary = Table(title=f"Real documents ({real.corpus}): {m.present} of {m.documents} texts present")
    summary.add_column("figure")
    summary.add_column("value", justify="right")
    for name, value in (
        ("read right", f"{m.right} ({fmt(safe_share(m.right, m.present))})"),
        ("refused (unsegmented)", str(m.refused)),
        ("read wrong without saying so", str(m.wrong)),
        ("flags micro precision / recall / F1", f"{fmt(m.micro_precision)} / {fmt(m.micro_recall)} / {fmt(m.micro_f1)}"),
        ("responsiveness in range", f"{fmt(m.responsiveness_in_range)} of {m.responsiveness_cases}"),
        ("document kind agreement", f"{fmt(m.kind_agreement)} of {m.kinds}"),
        ("verdict agreement", f"{fmt(m.verdict_agreement)} of {m.verdicts}"),
        ("合格 read as 不合格 or the reverse", str(m.opposite_verdicts)),
    ):
        summary.add_row(name, value)
    tables = [summary]
    for title, rows in (("by layout", m.by_layout), ("by batch", m.by_batch)):
        t = Table(title=f"Real documents {title}")
        for col in ("", "documents", "right", "refused", "wrong"):
            t.add_column(col, justify="left" if not col else "right")
        for r in rows:
            t.add_row(r.layout, str(r.documents), str(r.right), str(r.refused), str(r.wrong))
        tables.append(t)
    rel = Table(title="Reliability: of the readings given at least this confidence, how many were right")
    for col in ("confidence ≥", "readings", "right", "share"):
        rel.add_column(col, justify="right")
    for level in m.reliability:
        rel.add_row(f"{level.threshold:g}", str(level.readings), str(level.right),
                    fmt(safe_share(level.right, level.readings)))
    tables.append(rel)
    if m.verdict_confusion:
        names = ["pass", "warn", "fail", "unreviewed"]
        conf = Table(title="Verdicts: the reader's (rows) against the review's (columns)")
        conf.add_column("")
        for n in names:
            conf.add_column(n, justify="right")
        for n in names:
            row = m.verdict_confusion.get(n, {})
            if row:
                conf.add_row(n, *(str(row.get(c, 0)) for c in names))
        tables.append(conf)
    if m.flags:
        flags = Table(title="Real documents: flags (findings read right)")
        for col in ("code", "tp", "fp", "fn", "precision", "recall", "F1"):
            flags.add_column(col, justify="left" if col == "code" else "right")
        for code, s in m.flags.items():
            flags.add_row(code, str(s.tp), str(s.fp), str(s.fn), fmt(s.precision), fmt(s.recall), fmt(s.f1))
        tables.append(flags)
    wrong = [d for d in real.documents if d.outcome in ("wrong", "refused")]
    agreement = _labellers_table(real)
    if agreement is not None:
        tables.append(agreement)
    if wrong:
        w = Table(title="Real documents not read right")
        for col in ("document", "outcome", "confidence", "layout read", "why"):
            w.add_column(col)
        for d in wrong:
            w.add_row(d.name, d.outcome, fmt(d.confidence), d.reader_layout or "-", d.why)
        tables.append(w)
    return tables


def _labellers_table(real: RealResult) -> Table | None:
    """The two independent labellings against each other: how far the judging can be expected to go."""
    a = real.labellers
    if a is None or not a.documents:
        return None
    t = Table(title=f"Real corpus: two independent labellings ({a.documents} documents, {a.findings} findings)")
    t.add_column("flag")
    t.add_column("Cohen's kappa", justify="right")
    for code, k in a.kappa.items():
        t.add_row(code, fmt(k))
    t.add_row("pooled", fmt(a.pooled_kappa))
    t.add_row("document verdict agreement", f"{fmt(a.verdict_agreement)} of {a.verdicts}")
    return t


def safe_share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def render_eval(result: EvalResult, fmt_name: str) -> str:
    if fmt_name == "json":
        return json.dumps(eval_json(result), ensure_ascii=False, indent=2) + "\n"
    buffer = io.StringIO()
    console = _console(buffer)
    if result.documents == 0 and result.real is not None:  # --real-only
        console.print(f"rectcheck eval · rubric {result.rubric} (vocabulary {result.vocabulary or '-'}, fingerprint "
                      f"{result.fingerprint or '-'}) · backend {result.backend} · the real corpus only")
        for real_table in _real_tables(result.real):
            console.print(real_table)
        return buffer.getvalue()
    console.print(
        f"rectcheck eval · rubric {result.rubric} (vocabulary {result.vocabulary or '-'}, fingerprint "
        f"{result.fingerprint or '-'}) · backend {result.backend} · {result.metrics.cases} cases: "
        f"{result.finding_cases} findings ({result.seed_cases} seed, {result.composed_cases} composed"
        + (f", {result.blind_cases} blind" if result.blind_cases else "")
        + ") "
        f"and {result.documents} documents"
    )
    for table in (_summary_table(result), _labeller_table(result), _flag_table(result), _confusion_table(result),
                  _family_table(result), _source_table(result), _segmentation_table(result),
                  _failure_table(result)):
        if table is not None:
            console.print(table)
    if len(result.failures) > MAX_FAILURES_SHOWN:
        console.print(f"… {len(result.failures) - MAX_FAILURES_SHOWN} more failing cases in --format json")
    if result.real is not None and not result.real.texts_present:
        console.print(f"real corpus: {result.real.metrics.documents} documents labelled in {result.real.corpus}, "
                      "no text present (fetch them by their addresses: eval/README.md)")
        agreement = _labellers_table(result.real)
        if agreement is not None:
            console.print(agreement)
    elif result.real is not None:
        for real_table in _real_tables(result.real):
            console.print(real_table)
    if result.trace is not None:
        console.print(_trace_table(result.trace))
        for name, one in result.trace.sets.items():
            console.print(_trace_table(one, f"  {name}"))
    for command, what, scored in (("rectcheck diff", "draft pairs", result.diff),
                                  ("rectcheck review DIR", "folders", result.folder)):  # fmt: skip
        if scored is not None:
            console.print(_crossdoc_table(command, what, scored))
            for name, part in scored.sets.items():
                console.print(_crossdoc_table(f"  {name}", what, part))
    return buffer.getvalue()


def _scores_table(title: str, first: str, scores: dict[str, FlagScore], pooled: tuple[float | None, ...]) -> Table:
    """Per kind: support, counts, P, R, F1 — under a title that ends with the micro averages (a labelled
    file's table, its title indented, says P R F1 alone, so the title fits on one line)."""
    p, r, f1 = pooled
    micro = "" if title.startswith(" ") else "micro "
    heading = f"{title} · {micro}P {fmt(p)} R {fmt(r)} F1 {fmt(f1)}"
    t = Table(title=heading, title_justify="left", min_width=len(heading))
    for col in (first, "support", "tp", "fp", "fn", "P", "R", "F1"):
        t.add_column(col)
    for kind, s in scores.items():
        t.add_row(kind, str(s.support), str(s.tp), str(s.fp), str(s.fn), fmt(s.precision), fmt(s.recall), fmt(s.f1))
    return t


def _crossdoc_table(command: str, what: str, r: CrossdocEvalResult) -> Table:
    return _scores_table(f"{command} · {len(r.cases)} {what}", "event", r.kinds,
                         (r.micro_precision, r.micro_recall, r.micro_f1))  # fmt: skip


def _trace_table(trace: TraceEvalResult, name: str = "rectcheck trace") -> Table:
    """The trace's scores per flag: of every set (``rectcheck trace``) or of one labelled file."""
    present = sum(p.present for p in trace.pairs)
    pairs = "plan/report pairs" if name == "rectcheck trace" else "pairs"
    return _scores_table(f"{name} · {present} of {len(trace.pairs)} {pairs}", "code",
                         dict(trace.flags), (trace.micro_precision, trace.micro_recall, trace.micro_f1))  # fmt: skip


def eval_json(result: EvalResult) -> dict:
    data = result.model_dump(mode="json")
    data["headline"] = headline(result)
    for fam, raw in zip(result.families, data["families"], strict=True):
        raw["phrase_accuracy"] = fam.phrase_accuracy
    for case, raw in zip(result.cases, data["cases"], strict=True):
        raw["flags_ok"] = case.flags_ok
        raw["responsiveness_ok"] = case.responsiveness_ok
    for doc, raw in zip(result.document_results, data["document_results"], strict=True):
        raw["segmentation_ok"] = doc.segmentation_ok
    return data


# ---------------------------------------------------------------- compare


def render_compare(result: CompareResult, fmt_name: str) -> str:
    if fmt_name == "json":
        return json.dumps(result.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
    buffer = io.StringIO()
    console = _console(buffer)
    console.print(f"rectcheck compare · {result.rubric_a} → {result.rubric_b} · backend {result.backend}")
    console.print(f"reading vocabulary {result.vocabulary_a or '-'} → {result.vocabulary_b or '-'} · fingerprint "
                  f"{result.fingerprint_a or '-'} → {result.fingerprint_b or '-'}")
    if result.vocabulary_a != result.vocabulary_b:
        console.print("the reading changed: findings may be split and paired differently, not only judged differently")
    t = Table(title="Metrics")
    for col in ("metric", result.rubric_a, result.rubric_b, "delta"):
        t.add_column(col, justify="left" if col == "metric" else "right")
    for name, (a, b) in result.metrics.items():
        t.add_row(name, fmt(a), fmt(b), fmt_delta(a, b))
    console.print(t)
    f = Table(title="Flag F1")
    for col in ("code", "support", "A", "B", "delta"):
        f.add_column(col, justify="left" if col == "code" else "right")
    for code, row in result.flag_f1.items():
        f.add_row(code, str(row.support), fmt(row.a), fmt(row.b), fmt_delta(row.a, row.b))
    console.print(f)
    c = Table(title=f"Changed cases ({len(result.changed)})")
    for col in ("case", "flags added", "flags removed", "verdict", "score", "expected"):
        c.add_column(col)
    for ch in result.changed:
        c.add_row(
            ch.case_id,
            ", ".join(ch.added) or "-",
            ", ".join(ch.removed) or "-",
            f"{ch.verdict_a or '-'} → {ch.verdict_b or '-'}",
            f"{fmt(ch.score_a, 1)} → {fmt(ch.score_b, 1)}",
            ", ".join(ch.expected) or "-",
        )
    console.print(c)
    if result.usage_b is not None:
        console.print(f"model requests in the second run: {result.usage_b.get('requests', 0)} "
                      f"(cached: {result.usage_b.get('cached', 0)})")
    return buffer.getvalue()
