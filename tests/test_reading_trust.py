"""Every item accounted for, and a confidence that means something: items at the findings' level
that are not findings are named with the reason, and a reading that leaves much unexplained is
trusted less (fitted weights, refused below the rubric's threshold)."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest
from segment_support import segment_text, vocabulary_without

from checker.errors import RubricError
from checker.models import Source
from checker.options import ReviewOptions
from checker.pipeline import review_source
from checker.renderers.structure import render_structure
from checker.rubric import load_rubric
from checker.segment import segment
from checker.vocabulary import TRUST_FEATURES, TrustWeights, load_vocabulary

ACCOUNTED = """县林业局关于巡察反馈问题整改情况的报告

一、整改工作总体情况
局党组召开专题会议5次，制定整改方案，明确责任领导和完成时限。
二、关于护林员管理不规范的问题
整改情况：已与38名护林员重新签订管护协议，每月考核一次。
三、关于生态补偿资金拨付滞后的问题
整改情况：已于2024年4月底前拨付滞后资金126万元。
四、关于林木采伐审批把关不严的问题
整改情况：已对2023年采伐审批逐件复查，撤销不合规审批2件。
五、下一步工作打算
持续巩固整改成果，建立长效机制。
"""


def test_items_not_read_as_findings_are_named_with_the_reason():
    r = segment_text(ACCOUNTED)
    assert len(r.findings) == 3
    assert [(n.text[:8], n.reason) for n in r.segmentation.not_findings] == [
        ("一、整改工作总体", "overview"), ("五、下一步工作打", "next_steps")
    ]
    assert "一、整改工作总体情况  → overview" in render_structure(r)
    assert r.segmentation.features["unexplained_items"] == 0.0


UNPAIRED_FIX = """某单位整改情况

一、存在问题
1.会议记录不完整。
2.档案管理混乱。
二、整改措施
1.已补齐2023年会议记录12次。
2.已对全部档案重新编目。
3.针对食堂账目不清的问题，已聘请会计重新建账。
"""
# a fix naming a problem the list does not hold is a finding of its own since vocabulary 1.11.0
# (named_fix_unlisted): these tests read the form as it was read before, unexplained
BEFORE_UNLISTED = vocabulary_without("named_fix_unlisted")


def test_a_fix_that_names_a_problem_no_finding_holds_is_unexplained():
    r = segment_text(UNPAIRED_FIX, vocabulary=BEFORE_UNLISTED)
    assert len(r.findings) == 2
    assert [(n.text[:4], n.reason) for n in r.segmentation.not_findings] == [("3.针对", "unexplained")]
    assert r.segmentation.features["unexplained_items"] > 0


def test_the_features_of_a_reading_are_the_trust_model_s():
    r = segment_text(UNPAIRED_FIX, vocabulary=BEFORE_UNLISTED)
    assert set(r.segmentation.features) == set(TRUST_FEATURES)
    assert all(0.0 <= value <= 1.0 for value in r.segmentation.features.values())


def test_the_trust_model_names_only_known_features():
    with pytest.raises(ValueError):
        TrustWeights(intercept=0.0, coefficients={"share_of_slogans": 1.0})
    v = load_vocabulary()
    assert set(v.weights.trust.coefficients) <= set(TRUST_FEATURES)


def test_trust_follows_the_fitted_weights():
    v = load_vocabulary()
    weights = v.weights.trust
    assert weights.coefficients, "the bundled vocabulary carries a fitted trust model"
    clean, patchy = segment_text(ACCOUNTED).segmentation, segment_text(UNPAIRED_FIX, vocabulary=BEFORE_UNLISTED).segmentation
    # the more a reading leaves unexplained or unpaired, the less it is trusted
    assert weights.coefficients["unexplained_items"] < 0 and weights.coefficients["without_measure"] < 0
    assert patchy.confidence < clean.confidence


def test_a_reading_below_the_threshold_is_refused_not_scored(monkeypatch):
    rubric = load_rubric(None)
    monkeypatch.setattr(type(rubric), "reading_vocabulary", lambda self: BEFORE_UNLISTED)
    threshold = rubric.flags["unsegmented"].params["min_confidence"]
    patchy = review_source(Source(path="u.txt", text=UNPAIRED_FIX, format="txt"), rubric, ReviewOptions())
    assert patchy.document.segmentation.confidence < threshold
    assert patchy.summary.verdict == "unreviewed" and patchy.summary.score is None
    assert [fl.code for fl in patchy.document_flags] == ["unsegmented"]
    clean = review_source(Source(path="a.txt", text=ACCOUNTED, format="txt"), rubric, ReviewOptions())
    assert clean.document.segmentation.confidence >= threshold and clean.summary.verdict != "unreviewed"


def test_not_findings_are_in_the_json_segmentation_block():
    review = review_source(Source(path="a.txt", text=ACCOUNTED, format="txt"), load_rubric(None), ReviewOptions())
    data = json.loads(review.model_dump_json())
    assert "not_findings" in data["document"]["segmentation"]
    for item in data["document"]["segmentation"]["not_findings"]:
        assert item["reason"] in {"overview", "next_steps", "causes", "safeguards", "requirements", "general_measure", "unexplained"}


def test_an_unknown_vocabulary_key_in_the_trust_block_is_an_error(tmp_path):
    from checker.vocabulary import DEFAULT_VOCABULARY, parse_vocabulary, vocabulary_path

    text = vocabulary_path(DEFAULT_VOCABULARY).read_text(encoding="utf-8").replace("coefficients = {", "coefficients = { made_up = 1.0,", 1)
    bad = tmp_path / "vocabulary-9.toml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(RubricError):
        parse_vocabulary(bad)


# What a reading tells of itself (vocabulary 1.3.0): composed texts, one form each.

UNREAD_MEASURES = """某中心关于接待工作问题的整改报告

