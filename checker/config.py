"""Project configuration: ``[tool.rectcheck]`` in pyproject.toml or a ``rectcheck.toml``.

The nearest file wins, searched from the current directory upwards (a pyproject.toml without a
``[tool.rectcheck]`` table is passed over). Command-line flags win over the file, the file over
the defaults. Relative paths in the file (baseline, a rubric file) are relative to the file.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_core import PydanticCustomError

from checker.errors import UsageError
from checker.judge.settings import NUMBERS
from checker.read.files import MAX_MAX_BYTES

CONFIG_NAME = "rectcheck.toml"
MAX_JOBS = 256  # processes on the rules path, questions in flight with a model
MIN_SCORE_RANGE = "must be a number from 0 to 100"


def min_score_value(value: object) -> float:
    """A ``--min-score``: a finite number from 0 to 100. Anything else (nan, inf, a word, a yes/no)
    raises ValueError saying the range, so the command line and the file refuse it alike."""
    try:
        number = math.nan if isinstance(value, bool) else float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        number = math.nan
    if not 0 <= number <= 100:  # nan compares false: refused with the rest
        raise ValueError(MIN_SCORE_RANGE)
    return number


def _bounded(key: str) -> Any:
    """A judge number of the file: within the range the environment's value is held to."""
    limits = NUMBERS[key]
    return Field(default=None, ge=limits.low, le=limits.high)


class LlmConfig(BaseModel):
    """``[tool.rectcheck.llm]``: endpoint settings for the llm/hybrid backends. Environment variables
    (OPENAI_BASE_URL, RECTCHECK_*) win over these; the API key is read from OPENAI_API_KEY only, so it
    never sits in a file that gets committed."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    base_url: str | None = None
    response_format: Literal["json_schema", "json_object", "text"] | None = None
    json_strict: bool | None = None
    timeout: float | None = _bounded("timeout")
    deadline: float | None = _bounded("deadline")
    attempts: int | None = _bounded("attempts")
    reasks: int | None = _bounded("reasks")
    max_response: int | None = _bounded("max_response")
    cache_dir: str | None = None
    price_in: float | None = _bounded("price_in")
    price_out: float | None = _bounded("price_out")
    per: Literal["finding", "document"] | None = None  # one question per finding (default) or per document

    def as_mapping(self) -> dict[str, Any]:
        return {k: v for k, v in self.model_dump().items() if v is not None}


class ServeTable(BaseModel):
    """``[tool.rectcheck.serve]``: the local page's bounds. Each keeps one kind of work from taking
    the machine: what arrives at once, what waits, what is kept, and how long and how large each
    piece of work may grow."""

    model_config = ConfigDict(extra="forbid")

    workers: int = Field(default=2, ge=1, le=64)  # reviews run at once, and downloads made at once
    uploads: int = Field(default=2, ge=1, le=64)  # uploads received at once
    queue: int = Field(default=8, ge=0, le=1000)  # uploads waiting for a worker
    results: int = Field(default=50, ge=1, le=10_000)  # reviews kept (each for an hour)
    results_mb: int = Field(default=1024, ge=1)  # uploads kept, all reviews together
    upload_seconds: float = Field(default=120.0, gt=0)  # a whole form, from its first byte to its last
    header_seconds: float = Field(default=10.0, gt=0)  # a request's head, from connecting or the last answer
    review_seconds: float | None = Field(default=None, gt=0)  # one document (default: by backend)
    download_seconds: float = Field(default=120.0, gt=0)  # one download made
    worker_mb: int = Field(default=2048, ge=256)  # address space of one worker process


class RectcheckConfig(BaseModel):
    """Keys accepted in the configuration (``fail-on`` and ``fail_on`` are both accepted)."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    rubric: str | None = None
    backend: Literal["rules", "llm", "hybrid"] | None = None
    fail_on: Literal["error", "warning", "never"] | None = None
    min_score: float | None = Field(default=None, ge=0, le=100)
    model: str | None = None
    jobs: int | None = Field(default=None, ge=1, le=MAX_JOBS)
    lang: Literal["zh", "en"] | None = None
    max_bytes: int | None = Field(default=None, ge=1, le=MAX_MAX_BYTES)
    baseline: str | None = None
    select: list[str] | None = None  # flag codes to report (all others silenced); "a,b" or a list
    ignore: list[str] | None = None  # flag codes to silence
    llm: LlmConfig | None = None
    serve: ServeTable | None = None

    @field_validator("min_score", mode="before")
    @classmethod
    def _score(cls, value: Any) -> Any:
        try:
            return None if value is None else min_score_value(value)
        except ValueError:
            raise PydanticCustomError("min_score", MIN_SCORE_RANGE) from None

    @field_validator("select", "ignore", mode="before")
    @classmethod
    def _comma_list(cls, value: Any) -> Any:
        return [part.strip() for part in value.split(",") if part.strip()] if isinstance(value, str) else value


