"""Reading vocabulary 1.10.0: problems listed inside a paragraph (一是…四是…), then a lead-in answering
them that ends in a colon (针对以上问题，…现将整改情况报告如下：) over paragraphs numbered in sequence,
each taking up one problem by name ((一)关于…的问题。…): every paragraph of the run is the answer, paired
with the problem it names, and the run is no list of problems of its own (answer_lead_in_points); on
text composed for the test; 1.9.0 reads it as before."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

LETTER = """石桥社区关于物业管理督查反馈问题整改情况的报告

街道办事处：

2025年9月，街道组织对辖区各小区物业管理情况进行了督查。督查组指出我社区主要存在以下问题：一是小区消防通道被私家车占用，夜间尤为严重；二是业主委员会成立后一直没有开展活动，物业服务合同到期未续签；三是垃圾分类投放点设置不合理，两处投放点紧邻住户窗口；四是社区公示栏内容陈旧，2024年的收费标准仍在公示。

针对以上问题，社区党委于9月20日召开专题会议逐条研究，现将整改情况报告如下：

（一）关于消防通道被占用的问题。9月22日，社区联合物业在消防通道施划禁停标线120米，安装提示牌6块，对占道车辆逐一电话通知挪移。

（二）关于垃圾投放点设置的问题。经征求住户意见，9月25日将两处投放点迁至小区东门空地，原址已恢复绿化。

（三）关于公示栏内容陈旧的问题。社区已更换公示栏全部内容，明确由社区副主任每月更新一次。

下一步，社区将持续抓好整改落实，不断提升居民满意度。

石桥社区居民委员会
2025年9月30日
"""


def test_the_numbered_answers_pair_with_the_problems_they_name() -> None:
    r = segment_text(LETTER)
    assert r.layout == "paragraph_lists"
    assert len(r.findings) == 4
    assert "消防通道被私家车占用" in r.findings[0].finding.text
    measures = measure_texts(r)
    assert "施划禁停标线120米" in measures[0]
    assert measures[1] == ""  # 业主委员会: no paragraph takes it up
    assert "迁至小区东门空地" in measures[2]
    assert "每月更新一次" in measures[3]
    assert r.segmentation.confidence >= 0.62


def test_without_the_flag_or_with_vocabulary_1_9_0_it_reads_as_before() -> None:
    for v in (vocabulary_without("answer_lead_in_points"), load_vocabulary("1.9.0")):
        old = segment_text(LETTER, vocabulary=v)
        measures = measure_texts(old)
        assert not (len(old.findings) == 4 and measures[1] == "" and "迁至小区东门空地" in measures[2])
