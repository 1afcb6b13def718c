"""The real command line on bad input: exit 2, one line `rectcheck: <path>: <reason>` on stderr, no
traceback, and the input file left exactly as it was."""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from read_fixtures import (
    REPORT_TEXT,
    docx_with_bad_xml,
    image_only_pdf,
    plan_docx,
    snapshot,
    zip_without_document,
)

REPO = Path(__file__).resolve().parent.parent


def _write(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        path = tmp / name
        path.write_bytes(data)
        return path

    return make


def _bad_xml_docx(tmp: Path) -> Path:
    return docx_with_bad_xml(tmp / "bad-xml.docx", plan_docx(tmp / "good.docx"))


# name → (make the input, the reason expected on stderr, extra CLI arguments)
CASES: dict[str, tuple[Callable[[Path], Path], str, list[str]]] = {
    "missing": (lambda tmp: tmp / "missing.txt", "no such file", []),
    "empty": (_write("empty.txt", b""), "file is empty", []),
    "whitespace": (_write("blank.md", b" \r\n\t\n"), "file contains only whitespace", []),
    "binary": (_write("photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256))), "binary data", []),
    "not-a-zip-docx": (_write("old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512), "corrupt .docx", []),
    "docx-without-document": (lambda tmp: zip_without_document(tmp / "hollow.docx"), "corrupt .docx", []),
    "docx-bad-xml": (_bad_xml_docx, "corrupt .docx", []),
    "corrupt-pdf": (_write("broken.pdf", b"%PDF-1.4\n" + b"\x01garbage" * 64), "corrupt PDF", []),
    "scanned-pdf": (lambda tmp: image_only_pdf(tmp / "scan.pdf"), "PDF has no text layer (scanned?); OCR it first", []),
    "unsupported": (_write("report.pptx", REPORT_TEXT.encode()), "unsupported file type '.pptx'", []),
    "too-large": (_write("big.txt", REPORT_TEXT.encode() * 10), "file too large", ["--max-bytes", "100"]),
}


def _needs(*modules: str) -> None:
    """Skip while a stage the command needs has not landed (the command would fail to import)."""
    for module in modules:
        try:
            importlib.import_module(module)
        except ImportError as exc:
            pytest.skip(f"{module} is not importable yet: {exc}")


def run_cli(*args: str, prefix: list[str] | tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*prefix, sys.executable, "-m", "checker", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        check=False,
        env={**os.environ, "PYTHONPATH": str(REPO / "tests"), "NO_COLOR": "1"},
    )


def assert_refused(result: subprocess.CompletedProcess[str], path: Path, reason: str) -> None:
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 2, (result.returncode, result.stderr)
    lines = result.stderr.strip("\n").split("\n")
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"rectcheck: {path}: "), lines[0]
    assert reason in lines[0], lines[0]


def _check(command: str, case: str, tmp_path: Path) -> None:
    make, reason, extra = CASES[case]
    path = make(tmp_path)
    before = snapshot(path) if path.exists() else None
    result = run_cli(command, str(path), *extra)
    assert_refused(result, path, reason)
    if before is not None:
        assert snapshot(path) == before


@pytest.mark.parametrize("case", CASES)
def test_parse_refuses_bad_input(case: str, tmp_path: Path) -> None:
    _needs("checker.pipeline", "checker.renderers.structure")
    _check("parse", case, tmp_path)


def test_review_refuses_one_bad_input(tmp_path: Path) -> None:
    _needs("checker.commands.review", "checker.pipeline", "checker.rubric")
    _check("review", "scanned-pdf", tmp_path)
    _check("review", "too-large", tmp_path)


def test_review_names_each_bad_input_on_its_own_line(tmp_path: Path) -> None:
    """All the bad inputs in one run (each CLI start costs half a second): one line per file."""
    _needs("checker.commands.review", "checker.pipeline", "checker.rubric")
    cases = [case for case, (_, _, extra) in CASES.items() if not extra]
    made: list[tuple[Path, str, tuple[bytes, int, int] | None]] = []
    for case in cases:
        folder = tmp_path / case
        folder.mkdir()
        make, reason, _ = CASES[case]
        path = make(folder)
        made.append((path, reason, snapshot(path) if path.exists() else None))
    result = run_cli("review", *(str(path) for path, _, _ in made))
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 2, (result.returncode, result.stderr)
    lines = result.stderr.strip("\n").split("\n")
    assert len(lines) == len(made), result.stderr
    for line, (path, reason, before) in zip(lines, made, strict=True):
        assert line.startswith(f"rectcheck: {path}: "), line
        assert reason in line, line
        if before is not None:
            assert snapshot(path) == before


def test_parse_refuses_a_directory(tmp_path: Path) -> None:
    _needs("checker.pipeline", "checker.renderers.structure")
    assert_refused(run_cli("parse", str(tmp_path)), tmp_path, "is a directory, not a file")


def _without_root_file_access() -> list[str] | None:
    """A command prefix that runs as root but without the capabilities that bypass file modes."""
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    probe = subprocess.run(
        [setpriv, "--bounding-set=-dac_override,-dac_read_search", "true"], capture_output=True, check=False
    )
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search"] if probe.returncode == 0 else None


@pytest.mark.parametrize("command", ["parse", "review"])
def test_permission_denied(command: str, tmp_path: Path) -> None:
    if command == "parse":
        _needs("checker.pipeline", "checker.renderers.structure")
    else:
        _needs("checker.commands.review", "checker.pipeline", "checker.rubric")
    path = tmp_path / "secret.txt"
    path.write_text(REPORT_TEXT, encoding="utf-8")
    prefix: list[str] = []
    if os.geteuid() == 0:  # root reads any file unless it drops the capabilities that allow it
        found = _without_root_file_access()
        if found is None:
            pytest.skip("running as root and setpriv cannot drop CAP_DAC_OVERRIDE here")
        prefix = found
    before = snapshot(path)
    path.chmod(0)
    try:
        result = run_cli(command, str(path), prefix=prefix)
    finally:
        path.chmod(before[2])
    assert_refused(result, path, "permission denied")
    assert snapshot(path) == before
