"""Analysers on small composed reports (through the real segmenter) and hand-built values."""

from __future__ import annotations

import pytest

from checker.analyse import analyse
from checker.analyse.deadlines import judge_text
from checker.analyse.flags.inconsistent_numbers import rate_ok
from checker.analyse.markers import find_markers
from checker.analyse.scan import compiled
from checker.models import Document, Finding, NumberMention, Report, Source, Span, SummaryClaim
from checker.rubric import load_rubric
from checker.segment import segment

RUBRIC = load_rubric("rectification@1.0.0")
C = compiled(RUBRIC)
PROGRESS = "关于巡察整改情况的通报\n"


def run(text: str, kind: str | None = None):
    report = segment(Source(path="t.txt", text=text, format="txt"))
    if kind:
        report = report.model_copy(update={"kind": kind})
    return report, analyse(report, RUBRIC)


def finding_codes(text: str, kind: str | None = None) -> list[set[str]]:
    _, a = run(text, kind)
    return [{h.code for h in fa.hits} for fa in a.findings]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("已退回1.497万元", {"amount"}),
        ("完成复核20万份", {"count"}),
        ("于8月1日-3日开展了绩效考评", {"date"}),
        ("新卫〔2024〕90 号", {"doc_number"}),
        ("修订《公卫资金管理办法》", {"named_document"}),
        ("门诊等候时间由平均5天降至1天", {"before_after"}),
        ("对新野县浩洋餐具清洗服务有限公司检查", {"named_unit"}),
    ],
)
def test_markers(text: str, kinds: set[str]) -> None:
    assert kinds <= {m.kind for m in find_markers(C, text)}


@pytest.mark.parametrize("text", ["进一步加强组织领导", "对各级医疗机构督导", "2019年以来", "各镇办卫生院"])
def test_no_marker_in_generic_text(text: str) -> None:
    assert find_markers(C, text) == []


@pytest.mark.parametrize(
    ("value", "state"),
    [
        ("2020年6月底取得阶段性成效并长期坚持", "dated"),
        ("即知即改并长期坚持", "vague"),
        ("9月底前", "dated"),
        ("年底前", "dated"),
        ("尽快", "vague"),
        ("、", "blank"),
        ("", "blank"),
    ],
)
def test_deadline_values(value: str, state: str) -> None:
    assert judge_text(C, value, 0, len(value)).state == state


@pytest.mark.parametrize(
    ("done", "total", "stated", "approx", "ok"),
    [
        (18, 21, 86, False, True),  # rounding
        (1691, 1786, 94, False, True),  # officials truncate 94.7
        (18, 21, 90, False, False),
        (589, 1000, 60, True, True),  # 近60%
        (3, 3, 100, False, True),
        (7, 10, 75, False, False),
    ],
)
def test_rate_precision(done: int, total: int, stated: float, approx: bool, ok: bool) -> None:
    written = f"{stated}%"
    n = NumberMention.cut(Document(written), 0, len(written), value=stated, unit="%", role="rate", approximate=approx)
    assert rate_ok(done, total, n, 2.0) is ok


def _claim_report(numbers: list[tuple[str, float, str, str]], findings: int = 10) -> Report:
    # The figures written one after another, then one character per finding.
    written = "".join(t for t, *_ in numbers)
    text = written + "x" * (findings + 1)
    doc = Document(text)
    nums, pos = [], 0
    for t, v, role, subj in numbers:
        nums.append(NumberMention.cut(doc, pos, pos + len(t), value=v, role=role, subject=subj))
        pos += len(t)
    at = len(written)
    fs = [
        Finding(index=i, title="t", span=Span.cut(doc, at + i, at + i + 1), finding=Span.cut(doc, at + i, at + i + 1),
                measure=Span.cut(doc, at + i, at + i + 1))
        for i in range(1, findings + 1)
    ]
    claim = SummaryClaim.cut(doc, 0, len(written), numbers=nums)
    return Report.of(doc, path="t", format="txt", chars=len(text), kind="progress_report", findings=fs, claims=[claim])


def _doc_codes(report: Report) -> set[str]:
    return {h.code for h in analyse(report, RUBRIC).document_hits}


