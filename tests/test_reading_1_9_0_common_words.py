"""Reading vocabulary 1.9.0: pairing leaves out the words every problem says (common_words_unshared), on
text composed for the test; with the flag off the general last requirement answers the problem left over."""

from __future__ import annotations

from segment_support import assert_spans_exact, segment_text, vocabulary_without

OLD = vocabulary_without("common_words_unshared", "last_fix_general_slight", "last_left_phrase")  # any reads it alone

BY_NAME = """关于城区环境卫生督查情况的通报

各社区：

9月18日，街道督查组对辖区环境卫生进行了督查，现将有关情况通报如下。

一、存在的问题

1.东门社区：菜市场周边垃圾桶满溢，后巷积存生活垃圾。

2.西湖社区：老旧小区楼道堆放杂物，影响通行。

3.北岭社区：背街小巷小广告较多，墙面张贴现象突出。

4.南塘社区：南塘路空地乱倒建筑垃圾约20立方米。

二、整改要求

（一）东门社区要增加菜市场周边垃圾清运频次，9月30日前清除后巷积存垃圾。

（二）西湖社区要在10月10日前完成楼道杂物清理。

（三）南塘社区要立即清运建筑垃圾，设置围挡。

（四）各社区要进一步提高思想认识，建立长效机制，确保辖区环境卫生持续改善。

某街道办事处
2025年9月20日
"""


def test_a_requirement_saying_only_what_every_problem_says_answers_none() -> None:
    r = segment_text(BY_NAME)
    assert_spans_exact(r)
    assert len(r.findings) == 4
    measures = [f.measure.text if f.measure is not None else "" for f in r.findings]
    assert "垃圾清运频次" in measures[0]
    assert "楼道杂物清理" in measures[1]
    assert measures[2] == ""  # 北岭社区: no requirement names it
    assert "清运建筑垃圾" in measures[3]
    assert not any("长效机制" in m for m in measures)


def test_without_the_flag_the_general_requirement_is_paired() -> None:
    r = segment_text(BY_NAME, vocabulary=OLD)
    assert any(f.measure is not None and "长效机制" in f.measure.text for f in r.findings)
