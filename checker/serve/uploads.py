"""The upload form, read within limits and kept in memory: files and pasted text become documents
with the reader's own checks and one-line reasons (the same as on the command line).

The request body is counted as it arrives and refused past the limit; file parts never spill to a
temporary file on disk (the parser's spool is as large as the limit).
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
from dataclasses import dataclass, field

from starlette.datastructures import UploadFile
from starlette.formparsers import FormParser, MultiPartException, MultiPartParser
from starlette.requests import Request

from checker.errors import InputError
from checker.read import read_data
from checker.read.files import megabytes
from checker.serve.jobs import Doc
from checker.serve.names import safe_name, unique

FORM_SLACK = 64 * 1024  # the form's own fields and multipart headers


@dataclass(frozen=True)
class Limits:
    max_bytes: int  # per document, as --max-bytes on the command line
    max_files: int  # documents per upload

    @property
    def body(self) -> int:
        return self.max_files * self.max_bytes + FORM_SLACK


class FormRefused(Exception):
    """The upload as a whole is refused (too large, too many files, not a form): one line, a status."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class Upload:
    files: list[tuple[str, bytes]] = field(default_factory=list)  # (name as sent, bytes)
    text: str = ""
    fields: dict[str, str] = field(default_factory=dict)  # rubric, backend, lang


async def _bounded(request: Request, limit: int) -> AsyncGenerator[bytes, None]:
    seen = 0
    async for chunk in request.stream():
        seen += len(chunk)
        if seen > limit:
            raise FormRefused(_too_much(limit), 413)
        yield chunk


def _too_much(limit: int) -> str:
    return f"upload too large: more than {megabytes(limit)} in one review"


async def read_form(request: Request, limits: Limits) -> Upload:
    """The posted form, or FormRefused."""
    kind = request.headers.get("content-type", "")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limits.body:
        raise FormRefused(_too_much(limits.body), 413)
    parser: MultiPartParser | FormParser
    if kind.startswith("multipart/form-data"):
        parser = MultiPartParser(
            request.headers,
            _bounded(request, limits.body),
            max_files=limits.max_files + 1,  # one more, so the count below names the real limit
            max_fields=20,
            max_part_size=limits.max_bytes + 1,  # pasted text: one byte over is "too large", below
        )
        parser.spool_max_size = limits.body  # file parts stay in memory: nothing is written to disk
    elif kind.startswith("application/x-www-form-urlencoded"):  # pasted text only
        parser = FormParser(request.headers, _bounded(request, limits.body), max_fields=20, max_part_size=limits.body)
    else:
        raise FormRefused("expected a form (multipart/form-data)", 415)
    try:
        form = await parser.parse()
    except MultiPartException as exc:
        if "Too many files" in exc.message:
            raise FormRefused(f"too many files: at most {limits.max_files} in one review") from None
        raise FormRefused(f"the form could not be read ({exc.message})") from None
    upload = Upload()
    try:
        for key, value in form.multi_items():
            if isinstance(value, UploadFile):
                if value.filename:  # a file input left empty sends a part with no name
                    upload.files.append((value.filename, await value.read()))
            elif key == "text":
                upload.text = value
            else:
                upload.fields[key] = value
    finally:
        await form.close()
    if len(upload.files) + bool(upload.text.strip()) > limits.max_files:
        raise FormRefused(f"too many files: at most {limits.max_files} in one review")
    return upload


def documents(upload: Upload, limits: Limits, pasted_name: str) -> list[Doc]:
    """Each file (and the pasted text) read into a document; one that cannot be read carries the
    reader's reason instead, so the page shows it as the command line would."""
    used: set[str] = set()
    entries = [(safe_name(name), data) for name, data in upload.files]
    if upload.text.strip():
        entries.append((pasted_name, upload.text.encode("utf-8")))
    docs = []
    for n, (sent, data) in enumerate(entries, 1):
        name = unique(sent, used)
        doc = Doc(n=n, name=name)
        try:
            doc.source = read_data(name, data, limits.max_bytes)
        except InputError as exc:
            doc.error = str(exc)
        except Exception as exc:  # a reader bug must not take the page down
            doc.error = f"{name}: internal error ({type(exc).__name__})"
        else:
            if doc.source.format == "docx":
                doc.original = data
        docs.append(doc)
    return docs
