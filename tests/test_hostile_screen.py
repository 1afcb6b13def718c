"""Terminal control sequences from a report, a file name or a model's answer never reach the
terminal: text and Markdown output, ``parse`` and every stderr line show them as visible
stand-ins (ESC → ␛); JSON keeps the document's characters exactly (it escapes them itself)."""

from __future__ import annotations

import json
import re
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
