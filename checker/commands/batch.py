"""Reviewing the documents of one run, one after the other or on several cores.

Each document's outcome is either its review or the one line that says why it has none, so the
command reports both alike whichever way the work was done. With several processes the outcomes
still come back in the order of the documents: the output, the files written into a directory and
the exit code do not depend on how many cores took part.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from checker.errors import RectcheckError
from checker.renderers.write import signals_held

if TYPE_CHECKING:
    from concurrent.futures import Future

    from checker.models import Review
    from checker.options import ReviewOptions
    from checker.rubric import Rubric


# NamedTuples, not dataclasses: cheaper to build at import (see checker.commands.review).
class Work(NamedTuple):
    """What reviewing any one document of the run needs (sent once to each worker process)."""

    rubric: Rubric
    options: ReviewOptions
    max_bytes: int


class Done(NamedTuple):
    review: Review
    text: str


class Failed(NamedTuple):
    exit_code: int  # 2 bad input, 3 backend failed
    line: str  # "rectcheck: <file>: <reason>"


Outcome = Done | Failed


def with_path(exc: RectcheckError, path: Path) -> str:
    """InputError already names its file; other errors get the path in front."""
    message = str(exc)
    return message if message.startswith(str(path)) else f"{path}: {message}"


def failed(exc: BaseException, path: Path) -> Failed:
    """The one line for a document that could not be reviewed; never a traceback."""
    if isinstance(exc, RectcheckError):  # InputError 2, BackendError 3, …
        return Failed(exc.exit_code, f"rectcheck: {with_path(exc, path)}")
    return Failed(2, f"rectcheck: {path}: internal error ({type(exc).__name__}: {exc})")


def review_document(work: Work, path: Path) -> Outcome:
    from checker.pipeline import review_source
    from checker.read import read_source

    try:
        source = read_source(path, max_bytes=work.max_bytes)
        return Done(review_source(source, work.rubric, work.options), source.text)
    except Exception as exc:
        return failed(exc, path)


def review_data(work: Work, name: str, data: bytes) -> Outcome:
    """As :func:`review_document`, for a report already in memory (read from standard input)."""
    from checker.pipeline import review_source
    from checker.read import read_data

    try:
        source = read_data(name, data, max_bytes=work.max_bytes)
        return Done(review_source(source, work.rubric, work.options), source.text)
    except Exception as exc:
        return failed(exc, Path(name))


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def outcomes(work: Work, paths: list[Path], workers: int) -> Iterable[Outcome]:
    """Each document's outcome, in the order of ``paths``; ``workers`` > 1 reviews them in that many
    processes. The processes are started here, before any progress display starts its thread."""
    workers = min(workers, len(paths))
    if workers <= 1:
        return (review_document(work, p) for p in paths)
    return _InProcesses(work, paths, workers)


_work: Work | None = None


def _start_worker(work: Work) -> None:
    global _work
    _work = work
    # Ctrl-C goes to the whole process group: the command stops the batch and says so once. A
    # worker writes nothing, so SIGTERM may simply end it (the command reports what it lost).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):  # forked with both blocked (see _InProcesses)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})


def _review_in_worker(path: Path) -> Outcome:
    assert _work is not None
    return review_document(_work, path)


class _InProcesses:
    def __init__(self, work: Work, paths: list[Path], workers: int) -> None:
        import multiprocessing  # here, not at the top: a single document never needs them
        from concurrent.futures import ProcessPoolExecutor

        # Forked workers start with everything this process has loaded (modules, rubric, patterns).
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else None)
        # The pool's threads and processes start with SIGINT/SIGTERM blocked, as the thread that
        # creates them has them then: a signal must reach the main thread only, or it could land
        # while write_atomic holds it off (between creating a temporary file and recording it).
        with signals_held():
            self.pool = ProcessPoolExecutor(
                max_workers=workers, mp_context=context, initializer=_start_worker, initargs=(work,)
            )
            self.futures: list[tuple[Path, Future[Outcome]]] = [
                (p, self.pool.submit(_review_in_worker, p)) for p in paths
            ]

    def __iter__(self) -> Iterator[Outcome]:
        try:
            for path, future in self.futures:
                try:
                    yield future.result()
                except Exception as exc:  # a worker that died (out of memory, killed): report, go on
                    yield failed(exc, path)
        finally:
            # Interrupted or done: drop what has not started, let the running reviews end.
            self.pool.shutdown(wait=True, cancel_futures=True)
