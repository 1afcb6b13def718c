"""The upload form, read within limits and kept in memory: files and pasted text become documents
to read and review (checker.serve.jobs does both, in a worker process).

Each kind of form has its own bound on the body: the page's upload form is multipart (files and
pasted text, up to ``--max-files`` × ``--max-bytes``); a url-encoded form is only ever a button
(删除本次结果 sends nothing), so it gets a few kilobytes — decoding one multiplies it in memory
many times over. A declared Content-Length past the bound is refused before a byte is read, and
the body is counted as it arrives. The whole body must arrive within the upload deadline: a
client that sends a byte now and then does not hold a request open for ever. File parts never
spill to a temporary file on disk (the parser's spool is as large as the limit).
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator
from dataclasses import dataclass, field

import anyio
from starlette.datastructures import UploadFile
from starlette.formparsers import FormParser, MultiPartException, MultiPartParser
from starlette.requests import Request

from checker.read.files import megabytes
from checker.reasons import Reason, reason
from checker.serve.jobs import Doc
from checker.serve.names import safe_name, unique

FORM_SLACK = 64 * 1024  # the form's own fields and multipart headers
MULTIPART = "multipart/form-data"
URLENCODED = "application/x-www-form-urlencoded"
URLENCODED_MAX = 64 * 1024  # the page's own url-encoded forms send no field at all
MAX_FIELDS = 20


@dataclass(frozen=True)
class Limits:
    max_bytes: int  # per document, as --max-bytes on the command line
    max_files: int  # documents per upload

    @property
    def body(self) -> int:
        """The most one multipart upload may send: every file at the limit, and the form."""
        return self.max_files * self.max_bytes + FORM_SLACK

    def body_of(self, kind: str) -> int | None:
        """The bound on a body of this content type; None: not a form the page reads."""
        if kind.startswith(MULTIPART):
            return self.body
        if kind.startswith(URLENCODED):
            return URLENCODED_MAX
        return None


class FormRefused(Exception):
    """The upload as a whole is refused (too large, too slow, too many files, not a form): one
    line (``why``, said in the page's language), a status."""

    def __init__(self, why: Reason, status: int = 400) -> None:
        super().__init__(why)
        self.why = why
        self.status = status


@dataclass
class Upload:
    files: list[tuple[str, bytes]] = field(default_factory=list)  # (name as sent, bytes)
    text: str = ""
    fields: dict[str, str] = field(default_factory=dict)  # rubric, backend, lang
    by_field: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # the first file of each file input


def _too_much(kind: str, limit: int) -> Reason:
    if kind.startswith(URLENCODED):
        return reason("form_too_large", kb=limit // 1024)
    return reason("upload_too_large", limit=megabytes(limit))


def _too_slow(seconds: float) -> Reason:
    return reason("upload_too_slow", seconds=seconds)


async def _bounded(chunks: AsyncIterator[bytes], kind: str, limit: int, deadline: float,
                   seconds: float) -> AsyncGenerator[bytes, None]:  # fmt: skip
    """The body's chunks, refused past ``limit`` bytes or past ``deadline`` (anyio clock)."""
    seen = 0
    while True:
        with anyio.move_on_after(deadline - anyio.current_time()) as waited:
            try:
                chunk = await chunks.__anext__()
            except StopAsyncIteration:
                return
        if waited.cancelled_caught:
            raise FormRefused(_too_slow(seconds), 408)
        seen += len(chunk)
        if seen > limit:
            raise FormRefused(_too_much(kind, limit), 413)
        yield chunk


def check_declared(request: Request, limits: Limits) -> None:
    """What the headers alone can refuse: not a form, or a declared length past the bound."""
    kind = request.headers.get("content-type", "")
    limit = limits.body_of(kind)
    if limit is None:
        raise FormRefused(reason("not_a_form"), 415)
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise FormRefused(_too_much(kind, limit), 413)


async def read_form(request: Request, limits: Limits, seconds: float) -> Upload:
    """The posted form, or FormRefused; the body must arrive within ``seconds``."""
    check_declared(request, limits)
    kind = request.headers.get("content-type", "")
    limit = limits.body_of(kind) or 0
    body = _bounded(request.stream().__aiter__(), kind, limit, anyio.current_time() + seconds, seconds)
    parser: MultiPartParser | FormParser
    if kind.startswith(MULTIPART):
        parser = MultiPartParser(
            request.headers,
            body,
            max_files=limits.max_files + 1,  # one more, so the count below names the real limit
            max_fields=MAX_FIELDS,
            max_part_size=limits.max_bytes + 1,  # pasted text: one byte over is "too large", when read
        )
        parser.spool_max_size = limit  # file parts stay in memory: nothing is written to disk
    else:
        parser = FormParser(request.headers, body, max_fields=MAX_FIELDS, max_part_size=limit)
    try:
        form = await parser.parse()
    except MultiPartException as exc:
        if "Too many files" in exc.message:
            raise FormRefused(reason("too_many_files", limit=limits.max_files)) from None
        raise FormRefused(reason("form_unreadable", detail=str(exc.message))) from None
    upload = Upload()
    try:
        for key, value in form.multi_items():
            if isinstance(value, UploadFile):
                if value.filename:  # a file input left empty sends a part with no name
                    upload.files.append((value.filename, await value.read()))
                    upload.by_field.setdefault(key, upload.files[-1])
                await value.close()  # its spool goes now, not with the whole form
            elif key == "text":
                upload.text = value
            else:
                upload.fields[key] = value
    finally:
        await form.close()
    if len(upload.files) + bool(upload.text.strip()) > limits.max_files:
        raise FormRefused(reason("too_many_files", limit=limits.max_files))
    return upload


def documents(upload: Upload, pasted_name: str) -> list[Doc]:
    """Each file (and the pasted text) as a document to read, under a name safe to show."""
    used: set[str] = set()
    entries = [(safe_name(name), data) for name, data in upload.files]
    if upload.text.strip():
        entries.append((pasted_name, upload.text.encode("utf-8")))
    return [Doc(n=n, name=unique(name, used), data=data) for n, (name, data) in enumerate(entries, 1)]


COMPARED = ("first", "second")  # the two file inputs of the comparison form: the earlier, the later


def pair(upload: Upload) -> list[Doc] | None:
    """The comparison form's two documents, earlier first, under names safe to show; None when
    either is missing."""
    chosen = [upload.by_field.get(key) for key in COMPARED]
    if any(c is None for c in chosen):
        return None
    used: set[str] = set()
    return [Doc(n=n, name=unique(safe_name(name), used), data=data) for n, (name, data) in enumerate(filter(None, chosen), 1)]
