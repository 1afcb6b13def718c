"""Reading vocabulary 1.10.0: lines opened by a list's dash (- …) right under a lead-in of problems are
those problems, numbered by position, each with what was done after it on the same line
(problem_dashes), on text composed for the test; 1.9.0 reads it as before."""

from __future__ import annotations

from segment_support import measure_texts, segment_text

from checker.vocabulary import load_vocabulary

DASHED = """社区卫生服务站自查整改情况报告

为规范服务站日常管理，我站于本月组织了一次全面自查，现将情况报告如下：
一、自查的主要内容
1. 药品管理
- 核对了药房药品的进货台账和有效期登记。
- 抽查了处方的书写和调配记录。
2. 院感防控
- 查看了医疗废物的分类和交接记录。
二、存在的问题及整改措施
经过自查，我们发现了以下几个方面的不足：
- 个别药品有效期登记不及时，已安排专人每周核对一次；
- 医疗废物交接记录填写不完整，已组织重新印制交接登记表；
- 候诊区宣传栏内容陈旧的问题正在通过更换宣传版面的方式逐步解决。
三、下一步打算
我站将巩固自查成果，持续提升服务质量。
"""


def test_each_dashed_line_is_a_problem_with_its_answer() -> None:
    r = segment_text(DASHED)
    assert len(r.findings) == 3
    assert "有效期登记不及时" in r.findings[0].finding.text
    assert "交接记录填写不完整" in r.findings[1].finding.text
    assert "宣传栏内容陈旧" in r.findings[2].finding.text
    measures = measure_texts(r)
    assert "安排专人每周核对" in measures[0] and "有效期" not in measures[0]
    assert "重新印制交接登记表" in measures[1]
    assert "更换宣传版面" in measures[2] and "宣传栏内容陈旧" not in measures[2]
    # the checks done above are no problems
    assert not any("核对了药房" in f.finding.text for f in r.findings)


def test_vocabulary_1_9_0_reads_it_as_before() -> None:
    old = segment_text(DASHED, vocabulary=load_vocabulary("1.9.0"))
    assert len(old.findings) == 3
    # each line read whole as its problem, what was done left inside it and no measure read
    assert "已安排专人每周核对" in old.findings[0].finding.text
    assert measure_texts(old) == ["", "", ""]
