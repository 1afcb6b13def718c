"""A validated model (a rubric) kept in the startup cache, as data: JSON that is validated again by
the model's own pydantic schema when read, bound to the hash of the text it was first validated from
and to the program's version.

An entry is used only when it names the very text being loaded and the program that wrote it; the
patterns in a rubric are strings that the analysers compile afresh, as they do a rubric read from
YAML. What it saves is the YAML parse (and importing PyYAML), about half of loading a rubric cold.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

import checker
from checker import startup_cache

M = TypeVar("M", bound=BaseModel)
_KEEP = 32  # entries kept per kind: one per rubric file version seen


class Stamp(BaseModel):
    """The first line of an entry: which program wrote it, from which text."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    program: str
    source: str  # sha256 of the text the model was validated from


def program_stamp() -> str:
    """Changes whenever the program, or the code that defines the schemas, may have changed."""
    here = Path(checker.__file__).resolve().parent
    parts = [checker.__version__]
    for name in ("rubric.py", "models.py", "validated_cache.py"):
        try:
            info = (here / name).stat()
            parts.append(f"{info.st_size}.{info.st_mtime_ns}")
        except OSError:
            parts.append("?")
    return "-".join(parts)


def _stamp(raw: str) -> Stamp:
    return Stamp(program=program_stamp(), source=hashlib.sha256(raw.encode("utf-8")).hexdigest())


def _name(kind: str, stamp: Stamp) -> str:
    program = hashlib.sha256(stamp.program.encode("utf-8")).hexdigest()[:16]
    return f"{kind}-{stamp.source[:32]}-{program}.json"


def load(raw: str, model: type[M]) -> M | None:
    """The ``model`` stored for the text ``raw`` by this program, validated again, or None."""
    stamp = _stamp(raw)
    blob = startup_cache.read_blob(_name(model.__name__.lower(), stamp))
    if blob is None:
        return None
    head, newline, body = blob.partition(b"\n")
    try:
        if not newline or Stamp.model_validate_json(head) != stamp:
            return None  # written for another text or by another version of the program
        return model.model_validate_json(body)
    except (ValidationError, ValueError, RecursionError):
        return None


def store(raw: str, value: BaseModel) -> None:
    """Keep ``value``, validated from the text ``raw``, for the next run."""
    body = value.model_dump_json().encode("utf-8")
    # Stored only when JSON gives back the same value (a YAML value JSON cannot hold would not).
    if type(value).model_validate_json(body) != value:
        return
    stamp = _stamp(raw)
    kind = type(value).__name__.lower()
    startup_cache.write_blob(_name(kind, stamp), stamp.model_dump_json().encode("utf-8") + b"\n" + body)
    startup_cache.prune(f"{kind}-", keep=_KEEP)
