"""One question per document (``per = document``): every finding judged from one structured answer,
answers for findings that do not exist dropped and recorded, a finding left out kept to the rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from chat_server import ChatServer, use_loopback_env
from llm_answers import fixed_answer, per_document, quoting_answer

from checker.models import Review
from checker.options import ReviewOptions
from checker.pipeline import review_source
from checker.read import read_source
from checker.rubric import load_rubric

SEED = Path(__file__).resolve().parent.parent / "eval" / "seeds" / "001_9db84e71916f37c5.txt"
RUBRIC = load_rubric(None)


@pytest.fixture
def source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    use_loopback_env(monkeypatch, tmp_path / "cache")
    monkeypatch.setenv("RECTCHECK_LLM_PER", "document")
    monkeypatch.setenv("RECTCHECK_LLM_ATTEMPTS", "2")
    return read_source(SEED)


def review(source, server: ChatServer, monkeypatch: pytest.MonkeyPatch, backend: str = "llm", **opts) -> Review:
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    return review_source(source, RUBRIC, ReviewOptions(backend=backend, **opts))  # type: ignore[arg-type]


def test_a_document_is_judged_in_a_few_questions_with_the_same_merge(source, monkeypatch: pytest.MonkeyPatch) -> None:
    with ChatServer(answer=per_document(quoting_answer)) as server:
        first = review(source, server, monkeypatch)
        sent = server.count
        questions = sorted((r["messages"][-1]["content"] for r in server.requests), key=lambda q: "=== F1 ===" not in q)
        again = review(source, server, monkeypatch)
        assert server.count == sent  # answered from the cache
    judged = [f for f in first.findings if f.measure_text.strip()]
    assert len(judged) == 17 and sent == 2  # at most twelve findings to a question
    assert "=== F1 ===" in questions[0] and "=== F13 ===" in questions[1] and "F12" not in questions[1]
    assert first.judge is not None and not first.judge.fell_back and first.judge.rules_used_for == []
    assert first.usage is not None and first.usage.requests == 2
    assert again.usage is not None and again.usage.requests == 0 and again.usage.cached == 17
    model_flags = [fl for f in first.findings for fl in f.flags if fl.origin == "llm"]
    assert model_flags and all(source.text[fl.start : fl.end] == fl.evidence for fl in model_flags)
    assert all(f.rationale for f in judged)


def test_an_answer_judging_findings_that_do_not_exist_is_not_used(
    source, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer = per_document(lambda r: fixed_answer(r, responsiveness=1), extra=["F99"], leave_out=1)
    with ChatServer(answer=answer) as server:
        result = review(source, server, monkeypatch, backend="hybrid")
        reasks = [r["messages"][-1]["content"] for r in server.requests if len(r["messages"]) > 2]
    assert server.count == 4  # each question asked once more, naming what was wrong
    assert all("F99：报告中没有这个编号的问题" in q for q in reasks)
    judge = result.judge
    assert judge is not None and judge.method == "rules" and judge.fell_back
    assert "F99" in (judge.note or "") and "没有的问题" in (judge.note or "")
    assert len(judge.rules_used_for) == 17
    rules = review_source(source, RUBRIC, ReviewOptions(backend="rules"))
    assert [(f.flags, f.score) for f in result.findings] == [(f.flags, f.score) for f in rules.findings]
    assert not any(f.rationale for f in result.findings)


def test_a_finding_the_answer_leaves_out_keeps_the_rules_result(source, monkeypatch: pytest.MonkeyPatch) -> None:
    with ChatServer(answer=per_document(lambda r: fixed_answer(r, responsiveness=1), leave_out=1)) as server:
        result = review(source, server, monkeypatch, backend="hybrid")
    judge = result.judge
    assert judge is not None and judge.method == "hybrid"
    assert judge.rules_used_for == ["F12", "F17"]  # the last finding of each question
    rules = review_source(source, RUBRIC, ReviewOptions(backend="rules"))
    for fid in judge.rules_used_for:
        left = next(f for f in result.findings if f.id == fid)
        same = next(f for f in rules.findings if f.id == fid)
        assert left.flags == same.flags and left.score == same.score and not left.rationale
    assert all(f.rationale for f in result.findings if f.id not in judge.rules_used_for and f.measure_text.strip())
