"""Word 97–2003 (.doc), WPS (.wps), OpenDocument (.odt), and the spreadsheets Excel 97–2003 (.xls),
WPS (.et) and OpenDocument (.ods), read through LibreOffice.

These offices keep many drafts and 台账 in the old formats. When LibreOffice is installed, the file
is converted — a text document to .docx, a spreadsheet to .xlsx — in a private temporary directory
(headless, its own profile, held to a deadline and a size) and read as any .docx or .xlsx; the
review names the file the user gave. Without LibreOffice the reason says how to convert it by hand.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
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


def convert(name: str, fmt: str, data: bytes, max_bytes: int) -> tuple[bytes, str]:
    """The document converted, as ``(bytes, format)`` (.docx or .xlsx), or InputError with a
    one-line reason."""
    target = OFFICE_FORMATS[fmt]
    program = soffice()
    if program is None:
        raise InputError(name, reason("office_missing_sheet" if target == "xlsx" else "office_missing_text", fmt=fmt))
    with tempfile.TemporaryDirectory(prefix="rectcheck-office-") as work:
        folder = Path(work)
        source = folder / f"document.{fmt}"
        source.write_bytes(data)
        command = [
            program, "--headless", "--norestore", "--nologo", f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--convert-to", target, "--outdir", str(folder / "out"), str(source),
        ]  # fmt: skip
        try:
            subprocess.run(command, capture_output=True, timeout=CONVERT_SECONDS, check=False, stdin=subprocess.DEVNULL)
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
