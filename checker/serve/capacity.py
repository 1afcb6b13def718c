"""How much work the page takes on at once. Past a bound, work waits a few seconds for its turn
and is then answered "busy, try again" instead of queueing without end: a page that waits for
ever, or a server that runs out of memory, is worse than one that says to come back in a moment.
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Literal

import anyio

# Why the page is busy; each has its sentence in the page's catalogue (pages.TEXT, "busy_<reason>").
BusyReason = Literal["uploads", "queue", "results", "downloads", "stopping"]
RETRY_AFTER_SECONDS = 10
TURN_SECONDS = 5.0  # how long work waits for a free slot before the page says it is busy
POLL_SECONDS = 0.05


class Busy(Exception):
    """The page cannot take this work now; ``reason`` says which bound was reached."""

    def __init__(self, reason: BusyReason) -> None:
        super().__init__(reason)
        self.reason: BusyReason = reason


class Gate:
    """At most ``slots`` pieces of one kind of work at once; one more waits up to ``wait`` seconds
    for a slot, then is refused (Busy)."""

    def __init__(self, slots: int, reason: BusyReason, wait: float = TURN_SECONDS) -> None:
        self._free = threading.BoundedSemaphore(slots)  # never blocked on: polled from the event loop
        self.reason: BusyReason = reason
        self.wait = wait

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        given_up = anyio.current_time() + self.wait
        while not self._free.acquire(blocking=False):
            if anyio.current_time() >= given_up:
                raise Busy(self.reason)
            await anyio.sleep(POLL_SECONDS)
        try:
            yield
        finally:
            self._free.release()
