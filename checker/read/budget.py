"""One budget for every parser: a deadline and a memory ceiling per document.

The readers of structured formats (.docx, PDF, HTML) hand hostile bytes to third-party parsers.
Each reader bounds what it knows to be costly; this budget holds whatever they miss, so a parser
that loops or allocates without end costs one document, not the machine. The reader runs in a
worker process that is stopped at the deadline, and once its memory has grown ``megabytes`` above
what it started with (watched every few milliseconds, with ``RLIMIT_AS`` behind the watch where
the system has it).

Plain text and Markdown never get here (see :func:`checker.read.read_data`): decoding costs time
linear in the bytes, already held to ``--max-bytes``, and a process per small file would slow a
folder down for nothing.
"""

from __future__ import annotations

import importlib
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from contextlib import suppress
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from checker.errors import InputError, UsageError
from checker.reasons import Reason, reason

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.context import BaseContext

T = TypeVar("T")

MB = 1024 * 1024
DEFAULT_SECONDS = 60.0  # a dense 200-page PDF reads in a quarter of it; a stalled parser never ends
MIN_MEGABYTES = 256  # the least a document may add to the worker, whatever --max-bytes …
MEMORY_FACTOR = 8  # … and this many times --max-bytes, so raising --max-bytes still reads
TIMEOUT_ENV, MEMORY_ENV = "RECTCHECK_READ_TIMEOUT", "RECTCHECK_READ_MEMORY"
_GRACE = 5.0  # seconds a worker that has answered is given to exit
_WATCH_SECONDS = 0.005  # how often the worker's memory is looked at
_AS_HEADROOM = 1.5  # the address space may exceed the ceiling by this factor (reserved, unused pages)


class ReadBudget(BaseModel):
    """The deadline (seconds) and the memory (MB the worker may grow by) one document's reading may take."""

    model_config = ConfigDict(frozen=True)

    seconds: float = Field(gt=0, le=24 * 3600)
    megabytes: int = Field(ge=64, le=1024 * 1024)


_ENV_FIELDS = {TIMEOUT_ENV: "seconds", MEMORY_ENV: "megabytes"}


