"""Reading vocabulary 1.10.0: an inspection told in blocks its ordinal words open (首先，… 其次，…
最后，…), each what was checked, what was found (发现…) and what is to be done (我们将…): each block that
found a fault is a finding answered by the rest of its block, a block that found none is no finding
(ordinal_blocks), on text composed for the test; 1.9.0 reads it as before."""

from __future__ import annotations

from segment_support import measure_texts, segment_text

from checker.vocabulary import load_vocabulary

REPORT = """县农业农村局关于农资市场专项督查情况的汇报
近期，我局组织督查组对全县农资市场开展了专项督查，现将督查情况汇报如下：首先，督查组对农资经营门店的证照情况进行了检查。
经过逐店核查，发现部分门店经营许可证过期未换，存在无证经营等问题。
这些问题给农资质量安全带来隐患。
针对这一情况，我们将督促相关乡镇在11月底前完成证照清理，对无证门店依法查处。
其次，督查组对农药购销台账进行了抽查。
发现部分门店台账记录不全，存在进货来源不明等问题。
我们将组织执法人员开展台账专项检查，12月10日前全部整改到位。
最后，督查组对农资价格进行了调查。
发现全县农资价格总体平稳，群众反映良好。
我们将继续做好价格监测工作。
"""


def test_each_block_that_found_a_fault_is_a_finding_with_its_answer() -> None:
    r = segment_text(REPORT)
    assert r.layout == "ordinal_blocks"
    assert len(r.findings) == 2
    first, second = r.findings
    assert "经营许可证过期未换" in first.finding.text and "无证经营" in first.finding.text
    assert "台账记录不全" in second.finding.text
    measures = measure_texts(r)
    assert measures[0].startswith("针对这一情况") and "11月底前" in measures[0]
    assert "12月10日前" in measures[1]
    assert not any("价格" in f.finding.text for f in r.findings)


def test_vocabulary_1_9_0_reads_it_as_before() -> None:
    old = segment_text(REPORT, vocabulary=load_vocabulary("1.9.0"))
    assert old.layout != "ordinal_blocks"
    assert len(old.findings) == 4
