"""Reading vocabulary 1.11.0: a page that lost its breaks glues a list's first item to the heading
of problems before it ((二)检查发现的问题1.制度层面…) and each area's name to its first item's title
(1.制度层面台账记录不全：…；…): the 1. opens the run its 2. and 3. continue (list_glued_first; pattern
list_glued_heading) and the area's clauses are its findings (pattern list_group_glued), on text
composed for the test; 1.10.0 reads it as before."""

from __future__ import annotations

from segment_support import assert_spans_exact, segment_text

from checker.vocabulary import load_vocabulary

GLUED = (
    "信息系统安全检查整改报告"
    "\n\n"
    "一、单位信息系统安全检查整改报告(以某区档案馆为例)(一)检查情况区档案馆于今年三月接受信息系统安全检查，"
    "检查范围包括数字档案系统、门户网站和办公终端共60台。(二)检查发现的问题1.制度层面台账记录不全：机房巡检"
    "记录缺少今年一月至二月的内容；备份策略缺失：数字档案系统未制定异地备份方案，仅在本机保存副本。2.执行层面"
    "账号管理混乱：两名调离人员的系统账号仍未停用，共用管理员口令的情况仍然存在；终端补丁更新滞后：12台办公"
    "终端的操作系统补丁超过半年未更新。3.意识层面部分职工随意使用个人U盘拷贝档案数据。(三)整改措施\n"
)


def test_the_glued_list_and_its_areas_are_read() -> None:
    r = segment_text(GLUED)
    assert_spans_exact(r)
    texts = [f.finding.text for f in r.findings]
    assert len(texts) == 5
    for k, key in enumerate(("台账记录不全", "备份策略缺失", "账号管理混乱", "终端补丁更新滞后", "个人U盘")):
        assert key in texts[k]
    assert "制度层面" not in texts[0]


def test_vocabulary_1_10_0_reads_it_as_before() -> None:
    old = segment_text(GLUED, vocabulary=load_vocabulary("1.10.0"))
    assert len(old.findings) == 2  # the first sentence only, its first clause glued to the heading