# Tables inside the configuration, each with its own keys.
TABLES: dict[str, type[BaseModel]] = {"llm": LlmConfig, "serve": ServeTable}


class LoadedConfig(NamedTuple):  # not a dataclass: cheaper to build at import
    values: RectcheckConfig
    path: Path | None  # None when no file was found

    def resolve_path(self, value: str) -> Path:
        """A path from the file, relative to the file's directory."""
        p = Path(value).expanduser()
        if p.is_absolute() or self.path is None:
            return p
        return self.path.parent / p


def _table(path: Path) -> dict[str, Any] | None:
    """The rectcheck table of ``path``, or None when a pyproject.toml has none."""
    import tomllib  # only where a file is found: most runs have none

    from checker.smallfile import SmallFileError, read_small_text

    try:
        data = tomllib.loads(read_small_text(path))
    except FileNotFoundError:
        raise UsageError(f"{path}: configuration file not found") from None
    except SmallFileError as exc:
        raise UsageError(f"{path}: cannot read configuration ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{path}: invalid TOML ({exc})") from None
    except RecursionError:
        raise UsageError(f"{path}: invalid TOML (nested too deeply)") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("rectcheck")
        return table if isinstance(table, dict) else None
    # rectcheck.toml: keys at top level, or under [tool.rectcheck] for symmetry with pyproject.
    nested = data.get("tool", {}).get("rectcheck") if isinstance(data.get("tool"), dict) else None
    return nested if isinstance(nested, dict) else data


def find_config(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """The nearest rectcheck.toml, or pyproject.toml with [tool.rectcheck], from ``start`` upwards."""
    for directory in (start.resolve(), *start.resolve().parents):
        for name in (CONFIG_NAME, "pyproject.toml"):
            candidate = directory / name
            if candidate.is_file():
                table = _table(candidate)
                if table is not None:
                    return candidate, table
    return None


def _normalised(path: Path, table: dict[str, Any], model: type[BaseModel], prefix: str = "") -> dict[str, Any]:
    """Keys with ``-`` or ``_`` as the model's field names; an unknown or repeated key is a usage error."""
    out: dict[str, Any] = {}
    for key, value in table.items():
        norm = str(key).replace("-", "_")
        if prefix and norm in ("api_key", "openai_api_key"):
            raise UsageError(
                f"{path}: {prefix}{key}: put the API key in the OPENAI_API_KEY environment variable, not in a file"
            )
        if norm not in model.model_fields:
            known = ", ".join(k.replace("_", "-") for k in model.model_fields)
            raise UsageError(f"{path}: unknown configuration key '{prefix}{key}' (known: {known})")
        if norm in out:
            raise UsageError(f"{path}: configuration key '{prefix}{key}' given twice")
        out[norm] = value
    return out


def parse_config(path: Path, table: dict[str, Any]) -> RectcheckConfig:
    """Validate a table; an unknown key or a bad value is a usage error naming file and key."""
    normalised = _normalised(path, table, RectcheckConfig)
    for key, model in TABLES.items():
        if isinstance(normalised.get(key), dict):
            normalised[key] = _normalised(path, normalised[key], model, prefix=f"{key}.")
    try:
        return RectcheckConfig.model_validate(normalised)
    except ValidationError as exc:
        first = exc.errors()[0]
        key = ".".join(str(part).replace("_", "-") for part in first["loc"]) or "?"
        raise UsageError(f"{path}: configuration key '{key}': {first['msg']}") from None


def load_config(explicit: Path | None = None, start: Path | None = None) -> LoadedConfig:
    """The explicit ``--config`` file, else the nearest one found, else empty defaults."""
    if explicit is not None:
        table = _table(explicit)
        if table is None:
            raise UsageError(f"{explicit}: no [tool.rectcheck] table")
        return LoadedConfig(parse_config(explicit, table), explicit)
    found = find_config(start or Path.cwd())
    if found is None:
        return LoadedConfig(RectcheckConfig(), None)
    path, table = found
    return LoadedConfig(parse_config(path, table), path)
