"""The real corpus: public rectification documents nobody on the project wrote, labelled by readers
who had not seen the checker or its output.

The texts are third-party material and stay out of the repository: ``<dataset>/real/texts/`` holds
them (git-ignored), fetched again from the addresses each batch's ``sources.md`` lists. What is
committed is the labels, one folder per batch under ``<dataset>/real/batches/``:

- ``gold_flags.json``: per file the kind, the document's flags and its findings in order, each with a
  ``key`` (a phrase of that finding's own problem text, in no other finding's), a ``measure_key`` (a
  phrase of its measures, null when the text gives none), the flags an inspector would certainly
  raise, the ``optional`` ones, and the acceptable responsiveness values ``resp``;
- ``verdicts.json``: per file the document verdict the reader gave (pass/warn/fail/unreviewed);
- ``layouts.json``: per file the layout family the text is written in (for the per-layout table).

A document is **read right** when the review has exactly the labelled findings, in order, each
holding its key in its problem text and its measure key in its measure text (no measure text where
the key is null), or when no finding is labelled and the review refuses it; **refused** when the
review says it cannot be read (未评审); **wrong** otherwise — a reading the auditor would trust
without being told it is wrong.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from checker.errors import UsageError
from checker.evaluate.metrics import FlagScore, cohen_kappa, flag_scores, micro_f1, safe_div
from checker.flags import FlagCode, flag_codes
from checker.models import DocumentKind, FindingResult, Review, Source
from checker.read.ruby import without_glosses

Outcome = Literal["right", "refused", "wrong", "missing"]
RealVerdict = Literal["pass", "warn", "fail", "unreviewed"]


class RealFindingLabel(BaseModel):
    model_config = ConfigDict(extra="forbid")

    key: str = Field(min_length=1)
    measure_key: str | None = None
    flags: list[FlagCode] = Field(default_factory=list)
    optional: list[FlagCode] = Field(default_factory=list)
    resp: list[int] = Field(default_factory=lambda: [0, 1, 2, 3])


class RealDocumentLabel(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: DocumentKind
    document_flags: list[FlagCode] = Field(default_factory=list)
    findings: list[RealFindingLabel] = Field(default_factory=list)


class RealVerdictLabel(BaseModel):
    model_config = ConfigDict(extra="forbid")

    verdict: RealVerdict
    confidence: Literal["high", "medium", "low"] = "medium"
    reason: str = ""


class RealDocument(BaseModel):
    """One labelled real document: its file name, batch, layout family and labels."""

    name: str
    batch: str
    layout: str = "other"
    label: RealDocumentLabel
    verdict: RealVerdictLabel | None = None


class RealCorpus(BaseModel):
    root: Path  # the folder holding batches/ and texts/
    documents: list[RealDocument]
    # The second, independent labelling of the same findings (batches/<batch>/second/), by file name.
    second: dict[str, RealDocumentLabel] = Field(default_factory=dict)
    second_verdicts: dict[str, RealVerdictLabel] = Field(default_factory=dict)

    @property
    def texts(self) -> Path:
        return self.root / "texts"

    def present(self) -> list[RealDocument]:
        return [d for d in self.documents if (self.texts / d.name).is_file()]


def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(f"{path}: cannot read: {exc}") from None
    if not isinstance(data, dict):
        raise UsageError(f"{path}: expected an object keyed by file name")
    return {k: v for k, v in data.items() if not k.startswith("_")}


def load_real_corpus(root: Path) -> RealCorpus | None:
    """The labelled real corpus under ``root`` (``<dataset>/real``), or None when there is none."""
    batches = root / "batches"
    if not batches.is_dir():
        return None
    documents: list[RealDocument] = []
    second: dict[str, RealDocumentLabel] = {}
    second_verdicts: dict[str, RealVerdictLabel] = {}
    seen: set[str] = set()
    for folder in sorted(p for p in batches.iterdir() if p.is_dir()):
        again = folder / "second"
        for name, raw in (_read_json(again / "gold_flags.json") if (again / "gold_flags.json").is_file() else {}).items():
            second[name] = _validated(RealDocumentLabel, raw, again / "gold_flags.json", name)
        for name, raw in (_read_json(again / "verdicts.json") if (again / "verdicts.json").is_file() else {}).items():
            second_verdicts[name] = _validated(RealVerdictLabel, raw, again / "verdicts.json", name)
        gold_path = folder / "gold_flags.json"
        if not gold_path.is_file():
            continue
        gold = _read_json(gold_path)
        verdicts = _read_json(folder / "verdicts.json") if (folder / "verdicts.json").is_file() else {}
        layouts = _read_json(folder / "layouts.json") if (folder / "layouts.json").is_file() else {}
        for name, raw in gold.items():
            if name in seen:
                raise UsageError(f"{gold_path}: {name}: labelled twice")
            seen.add(name)
            try:
                label = RealDocumentLabel.model_validate(raw)
                verdict = RealVerdictLabel.model_validate(verdicts[name]) if name in verdicts else None
            except ValidationError as exc:
                err = exc.errors()[0]
                where = ".".join(str(p) for p in err["loc"])
                raise UsageError(f"{gold_path}: {name}: {where}: {err['msg']}") from None
            documents.append(
                RealDocument(name=name, batch=folder.name, layout=str(layouts.get(name, "other")), label=label,
                             verdict=verdict)
            )
    return RealCorpus(root=root, documents=documents, second=second, second_verdicts=second_verdicts)


def _validated(model: type[M], raw: object, path: Path, name: str) -> M:
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise UsageError(f"{path}: {name}: {where}: {err['msg']}") from None


class LabellerAgreement(BaseModel):
    """How far two independent labellings of the same findings agree: the reachable target."""

    documents: int = 0
    findings: int = 0
    kappa: dict[str, float | None] = Field(default_factory=dict)  # per flag code labelled by either
    pooled_kappa: float | None = None
    verdicts: int = 0
    verdict_agreement: float | None = None


def labeller_agreement(corpus: RealCorpus) -> LabellerAgreement:
    """Cohen's kappa per flag between the two labellings (findings aligned in order, where both have
    the same number), and how often their document verdicts agree."""
    firsts: list[set[str]] = []
    seconds: list[set[str]] = []
    docs = 0
    for d in corpus.documents:
        other = corpus.second.get(d.name)
        if other is None or len(other.findings) != len(d.label.findings):
            continue
        docs += 1
        firsts += [set(f.flags) for f in d.label.findings]
        seconds += [set(f.flags) for f in other.findings]
    codes = sorted(set().union(*firsts, *seconds)) if firsts else []
    a = LabellerAgreement(documents=docs, findings=len(firsts))
    pooled_a: list[bool] = []
    pooled_b: list[bool] = []
    for code in codes:
        x, y = [code in f for f in firsts], [code in f for f in seconds]
        a.kappa[code] = cohen_kappa(x, y)
        pooled_a += x
        pooled_b += y
    a.pooled_kappa = cohen_kappa(pooled_a, pooled_b) if pooled_a else None
    pairs = [(d.verdict.verdict, corpus.second_verdicts[d.name].verdict)
             for d in corpus.documents if d.verdict is not None and d.name in corpus.second_verdicts]
    a.verdicts = len(pairs)
    a.verdict_agreement = safe_div(sum(x == y for x, y in pairs), len(pairs))
    return a


M = TypeVar("M", bound=BaseModel)


# ---------------------------------------------------------------- scoring one document


class RealFindingResult(BaseModel):
    index: int
    key: str
    found: bool  # the key stands in this finding's problem text
    measure_ok: bool
    expected_flags: list[str] = Field(default_factory=list)
    optional_flags: list[str] = Field(default_factory=list)
    predicted_flags: list[str] = Field(default_factory=list)
    resp: list[int] = Field(default_factory=list)
    predicted_resp: int | None = None


class RealDocumentResult(BaseModel):
    name: str
    batch: str
    layout: str
    outcome: Outcome
    why: str = ""  # for a wrong reading: the first thing that does not match
    expected_findings: int
    predicted_findings: int | None = None
    confidence: float | None = None
    reader_layout: str | None = None
    expected_kind: str
    predicted_kind: str | None = None
    expected_verdict: str | None = None
    predicted_verdict: str | None = None
    score: float | None = None
    expected_document_flags: list[str] = Field(default_factory=list)
    predicted_document_flags: list[str] = Field(default_factory=list)
    findings: list[RealFindingResult] = Field(default_factory=list)


def _has_words(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _problem_text(f: FindingResult) -> str:
    return f.title + "\n" + f.finding_text


def reading_outcome(doc: RealDocument, review: Review) -> tuple[Outcome, str]:
    """Right, refused or wrong, with the first mismatch of a wrong reading. A document in which the
    reader found no finding to split out is read right when it is refused."""
    return review_outcome(doc.label.findings, review)


def review_outcome(labels: list[RealFindingLabel], review: Review) -> tuple[Outcome, str]:
    """:func:`reading_outcome` of a review against findings labelled as the real corpus's are (the
    first-time writers' reports carry such labels without being real documents)."""
    return outcome_of(
        labels, review.summary.verdict == "unreviewed",
        [(_problem_text(f), f.measure_text) for f in review.findings],
    )


