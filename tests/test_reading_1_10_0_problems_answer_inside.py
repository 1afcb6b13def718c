"""Reading vocabulary 1.10.0: a revisit's report whose second section lists problems newly found (二、
复查中新发现的问题, numbered from one again), each answered in its own paragraph, with no measures section
after it: each item is a finding with its answer (problems_answer_inside), on text composed for the test;
1.9.0 reads it as before."""

from __future__ import annotations

from segment_support import segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

REVISIT = """石桥社区关于安全隐患整改“回头看”情况的报告

街道办事处：

社区于9月10日对上次检查发现的问题进行了回头看，现将情况报告如下：

一、原有问题整改情况
1.原问题：3号楼消防通道被电动车占用。
当时处理：清理电动车12辆，划设禁停标线。
复查情况：通道畅通，未发现反弹。
2.原问题：活动室灭火器过期2具。
当时处理：更换灭火器2具。
复查情况：灭火器压力正常。

二、回头看中新发现的问题
1.5号楼地下室堆放纸箱杂物，没有清理。已要求物业9月15日前清运完毕，并纳入每周巡查。
2.社区充电桩处缺少消防沙箱。社区将于本月底前购置沙箱2个。

三、存在的困难
社区专职人员少，巡查力量不足。
"""


def test_the_new_problems_are_read_with_their_own_answers() -> None:
    r = segment_text(REVISIT)
    assert len(r.findings) == 4
    third, fourth = r.findings[2], r.findings[3]
    assert "堆放纸箱杂物" in third.finding.text
    assert third.measure is not None and third.measure.text.startswith("已要求物业")
    assert "缺少消防沙箱" in fourth.finding.text
    assert fourth.measure is not None and "购置沙箱2个" in fourth.measure.text


def test_without_the_flag_the_new_problems_are_left_out() -> None:
    for v in (vocabulary_without("problems_answer_inside"), load_vocabulary("1.9.0")):
        old = segment_text(REVISIT, vocabulary=v)
        assert len(old.findings) == 2
