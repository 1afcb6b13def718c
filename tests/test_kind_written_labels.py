"""The document kind is not told by a measure label no one wrote: an audit notice whose requirements
follow each problem with no label is judged as the plan of requirements it is."""

from __future__ import annotations

from segment_support import segment_text

from checker.vocabulary import Vocabulary, load_vocabulary

AUDIT_REQUIREMENTS = """（2024年公告第5号）
根据审计法的规定，县审计局对全县学校食堂资金管理使用情况进行了专项审计调查，现将审计调查结果公告如下：
一、基本情况
2023年上级下达专项资金共计1200万元。
二、审计发现的主要问题
一是超范围支付食堂人员工资。二是伙食费收费未履行审批手续。三是食材验收签字流于形式。四是部分学校仍供应深加工食品。五是食堂账务未单独核算。
三、审计处理情况及建议
对超范围支付食堂人员工资的问题，要求教育局会同财政局对所需资金进行测算，按程序报批。对伙食费收费未履行审批手续的问题，要求各学校按程序报批后收费，据实结算。对食材验收签字流于形式的问题，要求教育局强化验收管理，落实双人验收。对部分学校仍供应深加工食品的问题，要求教育局督促学校停止采购深加工食品。对食堂账务未单独核算的问题，要求各学校设立食堂专账，单独核算。
县审计局
2024年11月29日
"""


def _labels_counted_anywhere() -> Vocabulary:
    v = load_vocabulary()
    kind = v.weights.kind.model_copy(update={"written_labels_only": False})
    return v.model_copy(update={"weights": v.weights.model_copy(update={"kind": kind})})


def test_requirements_under_no_written_label_make_a_plan() -> None:
    r = segment_text(AUDIT_REQUIREMENTS)
    assert len(r.findings) == 5
    assert all(m is not None and m.text.startswith("要求") for m in (f.measure for f in r.findings))
    assert r.kind == "plan"
    old = segment_text(AUDIT_REQUIREMENTS, vocabulary=_labels_counted_anywhere())
    assert old.kind != "plan"
