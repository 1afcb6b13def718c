"""The labelled evaluation set: one record per document, validated by pydantic.

Records live in ``<dataset>/dataset/*.yaml`` (a mapping or a list of mappings per file). A record
either points at a file under the dataset directory (``path``) or carries its text inline
(``text``). Labels come from the domain guide, never from the checker's output.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from checker.errors import UsageError
from checker.flags import FlagCode
from checker.models import DocumentKind

DEFAULT_DATASET = Path(__file__).resolve().parents[2] / "eval"


class DatasetError(UsageError):
    """The evaluation set cannot be loaded (missing directory, bad YAML, a record that does not validate)."""


class FindingLabel(BaseModel):
    """The expected result for one finding of a document."""

    model_config = ConfigDict(extra="forbid")

    index: int = Field(ge=1)
    title_hint: str = Field(min_length=2)  # a few characters of the finding, to check the pairing
    # Exact phrases of the document that must fall inside this finding's problem text, its measure
    # text (None: no measure) and its 整改目标; used to check that findings and measures are paired.
    problem_phrase: str | None = None
    measure_phrase: str | None = None
    target_phrase: str | None = None
    flags: list[FlagCode] = Field(default_factory=list)
    responsiveness: tuple[int, int]
    note: str | None = None

    @field_validator("responsiveness")
    @classmethod
    def _range(cls, value: tuple[int, int]) -> tuple[int, int]:
        low, high = value
        if not (0 <= low <= high <= 3):
            raise ValueError(f"responsiveness range must satisfy 0 <= min <= max <= 3, got {list(value)}")
        return value

    @field_validator("flags")
    @classmethod
    def _unique(cls, value: list[str]) -> list[str]:
        if len(set(value)) != len(value):
            raise ValueError("flags repeat a code")
        return value


class LabelledDocument(BaseModel):
    """What a labeller says of one document: its kind, how many findings, the document's flags and
    every finding's labels (shared by dataset records and the separate label sets)."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]*$")
    labeller: str = Field(min_length=1)
    kind: DocumentKind
    findings_expected: int = Field(ge=0)
    document_flags: list[FlagCode] = Field(default_factory=list)
    findings: list[FindingLabel] = Field(default_factory=list)

    @model_validator(mode="after")
    def _counted(self) -> LabelledDocument:
        if len(self.findings) != self.findings_expected:
            raise ValueError(f"findings_expected is {self.findings_expected} but {len(self.findings)} findings are labelled")
        indexes = [f.index for f in self.findings]
        if indexes != list(range(1, len(indexes) + 1)):
            raise ValueError(f"finding indexes must run 1..n in order, got {indexes}")
        return self

    def case_id(self, index: int) -> str:
        return f"{self.id}#F{index}"

    @property
    def document_case_id(self) -> str:
        return f"{self.id}#doc"


class DocumentRecord(LabelledDocument):
    """One labelled document of the evaluation set: the labels plus its text (or file) and tags."""

    source: Literal["seed", "composed", "blind"]  # blind: composed and labelled before any rule read it
    path: str | None = None  # relative to the dataset directory
    text: str | None = None
    format: Literal["txt", "md", "docx", "pdf", "html"] = "txt"
    encoding: str | None = None
    tags: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _consistent(self) -> DocumentRecord:
        if (self.path is None) == (self.text is None):
            raise ValueError("give exactly one of path and text")
        return self

    @property
    def family(self) -> str | None:
        """The layout family named by a ``family:…`` tag, if any."""
        return next((t.split(":", 1)[1] for t in self.tags if t.startswith("family:")), None)


class Dataset(BaseModel):
    root: Path
    documents: list[DocumentRecord]

    @property
    def finding_cases(self) -> int:
        return sum(len(d.findings) for d in self.documents)

    def by_source(self, source: str) -> list[DocumentRecord]:
        return [d for d in self.documents if d.source == source]


# Where labelled records live: the main set, one composed report per layout family (its text beside
# its record), and the blind set.
RECORD_FOLDERS = ("dataset", "families", "blind")


def normalise_hint(text: str) -> str:
    """Compare titles leniently: NFKC (full-width → half-width), no spaces or quote marks."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text if not ch.isspace() and ch not in "\"'“”‘’「」『』")


def _records_in(path: Path) -> list[dict]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise DatasetError(f"{path}: cannot read: {str(exc).splitlines()[0]}") from None
    if data is None:
        return []
    if isinstance(data, dict):
        return [data]
    if isinstance(data, list) and all(isinstance(item, dict) for item in data):
        return data
    raise DatasetError(f"{path}: expected a record or a list of records")


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"]) or "record"
    return f"{where}: {err['msg']}"


def load_dataset(root: Path | None = None) -> Dataset:
    """Load and validate every record under ``root/dataset``; raise DatasetError on the first problem."""
    root = Path(root) if root is not None else DEFAULT_DATASET
    folder = root / "dataset"
    if not folder.is_dir():
        raise DatasetError(f"{root}: no dataset/ directory with labelled records")
    documents: list[DocumentRecord] = []
    seen: set[str] = set()
    files = [f for sub in RECORD_FOLDERS for f in sorted((root / sub).glob("*.yaml")) + sorted((root / sub).glob("*.yml"))]
    for file in files:
        for n, raw in enumerate(_records_in(file), start=1):
            try:
                record = DocumentRecord.model_validate(raw)
            except ValidationError as exc:
                label = raw.get("id", f"record {n}")
                raise DatasetError(f"{file}: {label}: {_first_error(exc)}") from None
            if record.id in seen:
                raise DatasetError(f"{file}: {record.id}: duplicate id")
            if record.path is not None and not (root / record.path).is_file():
                raise DatasetError(f"{file}: {record.id}: input file {record.path} not found")
            seen.add(record.id)
            documents.append(record)
    if not documents:
        raise DatasetError(f"{folder}: no labelled records")
    documents.sort(key=lambda d: d.source != "seed")  # seeds first, then file order
    return Dataset(root=root, documents=documents)


__all__ = [
    "DEFAULT_DATASET",
    "Dataset",
    "DatasetError",
    "DocumentRecord",
    "FindingLabel",
    "LabelledDocument",
    "load_dataset",
    "normalise_hint",
]
