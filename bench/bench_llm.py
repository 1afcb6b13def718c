"""LLM backend timing against the loopback chat server at 400 ms per answer (not a test).

Reviews seed 001 (17 findings) with --jobs 1 and with the default concurrency, then twice more to
show the cold and the warm cache (requests sent per review).

    python bench/bench_llm.py [--latency 0.4]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from chat_server import ChatServer  # noqa: E402

from checker.pipeline import ReviewOptions, review_source  # noqa: E402
from checker.read import read_source  # noqa: E402
from checker.rubric import load_rubric  # noqa: E402


def timed(src, rubric, options: ReviewOptions, server: ChatServer) -> tuple[float, int, int]:
    before = server.count
    started = time.perf_counter()
    review = review_source(src, rubric, options)
    elapsed = time.perf_counter() - started
    assert review.usage is not None
    return elapsed, server.count - before, review.usage.cached


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--latency", type=float, default=0.4)
    args = parser.parse_args()
    seed = next((ROOT / "eval" / "seeds").glob("001_*.txt"))
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
