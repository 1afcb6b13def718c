"""Endpoints that misbehave, through the real command line: a server dripping its answer, one
that never answers (Ctrl-C must still end the run at once), one padding its body without end,
one echoing the API key into the answer, one answering broken text, a poisoned cache entry, and
an endpoint that dies for a batch of documents."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from chat_server import ChatServer, Fault
from hostile_files import ROOT, run_measured
from misbehaving_server import MisbehavingServer, drip, echo_authorization, pad, redirect, reporting, silent
from test_llm_cli import KEY, REPORT, fast_llm_env

JUDGED = 2  # findings of REPORT that have a measure: each is one question
# Bound on a run that ends early, generous for a loaded CI machine; the failures these tests guard
# against last minutes (a dripped answer, a gigabyte body, a silent server waited for).
SLOW_START_S = 20.0


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


def env_for(base_url: str, cache: Path, **extra: str) -> dict[str, str]:
    return {**fast_llm_env(cache), "OPENAI_BASE_URL": base_url, **extra}


def test_dripping_server_is_held_to_the_whole_request_deadline(tmp_path: Path, report: Path) -> None:
    with MisbehavingServer(drip(0.2)) as server:
        env = env_for(server.base_url, tmp_path / "cache", RECTCHECK_LLM_TIMEOUT="1", RECTCHECK_LLM_DEADLINE="2")
        run = run_measured("review", report, "--backend", "llm", "--format", "json", env=env)
    assert run.returncode == 3
    # The deadline (2 s) plus start-up, on a loaded machine; dripped to the end, the answer takes minutes.
    assert run.seconds < SLOW_START_S, f"took {run.seconds:.1f} s"
    line = run.one_line()
    assert line.startswith(f"rectcheck: {report}: LLM endpoint ") and line.endswith("timed out after 1 s")


def test_ctrl_c_cancels_requests_in_flight(tmp_path: Path, report: Path) -> None:
    with MisbehavingServer(silent) as server:
        env = {**os.environ, **env_for(server.base_url, tmp_path / "cache", RECTCHECK_LLM_TIMEOUT="60",
                                       RECTCHECK_LLM_DEADLINE="120")}  # fmt: skip
        proc = subprocess.Popen(
            [sys.executable, "-m", "checker", "review", str(report), "--backend", "llm"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
        )  # fmt: skip
        try:
            deadline = time.monotonic() + 20
            while len(server.requests) < JUDGED and time.monotonic() < deadline:
                time.sleep(0.01)
            assert len(server.requests) == JUDGED, "the requests never reached the server"
            sent = time.monotonic()
            proc.send_signal(signal.SIGINT)
            _, stderr = proc.communicate(timeout=10)
            waited = time.monotonic() - sent
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
    assert proc.returncode == 130, stderr
    assert stderr.strip().splitlines() == ["rectcheck: interrupted"]
    assert waited < 5.0, f"Ctrl-C took {waited:.1f} s"  # about 0.3 s on an idle machine; 60 s before


def test_endless_body_is_capped(tmp_path: Path, report: Path) -> None:
    with MisbehavingServer(pad(1024 * 1024 * 1024)) as server:
        env = env_for(server.base_url, tmp_path / "cache", RECTCHECK_LLM_MAX_RESPONSE="65536")
        run = run_measured("review", report, "--backend", "llm", env=env)
    assert run.returncode == 3
    assert run.one_line() == (
        f"rectcheck: {report}: LLM endpoint {server.base_url}: answer larger than 65,536 bytes; not read further"
    )
    assert run.seconds < SLOW_START_S and run.peak_mb < 200


def test_key_echoed_by_the_model_is_redacted_before_shown_or_cached(tmp_path: Path, report: Path) -> None:
    cache = tmp_path / "cache"
    with MisbehavingServer(echo_authorization) as server:
        for fmt in ("json", "text"):  # the second run is served from the cache
            run = run_measured("review", report, "--backend", "llm", "--format", fmt, "--fail-on", "never",
                               env=env_for(server.base_url, cache))  # fmt: skip
            assert run.returncode == 0, run.stderr
            assert KEY not in run.stdout and KEY not in run.stderr
            assert "Bearer ***" in run.stdout and "key=***" in run.stdout
        assert len(server.requests) == JUDGED
    entries = [p for p in cache.rglob("*.json")]
    assert len(entries) == JUDGED
    for entry in entries:
        text = entry.read_text(encoding="utf-8")
        assert KEY not in text and "Bearer ***" in text


def test_broken_text_answer_is_reasked_then_exit_3_or_rules_fallback(tmp_path: Path, report: Path) -> None:
    broken = "I think the answer is {broken"
    with ChatServer(answer=lambda request: broken) as server:
        env = env_for(server.base_url, tmp_path / "cache", RECTCHECK_RESPONSE_FORMAT="text", RECTCHECK_LLM_REASKS="1")
        run = run_measured("review", report, "--backend", "llm", env=env)
        assert run.returncode == 3
        assert "no valid answer after 1 re-asks" in run.one_line()
        asked = server.count
        assert asked >= 2  # the first question and its re-ask, at least
        reasks = [r["messages"] for r in server.requests if r["messages"][-2]["role"] == "assistant"]
        assert reasks and all(m[-2]["content"] == broken for m in reasks)

        run = run_measured("review", report, "--backend", "hybrid", "--format", "json", "--fail-on", "never", env=env)
        assert run.returncode == 0, run.stderr
        judge = json.loads(run.stdout)["judge"]
        assert judge["fell_back"] is True and "no valid answer" in judge["note"]


def test_reask_echoes_only_the_head_of_a_huge_answer(tmp_path: Path, report: Path) -> None:
    with ChatServer(answer=lambda request: "x" * 500_000) as server:
        # time for the re-ask even on a loaded machine: what is checked is what it echoes
        env = env_for(server.base_url, tmp_path / "cache", RECTCHECK_RESPONSE_FORMAT="text", RECTCHECK_LLM_REASKS="1",
                      RECTCHECK_LLM_DEADLINE="20")  # fmt: skip
        assert run_measured("review", report, "--backend", "llm", "--jobs", "1", env=env).returncode == 3
        echoed = server.requests[1]["messages"][-2]
    assert echoed["role"] == "assistant" and echoed["content"] == "x" * 8000


def test_poisoned_cache_entry_is_dropped_and_asked_again(tmp_path: Path, report: Path) -> None:
    cache = tmp_path / "cache"
    with ChatServer() as server:
        env = env_for(server.base_url, cache)
        assert run_measured("review", report, "--backend", "llm", "--fail-on", "never", env=env).returncode == 0
        entries = sorted(cache.rglob("*.json"))
        assert len(entries) == JUDGED and server.count == JUDGED
        entries[0].write_text('{"answer": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
        entries[1].write_text('{"answer": {"responsiveness": ' + "[" * 100_000, encoding="utf-8")
        run = run_measured("review", report, "--backend", "llm", "--format", "json", "--fail-on", "never", env=env)
        assert run.returncode == 0, run.stderr
        assert server.count == 2 * JUDGED  # both asked again
    for entry in entries:  # and replaced by good answers
        assert isinstance(json.loads(entry.read_text(encoding="utf-8"))["answer"], dict)


def test_cache_entries_that_are_not_regular_files_are_asked_again(tmp_path: Path, report: Path) -> None:
    cache = tmp_path / "cache"
    with ChatServer() as server:
        env = env_for(server.base_url, cache)
        first = run_measured("review", report, "--backend", "llm", "--format", "json", "--fail-on", "never", env=env)
        entries = sorted(cache.rglob("*.json"))
        assert first.returncode == 0 and len(entries) == JUDGED
        for entry in entries:
            entry.unlink()
        os.mkfifo(entries[0])  # nobody writes to it: opening it to read would wait for ever
        entries[1].symlink_to("/dev/zero")  # never ends
        run = run_measured("review", report, "--backend", "llm", "--format", "json", "--fail-on", "never", env=env,
                           timeout=SLOW_START_S)  # fmt: skip
        assert run.returncode == 0 and run.stderr == "", run.stderr
        assert run.seconds < SLOW_START_S / 2 and server.count == 2 * JUDGED  # both asked again
    assert len(json.loads(run.stdout)["findings"]) == len(json.loads(first.stdout)["findings"])
    for entry in entries:  # and replaced by good answers
        assert isinstance(json.loads(entry.read_text(encoding="utf-8"))["answer"], dict)


@pytest.mark.parametrize("status", [307, 308])
def test_a_redirect_to_another_server_is_not_followed(tmp_path: Path, report: Path, status: int) -> None:
    with ChatServer() as elsewhere:
        location = f"{elsewhere.base_url}/chat/completions"
        with MisbehavingServer(redirect(location, status)) as server:
            env = env_for(server.base_url, tmp_path / "cache")
            llm = run_measured("review", report, "--backend", "llm", env=env, timeout=SLOW_START_S)
            hybrid = run_measured("review", report, "--backend", "hybrid", "--format", "json", "--fail-on", "never",
                                  env=env, timeout=SLOW_START_S)  # fmt: skip
            asked = len(server.requests)
        assert elsewhere.count == 0 and elsewhere.requests == []  # the report never went there
    assert llm.returncode == 3 and llm.one_line() == (
        f"rectcheck: {report}: LLM endpoint {server.base_url}: answered HTTP {status} redirecting to {location}; "
        "redirects are not followed"
    )
    assert hybrid.returncode == 0 and json.loads(hybrid.stdout)["judge"]["fell_back"] is True
    assert asked <= 2 * JUDGED  # each question once at most: a redirect is not retried


@pytest.mark.parametrize(
    "usage",
    [
        {"prompt_tokens": 10**400, "completion_tokens": 10**400},
        {"prompt_tokens": -5, "completion_tokens": 1.5e308},
        {"prompt_tokens": True, "completion_tokens": "12"},
    ],
)
def test_absurd_usage_figures_count_as_unknown(tmp_path: Path, report: Path, usage: dict[str, object]) -> None:
    with MisbehavingServer(reporting(usage)) as server:
        env = env_for(server.base_url, tmp_path / "cache", RECTCHECK_MODEL="gpt-4o-mini")
        for backend in ("llm", "hybrid"):
            run = run_measured("review", report, "--backend", backend, "--format", "json", "--fail-on", "never",
                               "--no-cache", env=env, timeout=SLOW_START_S)  # fmt: skip
            assert run.returncode == 0 and run.stderr == "", run.stderr
            review = json.loads(run.stdout)
            assert review["judge"]["fell_back"] is False
            assert review["usage"]["requests"] >= JUDGED
            assert review["usage"]["prompt_tokens"] == review["usage"]["completion_tokens"] == 0
            assert review["usage"]["estimated_cost_usd"] == 0


def test_hybrid_batch_stops_asking_a_dead_endpoint_after_the_first_document(tmp_path: Path) -> None:
    paths = []
    for i in range(3):
        paths.append(tmp_path / f"r{i}.txt")
        paths[-1].write_text(REPORT, encoding="utf-8")
    with ChatServer() as server:
        server.queue(*[Fault("status", status=503)] * 100)
        env = env_for(server.base_url, tmp_path / "cache", RECTCHECK_LLM_ATTEMPTS="3", RECTCHECK_LLM_DEADLINE="30")
        run = run_measured("review", *paths, "--backend", "hybrid", "--jobs", "1", "--format", "json",
                           "--fail-on", "never", env=env)  # fmt: skip
        assert run.returncode == 0, run.stderr
        assert server.count == 3  # the first finding's three attempts; nothing after it
    reviews = json.loads(run.stdout)
    assert [r["judge"]["fell_back"] for r in reviews] == [True, True, True]
