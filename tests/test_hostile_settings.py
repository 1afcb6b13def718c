"""Files that are not what they claim: a baseline, configuration or rubric file that is not UTF-8,
nests a hundred thousand levels deep, is /dev/zero or a FIFO; an absurd --max-bytes; a report in
UTF-16 without a byte-order mark. Each: exit 2 and one line, at once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hostile_files import run_measured
from render_samples import TEXT

FAST_S = 10.0


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "r.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def refused(*args: str | Path) -> str:
    run = run_measured("review", *args, timeout=FAST_S)
    assert run.returncode == 2, run.stderr
    assert run.seconds < FAST_S and run.peak_mb < 200
    return run.one_line()


def test_baseline_not_utf8(tmp_path: Path, report: Path) -> None:
    baseline = tmp_path / "b.json"
    baseline.write_bytes('{"entries": "整改"}'.encode("gb18030"))
    assert refused(report, "--baseline", baseline) == (
        f"rectcheck: {baseline}: cannot read baseline file (not UTF-8 text (byte 13))"
    )


def test_baseline_nested_too_deeply(tmp_path: Path, report: Path) -> None:
    baseline = tmp_path / "b.json"
    baseline.write_text("[" * 100_000, encoding="utf-8")
    assert refused(report, "--baseline", baseline) == f"rectcheck: {baseline}: invalid baseline file: nested too deeply"


def test_baseline_device_and_fifo_are_not_read(tmp_path: Path, report: Path) -> None:
    assert refused(report, "--baseline", "/dev/zero") == (
        "rectcheck: /dev/zero: cannot read baseline file (not a regular file)"
    )
    fifo = tmp_path / "b.json"
    os.mkfifo(fifo)  # nobody writes to it: reading would block for ever
    assert refused(report, "--baseline", fifo) == f"rectcheck: {fifo}: cannot read baseline file (not a regular file)"


def test_configuration_nested_too_deeply_or_a_device(tmp_path: Path, report: Path) -> None:
    config = tmp_path / "rectcheck.toml"
    config.write_text("a = " + "[" * 100_000, encoding="utf-8")
    assert refused(report, "--config", config) == f"rectcheck: {config}: invalid TOML (nested too deeply)"
    assert refused(report, "--config", "/dev/zero") == (
        "rectcheck: /dev/zero: cannot read configuration (not a regular file)"
    )


def test_configuration_error_names_the_nested_key(tmp_path: Path, report: Path) -> None:
    config = tmp_path / "rectcheck.toml"
    config.write_text("[llm]\nbase_url = 5\n", encoding="utf-8")
    assert refused(report, "--config", config) == (
        f"rectcheck: {config}: configuration key 'llm.base-url': Input should be a valid string"
    )


def test_rubric_file_that_is_a_fifo(tmp_path: Path, report: Path) -> None:
    fifo = tmp_path / "rubric.yaml"
    os.mkfifo(fifo)
    assert refused(report, "--rubric", fifo) == f"rectcheck: {fifo}: not a regular file"


@pytest.mark.parametrize("value", ["99999999999999999999999", "0", "-5"])
def test_max_bytes_out_of_range(report: Path, value: str) -> None:
    assert refused(report, "--max-bytes", value) == (
        f"rectcheck: --max-bytes: must be between 1 and 2,147,483,648 (2048.0 MB), got {int(value):,}"
    )


def test_utf16_without_bom_is_named(tmp_path: Path) -> None:
    for codec in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{codec}.txt"
        path.write_bytes(TEXT.encode(codec))
        assert refused(path) == (
            f"rectcheck: {path}: looks like UTF-16 text without a byte-order mark; save it as UTF-8"
        )


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("[llm]\ntimeout = inf", "llm.timeout"),
        ("[llm]\ndeadline = nan", "llm.deadline"),
        ("[llm]\ntimeout = 1e300", "llm.timeout"),
        ("[llm]\nattempts = 1000000000", "llm.attempts"),
        ("[llm]\nmax-response = 9223372036854775807", "llm.max-response"),
        ("[llm]\nprice-in = inf", "llm.price-in"),
        ("min-score = nan", "min-score"),
        ("jobs = 100000000", "jobs"),
    ],
)
def test_configuration_numbers_are_finite_and_in_range(tmp_path: Path, report: Path, line: str, key: str) -> None:
    config = tmp_path / "rectcheck.toml"
    config.write_text(line + "\n", encoding="utf-8")
    for backend in ("rules", "llm"):
        reason = refused(report, "--config", config, "--backend", backend)
        assert reason.startswith(f"rectcheck: {config}: configuration key '{key}': "), reason


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("RECTCHECK_LLM_TIMEOUT", "inf"),
        ("RECTCHECK_LLM_DEADLINE", "nan"),
        ("RECTCHECK_LLM_WAIT_MAX", "1e400"),
        ("RECTCHECK_LLM_ATTEMPTS", "99999999999999999999"),
        ("RECTCHECK_LLM_REASKS", "1000"),
        ("RECTCHECK_LLM_MAX_RESPONSE", "1e3"),
        ("RECTCHECK_PRICE_OUT", "-inf"),
    ],
)
def test_environment_numbers_are_finite_and_in_range(report: Path, name: str, value: str) -> None:
    env = {"OPENAI_BASE_URL": "http://127.0.0.1:9/v1", name: value}
    for backend in ("llm", "hybrid"):
        run = run_measured("review", report, "--backend", backend, env=env, timeout=FAST_S)
        assert run.returncode == 2 and run.seconds < FAST_S, run.stderr
        assert run.one_line().startswith(f"rectcheck: {report}: {name}: must be "), run.stderr


def test_utf8_report_with_a_stray_nul_byte_names_the_byte(tmp_path: Path) -> None:
    data = TEXT.encode("utf-8")
    path = tmp_path / "nul.txt"
    path.write_bytes(data[:120] + b"\0" + data[120:])
    assert refused(path) == (
        f"rectcheck: {path}: UTF-8 text with a NUL byte at byte offset 120: the file may be damaged; "
        "remove it and save the file again"
    )


def test_report_with_a_few_nul_bytes_names_how_many_and_the_first(tmp_path: Path) -> None:
    data = TEXT.encode("utf-8").replace(b"\n", b"\n\0", 3)
    path = tmp_path / "nuls.html"
    path.write_bytes(data)  # the page reader decodes the same way
    first = data.index(0)
    assert refused(path) == (
        f"rectcheck: {path}: UTF-8 text with 3 NUL bytes, the first at byte offset {first}: the file may be damaged; "
        "remove them and save the file again"
    )


def test_gb18030_report_with_a_stray_nul_byte_names_the_byte(tmp_path: Path) -> None:
    data = TEXT.encode("gb18030")
    at = len(TEXT.split("\n")[0].encode("gb18030"))  # after the title
    path = tmp_path / "nul.txt"
    path.write_bytes(data[:at] + b"\0" + data[at:])
    assert refused(path) == (
        f"rectcheck: {path}: GB18030 text with a NUL byte at byte offset {at}: the file may be damaged; "
        "remove it and save the file again"
    )


def test_chinese_utf16_without_bom_is_named(tmp_path: Path) -> None:
    text = "关于整改情况的报告\n一、问题：党组会议记录不规范。\n整改情况：已修订制度。\n" * 10  # few ASCII characters
    for codec in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{codec}.txt"
        path.write_bytes(text.encode(codec))
        assert refused(path) == (
            f"rectcheck: {path}: looks like UTF-16 text without a byte-order mark; save it as UTF-8"
        )
