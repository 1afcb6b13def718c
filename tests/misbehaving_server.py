"""A loopback HTTP server that misbehaves on purpose: it reads each request, then hands the raw
socket to a behaviour (drip the answer, pad it without end, echo the Authorization header, say
nothing). Every behaviour is bounded in time, and the server stops with its ``with`` block."""

from __future__ import annotations

import contextlib
import json
import socket
import socketserver
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from chat_server import schema_answer

Behaviour = Callable[[socket.socket, dict[str, str], dict[str, Any]], None]
GIVE_UP_S = 20.0  # no behaviour keeps a connection longer than this


def completion_body(content: str, usage: dict[str, Any] | None = None) -> bytes:
    return json.dumps({
        "id": "chatcmpl-x", "object": "chat.completion", "created": 0, "model": "m",
        "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": content}}],
        "usage": usage or {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }, ensure_ascii=False).encode("utf-8")  # fmt: skip


def head(length: int) -> bytes:
    return f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {length}\r\n\r\n".encode()


def drip(seconds_per_byte: float) -> Behaviour:
    """A valid answer, one byte at a time: no single read ever waits long."""

    def behave(conn: socket.socket, headers: dict[str, str], request: dict[str, Any]) -> None:
        body = completion_body(json.dumps(schema_answer(request), ensure_ascii=False))
        conn.sendall(head(len(body)))
        stop = time.monotonic() + GIVE_UP_S
        for byte in body:
            if time.monotonic() > stop:
                return
            conn.sendall(bytes((byte,)))
            time.sleep(seconds_per_byte)

    return behave


def pad(total_bytes: int) -> Behaviour:
    """A body announced and sent at ``total_bytes``: whitespace inside a JSON array, fast."""

    def behave(conn: socket.socket, headers: dict[str, str], request: dict[str, Any]) -> None:
        conn.sendall(head(total_bytes) + b'{"choices": [')
        chunk, sent, stop = b" " * 65536, 13, time.monotonic() + GIVE_UP_S
        while sent < total_bytes and time.monotonic() < stop:
            conn.sendall(chunk)
            sent += len(chunk)

    return behave


def silent(conn: socket.socket, headers: dict[str, str], request: dict[str, Any]) -> None:
    """Reads the request and never answers (until the client goes away or time runs out)."""
    conn.settimeout(GIVE_UP_S)
    with contextlib.suppress(OSError):
        conn.recv(1)


def echo_authorization(conn: socket.socket, headers: dict[str, str], request: dict[str, Any]) -> None:
    """A valid answer whose every string repeats the request's Authorization header and the bare key."""
    auth = headers.get("authorization", "")
    key = auth.split(" ", 1)[-1]
    answer = schema_answer(request)
    for name, value in list(answer.items()):
        if isinstance(value, str):
            answer[name] = f"{value[:20]} {auth} key={key}"
    body = completion_body(json.dumps(answer, ensure_ascii=False))
    conn.sendall(head(len(body)) + body)


def reporting(usage: dict[str, Any]) -> Behaviour:
    """A valid answer whose ``usage`` figures are whatever is given (JSON numbers of any size)."""

    def behave(conn: socket.socket, headers: dict[str, str], request: dict[str, Any]) -> None:
        body = completion_body(json.dumps(schema_answer(request), ensure_ascii=False), usage)
        conn.sendall(head(len(body)) + body)

    return behave


def redirect(location: str, status: int = 307) -> Behaviour:
    """Sends the client elsewhere: 307 and 308 ask it to post the same body to ``location``."""

    def behave(conn: socket.socket, headers: dict[str, str], request: dict[str, Any]) -> None:
        conn.sendall(f"HTTP/1.1 {status} Moved\r\nLocation: {location}\r\nContent-Length: 0\r\n\r\n".encode())

    return behave


@dataclass
class MisbehavingServer:
    behaviour: Behaviour
    requests: list[dict[str, Any]] = field(default_factory=list)

    def __enter__(self) -> MisbehavingServer:
        owner = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                conn: socket.socket = self.request
                conn.settimeout(GIVE_UP_S)
                with contextlib.suppress(OSError, ValueError):
                    reader = conn.makefile("rb")
                    while True:  # keep-alive: one request after another on this connection
                        line = reader.readline()
                        if not line:
                            return
                        headers: dict[str, str] = {}
                        while (header := reader.readline().strip()):
                            name, _, value = header.decode("latin-1").partition(":")
                            headers[name.strip().lower()] = value.strip()
                        body = reader.read(int(headers.get("content-length", "0")))
                        request = json.loads(body or b"{}")
                        owner.requests.append(request)
                        owner.behaviour(conn, headers, request)

        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"
