"""Reading vocabulary 1.11.0: a weekly progress report's 本周进展： labels an item's measure as 整改进展：
does, so the sentences before it stay the problem's own (words measure_labels_done), on text composed
for the test; 1.10.0 reads it as before."""

from __future__ import annotations

from segment_support import assert_spans_exact, segment_text

from checker.vocabulary import load_vocabulary

WEEKLY = """柳溪县水利局审计整改工作周报
（第3期　2025年6月9日—6月15日）

县审计局：
审计指出我局问题3个，截至本周，已完成整改1个，正在推进2个。现将本周进度报告如下：

一、本周工作概况
6月10日召开整改调度会1次。

二、问题整改进度
问题1：小型水库维修资金闲置。2024年下达维修资金580万元，至2025年3月仍有210万元未使用。
本周进展：6月12日支付东坑水库维修工程款160万元，剩余50万元待竣工验收后支付。
下周计划：组织东坑水库竣工验收。
责任人：规划财务股　陈立　　计划完成时间：2025年7月31日　　状态：推进中

问题2：河道采砂监管不到位。全年巡查记录缺失4个月，2处非法采砂点未及时查处。
本周进展：补建巡查台账，对2处采砂点立案查处，罚款共3.5万元。
下周计划：无。
状态：已完成

问题3：农村饮水工程水质检测频次不足。12处集中供水工程中有5处未按季度检测。
本周进展：委托县疾控中心对5处工程补检，已完成3处。
下周计划：6月20日前完成其余2处检测。
责任人：农村水利股　吴峰　　计划完成时间：2025年6月20日　　状态：推进中

三、存在的困难
部分工程验收资料不全。
"""


def test_the_sentences_before_the_weekly_label_are_the_problem() -> None:
    r = segment_text(WEEKLY)
    assert_spans_exact(r)
    assert len(r.findings) == 3
    first = r.findings[0]
    assert "210万元未使用" in first.finding.text
    assert first.measure is not None and "支付东坑水库维修工程款160万元" in first.measure.text
    assert "210万元未使用" not in first.measure.text
    third = r.findings[2]
    assert "5处未按季度检测" in third.finding.text
    assert third.measure is not None and "补检" in third.measure.text


def test_vocabulary_1_10_0_reads_it_as_before() -> None:
    old = segment_text(WEEKLY, vocabulary=load_vocabulary("1.10.0"))
    assert len(old.findings) == 3
    first = old.findings[0]
    assert "210万元未使用" not in first.finding.text  # the detail sentence is read as the measure
    assert first.measure is not None and "210万元未使用" in first.measure.text
