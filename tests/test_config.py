"""Configuration: nearest rectcheck.toml / [tool.rectcheck], validation, precedence."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.commands.review import ReviewRequest, resolve_settings
from checker.config import LoadedConfig, RectcheckConfig, load_config
from checker.errors import UsageError


def test_nearest_file_found_upwards_and_pyproject_without_table_passed_over(tmp_path: Path) -> None:
    (tmp_path / "rectcheck.toml").write_text('fail-on = "warning"\nmin-score = 60\nlang = "en"\n', encoding="utf-8")
    project = tmp_path / "project"
    nested = project / "docs" / "2024"
    nested.mkdir(parents=True)
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    loaded = load_config(start=nested)
    assert loaded.path == tmp_path / "rectcheck.toml"
    assert loaded.values.fail_on == "warning" and loaded.values.min_score == 60 and loaded.values.lang == "en"


def test_pyproject_table_is_nearer_and_underscored_keys_accepted(tmp_path: Path) -> None:
    (tmp_path / "rectcheck.toml").write_text('fail-on = "warning"\n', encoding="utf-8")
    project = tmp_path / "project"
    project.mkdir()
    (project / "pyproject.toml").write_text(
        '[tool.rectcheck]\nfail_on = "never"\nmax-bytes = 1000\nbaseline = "ci/baseline.json"\n', encoding="utf-8"
    )
    loaded = load_config(start=project)
    assert loaded.path == project / "pyproject.toml"
    assert loaded.values.fail_on == "never" and loaded.values.max_bytes == 1000
    assert loaded.resolve_path(loaded.values.baseline or "") == project / "ci" / "baseline.json"


def test_unknown_key_names_file_and_key(tmp_path: Path) -> None:
    cfg = tmp_path / "rectcheck.toml"
    cfg.write_text('fail-on = "error"\nthreshold = 3\n', encoding="utf-8")
    with pytest.raises(UsageError, match=r"rectcheck\.toml: unknown configuration key 'threshold'"):
        load_config(start=tmp_path)


def test_bad_values_and_bad_toml_are_usage_errors(tmp_path: Path) -> None:
    cfg = tmp_path / "rectcheck.toml"
    cfg.write_text('backend = "gpt"\n', encoding="utf-8")
    with pytest.raises(UsageError, match="'backend'"):
        load_config(cfg)
    cfg.write_text("fail-on = \n", encoding="utf-8")
    with pytest.raises(UsageError, match="invalid TOML"):
        load_config(cfg)
    with pytest.raises(UsageError, match="not found"):
        load_config(tmp_path / "missing.toml")


def test_command_line_wins_over_config_over_defaults(tmp_path: Path) -> None:
    cfg = tmp_path / "rectcheck.toml"
    cfg.write_text('fail-on = "warning"\nmin-score = 70\nlang = "en"\nbaseline = "b.json"\n', encoding="utf-8")
    loaded = load_config(cfg)
    s = resolve_settings(ReviewRequest(paths=[], fail_on="never"), loaded)
    assert (s.fail_on, s.min_score, s.lang, s.backend) == ("never", 70, "en", "rules")
    assert s.baseline == tmp_path / "b.json"
    s = resolve_settings(ReviewRequest(paths=[], min_score=10, lang="zh"), loaded)
    assert (s.fail_on, s.min_score, s.lang) == ("warning", 10, "zh")


def test_write_baseline_needs_a_file() -> None:
    loaded = LoadedConfig(RectcheckConfig(), None)
    with pytest.raises(UsageError, match="--write-baseline needs"):
        resolve_settings(ReviewRequest(paths=[], write_baseline=True), loaded)
