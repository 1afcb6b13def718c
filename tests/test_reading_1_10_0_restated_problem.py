"""Reading vocabulary 1.10.0: a finding that is its title alone over a paragraph telling the problem
again as the inspecting body stated it (审计指出，…) and then answering it (对此，… / 目前已…): the
restatement is the finding's, the answer its measure (title_restated_problem), on text composed for the
test; 1.9.0 reads it as before."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

RESTATED = """关于县审计局审计发现问题整改情况的报告

县审计局：

现将我中心整改情况报告如下。

一、审计发现问题整改情况

（一）关于政府采购程序不规范问题
审计指出，2024年中心采购办公家具2批次（合计12.6万元）未按规定公开招标，直接指定供应商。对此，中心于9月3日召开主任办公会，对2批次采购逐项说明，修订印发《中心政府采购内部管理办法》，明确5万元以上采购一律公开招标。

（二）关于固定资产账实不符问题
审计指出，中心有电脑、打印机等设备23台已报废未核销，账面多计资产9.8万元。目前已按程序报县财政局审批，核销资产9.8万元。

（三）关于公务用车管理不严格问题
审计指出，2辆公务用车出车登记不全，3月至5月有14次出车无审批记录。对此，中心重新制定车辆使用登记制度，由办公室每月核对出车记录。

二、下一步工作打算

持续巩固整改成果，防止问题反弹。
"""


def test_the_restatement_joins_its_title_and_the_answer_is_the_measure() -> None:
    r = segment_text(RESTATED)
    assert len(r.findings) == 3
    first, second, third = r.findings
    assert "未按规定公开招标" in first.finding.text and "政府采购程序不规范" in first.finding.text
    assert first.title is not None and "审计指出" not in first.title
    assert first.measure is not None and first.measure.text.startswith("对此")
    assert "账面多计资产9.8万元" in second.finding.text
    assert second.measure is not None and second.measure.text.startswith("目前已")
    assert "14次出车无审批记录" in third.finding.text
    assert all("审计指出" not in m for m in measure_texts(r))


def test_without_the_flag_the_restatement_stays_in_the_measure() -> None:
    for v in (vocabulary_without("title_restated_problem"), load_vocabulary("1.9.0")):
        old = segment_text(RESTATED, vocabulary=v)
        assert len(old.findings) == 3
        assert "未按规定公开招标" not in old.findings[0].finding.text
        assert old.findings[0].measure is not None and old.findings[0].measure.text.startswith("审计指出")
