"""The command line behaves like its peers: --version and -h, readable help, explain by name."""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from checker.cli import app
from checker.rubric import load_rubric

RUNNER = CliRunner()


def invoke(*args: str, width: int = 200):
    return RUNNER.invoke(app, list(args), env={"COLUMNS": str(width), "NO_COLOR": "1", "TERM": "dumb"})


def test_version_and_short_help() -> None:
    result = invoke("--version")
    assert result.exit_code == 0 and result.output == f"rectcheck {version('rectcheck')}\n"
    for args in (["-h"], ["review", "-h"], ["rubric", "-h"], ["rubric", "validate", "-h"]):
        result = invoke(*args)
        assert result.exit_code == 0 and "Usage:" in result.output, args
        assert invoke(*args[:-1], "--help").output == result.output


def _help_row(output: str, option: str) -> str:
    return next(line for line in output.splitlines() if f" {option} " in line)


def test_review_help_keeps_brackets_and_shows_no_type_for_switches() -> None:
    out = invoke("review", "--help").output
    assert "rectcheck.toml or [tool.rectcheck] in pyproject.toml" in out
    for switch in ("--no-cache", "--write-baseline", "--help"):
        assert "<bool>" not in _help_row(out, switch), switch
    # Options that do take a value still say what kind.
    assert "<path>" in _help_row(out, "--config") and "<int>" in _help_row(out, "--max-bytes")


def test_explain_by_chinese_or_english_name_and_code() -> None:
    by_code = invoke("explain", "formalism")
    assert by_code.exit_code == 0 and by_code.output.startswith("formalism — 形式主义")
    assert invoke("explain", "形式主义").output == by_code.output
    assert invoke("explain", "Formalism").output == by_code.output
    unknown = invoke("explain", "官僚主义")
    assert unknown.exit_code == 2 and "无整改措施" in unknown.output  # names the known flags with their names


def test_explain_without_argument_lists_every_flag_with_severity_per_kind() -> None:
    result = invoke("explain")
    assert result.exit_code == 0
    rubric = load_rubric(None)
    rows = {line.split()[0]: line.split()[1:] for line in result.output.splitlines()[2:] if line.strip()}
    assert set(rows) == set(rubric.flags)
    header = result.output.splitlines()[1].split()
    kinds = header[2:]
    assert kinds == ["progress_report", "plan", "work_report", "unknown"]
    for code, rule in rubric.flags.items():
        name, *severities = rows[code]
        assert name == rule.title.zh
        assert severities == [rule.severity.get(k, rule.severity["default"]) for k in kinds]
    assert "Formalism" in invoke("explain", "--lang", "en").output


def test_rubric_validate_exit_codes(tmp_path: Path) -> None:
    missing = invoke("rubric", "validate", str(tmp_path / "missing.yaml"))
    assert missing.exit_code == 2 and "missing.yaml" in missing.output
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: x\n", encoding="utf-8")
    assert invoke("rubric", "validate", str(broken)).exit_code == 1  # readable but not a valid rubric


def test_rubric_show_has_no_blank_lines_inside_texts() -> None:
    result = invoke("rubric", "show", "rectification")
    assert result.exit_code == 0
    assert "\n\n" not in result.output.rstrip("\n")
    assert "description: |" in result.output
    shown = yaml.safe_load(result.output)
    assert shown["description"] == load_rubric("rectification").description  # same text, line breaks kept


@pytest.mark.parametrize("option", [["--min-score", "150"], ["--min-score", "-1"], ["--jobs", "0"]])
def test_out_of_range_options_are_refused(option: list[str]) -> None:
    import subprocess
    import sys

    seed = next((Path(__file__).resolve().parent.parent / "eval" / "seeds").glob("000_*.txt"))
    run = subprocess.run([sys.executable, "-m", "checker", "review", str(seed), *option], capture_output=True, text=True)
    assert run.returncode == 2 and option[0] in run.stderr and not run.stdout


@pytest.mark.parametrize(
    ("value", "in_toml"),
    [("nan", "nan"), ("inf", "inf"), ("-inf", "-inf"), ("150", "150"), ("-1", "-1"), ("seventy", '"seventy"'),
     ("", '""')],
)
def test_a_min_score_out_of_its_range_is_refused_with_the_range(
    value: str, in_toml: str, tmp_path: Path
) -> None:
    seed = next((Path(__file__).resolve().parent.parent / "eval" / "seeds").glob("000_*.txt"))
    env = {"COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb"}
    result = CliRunner().invoke(app, ["review", str(seed), "--min-score", value], env=env)
    assert result.exit_code == 2
    assert "Invalid value for '--min-score': must be a number from 0 to 100" in result.output
    config = tmp_path / "rectcheck.toml"
    config.write_text(f"min-score = {in_toml}\n", encoding="utf-8")
    in_file = CliRunner().invoke(app, ["review", str(seed), "--config", str(config)], env=env)
    assert in_file.exit_code == 2
    assert f"{config}: configuration key 'min-score': must be a number from 0 to 100" in in_file.output


@pytest.mark.parametrize(
    ("command", "line"),
    [
        (["serve", "--port", "99999"], "rectcheck: --port: must be from 1 to 65535 (0: any free port), got 99999"),
        (["serve", "--port", "-1"], "rectcheck: --port: must be from 1 to 65535 (0: any free port), got -1"),
        (["review", "{seed}", "--jobs", "100000"], "rectcheck: --jobs: must be from 1 to 256, got 100000"),
        (["review", "{seed}", "--jobs", "0"], "rectcheck: --jobs: must be from 1 to 256, got 0"),
    ],
)
def test_a_port_or_a_number_of_jobs_out_of_range_is_one_line_and_exit_2(command: list[str], line: str) -> None:
    """The same bounds as the configuration's (jobs 1-256), said in one line before anything starts."""
    import subprocess
    import sys

    seed = next((Path(__file__).resolve().parent.parent / "eval" / "seeds").glob("000_*.txt"))
    args = [str(seed) if a == "{seed}" else a for a in command]
    run = subprocess.run([sys.executable, "-m", "checker", *args], capture_output=True, text=True, timeout=60)
    assert (run.returncode, run.stderr, run.stdout) == (2, line + "\n", "")
