"""Judge settings from the environment: precedence, prices, bad values, the key kept out of repr."""

from __future__ import annotations

import pytest

from checker.errors import UsageError
from checker.judge.settings import display_url, load_settings

KEY = "sk-test-SECRET123"


def test_environment_over_config_and_option_over_environment() -> None:
    env = {"RECTCHECK_MODEL": "deepseek-chat", "OPENAI_BASE_URL": "http://127.0.0.1:8000/v1/"}
    config = {"model": "qwen-plus", "base_url": "http://example.invalid/v1", "deadline": 30}
    settings = load_settings(None, config, env)
    assert settings.model == "deepseek-chat" and settings.base_url == "http://127.0.0.1:8000/v1"
    assert settings.deadline == 30
    assert load_settings("gpt-4o", config, env).model == "gpt-4o"


LOCAL = {"OPENAI_BASE_URL": "http://127.0.0.1:8000/v1"}


def test_cost_from_the_price_table_or_the_environment() -> None:
    known = load_settings(None, None, {**LOCAL, "RECTCHECK_MODEL": "gpt-4o-mini"})
    assert known.cost(1_000_000, 1_000_000) == pytest.approx(0.75)
    unknown = load_settings(None, None, {**LOCAL, "RECTCHECK_MODEL": "my-local-model"})
    assert unknown.cost(1000, 1000) is None
    priced = load_settings(
        None, None, {**LOCAL, "RECTCHECK_MODEL": "my-local-model", "RECTCHECK_PRICE_IN": "1", "RECTCHECK_PRICE_OUT": "2"}
    )
    assert priced.cost(500_000, 250_000) == pytest.approx(1.0)


@pytest.mark.parametrize(
    "env",
    [{"RECTCHECK_RESPONSE_FORMAT": "xml"}, {"RECTCHECK_LLM_DEADLINE": "soon"}, {"RECTCHECK_LLM_TIMEOUT": "-1"}],
)
def test_bad_values_are_usage_errors(env: dict[str, str]) -> None:
    with pytest.raises(UsageError) as info:
        load_settings(None, None, env)
    assert "\n" not in str(info.value)


def test_key_stays_out_of_repr_and_endpoint() -> None:
    settings = load_settings(
        None, None, {"OPENAI_API_KEY": KEY, "OPENAI_BASE_URL": "https://user:pw@api.example.com/v1/?key=x"}
    )
    assert settings.api_key == KEY
    assert KEY not in repr(settings)
    assert settings.endpoint == "https://api.example.com/v1"
    assert display_url("http://127.0.0.1:8080/v1/") == "http://127.0.0.1:8080/v1"


def test_cache_dir_override(tmp_path) -> None:
    settings = load_settings(None, None, {**LOCAL, "RECTCHECK_CACHE_DIR": str(tmp_path / "c")})
    assert settings.cache_dir == tmp_path / "c"
    assert load_settings(None, None, LOCAL).cache_dir.name == "llm"


def test_no_endpoint_configured_sends_nothing(tmp_path) -> None:
    from checker.errors import UsageError

    with pytest.raises(UsageError, match="OPENAI_BASE_URL"):
        load_settings(None, None, {"OPENAI_API_KEY": "sk-test"})  # a key alone chooses no endpoint
    assert load_settings(None, {"base_url": "http://127.0.0.1:11434/v1"}, {}).base_url == "http://127.0.0.1:11434/v1"
