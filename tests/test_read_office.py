"""Old Word (.doc), WPS (.wps) and OpenDocument (.odt) files, read through LibreOffice: a seed saved
in those formats reviews as its .docx does; a conversion leaves no office running and no folder behind."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from word_fixtures import seed_docx

from checker.errors import InputError
from checker.options import ReviewOptions
from checker.pipeline import review_path
from checker.read import office, read_source
from checker.rubric import load_rubric

ROOT = Path(__file__).resolve().parent.parent
SEED = sorted((ROOT / "eval" / "seeds").glob("*.txt"))[2]
RUBRIC = load_rubric(None)
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _saved_as(docx: Path, fmt: str, tmp_path: Path) -> Path:
    """``docx`` saved by LibreOffice in ``fmt`` (a .wps is the Word 97 file WPS writes under that name)."""
    target = "doc" if fmt == "wps" else fmt
    run = subprocess.run(
        [str(SOFFICE), "--headless", "--norestore", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
         "--convert-to", target, "--outdir", str(tmp_path / "saved"), str(docx)],
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    saved = tmp_path / "saved" / f"{docx.stem}.{target}"
    assert run.returncode == 0 and saved.exists(), run.stderr
    return saved.rename(saved.with_suffix(f".{fmt}"))


@pytest.mark.office
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed; tests/setup_system.sh installs it as root")
def test_a_doc_a_wps_and_an_odt_review_as_the_docx_does(tmp_path: Path) -> None:
    docx = seed_docx(SEED.read_text(encoding="utf-8"), tmp_path / "seed.docx")
    expected = review_path(docx, RUBRIC, ReviewOptions())
    for fmt in ("doc", "wps", "odt"):
        other = review_path(_saved_as(docx, fmt, tmp_path), RUBRIC, ReviewOptions())
        assert other.document.format == fmt and other.document.path.endswith(f"seed.{fmt}")
        assert [f.title for f in other.findings] == [f.title for f in expected.findings]
        assert [[fl.code for fl in f.flags] for f in other.findings] == [[fl.code for fl in f.flags] for f in expected.findings]
        assert other.summary.score == expected.summary.score


def test_without_libreoffice_a_doc_is_refused_with_how_to_convert_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "通报.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 512)
    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
    with pytest.raises(InputError) as caught:
        read_source(path)
    assert "LibreOffice" in str(caught.value) and "另存为 → .docx" in str(caught.value)


@pytest.mark.office
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_a_file_libreoffice_cannot_read_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4000)  # a compound-file header, nothing in it
    with pytest.raises(InputError) as caught:
        read_source(path)
    assert str(caught.value) == f"{path}: LibreOffice could not read it as a .doc document"


# As LibreOffice's wrapper does, the program on PATH starts the office as a child that works in the
# profile folder (here: a loop writing there, its process id recorded), then waits for it — or, when
# FINISH is set, writes the converted file and ends while the office goes on.
OFFICE_WRAPPER = """#!/bin/sh
for arg in "$@"; do
  case "$arg" in -env:UserInstallation=file://*) profile="${arg#-env:UserInstallation=file://}" ;; esac
  out="$arg"
done
mkdir -p "$profile"
(while true; do date > "$profile/lock"; sleep 0.05; done) &
echo "$! $profile" > "$RECORD"
if [ -n "$FINISH" ]; then
  mkdir -p "$(dirname "$profile")/out" && printf 'PK' > "$(dirname "$profile")/out/document.docx"
  exit 0
fi
sleep 600
"""


def _office_on_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A stand-in for LibreOffice first on PATH; returns the file it records its office's pid and profile in."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    program = bin_dir / "soffice"
    program.write_text(OFFICE_WRAPPER, encoding="utf-8")
    program.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    record = tmp_path / "office.pid"
    monkeypatch.setenv("RECORD", str(record))
    return record


def _gone(pid: int, seconds: float = 3.0) -> bool:
    """Whether process ``pid`` has ended (a zombie waiting to be reaped has ended too)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (FileNotFoundError, ProcessLookupError):
            return True
        if state in ("Z", "X"):
            return True
        time.sleep(0.05)
    return False


@pytest.mark.skipif(not Path("/proc").is_dir() or os.name != "posix", reason="needs POSIX process groups and /proc")
@pytest.mark.parametrize("finish", [False, True], ids=["past the deadline", "finished"])
def test_a_conversion_leaves_no_office_running_and_no_folder_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, finish: bool
) -> None:
    record = _office_on_path(tmp_path, monkeypatch)
    if finish:
        monkeypatch.setenv("FINISH", "1")
    monkeypatch.setattr(office, "CONVERT_SECONDS", 1)
    started = time.monotonic()
    if finish:
        assert office.convert("通报.doc", "doc", b"\xd0\xcf\x11\xe0", 1000) == (b"PK", "docx")
    else:
        with pytest.raises(InputError) as caught:
            office.convert("通报.doc", "doc", b"\xd0\xcf\x11\xe0", 1000)
        assert str(caught.value) == "通报.doc: LibreOffice did not convert it within 1 s"
    assert time.monotonic() - started < 10
    pid, profile = record.read_text().split()
    assert _gone(int(pid)), "the office the wrapper started is still running"
    assert not Path(profile).parent.exists()  # the temporary folder, profile and all
