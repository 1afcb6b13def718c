"""Reading vocabulary 1.10.0: items listed ahead in one sentence (存在以下三个问题：1、…2、…3、…), each told
again word for word under a heading of its own with its answer below (一、关于…问题。 / 今后…), are read
by the headings, each with the paragraph under it (previewed_list_apart), on text composed for the test;
1.9.0 reads it as before."""

from __future__ import annotations

from segment_support import measure_texts, segment_text

from checker.vocabulary import load_vocabulary

PREVIEWED = """关于审计发现问题整改情况的报告

  根据县审计局《2022年度预算执行情况审计报告》，我中心存在以下三个问题：1、关于差旅费报销审核不严问题。2、关于固定资产账实不符问题；3、关于严格执行政府采购程序的问题。对此，我中心立即组织财务人员开展了自查。整改情况如下：

  一、关于差旅费报销审核不严问题。

  我中心已对2022年度全部差旅费报销凭证逐笔复核，追回多报住宿费1260元，并修订了《差旅费管理办法》，明确由分管领导复审。

  二、关于固定资产账实不符问题。

  针对账面有、实物无的12台办公设备，我中心已于3月组织清查盘点，报经主管部门批准后核销，并建立资产卡片逐件登记。

  三、关于严格执行政府采购程序的问题

  今后，我中心将严格按照政府采购目录和限额标准组织采购，对达到限额的项目一律委托代理机构公开招标。
"""


def test_the_headings_are_the_items_and_the_list_ahead_names_them() -> None:
    r = segment_text(PREVIEWED)
    assert len(r.findings) == 3
    assert ["差旅费报销审核不严" in r.findings[0].finding.text, "账实不符" in r.findings[1].finding.text,
            "政府采购程序" in r.findings[2].finding.text] == [True, True, True]
    measures = measure_texts(r)
    assert "追回多报住宿费1260元" in measures[0]
    assert "核销" in measures[1]
    assert "委托代理机构公开招标" in measures[2]
    assert all("立即组织财务人员" not in m for m in measures)


def test_vocabulary_1_9_0_reads_it_as_before() -> None:
    old = segment_text(PREVIEWED, vocabulary=load_vocabulary("1.9.0"))
    assert all("追回多报住宿费1260元" not in m for m in measure_texts(old))  # the list ahead was read instead
