"""Typed values that flow through the pipeline: read → segment → analyse → judge → score → render.

Every schema rectcheck exposes is defined here once: the parsed document model (`Report`), the
rules' working values (`Analysis`), and the published review (`Review`, the contract's
``schema_version`` 1 JSON). Offsets are always character offsets into ``Source.text``.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    model_serializer,
)

from checker.flags import FlagCode

DocumentKind = Literal["progress_report", "plan", "work_report", "unknown"]
Severity = Literal["error", "warning", "info"]
Verdict = Literal["pass", "warn", "fail"]
# A document that could not be read into findings is never scored: its summary says so.
DocumentVerdict = Literal["pass", "warn", "fail", "unreviewed"]
Lang = Literal["zh", "en"]
BackendName = Literal["rules", "llm", "hybrid"]

SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}


# ---------------------------------------------------------------- read


Tables = list[list[list[tuple[int, int]]]]  # each table's rows, each row's cell spans (start, end)


class Source(BaseModel):
    """A document as read: its text is what every offset refers to."""

    path: str
    text: str
    format: Literal["txt", "md", "docx", "pdf", "html", "doc", "wps", "odt", "xlsx", "xls", "et", "ods"]
    encoding: str | None = None
    # Row structure of Word tables and workbook sheets, so the segmenter can pair by row: each row
    # is a list of cell spans (start, end) into ``text``.
    tables: Tables = Field(default_factory=list)


# ---------------------------------------------------------------- segment


class Document:
    """One document as the rules read it: the user's text and its folded reading view (simplified
    characters, full-width punctuation), of the same length, so one offset means the same place in
    both. Spans read their words from it: the rules read ``view``, everything shown reads ``text``."""

    __slots__ = ("text", "view")

    def __init__(self, text: str, view: str | None = None) -> None:
        if view is not None and len(view) != len(text):
            raise ValueError("a reading view is as long as the text it reads")
        self.text = text
        self.view = text if view is None else view

    def __eq__(self, other: object) -> bool:
        if self is other:
            return True
        return isinstance(other, Document) and self.text == other.text and self.view == other.view

    __hash__ = None  # type: ignore[assignment]  # equal by content, as the texts are

    def __getstate__(self) -> tuple[str, str]:
        return self.text, self.view

    def __setstate__(self, state: tuple[str, str]) -> None:
        self.text, self.view = state

    @property
    def folded(self) -> bool:
        """Whether the view differs from the text (traditional characters, ASCII punctuation)."""
        return self.view is not self.text and self.view != self.text


class Span(BaseModel):
    """A stretch of one document, as offsets; its words are read from the document it was cut from
    (``document.text[start:end] == span.text``). Serialised with its text, as the user wrote it."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    start: int
    end: int
    # The document the offsets point into; not part of the published schema.
    doc: Document | None = Field(default=None, exclude=True, repr=False)
    # The words of a span read back from JSON (its ``text``), where there is no document.
    own: str = Field(default="", exclude=True, repr=False, validation_alias="text")

    @classmethod
    def cut(cls, doc: Document, start: int, end: int, **fields: Any) -> Any:
        """A span of ``doc`` (of this class, with its other ``fields``)."""
        return cls(start=start, end=end, doc=doc, **fields)

    @property
    def document(self) -> Document | None:
        return self.doc

    @property
    def text(self) -> str:
        """The user's words."""
        return self.doc.text[self.start : self.end] if self.doc is not None else self.own

    @property
    def view(self) -> str:
        """The same stretch of the reading view (what the rules read)."""
        return self.doc.view[self.start : self.end] if self.doc is not None else self.own

    @model_serializer(mode="wrap")
    def _with_text(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        return {"text": self.text, **handler(self)}


class Item(Span):
    """An enumerated item (一是…, 1、…, (1)…); ``marker`` is the enumerator as written."""

    marker: str | None = None


class LabeledField(Span):
    """A ``label:value`` field such as ``责任领导:、``; the span covers the value only (may be empty)."""

    label: str
    label_start: int


class NumberMention(Span):
    """A figure inside a summary claim, e.g. ``已整改完成7个`` → value 7, unit 个, role done."""

    value: float
    unit: str = ""
    role: Literal["total", "done", "ongoing", "rate", "other"] = "other"
    # What is being counted (问题, 整改措施, 交办问题 …) so a rate is checked against its own base.
    subject: str = ""
    approximate: bool = False  # 近, 余, 多, 以上: not exact


class SummaryClaim(Span):
    """A sentence of aggregate claims (反馈的10个问题,已整改完成7个 …), kept for arithmetic checks."""

    numbers: list[NumberMention] = Field(default_factory=list)


class Boilerplate(Span):
    kind: Literal["contact", "navigation", "paywall", "copyright", "signature", "metadata", "other"]


class Group(Span):
    """An area heading that groups findings (一、关于“…”方面); not itself a finding."""

    marker: str | None = None


class OutlineNode(Span):
    """A heading or label of the outline the reader built: its nesting rank and the role it gave the
    section (problems, measures, mixed, next_steps, organisation, finding, measure_label, other)."""

    rank: int
    marker: str | None = None
    role: str = "other"


NotFindingReason = Literal[
    "overview", "next_steps", "causes", "safeguards", "requirements", "general_measure", "unexplained"
]


class NotFinding(Span):
    """An enumerated item at the findings' level that the reading did not take as a finding, and
    why: 总体情况 (overview), 下一步工作打算 (next_steps), 主要原因 (causes), 组织保障 (safeguards),
    整改要求 (requirements), a general measure answering no numbered problem, or ``unexplained``."""

    reason: NotFindingReason


class Segmentation(BaseModel):
    """How the report was read: the layout, how sure the reading is, and what it could not pair."""

    layout: str = "none"
    confidence: float = Field(0.0, ge=0, le=1)
    source: Literal["rules", "model"] = "rules"
    pairing: str | None = None  # how problems met measures: label, row, number, text, mixed
    unpaired_problems: list[Span] = Field(default_factory=list)  # findings of a fix layout with no measure
    unpaired_measures: list[Span] = Field(default_factory=list)  # fixes that answer no listed problem
    not_findings: list[NotFinding] = Field(default_factory=list)  # items at the findings' level, and why not one
    outline: list[OutlineNode] = Field(default_factory=list, exclude=True)  # for ``rectcheck parse``
    features: dict[str, float] = Field(default_factory=dict, exclude=True)  # what the confidence was judged from


class Finding(BaseModel):
    """One finding (问题) of the report, paired with what the report claims for it."""

    index: int  # 1-based position in the document
    group: str | None = None
    title: str
    # Where the title was cut from (before hard-wrap breaks are joined and a long one shortened).
    title_span: Span | None = Field(default=None, exclude=True)
    span: Span  # the whole region: finding, measures and fields
    finding: Span  # the finding as stated, details included
    sub_points: list[Item] = Field(default_factory=list)
    measure_label: str | None = None  # 整改情况 / 整改措施 / 整改进展情况 …
    measure: Span | None = None  # all measure text; None when the report gives none
    measures: list[Item] = Field(default_factory=list)
    status: Span | None = None  # 整改状态 / 完成情况 value
    deadline: Span | None = None  # 整改时限 value as stated (may be blank)
    deadline_field: bool = False  # the layout has a deadline field for this item (even if blank)
    owners: list[Span] = Field(default_factory=list)
    owner_fields: list[LabeledField] = Field(default_factory=list)  # incl. blank ones
    target: Span | None = None  # 整改目标: the aim stated for the fix (neither problem nor measure)
    # Lines of the finding that are not next to it in the text (a table cell spilled below its row).
    finding_more: list[Span] = Field(default_factory=list)

    @property
    def finding_text(self) -> str:
        """The finding as stated, with any spilled lines."""
        return "".join([self.finding.text, *(s.text for s in self.finding_more)])


class Report(BaseModel):
    """The segmented document."""

    path: str
    format: str
    encoding: str | None = None
    chars: int
    title: str | None = None
    kind: DocumentKind = "unknown"
    layout: str = "unknown"  # name of the layout rule that matched
    groups: list[Group] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    claims: list[SummaryClaim] = Field(default_factory=list)
    boilerplate: list[Boilerplate] = Field(default_factory=list)
    preamble: Span | None = None  # organising section before the findings (not measures)
    segmentation: Segmentation = Field(default_factory=Segmentation)
    # The document every span points into; not part of the published schema.
    doc: Document = Field(default_factory=lambda: Document(""), exclude=True, repr=False)

    model_config = ConfigDict(arbitrary_types_allowed=True)

    @classmethod
    def of(cls, doc: Document, **fields: Any) -> Report:
        return cls(doc=doc, **fields)

    @property
    def document(self) -> Document:
        return self.doc

    @property
    def text(self) -> str:
        """The user's text: what every offset refers to and every quotation is cut from."""
        return self.doc.text

    @property
    def view(self) -> str:
        """The folded reading view the rules read (the text itself when folding changes nothing)."""
        return self.doc.view


# ---------------------------------------------------------------- analyse / judge


class FlagPlace(BaseModel):
    """One place of a flag that spans findings and documents (a measure pasted under several
    findings): the document, the finding, and the text there (offsets into that document's text)."""

    document: str  # the document's path, as its review's ``document.path``
    finding: str  # the finding's id (F3)
    evidence: str
    start: int
    end: int


class FlagHit(BaseModel):
    """A flag raised by an analyser (or the judge) before messages and severities are applied."""

    code: FlagCode
    evidence: str
    start: int
    end: int
    # message parameters; a list names several items, joined as the message's language joins them
    detail: dict[str, str | int | float | list[str]] = Field(default_factory=dict)
    origin: Literal["rules", "llm"] = "rules"
    places: list[FlagPlace] = Field(default_factory=list)  # every place of a flag across findings


class FindingAnalysis(BaseModel):
    """What the rules saw in one finding: flags, criterion scores (0–1) and responsiveness."""

    finding_index: int
    hits: list[FlagHit] = Field(default_factory=list)
    criteria: dict[str, float] = Field(default_factory=dict)
    responsiveness: int = 0
    signals: dict[str, float | int | str | bool] = Field(default_factory=dict)
    rationale: str | None = None  # the judge's explanation, when a model judged
    disagreements: list[str] = Field(default_factory=list)  # where rules and model differ (hybrid)
    # the most this finding may score: a finding the rules did not pass is not passed on a model's word
    score_cap: float | None = None
    # who answers for the finding (its fields' owners and those its text names besides) and by when
    # where the layout has no deadline field (checker.analyse.accountable): the user's words
    owners: list[str] = Field(default_factory=list)
    deadline: str | None = None


class Analysis(BaseModel):
    findings: list[FindingAnalysis] = Field(default_factory=list)
    document_hits: list[FlagHit] = Field(default_factory=list)


# ---------------------------------------------------------------- review (contract, schema_version 1)


class Flag(BaseModel):
    code: FlagCode
    severity: Severity
    message: str
    evidence: str
    start: int
    end: int
    origin: Literal["rules", "llm"] = "rules"  # added field: who raised it
    follow_up: str | None = None  # added field: the question to send back to the unit (追问)
    # added field, only on flags that span findings (pasted_measure): every place, this one included;
    # left out of the other flags' JSON (Review.to_json_dict)
    places: list[FlagPlace] | None = None


class Reason(BaseModel):
    """Why a finding that did not pass scored low when no flag says so: the criterion that failed
    it, its score (0–1), what that means, and the text it was judged on (offsets as a flag's)."""

    criterion: str
    title: str
    score: float = Field(ge=0, le=1)
    message: str
    evidence: str
    start: int = 0
    end: int = 0


class FindingResult(BaseModel):
    id: str
    title: str
    finding_text: str
    measure_text: str
    measures: list[str]
    deadline: str | None
    owners: list[str]
    responsiveness: int = Field(ge=0, le=3)
    score: float = Field(ge=0, le=100)
    verdict: Verdict
    flags: list[Flag] = Field(default_factory=list)
    # Added fields (the contract allows additions).
    group: str | None = None
    status: str | None = None
    start: int = 0
    end: int = 0
    criteria: dict[str, float] = Field(default_factory=dict)
    rationale: str | None = None  # the judge's explanation, when a model judged
    disagreements: list[str] = Field(default_factory=list)  # rules vs. model, hybrid only
    reasons: list[Reason] = Field(default_factory=list)  # why a finding that did not pass failed, flags aside


class DocumentInfo(BaseModel):
    path: str
    title: str | None
    kind: DocumentKind
    chars: int
    format: str | None = None
    encoding: str | None = None
    layout: str | None = None
    segmentation: Segmentation | None = None


class RubricRef(BaseModel):
    id: str
    version: str


class Summary(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    findings: int
    pass_: int = Field(0, alias="pass")
    warn: int = 0
    fail: int = 0
    score: float | None = 0.0  # None: the document could not be read into findings (unreviewed)
    verdict: DocumentVerdict = "pass"
    flags: dict[str, int] = Field(default_factory=dict)
    baselined: int = 0  # added field: flags accepted by a --baseline file and left out of ``flags``
    # added field: flags left out of ``flags`` by reason (a baseline entry's reason, "--ignore", "--select")
    silenced: dict[str, int] = Field(default_factory=dict)
    # added field: document-level notes that are not flags, in the review's language (a work report
    # lists problems by nature: the note says measures are still due)
    notes: list[str] = Field(default_factory=list)


class Usage(BaseModel):
    requests: int = 0
    cached: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    estimated_cost_usd: float | None = None


class JudgeInfo(BaseModel):
    model: str
    endpoint: str
    prompt_hash: str
    fell_back: bool = False  # hybrid used the rules result because the model failed
    note: str | None = None
    rubric: str | None = None  # added field: id@version of the rubric the prompts were built from
    response_format: str | None = None  # added field: json_schema | json_object | text, as finally used
    # added fields: what was actually done. ``method`` is the backend whose judgement the review
    # carries (``rules`` when the model gave nothing usable), ``reason`` why it differs from the one
    # asked for; ``rules_used_for`` the findings whose model judgement failed or was not used.
    method: Literal["rules", "llm", "hybrid"] | None = None
    reason: str | None = None
    rules_used_for: list[str] = Field(default_factory=list)
    failed_requests: int = 0  # requests sent that brought no usable answer (counted in usage too)
    rejected_quotes: int = 0  # model quotes not found in the finding's text, dropped


class Review(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    schema_version: Literal[1] = 1
    document: DocumentInfo
    rubric: RubricRef
    backend: BackendName
    findings: list[FindingResult]
    document_flags: list[Flag] = Field(default_factory=list)
    summary: Summary
    usage: Usage | None = None
    judge: JudgeInfo | None = None

    def to_json_dict(self) -> dict:
        data = self.model_dump(mode="json", by_alias=True, exclude_none=False)
        # ``places`` is said only where a flag has them: every other flag's JSON stays as it was. (Not
        # a serializer of Flag's own: a Python function inside pydantic's serializer turns Ctrl-C
        # into a serialization error.)
        for flags in [data["document_flags"], *(f["flags"] for f in data["findings"])]:
            for flag in flags:
                if flag.get("places") is None:
                    flag.pop("places", None)
        return data
