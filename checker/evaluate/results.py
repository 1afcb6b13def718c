"""Typed results of an evaluation run: per-case and per-document outcomes, metrics, the whole run."""

from __future__ import annotations

from pydantic import BaseModel, Field

from checker.evaluate.crossdoc_eval import CrossdocEvalResult
from checker.evaluate.metrics import ConfusionEntry, FlagScore, ResponsivenessScore
from checker.evaluate.real import RealResult
from checker.evaluate.trace_eval import TraceEvalResult


class CaseResult(BaseModel):
    """One labelled case (a finding, or a document's own flags) with what the checker said."""

    case_id: str  # "<document>#F<n>" or "<document>#doc"
    document_id: str
    scope: str  # "finding" | "document"
    index: int | None = None
    title_hint: str | None = None
    expected_flags: list[str] = Field(default_factory=list)
    predicted_flags: list[str] = Field(default_factory=list)
    expected_responsiveness: tuple[int, int] | None = None
    predicted_responsiveness: int | None = None
    paired: bool = True  # the checker produced a finding for this case
    title_ok: bool | None = None  # the paired finding contains the title hint
    predicted_id: str | None = None  # F<n> of the paired finding
    verdict: str | None = None
    score: float | None = None
    tags: list[str] = Field(default_factory=list)
    labeller: str = ""  # who labelled the case ("annotator-1+annotator-2": two labellers, adjudicated)

    @property
    def flags_ok(self) -> bool:
        return set(self.expected_flags) == set(self.predicted_flags)

    @property
    def responsiveness_ok(self) -> bool:
        if self.expected_responsiveness is None:
            return True
        if self.predicted_responsiveness is None:
            return False
        low, high = self.expected_responsiveness
        return low <= self.predicted_responsiveness <= high

    @property
    def failed(self) -> bool:
        return not self.flags_ok or not self.responsiveness_ok


class DocumentResult(BaseModel):
    document_id: str
    source: str
    expected_kind: str
    predicted_kind: str | None = None
    expected_findings: int
    predicted_findings: int | None = None
    paired_findings: int = 0
    titles_matched: int = 0
    error: str | None = None  # the reader/pipeline refused the document
    family: str | None = None  # layout family (family:… tag)
    phrases_labelled: int = 0  # problem and measure phrases labelled for this document
    phrases_matched: int = 0  # … found in the problem / measure text of the paired finding
    reading: str | None = None  # whose reading the review used: rules or model (document.segmentation.source)

    @property
    def kind_ok(self) -> bool:
        return self.predicted_kind == self.expected_kind

    @property
    def count_ok(self) -> bool:
        return self.predicted_findings == self.expected_findings

    @property
    def segmentation_ok(self) -> bool:
        return self.kind_ok and self.count_ok


class SourceScore(BaseModel):
    """Segmentation on the documents read one way (by the rules, or by the model's outline)."""

    documents: int = 0
    accuracy: float | None = None  # finding count and kind both right
    count_accuracy: float | None = None
    phrase_accuracy: float | None = None


class SegmentationScore(BaseModel):
    documents: int = 0
    accuracy: float | None = None  # finding count and kind both right
    count_accuracy: float | None = None
    kind_accuracy: float | None = None
    pairing_accuracy: float | None = None  # labelled findings paired with a checker finding holding the title hint
    # Labelled problem/measure phrases found where they belong (problem text, measure text; a label
    # of "no measure" matched by a finding with none).
    phrase_accuracy: float | None = None
    errors: int = 0
    by_source: dict[str, SourceScore] = Field(default_factory=dict)  # rules / model


class FamilyScore(BaseModel):
    """Segmentation on the documents of one layout family."""

    family: str
    documents: int
    count_ok: int  # documents with the labelled number of findings
    phrases_labelled: int
    phrases_matched: int

    @property
    def phrase_accuracy(self) -> float | None:
        return self.phrases_matched / self.phrases_labelled if self.phrases_labelled else None


class Metrics(BaseModel):
    cases: int = 0  # all cases (findings + documents)
    finding_cases: int = 0
    flags: dict[str, FlagScore] = Field(default_factory=dict)
    micro_f1: float | None = None
    macro_f1: float | None = None
    micro_precision: float | None = None
    micro_recall: float | None = None
    responsiveness: ResponsivenessScore = Field(default_factory=ResponsivenessScore)
    segmentation: SegmentationScore = Field(default_factory=SegmentationScore)
    exact_match: float | None = None  # cases whose flag set is exactly right


class LabellerScore(BaseModel):
    """Pooled flag figures over the cases of one label source."""

    labeller: str
    cases: int
    tp: int
    fp: int
    fn: int
    precision: float | None
    recall: float | None
    f1: float | None


class FailedCase(BaseModel):
    case_id: str
    expected_flags: list[str]
    predicted_flags: list[str]
    missing: list[str]
    extra: list[str]
    expected_responsiveness: tuple[int, int] | None = None
    predicted_responsiveness: int | None = None
    paired: bool = True


class EvalResult(BaseModel):
    """Everything ``rectcheck eval --format json`` prints."""

    rubric: str  # id@version
    backend: str
    dataset: str
    vocabulary: str = ""  # the reading vocabulary's version
    fingerprint: str = ""  # the rubric with its vocabulary (Rubric.fingerprint)
    documents: int
    finding_cases: int
    seed_cases: int
    composed_cases: int
    blind_cases: int = 0  # findings of the blind set (composed and labelled before any rule read them)
    metrics: Metrics
    families: list[FamilyScore] = Field(default_factory=list)  # segmentation per layout family
    by_labeller: list[LabellerScore] = Field(default_factory=list)  # flags per label source
    confusion: list[ConfusionEntry] = Field(default_factory=list)
    failures: list[FailedCase] = Field(default_factory=list)
    cases: list[CaseResult] = Field(default_factory=list)
    document_results: list[DocumentResult] = Field(default_factory=list)
    usage: dict[str, float | int | None] | None = None
    command: str | None = None
    real: RealResult | None = None  # the real corpus, when it is labelled here (its texts may be absent)
    trace: TraceEvalResult | None = None  # plan/report pairs for `rectcheck trace`, when labelled here
    diff: CrossdocEvalResult | None = None  # draft pairs for `rectcheck diff`, when labelled here
    folder: CrossdocEvalResult | None = None  # folders for the pass over documents reviewed together


# ---------------------------------------------------------------- two rubric versions side by side


class FlagDelta(BaseModel):
    support: int
    a: float | None
    b: float | None


class ChangedCase(BaseModel):
    case_id: str
    expected: list[str]
    flags_a: list[str]
    flags_b: list[str]
    added: list[str]
    removed: list[str]
    verdict_a: str | None
    verdict_b: str | None
    score_a: float | None
    score_b: float | None


class CompareResult(BaseModel):
    rubric_a: str
    rubric_b: str
    vocabulary_a: str = ""
    vocabulary_b: str = ""
    fingerprint_a: str = ""
    fingerprint_b: str = ""
    backend: str
    metrics: dict[str, tuple[float | None, float | None]]
    flag_f1: dict[str, FlagDelta]
    changed: list[ChangedCase] = Field(default_factory=list)
    usage_a: dict[str, float | int | None] | None = None
    usage_b: dict[str, float | int | None] | None = None