def test_parts_must_sum_and_rates_use_their_own_base() -> None:
    ok = _claim_report([("10个", 10, "total", "问题"), ("7个", 7, "done", "问题"), ("3个", 3, "ongoing", "问题"),
                        ("21条", 21, "total", "措施"), ("18条", 18, "done", "措施"), ("86%", 86, "rate", "措施")])
    assert "inconsistent_numbers" not in _doc_codes(ok)
    bad_sum = _claim_report([("10个", 10, "total", "问题"), ("8个", 8, "done", "问题"), ("3个", 3, "ongoing", "问题")])
    assert "inconsistent_numbers" in _doc_codes(bad_sum)
    bad_rate = _claim_report([("21条", 21, "total", "措施"), ("18条", 18, "done", "措施"), ("90%", 90, "rate", "措施")])
    assert "inconsistent_numbers" in _doc_codes(bad_rate)
    too_many = _claim_report([("12个", 12, "done", "问题")], findings=10)
    assert "inconsistent_numbers" in _doc_codes(too_many)


def test_formalism_needs_every_item_hollow() -> None:
    hollow = PROGRESS + "1.针对“政治站位不高”的问题。\n整改情况:一是召开专题会议，进一步统一思想。二是建立长效机制，确保整改到位。\n"
    mixed = PROGRESS + "1.针对“政治站位不高”的问题。\n整改情况:一是召开专题会议，进一步统一思想。二是对3名负责人进行约谈，收回违规资金2.1万元。\n"
    assert "formalism" in finding_codes(hollow)[0]
    assert "formalism" not in finding_codes(mixed)[0]


def test_unverifiable_needs_a_claim_without_markers() -> None:
    bare = PROGRESS + "1.针对“药品配送不规范”的问题。\n整改情况:对配送企业进行了约谈提醒，问题已全部整改到位。\n"
    backed = PROGRESS + "1.针对“药品配送不规范”的问题。\n整改情况:对2家配送企业进行约谈，追回违规配送款3.5万元，问题已全部整改到位。\n"
    assert "unverifiable_claim" in finding_codes(bare)[0]
    assert "unverifiable_claim" not in finding_codes(backed)[0]


def test_pasted_measures_are_unverifiable() -> None:
    measure = "组织专项检查，逐项对照整改，完善工作台账，建立健全问题整改销号制度，确保问题整改到位。"
    text = PROGRESS + f"1.针对“食品抽检覆盖面不足”的问题。\n整改情况:{measure}\n2.针对“投诉处置不及时”的问题。\n整改情况:{measure}\n"
    got = finding_codes(text)
    assert all("unverifiable_claim" in g for g in got)


def test_placeholders_group_per_finding_and_skip_footnotes() -> None:
    text = PROGRESS + "1.针对“违规发放补贴”的问题。\n整改情况:*名人员已将补贴*万元、**万元退回，XX单位完成整改。\n"
    _, a = run(text)
    hits = [h for h in a.findings[0].hits if h.code == "placeholder"]
    assert len(hits) == 1 and hits[0].detail["count"] == 4
    note = PROGRESS + "1.针对“违规发放补贴”的问题。\n整改情况:6名人员已将补贴1.32万元退回*。\n*注:数据截至6月30日。\n"
    _, a = run(note)
    assert not [h for fa in a.findings for h in fa.hits if h.code == "placeholder"] + [
        h for h in a.document_hits if h.code == "placeholder"]


def test_progress_item_needs_a_deadline_only_when_unfinished() -> None:
    done = PROGRESS + "1.针对“违规发放补贴”的问题。\n整改情况:6名人员已将补贴1.32万元全额退回。\n"
    open_ = PROGRESS + "1.针对“项目推进缓慢”的问题。\n整改情况:已拨付工程款1200万元，主体工程正在施工。\n"
    dated = PROGRESS + "1.针对“项目推进缓慢”的问题。\n整改情况:已拨付工程款1200万元，主体工程正在施工，2024年12月底前完工。\n"
    assert "missing_deadline" not in finding_codes(done)[0]
    assert "missing_deadline" in finding_codes(open_)[0]
    assert "missing_deadline" not in finding_codes(dated)[0]