def _holds(read: str, key: str) -> bool:
    """Does a reading's text hold a label's key? A key copied from a page with pinyin glosses (經(jīng)營)
    is found as the reading holds such a page's words, without them."""
    return key in read or without_glosses(key) in read


def outcome_of(
    labels: list[RealFindingLabel], refused: bool, read: list[tuple[str, str]],
) -> tuple[Outcome, str]:
    """:func:`reading_outcome` on a reading given as its findings' (problem text, measure text): what
    any version of the reader can report, so that an old reading is judged by today's labels."""
    if refused:
        return ("right" if not labels else "refused"), ""
    if not labels:
        return "wrong", f"no finding is labelled, the review has {len(read)}"
    if len(read) != len(labels):
        return "wrong", f"{len(read)} findings read, {len(labels)} labelled"
    for i, (label, (problem, measure)) in enumerate(zip(labels, read, strict=True), start=1):
        if not _holds(problem, label.key):
            holder = next((j for j, (p, _) in enumerate(read, start=1) if _holds(p, label.key)), None)
            return "wrong", f"F{i}: key {label.key!r} " + (f"is in F{holder}" if holder else "is in no finding's problem")
        if label.measure_key is None:
            if _has_words(measure):
                return "wrong", f"F{i}: a measure is read where the text gives none"
        elif not _holds(measure, label.measure_key):
            return "wrong", f"F{i}: measure key {label.measure_key!r} is not in its measure"
    return "right", ""


