"""A real OpenAI-compatible chat-completions server on 127.0.0.1, for tests and benchmarks.

It answers ``POST /v1/chat/completions`` and ``GET /v1/models`` from a ThreadingHTTPServer in a
background thread on an ephemeral port. Its default answer is generated from the JSON schema the
request carries (``response_format.json_schema``, or a ```json schema fenced in the prompt when
the client puts it there), so the answers are nobody's hand-written fixtures. Faults are queued and
consumed one per request: HTTP 500/503, 429 with Retry-After, a delay past the client timeout, a
non-JSON body, a schema-violating answer, a 400 rejecting a response format.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import random
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

_FENCE = re.compile(r"```json\s*\n(.*?)```", re.DOTALL)
_WORDS = [
    "整改",
    "措施",
    "问题",
    "落实",
    "制度",
    "资金",
    "清退",
    "完成",
    "督导",
    "检查",
    "责任",
    "单位",
    "核查",
    "台账",
    "销号",
]


@dataclass
class Fault:
    """One injected fault: kind is status|rate_limit|delay|non_json|broken_json|invalid_answer|reject_format."""

    kind: str
    status: int = 500
    retry_after: float | None = None
    seconds: float = 0.0
    mode: str = "json_schema"  # reject_format: which response_format type is refused


# ---------------------------------------------------------------- JSON Schema → instance


def generate(schema: dict[str, Any], root: dict[str, Any], rng: random.Random, depth: int = 0) -> Any:
    """A value valid against ``schema`` (objects, arrays, enums, const, numbers, strings, $ref, anyOf)."""
    if "$ref" in schema:
        target: Any = root
        for part in schema["$ref"].lstrip("#/").split("/"):
            target = target[part]
        return generate(target, root, rng, depth + 1)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            options = [s for s in schema[key] if s.get("type") != "null"] or schema[key]
            return generate(rng.choice(options), root, rng, depth + 1)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            merged.update(part)
        return generate(merged, root, rng, depth + 1)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return rng.choice(schema["enum"])
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind is None:
        kind = "object" if "properties" in schema else "string"
    if kind == "object":
        props = schema.get("properties", {})
        required = set(schema.get("required", props))
        return {
            name: generate(sub, root, rng, depth + 1)
            for name, sub in props.items()
            if name in required or rng.random() < 0.5
        }
    if kind == "array":
        low = schema.get("minItems", 0)
        high = min(schema.get("maxItems", low + 2), low + 2)
        return [
            generate(schema.get("items", {}), root, rng, depth + 1) for _ in range(rng.randint(low, high))
        ]
    if kind == "integer":
        return rng.randint(int(schema.get("minimum", 0)), int(schema.get("maximum", 100)))
    if kind == "number":
        return round(rng.uniform(schema.get("minimum", 0.0), schema.get("maximum", 100.0)), 3)
    if kind == "boolean":
        return rng.random() < 0.5
    if kind == "null":
        return None
    text = "".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 4)))
    low, high = schema.get("minLength", 0), schema.get("maxLength", 10_000)
    text = (text * (low // max(len(text), 1) + 1)) if len(text) < low else text
    return text[:high]


def schema_of(request: dict[str, Any]) -> dict[str, Any] | None:
    """The answer schema of a request: response_format json_schema, or one fenced in a message."""
    fmt = request.get("response_format") or {}
    if fmt.get("type") == "json_schema":
        return fmt["json_schema"]["schema"]
    for message in reversed(request.get("messages", [])):
        for block in _FENCE.findall(str(message.get("content", ""))):
            try:
                candidate = json.loads(block)
            except ValueError:
                continue
            if isinstance(candidate, dict) and ("properties" in candidate or "$defs" in candidate):
                return candidate
    return None


_SHOWN_MEASURE = re.compile(
    r"【整改措施（[^）]*）】\n(.*?)(?=\n【(?:整改状态|整改时限|责任主体)】|\n<<<END-REPORT-TEXT|\Z)", re.S
)
_GAPS = ("off_target", "partial_coverage")


def grounded(answer: Any, request: dict[str, Any], rng: random.Random) -> Any:
    """A judgement made consistent, as a sober model's is: each quote a verbatim slice of the measure
    it was shown, a measure beside the point not also partly answering, no full marks beside a gap."""
    if not isinstance(answer, dict) or not any(isinstance(v, dict) and "evidence" in v for v in answer.values()):
        return answer
    shown = "\n".join(str(m["content"]) for m in request["messages"] if m["role"] == "user")
    found = _SHOWN_MEASURE.search(shown)
    lines = [ln for ln in (found.group(1).splitlines() if found else []) if len(ln.strip()) >= 8 and "〔" not in ln]
    for call in (v for v in answer.values() if isinstance(v, dict) and "evidence" in v):
        if not lines:
            call["present"], call["evidence"] = False, []
            continue
        quotes = []
        for _ in call["evidence"]:
            line = rng.choice(lines).strip()
            at = rng.randrange(0, len(line) - 7)
            quotes.append(line[at : at + rng.randint(8, 16)])
        call["evidence"] = quotes
    if all(isinstance(answer.get(c), dict) and answer[c].get("present") for c in _GAPS):
        answer["partial_coverage"]["present"] = False
    if answer.get("responsiveness") == 3 and any(isinstance(answer.get(c), dict) and answer[c].get("present") for c in _GAPS):
        answer["responsiveness"] = 2
    return answer


def schema_answer(request: dict[str, Any]) -> Any:
    """The default generator: deterministic per request content, valid against its schema, its
    quotes taken from the text it was shown."""
    schema = schema_of(request)
    if schema is None:
        return "好的。"
    seed = hashlib.sha256(json.dumps(request.get("messages"), ensure_ascii=False).encode()).hexdigest()
    rng = random.Random(seed)
    return grounded(generate(schema, schema, rng), request, rng)


# ---------------------------------------------------------------- the server


@dataclass
class ChatServer:
    """Start with ``with ChatServer() as server:``; ``server.base_url`` ends in ``/v1``."""

    latency: float = 0.0
    answer: Callable[[dict[str, Any]], Any] = schema_answer
    faults: deque[Fault] = field(default_factory=deque)
    refuse_modes: set[str] = field(default_factory=set)  # response_format types always refused (400)
    requests: list[dict[str, Any]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle

    def __enter__(self) -> ChatServer:
        handler = _make_handler(self)
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._httpd is not None
        self._httpd.shutdown()
        self._httpd.server_close()

    @property
    def base_url(self) -> str:
        assert self._httpd is not None
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    @property
    def count(self) -> int:
        with self._lock:
            return len(self.requests)

    def queue(self, *faults: Fault) -> None:
        with self._lock:
            self.faults.extend(faults)

    def _next_fault(self) -> Fault | None:
        with self._lock:
            return self.faults.popleft() if self.faults else None

    def _record(self, request: dict[str, Any]) -> None:
        with self._lock:
            self.requests.append(request)

    # -- answering

    def completion(self, request: dict[str, Any], content: str) -> dict[str, Any]:
        prompt_chars = sum(len(str(m.get("content", ""))) for m in request.get("messages", []))
        prompt_tokens, completion_tokens = max(1, prompt_chars // 2), max(1, len(content) // 2)
        return {
            "id": "chatcmpl-" + hashlib.sha1(content.encode()).hexdigest()[:12],
            "object": "chat.completion",
            "created": int(time.time()),
            "model": request.get("model", "loopback"),
            "choices": [
                {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": content}}
            ],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        }

    def content_for(self, request: dict[str, Any]) -> str:
        answer = self.answer(request)
        text = answer if isinstance(answer, str) else json.dumps(answer, ensure_ascii=False)
        fmt = (request.get("response_format") or {}).get("type")
        if fmt is None and not isinstance(answer, str):
            return f"以下是评审结果：\n```json\n{text}\n```"  # plain-text servers wrap JSON in prose
        return text


def _make_handler(server: ChatServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            return

        def _send(
            self, status: int, body: bytes, ctype: str = "application/json", headers: dict | None = None
        ):
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)

        def _json(self, status: int, data: Any, headers: dict | None = None) -> None:
            self._send(status, json.dumps(data, ensure_ascii=False).encode("utf-8"), headers=headers)

        def do_GET(self) -> None:
            if self.path.rstrip("/").endswith("/models"):
                self._json(200, {"object": "list", "data": [{"id": "loopback", "object": "model"}]})
            else:
                self._json(404, {"error": {"message": "not found"}})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", 0))
            raw = self.rfile.read(length)
            if not self.path.rstrip("/").endswith("/chat/completions"):
                self._json(404, {"error": {"message": "not found"}})
                return
            try:
                request = json.loads(raw)
            except ValueError:
                self._json(400, {"error": {"message": "invalid JSON body"}})
                return
            server._record(request)
            if server.latency:
                time.sleep(server.latency)
            fmt = (request.get("response_format") or {}).get("type")
            fault = server._next_fault()
            if fmt in server.refuse_modes or (fault and fault.kind == "reject_format" and fault.mode == fmt):
                self._json(
                    400,
                    {
                        "error": {
                            "message": f"response_format type '{fmt}' is not supported by this server",
                            "type": "invalid_request_error",
                            "param": "response_format",
                        }
                    },
                )
                return
            if fault is not None and fault.kind != "reject_format" and self._fault(fault, request):
                return
            self._json(200, server.completion(request, server.content_for(request)))

        def _fault(self, fault: Fault, request: dict[str, Any]) -> bool:
            """Serve the fault; False when it only delays and the normal answer follows."""
            if fault.kind == "status":
                self._json(
                    fault.status, {"error": {"message": f"injected {fault.status}", "type": "server_error"}}
                )
            elif fault.kind == "rate_limit":
                headers = {} if fault.retry_after is None else {"Retry-After": f"{fault.retry_after:g}"}
                self._json(429, {"error": {"message": "rate limited", "type": "rate_limit"}}, headers)
            elif fault.kind == "delay":
                time.sleep(fault.seconds)
                return False
            elif fault.kind == "non_json":
                self._send(200, b"<html><body>502 Bad Gateway</body></html>", ctype="text/html")
            elif fault.kind == "broken_json":
                self._send(200, b'{"id": "chatcmpl-x", "choices": [', ctype="application/json")
            elif fault.kind == "invalid_answer":
                answer = server.answer(request)
                bad = dict(answer) if isinstance(answer, dict) else {}
                bad["responsiveness"] = 7  # outside 0–3
                bad.pop("rationale", None)
                self._json(200, server.completion(request, json.dumps(bad, ensure_ascii=False)))
            else:
                return False
            return True

    return Handler


def loopback_env(cache, key: str = "sk-test", deadline: str = "5") -> dict[str, str]:
    """The environment of a model test against a loopback server: the key, a private cache, and
    retries that wait milliseconds, not seconds."""
    return {
        "OPENAI_API_KEY": key,
        "RECTCHECK_CACHE_DIR": str(cache),
        "RECTCHECK_LLM_WAIT": "0.01",
        "RECTCHECK_LLM_WAIT_MAX": "0.05",
        "RECTCHECK_LLM_DEADLINE": deadline,
        "RECTCHECK_LLM_TIMEOUT": "5",
    }


def use_loopback_env(monkeypatch, cache, key: str = "sk-test") -> None:
    """:func:`loopback_env` set for an in-process test, with a model name and the format auto."""
    for name, value in loopback_env(cache, key).items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("RECTCHECK_MODEL", "loopback-model")
    monkeypatch.delenv("RECTCHECK_RESPONSE_FORMAT", raising=False)
