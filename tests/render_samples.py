"""A small, realistic reviewed report for the renderer tests: composed Chinese text and a Review
whose offsets are computed from that text (so ``text[start:end] == evidence`` holds)."""

from __future__ import annotations

from types import SimpleNamespace

from checker.models import DocumentInfo, FindingResult, Flag, Review, RubricRef, Summary

F1 = "项目资金管理不规范,2023年有3个项目超进度拨付资金共计48.6万元"
M1 = "一是召开专题会议,进一步提高思想认识。二是加强学习,切实增强规矩意识。"
F2 = "工程招投标把关不严,个别项目<script>document.title='pwned'</script>规避招标,<img src=x onerror=alert(1)>"
M2 = "已全部整改到位,取得明显成效。"
F3 = "河道保洁经费使用不规范"
M3 = "已追回超范围列支的保洁经费12.3万元,2024年5月印发《河道保洁经费管理办法》(县水发〔2024〕15号)。"

TEXT = (
    "关于县委第三巡察组反馈意见整改情况的通报\n"
    "根据县委统一部署,2024年3月至4月,县委第三巡察组对县水务局党组开展了常规巡察。现将整改情况通报如下。\n"
    f"1.针对“{F1}”的问题。\n"
    f"整改情况:{M1}整改时限:长期坚持。\n"
    f"2.针对“{F2}”的问题。\n"
    f"整改情况:{M2}\n"
    f"3.针对“{F3}”的问题。\n"
    f"整改情况:{M3}责任单位:计划财务股。\n"
    "反馈的3个问题,已整改完成4个。\n"
    "联系电话:XXXX\n"
)

MESSAGES = {
    "formalism": ("措施只有开会、学习,没有针对问题的具体行动", "only meetings and study, no concrete action on the problem"),
    "vague_deadline": ("整改时限没有具体日期", "the deadline has no date"),
    "unverifiable_claim": ("声称已完成但没有可核查的数字、日期或文号", "completion asserted with nothing checkable"),
    "inconsistent_numbers": ("完成数大于问题总数", "more items done than found"),
    "placeholder": ("公开文本中有未填写的占位符", "an unfilled placeholder in published text"),
}
SEVERITY = {
    "formalism": "error",
    "vague_deadline": "warning",
    "unverifiable_claim": "error",
    "inconsistent_numbers": "error",
    "placeholder": "info",
}


def flag(code: str, evidence: str, lang: str = "zh", after: int = 0) -> Flag:
    start = TEXT.index(evidence, after)
    zh, en = MESSAGES[code]
    return Flag(
        code=code,  # type: ignore[arg-type]
        severity=SEVERITY[code],  # type: ignore[arg-type]
        message=zh if lang == "zh" else en,
        evidence=evidence,
        start=start,
        end=start + len(evidence),
    )


def finding(
    n: int, title: str, body: str, measure: str, flags: list[Flag], score: float, verdict: str, resp: int
) -> FindingResult:
    start = TEXT.index(f"{n}.针对")
    end = TEXT.index(measure) + len(measure)
    return FindingResult(
        id=f"F{n}",
        title=title,
        finding_text=body,
        measure_text=measure,
        measures=[m for m in measure.split("。") if m],
        deadline="长期坚持" if n == 1 else None,
        owners=["计划财务股"] if n == 3 else [],
        responsiveness=resp,
        score=score,
        verdict=verdict,  # type: ignore[arg-type]
        flags=flags,
        start=start,
        end=end,
    )


def sample_review(lang: str = "zh", path: str = "reports/水务局整改通报.txt") -> Review:
    f1 = finding(
        1,
        "项目资金管理不规范",
        F1,
        M1,
        [flag("formalism", "召开专题会议,进一步提高思想认识", lang), flag("vague_deadline", "长期坚持", lang)],
        22.5,
        "fail",
        1,
    )
    f2 = finding(2, "工程招投标把关不严<script>", F2, M2, [flag("unverifiable_claim", M2.rstrip("。"), lang)], 41.0, "fail", 0)
    f3 = finding(3, "河道保洁经费使用不规范", F3, M3, [], 88.0, "pass", 3)
    doc_flags = [
        flag("inconsistent_numbers", "反馈的3个问题,已整改完成4个", lang),
        flag("placeholder", "XXXX", lang),
    ]
    findings = [f1, f2, f3]
    counts: dict[str, int] = {}
    for fl in [*f1.flags, *f2.flags, *doc_flags]:
        counts[fl.code] = counts.get(fl.code, 0) + 1
    return Review(
        document=DocumentInfo(
            path=path, title="关于县委第三巡察组反馈意见整改情况的通报", kind="progress_report", chars=len(TEXT)
        ),
        rubric=RubricRef(id="rectification", version="1.0.0"),
        backend="rules",
        findings=findings,
        document_flags=doc_flags,
        summary=Summary(findings=3, pass_=1, warn=0, fail=2, score=50.5, verdict="fail", flags=counts),
    )


def clean_review(path: str = "reports/clean.txt") -> Review:
    """The same report with every flag below error removed: only warnings and info remain."""
    review = sample_review(path=path)
    findings = [
        f.model_copy(update={"flags": [x for x in f.flags if x.severity != "error"], "verdict": "pass", "score": 80.0})
        for f in review.findings
    ]
    doc_flags = [x for x in review.document_flags if x.severity != "error"]
    summary = Summary(findings=3, pass_=3, score=80.0, verdict="pass", flags={"vague_deadline": 1, "placeholder": 1})
    return review.model_copy(update={"findings": findings, "document_flags": doc_flags, "summary": summary})


def _text(zh: str, en: str) -> SimpleNamespace:
    return SimpleNamespace(zh=zh, en=en)


RUBRIC = SimpleNamespace(
    id="rectification",
    version="1.0.0",
    ref="rectification@1.0.0",
    title=_text("整改报告评审规则", "Rectification report rubric"),
    thresholds=SimpleNamespace(pass_=75, warn=50),
    flags={
        "formalism": SimpleNamespace(
            title=_text("形式主义整改", "Formalism"),
            rationale=_text("以会议落实会议、以文件落实文件,问题本身没有得到处理。", "Meetings and papers do not fix the problem."),
            message=_text(*MESSAGES["formalism"]),
            severity="error",
        ),
        "vague_deadline": SimpleNamespace(
            title=_text("整改时限模糊", "Vague deadline"),
            rationale=_text("没有日期的时限无法检查、无法问责。", "A deadline without a date cannot be checked."),
            message=_text(*MESSAGES["vague_deadline"]),
            severity={"default": "warning", "plan": "error"},  # per document kind, as rubrics state it
        ),
        "unverifiable_claim": SimpleNamespace(
            title=_text("无法核查的完成声明", "Unverifiable claim"),
            rationale=_text("销号要有凭证:金额、数量、日期或文号。", "Closing an item needs evidence."),
            message=_text(*MESSAGES["unverifiable_claim"]),
            severity="error",
        ),
    },
)
