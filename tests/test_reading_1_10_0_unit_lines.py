"""Reading vocabulary 1.10.0: a notice told unit by unit (东湾社区：…；), some units' lines followed by a
line labelled as their problem (存在的问题：…), is read a unit an item: a unit with its labelled line,
or whose own line names a fault seen, is one problem; a unit only praised is none
(unit_lines_problem_labels; observed_fault: 成堆, 散落), on text composed for the test; 1.9.0 reads
it as before."""

from __future__ import annotations

from segment_support import assert_spans_exact, segment_text

from checker.vocabulary import load_vocabulary

UNITS = """关于城乡环境卫生交叉检查情况的通报

各社区：
6月12日，镇环卫办组织各社区环卫专干对辖区环境卫生进行了交叉检查，现将检查情况通报如下：

东湾社区：环境卫生整体较好，保洁制度落实到位。
西岭社区：主干道保洁及时，绿化带整洁；
存在的问题：农贸市场后侧有垃圾散落。
南山社区：背街小巷有三处成堆建筑垃圾，公厕无人打扫。
北塘社区：垃圾桶未按时清运，沿河步道有杂物堆放。
中心社区：环境卫生整体较好，门前三包落实较好。

镇环卫办
2024年6月14日
"""


def test_each_unit_with_a_fault_is_one_problem() -> None:
    r = segment_text(UNITS)
    assert_spans_exact(r)
    assert [f.finding.text[:4] for f in r.findings] == ["西岭社区", "南山社区", "北塘社区"]
    assert "农贸市场后侧有垃圾散落" in r.findings[0].finding.text
    assert all(f.measure is None for f in r.findings)
    assert not any("东湾社区" in f.finding.text or "中心社区" in f.finding.text for f in r.findings)


def test_vocabulary_1_9_0_reads_it_as_before() -> None:
    old = segment_text(UNITS, vocabulary=load_vocabulary("1.9.0"))
    assert [f.finding.text[:4] for f in old.findings] != ["西岭社区", "南山社区", "北塘社区"]