def read_budget(max_bytes: int, environ: Mapping[str, str] = os.environ) -> ReadBudget:
    """The budget under ``--max-bytes``; ``RECTCHECK_READ_TIMEOUT`` (seconds) and
    ``RECTCHECK_READ_MEMORY`` (MB) override it."""
    values: dict[str, Any] = {"seconds": DEFAULT_SECONDS, "megabytes": max(MIN_MEGABYTES, MEMORY_FACTOR * max_bytes // MB)}
    for env, field in _ENV_FIELDS.items():
        if environ.get(env, "").strip():
            values[field] = environ[env].strip()
    try:
        return ReadBudget.model_validate(values)
    except ValidationError as exc:
        error = exc.errors()[0]
        env = next(e for e, f in _ENV_FIELDS.items() if f == error["loc"][0])
        raise UsageError(f"{env}: {error['msg'].lower()}, got {values[_ENV_FIELDS[env]]!r}") from None


def too_slow(seconds: float) -> Reason:
    return reason("read_too_slow", seconds=seconds, setting=TIMEOUT_ENV)


def too_big(megabytes: int) -> Reason:
    return reason("read_too_big", megabytes=megabytes, setting=MEMORY_ENV)


class ReaderFailed(Exception):
    """A reader raised what no reader should (a bug): its type and message, from the worker."""


def within_budget(
    name: str, budget: ReadBudget, modules: Sequence[str], fn: Callable[..., T], *args: Any
) -> T:
    """``fn(*args)`` in a worker process held to ``budget``; ``name`` is the document the one-line
    reasons name. InputError from ``fn`` comes back as it was raised. ``modules`` are what ``fn``
    imports: loaded here first, so that each worker starts with them instead of loading them again."""
    if multiprocessing.current_process().daemon:
        # Already inside a bounded worker (the local page reviews in one, with its own deadline and
        # memory cap), which may not start processes of its own: read in place.
        return fn(*args)
    context = _context([fn.__module__, *modules])
    receive, send = context.Pipe(duplex=False)
    worker = context.Process(  # type: ignore[attr-defined]
        target=_work, args=(send, budget.megabytes, fn, args), name="rectcheck-reader", daemon=True
    )
    _flush_std_streams()
    worker.start()
    send.close()
    outcome: tuple[Any, ...] | None = None
    try:
        outcome = _wait(receive, budget.seconds)
    finally:  # interrupted too: the worker never outlives the call
        receive.close()
        if outcome is not None:
            worker.join(_GRACE)
        if worker.is_alive():
            worker.kill()
        worker.join()
        exitcode = worker.exitcode
        worker.close()
    if outcome is None:
        raise InputError(name, too_slow(budget.seconds))
    kind, value = outcome
    if kind == "done":
        result: T = value
        return result
    if kind == "refused":
        raise InputError(name, value)
    if kind == "memory":
        raise InputError(name, too_big(budget.megabytes))
    if kind == "failed":
        raise ReaderFailed(value)
    raise InputError(name, reason("read_ended", how=_how(exitcode)))


def _context(modules: list[str]) -> BaseContext:
    """Fork where it is safe (one thread), after loading ``modules``; a forkserver that has loaded
    them in a process running threads (a lock held by another thread at the fork would stay held
    in the worker); spawn where neither exists."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        for module in modules:
            importlib.import_module(module)
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(modules)
        return context
    return multiprocessing.get_context("spawn")


def _flush_std_streams() -> None:
    """A forked worker flushes its copy of these buffers when it ends: empty them first, or what
    they hold would be written twice."""
    for stream in (sys.stdout, sys.stderr):
        with suppress(AttributeError, OSError, ValueError):
            stream.flush()


def _wait(receive: Connection, seconds: float) -> tuple[Any, ...] | None:
    """The worker's answer, ``("ended", None)`` when it ended without one, None at the deadline."""
    if not receive.poll(seconds):
        return None
    try:
        answer: tuple[Any, ...] = receive.recv()
    except (EOFError, OSError):
        return ("ended", None)
    return answer


def _how(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        with suppress(ValueError):
            return f"stopped by {signal.Signals(-exitcode).name}"
    return f"exit status {exitcode}"


# ---------------------------------------------------------------- in the worker


class _Answer:
    """The worker's one answer, from whichever thread has it first (the reading or the watch)."""

    def __init__(self, send: Connection) -> None:
        self._send = send
        self._lock = threading.Lock()
        self._given = False

    def give(self, outcome: tuple[str, Any]) -> None:
        with self._lock:
            if self._given:
                return
            self._given = True
            try:
                self._send.send(outcome)
            except MemoryError:  # the answer itself did not fit
                self._send.send(("memory", None))


def _work(send: Connection, megabytes: int, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
    # Ctrl-C reaches the whole process group: the caller stops the worker. Nothing the worker or a
    # failing library prints may reach the user's terminal: the caller says what happened, once.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    with suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
    answer = _Answer(send)
    _watch_memory(answer, megabytes)
    outcome: tuple[str, Any]
    try:
        outcome = ("done", fn(*args))
    except BaseException as exc:  # every ending is reported, none printed
        outcome = _ending(exc)
    answer.give(outcome)  # outside the handler: a failed parse's frames are freed by now
    send.close()


def _ending(exc: BaseException) -> tuple[str, Any]:
    if _ran_out_of_memory(exc):
        return ("memory", None)
    if isinstance(exc, InputError):
        return ("refused", exc.why or exc.reason)
    return ("failed", f"{type(exc).__name__}: {exc}")


def _ran_out_of_memory(exc: BaseException) -> bool:
    """True when a MemoryError is anywhere in the chain: readers turn parser failures into a
    reason (``raise InputError(...) from None`` still keeps the context), which must not hide
    that the ceiling was hit."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, MemoryError):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


def _statm() -> tuple[int, int] | None:
    """Address space and resident size of this process, in bytes (Linux), else None."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            size, resident = statm.read().split()[:2]
        page = os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return None
    return int(size) * page, int(resident) * page


def _watch_memory(answer: _Answer, megabytes: int) -> None:
    """Stop the worker once its resident memory has grown ``megabytes`` (checked every few ms),
    with the answer that says so. Behind the watch, the address space is capped a little higher
    (``RLIMIT_AS``): an allocation too large to wait for fails at once, as a MemoryError. The watch
    comes first because a process that exhausts its address space in small steps can fail where no
    exception can be raised, and end without an answer."""
    start = _statm()
    if start is None:
        return  # no way to measure here: the deadline still holds
    size, resident = start
    _cap_address_space(size + int(megabytes * MB * _AS_HEADROOM))
    ceiling = resident + megabytes * MB

    def watch() -> None:
        while True:
            now = _statm()
            if now is not None and now[1] > ceiling:
                answer.give(("memory", None))
                os._exit(0)
            time.sleep(_WATCH_SECONDS)

    threading.Thread(target=watch, name="rectcheck-reader-memory", daemon=True).start()


def _cap_address_space(cap: int) -> None:
    try:
        import resource
    except ImportError:
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    if soft == resource.RLIM_INFINITY or cap < soft:
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
