"""Where the judge connects and how patiently: environment, config mapping and options, in that order.

Precedence: ``ReviewOptions.model`` → environment (``OPENAI_*``, ``RECTCHECK_*``) → the config
mapping (keys ``base_url``, ``model``, ``response_format``, ``timeout``, ``deadline``, ``cache_dir``,
``price_in``, ``price_out``) → defaults. The API key is kept out of ``repr`` and never printed.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, NamedTuple
from urllib.parse import urlsplit, urlunsplit

from checker.errors import UsageError

ResponseMode = Literal["json_schema", "json_object", "text"]
RESPONSE_MODES: tuple[ResponseMode, ...] = ("json_schema", "json_object", "text")
PUBLIC_EXAMPLE = "https://api.openai.com/v1"  # named in the message, never used unless configured
DEFAULT_MODEL = "gpt-4o-mini"

# Approximate list prices, USD per 1M tokens (input, output). Unknown models cost None.
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1": (2.00, 8.00),
    "deepseek-chat": (0.27, 1.10),
    "qwen-plus": (0.40, 1.20),
    "qwen-turbo": (0.05, 0.20),
}


class Range(NamedTuple):
    """What one number of the settings may be: finite, from ``low`` to ``high`` inclusive."""

    low: float
    high: float
    integer: bool = False


# The numbers of the settings by config key, for the environment and the configuration file's schema
# (checker.config) alike: a number out of range is refused where it is read, never met later as an
# overflow in a timer or a sum.
NUMBERS: dict[str, Range] = {
    "timeout": Range(0.01, 3600),  # seconds, one request
    "deadline": Range(0.01, 86_400),  # seconds, all attempts of one question
    "attempts": Range(1, 100, integer=True),
    "wait": Range(0, 600),  # seconds, the first backoff
    "wait_max": Range(0, 3600),
    "retry_after_max": Range(0, 3600),
    "reasks": Range(0, 10, integer=True),
    "max_response": Range(1024, 256 * 1024 * 1024, integer=True),  # bytes
    "price_in": Range(0, 10_000),  # USD per 1M tokens
    "price_out": Range(0, 10_000),
}


@dataclass(frozen=True)
class JudgeSettings:
    base_url: str
    model: str
    api_key: str = field(repr=False)
    response_format: ResponseMode = "json_schema"
    strict: bool = True
    timeout: float = 60.0  # one request
    deadline: float = 120.0  # all attempts of one call, waits included
    attempts: int = 6
    wait_initial: float = 0.5
    wait_max: float = 8.0
    retry_after_max: float = 30.0
    reasks: int = 2
    max_response: int = 1024 * 1024  # bytes of one response body read at most
    cache_dir: Path = Path(".")
    price_in: float | None = None
    price_out: float | None = None
    temperature: float = 0.0
    per: Literal["finding", "document"] = "finding"  # one question per finding, or per document

    @property
    def endpoint(self) -> str:
        """The base URL as shown to users: no credentials, no query string."""
        return display_url(self.base_url)

    def cost(self, prompt_tokens: int, completion_tokens: int) -> float | None:
        if self.price_in is None or self.price_out is None:
            return None
        return round((prompt_tokens * self.price_in + completion_tokens * self.price_out) / 1e6, 6)


def display_url(url: str) -> str:
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path.rstrip("/"), "", ""))


def default_cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("rectcheck")) / "llm"


def _number(name: str, raw: Any, key: str) -> Any:
    """``raw`` (from the environment or the config mapping) as the number ``NUMBERS[key]`` allows."""
    low, high, integer = NUMBERS[key]
    try:
        if isinstance(raw, bool):
            raise TypeError
        value: float = int(raw) if integer else float(raw)
    except (TypeError, ValueError, OverflowError):
        value = math.nan
    if not (math.isfinite(value) and low <= value <= high):
        kind = "a whole number" if integer else "a number"
        raise UsageError(f"{name}: must be {kind} from {low:g} to {high:g}, got {str(raw)[:40]!r}")
    return value


def load_settings(
    model: str | None = None,
    config: Mapping[str, Any] | None = None,
    env: Mapping[str, str] | None = None,
) -> JudgeSettings:
    """Settings for one run (an unknown response mode or a bad number is a usage error)."""
    env = os.environ if env is None else env
    cfg = dict(config or {})

    def pick(env_name: str, cfg_name: str, default: Any) -> Any:
        value = env.get(env_name)
        if value not in (None, ""):
            return value
        return cfg.get(cfg_name, default)

    def number(env_name: str, cfg_name: str, default: float) -> Any:
        return _number(env_name, pick(env_name, cfg_name, default), cfg_name)

    chosen_model = model or pick("RECTCHECK_MODEL", "model", DEFAULT_MODEL)
    mode = str(pick("RECTCHECK_RESPONSE_FORMAT", "response_format", "json_schema")).strip().lower()
    if mode not in RESPONSE_MODES:
        raise UsageError(
            f"RECTCHECK_RESPONSE_FORMAT: expected one of {', '.join(RESPONSE_MODES)}, got {mode!r}"
        )
    per = str(pick("RECTCHECK_LLM_PER", "per", "finding")).strip().lower()
    if per not in ("finding", "document"):
        raise UsageError(f"RECTCHECK_LLM_PER: expected finding or document, got {per!r}")
    known = PRICES.get(chosen_model)
    price_in = pick("RECTCHECK_PRICE_IN", "price_in", known[0] if known else None)
    price_out = pick("RECTCHECK_PRICE_OUT", "price_out", known[1] if known else None)
    cache_dir = pick("RECTCHECK_CACHE_DIR", "cache_dir", None)
    base_url = pick("OPENAI_BASE_URL", "base_url", None)
    if base_url in (None, ""):
        # A draft 整改报告 is never sent to a default public service: the endpoint is chosen on purpose.
        raise UsageError(
            "no model endpoint is configured: set OPENAI_BASE_URL (or base_url in the config file) to an "
            f"OpenAI-compatible server - a local one (vLLM, Ollama, LM Studio) or, on purpose, a public one such as "
            f"{PUBLIC_EXAMPLE}; nothing was sent"
        )
    return JudgeSettings(
        base_url=str(base_url).rstrip("/"),
        model=str(chosen_model),
        # Local servers (Ollama, llama.cpp) need no key; the SDK insists on one, so send a dummy.
        api_key=env.get("OPENAI_API_KEY") or "not-needed",
        response_format=mode,
        strict=str(pick("RECTCHECK_JSON_STRICT", "json_strict", "1")).lower() not in ("0", "false", "no"),
        timeout=number("RECTCHECK_LLM_TIMEOUT", "timeout", 60),
        deadline=number("RECTCHECK_LLM_DEADLINE", "deadline", 120),
        attempts=number("RECTCHECK_LLM_ATTEMPTS", "attempts", 6),
        wait_initial=number("RECTCHECK_LLM_WAIT", "wait", 0.5),
        wait_max=number("RECTCHECK_LLM_WAIT_MAX", "wait_max", 8),
        retry_after_max=number("RECTCHECK_LLM_RETRY_AFTER_MAX", "retry_after_max", 30),
        reasks=number("RECTCHECK_LLM_REASKS", "reasks", 2),
        max_response=number("RECTCHECK_LLM_MAX_RESPONSE", "max_response", 1024 * 1024),
        cache_dir=Path(cache_dir).expanduser() if cache_dir else default_cache_dir(),
        price_in=None if price_in is None else _number("RECTCHECK_PRICE_IN", price_in, "price_in"),
        price_out=None if price_out is None else _number("RECTCHECK_PRICE_OUT", price_out, "price_out"),
        per="document" if per == "document" else "finding",
    )
