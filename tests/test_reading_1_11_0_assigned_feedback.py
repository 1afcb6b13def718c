"""Reading vocabulary 1.11.0: a reply to assigned problems, each block a 交办问题： line and a
反馈情况： line (labels in finding_labels and measure_labels_done), on text composed for the test;
1.10.0 reads it as before."""

from __future__ import annotations

from segment_support import assert_spans_exact, segment_text

from checker.vocabulary import load_vocabulary

ASSIGNED = """关于县河长办督查交办问题办理情况的反馈

县河长办：

9月份县级河长巡河向我镇交办问题3件，现将办理情况反馈如下：

【督办单第7号】
交办问题：青石溪镇区段左岸有餐厨垃圾倾倒，约5立方米。
交办时间：9月3日　　整改时限：9月10日前
反馈情况：9月5日组织环卫工人8人清运垃圾6车，并在岸边安装监控探头1个。

【督办单第8号】
交办问题：青石溪上游洗砂场沉淀池破损，泥浆水直排入溪。
交办时间：9月3日　　整改时限：9月30日前
反馈情况：已责令洗砂场停产，9月20日完成沉淀池修复，经镇环保办复查无泥浆外排。

【督办单第9号】
交办问题：镇级河长巡河记录缺8月份内容。
交办时间：9月12日　　整改时限：立行立改
反馈情况：已补齐8月份巡河记录4次，并指定专人每周核对。
"""


def test_each_assigned_problem_is_a_finding_answered_by_its_feedback() -> None:
    r = segment_text(ASSIGNED)
    assert_spans_exact(r)
    assert len(r.findings) == 3
    second = r.findings[1]
    assert "沉淀池破损" in second.finding.text
    assert second.measure is not None and "沉淀池修复" in second.measure.text
    assert r.findings[2].measure is not None and "补齐8月份巡河记录" in r.findings[2].measure.text


def test_vocabulary_1_10_0_reads_it_as_before() -> None:
    old = segment_text(ASSIGNED, vocabulary=load_vocabulary("1.10.0"))
    assert old.layout != "labeled"
    assert len(old.findings) != 3  # the blocks are not read one a finding
