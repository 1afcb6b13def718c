"""Reviews the local page runs in the background: one job per upload, its documents read and
reviewed one after another in a worker process (checker.serve.worker), their progress readable at
any moment.

Everything stays in memory (the upload until it is read, the text as read, the uploaded .docx for
its annotated copy, the review) and is forgotten when the job expires or is deleted: nothing is
written to disk. A finished job is kept for an hour after it finished, as the page says; a job
still running is never dropped to make room: past the bounds, a new upload is told the page is busy.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import queue
import secrets
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, Field

from checker.models import Review, Source
from checker.reasons import Reason, reason
from checker.serve.capacity import Busy
from checker.serve.tasks import compare_documents, review_documents, review_together
from checker.serve.worker import Child, Ended, Overtime, Stopped, Workers

DocState = Literal["queued", "reviewing", "done", "failed"]


class DocStatus(BaseModel):
    """One document of a job, as the batch page and its progress stream show it."""

    n: int
    name: str
    state: DocState
    error: str | None = None
    judged: int = 0  # findings judged so far (model backends)
    to_judge: int = 0
    score: float | None = None
    verdict: str | None = None
    findings: int | None = None
    flags: dict[str, int] = Field(default_factory=dict)


class JobStatus(BaseModel):
    id: str
    finished: bool
    done: int  # documents done or failed
    total: int
    documents: list[DocStatus]
    compare: str | None = None  # diff | trace: two documents compared once both are reviewed
    compared: bool = False  # the comparison is ready
    compare_error: str | None = None


@dataclass
class Doc:
    n: int  # 1-based position in the upload
    name: str
    data: bytes | None = None  # the upload, until it is read
    source: Source | None = None
    original: bytes | None = None  # an uploaded .docx, for its annotated copy
    state: DocState = "queued"
    error: str | None = None  # the command line's English line
    why: Reason | None = None  # its reason by key, said in the page's language
    judged: int = 0
    to_judge: int = 0
    review: Review | None = None

    def error_in(self, lang: str) -> str | None:
        """Why the document was not reviewed, in ``lang`` (the English line is the command line's)."""
        if self.why is None:
            return self.error
        return f"{self.name}: {self.why.text(lang)}"

    def status(self, lang: str = "en") -> DocStatus:
        r = self.review
        return DocStatus(
            n=self.n,
            name=self.name,
            state=self.state,
            error=self.error_in(lang),
            judged=self.judged,
            to_judge=self.to_judge,
            score=r.summary.score if r else None,
            verdict=r.summary.verdict if r else None,
            findings=r.summary.findings if r else None,
            flags=dict(r.summary.flags) if r else {},
        )


@dataclass
class Job:
    id: str
    docs: list[Doc]
    rubric: Any
    backend: str
    lang: str
    fail_on: str
    options: dict[str, Any] = field(default_factory=dict)  # the rest of ReviewOptions
    seconds: float = 120.0  # one document's reading and review, at most
    created: float = field(default_factory=time.monotonic)
    finished_at: float | None = None
    version: int = 0  # bumped on every change, so a stream sends only news
    stop: threading.Event = field(default_factory=threading.Event)  # deleted: stop reviewing
    # Two documents compared once both are reviewed: "diff" (a draft, then the next) or "trace" (a
    # plan, then its report; deadlines as of ``as_of`` or the report's own date).
    compare: str | None = None
    as_of: dt.date | None = None
    comparison: Any = None  # DraftDiff | TraceReport, when made
    compare_error: Reason | None = None  # why it could not be made, said in the page's language
    gathered: bool = False  # several documents: the pass over them all has run (checker.folder)

    @property
    def size(self) -> int:
        """Bytes of upload it holds: what the store's memory budget counts."""
        return sum(len(d.data or b"") + len(d.original or b"") for d in self.docs)

    @property
    def together(self) -> bool:
        """Several documents reviewed as a folder is: a pass over them all follows their reviews."""
        return self.compare is None and len(self.docs) > 1

    @property
    def finished(self) -> bool:
        reviewed = all(d.state in ("done", "failed") for d in self.docs)
        compared = self.compare is None or self.comparison is not None or self.compare_error is not None
        return reviewed and compared and (self.gathered or not self.together)

    def status(self) -> JobStatus:
        docs = [d.status(self.lang) for d in self.docs]
        done = sum(d.state in ("done", "failed") for d in docs)
        return JobStatus(id=self.id, finished=self.finished, done=done, total=len(docs), documents=docs,
                         compare=self.compare, compared=self.comparison is not None,
                         compare_error=self.compare_error_in(self.lang))  # fmt: skip

    def compare_error_in(self, lang: str) -> str | None:
        """Why the comparison could not be made, in ``lang``."""
        if self.compare_error is None:
            return None
        return f"{self.compare}: {self.compare_error.text(lang)}"

    def doc(self, n: int) -> Doc | None:
        return self.docs[n - 1] if 1 <= n <= len(self.docs) else None


STOPPED = reason("review_stopped")


class JobStore:
    """Jobs by their unguessable id, reviewed by ``workers`` threads (each driving one worker
    process at a time). Bounds, each answered with Busy rather than by dropping work:
    ``max_pending`` jobs not finished (running or queued), ``max_jobs`` jobs kept, ``max_held``
    bytes of uploads kept. A finished job expires ``ttl`` seconds after it finished."""

    def __init__(self, processes: Workers, *, workers: int = 2, max_pending: int = 10, max_jobs: int = 50,
                 max_held: int = 1 << 30, ttl: float = 3600.0) -> None:  # fmt: skip
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self._queue: queue.SimpleQueue[Job] = queue.SimpleQueue()
        self.processes = processes
        self.max_pending, self.max_jobs, self.max_held, self.ttl = max_pending, max_jobs, max_held, ttl
        # Daemon threads: they only wait on worker processes, which stopping the server kills.
        for i in range(workers):
            threading.Thread(target=self._work, name=f"review-{i}", daemon=True).start()

    def check_room(self, size: int = 0) -> None:
        """Busy if a job of ``size`` bytes would not be taken now (asked before an upload is read)."""
        with self._lock:
            self._expire()
            self._check(size)

    def add(self, job_docs: list[Doc], **settings: Any) -> Job:
        for doc in job_docs:
            if doc.error is not None:  # refused before reading: shown with its reason, not reviewed
                doc.state = "failed"
        job = Job(id=secrets.token_urlsafe(16), docs=job_docs, **settings)
        with self._lock:
            self._expire()
            self._check(job.size)
            self._jobs[job.id] = job
        self._queue.put(job)
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            self._expire()
            return self._jobs.get(job_id)

    def delete(self, job_id: str) -> bool:
        with self._lock:
            job = self._jobs.pop(job_id, None)
        if job is None:
            return False
        job.stop.set()  # a review still running is stopped, its process killed
        return True

    def close(self) -> None:
        """The server is stopping: every review stops, every worker process is killed."""
        with self._lock:
            jobs = list(self._jobs.values())
        for job in jobs:
            job.stop.set()
        self.processes.close()

    def __len__(self) -> int:
        return len(self._jobs)

    def _check(self, size: int) -> None:
        if self.processes.closed:
            raise Busy("stopping")
        if sum(not job.finished for job in self._jobs.values()) >= self.max_pending:
            raise Busy("queue")
        if len(self._jobs) >= self.max_jobs or sum(job.size for job in self._jobs.values()) + size > self.max_held:
            raise Busy("results")

    def _expire(self) -> None:
        now = time.monotonic()
        for job_id, job in list(self._jobs.items()):
            if job.finished_at is not None and now - job.finished_at > self.ttl:
                del self._jobs[job_id]

    def _work(self) -> None:
        while True:
            job = self._queue.get()
            try:
                self._run(job)
                if job.compare is not None:
                    self._compare(job)
                elif job.together:
                    self._gather(job)
            except Exception as exc:  # a worker process that cannot start: the job fails, the thread lives on
                self._fail_rest(job, reason("internal_error", detail=f"{type(exc).__name__}: {exc}"))
                if job.compare is not None and job.comparison is None:
                    job.compare_error = job.compare_error or reason("internal_error", detail=f"{type(exc).__name__}: {exc}")
            job.gathered = True
            job.finished_at = time.monotonic()
            job.version += 1

    def _run(self, job: Job) -> None:
        child: Child | None = None
        options = {"backend": job.backend, "lang": job.lang, **job.options}
        try:
            for doc in job.docs:
                if doc.state != "queued":
                    continue
                if job.stop.is_set():
                    raise Stopped
                if child is None:
                    child = self.processes.start(review_documents, job.rubric, options)
                doc.state = "reviewing"
                job.version += 1
                try:
                    child.send((doc.name, doc.data))
                    self._follow(child, job, doc)
                except (Overtime, Ended) as exc:
                    child = None  # ended or killed: the next document gets a new process
                    self._fail(job, doc, _why(exc, job.seconds, self.processes.memory))
        except Stopped:
            self._fail_rest(job, STOPPED)
        finally:
            if child is not None:
                _finish(child)

    def _compare(self, job: Job) -> None:
        """The two reviewed documents compared in a worker process, under the same deadline as one
        review; what stops it is said in ``compare_error``."""
        first, second = job.docs
        try:
            if first.review is None or second.review is None or second.source is None:
                job.compare_error = reason("compare_needs_both")
                return
            if job.stop.is_set():
                raise Stopped
            child = self.processes.start(compare_documents, job.compare, first.review, second.review,
                                         second.source.text, job.rubric, job.lang, job.as_of,
                                         first.source.text if first.source is not None else None)  # fmt: skip
            kind, *rest = child.receive(time.monotonic() + job.seconds, job.stop)
            child.end()
            if kind == "compared":
                job.comparison = rest[0]
            elif kind == "memory":
                job.compare_error = reason("review_memory", megabytes=self.processes.memory // (1024 * 1024))
            else:
                job.compare_error = rest[1] if len(rest) > 1 and isinstance(rest[1], Reason) else reason(
                    "internal_error", detail=str(rest[0]).removeprefix(f"{job.compare}: "))
        except Stopped:
            job.compare_error = STOPPED
        except (Overtime, Ended) as exc:
            job.compare_error = _why(exc, job.seconds, self.processes.memory)
        finally:
            job.version += 1

    def _gather(self, job: Job) -> None:
        """The upload's documents as ``review DIR`` takes a folder: flags across them (checker.folder)
        added in a worker process; a document the pass changes gets its new review. Should the pass
        not finish, each review stands as it was made."""
        done = [d for d in job.docs if d.review is not None and d.source is not None]
        if len(done) < 2 or job.stop.is_set():
            return
        reviews = [d.review for d in done]
        texts = {d.review.document.path: d.source.text for d in done if d.review is not None and d.source is not None}
        try:
            child = self.processes.start(review_together, reviews, texts, job.rubric, job.lang)
            kind, *rest = child.receive(time.monotonic() + job.seconds, job.stop)
            child.end()
        except (Stopped, Overtime, Ended):
            return
        if kind == "done":
            for doc, review in zip(done, rest[0], strict=True):
                doc.review = review
        job.version += 1

    def _follow(self, child: Child, job: Job, doc: Doc) -> None:
        """The child's messages about ``doc`` until it is done or failed; its deadline counts from now."""
        until = time.monotonic() + job.seconds
        while True:
            kind, *rest = child.receive(until, job.stop)
            if kind == "progress":
                doc.judged, doc.to_judge = rest
                job.version += 1
                continue
            if kind == "done":
                doc.source, doc.review = rest
                doc.original = doc.data if doc.source.format == "docx" else None  # for its annotated copy
                doc.data = None
                doc.state = "done"
                job.version += 1
            elif kind == "memory":
                self._fail(job, doc, reason("review_memory", megabytes=self.processes.memory // (1024 * 1024)))
            else:
                message, why = rest
                self._fail(job, doc, why, message)
            return

    def _fail(self, job: Job, doc: Doc, why: Reason | None, message: str | None = None) -> None:
        """``doc`` was not reviewed: ``message`` is the command line's line (else ``why`` in English)."""
        doc.error = message if message is not None else f"{doc.name}: {why}"
        doc.why, doc.state, doc.data = why, "failed", None
        job.version += 1

    def _fail_rest(self, job: Job, why: Reason) -> None:
        for doc in job.docs:
            if doc.state in ("queued", "reviewing"):
                self._fail(job, doc, why)


def _finish(child: Child) -> None:
    """No more documents: the child is told so and ends (or is killed if it does not)."""
    with contextlib.suppress(Ended):
        child.send(None)
    child.end()


def _why(exc: Exception, seconds: float, memory: int) -> Reason:
    if isinstance(exc, Overtime):
        return reason("review_overtime", seconds=seconds)
    return reason("review_ended", detail=str(exc), megabytes=memory // (1024 * 1024))
