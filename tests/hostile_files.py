"""Hostile inputs built on the spot (small files that unpack, inflate or repeat into a lot), and
a runner that measures the wall time and the peak RSS of one ``rectcheck`` process."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
# A runaway child is stopped at this much address space instead of taking the machine with it.
ADDRESS_SPACE_CAP = 4 * 1024 * MB


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    peak_mb: float

    def one_line(self) -> str:
        lines = self.stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in self.stderr, self.stderr
        return lines[0]


# A small Python between the test and the program: Linux counts in a process's peak RSS the pages it
# had before exec, so a program forked straight from a test worker of a few hundred MB would report
# the worker's size. Forked from this launcher instead, it reports its own. The launcher caps the
# program's address space, waits for it and writes its exit status and peak RSS (KB) to a pipe.
_LAUNCHER = """
import os, resource, sys
cap, fd = int(sys.argv[1]), int(sys.argv[2])
pid = os.fork()
if pid == 0:
    os.close(fd)
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    os.execv(sys.argv[3], sys.argv[3:])
_, status, usage = os.wait4(pid, 0)
os.write(fd, f"{os.waitstatus_to_exitcode(status)} {usage.ru_maxrss}".encode())
"""


def run_measured(
    *args: str | Path, timeout: float = 30, env: dict[str, str] | None = None, prelude: str | None = None
) -> Run:
    """``python -m checker ARGS`` in a subprocess, with its wall time and its own peak RSS (its
    worker processes' included). ``prelude`` is Python run first in the program's process (to
    stand in a misbehaving part for a real one)."""
    program = ["-m", "checker"]
    if prelude is not None:
        program = ["-c", f"{prelude}\nimport runpy\nrunpy.run_module('checker', run_name='__main__', alter_sys=True)"]
    read_end, write_end = os.pipe()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.monotonic()
        proc = subprocess.Popen(
            [sys.executable, "-c", _LAUNCHER, str(ADDRESS_SPACE_CAP), str(write_end), sys.executable, *program,
             *map(str, args)],
            stdout=out, stderr=err, cwd=ROOT, env={**os.environ, **(env or {})},
            pass_fds=(write_end,), start_new_session=True,
        )  # fmt: skip
        os.close(write_end)
        timer = threading.Timer(timeout, os.killpg, (proc.pid, signal.SIGKILL))
        timer.start()
        try:
            proc.wait()
        finally:
            timer.cancel()
        seconds = time.monotonic() - started
        with os.fdopen(read_end, "rb") as report:
            measured = report.read().decode().split()
        code, peak_kb = (int(measured[0]), int(measured[1])) if len(measured) == 2 else (proc.returncode, 0)
        out.seek(0)
        err.seek(0)
        return Run(
            returncode=code,
            stdout=out.read().decode("utf-8", "replace"),
            stderr=err.read().decode("utf-8", "replace"),
            seconds=seconds,
            peak_mb=peak_kb / 1024,  # ru_maxrss is in KB on Linux
        )


# ---------------------------------------------------------------- .docx


def paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t>{escape(text)}</w:t></w:r></w:p>"


def docx(path: Path, body: str, members: dict[str, tuple[bytes, int] | tuple[bytes, bytes, int, bytes]] | None = None) -> Path:
    """A .docx (Word's own package, made by python-docx) whose body is ``body`` (WordprocessingML);
    ``members`` adds or replaces parts as ``name → (chunk, times)`` or ``(head, chunk, times, tail)``
    (well-formed XML around the repeats), written compressed chunk by chunk so a huge part costs no
    memory."""
    import docx as python_docx

    blank = io.BytesIO()
    python_docx.Document().save(blank)
    with zipfile.ZipFile(blank) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for info in source.infolist():
            if info.filename != "word/document.xml" and info.filename not in (members or {}):
                archive.writestr(info.filename, source.read(info))
        xml = f'<?xml version="1.0" encoding="UTF-8"?><w:document {W_NS}><w:body>{body}</w:body></w:document>'
        archive.writestr("word/document.xml", xml)
        for name, spec in (members or {}).items():
            head, chunk, times, tail = spec if len(spec) == 4 else (b"", spec[0], spec[1], b"")
            with archive.open(name, "w", force_zip64=True) as member:
                member.write(head)
                for _ in range(times):
                    member.write(chunk)
                member.write(tail)
    return path


def cell(text: str, span: int | None = None, merge: str | None = None) -> str:
    props = ""
    if span is not None:
        props += f'<w:gridSpan w:val="{span}"/>'
    if merge is not None:
        props += '<w:vMerge/>' if merge == "continue" else f'<w:vMerge w:val="{merge}"/>'
    return f"<w:tc>{f'<w:tcPr>{props}</w:tcPr>' if props else ''}{paragraph(text)}</w:tc>"


def table(rows: list[list[str]]) -> str:
    return "<w:tbl>" + "".join("<w:tr>" + "".join(r) + "</w:tr>" for r in rows) + "</w:tbl>"


# ---------------------------------------------------------------- PDF


def pdf_stream(entries: bytes, body: bytes) -> bytes:
    """A stream object: ``entries`` in its dictionary (its /Length added), then ``body``."""
    return b"<< " + entries + b" /Length %d >>\nstream\n" % len(body) + body + b"\nendstream"


def pdf_objects(path: Path, objects: list[bytes]) -> Path:
    """A PDF of ``objects`` numbered from 1 (the first the catalog), with its cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def one_page_objects(content: bytes, forms: list[bytes] | None = None, others: list[bytes] | None = None) -> list[bytes]:
    """The objects of a one-page PDF whose page draws the stream object ``content`` with Helvetica
    as /F1. ``forms`` are objects 6, 7 … named /X0, /X1 … in the page's XObjects (a form without
    resources of its own draws them too); ``others`` follow them."""
    forms, others = forms or [], others or []
    names = b" ".join(b"/X%d %d 0 R" % (i, 6 + i) for i in range(len(forms)))
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> "
        b"/XObject << " + names + b" >> >> /Contents 5 0 R >>"
    )
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", page, content, *forms, *others,
    ]  # fmt: skip


