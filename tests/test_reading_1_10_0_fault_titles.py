"""Reading vocabulary 1.10.0: numbered titles that name a fault themselves (1.门禁系统管理不严) over
unnumbered lines, each a problem's detail, are one finding each, the lines its sub-points; the next
title's words (3.监控设备存在隐患) do not open a section of their own (fault_title_holds_lines), on
text composed for the test; 1.9.0 reads it as before."""

from __future__ import annotations

from segment_support import assert_spans_exact, segment_text

from checker.vocabulary import load_vocabulary

TITLED = """校园安防系统自查报告

一、基本情况
本校共有教学楼3栋，安装监控摄像头64个，门禁通道6处，由保卫科统一管理。

二、自查发现的问题
（一）主要隐患问题
1.门禁系统管理不严
部分通道门禁长期处于常开状态，外来人员可随意进出。
门禁卡发放没有登记台账，离职人员的卡未及时注销。
2.值守制度落实不到位
夜间值班人员脱岗现象时有发生，交接班记录填写不完整。
节假日值守安排未报备，个别时段无人值守。
3.监控设备存在隐患
部分摄像头画面模糊，北侧围墙存在监控盲区。
录像存储时间不足30天，不符合有关规定。
"""

TITLES = ("门禁系统管理不严", "值守制度落实不到位", "监控设备存在隐患")


def test_each_fault_title_is_one_finding_with_its_lines() -> None:
    r = segment_text(TITLED)
    assert_spans_exact(r)
    assert len(r.findings) == 3
    for f, title in zip(r.findings, TITLES, strict=True):
        assert title in f.finding.text
        assert f.measure is None
    assert "离职人员的卡未及时注销" in r.findings[0].finding.text
    assert "监控盲区" in r.findings[2].finding.text
    assert "不符合有关规定" in r.findings[2].finding.text


def test_vocabulary_1_9_0_reads_it_as_before() -> None:
    old = segment_text(TITLED, vocabulary=load_vocabulary("1.9.0"))
    assert len(old.findings) != 3  # each line a finding of its own, the last title a section
    assert not any(TITLES[0] in f.finding.text and "离职人员" in f.finding.text for f in old.findings)
