"""Reading vocabulary 1.11.0: a letter that gives its fixes in a tab-parted table (序号 | 整改事项 |
整改措施及完成情况 | …) and its problems only in an attachment's list: a reading of the problems alone,
none with a measure, beside that table doubts its shape and is refused (unread_table_doubt), on text
composed for the test; 1.10.0 trusts it as before."""

from __future__ import annotations

from segment_support import assert_spans_exact, segment_text

from checker.vocabulary import load_vocabulary

LETTER = (
    "县燃气有限公司\n"
    "\n"
    "关于市场监管局特种设备检查整改情况的函\n"
    "\n"
    "县市场监督管理局：\n"
    "\n"
    "贵局检查指出的问题（见附件），我公司已逐项整改，现将整改情况函告如下：\n"
    "\n"
    "序号\t整改事项\t整改措施及完成情况\t责任部门\t完成时间\n"
    "1\t储罐检验\t已委托市特检院对2台储罐进行定期检验，8月20日取得检验报告\t设备部\t2025年8月20日\n"
    "2\t安全阀校验\t已更换校验合格的安全阀4只\t设备部\t2025年8月25日\n"
    "3\t作业人员持证\t已组织3名充装人员参加培训，取得特种设备作业人员证\t人事部\t2025年9月10日\n"
    "\n"
    "特此函告。\n"
    "\n"
    "附件：检查发现问题清单\n"
    "1.2台液化气储罐超期未检验。\n"
    "2.4只安全阀校验有效期已过。\n"
    "3.3名充装人员无证上岗。\n"
    "\n"
    "县燃气有限公司\n"
    "2025年9月15日\n"
)

_REFUSED_BELOW = 0.62


def test_problems_read_without_the_table_of_fixes_are_doubted() -> None:
    r = segment_text(LETTER)
    assert_spans_exact(r)
    assert len(r.findings) == 3
    assert all(f.measure is None for f in r.findings)
    assert r.segmentation.confidence < _REFUSED_BELOW


def test_vocabulary_1_10_0_reads_it_as_before() -> None:
    old = segment_text(LETTER, vocabulary=load_vocabulary("1.10.0"))
    new = segment_text(LETTER)
    assert [f.finding.text for f in old.findings] == [f.finding.text for f in new.findings]
    assert old.segmentation.confidence >= _REFUSED_BELOW
