"""A validated rubric kept in the startup cache, as data: JSON that is validated by the same
pydantic models as a rubric file, bound to the hash of the file's text and to the program's version.

An entry is used only when it names the very text being loaded and the program that wrote it; the
patterns in it are strings that the analysers compile afresh, as they do a rubric read from YAML.
What it saves is the YAML parse (and importing PyYAML), about half of loading a rubric cold.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

import checker
from checker import startup_cache
from checker.rubric import Rubric

_PREFIX = "rubric-"
_KEEP = 32  # entries kept: one per rubric file version seen


class StoredRubric(BaseModel):
    """One entry: which program wrote it, for which rubric text, and the rubric itself."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    program: str
    source: str  # sha256 of the rubric file's text
    rubric: Rubric


def program_stamp() -> str:
    """Changes whenever the program, or the code that defines a rubric's schema, may have changed."""
    here = Path(checker.__file__).resolve().parent
    parts = [checker.__version__]
    for name in ("rubric.py", "models.py", "rubric_cache.py"):
        try:
            info = (here / name).stat()
            parts.append(f"{info.st_size}.{info.st_mtime_ns}")
        except OSError:
            parts.append("?")
    return "-".join(parts)


def _source_digest(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def _name(source: str, program: str) -> str:
    return f"{_PREFIX}{source[:32]}-{hashlib.sha256(program.encode('utf-8')).hexdigest()[:16]}.json"


def load(raw: str) -> Rubric | None:
    """The rubric stored for the rubric file text ``raw`` by this program, or None."""
    source, program = _source_digest(raw), program_stamp()
    blob = startup_cache.read_blob(_name(source, program))
    if blob is None:
        return None
    try:
        entry = StoredRubric.model_validate_json(blob)
    except (ValidationError, ValueError, RecursionError):
        return None
    if entry.source != source or entry.program != program:
        return None  # written for another file or another version of the program
    return entry.rubric


def store(raw: str, rubric: Rubric) -> None:
    """Keep ``rubric``, validated from the rubric file text ``raw``, for the next run."""
    entry = StoredRubric(program=program_stamp(), source=_source_digest(raw), rubric=rubric)
    blob = entry.model_dump_json().encode("utf-8")
    # Stored only when JSON gives back the same rubric (a YAML value JSON cannot hold would not).
    if StoredRubric.model_validate_json(blob).rubric != rubric:
        return
    startup_cache.write_blob(_name(entry.source, entry.program), blob)
    startup_cache.prune(_PREFIX, keep=_KEEP)
