"""Scores, verdicts and the Review contract built from an Analysis."""

from __future__ import annotations

from checker.analyse import analyse
from checker.models import Analysis, Document, FindingAnalysis, FlagHit, Report, Source, Span
from checker.models import Finding as F
from checker.rubric import load_rubric
from checker.score import score_review, verdict_for
from checker.segment import segment

RUBRIC = load_rubric("rectification@1.0.0")


def _review(text: str, kind: str | None = None, lang: str = "zh"):
    report = segment(Source(path="t.txt", text=text, format="txt"))
    if kind:
        report = report.model_copy(update={"kind": kind})
    return score_review(report, analyse(report, RUBRIC), RUBRIC, backend="rules", lang=lang)


def test_verdict_thresholds() -> None:
    t = RUBRIC.thresholds
    assert verdict_for(t.pass_min, RUBRIC) == "pass"
    assert verdict_for(t.pass_min - 0.1, RUBRIC) == "warn"
    assert verdict_for(t.warn_min, RUBRIC) == "warn"
    assert verdict_for(t.warn_min - 0.1, RUBRIC) == "fail"


def test_concrete_item_outscores_formalism() -> None:
    r = _review(
        "关于巡察整改情况的通报\n"
        "1.针对“违规发放补贴”的问题。\n整改情况:6名人员已于2024年7月17日将补贴1.32万元全额退回县财政国库支付中心账户。\n"
        "2.针对“政治站位不高”的问题。\n整改情况:一是召开专题会议，进一步统一思想。二是建立长效机制，确保整改到位。\n"
    )
    good, bad = r.findings
    assert good.verdict == "pass" and bad.verdict == "fail" and good.score > bad.score
    assert good.responsiveness >= 2 and bad.responsiveness == 1
    assert [f.code for f in bad.flags if f.severity == "error"] == ["formalism"]
    assert r.summary.findings == 2 and r.summary.pass_ == 1 and r.summary.fail == 1
    assert r.summary.flags.get("formalism") == 1
    assert min(good.score, bad.score) <= r.summary.score <= max(good.score, bad.score)
    assert good.id == "F1" and good.measure_text and good.measures and good.criteria


def test_off_severity_drops_the_flag_by_kind() -> None:
    text = "整改方案\n问题1:村医诊疗水平较弱。\n整改措施:组织120名村医参加进修培训。\n责任领导:、\n整改时限:2024年12月底前\n"
    as_plan = _review(text, "plan")
    as_progress = _review(text, "progress_report")
    assert "missing_owner" in {f.code for f in as_plan.findings[0].flags}
    assert "missing_owner" not in {f.code for f in as_progress.findings[0].flags}
    sev = {f.code: f.severity for f in as_plan.findings[0].flags}
    assert sev["missing_owner"] == "error"


def test_messages_follow_lang() -> None:
    text = "整改方案\n问题1:协同配合不够。\n整改措施:每月10日前交换一次救助名单。\n责任单位:办公室\n整改时限:即知即改\n"
    zh = _review(text, "plan", "zh").findings[0].flags
    en = _review(text, "plan", "en").findings[0].flags
    assert [f.code for f in zh] == [f.code for f in en] == ["vague_deadline"]
    assert "即知即改" in zh[0].message and "deadline" in en[0].message


def test_hits_with_wrong_offsets_are_dropped_and_document_flags_penalise() -> None:
    text = "问题一 整改内容 上一篇"
    doc = Document(text)
    f = F(index=1, title="问题一", span=Span.cut(doc, 0, 8), finding=Span.cut(doc, 0, 3), measure=Span.cut(doc, 4, 8))
    report = Report.of(doc, path="t", format="txt", chars=len(text), kind="progress_report", findings=[f])
    good = FlagHit(code="truncated", evidence="上一篇", start=9, end=12)
    wrong = FlagHit(code="formalism", evidence="不对", start=0, end=2)
    fa = FindingAnalysis(finding_index=1, hits=[wrong], criteria={c.id: 1.0 for c in RUBRIC.criteria}, responsiveness=3)
    review = score_review(report, Analysis(findings=[fa], document_hits=[good]), RUBRIC, backend="rules", lang="en")
    assert review.findings[0].flags == [] and review.findings[0].score == 100.0
    assert [d.code for d in review.document_flags] == ["truncated"]
    assert review.summary.score == 100.0 - RUBRIC.scoring.document_penalty["warning"]
    data = review.to_json_dict()
    assert data["schema_version"] == 1 and data["rubric"] == {"id": "rectification", "version": "1.0.0"}
    assert set(data["summary"]) >= {"findings", "pass", "warn", "fail", "score", "verdict", "flags"}