一、整改背景
我中心高度重视接待工作整改。
二、存在问题
（一）接待标准执行不严格
1.超标准接待现象普遍存在。全年超标准接待12次。
2.陪同人员过多。平均每次陪同5人。
（二）费用管理不规范
1.费用报销不合规。缺少审批单据8张。
2.预算执行不严格。超预算支出率达24%。
三、整改措施
（一）完善制度建设
1.制定《接待管理办法》，明确接待标准、范围和程序。
2.建立接待审批
"""


def test_a_measures_section_the_reading_holds_nothing_of_is_unread():
    r = segment_text(UNREAD_MEASURES)
    assert len(r.findings) == 4 and all(f.measure is None for f in r.findings)
    assert r.segmentation.features["unread_measures"] == 1.0
    assert r.segmentation.confidence < 0.6  # refused: the fixes were there


def test_a_measures_section_whose_fixes_are_paired_is_read():
    r = segment_text(UNPAIRED_FIX, vocabulary=BEFORE_UNLISTED)
    assert r.segmentation.features["unread_measures"] == 0.0


LABEL_INSIDE = """某镇禁烧督查情况通报

一、存在问题
1.宣传氛围不够浓厚。
2.值守人员到位率不高。
3.看护人员值班不到位  三、工作要求  各村要加强检查，确保看护人员到岗到位。
"""


def test_a_problem_that_runs_on_into_a_requirements_heading_is_doubted():
    r = segment_text(LABEL_INSIDE)
    features = r.segmentation.features
    if any("工作要求" in f.finding.view for f in r.findings):
        assert features["labels_inside"] > 0.0
    else:  # read apart: nothing to doubt
        assert features["labels_inside"] == 0.0


def test_a_measure_label_at_the_start_of_a_problem_is_its_own():
    from checker.segment.weigh import self_doubts

    v = load_vocabulary()
    r = segment_text(ACCOUNTED)
    assert self_doubts(v, r.findings)["labels_inside"] == 0.0


def _finding(problem: str, measure: str | None) -> SimpleNamespace:
    """A stand-in for a finding: what self_doubts reads of one."""
    view = SimpleNamespace(view=measure) if measure is not None else None
    return SimpleNamespace(title=problem, finding=SimpleNamespace(view=problem, text=problem), measure=view)


def test_fixes_that_speak_of_another_finding_s_problem_are_crosswise():
    from checker.segment.weigh import self_doubts

    crossed = [
        _finding("窗口人员接待群众态度生硬。", "组织收费政策专题培训，人人过关考试。"),
        _finding("部分人员对新出台的收费政策理解不到位。", "将窗口接待态度纳入月度考评。"),
        _finding("办事流程环节多，材料重复提交。", "精简办事流程，取消重复提交的材料。"),
    ]
    assert abs(self_doubts(load_vocabulary(), crossed)["crosswise_fixes"] - 2 / 3) < 1e-9  # type: ignore[arg-type]


CONTENT_PAIRED = """某所关于自查问题的整改报告

