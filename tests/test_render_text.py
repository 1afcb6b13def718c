"""Text renderer: a findings table, evidence in context, a summary; no ANSI codes when piped."""

from __future__ import annotations

from render_samples import RUBRIC, TEXT, sample_review

from checker.renderers import render


def _text(**kw) -> str:
    review = sample_review(lang=kw.pop("msg_lang", "zh"))
    return render([review], "text", texts={review.document.path: TEXT}, **kw)


def test_piped_text_has_no_ansi_and_fixed_width() -> None:
    out = _text(lang="zh", rubric=RUBRIC, fail_on="error")
    assert "\x1b[" not in out
    assert max(len(line) for line in out.splitlines()) <= 120
    for fid in ("F1", "F2", "F3"):
        assert fid in out
    assert "得分 50.5" in out


def test_colour_only_when_asked() -> None:
    out = _text(lang="zh", rubric=RUBRIC, fail_on="error", color=True)
    assert "\x1b[" in out


def test_evidence_is_shown_inside_its_context() -> None:
    out = _text(lang="zh", rubric=RUBRIC, fail_on="error")
    # The deadline evidence sits in a field outside the finding text: the context comes from the document.
    assert "整改时限:⟦长期坚持⟧" in out  # piped output brackets the evidence so it stands out
    assert "反馈的3个问题,已整改完成4个" in out
    assert "形式主义整改" in out  # rubric title in Chinese


def test_english_labels_and_rubric_titles() -> None:
    out = _text(lang="en", rubric=RUBRIC, fail_on="error", msg_lang="en")
    assert "Summary: Score 50.5" in out
    assert "Vague deadline" in out
    assert "the deadline has no date" in out
    assert "形式主义整改" not in out


def test_without_rubric_falls_back_to_codes_and_messages() -> None:
    out = _text(lang="zh", rubric=None, fail_on="error")
    assert "vague_deadline" in out
    assert "整改时限没有具体日期" in out
    assert "整改时限模糊" not in out


def test_gate_marker_follows_fail_on() -> None:
    strict = _text(lang="en", rubric=RUBRIC, fail_on="warning")
    lax = _text(lang="en", rubric=RUBRIC, fail_on="never")
    assert "--fail-on warning: 4" in strict
    assert "gate fails" not in lax


def test_model_view_disagreements_and_fallback_are_shown() -> None:
    from checker.models import JudgeInfo, Usage

    review = sample_review()
    first = review.findings[0]
    first.rationale = "措施只写了会议，没有退回资金。"
    first.disagreements = ["formalism: rules yes, model no"]
    review.backend = "hybrid"
    review.judge = JudgeInfo(
        model="qwen-plus", endpoint="http://127.0.0.1:9/v1", prompt_hash="abc", fell_back=True,
        note="模型评审失败（timeout），规则引擎结果用于：F1", method="rules", failed_requests=3,
    )
    review.usage = Usage(requests=3, cached=1, total_tokens=900)
    out = render([review], "text", texts={review.document.path: TEXT}, lang="zh", rubric=RUBRIC, fail_on="error")
    assert "模型意见：措施只写了会议，没有退回资金。" in out
    assert "规则与模型分歧：formalism: rules yes, model no" in out
    header = out.split("\n\n")[0]  # the fallback is in the header, before any finding
    assert "评审方式：规则（所选“规则与模型”未生效）" in header
    assert "qwen-plus @ http://127.0.0.1:9/v1" in header and "3 次请求（其中 3 次无有效回答）" in header
    assert "模型评审失败（timeout）" in header


def test_a_failing_finding_without_flags_names_its_weakest_criteria() -> None:
    review = sample_review()
    quiet = review.findings[-1].model_copy(
        update={"flags": [], "verdict": "fail", "score": 30.0, "criteria": {"verifiability": 0.1, "timeliness": 0.9}}
    )
    review.findings[-1] = quiet
    out = render([review], "text", texts={review.document.path: TEXT}, lang="zh", rubric=RUBRIC, fail_on="error")
    assert "失分项：verifiability 0.1" in out
    assert "timeliness" not in out.split("失分项")[1].splitlines()[0]
