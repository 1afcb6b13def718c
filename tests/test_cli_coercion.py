"""A bad value on the command line gets typer's own message, naming the choices of the registry."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from checker.cli import app


def test_bad_values_keep_typer_messages(tmp_path: Path) -> None:
    runner = CliRunner()
    env = {"COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb"}
    result = runner.invoke(app, ["review", str(tmp_path), "--format", "pdf"], env=env)
    assert result.exit_code == 2
    assert "'pdf' is not one of 'text', 'json', 'markdown', 'html', 'sarif', 'junit', 'docx', 'xlsx'" in result.output
    good = runner.invoke(app, ["review", str(tmp_path / "missing.txt"), "--format", "json"], env=env)
    assert good.exit_code == 2 and "missing.txt" in good.output  # the path is taken; the reader refuses it
