"""Silencing a false alarm with a reason: --select/--ignore (command line and configuration) and
baseline entries added one by one with `rectcheck baseline add`; reviews count what was silenced
and why (the Word comments and the workbook too), and the gate sees only what is left."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from test_text_width import LONG
from typer.testing import CliRunner
from word_fixtures import comments

from checker.cli import app
from checker.renderers.rework import GENERIC_QUESTION


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "120"})
    return result.exit_code, result.output


@pytest.fixture
def report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # no configuration file from elsewhere
    path = tmp_path / "农业农村局整改通报.txt"
    path.write_text(LONG, encoding="utf-8")
    return path


def review_json(*args: str) -> tuple[int, dict]:
    code, out = run("review", *args, "-f", "json")
    return code, json.loads(out)


def codes(data: dict) -> list[str]:
    return sorted(fl["code"] for f in data["findings"] for fl in f["flags"])


def test_ignore_and_select_on_the_command_line(report: Path) -> None:
    code, full = review_json(str(report))
    assert code == 1 and codes(full) == ["formalism", "unverifiable_claim", "vague_deadline"]
    code, data = review_json(str(report), "--ignore", "formalism")
    assert code == 0 and codes(data) == ["unverifiable_claim", "vague_deadline"]  # the one error is silenced
    assert data["summary"]["silenced"] == {"--ignore": 1} and "formalism" not in data["summary"]["flags"]
    assert data["summary"]["score"] == full["summary"]["score"]  # the document is what it is
    code, data = review_json(str(report), "--select", "formalism,时限模糊")  # codes or Chinese names
    assert code == 1 and codes(data) == ["formalism", "vague_deadline"]
    assert data["summary"]["silenced"] == {"--select": 1}


def test_unknown_code_is_bad_usage(report: Path) -> None:
    code, out = run("review", str(report), "--ignore", "formalism,nonsense")
    assert code == 2 and "--ignore: unknown flag code 'nonsense'" in out


def test_select_and_ignore_in_the_configuration(report: Path, tmp_path: Path) -> None:
    (tmp_path / "rectcheck.toml").write_text('ignore = ["formalism", "unverifiable_claim"]\n', encoding="utf-8")
    code, data = review_json(str(report))
    assert code == 0 and codes(data) == ["vague_deadline"] and data["summary"]["silenced"] == {"--ignore": 2}
    _, data = review_json(str(report), "--ignore", "vague_deadline")  # the command line wins
    assert codes(data) == ["formalism", "unverifiable_claim"]
    (tmp_path / "rectcheck.toml").write_text('select = "formalism"\n', encoding="utf-8")
    _, data = review_json(str(report))
    assert codes(data) == ["formalism"]
    (tmp_path / "rectcheck.toml").write_text('ignore = ["nonsense"]\n', encoding="utf-8")
    assert run("review", str(report))[0] == 2


def test_baseline_add_one_flag_with_a_reason(report: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    code, out = run(
        "baseline", "add", str(report), "--finding", "F1", "--code", "vague_deadline",
        "--reason", "上级同意长期坚持的表述", "--baseline", str(baseline),
    )  # fmt: skip
    assert code == 0 and out.startswith("rectcheck: added 1 vague_deadline flag(s) of F1")
    entries = json.loads(baseline.read_text(encoding="utf-8"))["entries"]
    assert [(e["code"], e["reason"]) for e in entries] == [("vague_deadline", "上级同意长期坚持的表述")]
    code, out = run("baseline", "add", str(report), "--finding", "F2", "--code", "无法核查", "--baseline", str(baseline))
    assert code == 0
    entries = json.loads(baseline.read_text(encoding="utf-8"))["entries"]
    assert sorted((e["code"], e["reason"]) for e in entries) == [
        ("unverifiable_claim", None),
        ("vague_deadline", "上级同意长期坚持的表述"),
    ]
    code, data = review_json(str(report), "--baseline", str(baseline))
    assert code == 1 and codes(data) == ["formalism"]
    assert data["summary"]["silenced"] == {"上级同意长期坚持的表述": 1, "baseline": 1}
    assert data["summary"]["baselined"] == 2
    _, text = run("review", str(report), "--baseline", str(baseline))
    unwrapped = "".join(text.split())  # the terminal breaks Chinese lines between any two characters
    assert "已静默2(baseline1,上级同意长期坚持的表述1)" in unwrapped
    _, md = run("review", str(report), "--baseline", str(baseline), "-f", "markdown")
    assert "_已静默 2：baseline 1; 上级同意长期坚持的表述 1_" in md
    _, page = run("review", str(report), "--baseline", str(baseline), "-f", "html")
    assert "<li>已静默 2：baseline 1; 上级同意长期坚持的表述 1</li>" in page


def test_baseline_add_refuses_what_is_not_there(report: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    code, out = run("baseline", "add", str(report), "--finding", "F9", "--code", "formalism", "--baseline", str(baseline))
    assert code == 2 and "no finding F9 (findings: F1, F2, F3)" in out
    code, out = run("baseline", "add", str(report), "--finding", "F3", "--code", "formalism", "--baseline", str(baseline))
    assert code == 2 and "F3 has no formalism flag" in out
    assert not baseline.exists()  # nothing written on a refusal
    code, out = run("baseline", "add", str(report), "--finding", "F1", "--code", "formalism")
    assert code == 2 and "needs a baseline file" in out


def test_write_baseline_records_null_reasons_and_keeps_written_ones(report: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    run("baseline", "add", str(report), "--finding", "F1", "--code", "formalism", "--reason", "已另案处理",
        "--baseline", str(baseline))  # fmt: skip
    code, out = run("review", str(report), "--baseline", str(baseline), "--write-baseline")
    assert code == 0 and out == f"rectcheck: recorded 3 flag(s) from 1 document(s) in {baseline}\n"
    reasons = {e["code"]: e["reason"] for e in json.loads(baseline.read_text(encoding="utf-8"))["entries"]}
    assert reasons == {"formalism": "已另案处理", "vague_deadline": None, "unverifiable_claim": None}
    assert '"reason": null' in baseline.read_text(encoding="utf-8")


def test_word_and_workbook_leave_out_what_was_silenced(report: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    run("baseline", "add", str(report), "--finding", "F1", "--code", "vague_deadline",
        "--reason", "上级同意长期坚持的表述", "--baseline", str(baseline))  # fmt: skip
    quiet = ("--ignore", "形式主义", "--baseline", str(baseline), "--fail-on", "never")
    word, book = tmp_path / "out.docx", tmp_path / "out.xlsx"
    assert run("review", str(report), *quiet, "-f", "docx", "-o", str(word))[0] == 0
    notes = [c["text"] for _, c in sorted(comments(word).items())]
    assert len(notes) == 2 and "unverifiable_claim" in notes[1]  # the summary and the one flag left
    assert not any(code in note for note in notes for code in ("formalism", "vague_deadline"))
    assert "已静默 2：--ignore 1；上级同意长期坚持的表述 1" in notes[0]
    assert run("review", str(report), *quiet, "-f", "xlsx", "-o", str(book))[0] == 0
    wb = openpyxl.load_workbook(book)
    f1 = next(wb["问题清单"].iter_rows(min_row=2, values_only=True))
    assert f1[8] in ("", None) and f1[9] == GENERIC_QUESTION["zh"]  # fails still, asked in general terms
    summary = {r[0]: r[1] for r in wb["汇总"].iter_rows(values_only=True)}
    assert summary["已静默：--ignore"] == 1 and summary["已静默：上级同意长期坚持的表述"] == 1
    codes = {r[2]: r[1] for r in wb["汇总"].iter_rows(values_only=True) if len(r) > 2 and r[2]}
    assert "formalism" not in codes and codes["unverifiable_claim"] == 1
