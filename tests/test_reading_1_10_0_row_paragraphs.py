"""Reading vocabulary 1.10.0: a table that lost its markup, its column names at the end of a line and
each row a paragraph opened by its number, is read row by row (row_paragraphs), on text composed for
the test: each numbered problem of a row is a finding of the row's place, a row with none is one
finding, and a problem closing on a bracket that tells what was done has it for its measure. 1.9.0
reads the table as before."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

TABLE = """发布：网友小李 2015-06-02
附件 城区环境卫生督查问题汇总表 序号 检查点位 存在问题 整改责任单位

1 东门路18号某某快餐店 后厨地面油污严重，垃圾桶未加盖.

区市场监管局

2 人民路与解放路交叉口某某商住楼工地

1、工地出入口未设置车辆冲洗设施;

2、围挡破损，多处广告脱落;

工地外道路有渣土撒漏. 区住建局

3 某某花园小区

1、小区内绿化带有居民种菜现象(现场督促物业已铲除);

2、楼道内堆放杂物，堵塞通道;

3、宣传栏内容过期未更换. 城东街道

4 火车站广场 出租车乱停乱放，占用人行道. 区交警大队
"""


def test_each_numbered_problem_of_a_row_is_a_finding() -> None:
    r = segment_text(TABLE)
    assert r.layout == "row_paragraphs"
    faults = [f.finding.text for f in r.findings]
    assert len(faults) == 7
    for fault, words in zip(
        faults, ("后厨地面油污", "车辆冲洗设施", "围挡破损", "居民种菜", "堆放杂物", "宣传栏内容过期", "出租车乱停乱放"),
        strict=True,
    ):
        assert words in fault
    # the unnumbered line after a numbered problem is part of it
    assert "渣土撒漏" in faults[2]
    assert r.findings[1].title == "人民路与解放路交叉口某某商住楼工地"


def test_a_bracket_telling_what_was_done_is_its_problems_measure() -> None:
    r = segment_text(TABLE)
    measures = measure_texts(r)
    assert measures[3] == "现场督促物业已铲除"
    assert "现场督促" not in r.findings[3].finding.text
    assert [m for i, m in enumerate(measures) if i != 3] == [""] * 6


def test_vocabulary_1_9_0_reads_the_table_as_before() -> None:
    for vocabulary in (load_vocabulary("1.9.0"), vocabulary_without("row_paragraphs")):
        r = segment_text(TABLE, vocabulary=vocabulary)
        assert (r.layout, len(r.findings)) == ("none", 0)
