"""Any text segments without crashing and with exact spans; documents of many findings stay fast."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st
from segment_support import segment_text

FRAGMENTS = [
    "一、", "（一）", "(二)", "1.", "2、", "10、", "问题1:", "(1)", "①", "一是", "二是", "第一，",
    "整改情况：", "整改措施:", "整改进展情况：", "责任领导:、", "责任单位：办公室", "整改时限：", "完成情况：已完成",
    "关于“", "”的整改情况", "针对“", "”的问题。", "方面", "。", "；", "，", "\n", "\n\n", "\t", " ", "\u3000",
    "试读结束", "联系电话：123", "上一篇：x", "2024年1月1日", "已整改完成7个", "整改率86%", "反馈的10个问题",
    "三、存在的问题", "四、整改措施", "由办公室负责", "6月底前完成", "加强学习", "abc", "*", "XX局党组", "\ufeff",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=60))
def test_any_fragment_soup_segments_with_exact_spans(parts):
    report = segment_text("".join(parts))
    assert [f.index for f in report.findings] == list(range(1, len(report.findings) + 1))


def test_a_thousand_findings_segment_in_linear_time():
    unit = "{n}.针对“第{n}项问题整改不到位”的问题。\n整改情况：一是完成整改{n}项。二是建立制度1项。\n"
    text = "二、整改落实情况\n" + "".join(unit.format(n=n) for n in range(1, 1000))
    start = time.perf_counter()
    report = segment_text(text)
    assert len(report.findings) == 999
    assert all(len(f.measures) == 2 for f in report.findings)
    assert time.perf_counter() - start < 10
