"""The flags of ``rectcheck trace`` as data: ``rubrics/trace/trace-<version>.yaml``.

Each flag has a severity, a title, a rationale, a message and a follow-up question in both languages
(``{placeholders}`` filled from the trace), and examples — a plan and a report each, and whether the
flag fires — which the tests run.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from checker.errors import UsageError

TRACE_DIR = Path(__file__).resolve().parents[2] / "rubrics" / "trace"
DEFAULT_VERSION = "1.1.0"
TraceCode = Literal[
    "trace_finding_missing", "trace_measure_unreported", "trace_deadline_passed", "trace_owner_changed",
    "trace_promise_restated",
]  # fmt: skip


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Text(_Strict):
    zh: str
    en: str

    def get(self, lang: str, **values: Any) -> str:
        return self.template(lang).format_map(values)

    def template(self, lang: str) -> str:
        """The text as written, ``{placeholders}`` and all (for ``rectcheck explain``)."""
        return self.en if lang == "en" else self.zh


class TraceExample(_Strict):
    plan: str
    report: str
    fires: bool


class TraceFlagRule(_Strict):
    severity: Literal["error", "warning", "info"]
    title: Text
    rationale: Text
    message: Text
    follow_up: Text
    examples: list[TraceExample] = Field(min_length=2)


class TraceParams(_Strict):
    min_finding_similarity: float = Field(ge=0, le=1)
    min_measure_similarity: float = Field(ge=0, le=1)
    restated_similarity: float = Field(ge=0, le=1)
    # a clause of a planned measure this long, held in a report passage, says the measure is reported
    min_clause_chars: int = Field(8, ge=2)
    clause_similarity: float = Field(0.5, ge=0, le=1)
    # findings their wording leaves unpaired are one when they and their measures name this many
    # objects alike (0: pair by wording only, as 1.0.0 did)
    min_shared_objects: int = Field(0, ge=0)


class ActedWords(_Strict):
    """How a report that says neither done nor under way states a completed act, clause by clause.
    Words come from the review rubric's lexicons named here, with the few of the trace's own beside
    them, so each word is listed once."""

    perfect: list[str] = Field(default_factory=list)  # beside the perfect lexicons: 了
    not_perfect: list[str] = Field(default_factory=list)  # words holding a perfect mark that state no act: 为了
    promise: list[str] = Field(default_factory=list)  # beside the promise lexicons: 将, 持续
    perfect_lexicons: list[str] = Field(default_factory=list)
    act_lexicons: list[str] = Field(default_factory=list)
    promise_lexicons: list[str] = Field(default_factory=list)


class TraceWords(_Strict):
    tense: list[str] = Field(min_length=1)  # set aside when comparing a promise with a report of it
    completed: list[str] = Field(min_length=1)  # a report saying an item is done
    ongoing: list[str] = Field(min_length=1)  # … or only under way
    # Kinds of act written in many words (追责问责, 诫勉谈话, 给予处分 …): a planned act of a kind is
    # reported when the report names an act of that kind for the finding, and only then.
    acts: dict[str, list[str]] = Field(default_factory=dict)
    # Offices every unit has (副局长, 党组成员): an owner written as one is no unit or person the
    # report could name to explain a change of owner.
    titles: list[str] = Field(default_factory=list)
    acted: ActedWords | None = None  # none: only the completed and ongoing words decide (1.0.0)
    owner_change: list[str] = Field(default_factory=list)  # words that explain a new owner: 机构改革, 职能划入


class TraceRules(_Strict):
    id: Literal["trace"]
    version: str
    params: TraceParams
    words: TraceWords
    flags: dict[TraceCode, TraceFlagRule]


@lru_cache(maxsize=4)
def load_trace_rules(version: str = DEFAULT_VERSION) -> TraceRules:
    path = TRACE_DIR / f"trace-{version}.yaml"
    try:
        return TraceRules.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except (OSError, yaml.YAMLError, ValidationError) as exc:
        raise UsageError(f"{path}: not a valid trace rule file ({str(exc).splitlines()[0]})") from None
