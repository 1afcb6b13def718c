"""Reading vocabulary 1.10.0: a page that starts mid-document on a list's first item (1、…), its items
numbered on in sequence, each over unnumbered lines of its faults, up to a heading of problems numbered
on ((二)…存在的问题): the first group's heading was on the page before, and its items are problems
whatever words of problems they hold (headless_first_group), on text composed for the test; 1.9.0
reads it as before."""

from __future__ import annotations

from segment_support import segment_text

from checker.vocabulary import load_vocabulary

PAGE = """1、食品安全管理不到位。
食品留样记录不全，部分留样未标注日期。
后厨生熟案板混用。
从业人员健康证过期未及时更新。
2、宿舍管理存在的问题部分宿舍私拉电线。
宿舍楼消防通道堆放杂物。
夜间值班记录不连续。
3、校车管理方面的问题。
校车随车照管人员培训不足。
(二)教学管理方面存在的问题
1、部分教师教案书写不规范，备课不充分。
作业批改不及时，个别班级作业量偏大。
2、实验室管理制度落实不到位。
实验器材借还登记不全。
"""


def test_the_items_before_the_second_group_are_its_sibling_s_problems() -> None:
    r = segment_text(PAGE)
    assert len(r.findings) == 5
    first, second, third = r.findings[:3]
    assert first.finding.text.startswith("食品安全管理不到位")
    assert "健康证过期" in first.finding.text
    assert "宿舍私拉电线" in second.finding.text and "值班记录不连续" in second.finding.text
    assert "照管人员培训不足" in third.finding.text
    assert "实验器材借还登记不全" in r.findings[4].finding.text


def test_vocabulary_1_9_0_reads_it_as_before() -> None:
    old = segment_text(PAGE, vocabulary=load_vocabulary("1.9.0"))
    assert not any("食品安全管理不到位" in f.finding.text for f in old.findings)
