"""A deadline on every connection to the page for the head of its next request.

uvicorn closes a connection left idle after an answer (its keep-alive timeout), but nothing else
bounds a connection that is opened and says nothing, or that sends its request's head a byte at a
time: each would hold a connection for ever. Here a connection must have sent a whole request head
within ``seconds`` of opening or of its last answer, or it is closed. The body has its own deadline
(checker.serve.uploads); while the page answers (a review's progress stream, a download) there is
none. The app tells the connection when a request starts and when its answer ends, through the
request's ``scope["state"]``, which uvicorn copies from the state each connection is given.
"""

from __future__ import annotations

import asyncio
from typing import Any

from starlette.types import ASGIApp, Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol

WATCH_KEY = "rectcheck.connection"
KEEP_ALIVE_SECONDS = 5  # uvicorn's timeout_keep_alive: an idle connection after an answer


class Watch:
    """One connection's deadline: running while it owes a request head, stopped while answered."""

    def __init__(self, loop: asyncio.AbstractEventLoop, seconds: float) -> None:
        self._loop, self.seconds = loop, seconds
        self._transport: asyncio.BaseTransport | None = None
        self._timer: asyncio.TimerHandle | None = None

    def attach(self, transport: asyncio.BaseTransport) -> None:
        self._transport = transport
        self.waiting()

    def waiting(self) -> None:
        """A request head is owed from now."""
        self.answering()
        if self._transport is not None and not self._transport.is_closing():
            self._timer = self._loop.call_later(self.seconds, self._expire)

    def answering(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _expire(self) -> None:
        self._timer = None
        if self._transport is not None and not self._transport.is_closing():
            self._transport.close()


class WatchedConnection(asyncio.Protocol):
    """uvicorn's HTTP/1.1 protocol (h11) with a Watch: built as uvicorn builds its protocols, and
    handing everything on to the one it wraps."""

    seconds = 10.0

    def __init__(self, config: Any, server_state: Any, app_state: dict[str, Any],
                 _loop: asyncio.AbstractEventLoop | None = None) -> None:  # fmt: skip
        loop = _loop or asyncio.get_event_loop()
        self.watch = Watch(loop, self.seconds)
        self.inner = H11Protocol(config=config, server_state=server_state,
                                 app_state={**app_state, WATCH_KEY: self.watch}, _loop=loop)  # fmt: skip

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.watch.attach(transport)
        self.inner.connection_made(transport)  # type: ignore[arg-type]

    def data_received(self, data: bytes) -> None:
        self.inner.data_received(data)

    def eof_received(self) -> bool | None:
        return self.inner.eof_received()  # type: ignore[func-returns-value]

    def connection_lost(self, exc: Exception | None) -> None:
        self.watch.answering()
        self.inner.connection_lost(exc)

    def pause_writing(self) -> None:
        self.inner.pause_writing()

    def resume_writing(self) -> None:
        self.inner.resume_writing()


def watched(seconds: float) -> type[asyncio.Protocol]:
    """The protocol class to give uvicorn (``http=``): a request head is owed within ``seconds``."""

    class Connection(WatchedConnection):
        pass

    Connection.seconds = seconds
    return Connection


class MarkRequests:
    """Tells a watched connection that a request is being answered, and when it has been."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        watch = scope.get("state", {}).get(WATCH_KEY) if scope["type"] == "http" else None
        if not isinstance(watch, Watch):
            await self.app(scope, receive, send)
            return
        watch.answering()
        try:
            await self.app(scope, receive, send)
        finally:
            watch.waiting()
