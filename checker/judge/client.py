"""One typed question to an OpenAI-compatible chat endpoint, answered reliably.

- ``response_format`` is ``json_schema`` (strict) by default, ``json_object`` or plain text with
  the schema in the prompt for servers without it; a 400 that names the response format downgrades
  once, for the rest of the run.
- Transient failures (timeouts, dropped connections, 429 honouring Retry-After, 5xx, a body that
  is not a completion) are retried by tenacity with exponential backoff and jitter, within a
  deadline; the SDK's own retries are off so there is one policy. A refused connection or a host
  name that does not resolve is not retried: the run learns in a moment that nothing listens.
- An answer that fails validation is re-asked with the validation error appended (bounded; the
  answer echoed back is cut to `REASK_ECHO_CHARS`).
- Each request has a deadline over the whole of it, headers and body (``timeout``, and never past
  the call's ``deadline``): a server dripping one byte a second cannot hold it longer. The body read
  is capped at ``max_response`` bytes. ``cancel()`` (Ctrl-C) ends requests in flight at once.
- A redirect is never followed: it would post the report wherever the endpoint points. A 3xx ends
  the run's questions with one line naming the endpoint and where it pointed.
- Usage is summed over every request. Errors name the endpoint, never the key; the key and any
  ``Bearer`` token are removed from what the model returns before it is parsed, shown or cached.
"""

from __future__ import annotations

import email.utils
import json
import re
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import urljoin

import openai
from pydantic import BaseModel, ValidationError
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    stop_before_delay,
    wait_exponential_jitter,
)
from tenacity.wait import wait_base

from checker.errors import BackendError
from checker.judge.prompt import format_instructions, reask_message
from checker.judge.schema import answer_schema
from checker.judge.settings import RESPONSE_MODES, JudgeSettings, ResponseMode, display_url

_FENCE = re.compile(r"```(?:json|JSON)?\s*\n?(.*?)```", re.DOTALL)
_BEARER = re.compile(r"(?i)\bBearer\s+[A-Za-z0-9._~+/=-]+")
REASK_ECHO_CHARS = 8000  # of a rejected answer sent back with the re-ask
MAX_REPORTED_TOKENS = 100_000_000  # of one request's usage; far above any model's context
_POLL_S = 0.05  # how often a waiting request looks for cancellation
_FORMAT_WORDS = ("response_format", "json_schema", "json_object", "structured output", "response format")

M = TypeVar("M", bound="BaseModel")  # the answer model asked for, and returned validated


class BadResponse(Exception):
    """The server answered, but not with a chat completion (HTML, broken JSON, no choices)."""


class AnswerError(Exception):
    """The completion's content is not a valid answer; the message is sent back to the model."""


class RequestTimeout(Exception):
    """One request outlived its whole-request deadline."""


class ResponseTooLarge(Exception):
    """The body outgrew ``max_response`` bytes."""


class Cancelled(Exception):
    """The run was interrupted: stop asking."""


@dataclass
class Tally:
    """Requests and tokens of one call, re-asks and retries included."""

    requests: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0

    def add(self, other: Tally) -> None:
        self.requests += other.requests
        self.prompt_tokens += other.prompt_tokens
        self.completion_tokens += other.completion_tokens

    def as_dict(self) -> dict[str, int]:
        return {"prompt_tokens": self.prompt_tokens, "completion_tokens": self.completion_tokens}


def unmendable(exc: BaseException) -> str | None:
    """Why no retry can mend this connection error - the host refused the connection or its name
    does not resolve - or None. Timeouts, resets and dropped connections are not among them."""
    if isinstance(exc, openai.APITimeoutError):
        return None
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        if isinstance(cause, ConnectionRefusedError):
            return "connection refused"
        if isinstance(cause, socket.gaierror):
            return "host name not resolved"
        cause = cause.__cause__ or cause.__context__
    return None


def _transient(exc: BaseException) -> bool:
    if isinstance(exc, openai.APIConnectionError):  # includes APITimeoutError
        return unmendable(exc) is None
    if isinstance(exc, (BadResponse, RequestTimeout)):
        return True
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in (408, 409, 425, 429) or exc.status_code >= 500
    return False


