"""`rectcheck review --backend llm|hybrid` as a user runs it: exit codes, one-line errors, the key kept out."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from chat_server import ChatServer, loopback_env
from typer.testing import CliRunner

from checker.cli import app

SEED = Path(__file__).resolve().parent.parent / "eval" / "seeds" / "001_9db84e71916f37c5.txt"

KEY = "sk-test-SECRET123"
REPO = Path(__file__).resolve().parent.parent
REPORT = (
    "关于市委巡察反馈意见整改进展情况的通报\n"
    "1.针对“违规发放津贴补贴”的问题。\n"
    "整改情况:一是召开党组会议专题研究。二是清退交通补贴，已退回资金1.497万元，涉及12人。\n"
    "2.针对“公务用车管理不规范”的问题。\n"
    "整改情况:一是高度重视，提高政治站位，进一步加强公务用车管理。\n"
)


def fast_llm_env(cache: Path) -> dict[str, str]:
    """The key, a private cache and short retry waits, so unreachable endpoints fail fast."""
    return loopback_env(cache, KEY, deadline="1")


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def rectcheck(args: list[str], base_url: str, cache: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **fast_llm_env(cache), "OPENAI_BASE_URL": base_url}
    return subprocess.run(
        [sys.executable, "-m", "checker", "review", *args],
        capture_output=True, text=True, env=env, cwd=REPO, timeout=60,
    )


def test_llm_with_unreachable_endpoint_exits_3_with_one_line(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    url = f"http://127.0.0.1:{closed_port()}/v1"
    result = rectcheck([str(report), "--backend", "llm", "--format", "json"], url, tmp_path / "cache")
    assert result.returncode == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("rectcheck: ")
    assert url in lines[0] and "Traceback" not in result.stderr
    assert KEY not in result.stderr + result.stdout


@pytest.fixture
def llm_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path / "cache"
    for name, value in fast_llm_env(cache).items():
        monkeypatch.setenv(name, value)
    return cache


def test_hybrid_with_unreachable_endpoint_reports_the_fallback(
    tmp_path: Path, llm_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    url = f"http://127.0.0.1:{closed_port()}/v1"
    monkeypatch.setenv("OPENAI_BASE_URL", url)
    result = CliRunner().invoke(
        app, ["review", str(report), "--backend", "hybrid", "--format", "json", "--fail-on", "never"]
    )
    assert result.exit_code == 0, result.output
    review = json.loads(result.stdout)
    assert review["backend"] == "hybrid" and review["judge"]["fell_back"] is True
    assert url in review["judge"]["note"]
    assert KEY not in result.output


def test_rerun_sends_nothing_and_no_cache_sends_again(
    tmp_path: Path, llm_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    with ChatServer() as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        args = ["review", str(report), "--backend", "llm", "--format", "json", "--fail-on", "never"]
        first = CliRunner().invoke(app, args)
        assert first.exit_code == 0, first.output
        sent = server.count
        assert sent == 2
        second = CliRunner().invoke(app, args)
        assert second.exit_code == 0 and server.count == sent
        assert json.loads(second.stdout)["usage"]["cached"] == 2
        third = CliRunner().invoke(app, [*args, "--no-cache"])
        assert third.exit_code == 0 and server.count == 2 * sent
    assert KEY not in first.output + second.output + third.output
    files = [p for p in llm_env.rglob("*") if p.is_file()]
    assert len(files) == 2 and all(KEY.encode() not in p.read_bytes() for p in files)


def test_endpoint_and_model_from_the_configuration_file(
    tmp_path: Path, llm_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """[tool.rectcheck.llm] names the endpoint when the environment does not; the model comes from the file too."""
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    monkeypatch.delenv("RECTCHECK_MODEL", raising=False)
    with ChatServer() as server:
        config = tmp_path / "rectcheck.toml"
        config.write_text(
            f'backend = "llm"\nmodel = "qwen-test"\n[llm]\nbase-url = "{server.base_url}"\nresponse-format = "json_object"\n',
            encoding="utf-8",
        )
        result = CliRunner().invoke(
            app, ["review", str(report), "--config", str(config), "--format", "json", "--fail-on", "never"]
        )
        assert result.exit_code == 0, result.output
        assert server.count == 2
        assert {r["model"] for r in server.requests} == {"qwen-test"}
        assert all(r["response_format"]["type"] == "json_object" for r in server.requests)
    review = json.loads(result.stdout)
    assert review["backend"] == "llm" and review["judge"]["model"] == "qwen-test"


def test_an_api_key_in_the_configuration_file_is_refused(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    config = tmp_path / "rectcheck.toml"
    config.write_text(f'[llm]\napi-key = "{KEY}"\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["review", str(report), "--config", str(config)])
    assert result.exit_code == 2
    assert "OPENAI_API_KEY" in result.output and KEY not in result.output


@pytest.mark.parametrize("backend", ["llm", "hybrid"])
def test_a_model_backend_with_no_endpoint_configured_exits_2_and_sends_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, backend: str
) -> None:
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    monkeypatch.setenv("OPENAI_API_KEY", KEY)  # a key alone must not choose a public endpoint
    monkeypatch.setenv("RECTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    result = CliRunner().invoke(app, ["review", str(report), "--backend", backend, "--format", "json"])
    assert result.exit_code == 2, result.output
    assert "OPENAI_BASE_URL" in result.output and "nothing was sent" in result.output
    assert KEY not in result.output
    assert not (tmp_path / "cache").exists()


def _stderr_on_a_terminal(args: list[str], env: dict[str, str]) -> tuple[int, str]:
    """Run the command line with stderr on a pseudo-terminal (stdout piped); what the terminal got."""
    import pty
    import select

    main, child = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "checker", *args], stdout=subprocess.PIPE, stderr=child,
                            env={**env, "TERM": "xterm", "COLUMNS": "100"})  # fmt: skip
    os.close(child)
    seen = b""
    while True:
        ready, _, _ = select.select([main], [], [], 30)
        if not ready:
            break
        try:
            chunk = os.read(main, 4096)
        except OSError:  # the child closed its end
            break
        if not chunk:
            break
        seen += chunk
    proc.communicate(timeout=60)
    os.close(main)
    return proc.returncode, seen.decode("utf-8", "replace")


def test_a_model_review_shows_its_findings_judged_on_a_terminal_and_nothing_when_piped(tmp_path: Path) -> None:
    with ChatServer(latency=0.3) as server:
        env = {**os.environ, **loopback_env(tmp_path / "cache", KEY, deadline="30"), "OPENAI_BASE_URL": server.base_url}
        args = ["review", str(SEED), "--backend", "llm", "--jobs", "2", "--format", "json", "--no-cache"]
        code, terminal = _stderr_on_a_terminal(args, env)
        assert code in (0, 1), terminal
        assert "findings judged" in terminal and "17/17" in terminal
        piped = subprocess.run([sys.executable, "-m", "checker", *args], capture_output=True, text=True, env=env)
        assert piped.returncode == code and "findings judged" not in piped.stderr and piped.stderr == ""
