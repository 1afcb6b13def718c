"""Reviews the local page runs in the background: one job per upload, its documents reviewed one
after another on a worker thread, their progress readable at any moment.

Everything stays in this process's memory (the text as read, the uploaded .docx for its annotated
copy, the review) and is forgotten when the job expires or is deleted: nothing is written to disk.
"""

from __future__ import annotations

import queue
import secrets
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, Field

from checker.errors import RectcheckError
from checker.models import Review, Source

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


@dataclass
class Doc:
    n: int  # 1-based position in the upload
    name: str
    source: Source | None = None
    original: bytes | None = None  # an uploaded .docx, for its annotated copy
    state: DocState = "queued"
    error: str | None = None
    judged: int = 0
    to_judge: int = 0
    review: Review | None = None

    def status(self) -> DocStatus:
        r = self.review
        return DocStatus(
            n=self.n,
            name=self.name,
            state=self.state,
            error=self.error,
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
    created: float = field(default_factory=time.monotonic)
    version: int = 0  # bumped on every change, so a stream sends only news

    @property
    def finished(self) -> bool:
        return all(d.state in ("done", "failed") for d in self.docs)

    def status(self) -> JobStatus:
        docs = [d.status() for d in self.docs]
        done = sum(d.state in ("done", "failed") for d in docs)
        return JobStatus(id=self.id, finished=done == len(docs), done=done, total=len(docs), documents=docs)

    def doc(self, n: int) -> Doc | None:
        return self.docs[n - 1] if 1 <= n <= len(self.docs) else None


class JobStore:
    """Jobs by their unguessable id; at most ``max_jobs`` kept, each for ``ttl`` seconds."""

    def __init__(self, workers: int = 2, max_jobs: int = 50, ttl: float = 3600.0) -> None:
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self._queue: queue.SimpleQueue[Job] = queue.SimpleQueue()
        self.max_jobs, self.ttl = max_jobs, ttl
        # Daemon threads: stopping the server never waits for a review nobody will read.
        for i in range(workers):
            threading.Thread(target=self._work, name=f"review-{i}", daemon=True).start()

    def add(self, job_docs: list[Doc], **settings: Any) -> Job:
        for doc in job_docs:
            if doc.error is not None:  # could not be read: shown with its reason, not reviewed
                doc.state = "failed"
        job = Job(id=secrets.token_urlsafe(16), docs=job_docs, **settings)
        with self._lock:
            self._expire()
            self._jobs[job.id] = job
        self._queue.put(job)
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            self._expire()
            return self._jobs.get(job_id)

    def delete(self, job_id: str) -> bool:
        with self._lock:
            return self._jobs.pop(job_id, None) is not None

    def __len__(self) -> int:
        return len(self._jobs)

    def _expire(self) -> None:
        now = time.monotonic()
        for job_id, job in list(self._jobs.items()):
            if now - job.created > self.ttl and job.finished:
                del self._jobs[job_id]
        while len(self._jobs) >= self.max_jobs:  # the oldest make room, finished or not
            self._jobs.popitem(last=False)

    def _work(self) -> None:
        while True:
            self._run(self._queue.get())

    def _run(self, job: Job) -> None:
        from checker.options import ReviewOptions
        from checker.pipeline import review_source

        for doc in job.docs:
            if doc.state != "queued" or doc.source is None:
                continue
            doc.state = "reviewing"
            job.version += 1

            def progress(done: int, total: int, doc: Doc = doc) -> None:
                doc.judged, doc.to_judge = done, total
                job.version += 1

            options = ReviewOptions(backend=job.backend, lang=job.lang, progress=progress, **job.options)  # type: ignore[arg-type]
            try:
                doc.review = review_source(doc.source, job.rubric, options)
                doc.state = "done"
            except RectcheckError as exc:  # the same line the command line prints
                message = str(exc)
                doc.error = message if message.startswith(doc.name) else f"{doc.name}: {message}"
                doc.state = "failed"
            except Exception as exc:  # one bad document never stops the others
                doc.error = f"{doc.name}: internal error ({type(exc).__name__}: {exc})"
                doc.state = "failed"
            job.version += 1
