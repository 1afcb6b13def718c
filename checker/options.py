"""The options of a review: backend, language, limits, the model and its endpoint settings."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from checker.models import BackendName, Lang
from checker.read import DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class ReviewOptions:
    backend: BackendName = "rules"
    lang: Lang = "zh"
    max_bytes: int = DEFAULT_MAX_BYTES
    jobs: int | None = None
    use_cache: bool = True
    model: str | None = None
    # Endpoint settings from the configuration file ([tool.rectcheck.llm]); the environment wins.
    judge_config: Mapping[str, Any] = field(default_factory=dict)
    # Called with (findings judged, findings to judge) as a model review advances: a long review
    # shows its progress (the local page's batch view).
    progress: Callable[[int, int], None] | None = field(default=None, compare=False)
    # State the documents of one run share (the model client); not an option.
    shared: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
