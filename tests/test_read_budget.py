"""One budget for every reader: a parser that never ends or never stops allocating costs one
document, within 10 s and 400 MB of peak RSS (measured on the rectcheck process and its workers),
exit 2 and one line naming the file. A misbehaving reader stands in for a parser bug nobody has
found yet; plain text keeps its fast path in the calling process.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hostile_files import Run, docx, paragraph, pdf, run_measured
from render_samples import TEXT

from checker.errors import InputError, UsageError
from checker.read import read_data, read_source
from checker.read.budget import MEMORY_ENV, TIMEOUT_ENV, ReadBudget, read_budget

TIME_S = 10.0
PEAK_MB = 400.0

# Readers replaced, in the program's own process, by ones that never end or never stop allocating.
HANGS = "import checker.read.pdf as reader\ndef read_pdf(name, data, max_bytes):\n    while True:\n        pass\nreader.read_pdf = read_pdf"
GROWS = (
    "import checker.read.word as reader\n"
    "def read_docx(name, data, max_bytes):\n"
    "    held = []\n"
    "    while True:\n"
    "        held.append(b'x' * (1 << 20))\n"
    "reader.read_docx = read_docx"
)


def review(*args: str | Path, prelude: str, env: dict[str, str] | None = None) -> Run:
    return run_measured("review", *args, "--format", "json", "--fail-on", "never", prelude=prelude, env=env)


def assert_bounded(run: Run) -> None:
    assert run.seconds < TIME_S, f"took {run.seconds:.1f} s"
    assert run.peak_mb < PEAK_MB, f"peak RSS {run.peak_mb:.0f} MB"


def test_a_reader_that_never_ends_is_stopped_at_the_deadline(tmp_path: Path) -> None:
    path = pdf(tmp_path / "stalls.pdf", ["Report"])
    run = review(path, prelude=HANGS, env={TIMEOUT_ENV: "2"})
    assert run.returncode == 2
    assert run.one_line() == (
        f"rectcheck: {path}: reading took longer than 2 s; the file may be damaged or built to stall a reader "
        f"(limit: {TIMEOUT_ENV})"
    )
    assert_bounded(run)


def test_a_reader_that_never_stops_allocating_is_stopped_at_the_ceiling(tmp_path: Path) -> None:
    path = docx(tmp_path / "grows.docx", paragraph("整改情况：已完成。"))
    run = review(path, prelude=GROWS)
    assert run.returncode == 2
    assert run.one_line() == (
        f"rectcheck: {path}: reading needed more than 256 MB; the file may be damaged or built to exhaust memory "
        f"(limit: {MEMORY_ENV})"
    )
    assert_bounded(run)


def test_the_ceiling_can_be_set_lower(tmp_path: Path) -> None:
    path = docx(tmp_path / "grows.docx", paragraph("整改情况：已完成。"))
    run = review(path, prelude=GROWS, env={MEMORY_ENV: "100"})
    assert run.returncode == 2
    assert "reading needed more than 100 MB" in run.one_line()
    assert run.peak_mb < 250


def test_a_folder_on_several_cores_loses_only_the_stalled_document(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text(TEXT, encoding="utf-8")
    docx(folder / "c.docx", "".join(paragraph(line) for line in TEXT.splitlines()))
    stalled = pdf(folder / "d.pdf", ["Report"])
    run = run_measured(
        "review", folder, "--format", "json", "--fail-on", "never", "--jobs", "2",
        "-o", f"{tmp_path / 'out'}/", "-q", prelude=HANGS, env={TIMEOUT_ENV: "2"},
    )  # fmt: skip
    assert run.returncode == 2
    assert run.one_line() == (
        f"rectcheck: {stalled}: reading took longer than 2 s; the file may be damaged or built to stall a reader "
        f"(limit: {TIMEOUT_ENV})"
    )
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.json", "b.json", "c.json"]
    assert json.loads((tmp_path / "out" / "c.json").read_text(encoding="utf-8"))["summary"]["findings"] == 3
    assert_bounded(run)


def test_plain_text_is_read_in_the_calling_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import checker.read.budget as budget

    def no_worker(*args: object, **kwargs: object) -> None:
        raise AssertionError("plain text needs no worker")

    monkeypatch.setattr(budget, "within_budget", no_worker)
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert read_source(path).text == TEXT


def test_a_worker_gives_the_readers_answer_and_reasons(tmp_path: Path) -> None:
    path = docx(tmp_path / "plan.docx", paragraph("整改情况：已完成。"))
    assert read_source(path, budget=ReadBudget(seconds=20, megabytes=128)).text == "整改情况：已完成。"
    with pytest.raises(InputError) as refused:
        read_data("broken.pdf", b"%PDF-1.4\n" + bytes(range(1, 200)) * 5)
    assert refused.value.reason.startswith("corrupt PDF")


def test_budget_follows_max_bytes_and_the_environment() -> None:
    assert read_budget(20 * 1024 * 1024, {}) == ReadBudget(seconds=60, megabytes=256)
    assert read_budget(100 * 1024 * 1024, {}).megabytes == 800
    assert read_budget(20 * 1024 * 1024, {TIMEOUT_ENV: "2.5", MEMORY_ENV: "300"}) == ReadBudget(seconds=2.5, megabytes=300)
    with pytest.raises(UsageError, match=f"^{TIMEOUT_ENV}: "):
        read_budget(1000, {TIMEOUT_ENV: "soon"})
    with pytest.raises(UsageError, match=f"^{MEMORY_ENV}: "):
        read_budget(1000, {MEMORY_ENV: "0"})


def test_no_worker_is_left_behind(tmp_path: Path) -> None:
    import multiprocessing

    path = docx(tmp_path / "plan.docx", paragraph("整改情况：已完成。"))
    for _ in range(3):
        read_source(path)
    assert multiprocessing.active_children() == []