一、存在问题
1.窗口人员接待群众态度生硬。
2.部分人员对新出台的收费政策理解不到位。
3.办事流程环节多，材料重复提交。
二、整改措施
1.组织收费政策专题培训，人人过关考试。
2.将窗口接待态度纳入月度考评。
3.精简办事流程，取消重复提交的材料。
"""


def test_fixes_paired_by_what_they_name_are_not_crosswise():
    r = segment_text(CONTENT_PAIRED)
    assert "态度" in r.findings[0].measure.view  # type: ignore[union-attr]
    assert r.segmentation.features["crosswise_fixes"] == 0.0


def test_a_fix_all_findings_share_is_not_crosswise():
    r = segment_text(ACCOUNTED)
    assert r.segmentation.features["crosswise_fixes"] == 0.0


def test_the_older_trust_models_do_not_weigh_the_new_features():
    new = {"unread_measures", "labels_inside", "crosswise_fixes"}
    for version in ("1.1.0", "1.2.0"):
        assert not new & set(load_vocabulary(version).weights.trust.coefficients)
    assert new <= set(load_vocabulary("1.3.0").weights.trust.coefficients)


def test_findings_too_short_to_state_a_fault_are_doubted():
    from checker.segment.weigh import self_doubts

    v = load_vocabulary()
    cells = [
        _finding("黄泥湖村：沿河路有两处成堆生活垃圾。", None),
        _finding("附件", None),
        _finding("单位名称", None),
        _finding("分  数", None),
    ]
    assert self_doubts(v, cells)["tiny_findings"] == 0.75  # type: ignore[arg-type]
    faults = [_finding("公共区域有多处生活垃圾散落。", None), _finding("账务处理不规范", None)]
    assert self_doubts(v, faults)["tiny_findings"] == 0.0  # type: ignore[arg-type]
    # an older vocabulary's trust does not weigh it
    assert "tiny_findings" not in load_vocabulary("1.2.0").weights.trust.coefficients


SELF_CHECK_NEXT_STEPS = """某局关于执法领域问题自查自纠情况的报告

一、自查发现的问题
1.抽查执行不严格。部分抽查对象由执法人员自行确定，未通过系统随机抽取。
2.行政处罚自由裁量不规范。同类违法行为处罚金额差异较大。
3.执法记录制度落实不到位。现场检查有执法记录仪视频的仅占41%。
二、下一步工作打算
（一）持续深化专项整治。对自查发现的问题建立台账，逐项推动整改。
（二）健全长效机制。进一步完善执法监督制度，规范自由裁量权行使。
"""


def test_the_next_steps_of_a_self_check_are_not_measures_left_unpaired():
    # a report of problems alone may close on its plans: no fix went unread
    r = segment_text(SELF_CHECK_NEXT_STEPS)
    assert len(r.findings) == 3 and all(f.measure is None for f in r.findings)
    assert r.segmentation.features["orphan_actions"] == 0.0
    old = segment(Source(path="a.txt", text=SELF_CHECK_NEXT_STEPS, format="txt"), vocabulary=load_vocabulary("1.2.0"))
    assert old.segmentation.features["orphan_actions"] > 0.0



UNITS_IN_PARAGRAPHS = """关于消防安全隐患检查情况的通报

近期，我局对辖区部分小区开展消防安全检查，发现隐患如下：
甲小区存在的隐患：仓库内违规停放电动车；室内消火栓被杂物遮挡；消防控制柜停用。
乙小区存在的隐患：消防控制室无人值班；疏散楼梯处堆放杂物；日常防火巡查不到位。
丙小区存在的隐患：消防电梯无法正常运行；排烟口不能正常运行；操作人员未持证上岗。
丁小区存在的隐患：部分烟感报警器防尘罩未摘除；应急照明灯未通电；楼道内停放电动车。
"""


def _cut_at(text: str, pieces: list[str]) -> list[SimpleNamespace]:
    """Stand-ins for findings that start where each piece does: what split_paragraphs reads."""
    return [SimpleNamespace(finding=SimpleNamespace(start=text.index(p))) for p in pieces]


def test_findings_cut_from_the_lists_of_several_paragraphs_are_doubted():
    from checker.segment import read_document
    from checker.segment.accounting import split_paragraphs
    from checker.segment.document import build_doc

    v = load_vocabulary()
    source = Source(path="a.txt", text=UNITS_IN_PARAGRAPHS, format="txt")
    doc = build_doc(source, read_document(source), v)
    text = doc.text
    pieces = [ln.split("：")[1].split("；")[k] for ln in text.splitlines() if "隐患：" in ln for k in range(2)]
    assert split_paragraphs(doc, _cut_at(text, pieces)) == 1.0  # type: ignore[arg-type]
    # a unit a finding, or one paragraph's list cut into findings: common, not doubted
    units = [ln for ln in text.splitlines() if "隐患：" in ln]
    assert split_paragraphs(doc, _cut_at(text, units)) == 0.0  # type: ignore[arg-type]
    assert split_paragraphs(doc, _cut_at(text, units[0].split("：")[1].split("；"))) == 0.0  # type: ignore[arg-type]
    assert split_paragraphs(doc, _cut_at(text, pieces[:6])) == 0.0  # type: ignore[arg-type]
    assert "split_paragraphs" not in load_vocabulary("1.2.0").weights.trust.coefficients
