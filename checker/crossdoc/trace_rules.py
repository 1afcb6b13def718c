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
DEFAULT_VERSION = "1.2.0"
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
    # A report passage alike to a planned measure, or holding one of its clauses, must also hold this
    # many of the measure's own words — the bigrams of what it says beyond the plan finding's problem
    # text, the rubric's generic words and the words any measure has (words.common_words) set aside — so
    # that sharing the finding's subject (校园周边食品经营户) is not speaking of the measure (0: not
    # asked, as 1.1.0).
    min_own_words: int = Field(0, ge=0)
    # A report passage that names the object a planned measure ends on — its last this-many characters
    # or more, one of the measure's own words among them (配备1套食品快检箱 → 快检箱) — speaks of the
    # measure (0: not looked for, as 1.1.0).
    min_object_chars: int = Field(0, ge=0)
    # A deadline with no year (6月底前, 6月30日前) takes the year of the plan's own date — its date line,
    # the year in its title, or its latest dated sentence — else of the report's date (False: such a
    # deadline is not checked, as 1.1.0).
    deadline_year: bool = False
    # A plan item with no deadline field keeps the completion date its own text states (……，2024年5月
    # 31日前完成) as its deadline (False: only the field, as 1.1.0).
    deadline_in_text: bool = False
    # Where the report must name the plan's owner for a changed owner to be explained: "owner" — its
    # owner field or a 由……负责 in the item; "item" — anywhere in the item's text (1.1.0).
    owner_named_in: Literal["item", "owner"] = "item"


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
    # Words any measure may have — the acts it opens with (建立, 开展, 督促), how often (每月, 一次) —:
    # beside the rubric's generic words, no word of a measure's own that a report passage must hold to
    # speak of it (params.min_own_words).
    common_words: list[str] = Field(default_factory=list)


NoteCode = Literal["plan_measures_unread", "report_answer_unread", "deadline_year_assumed", "no_report_date"]
# Notes that say a pair could not be compared in full: such a pair is never shown as having no issue.
UNCHECKED_NOTES = frozenset({"plan_measures_unread", "report_answer_unread"})


class TraceRules(_Strict):
    id: Literal["trace"]
    version: str
    params: TraceParams
    words: TraceWords
    flags: dict[TraceCode, TraceFlagRule]
    # What the trace says where it could not compare (a plan item whose measures were not read, a report
    # with no date): each note's words in both languages, ``{placeholders}`` filled from the trace. A
    # rule file without them takes the newest file's.
    notes: dict[NoteCode, Text] = Field(default_factory=dict)


def trace_versions() -> list[str]:
    """The versions of the bundled trace rule files, oldest first."""
    found = [f.stem.removeprefix("trace-") for f in TRACE_DIR.glob("trace-*.yaml")]
    return sorted(found, key=lambda v: tuple(int(x) if x.isdigit() else 0 for x in v.split(".")))


@lru_cache(maxsize=4)
def load_trace_rules(version: str = DEFAULT_VERSION) -> TraceRules:
    path = TRACE_DIR / f"trace-{version}.yaml"
    try:
        return TraceRules.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except (OSError, yaml.YAMLError, ValidationError) as exc:
        raise UsageError(f"{path}: not a valid trace rule file ({str(exc).splitlines()[0]})") from None
