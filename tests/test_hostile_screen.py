"""Terminal control sequences from a report, a file name or a model's answer never reach the
terminal: text and Markdown output, ``parse`` and every stderr line show them as visible
stand-ins (ESC → ␛); JSON keeps the document's characters exactly (it escapes them itself)."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

from chat_server import ChatServer, schema_answer
from hostile_files import run_measured
from render_samples import F1, TEXT
from test_llm_cli import fast_llm_env

CLIPBOARD = "\x1b]52;c;cm0gLXJmIH4=\x07"
TITLE = "\x1b]0;owned\x07"
CLEAR = "\x1b[2J"
C1_CSI = "\x9b31m"
# Any C0 control but newline and tab, DEL, or a C1 control.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
FILLER = "说明：" + "本单位高度重视巡察整改工作，逐项对账销号。" * 40 + "\n"


def hostile_report(tmp_path: Path) -> Path:
    text = TEXT.replace(F1, F1 + CLIPBOARD + TITLE, 1).replace("整改情况:", "整改情况:" + CLEAR + C1_CSI, 1) + FILLER
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_report_text_is_defused_in_text_and_markdown(tmp_path: Path) -> None:
    path = hostile_report(tmp_path)
    for fmt in ("text", "markdown"):
        run = run_measured("review", path, "--format", fmt, "--fail-on", "never")
        assert run.returncode == 0, run.stderr
        assert not CONTROL.search(run.stdout), fmt
        assert "␛]52;c;" in run.stdout  # shown, not obeyed
    run = run_measured("parse", path)
    assert run.returncode == 0 and not CONTROL.search(run.stdout) and "␛]0;owned␇" in run.stdout


def test_json_keeps_the_document_characters(tmp_path: Path) -> None:
    path = hostile_report(tmp_path)
    run = run_measured("review", path, "--format", "json", "--fail-on", "never")
    assert "\x1b" not in run.stdout  # JSON escapes it as \u001b ...
    review = json.loads(run.stdout)
    assert CLIPBOARD in review["findings"][0]["title"]  # ... and the value is the author's own


def test_file_names_in_stderr_are_defused_and_stay_on_one_line(tmp_path: Path) -> None:
    missing = tmp_path / f"r{CLEAR}\nfake line{TITLE}.txt"
    run = run_measured("review", missing)
    assert run.returncode == 2
    line = run.one_line()
    assert not CONTROL.search(line) and "␛[2J␤fake line" in line and line.endswith(": no such file")


def test_model_answer_is_defused(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")

    def answer(request: dict) -> dict:
        value = schema_answer(request)
        value["rationale"] = f"措施空泛{CLIPBOARD}{CLEAR}"
        return value

    with ChatServer(answer=answer) as server:
        env = {**fast_llm_env(tmp_path / "cache"), "OPENAI_BASE_URL": server.base_url}
        run = run_measured("review", path, "--backend", "llm", "--format", "text", "--fail-on", "never", env=env)
    assert run.returncode == 0, run.stderr
    assert "措施空泛␛]52;c;" in run.stdout and not CONTROL.search(run.stdout)


# Unicode format characters (category Cf): they draw nothing, yet reorder what follows (U+202E shows
# "gnirts" for "string") or hide inside a word.


def _invisible(text: str) -> list[str]:
    return [ch for ch in text if unicodedata.category(ch) == "Cf"]


def _stand_ins(text: str) -> str:
    return "".join(f"<U+{ord(ch):04X}>" if _invisible(ch) else ch for ch in text)


def test_invisible_format_characters_are_shown_on_the_terminal(tmp_path: Path) -> None:
    from rich.cells import cell_len

    text = TEXT.replace(F1, "\u202e" + F1 + "\u202c", 1).replace("一是", "\u200b一是\u2067", 1)
    path = tmp_path / "report.txt"
    path.write_text(text.replace("二是", "\u2069二是\u2060", 1), encoding="utf-8")
    run = run_measured("review", path, "--format", "text", "--fail-on", "never", env={"COLUMNS": "70"})
    assert run.returncode == 0, run.stderr
    assert not _invisible(run.stdout) and "<U+202E>" in run.stdout and "<U+2067>" in run.stdout
    assert max(cell_len(line) for line in run.stdout.splitlines()) <= 70  # the stand-ins are laid out too
    shown = json.loads(run_measured("review", path, "--format", "json", "--fail-on", "never").stdout)
    assert "\u202e" in shown["findings"][0]["title"]  # JSON keeps the author's characters
    # Each quote is still found at its place in the document, stand-ins and all.
    joined = "".join(line.strip() for line in run.stdout.splitlines())
    quotes = [f["evidence"] for finding in shown["findings"] for f in finding["flags"]]
    assert quotes and all(f"⟦{_stand_ins(q)}⟧" in joined for q in quotes)
    assert any(_invisible(q) for q in quotes)  # quotes holding them, too
    parsed = run_measured("parse", path)
    assert parsed.returncode == 0 and not _invisible(parsed.stdout) and "<U+200B>" in parsed.stdout
