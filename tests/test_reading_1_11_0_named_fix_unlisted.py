"""Reading vocabulary 1.11.0: a section of fixes headed as the work already done (二、已开展的整改工作) opens
the measures (pattern fix_heading), and a fix that opens on a problem no listed one shares words with
(针对…问题，…) is a finding of its own, not the answer of the listed problem of its number
(named_fix_unlisted), on text composed for the test; 1.10.0 reads it as before."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

UNLISTED = """某街道社区卫生服务站自查报告

根据区卫健局工作安排，我站对照服务规范开展了自查，现将有关情况报告如下：
一、自查发现的问题
1、候诊区座椅数量不足。高峰时段候诊群众较多，部分群众只能站立等候。
2、药品台账登记不及时。个别药品出入库记录滞后2至3天。
3、健康宣传栏内容陈旧。宣传栏内容仍为去年张贴的资料。
二、已开展的整改工作
1、新增候诊座椅20个，已于5月10日安装到位。
2、针对医疗废物暂存间标识缺失问题，我站已重新制作警示标识3块并张贴上墙。
"""


def test_a_fix_naming_a_problem_the_list_does_not_hold_is_a_finding_of_its_own() -> None:
    r = segment_text(UNLISTED)
    assert r.layout == "problems_then_fixes"
    assert len(r.findings) == 4
    assert "候诊区座椅" in r.findings[0].finding.text
    assert "新增候诊座椅" in measure_texts(r)[0]
    assert measure_texts(r)[1] == ""  # 药品台账: the fix numbered 2 names another problem
    last = r.findings[3]
    assert "医疗废物暂存间标识缺失" in last.finding.text
    assert last.measure is not None and last.measure.text.startswith("我站已重新制作")


def test_without_the_flag_the_fix_answers_the_problem_of_its_number() -> None:
    r = segment_text(UNLISTED, vocabulary=vocabulary_without("named_fix_unlisted"))
    assert len(r.findings) == 3
    assert "医疗废物" in measure_texts(r)[1]


def test_vocabulary_1_10_0_reads_it_as_before() -> None:
    old = segment_text(UNLISTED, vocabulary=load_vocabulary("1.10.0"))
    # 已开展的整改工作 heads no fixes: the fixes are read as items of their own, the problems left out
    assert old.layout == "headed_items"
    assert old.findings[0].finding.text.startswith("新增候诊座椅")
    assert not any("候诊区座椅数量不足" in f.finding.text for f in old.findings)