def score_real_document(doc: RealDocument, review: Review | None) -> RealDocumentResult:
    res = RealDocumentResult(
        name=doc.name, batch=doc.batch, layout=doc.layout, outcome="missing",
        expected_findings=len(doc.label.findings), expected_kind=doc.label.kind,
        expected_verdict=doc.verdict.verdict if doc.verdict else None,
        expected_document_flags=sorted(doc.label.document_flags),
    )
    if review is None:
        return res
    res.outcome, res.why = reading_outcome(doc, review)
    seg = review.document.segmentation
    res.predicted_findings = len(review.findings)
    res.confidence = seg.confidence if seg is not None else None
    res.reader_layout = review.document.layout
    res.predicted_kind = review.document.kind
    res.predicted_verdict = review.summary.verdict
    res.score = review.summary.score
    res.predicted_document_flags = sorted({f.code for f in review.document_flags})
    if res.outcome != "right" or not doc.label.findings:
        return res  # a refused document with nothing labelled is right, and has no finding to score
    for i, (label, f) in enumerate(zip(doc.label.findings, review.findings, strict=True), start=1):
        res.findings.append(
            RealFindingResult(
                index=i, key=label.key, found=True, measure_ok=True,
                expected_flags=sorted(label.flags), optional_flags=sorted(label.optional),
                predicted_flags=sorted({fl.code for fl in f.flags}),
                resp=label.resp, predicted_resp=f.responsiveness,
            )
        )
    return res


# ---------------------------------------------------------------- the whole corpus


class RealLayoutRow(BaseModel):
    layout: str
    documents: int
    right: int
    refused: int
    wrong: int


class ReliabilityRow(BaseModel):
    """Of the readings given at least ``threshold`` confidence (and not refused), how many were right."""

    threshold: float
    readings: int
    right: int


class RealMetrics(BaseModel):
    documents: int
    present: int
    right: int = 0
    refused: int = 0
    wrong: int = 0
    by_layout: list[RealLayoutRow] = Field(default_factory=list)
    by_batch: list[RealLayoutRow] = Field(default_factory=list)
    flags: dict[str, FlagScore] = Field(default_factory=dict)
    micro_precision: float | None = None
    micro_recall: float | None = None
    micro_f1: float | None = None
    responsiveness_cases: int = 0
    responsiveness_in_range: float | None = None
    verdicts: int = 0
    kinds: int = 0  # documents with findings whose kind was judged
    kind_agreement: float | None = None  # the reader's document kind against the labels'
    verdict_agreement: float | None = None
    verdict_confusion: dict[str, dict[str, int]] = Field(default_factory=dict)
    opposite_verdicts: int = 0  # 不合格 where the reader says 合格, or the reverse
    reliability: list[ReliabilityRow] = Field(default_factory=list)


class RealResult(BaseModel):
    corpus: str
    texts_present: bool
    metrics: RealMetrics
    documents: list[RealDocumentResult] = Field(default_factory=list)
    labellers: LabellerAgreement | None = None  # the two labellings' agreement (needs no text)


