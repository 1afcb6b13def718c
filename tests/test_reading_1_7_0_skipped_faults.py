"""Reading vocabulary 1.7.0, trust: a reading that leaves a fault-naming item of the findings' own
level unexplained amid its findings doubts itself (skipped_fault_doubt), on text composed for the
test; without the flag it is trusted as before."""

from __future__ import annotations

from segment_support import segment_text, vocabulary_without

# numbered items, two of which head lines of their own: the reading takes the lines and leaves the
# two items, which name a fault (存在的问题), unexplained between its findings
SKIPPED = """卫生院自查情况报告

根据县卫健局的要求，我院组织开展了自查，现将自查发现的问题报告如下：
1、门诊日志登记不完整。
2、护理工作存在的问题。
护理制度建立不全、不完善。
护理考核不及时，流于形式。
无菌操作观念不强，操作不规范。
3、药房工作存在的问题。
药品管理制度不健全。
帐务记录不规范，管理有隐患。
过期药品未及时清理。
"""

# the same findings, each item read: nothing is skipped
WHOLE = """卫生院自查情况报告

根据县卫健局的要求，我院组织开展了自查，现将自查发现的问题报告如下：
1、门诊日志登记不完整。
2、护理制度建立不全、不完善。
3、护理考核不及时，流于形式。
4、药品管理制度不健全。
"""


def test_a_fault_item_left_unexplained_amid_the_findings_is_a_doubt():
    r = segment_text(SKIPPED)
    assert r.segmentation is not None
    unexplained = [nf.text for nf in r.segmentation.not_findings if nf.reason == "unexplained"]
    assert unexplained == ["2、护理工作存在的问题。", "3、药房工作存在的问题。"]
    assert r.findings[0].finding.text.startswith("门诊日志")
    assert r.segmentation.features["skipped_faults"] == 1.0


def test_a_reading_that_skips_nothing_has_no_such_doubt():
    r = segment_text(WHOLE)
    assert r.segmentation is not None
    assert len(r.findings) == 4
    assert r.segmentation.features["skipped_faults"] == 0.0


def test_the_doubt_lowers_the_trust_and_without_the_flag_reads_as_before():
    on = segment_text(SKIPPED)
    off = segment_text(SKIPPED, vocabulary=vocabulary_without("skipped_fault_doubt"))
    assert on.segmentation is not None and off.segmentation is not None
    assert off.segmentation.features["skipped_faults"] == 0.0
    assert on.segmentation.confidence < off.segmentation.confidence
    assert [f.finding.text for f in on.findings] == [f.finding.text for f in off.findings]
