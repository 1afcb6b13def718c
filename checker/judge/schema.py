"""The typed answer the model must give for one finding.

One pydantic model is both the output specification sent as ``response_format`` and the validator
of the reply. The criteria part is built per rubric (one integer field per criterion id) so that a
strict JSON schema names every criterion the rubric defines.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, create_model

from checker.flags import judged_codes

SCHEMA_VERSION = "1"  # bump when the answer shape changes: part of the cache key


class FlagCall(BaseModel):
    """The model's call on one flag, with quotes copied verbatim from the report."""

    model_config = ConfigDict(extra="forbid")

    present: bool = Field(description="该问题标记是否存在")
    evidence: list[str] = Field(description="从报告原文逐字复制的证据片段，可为空列表")


class FindingJudgement(BaseModel):
    """The model's judgement of one finding and its measures; one :class:`FlagCall` field per judged
    code (:func:`judged_codes`) stands between the points and the rationale (see
    :func:`judgement_model`)."""

    model_config = ConfigDict(extra="forbid")

    responsiveness: int = Field(ge=0, le=3, description="回应程度 0–3")
    criteria: Any = Field(description="各评审标准得分 0–3")
    covered_points: list[str] = Field(description="措施已回应的问题要点")
    missed_points: list[str] = Field(description="措施未回应的问题要点")

    def criterion_scores(self) -> dict[str, int]:
        crit = self.criteria
        return dict(crit.model_dump(by_alias=True)) if isinstance(crit, BaseModel) else dict(crit or {})

    def reason(self) -> str:
        """The model's short reason (the ``rationale`` field of :func:`judgement_model`'s answer)."""
        return str(getattr(self, "rationale", ""))

    def flag_call(self, code: str) -> FlagCall:
        call = getattr(self, code)
        assert isinstance(call, FlagCall)
        return call


@lru_cache(maxsize=32)
def judgement_model(criterion_ids: tuple[str, ...]) -> type[FindingJudgement]:
    """The answer model for a rubric whose criteria have these ids (in rubric order)."""
    fields: dict[str, Any] = {}
    for cid in criterion_ids:
        name = (
            cid
            if cid.isidentifier() and not cid.startswith("_")
            else "c_" + hashlib.sha1(cid.encode()).hexdigest()[:8]
        )
        fields[name] = (int, Field(ge=0, le=3, alias=cid, description=f"{cid} 得分 0–3"))
    criteria_model = create_model(
        "CriterionScores",
        __config__=ConfigDict(extra="forbid", populate_by_name=True),
        **fields,
    )
    calls: dict[str, Any] = {code: (FlagCall, ...) for code in judged_codes()}
    return create_model(
        "FindingJudgementAnswer",
        __base__=FindingJudgement,
        criteria=(criteria_model, ...),  # no sibling keywords next to $ref: strict servers refuse them
        **calls,
        rationale=(str, Field(description="简短中文理由，不超过120字")),
    )


def answer_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The JSON schema sent to the model (by alias, so criterion ids appear as written)."""
    return model.model_json_schema(by_alias=True)


class DocumentJudgement(BaseModel):
    """The model's judgements of several findings asked at once, each entry naming its finding's id."""

    model_config = ConfigDict(extra="forbid")

    findings: list[Any]

    def entries(self) -> list[tuple[str, FindingJudgement]]:
        """(id, judgement) per entry, in the order given."""
        return [(str(getattr(e, "id", "")).strip(), e) for e in self.findings]


@lru_cache(maxsize=32)
def document_model(criterion_ids: tuple[str, ...]) -> type[DocumentJudgement]:
    """The answer model for a whole-document question: one judgement per finding, with its id."""
    entry = create_model(
        "FindingEntry",
        __base__=judgement_model(criterion_ids),
        id=(str, Field(description="问题编号，与原文中的“=== 编号 ===”一致，如 F1")),
    )
    return create_model(
        "DocumentJudgementAnswer",
        __base__=DocumentJudgement,
        findings=(list[entry], Field(description="每个问题一项")),
    )
