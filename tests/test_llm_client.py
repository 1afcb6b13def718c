"""The chat client against a real loopback server: retries, re-asks, downgrade, failure lines."""

from __future__ import annotations

import time

import pytest
from chat_server import ChatServer, Fault

from checker.errors import BackendError
from checker.judge.client import ChatClient, parse_answer
from checker.judge.schema import judgement_model
from checker.judge.settings import load_settings

KEY = "sk-test-SECRET123"
MODEL = judgement_model(("responsiveness", "specificity", "timeliness"))
MESSAGES = [
    {"role": "system", "content": "你是整改评审专家，只输出 JSON。"},
    {"role": "user", "content": "问题：公车私用。整改措施：一是召开专题会议；二是追回油费1.2万元。"},
]


def client_for(url: str, **env: str) -> ChatClient:
    base = {
        "OPENAI_BASE_URL": url,
        "OPENAI_API_KEY": KEY,
        "RECTCHECK_LLM_WAIT": "0.01",
        "RECTCHECK_LLM_WAIT_MAX": "0.05",
        "RECTCHECK_LLM_TIMEOUT": "2",
        "RECTCHECK_LLM_DEADLINE": "10",
    }
    return ChatClient(load_settings(env={**base, **env}))


def test_completes_through_server_errors_rate_limit_and_garbage() -> None:
    with ChatServer() as server:
        server.queue(
            Fault("status", 500),
            Fault("status", 503),
            Fault("rate_limit", retry_after=0.2),
            Fault("non_json"),
            Fault("broken_json"),
        )
        client = client_for(server.base_url, RECTCHECK_LLM_ATTEMPTS="8")
        started = time.monotonic()
        answer, tally = client.ask(MESSAGES, MODEL)
        elapsed = time.monotonic() - started
        assert server.count == 6 and tally.requests == 6
        assert 0 <= answer.responsiveness <= 3  # type: ignore[attr-defined]
        assert set(answer.criterion_scores()) == {"responsiveness", "specificity", "timeliness"}  # type: ignore[attr-defined]
        assert elapsed >= 0.2  # Retry-After was honoured
        assert tally.prompt_tokens > 0 and tally.completion_tokens > 0


def test_retry_after_is_capped() -> None:
    with ChatServer() as server:
        server.queue(Fault("rate_limit", retry_after=30))
        client = client_for(server.base_url, RECTCHECK_LLM_RETRY_AFTER_MAX="0.1")
        started = time.monotonic()
        client.ask(MESSAGES, MODEL)
        assert time.monotonic() - started < 3


def test_timeout_is_retried() -> None:
    with ChatServer() as server:
        server.queue(Fault("delay", seconds=1.5))
        client = client_for(server.base_url, RECTCHECK_LLM_TIMEOUT="0.3")
        answer, tally = client.ask(MESSAGES, MODEL)
        assert tally.requests == 2 and server.count == 2
        assert answer is not None


def test_schema_violation_is_reasked_with_the_error() -> None:
    with ChatServer() as server:
        server.queue(Fault("invalid_answer"))
        client = client_for(server.base_url)
        answer, tally = client.ask(MESSAGES, MODEL)
        assert tally.requests == 2
        reask = server.requests[1]["messages"]
        assert len(reask) == len(MESSAGES) + 2
        assert reask[-2]["role"] == "assistant" and '"responsiveness": 7' in reask[-2]["content"]
        assert "responsiveness" in reask[-1]["content"] and "不符合" in reask[-1]["content"]
        assert answer.responsiveness <= 3  # type: ignore[attr-defined]


def test_reasks_are_bounded() -> None:
    with ChatServer() as server:
        server.queue(*[Fault("invalid_answer")] * 5)
        client = client_for(server.base_url, RECTCHECK_LLM_REASKS="2")
        with pytest.raises(BackendError) as info:
            client.ask(MESSAGES, MODEL)
        assert server.count == 3
        assert "no valid answer" in str(info.value) and KEY not in str(info.value)


def test_json_schema_rejection_downgrades_once_for_the_run() -> None:
    with ChatServer(refuse_modes={"json_schema"}) as server:
        client = client_for(server.base_url)
        _first, _ = client.ask(MESSAGES, MODEL)
        assert client.mode == "json_object"
        assert server.requests[0]["response_format"]["type"] == "json_schema"
        assert server.requests[1]["response_format"] == {"type": "json_object"}
        assert "```json" in server.requests[1]["messages"][-1]["content"]  # the schema is in the prompt
        client.ask([*MESSAGES[:1], {"role": "user", "content": "问题：另一项。"}], MODEL)
        assert server.requests[2]["response_format"] == {"type": "json_object"}  # remembered
        assert server.count == 3
        assert any("json_schema" in n for n in client.notes)


