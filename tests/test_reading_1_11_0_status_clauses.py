"""Reading vocabulary 1.11.0: a revisit told in clauses at ；, each a site with what was wrong there and
how it stands now (已清理 / 仍存在), is read a clause a finding, the part that acts its measure
(status_clauses), on text composed for the test; 1.10.0 reads it as before."""

from __future__ import annotations

from segment_support import assert_spans_exact, segment_text

from checker.vocabulary import load_vocabulary

REVISIT = """城区背街小巷整治回头看情况

6月3日，街道办会同城管中队对上月交办的背街小巷问题整改情况进行了回访。回访结果：东风巷路面坑洼已修复，\
沿街乱挂横幅已清除，但仍有车辆占道停放；光明路口废品收购点乱堆乱放未整改；新华里楼道杂物已清理；\
桥头菜市场周边污水外溢现象仍存在；育才巷绿化带内建筑垃圾已清运，但破损护栏尚未更换。
"""

REPLY = """网友您好！

我社区接到反映后立即会同物业进行了核实，现将处理情况回复如下：小区北门外堆放的是装修户的装修垃圾。\
因装修尚未结束，垃圾量不足一车，暂未外运，已用防尘网覆盖；关于3号楼下的废旧家具，因回收车辆排期较满，\
已集中码放，目前正在进行清理；健身区的落叶已清理干净。

阳光社区居委会
2024年4月9日
"""

STORY = """社区开展环境卫生大扫除

4月2日，社区组织志愿者开展大扫除活动。大家分工协作，已清理楼道杂物二十余处；随后又来到小区花园，\
拔除杂草、捡拾垃圾。活动结束后，社区对志愿者表示感谢。
"""


def test_each_clause_is_a_finding_its_acting_part_the_measure() -> None:
    r = segment_text(REVISIT)
    assert_spans_exact(r)
    assert r.layout == "status_clauses"
    assert len(r.findings) == 5
    first, second, fifth = r.findings[0], r.findings[1], r.findings[4]
    assert "东风巷路面坑洼" in first.finding.text and "仍有车辆占道停放" in first.finding.text
    assert first.measure is not None and first.measure.text.endswith("沿街乱挂横幅已清除")
    assert "占道停放" not in first.measure.text
    assert second.measure is None  # only still open: no measure
    assert r.findings[3].measure is None
    assert fifth.measure is not None and "建筑垃圾已清运" in fifth.measure.text
    assert "护栏" not in fifth.measure.text


def test_after_a_lead_in_the_first_clause_starts_at_the_colon() -> None:
    r = segment_text(REPLY)
    assert_spans_exact(r)
    assert r.layout == "status_clauses"
    assert len(r.findings) == 3
    first = r.findings[0]
    assert "装修垃圾" in first.finding.text
    assert first.measure is not None and "已用防尘网覆盖" in first.measure.text
    assert "装修垃圾" not in first.measure.text
    assert r.findings[1].measure is not None and "目前正在进行清理" in r.findings[1].measure.text
    assert "网友您好" not in " ".join(f.finding.text for f in r.findings)


def test_a_story_with_one_done_clause_is_no_such_list() -> None:
    r = segment_text(STORY)
    assert r.layout != "status_clauses"


def test_vocabulary_1_10_0_reads_them_as_before() -> None:
    old = load_vocabulary("1.10.0")
    for text in (REVISIT, REPLY):
        r = segment_text(text, vocabulary=old)
        assert r.layout != "status_clauses"
        assert not r.findings
