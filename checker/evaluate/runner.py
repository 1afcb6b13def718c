"""Run the checker over the labelled set and turn its reviews into scored cases.

The review function is injected (``ReviewFn``) so the scoring can be tested on hand-made reviews;
``review_function`` builds the real one from the pipeline for a rubric and backend.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from checker.errors import BackendError, RectcheckError
from checker.evaluate.dataset import Dataset, DocumentRecord, FindingLabel, normalise_hint
from checker.evaluate.metrics import (
    confusion_view,
    flag_scores,
    macro_f1,
    micro_f1,
    responsiveness_score,
    safe_div,
)
from checker.evaluate.results import (
    CaseResult,
    DocumentResult,
    EvalResult,
    FailedCase,
    FamilyScore,
    LabellerScore,
    Metrics,
    SegmentationScore,
    SourceScore,
)
from checker.flags import flag_codes
from checker.models import FindingResult, Review, Source

ReviewFn = Callable[[Source], Review]


def source_for(record: DocumentRecord, root: Path) -> Source:
    """The record's document as a Source: read from its file, or built from its inline text."""
    if record.path is not None:
        from checker.read import read_source

        return read_source(root / record.path)
    assert record.text is not None
    return Source(path=f"{record.id}.{record.format}", text=record.text, format=record.format, encoding="utf-8")


def _contains(finding: FindingResult, hint: str) -> bool:
    return hint in normalise_hint(finding.title) or hint in normalise_hint(finding.finding_text)


def pair_findings(record: DocumentRecord, predicted: list[FindingResult]) -> list[tuple[int | None, bool]]:
    """For each labelled finding: (index into ``predicted`` or None, whether the title hint matched).

    A label pairs with the first unused checker finding after the previous pairing that holds its
    title hint, then with any unused one that does; failing that, with the checker finding at the
    same position when the counts agree (paired, but the title does not match)."""
    used: set[int] = set()
    out: list[tuple[int | None, bool]] = []
    last = -1
    for label in record.findings:
        hint = normalise_hint(label.title_hint)
        order = list(range(last + 1, len(predicted))) + list(range(0, last + 1))
        match = next((i for i in order if i not in used and _contains(predicted[i], hint)), None)
        if match is not None:
            used.add(match)
            last = match
            out.append((match, True))
            continue
        pos = label.index - 1
        if len(predicted) == len(record.findings) and pos not in used:
            used.add(pos)
            last = pos
            out.append((pos, False))
        else:
            out.append((None, False))
    return out


def _phrase_in(phrase: str, text: str) -> bool:
    return normalise_hint(phrase) in normalise_hint(text)


def phrase_checks(label: FindingLabel, got: FindingResult | None) -> tuple[int, int]:
    """(labelled, matched) for a finding's problem and measure phrases. A measure phrase of None on a
    finding labelled ``no_measure`` expects no measure text; on others it says nothing."""
    labelled = matched = 0
    if label.problem_phrase:
        labelled += 1
        matched += got is not None and _phrase_in(label.problem_phrase, got.finding_text)
    if label.measure_phrase:
        labelled += 1
        matched += got is not None and _phrase_in(label.measure_phrase, got.measure_text)
    elif label.problem_phrase and "no_measure" in label.flags:
        labelled += 1
        matched += got is not None and not got.measure_text.strip()
    return labelled, int(matched)


