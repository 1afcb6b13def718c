"""Label sets kept apart from the texts: one labeller's labels for documents of the evaluation set.

A second labeller labels the same documents without seeing the first labels; their records carry
only labels (no text, no path), one YAML file per document under ``eval/labels/<labeller>/``.
``eval/labels/adjudication.yaml`` settles every case on which two label sets disagree, with a
written reason; the decisions are what the dataset records (the reference ``rectcheck eval`` uses)
carry.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from checker.evaluate.dataset import DatasetError, LabelledDocument
from checker.flags import FlagCode


class LabelRecord(LabelledDocument):
    """One document's labels by one labeller (the fields of a dataset record that are labels)."""


class Decision(BaseModel):
    """How one disagreeing case was settled."""

    model_config = ConfigDict(extra="forbid")

    case: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]*#(?:F\d+|doc)$")
    flags: list[FlagCode]  # the flags the case carries in the reference
    reason: str = Field(min_length=10)
    first: list[FlagCode] = Field(default_factory=list)  # what each labeller said, for the record
    second: list[FlagCode] = Field(default_factory=list)


class Adjudication(BaseModel):
    model_config = ConfigDict(extra="forbid")

    first: str  # labeller names
    second: str
    decisions: list[Decision]

    def by_case(self) -> dict[str, Decision]:
        return {d.case: d for d in self.decisions}


def load_label_set(folder: Path) -> list[LabelRecord]:
    """Every ``*.yaml`` record under ``folder``, validated; DatasetError on the first problem."""
    if not folder.is_dir():
        raise DatasetError(f"{folder}: no such label directory")
    out: list[LabelRecord] = []
    for file in sorted(folder.glob("*.yaml")):
        try:
            out.append(LabelRecord.model_validate(yaml.safe_load(file.read_text(encoding="utf-8"))))
        except (OSError, yaml.YAMLError, ValidationError) as exc:
            raise DatasetError(f"{file}: {str(exc).splitlines()[0]}") from None
    return out


def load_adjudication(file: Path) -> Adjudication:
    try:
        return Adjudication.model_validate(yaml.safe_load(file.read_text(encoding="utf-8")))
    except (OSError, yaml.YAMLError, ValidationError) as exc:
        raise DatasetError(f"{file}: {str(exc).splitlines()[0]}") from None
