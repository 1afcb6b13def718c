"""The document kind from what the text writes: an audit notice whose requirements follow each problem
with no label is judged as the plan of requirements it is, and a title a page sets in 【】 at the head
of its first paragraph is weighed as a title."""

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


def _kind_flag_off(flag: str) -> Vocabulary:
    v = load_vocabulary()
    kind = v.weights.kind.model_copy(update={flag: False})
    return v.model_copy(update={"weights": v.weights.model_copy(update={"kind": kind})})


def test_requirements_under_no_written_label_make_a_plan() -> None:
    r = segment_text(AUDIT_REQUIREMENTS)
    assert len(r.findings) == 5
    assert all(m is not None and m.text.startswith("要求") for m in (f.measure for f in r.findings))
    assert r.kind == "plan"
    old = segment_text(AUDIT_REQUIREMENTS, vocabulary=_kind_flag_off("written_labels_only"))
    assert old.kind != "plan"


BRACKET_TITLED = """【食堂卫生整改报告】为进一步规范学校食堂管理，根据上级检查通知精神，我校对食堂进行全面自查，现将相关情况汇报如下：
一、存在的问题
1.食堂操作间地面油污较多，清洁不及时。
2.食品留样记录不完整，部分餐次未留样。
二、整改措施
1.已于5月10日更换操作间防滑地砖，安排专人每餐后清洁。
2.已补齐留样柜，5月12日起每餐留样并由食堂管理员签字登记。
"""


def test_a_title_in_brackets_at_the_head_of_the_first_paragraph_tells_the_kind() -> None:
    r = segment_text(BRACKET_TITLED)
    assert len(r.findings) == 2
    assert r.kind == "progress_report"
    assert segment_text(BRACKET_TITLED, vocabulary=_kind_flag_off("bracket_title")).kind != "progress_report"


SELF_CHECK_RECTIFIED = """学校食堂安全自查整改报告

为落实食品安全主体责任，我校对食堂开展了全面自查。
一、存在的问题
1.部分食品原料未分类存放。
2.从业人员晨检记录不全。
二、整改措施
1.增设货架，生熟原料分区存放。
2.补全晨检记录，由食堂管理员每日核对签字。
"""


def test_a_self_check_title_that_reports_its_rectification_is_a_progress_report() -> None:
    assert segment_text(SELF_CHECK_RECTIFIED).kind == "progress_report"
    assert segment_text(SELF_CHECK_RECTIFIED, vocabulary=_kind_flag_off("self_check_rectified")).kind != "progress_report"
