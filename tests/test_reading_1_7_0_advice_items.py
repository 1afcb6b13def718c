"""Reading vocabulary 1.7.0: a list of shortcomings under a heading that names what is to be improved,
each item saying what should be done, on text composed for the test; read as before without the flag."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

ADVICE = """关于档案室季度检查情况的通报

10月9日，办公室组织对各科室档案管理进行了季度检查，现将检查情况通报如下。
一、检查范围
本次检查覆盖6个科室的档案柜及电子档案系统，检查内容包括归档及时性、目录完整性和保管条件。
二、总体评价
各科室均能按要求开展归档工作，纸质档案摆放整齐，电子档案备份正常。
本次检查发现的主要不足及需要改进之处：
1、财务科历年凭证装订册的存放位置应重新登记编号。
2、人事科借出的档案应在归还后当日复核入柜。
3、各科室过期的移动硬盘应统一交信息中心销毁。
4、加强对临时聘用人员的档案查阅审批。

办公室
2025年10月10日
"""


def test_items_under_an_advice_heading_are_their_own_measures():
    r = segment_text(ADVICE)
    assert [f.finding.text[:4] for f in r.findings] == ["财务科历", "人事科借", "各科室过", "加强对临"]
    assert r.findings[0].finding.text.endswith("存放位置")
    measures = measure_texts(r)
    assert measures[0].startswith("应重新登记编号")
    assert measures[2].startswith("应统一交信息中心销毁")
    assert "档案查阅审批" in measures[3]  # opening on the act, the whole item is its measure


def test_without_the_flag_the_items_have_no_measure():
    r = segment_text(ADVICE, vocabulary=vocabulary_without("advice_heading_items"))
    assert len(r.findings) == 4
    assert all(f.measure is None for f in r.findings)


def test_a_problems_heading_alone_gives_its_items_no_measure():
    # 存在的主要问题 names no improvement: a sentence with 应 there states the fault it breaks
    r = segment_text(ADVICE.replace("本次检查发现的主要不足及需要改进之处：", "本次检查发现的主要问题："))
    assert all(f.measure is None for f in r.findings)


def test_items_mostly_stating_faults_keep_no_measure():
    faults = ADVICE.replace("存放位置应重新登记编号", "存放位置未登记编号").replace(
        "应在归还后当日复核入柜", "归还后未复核入柜"
    ).replace("应统一交信息中心销毁", "未统一销毁")
    r = segment_text(faults)
    assert all(f.measure is None for f in r.findings)


def test_an_item_opening_on_an_act_it_failed_is_a_fault():
    # 规范化管理不到位 opens as an act would, but states the fault: no measure of its own
    r = segment_text(ADVICE.replace("加强对临时聘用人员的档案查阅审批", "规范临时聘用人员档案查阅审批不到位"))
    assert r.findings[3].measure is None
    assert measure_texts(r)[0].startswith("应重新登记编号")