def retry_after_seconds(exc: BaseException) -> float | None:
    """Seconds the server asked us to wait (Retry-After / retry-after-ms), if it said."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    ms = headers.get("retry-after-ms")
    if ms:
        try:
            return float(ms) / 1000
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        when = email.utils.parsedate_to_datetime(value) if value else None
        return max(0.0, when.timestamp() - time.time()) if when else None


class _WaitPolicy(wait_base):
    """Exponential backoff with jitter, except when the server said how long to wait (capped)."""

    def __init__(self, settings: JudgeSettings) -> None:
        self.backoff = wait_exponential_jitter(
            multiplier=settings.wait_initial, max=settings.wait_max, jitter=settings.wait_initial
        )
        self.cap = settings.retry_after_max

    def __call__(self, retry_state: RetryCallState) -> float:
        exc = retry_state.outcome.exception() if retry_state.outcome else None
        asked = retry_after_seconds(exc) if exc else None
        if asked is not None:
            return min(asked, self.cap)
        return self.backoff(retry_state)


def parse_answer(content: str, model: type[M]) -> M:
    """The answer in ``content`` (bare JSON, a ```json fence, or JSON amid prose), validated."""
    text = content.strip()
    fenced = _FENCE.search(text)
    if fenced:
        text = fenced.group(1).strip()
    elif not text.startswith("{") and "{" in text:
        start, end = text.find("{"), text.rfind("}")
        text = text[start : end + 1] if end > start else text[start:]
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise AnswerError(f"输出不是合法的 JSON：{exc}") from None
    except RecursionError:
        raise AnswerError("输出的 JSON 嵌套过深") from None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise AnswerError(f"JSON 不符合 Schema：{str(exc)[:1500]}") from None


class ChatClient:
    """A shared, thread-safe client for one run (the response-format downgrade is remembered)."""

    def __init__(self, settings: JudgeSettings) -> None:
        self.settings = settings
        self.mode: ResponseMode = settings.response_format
        self.notes: list[str] = []
        self._lock = threading.Lock()
        self._dead: str | None = None  # once the endpoint is given up on, later calls fail at once
        self._cancel = threading.Event()
        self._client = openai.OpenAI(
            api_key=settings.api_key,
            base_url=settings.base_url,
            timeout=settings.timeout,
            max_retries=0,
            http_client=openai.DefaultHttpxClient(follow_redirects=False),  # the SDK's defaults otherwise
        )

    def redact(self, text: str) -> str:
        """``text`` without the API key or any ``Bearer`` token."""
        key = self.settings.api_key
        if key and len(key) >= 4:
            text = text.replace(key, "***")
        return _BEARER.sub("Bearer ***", text)

    def cancel(self) -> None:
        """End requests in flight and refuse new ones (the run was interrupted)."""
        self._cancel.set()

    def _sleep(self, seconds: float) -> None:
        if self._cancel.wait(seconds):
            raise Cancelled

    def ask(
        self,
        messages: list[dict[str, str]],
        model: type[M],
        name: str = "finding_judgement",
        tally: Tally | None = None,
        check: Callable[[M], str | None] | None = None,
    ) -> tuple[M, Tally]:
        """Ask until the answer validates (at most ``settings.reasks`` re-asks); ``name`` names the
        schema in ``response_format``. Requests are counted into ``tally`` when given, so what a
        failed call cost is known too. ``check`` finds what the schema cannot (a quote that is not
        in the report): an answer it objects to is re-asked once, and the second answer is returned
        whatever it says, for the caller to keep only what holds."""
        tally = Tally() if tally is None else tally
        schema = answer_schema(model)
        conversation = list(messages)
        failed = 0
        checked = check is None
        while True:
            content = self._complete(conversation, schema, tally, name)
            try:
                answer = parse_answer(content, model)
            except AnswerError as exc:
                if failed == self.settings.reasks:
                    raise BackendError(
                        f"LLM endpoint {self.settings.endpoint}: no valid answer after "
                        f"{self.settings.reasks} re-asks ({self.redact(str(exc)).splitlines()[0][:160]})"
                    ) from None
                failed += 1
                message = reask_message(str(exc))
            else:
                problem = None if checked or check is None else check(answer)
                if problem is None:
                    return answer, tally
                checked = True
                message = problem  # the check words its own re-ask
            conversation += [
                {"role": "assistant", "content": content[:REASK_ECHO_CHARS]},
                {"role": "user", "content": message},
            ]

    def _request(
        self, messages: list[dict[str, str]], schema: dict[str, Any], mode: ResponseMode, name: str
    ) -> dict:
        request: dict[str, Any] = {
            "model": self.settings.model,
            "temperature": self.settings.temperature,
            "messages": list(messages),
        }
        if mode == "json_schema":
            request["response_format"] = {
                "type": "json_schema",
                "json_schema": {
                    "name": name,
                    "schema": schema,
                    "strict": self.settings.strict,
                },
            }
            return request
        if mode == "json_object":
            request["response_format"] = {"type": "json_object"}
        # The schema travels in the prompt: appended to the first user message.
        instructions = format_instructions(json.dumps(schema, ensure_ascii=False))
        for i, message in enumerate(request["messages"]):
            if message["role"] == "user":
                request["messages"][i] = {**message, "content": message["content"] + "\n\n" + instructions}
                break
        return request

    def _complete(
        self, messages: list[dict[str, str]], schema: dict[str, Any], tally: Tally, name: str
    ) -> str:
        while True:
            mode = self.mode
            try:
                return self._send(self._request(messages, schema, mode, name), tally)
            except openai.BadRequestError as exc:
                if mode != "text" and self._rejects_format(exc):
                    self._downgrade(mode)
                    continue
                raise BackendError(
                    f"LLM endpoint {self.settings.endpoint} rejected the request (HTTP 400: "
                    f"{self._short(exc)})"
                ) from None

    def _rejects_format(self, exc: openai.APIStatusError) -> bool:
        text = f"{exc.message} {exc.body}".lower()
        return any(word in text for word in _FORMAT_WORDS)

    def _downgrade(self, rejected: ResponseMode) -> None:
        with self._lock:
            if self.mode == rejected:
                self.mode = RESPONSE_MODES[RESPONSE_MODES.index(rejected) + 1]
                self.notes.append(f"the endpoint rejected response_format {rejected}; used {self.mode}")

    def _short(self, exc: BaseException) -> str:
        text = getattr(exc, "message", None) or str(exc) or type(exc).__name__
        return self.redact(" ".join(str(text).split()))[:160]

    def _send(self, request: dict[str, Any], tally: Tally) -> str:
        attempts = 0

        call_deadline = time.monotonic() + self.settings.deadline

        def once() -> str:
            nonlocal attempts
            if self._dead:  # another finding gave up on the endpoint: stop retrying this one too
                raise BackendError(self._dead)
            if self._cancel.is_set():
                raise Cancelled
            attempts += 1
            tally.requests += 1
            data = self._fetch(request, min(time.monotonic() + self.settings.timeout, call_deadline))
            usage = data.get("usage")
            if isinstance(usage, dict):
                tally.prompt_tokens += _count(usage.get("prompt_tokens"))
                tally.completion_tokens += _count(usage.get("completion_tokens"))
            choices = data.get("choices")
            if not isinstance(choices, list):
                raise BadResponse("the body is not a chat completion")
            message = choices[0].get("message") if choices and isinstance(choices[0], dict) else None
            content = message.get("content") if isinstance(message, dict) else None
            if not isinstance(content, str):
                raise BadResponse("the completion has no message content")
            return self.redact(content)

        retrying = Retrying(
            stop=stop_before_delay(self.settings.deadline) | stop_after_attempt(self.settings.attempts),
            wait=_WaitPolicy(self.settings),
            retry=retry_if_exception(_transient),
            reraise=True,
            sleep=self._sleep,
        )
        try:
            return retrying(once)
        except (openai.AuthenticationError, openai.PermissionDeniedError) as exc:
            raise BackendError(
                f"LLM endpoint {self.settings.endpoint} refused the credentials (HTTP {exc.status_code})"
            ) from None
        except openai.BadRequestError:
            raise
        except openai.APIStatusError as exc:
            if 300 <= exc.status_code < 400:
                message = self._redirected(exc)
                with self._lock:
                    self._dead = self._dead or message
                raise BackendError(message) from None
            if not _transient(exc):
                raise BackendError(
                    f"LLM endpoint {self.settings.endpoint} answered HTTP {exc.status_code} "
                    f"for model {self.settings.model}: {self._short(exc)}"
                ) from None
            reason = f"HTTP {exc.status_code}"
        except (openai.APITimeoutError, RequestTimeout):
            reason = f"timed out after {self.settings.timeout:g} s"
        except ResponseTooLarge:
            raise BackendError(
                f"LLM endpoint {self.settings.endpoint}: answer larger than "
                f"{self.settings.max_response:,} bytes; not read further"
            ) from None
        except openai.APIConnectionError as exc:
            cause = exc.__cause__ or exc
            why = unmendable(exc)
            reason = f"cannot connect ({type(cause).__name__}{': ' + why if why else ''})"
        except BadResponse as exc:
            reason = str(exc)
        plural = "s" if attempts != 1 else ""
        message = f"LLM endpoint {self.settings.endpoint} unreachable after {attempts} attempt{plural}: {reason}"
        with self._lock:
            self._dead = self._dead or message
        raise BackendError(message)

    def _redirected(self, exc: openai.APIStatusError) -> str:
        location = exc.response.headers.get("location")
        where = display_url(urljoin(str(exc.request.url), location)) if location else "nowhere named"
        return (
            f"LLM endpoint {self.settings.endpoint}: answered HTTP {exc.status_code} redirecting to {where}; "
            "redirects are not followed"
        )

    def _fetch(self, request: dict[str, Any], deadline: float) -> dict[str, Any]:
        """The response body of one request as JSON, read in a helper thread so that the deadline
        and cancellation hold whatever the server does; a request given up on is left to die."""
        box: dict[str, Any] = {}
        done = threading.Event()

        def run() -> None:
            try:
                box["body"] = self._read_body(request, deadline)
            except BaseException as exc:  # handed to the waiting thread
                box["error"] = exc
            finally:
                done.set()

        threading.Thread(target=run, name="judge-request", daemon=True).start()
        while not done.wait(max(0.0, min(_POLL_S, deadline - time.monotonic()))):
            if self._cancel.is_set():
                raise Cancelled
            if time.monotonic() >= deadline:
                raise RequestTimeout
        if "error" in box:
            raise box["error"]
        try:
            data = json.loads(box["body"])
        except (ValueError, RecursionError) as exc:
            raise BadResponse(f"unparseable body ({type(exc).__name__})") from None
        if not isinstance(data, dict):
            raise BadResponse("the body is not a chat completion")
        return data

    def _read_body(self, request: dict[str, Any], deadline: float) -> bytes:
        cap = self.settings.max_response
        body = bytearray()
        with self._client.chat.completions.with_streaming_response.create(**request) as response:
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > cap:
                    raise ResponseTooLarge
                if time.monotonic() >= deadline or self._cancel.is_set():
                    raise RequestTimeout  # nobody waits for this body any more
        return bytes(body)


def _count(value: object) -> int:
    """A token count the endpoint reported, or 0 (unknown) when it is not a plausible one: a sum or a
    cost over an absurd figure would overflow, and no request is larger than ``MAX_REPORTED_TOKENS``."""
    if isinstance(value, bool) or not isinstance(value, int):
        return 0
    return value if 0 <= value <= MAX_REPORTED_TOKENS else 0


def run_client(shared: dict[str, Any], settings: JudgeSettings) -> ChatClient:
    """The one client of a run (``ReviewOptions.shared``) for these settings: an endpoint found dead,
    or a response format found refused, is known to every later question and document at once."""
    client = shared.get("client")
    if not isinstance(client, ChatClient) or client.settings != settings:
        client = shared["client"] = ChatClient(settings)
    return client
