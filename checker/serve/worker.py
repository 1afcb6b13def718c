"""Work the page hands to a child process: reading and reviewing uploads, making downloads.

Processes, not threads: a thread cannot be stopped, so a document that makes the reader or a
review spin would hold its worker, its memory and the server's exit until it ended. A child is
killed at its deadline, its address space is capped (RLIMIT_AS), what it used goes back to the
system when it ends, and stopping the server kills it. Children are forked from multiprocessing's
fork server, which has the reading and reviewing modules loaded: a child starts in milliseconds
and is never a fork of the threaded server itself.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import resource
import signal
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

# Loaded once in the fork server, so a child does not import them again.
PRELOAD = ["checker.pipeline", "checker.read", "checker.analyse", "checker.score", "checker.renderers"]
POLL_SECONDS = 0.25  # how soon a call-off or a stopping server is noticed while a child works
END_SECONDS = 2.0  # a child told to finish gets this long before it is killed

Message = tuple[Any, ...]


class Overtime(Exception):
    """The child did not answer before its deadline; it has been killed."""


class Ended(Exception):
    """The child ended without answering (killed, or its memory ran out in C code)."""

    def __init__(self, exitcode: int | None) -> None:
        super().__init__(f"exit code {exitcode}")
        self.exitcode = exitcode


class Stopped(Exception):
    """The work was called off (deleted, or the server is stopping)."""


class Channel:
    """The child's end of its pipe; sends are locked, since a model review reports its progress
    from several threads."""

    def __init__(self, conn: Connection) -> None:
        self._conn, self._lock = conn, threading.Lock()

    def send(self, *message: Any) -> None:
        with self._lock:
            self._conn.send(message)

    def receive(self) -> Any:
        return self._conn.recv()


def _enter(target: Callable[..., None], conn: Connection, memory: int, args: tuple[Any, ...]) -> None:
    """The child's first steps: Ctrl-C is the server's to handle (it stops its children), the
    address space is capped, then the work runs; running out of memory is answered, not crashed on."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    channel = Channel(conn)
    try:
        target(channel, *args)
    except MemoryError:
        channel.send("memory")
    except (EOFError, BrokenPipeError):  # the server went away: nobody to answer
        pass
    finally:
        conn.close()


class Child:
    """A running child: messages to and from it, under a deadline."""

    def __init__(self, process: BaseProcess, conn: Connection, owner: Workers) -> None:
        self.process, self._conn, self._owner = process, conn, owner

    def send(self, message: Any) -> None:
        try:
            self._conn.send(message)
        except (BrokenPipeError, OSError):
            raise Ended(self.process.exitcode) from None

    def receive(self, until: float, stop: threading.Event | None = None) -> Message:
        """The child's next message; Overtime after ``until`` (time.monotonic), Stopped when
        ``stop`` is set or the server stops, Ended when the child dies first."""
        while True:
            if self._owner.closed or (stop is not None and stop.is_set()):
                self.end(graceful=False)
                raise Stopped
            left = until - time.monotonic()
            if left <= 0:
                self.end(graceful=False)
                raise Overtime
            try:
                if self._conn.poll(min(left, POLL_SECONDS)):
                    message: Message = self._conn.recv()
                    return message
            except (EOFError, OSError):
                self.end(graceful=False)
                if self._owner.closed:
                    raise Stopped from None
                raise Ended(self.process.exitcode) from None

    def kill(self) -> None:
        """Kill the child; whoever waits on it sees it end."""
        if self.process.is_alive():
            self.process.kill()

    def end(self, graceful: bool = True) -> None:
        """Let the child finish (graceful) or kill it; either way it is reaped and forgotten."""
        if graceful:
            self.process.join(END_SECONDS)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(END_SECONDS)
        self._conn.close()
        self._owner.forget(self)


class Workers:
    """Children of the page, each capped at ``memory`` bytes of address space; ``close`` kills
    those still running (the server is stopping)."""

    def __init__(self, memory: int) -> None:
        self.memory = memory
        self._context = multiprocessing.get_context("forkserver")
        self._context.set_forkserver_preload(PRELOAD)
        self._live: set[Child] = set()
        self._lock = threading.Lock()
        self.closed = False

    def start(self, target: Callable[..., None], *args: Any) -> Child:
        """``target(channel, *args)`` in a new child; ``target`` must be a module-level function."""
        ours, theirs = self._context.Pipe()
        process = self._context.Process(target=_enter, args=(target, theirs, self.memory, args), daemon=True)
        try:
            with self._lock:
                if self.closed:
                    raise Stopped
                process.start()
                child = Child(process, ours, self)
                self._live.add(child)
        except BaseException:
            ours.close()
            raise
        finally:
            theirs.close()  # the child has its own copy now
        return child

    def forget(self, child: Child) -> None:
        with self._lock:
            self._live.discard(child)

    def warm(self) -> None:
        """Start the fork server now (it loads the reading modules), so the first review does not wait."""
        with contextlib.suppress(Stopped):
            self.start(_nothing).end()

    def close(self) -> None:
        """No new child; those running are killed (the threads waiting on them then return)."""
        with self._lock:
            self.closed = True
            live = list(self._live)
        for child in live:
            child.kill()


def _nothing(channel: Channel) -> None:
    return None
