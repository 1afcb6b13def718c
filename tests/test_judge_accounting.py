"""What a model review did, shown in every format: the method actually used after a fallback, the
reason, every request sent (failed ones included), and where rules and model differ per finding."""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
import openpyxl
import pytest
from chat_server import ChatServer, Fault, use_loopback_env
from llm_answers import fixed_answer
from sample_reports import PROGRESS

from checker.models import Review
from checker.options import ReviewOptions
from checker.pipeline import review_source
from checker.read import read_source
from checker.renderers import render
from checker.rubric import load_rubric

RUBRIC = load_rubric(None)


@pytest.fixture
def source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    use_loopback_env(monkeypatch, tmp_path / "cache")
    monkeypatch.setenv("RECTCHECK_LLM_ATTEMPTS", "2")
    path = tmp_path / "report.txt"
    path.write_text(PROGRESS, encoding="utf-8")
    return read_source(path)


def hybrid(source, server: ChatServer, monkeypatch: pytest.MonkeyPatch) -> Review:
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    return review_source(source, RUBRIC, ReviewOptions(backend="hybrid"))


def shown(review: Review, fmt: str) -> str | bytes:
    return render([review], fmt, lang="zh", rubric=RUBRIC, fail_on="error", texts={review.document.path: PROGRESS})


def workbook_rows(data: bytes, sheet: str) -> list[list[object]]:
    wb = openpyxl.load_workbook(io.BytesIO(data))
    return [list(row) for row in wb[sheet].iter_rows(values_only=True)]


def word_comments(data: bytes) -> list[str]:
    return [c.text for c in docx.Document(io.BytesIO(data)).comments]


def test_a_fallback_is_in_the_header_of_every_format(source, monkeypatch: pytest.MonkeyPatch) -> None:
    with ChatServer() as server:
        server.queue(*[Fault("status", status=503)] * 50)
        review = hybrid(source, server, monkeypatch)
        sent = server.count
    judge, usage = review.judge, review.usage
    assert judge is not None and usage is not None
    assert judge.method == "rules" and judge.fell_back and judge.reason
    assert sent > 0 and usage.requests == sent and judge.failed_requests == sent  # every request counted
    assert judge.rules_used_for == ["F1", "F2", "F3"]
    data = json.loads(str(shown(review, "json")))
    assert data["backend"] == "hybrid" and data["judge"]["method"] == "rules"

    used = "规则（所选“规则与模型”未生效）"
    requests = f"{sent} 次请求（其中 {sent} 次无有效回答）"
    text = str(shown(review, "text"))
    head = text.split("F1")[0]
    assert used in head and requests in head and "模型评审失败" in head
    markdown = str(shown(review, "markdown"))
    head = markdown.split("####")[0]
    assert used in head and requests in head and "模型评审失败" in head
    page = str(shown(review, "html"))
    head = page.split('class="finding')[0]
    assert used in head and requests in head and 'class="judge fell-back" role="status"' in head
    summary = word_comments(bytes(shown(review, "docx")))[0]
    assert f"评审方式：{used}" in summary and requests in summary and "模型评审失败" in summary
    rows = {row[0]: row[1] for row in workbook_rows(bytes(shown(review, "xlsx")), "汇总")}
    assert rows["评审方式"] == used and requests in str(rows["用量"]) and "模型评审失败" in str(rows["说明"])


def test_disagreements_reach_the_workbook_and_the_word_comments(source, monkeypatch: pytest.MonkeyPatch) -> None:
    with ChatServer(answer=lambda r: fixed_answer(r, responsiveness=1)) as server:
        review = hybrid(source, server, monkeypatch)
    assert review.judge is not None and review.judge.method == "hybrid" and not review.judge.reason
    differing = [f for f in review.findings if f.disagreements]
    assert differing
    rows = workbook_rows(bytes(shown(review, "xlsx")), "问题清单")
    column = rows[0].index("规则与模型分歧")
    for f in differing:
        row = next(r for r in rows[1:] if r[1] and str(r[1]) in f.title)
        assert all(d in str(row[column]) for d in f.disagreements)
    notes = [c for c in word_comments(bytes(shown(review, "docx"))) if "【规则与模型分歧】" in c]
    assert len(notes) == len(differing)
    for f, note in zip(differing, notes, strict=True):
        assert note.startswith(f.id) and all(d in note for d in f.disagreements)
    rules_only = review_source(source, RUBRIC, ReviewOptions(backend="rules"))
    assert "规则与模型分歧" not in workbook_rows(bytes(shown(rules_only, "xlsx")), "问题清单")[0]
