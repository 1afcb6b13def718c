"""Reading vocabulary 1.10.0: a count of the problems in the opening (指出了4个方面的问题) holds over the
sections before their list (一、整改目标 … 二、问题及整改措施), so that each of the items counted is a
problem answered by what follows it, whatever words either uses (announced_count_carried); on text
composed for the test; 1.9.0 reads it as before."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

PLAN = """青石镇小微企业安全隐患整改方案

3月下旬，县应急管理局对我镇小微企业开展了安全生产检查，并下发了检查意见书，指出了4个方面的问题。现制定整改方案如下。

一、整改目标
5月底前，检查发现的隐患全部整改到位。

二、问题及整改措施
（一）镇工业园区7家小作坊未配备灭火器，电线私拉乱接。由镇安监办牵头，供电所配合，4月20日前督促7家作坊配齐灭火器、规范线路。责任人：安监办主任周立。
（二）部分企业安全生产台账缺失，隐患排查记录不全。由镇经发办负责，4月30日前指导企业补建台账，每月抽查一次。
（三）镇农贸市场疏散通道被摊位占用，消防车通行不畅。由镇市场监管所负责，逐步清理占道摊位。
（四）部分家庭作坊员工安全意识淡薄，操作时不戴防护用品。各村要高度重视，切实加强安全宣传教育。

三、保障措施
（一）加强组织领导。成立由镇长任组长的整改工作领导小组。
（二）强化督查问责。镇纪委对整改情况进行跟踪督查。

青石镇人民政府
2025年4月2日
"""


def test_the_opening_count_names_every_item_of_the_list_a_problem() -> None:
    r = segment_text(PLAN)
    assert len(r.findings) == 4
    assert "被摊位占用" in r.findings[2].finding.text
    assert "意识淡薄" in r.findings[3].finding.text
    measures = measure_texts(r)
    assert measures[2].startswith("由镇市场监管所负责")
    assert measures[3].startswith("各村要高度重视")
    assert all("领导小组" not in m for m in measures)
    assert r.segmentation.confidence >= 0.62


def test_without_the_flag_or_with_vocabulary_1_9_0_the_list_reads_as_before() -> None:
    before = segment_text(PLAN, vocabulary=vocabulary_without("announced_count_carried"))
    assert len(before.findings) < 4
    old = segment_text(PLAN, vocabulary=load_vocabulary("1.9.0"))
    assert len(old.findings) < 4