def _rows(results: list[RealDocumentResult], key: Callable[[RealDocumentResult], str]) -> list[RealLayoutRow]:
    by: dict[str, list[RealDocumentResult]] = {}
    for r in results:
        by.setdefault(key(r), []).append(r)
    return [
        RealLayoutRow(
            layout=name, documents=len(rs), right=sum(r.outcome == "right" for r in rs),
            refused=sum(r.outcome == "refused" for r in rs), wrong=sum(r.outcome == "wrong" for r in rs),
        )
        for name, rs in sorted(by.items())
    ]


def _flag_cases(results: list[RealDocumentResult]) -> list[tuple[set[str], set[str]]]:
    """(expected, predicted) per finding read right and per document read; an optional flag counts
    neither way."""
    cases: list[tuple[set[str], set[str]]] = []
    for r in results:
        if r.outcome != "right":
            continue
        for f in r.findings:
            optional = set(f.optional_flags)
            cases.append((set(f.expected_flags), set(f.predicted_flags) - (optional - set(f.expected_flags))))
        # unsegmented is the reading's outcome (right, refused), measured there, not a flag to score here
        cases.append((set(r.expected_document_flags) - {"unsegmented"}, set(r.predicted_document_flags) - {"unsegmented"}))
    return cases


_RELIABILITY_THRESHOLDS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)


def real_metrics(corpus: RealCorpus, results: list[RealDocumentResult]) -> RealMetrics:
    read = [r for r in results if r.outcome != "missing"]
    m = RealMetrics(
        documents=len(corpus.documents), present=len(read),
        right=sum(r.outcome == "right" for r in read), refused=sum(r.outcome == "refused" for r in read),
        wrong=sum(r.outcome == "wrong" for r in read),
        by_layout=_rows(read, lambda r: r.layout), by_batch=_rows(read, lambda r: r.batch),
    )
    scores = flag_scores(_flag_cases(read), flag_codes())
    m.flags = {code: s for code, s in scores.items() if s.tp or s.fp or s.fn}
    tp, fp, fn = (sum(getattr(s, k) for s in scores.values()) for k in ("tp", "fp", "fn"))
    m.micro_precision, m.micro_recall = safe_div(tp, tp + fp), safe_div(tp, tp + fn)
    m.micro_f1 = micro_f1(scores)
    resp = [(f.predicted_resp, f.resp) for r in read if r.outcome == "right" for f in r.findings]
    m.responsiveness_cases = len(resp)
    m.responsiveness_in_range = safe_div(sum(p in allowed for p, allowed in resp), len(resp))
    kinded = [r for r in read if r.expected_findings and r.predicted_kind is not None]
    m.kinds = len(kinded)
    m.kind_agreement = safe_div(sum(r.expected_kind == r.predicted_kind for r in kinded), len(kinded))
    judged = [r for r in read if r.expected_verdict is not None and r.predicted_verdict is not None]
    m.verdicts = len(judged)
    m.verdict_agreement = safe_div(sum(r.expected_verdict == r.predicted_verdict for r in judged), len(judged))
    for r in judged:
        row = m.verdict_confusion.setdefault(str(r.expected_verdict), {})
        row[str(r.predicted_verdict)] = row.get(str(r.predicted_verdict), 0) + 1
    m.opposite_verdicts = sum({r.expected_verdict, r.predicted_verdict} == {"pass", "fail"} for r in judged)
    scored = [r for r in read if r.outcome != "refused" and r.confidence is not None]
    m.reliability = [
        ReliabilityRow(threshold=t, readings=len(above := [r for r in scored if r.confidence >= t]),  # type: ignore[operator]
                       right=sum(r.outcome == "right" for r in above))
        for t in _RELIABILITY_THRESHOLDS
    ]
    return m


def evaluate_real(corpus: RealCorpus, review_fn: Callable[[Source], Review]) -> RealResult:
    """Review every real document whose text is present and score the readings."""
    from checker.errors import BackendError, RectcheckError
    from checker.read import read_source

    results: list[RealDocumentResult] = []
    for doc in corpus.documents:
        path = corpus.texts / doc.name
        if not path.is_file():
            results.append(score_real_document(doc, None))
            continue
        try:
            review = review_fn(read_source(path))
        except BackendError:
            raise
        except RectcheckError as exc:  # a text the reader refuses to read: refused, with the reason
            refused = score_real_document(doc, None)
            refused.outcome, refused.why = "refused", str(exc)
            results.append(refused)
            continue
        results.append(score_real_document(doc, review))
    return RealResult(
        corpus=str(corpus.root), texts_present=any(r.outcome != "missing" for r in results),
        metrics=real_metrics(corpus, results), documents=results, labellers=labeller_agreement(corpus),
    )
