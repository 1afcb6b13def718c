"""Word 97–2003 (.doc), WPS (.wps) and OpenDocument (.odt) files, read through LibreOffice.

These offices keep many drafts in the old formats. When LibreOffice is installed, the file is
converted to .docx in a private temporary directory (headless, its own profile, held to a deadline
and a size) and read as any .docx; the review names the file the user gave. Without LibreOffice the
reason says how to convert it by hand.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from checker.errors import InputError

OFFICE_FORMATS = frozenset(("doc", "wps", "odt"))
CONVERT_SECONDS = 60
OUTPUT_FACTOR = 5  # a converted .docx may be this many times the input's --max-bytes


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_docx(name: str, fmt: str, data: bytes, max_bytes: int) -> bytes:
    """The document as .docx bytes, or InputError with a one-line reason."""
    program = soffice()
    if program is None:
        raise InputError(
            name,
            f"a .{fmt} file is read through LibreOffice, which is not installed here; "
            "save it as .docx (Word or WPS: 另存为 → .docx) or install LibreOffice",
        )
    with tempfile.TemporaryDirectory(prefix="rectcheck-office-") as work:
        folder = Path(work)
        source = folder / f"document.{fmt}"
        source.write_bytes(data)
        command = [
            program, "--headless", "--norestore", "--nologo", f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--convert-to", "docx", "--outdir", str(folder / "out"), str(source),
        ]  # fmt: skip
        try:
            subprocess.run(command, capture_output=True, timeout=CONVERT_SECONDS, check=False, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            raise InputError(name, f"LibreOffice did not convert it within {CONVERT_SECONDS} s") from None
        except OSError as exc:
            raise InputError(name, f"LibreOffice could not be started ({exc.strerror or exc})") from None
        converted = folder / "out" / "document.docx"
        if not converted.is_file():
            raise InputError(name, f"LibreOffice could not read it as a .{fmt} document")
        if converted.stat().st_size > OUTPUT_FACTOR * max_bytes:
            raise InputError(name, f"converted to .docx it is larger than {OUTPUT_FACTOR} × --max-bytes")
        return converted.read_bytes()
