"""Characters a model review sends, per character of the report (not a test).

Each seed is reviewed with ``llm`` and ``hybrid``, one question per finding (the default) and one
per document (``RECTCHECK_LLM_PER=document``), against the loopback chat server answering sober,
well-quoted judgements; every request it receives is measured:

- ``sent``: the characters of all messages (system and user), over the report's characters;
- ``fresh``: the same without the instructions repeated after the first request - the system
  message is byte-identical in every request of a run, so an endpoint's prefix cache serves it;
  this is what the endpoint must read anew. Goal for the default: at most 2.5× the report;
- ``schema``: the JSON schema sent as ``response_format`` (outside the messages), per request.

    python bench/bench_prompt_size.py [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from chat_server import ChatServer, loopback_env  # noqa: E402
from llm_answers import per_document, quoting_answer  # noqa: E402

from checker.options import ReviewOptions  # noqa: E402
from checker.pipeline import review_source  # noqa: E402
from checker.read import read_source  # noqa: E402
from checker.rubric import load_rubric  # noqa: E402

GOAL_FRESH = 2.5
SEEDS = sorted((ROOT / "eval" / "seeds").glob("*.txt"))


def measure(path: Path, backend: str, per: str) -> dict[str, Any]:
    source = read_source(path)
    os.environ["RECTCHECK_LLM_PER"] = per
    with ChatServer(answer=per_document(quoting_answer)) as server:
        os.environ["OPENAI_BASE_URL"] = server.base_url
        review_source(source, load_rubric(None), ReviewOptions(backend=backend, use_cache=False))  # type: ignore[arg-type]
        requests = list(server.requests)
    systems = [m["content"] for r in requests for m in r["messages"] if m["role"] == "system"]
    others = sum(len(m["content"]) for r in requests for m in r["messages"] if m["role"] != "system")
    shared = len(set(systems)) <= 1
    sent = sum(map(len, systems)) + others
    fresh = (len(systems[0]) if shared else sum(map(len, systems))) + others if systems else 0
    schema = sum(len(json.dumps(r.get("response_format") or {}, ensure_ascii=False)) for r in requests)
    chars = len(source.text)
    return {
        "seed": path.name[:3], "backend": backend, "per": per, "requests": len(requests), "report": chars,
        "sent": round(sent / chars, 2), "fresh": round(fresh / chars, 2), "shared_prefix": shared,
        "schema_per_request": round(schema / max(len(requests), 1)),
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as cache:
        os.environ.update(loopback_env(Path(cache), deadline="60"))
        os.environ["RECTCHECK_MODEL"] = "loopback-model"
        for path in SEEDS:
            for per in ("finding", "document"):
                for backend in ("llm", "hybrid"):
                    rows.append(measure(path, backend, per))
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    print(f"{'seed':5}{'backend':8}{'per':10}{'requests':>9}{'report':>8}{'sent×':>8}{'fresh×':>8}{'schema/req':>11}")
    for r in rows:
        print(f"{r['seed']:5}{r['backend']:8}{r['per']:10}{r['requests']:>9}{r['report']:>8}{r['sent']:>8}"
              f"{r['fresh']:>8}{r['schema_per_request']:>11}")  # fmt: skip
    default = [r for r in rows if r["per"] == "finding"]
    worst = max(r["fresh"] for r in default)
    print(f"default (per finding): fresh characters at most {worst}× the report (goal ≤ {GOAL_FRESH}×): "
          f"{'met' if worst <= GOAL_FRESH else 'NOT met'}; instructions a shared prefix: "
          f"{all(r['shared_prefix'] for r in rows)}")  # fmt: skip
    whole = [r for r in rows if r["per"] == "document"]
    print(f"per document: all characters at most {max(r['sent'] for r in whole)}× the report")


if __name__ == "__main__":
    main()