def test_future_only_in_progress_reports() -> None:
    promise = PROGRESS + "1.针对“候车设施破损”的问题。\n整改情况:积极争取省级专项资金，力争2025年6月底前改造38个候车亭。\n"
    done = PROGRESS + "1.针对“候车设施破损”的问题。\n整改情况:已改造候车亭12个，下一步将积极争取资金改造其余26个。\n"
    assert "future_only" in finding_codes(promise)[0]
    assert "future_only" not in finding_codes(done)[0]


def test_money_finding_answered_only_by_rules_is_partial() -> None:
    rules_only = PROGRESS + "1.针对“违规发放审计补贴0.88万元”的问题。\n整改情况:修订完善财务管理制度，对相关人员进行批评教育。\n"
    recovered = PROGRESS + "1.针对“违规发放审计补贴0.88万元”的问题。\n整改情况:6人已将0.88万元全额退回国库，同时修订财务管理制度。\n"
    assert "partial_coverage" in finding_codes(rules_only)[0]
    assert "partial_coverage" not in finding_codes(recovered)[0]


def test_every_hit_is_exact_text() -> None:
    text = PROGRESS + "1.针对“问题整改形式主义”的问题。\n整改情况:杜绝了敷衍应付现象，确保各类问题彻底整改到位，\n试读结束\n"
    report, a = run(text)
    hits = [h for fa in a.findings for h in fa.hits] + a.document_hits
    assert {"truncated", "unverifiable_claim"} <= {h.code for h in hits}
    for h in hits:
        assert h.evidence and report.text[h.start : h.end] == h.evidence


@pytest.mark.parametrize(
    ("sentence", "contradiction"),
    [
        ("反馈的46个问题中已整改38个，整改率85%。", True),
        ("共排查隐患18处，其中一般隐患7处、较大隐患6处、重大隐患4处。", True),
        ("32个问题中，已完成整改28个，正在整改5个。", True),
        ("21条措施已落实18条，落实率86%。", False),  # rounded
        ("反馈问题1786个，已整改1691个，整改率94%。", False),  # truncated
        ("共查处18件，其中党纪处分7件、政务处分6件。", False),  # two parts may be a subset
        ("培训医生120余人，其中乡医60人、村医50人、护士30人。", False),  # 余: at least
        ("对2家机构追回费用，解除其中1家的协议；对87家机构开展检查。", False),  # another base
        ("指导5个县区建立办公室，基层诊疗量占比预计提高8个百分点，医保支出占比提高到9.26%。", False),
    ],
)
def test_sentence_arithmetic(sentence: str, contradiction: bool) -> None:
    from checker.analyse.sentence_numbers import sentence_problems

    assert bool(sentence_problems(C.v, sentence, 0, len(sentence), 2.0)) is contradiction


def test_contradiction_inside_a_measure_flags_that_finding() -> None:
    text = (
        PROGRESS
        + "1.针对“违规发放补贴”的问题。\n整改情况:6名人员已将补贴1.32万元全额退回。\n"
        + "2.针对“学校安全隐患排查不彻底”的问题。\n整改情况:46所学校中已整改38所，整改率85%。\n"
    )
    assert ["inconsistent_numbers" in codes for codes in finding_codes(text)] == [False, True]


def test_verb_before_a_unit_kind_is_not_a_named_unit() -> None:
    assert [m.kind for m in find_markers(C, "开展民营医院专项检查，督促存在问题的医院限期整改。")] == []
    assert [m.kind for m in find_markers(C, "督促李湖村卫生室限期整改")] == ["named_unit"]


def _objects(text: str) -> list[tuple[str, str]]:
    from checker.analyse.objects import finding_objects

    return [(o.kind, text[o.start : o.end]) for o in finding_objects(C, text, 0, len(text))]


def test_finding_objects_name_things_not_areas() -> None:
    objs = _objects("个别干部收受工程承包商礼品礼金，县中医院和城关镇卫生院违规出借资金80万元")
    found = {t for _, t in objs}
    assert {"承包商", "礼品", "礼金", "收受", "出借", "80万元"} <= found
    assert "工程" not in found  # an area, not the thing the finding is about
    assert ("unit", "城关镇卫生院") in objs


