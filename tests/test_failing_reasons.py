"""Every failing finding says why: a flag, or the criterion that failed it with the text it was
judged on, in every format (text, Markdown, HTML, JSON, the workbook's 标记 cell, a Word comment)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl
from word_fixtures import anchored_texts, comments

from checker.models import Source
from checker.options import ReviewOptions
from checker.pipeline import review_source
from checker.renderers import render
from checker.renderers.common import reason_lines
from checker.renderers.word import render_docx
from checker.rubric import load_rubric

RUBRIC = load_rubric(None)
# F2's measure acts on the problem but names nothing checkable: it fails on its criteria, and
# no flag says so.
TEXT = """关于巡察反馈问题整改情况的报告

1.村级财务公开不及时。
整改情况：已督促12个村于2024年3月补公开2023年四个季度财务收支，公开照片已存档。
2.落实药品“三统一”制度不到位。
整改情况：对镇办卫生院及村卫生室的药品采购进行专项督查，对发现的问题当场纠正。
"""


def _review():
    return review_source(Source(path="r.txt", text=TEXT, format="txt"), RUBRIC, ReviewOptions())


def test_a_failing_finding_with_no_flag_carries_its_reasons():
    review = _review()
    f2 = review.findings[1]
    assert f2.verdict != "pass" and not [fl for fl in f2.flags if fl.severity != "info"]
    assert f2.reasons, "a failing finding no flag explains names the criteria that failed it"
    for r in f2.reasons:
        assert r.score < 0.5 and r.message and r.evidence
        assert TEXT[r.start : r.end] == r.evidence and r.evidence.startswith("对镇办卫生院")
    assert not review.findings[0].reasons  # a finding that passes needs none


def test_the_reasons_show_in_every_format(tmp_path: Path):
    review = _review()
    reason = review.findings[1].reasons[0]
    for fmt in ("text", "markdown", "html"):
        shown = render([review], fmt, lang="zh", rubric=RUBRIC, fail_on="error", texts={review.document.path: TEXT})
        assert reason.title in shown and reason.message in shown, fmt
    data = json.loads(render([review], "json", lang="zh", rubric=RUBRIC, fail_on="error"))
    assert data["findings"][1]["reasons"][0]["criterion"] == reason.criterion
    book = openpyxl.load_workbook(io.BytesIO(render([review], "xlsx", lang="zh", rubric=RUBRIC, fail_on="error")))
    marks = [row[8].value for row in book.worksheets[0].iter_rows(min_row=2)]
    assert reason.title in (marks[1] or "")
    out = tmp_path / "r.docx"
    out.write_bytes(render_docx(review, TEXT, lang="zh", rubric=RUBRIC))
    found, anchors = comments(out), anchored_texts(out)
    why = [cid for cid, c in found.items() if "失分原因" in c["text"]]
    assert len(why) == 1 and anchors[why[0]] == reason.evidence


def test_a_reason_quotes_its_text_to_a_clause_end_and_marks_a_cut():
    long_measure = (
        "对镇办卫生院及村卫生室的药品采购进行专项督查，逐一核对采购台账和入库记录，"
        "对发现的问题当场纠正，督促相关人员规范填写采购登记表。"
    )
    text = TEXT.replace("对镇办卫生院及村卫生室的药品采购进行专项督查，对发现的问题当场纠正。", long_measure)
    review = review_source(Source(path="r.txt", text=text, format="txt"), RUBRIC, ReviewOptions())
    (line, *_) = reason_lines(review.findings[1], "zh")
    quoted = line[line.index("原文：") + 3 : -1]
    assert quoted.endswith("…") and long_measure.startswith(quoted.rstrip("…").rstrip("，"))
