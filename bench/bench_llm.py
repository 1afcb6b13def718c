"""LLM backend timing against the loopback chat server at 400 ms per answer (not a test).

First the command as a user runs it: ``rectcheck review <seed 001> --backend llm`` (17 findings) in
fresh processes, median of ``--runs``, against the time spent waiting on the endpoint (the waves of
``--jobs`` concurrent requests: ceil(17 / 8) × latency); then a dead endpoint (a closed port):
``llm`` must exit 3 and ``hybrid`` fall back, each within 3 s. Goals: ≤ 3 s wall, ≤ 2 s not spent
waiting, ≤ 3 s to learn that nothing listens.

Then in one process: seed 001 with --jobs 1 and with the default concurrency, then twice more to
show the cold and the warm cache (requests sent per review).

    python bench/bench_llm.py [--latency 0.4] [--runs 3]
"""

from __future__ import annotations

import argparse
import math
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from chat_server import ChatServer  # noqa: E402

from checker.options import ReviewOptions  # noqa: E402
from checker.pipeline import review_source  # noqa: E402
from checker.read import read_source  # noqa: E402
from checker.rubric import load_rubric  # noqa: E402


def timed(src, rubric, options: ReviewOptions, server: ChatServer) -> tuple[float, int, int]:
    before = server.count
    started = time.perf_counter()
    review = review_source(src, rubric, options)
    elapsed = time.perf_counter() - started
    assert review.usage is not None
    return elapsed, server.count - before, review.usage.cached


GOAL_WALL_S = 3.0
GOAL_OVERHEAD_S = 2.0
GOAL_DEAD_S = 3.0
DEFAULT_JOBS = 8


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _cli(seed: Path, backend: str, env: dict[str, str]) -> tuple[float, int, str]:
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "checker", "review", str(seed), "--backend", backend, "--format", "json", "--no-cache"],
        capture_output=True, text=True, env=env, cwd=ROOT, check=False,
    )
    return time.perf_counter() - started, proc.returncode, proc.stderr.strip()


def command_line(seed: Path, latency: float, runs: int) -> None:
    """The whole command in fresh processes: live endpoint, then a dead one."""
    findings = 17
    waiting = math.ceil(findings / DEFAULT_JOBS) * latency
    with tempfile.TemporaryDirectory() as cache, ChatServer(latency=latency) as server:
        env = {**os.environ, "OPENAI_BASE_URL": server.base_url, "OPENAI_API_KEY": "sk-bench",
               "RECTCHECK_CACHE_DIR": cache, "RECTCHECK_MODEL": "loopback"}
        _cli(seed, "llm", env)  # warms the OS file cache and the startup cache
        before = server.count
        walls = [_cli(seed, "llm", env)[0] for _ in range(runs)]
        sent = (server.count - before) // runs
    wall = statistics.median(walls)
    print(f"rectcheck review {seed.name} --backend llm, {sent} requests at {latency * 1000:.0f} ms, {DEFAULT_JOBS} at a time,"
          f" median of {runs} fresh processes:")
    print(f"  wall {wall:5.2f} s (goal <= {GOAL_WALL_S:g} s: {'met' if wall <= GOAL_WALL_S else 'NOT met'}); "
          f"waiting on the endpoint {waiting:.2f} s; the rest {wall - waiting:5.2f} s "
          f"(goal <= {GOAL_OVERHEAD_S:g} s: {'met' if wall - waiting <= GOAL_OVERHEAD_S else 'NOT met'})")
    dead = {**os.environ, "OPENAI_BASE_URL": f"http://127.0.0.1:{_closed_port()}/v1", "OPENAI_API_KEY": "sk-bench",
            "RECTCHECK_MODEL": "loopback"}
    for backend, want in (("llm", 3), ("hybrid", 1)):
        took, code, err = _cli(seed, backend, dead)
        ok = code == want and took <= GOAL_DEAD_S
        print(f"  refused endpoint, {backend:6}: exit {code} after {took:4.2f} s "
              f"(goal exit {want} within {GOAL_DEAD_S:g} s: {'met' if ok else 'NOT met'})"
              + (f"\n    {err}" if err else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--latency", type=float, default=0.4)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    seed = next((ROOT / "eval" / "seeds").glob("001_*.txt"))
    command_line(seed, args.latency, args.runs)
    src = read_source(seed)
    rubric = load_rubric(None)
    with tempfile.TemporaryDirectory() as cache, ChatServer(latency=args.latency) as server:
        os.environ.update(
            {"OPENAI_BASE_URL": server.base_url, "OPENAI_API_KEY": "sk-bench", "RECTCHECK_CACHE_DIR": cache,
             "RECTCHECK_MODEL": "loopback"}
        )
        print(f"seed {seed.name}, loopback server at {args.latency * 1000:.0f} ms per answer")
        started = time.perf_counter()
        import checker.judge.backend  # noqa: F401  (openai + langchain-core: timed apart from the runs)

        print(f"  import of the judge (openai, langchain-core): {time.perf_counter() - started:6.2f} s")
        seq, n, _ = timed(src, rubric, ReviewOptions(backend="llm", jobs=1, use_cache=False), server)
        print(f"  sequential (--jobs 1, no cache):   {seq:6.2f} s  {n} requests")
        par, n, _ = timed(src, rubric, ReviewOptions(backend="llm", use_cache=False), server)
        print(f"  concurrent (default jobs, no cache): {par:6.2f} s  {n} requests  ({seq / par:.1f}x faster)")
        cold, n, cached = timed(src, rubric, ReviewOptions(backend="llm"), server)
        print(f"  cold cache:  {cold:6.2f} s  {n} requests, {cached} answers from cache")
        warm, n, cached = timed(src, rubric, ReviewOptions(backend="llm"), server)
        print(f"  warm cache:  {warm:6.2f} s  {n} requests, {cached} answers from cache")
        hyb, n, cached = timed(src, rubric, ReviewOptions(backend="hybrid"), server)
        print(f"  hybrid, cold (rule evidence in the prompt): {hyb:6.2f} s  {n} requests")


if __name__ == "__main__":
    main()