def score_document(record: DocumentRecord, review: Review | None, error: str | None = None) -> tuple[DocumentResult, list[CaseResult]]:
    """Cases and the segmentation outcome for one document (``review`` None when the document was refused)."""
    doc = DocumentResult(
        document_id=record.id,
        source=record.source,
        expected_kind=record.kind,
        expected_findings=record.findings_expected,
        error=error,
        family=record.family,
    )
    predicted = review.findings if review is not None else []
    if review is not None:
        doc.predicted_kind = review.document.kind
        seg = review.document.segmentation
        doc.reading = seg.source if seg is not None else "rules"
        doc.predicted_findings = len(predicted)
    cases: list[CaseResult] = []
    for label, (pos, title_ok) in zip(record.findings, pair_findings(record, predicted), strict=True):
        labelled, matched = phrase_checks(label, predicted[pos] if pos is not None else None)
        doc.phrases_labelled += labelled
        doc.phrases_matched += matched
        case = CaseResult(
            case_id=record.case_id(label.index),
            document_id=record.id,
            scope="finding",
            index=label.index,
            title_hint=label.title_hint,
            expected_flags=sorted(label.flags),
            expected_responsiveness=label.responsiveness,
            paired=pos is not None,
            title_ok=title_ok,
            tags=record.tags,
            labeller=record.labeller,
        )
        if pos is not None:
            got = predicted[pos]
            case.predicted_flags = sorted({f.code for f in got.flags})
            case.predicted_responsiveness = got.responsiveness
            case.predicted_id = got.id
            case.verdict = got.verdict
            case.score = got.score
            doc.paired_findings += 1
            doc.titles_matched += int(title_ok)
        cases.append(case)
    doc_case = CaseResult(
        case_id=record.document_case_id,
        document_id=record.id,
        scope="document",
        expected_flags=sorted(record.document_flags),
        predicted_flags=sorted({f.code for f in review.document_flags}) if review is not None else [],
        paired=review is not None,
        verdict=review.summary.verdict if review is not None else None,
        score=review.summary.score if review is not None else None,
        tags=record.tags,
        labeller=record.labeller,
    )
    cases.append(doc_case)
    return doc, cases


def compute_metrics(cases: list[CaseResult], documents: list[DocumentResult]) -> tuple[Metrics, list]:
    """All figures of a run, plus the confusion view of the weakest flags."""
    flag_cases = [(set(c.expected_flags), set(c.predicted_flags)) for c in cases]
    scores = flag_scores(flag_cases, flag_codes())
    tp = sum(s.tp for s in scores.values())
    fp = sum(s.fp for s in scores.values())
    fn = sum(s.fn for s in scores.values())
    finding_cases = [c for c in cases if c.scope == "finding"]
    resp = responsiveness_score(
        [(c.predicted_responsiveness if c.paired else None, c.expected_responsiveness) for c in finding_cases]  # type: ignore[misc]
    )
    n_docs = len(documents)
    labelled_findings = sum(d.expected_findings for d in documents)
    seg = SegmentationScore(
        documents=n_docs,
        accuracy=safe_div(sum(d.segmentation_ok for d in documents), n_docs),
        count_accuracy=safe_div(sum(d.count_ok for d in documents), n_docs),
        kind_accuracy=safe_div(sum(d.kind_ok for d in documents), n_docs),
        pairing_accuracy=safe_div(sum(d.titles_matched for d in documents), labelled_findings),
        phrase_accuracy=safe_div(sum(d.phrases_matched for d in documents), sum(d.phrases_labelled for d in documents)),
        errors=sum(1 for d in documents if d.error),
        by_source=source_scores(documents),
    )
    metrics = Metrics(
        cases=len(cases),
        finding_cases=len(finding_cases),
        flags=scores,
        micro_f1=micro_f1(scores),
        macro_f1=macro_f1(scores),
        micro_precision=safe_div(tp, tp + fp),
        micro_recall=safe_div(tp, tp + fn),
        responsiveness=resp,
        segmentation=seg,
        exact_match=safe_div(sum(c.flags_ok for c in cases), len(cases)),
    )
    confusion = confusion_view([(c.case_id, set(c.expected_flags), set(c.predicted_flags)) for c in cases], scores)
    return metrics, confusion


def source_scores(documents: list[DocumentResult]) -> dict[str, SourceScore]:
    """Segmentation of the documents the rules read and of those the model read (refused ones left out)."""
    by: dict[str, list[DocumentResult]] = {}
    for d in documents:
        if d.reading:
            by.setdefault(d.reading, []).append(d)
    return {
        src: SourceScore(
            documents=len(docs),
            accuracy=safe_div(sum(d.segmentation_ok for d in docs), len(docs)),
            count_accuracy=safe_div(sum(d.count_ok for d in docs), len(docs)),
            phrase_accuracy=safe_div(sum(d.phrases_matched for d in docs), sum(d.phrases_labelled for d in docs)),
        )
        for src, docs in sorted(by.items())
    }


