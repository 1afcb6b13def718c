"""Reading vocabulary 1.10.0: items that lead with the act name their problem inside the sentence.
An item opening on the problem it answers (针对…的问题，学校… / 对于…的问题，我们将…) turns at that comma to
its answer, whoever acts (problem_named_lead); an item told as the writer's acts whose last clause names
the problem they solved (我们组织…，召开了…，解决了…的问题。) has that problem for its finding and the acts
for its measure (problem_named_last). On text composed for the test; 1.9.0 reads it as before."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

LEADS = """城关镇第二小学关于校园安全专项检查反馈问题整改情况的报告

县教育局：
2025年4月，县教育局安全检查组对我校开展了校园安全专项检查，反馈了4个方面问题。现将整改情况报告如下：

（一）针对教学楼二楼消防通道堆放课桌椅的问题，学校于4月15日将堆放的课桌椅全部清运至仓库，并在通道两端张贴了禁止堆放标识。

（二）针对门卫值班登记不完整的问题，我们要求门卫对所有来访人员逐一登记，总务处每周检查一次登记本。

（三）我们组织全体教职工开展了两次应急疏散演练，召开了安全工作专题会议，解决了部分教师不熟悉疏散路线的问题。

（四）对于食堂留样记录缺失的问题，学校将安排专人负责留样，下月起由总务主任每周核查留样记录。

下一步，学校将持续加强校园安全管理，巩固整改成果。

城关镇第二小学
2025年5月8日
"""


def test_items_that_lead_with_the_act_are_cut_at_the_problem_they_name() -> None:
    r = segment_text(LEADS)
    assert len(r.findings) == 4
    problems = [f.finding.text for f in r.findings]
    measures = measure_texts(r)
    assert "消防通道堆放课桌椅" in problems[0] and "清运至仓库" in measures[0]
    assert "清运" not in problems[0]
    assert "登记不完整" in problems[1] and "逐一登记" in measures[1]
    assert "不熟悉疏散路线" in problems[2] and "应急疏散演练" in measures[2]
    assert "解决了" not in measures[2]
    assert "留样记录缺失" in problems[3] and "安排专人负责留样" in measures[3]


def test_each_flag_reads_its_own_items() -> None:
    lead_only = segment_text(LEADS, vocabulary=vocabulary_without("problem_named_last"))
    assert len(lead_only.findings) == 4
    assert "清运至仓库" in measure_texts(lead_only)[0]
    assert "应急疏散演练" in lead_only.findings[2].finding.text and not measure_texts(lead_only)[2]
    last_only = segment_text(LEADS, vocabulary=vocabulary_without("problem_named_lead"))
    assert "应急疏散演练" in measure_texts(last_only)[2]
    assert "清运至仓库" in last_only.findings[0].finding.text and not measure_texts(last_only)[0]


def test_vocabulary_1_9_0_reads_it_as_before() -> None:
    old = segment_text(LEADS, vocabulary=load_vocabulary("1.9.0"))
    assert len(old.findings) == 3  # the item told as acts is no finding of its own
    assert not any("不熟悉疏散路线" in f.finding.text for f in old.findings)