def test_abstract_finding_has_no_objects() -> None:
    assert _objects("管党治党宽松软，压力传导不够，主体责任落实不到位，作风不实") == []


def test_synonym_touches_object() -> None:
    from checker.analyse.objects import finding_objects, untouched

    text = "违规发放防暑降温费，健身器材损坏"
    objs = finding_objects(C, text, 0, len(text))
    assert untouched(objs, "12名干部已全额退回，对器械逐一维修") == []
    assert len(untouched(objs, "举办全民健身运动会")) == len(objs)


@pytest.mark.parametrize(
    ("finding", "measure", "fires"),
    [
        ("城区公园健身器材损坏无人维修", "举办全民健身运动会3场，参赛群众2000人次。", True),
        ("城区公园健身器材损坏无人维修", "对损坏的32件健身器材全部更换，建立巡检台账。", False),
        ("干部作风不实，担当意识不强", "开展作风专项督查12次，约谈干部9人。", False),
        ("收受工程承包商礼品礼金", "进一步提高政治站位，切实增强廉洁意识。", False),
    ],
)
def test_off_target_on_objects(finding: str, measure: str, fires: bool) -> None:
    text = f"{PROGRESS}1.针对“{finding}”的问题。\n整改情况:{measure}\n"
    assert ("off_target" in finding_codes(text)[0]) is fires


@pytest.mark.parametrize(
    ("measure", "fires"),
    [
        ("组织开展全县民营医院专项检查，力争年底前全部规范。", False),
        ("下一步将组织开展全县民营医院专项检查，力争年底前全部规范。", True),
        ("拟于明年开展民营医院专项检查。", True),
    ],
)
def test_future_only_needs_nothing_done_before_the_promise(measure: str, fires: bool) -> None:
    text = f"{PROGRESS}1.针对“民营医院监管不严”的问题。\n整改情况:{measure}\n"
    assert ("future_only" in finding_codes(text)[0]) is fires


def test_promises_only_touch_the_finding_generally() -> None:
    text = f"{PROGRESS}1.针对“民营医院监管不严”的问题。\n整改情况:下一步将对全县23家民营医院开展专项检查。\n"
    _, a = run(text)
    assert "future_only" in {h.code for h in a.findings[0].hits}
    assert a.findings[0].responsiveness == 1


@pytest.mark.parametrize(
    ("measure", "fires"),
    [
        ("修订《机关差旅费报销管理办法》，明确报销审核流程。", True),
        ("退回不合规报销4.2万元，并修订《机关差旅费报销管理办法》。", False),
    ],
)
def test_irregular_money_answered_only_by_a_rule_is_partial(measure: str, fires: bool) -> None:
    text = f"{PROGRESS}1.针对“差旅费报销审核不严，部分票据不合规”的问题。\n整改情况:{measure}\n"
    assert ("partial_coverage" in finding_codes(text)[0]) is fires


def test_sub_point_answered_through_its_own_object() -> None:
    text = (
        f"{PROGRESS}1、卫生监督缺位。一是对浩洋餐具清洗公司监督不到位，8名员工无有效健康证。"
        "二是城郊乡部分村卫生室存在非基药问题，屡改屡犯。\n"
        "整改进展情况：一是对浩洋餐具清洗公司责令停业整改，8名员工已全部办理健康证。"
        "二是没收非基药12种，对涉事村医约谈3人。\n"
    )
    assert "partial_coverage" not in finding_codes(text)[0]


@pytest.mark.parametrize(
    ("measure", "fires"),
    [
        ("对药品逐批登记，收回过期药品36盒。", True),
        ("对药品、耗材和医疗设备采购补充履行招标程序3批次。", False),
    ],
)
def test_listed_cases_acted_on_only_in_part(measure: str, fires: bool) -> None:
    text = f"{PROGRESS}1.针对“药品、耗材和设备采购管理混乱”的问题。\n整改情况:{measure}\n"
    assert ("partial_coverage" in finding_codes(text)[0]) is fires
