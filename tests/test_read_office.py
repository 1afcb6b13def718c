"""Old Word (.doc), WPS (.wps) and OpenDocument (.odt) files, read through LibreOffice: a seed saved
in those formats reviews as its .docx does."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from word_fixtures import seed_docx

from checker.errors import InputError
from checker.options import ReviewOptions
from checker.pipeline import review_path
from checker.read import read_source
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
