"""Word 97–2003 (.doc), WPS (.wps), OpenDocument (.odt), and the spreadsheets Excel 97–2003 (.xls),
WPS (.et) and OpenDocument (.ods), read through LibreOffice.

These offices keep many drafts and 台账 in the old formats. When LibreOffice is installed, the file
is converted — a text document to .docx, a spreadsheet to .xlsx — in a private temporary directory
(headless, its own profile, held to a deadline and a size) and read as any .docx or .xlsx; the
review names the file the user gave. Without LibreOffice the reason says how to convert it by hand.

LibreOffice's ``soffice`` is a wrapper that starts the office itself (``soffice.bin``) as its child.
The conversion is started in a session of its own, so at its deadline (or on Ctrl-C) the whole
process group is killed, the office with the wrapper; the temporary directory is removed whatever
happened.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

from checker.errors import InputError
from checker.reasons import reason

# Format → what LibreOffice converts it to (and the reader that then reads it).
OFFICE_FORMATS: dict[str, str] = {
    "doc": "docx",
    "wps": "docx",
    "odt": "docx",
    "xls": "xlsx",
    "et": "xlsx",
    "ods": "xlsx",
}
CONVERT_SECONDS = 60
OUTPUT_FACTOR = 5  # a converted file may be this many times the input's --max-bytes


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _end_group(process: subprocess.Popen[bytes]) -> None:
    """Kill the conversion's whole process group (the wrapper and the office it started) and reap
    the wrapper."""
    with contextlib.suppress(ProcessLookupError, PermissionError):  # every process of it has ended
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def _run(command: list[str], seconds: float) -> None:
    """Run the conversion to its end, or kill its process group at ``seconds`` (TimeoutExpired) or
    on any interruption."""
    process = subprocess.Popen(
        command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    try:
        process.wait(timeout=seconds)
    finally:
        _end_group(process)  # also what a finished wrapper may have left running


def _remove(folder: Path) -> None:
    """Remove the temporary directory, trying again while a process that was killed lets go of it."""
    for _ in range(20):
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.exists():
            return
        time.sleep(0.05)


def convert(name: str, fmt: str, data: bytes, max_bytes: int) -> tuple[bytes, str]:
    """The document converted, as ``(bytes, format)`` (.docx or .xlsx), or InputError with a
    one-line reason."""
    target = OFFICE_FORMATS[fmt]
    program = soffice()
    if program is None:
        raise InputError(name, reason("office_missing_sheet" if target == "xlsx" else "office_missing_text", fmt=fmt))
    folder = Path(tempfile.mkdtemp(prefix="rectcheck-office-"))
    try:
        source = folder / f"document.{fmt}"
        source.write_bytes(data)
        command = [
            program, "--headless", "--norestore", "--nologo", f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--convert-to", target, "--outdir", str(folder / "out"), str(source),
        ]  # fmt: skip
        try:
            _run(command, CONVERT_SECONDS)
        except subprocess.TimeoutExpired:
            raise InputError(name, reason("office_timeout", seconds=CONVERT_SECONDS)) from None
        except OSError as exc:
            raise InputError(name, reason("office_start", detail=str(exc.strerror or exc))) from None
        converted = folder / "out" / f"document.{target}"
        if not converted.is_file():
            raise InputError(name, reason("office_unreadable", fmt=fmt))
        if converted.stat().st_size > OUTPUT_FACTOR * max_bytes:
            raise InputError(name, reason("office_too_large", target=target, factor=OUTPUT_FACTOR))
        return converted.read_bytes(), target
    finally:
        _remove(folder)