def test_downgrades_to_plain_text_when_json_modes_are_refused() -> None:
    with ChatServer(refuse_modes={"json_schema", "json_object"}) as server:
        client = client_for(server.base_url)
        answer, _ = client.ask(MESSAGES, MODEL)
        assert client.mode == "text" and "response_format" not in server.requests[-1]
        assert answer is not None


def test_text_mode_by_setting_parses_fenced_json() -> None:
    with ChatServer() as server:
        client = client_for(server.base_url, RECTCHECK_RESPONSE_FORMAT="text")
        answer, tally = client.ask(MESSAGES, MODEL)
        assert tally.requests == 1 and "response_format" not in server.requests[0]
        assert answer is not None


def test_sends_sdk_free_single_policy_and_model_name() -> None:
    with ChatServer() as server:
        server.queue(Fault("status", 500))
        client = client_for(server.base_url, RECTCHECK_MODEL="qwen-plus", RECTCHECK_LLM_ATTEMPTS="2")
        client.ask(MESSAGES, MODEL)
        assert server.count == 2  # one retry by tenacity, none by the SDK
        assert server.requests[0]["model"] == "qwen-plus"
        assert server.requests[0]["response_format"]["json_schema"]["strict"] is True


def test_persistent_5xx_gives_one_line_naming_the_endpoint_not_the_key() -> None:
    with ChatServer() as server:
        server.queue(*[Fault("status", 503)] * 10)
        client = client_for(server.base_url, RECTCHECK_LLM_ATTEMPTS="3")
        with pytest.raises(BackendError) as info:
            client.ask(MESSAGES, MODEL)
        message = str(info.value)
        assert server.count == 3
        assert server.base_url in message and "HTTP 503" in message and "\n" not in message
        assert KEY not in message


def test_unreachable_endpoint_fails_within_the_deadline() -> None:
    client = client_for("http://127.0.0.1:9/v1", RECTCHECK_LLM_DEADLINE="1", RECTCHECK_LLM_ATTEMPTS="50")
    started = time.monotonic()
    with pytest.raises(BackendError) as info:
        client.ask(MESSAGES, MODEL)
    assert time.monotonic() - started < 5
    assert "127.0.0.1:9" in str(info.value) and "unreachable" in str(info.value)
    # Later calls of the same run give up at once instead of waiting the deadline again.
    started = time.monotonic()
    with pytest.raises(BackendError):
        client.ask(MESSAGES, MODEL)
    assert time.monotonic() - started < 0.5


def test_refused_connection_is_not_retried_however_long_the_deadline() -> None:
    client = client_for("http://127.0.0.1:9/v1", RECTCHECK_LLM_DEADLINE="120", RECTCHECK_LLM_WAIT="1")
    started = time.monotonic()
    with pytest.raises(BackendError) as info:
        client.ask(MESSAGES, MODEL)
    assert time.monotonic() - started < 1
    message = str(info.value)
    assert "after 1 attempt:" in message and "connection refused" in message and "\n" not in message


def test_only_refused_and_unresolved_connections_are_unmendable() -> None:
    import socket

    import httpx
    import openai

    from checker.judge.client import unmendable

    request = httpx.Request("POST", "http://example.invalid/v1/chat/completions")

    def wrapped(cause: BaseException, kind: type = openai.APIConnectionError) -> BaseException:
        try:
            try:
                raise cause
            except BaseException as inner:
                raise httpx.ConnectError(str(inner)) from inner
        except httpx.ConnectError as outer:
            exc = kind(request=request) if kind is openai.APITimeoutError else kind(message="x", request=request)
            exc.__cause__ = outer
            return exc

    assert unmendable(wrapped(ConnectionRefusedError(111, "refused"))) == "connection refused"
    assert unmendable(wrapped(socket.gaierror(-2, "Name or service not known"))) == "host name not resolved"
    assert unmendable(wrapped(ConnectionResetError(104, "reset"))) is None
    assert unmendable(wrapped(TimeoutError("slow"), openai.APITimeoutError)) is None


def test_parse_answer_accepts_fences_and_prose() -> None:
    with ChatServer() as server:
        client = client_for(server.base_url)
        answer, _ = client.ask(MESSAGES, MODEL)
    body = answer.model_dump_json(by_alias=True)
    assert parse_answer(f"结果如下：\n```json\n{body}\n```\n以上。", MODEL) == answer
    assert parse_answer(f"好的 {body} 完毕", MODEL) == answer
