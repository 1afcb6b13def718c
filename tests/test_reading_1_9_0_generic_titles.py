"""Reading vocabulary 1.9.0: a reading whose findings are all titled by the problems in general and their
rectification doubts itself (generic_titles_doubt), on text composed for the test."""

from __future__ import annotations

from segment_support import segment_text, vocabulary_without

OLD = vocabulary_without("generic_titles_doubt")
THRESHOLD = 0.62  # the trust under which a reading is refused

SECTIONS = """某公司关于经济责任审计整改情况的公告

市审计局于2024年对我公司前任总经理任期经济责任履行情况进行了审计。现将整改情况公告如下：

一、审计反映问题整改责任落实情况
公司高度重视审计整改工作，及时召开党委会议，成立整改工作领导小组，明确分管领导和责任部门，逐项制定整改措施。

二、审计反馈问题整改完成情况
审计报告反馈问题12项，公司已完成整改10项，其余2项正在整改中，将于年底前完成。

某公司
2025年1月10日
"""


def test_findings_all_titled_by_problems_in_general_are_doubted() -> None:
    new, old = segment_text(SECTIONS), segment_text(SECTIONS, vocabulary=OLD)
    assert [f.title for f in new.findings] == [f.title for f in old.findings]
    assert new.segmentation.features["shape_doubts"] == 1.0
    assert new.segmentation.confidence < THRESHOLD
    assert new.segmentation.confidence < old.segmentation.confidence


def test_one_generic_title_among_specific_ones_is_no_sign() -> None:
    text = SECTIONS.replace("二、审计反馈问题整改完成情况", "二、关于公务用车管理不规范问题的整改情况")
    assert segment_text(text).segmentation.features["shape_doubts"] == 0.0
