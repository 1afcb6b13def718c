"""A download made in a worker process: the annotated Word copy of a hostile upload can need far
more memory than the upload itself, so it is made where memory is capped and the time bounded,
and the server only ever holds the finished file."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from checker.reasons import Reason, reason
from checker.serve.tasks import render_comparison_download, render_download
from checker.serve.worker import Ended, Overtime, Stopped, Workers


class DownloadFailed(Exception):
    """The download could not be made: one line saying why, in either language (``str()``: English)."""

    def __init__(self, name: str, why: Reason) -> None:
        super().__init__(why.text("en") if why.key.startswith("download_") else f"{name}: {why.text('en')}")
        self.name, self.why = name, why

    def text(self, lang: str) -> str:
        line = self.why.text(lang)
        return line if self.why.key.startswith("download_") else f"{self.name}: {line}"


def make_download(processes: Workers, seconds: float, name: str, fmt: str, reviews: list[Any],
                  settings: dict[str, Any]) -> bytes | str:  # fmt: skip
    """``render(reviews, fmt, **settings)`` in a worker process, or DownloadFailed."""
    return in_worker(processes, seconds, name, render_download, name, fmt, reviews, settings)


def make_comparison_download(processes: Workers, seconds: float, name: str, fmt: str, result: Any,
                             settings: dict[str, Any]) -> bytes | str:  # fmt: skip
    """A comparison (diff or trace) rendered in ``fmt`` in a worker process, or DownloadFailed."""
    return in_worker(processes, seconds, name, render_comparison_download, name, fmt, result, settings)


def in_worker(processes: Workers, seconds: float, name: str, task: Callable[..., None], *args: Any) -> bytes | str:
    """``task(channel, *args)`` in a worker process, its "done" answer, or DownloadFailed."""
    mb = processes.memory // (1024 * 1024)
    try:
        child = processes.start(task, *args)
    except Stopped:
        raise DownloadFailed(name, reason("download_stopping", name=name)) from None
    try:
        kind, *rest = child.receive(time.monotonic() + seconds)
    except Overtime:
        raise DownloadFailed(name, reason("download_overtime", name=name, seconds=seconds)) from None
    except Ended as exc:
        raise DownloadFailed(name, reason("download_ended", name=name, detail=str(exc), megabytes=mb)) from None
    except Stopped:
        raise DownloadFailed(name, reason("download_stopping", name=name)) from None
    child.end()
    if kind == "done":
        body: bytes | str = rest[0]
        return body
    if kind == "memory":
        raise DownloadFailed(name, reason("download_memory", name=name, megabytes=mb))
    line, why = rest[0], rest[1] if len(rest) > 1 else None
    raise DownloadFailed(name, why if isinstance(why, Reason) else reason("download_failed", name=name, detail=line.removeprefix(f"{name}: ")))