def one_page_pdf(
    path: Path, content: bytes, entries: bytes = b"", forms: list[bytes] | None = None, others: list[bytes] | None = None
) -> Path:
    """A one-page PDF (see ``one_page_objects``) drawing ``content``, its stream dictionary holding ``entries``."""
    return pdf_objects(path, one_page_objects(pdf_stream(entries, content), forms, others))


def pdf_form(body: bytes) -> bytes:
    return pdf_stream(b"/Type /XObject /Subtype /Form /BBox [0 0 612 792]", body)


TEXT_LINE = b"BT /F1 12 Tf 72 720 Td (Rectification completed) Tj ET"


def lzw_zeros(cycles: int) -> bytes:
    """LZWDecode data of zero bytes: each cycle fills the code table with ever longer runs (about
    7 MB from 5.5 KB), then clears it."""
    bits: list[str] = []

    def put(code: int, width: int) -> None:
        bits.append(format(code, f"0{width}b"))

    for _ in range(cycles):
        put(256, 12 if bits else 9)  # clear: the codes start at 9 bits again
        put(0, 9)
        size, width = 258, 9
        while size < 4094:
            put(size, width)  # the entry this very code makes: one zero longer than the last
            size += 1
            width = {511: 10, 1023: 11, 2047: 12}.get(size, width)
    put(257, 12)
    stream = "".join(bits)
    stream += "0" * (-len(stream) % 8)
    return int(stream, 2).to_bytes(len(stream) // 8, "big")


def pdf(path: Path, page_texts: list[str], extra_stream: tuple[bytes, int] | None = None) -> Path:
    """A minimal PDF, each page's text in Helvetica, one line per ``\\n``; ``extra_stream`` (chunk, times) appends a
    Flate-compressed stream of that many chunks to the first page's contents."""
    objects: list[bytes] = [b"", b"", b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids: list[str] = []
    for text in page_texts:
        shown = " 0 -14 Td ".join(f"({line}) Tj" for line in text.split("\n"))
        body = zlib.compress(f"BT /F1 12 Tf 72 720 Td {shown} ET".encode("latin-1"))
        objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream")
        contents = f"{len(objects)} 0 R"
        if extra_stream is not None and not kids:
            chunk, times = extra_stream
            packer = zlib.compressobj(1)
            blob = b"".join(packer.compress(chunk) for _ in range(times)) + packer.flush()
            objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(blob) + blob + b"\nendstream")
            contents = f"[{contents} {len(objects)} 0 R]"
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents " + contents.encode() + b" >>"
        )
        kids.append(f"{len(objects)} 0 R")
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>".encode()
    return pdf_objects(path, objects)