def labeller_scores(cases: list[CaseResult]) -> list[LabellerScore]:
    """Micro precision and recall per label source: the adjudicated cases (two labellers) apart from
    the ones a single labeller wrote."""
    out = []
    for who in sorted({c.labeller for c in cases}):
        mine = [c for c in cases if c.labeller == who]
        tp = sum(len(set(c.expected_flags) & set(c.predicted_flags)) for c in mine)
        fp = sum(len(set(c.predicted_flags) - set(c.expected_flags)) for c in mine)
        fn = sum(len(set(c.expected_flags) - set(c.predicted_flags)) for c in mine)
        p = tp / (tp + fp) if tp + fp else None
        r = tp / (tp + fn) if tp + fn else None
        f1 = 2 * p * r / (p + r) if p and r else None
        out.append(LabellerScore(labeller=who, cases=len(mine), tp=tp, fp=fp, fn=fn, precision=p, recall=r, f1=f1))
    return out


def family_scores(documents: list[DocumentResult]) -> list[FamilyScore]:
    """Segmentation per layout family (documents without a family tag are left out)."""
    by: dict[str, list[DocumentResult]] = {}
    for d in documents:
        if d.family:
            by.setdefault(d.family, []).append(d)
    return [
        FamilyScore(
            family=fam,
            documents=len(docs),
            count_ok=sum(d.count_ok for d in docs),
            phrases_labelled=sum(d.phrases_labelled for d in docs),
            phrases_matched=sum(d.phrases_matched for d in docs),
        )
        for fam, docs in sorted(by.items())
    ]


def failures_of(cases: list[CaseResult]) -> list[FailedCase]:
    out: list[FailedCase] = []
    for c in cases:
        if not c.failed:
            continue
        expected, got = set(c.expected_flags), set(c.predicted_flags)
        out.append(
            FailedCase(
                case_id=c.case_id,
                expected_flags=c.expected_flags,
                predicted_flags=c.predicted_flags,
                missing=sorted(expected - got),
                extra=sorted(got - expected),
                expected_responsiveness=c.expected_responsiveness,
                predicted_responsiveness=c.predicted_responsiveness,
                paired=c.paired,
            )
        )
    return out


def evaluate(dataset: Dataset, review_fn: ReviewFn, rubric_ref: str, backend: str) -> EvalResult:
    """Review every document of ``dataset`` with ``review_fn`` and score the result.

    A document the reader refuses is recorded (its cases count as missed); a backend failure
    (``BackendError``) stops the run, since no figure would mean anything."""
    documents: list[DocumentResult] = []
    cases: list[CaseResult] = []
    usage: dict[str, float | int | None] = {}
    for record in dataset.documents:
        review: Review | None = None
        error: str | None = None
        try:
            review = review_fn(source_for(record, dataset.root))
        except BackendError:
            raise
        except RectcheckError as exc:
            error = str(exc)
        if review is not None and review.usage is not None:
            for key, value in review.usage.model_dump().items():
                if isinstance(value, int | float):
                    usage[key] = (usage.get(key) or 0) + value
        doc, doc_cases = score_document(record, review, error)
        documents.append(doc)
        cases.extend(doc_cases)
    metrics, confusion = compute_metrics(cases, documents)
    return EvalResult(
        rubric=rubric_ref,
        backend=backend,
        dataset=str(dataset.root),
        documents=len(dataset.documents),
        finding_cases=dataset.finding_cases,
        seed_cases=sum(len(d.findings) for d in dataset.by_source("seed")),
        composed_cases=sum(len(d.findings) for d in dataset.by_source("composed")),
        blind_cases=sum(len(d.findings) for d in dataset.by_source("blind")),
        metrics=metrics,
        families=family_scores(documents),
        by_labeller=labeller_scores(cases),
        confusion=confusion,
        failures=failures_of(cases),
        cases=cases,
        document_results=documents,
        usage=usage or None,
    )


def review_function(rubric: object, backend: str, use_cache: bool = True) -> ReviewFn:
    """The pipeline's review for one rubric and backend (messages in Chinese; they are not scored)."""
    from checker.options import ReviewOptions
    from checker.pipeline import review_source

    options = ReviewOptions(backend=backend, use_cache=use_cache)  # type: ignore[arg-type]

    def run(source: Source) -> Review:
        return review_source(source, rubric, options)  # type: ignore[arg-type]

    return run
