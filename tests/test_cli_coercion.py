"""The command line's own coercion of given values (paths, lists of paths, choices) returns what typer's
coercion returns, and leaves every bad value to typer, whose error messages stay word for word."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from checker.cli import _CoerceWhenGiven, app

typer_coercion = pytest.importorskip("typer._coercion")  # the typer that builds coercion lazily


def _commands(command: Any, name: str = "rectcheck") -> list[tuple[str, Any]]:
    found = [(name, command)]
    for sub_name, sub in getattr(command, "commands", {}).items():
        found += _commands(sub, f"{name} {sub_name}")
    return found


def _outcome(coerce: Any, value: Any, param: Any, ctx: Any) -> tuple[str, Any]:
    try:
        result = coerce(value, param=param, ctx=ctx)
    except Exception as exc:
        message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
        return type(exc).__name__, message
    return type(result).__name__, result


def test_given_values_coerce_as_typer_coerces_them(tmp_path: Path) -> None:
    report = tmp_path / "报告 1.txt"
    report.write_text("一、存在的问题\n", encoding="utf-8")
    paths = [str(report), str(tmp_path), str(tmp_path / "missing.txt"), "", "-", " a ", "a\x00b", "~/x"]
    words = ["json", "JSON", "text", "rules", "hybrid", "warning", "en", "zh", "bogus", "", "3", "0.5", "x"]
    values: list[Any] = paths + words + [report, 3, None]
    values += [[str(report)], (str(report), str(tmp_path)), [report, "b"], [], ["a", 3], "a,b"]
    compared = choices = 0
    for name, command in _commands(get_command(app)):
        ctx = command.context_class(command, info_name=name)
        for param in command.get_params(ctx):
            if not hasattr(param, "type_descriptor"):
                continue
            ours = _CoerceWhenGiven(param).coerce
            for value in values:
                param._runtime_param = None
                theirs = typer_coercion.build_runtime_param(param.type_descriptor).coerce
                assert _outcome(ours, value, param, ctx) == _outcome(theirs, value, param, ctx), (name, param.name, value)
                compared += 1
            choices += bool(param.type_descriptor.choices)
    assert compared > 1000 and choices >= 6  # every command's parameters, the choices among them


def test_bad_values_keep_typer_messages(tmp_path: Path) -> None:
    runner = CliRunner()
    env = {"COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb"}
    result = runner.invoke(app, ["review", str(tmp_path), "--format", "pdf"], env=env)
    assert result.exit_code == 2
    assert "'pdf' is not one of 'text', 'json', 'markdown', 'html', 'sarif', 'junit', 'docx', 'xlsx'" in result.output
    good = runner.invoke(app, ["review", str(tmp_path / "missing.txt"), "--format", "json"], env=env)
    assert good.exit_code == 2 and "missing.txt" in good.output  # the path is taken; the reader refuses it


def test_valid_paths_and_choices_build_no_adapter(tmp_path: Path) -> None:
    command = get_command(app).commands["review"]
    ctx = command.context_class(command, info_name="review")
    params = {p.name: p for p in command.get_params(ctx)}
    given = {"paths": [str(tmp_path)], "format": "json", "backend": "rules", "config": str(tmp_path / "c.toml")}
    for name, value in given.items():
        param = params[name]
        param._runtime_param = None
        _CoerceWhenGiven(param).coerce(value, param=param, ctx=ctx)
        assert param._runtime_param is None, name  # typer's adapter was never built
