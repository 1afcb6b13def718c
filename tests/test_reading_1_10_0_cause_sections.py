"""Reading vocabulary 1.10.0, on text composed for the test: a numbered section's heading told as a
sentence of what was done that ends on the fixes it announces (三、…，并制定了具体整改措施。) heads them
(pattern fixes_announce_end); items under a section whose heading names the causes (二、…认真分析原因。)
are the causes of what was found, no problems the reading missed (cause_section_items); 1.9.0 reads the
text as before."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

REPORT = """关于区消防大队检查整改情况的报告

10月12日，区消防大队对我园消防安全工作进行了专项检查。
一、检查中发现的问题：
1、部分灭火器压力不足，未按时检查；
2、二楼疏散通道堆放杂物；
3、厨房燃气报警器损坏；
4、应急照明灯不亮。
二、检查结束后，我园立即召开园务会议认真分析原因。
1、安全管理人员责任心不强，巡查流于形式；
2、教职工消防知识欠缺。
三、我园对分管后勤的副园长进行了批评，组织全体教职工学习消防知识，并制定了具体整改措施。
1、更换压力不足的灭火器6具，建立每月检查登记表。
2、疏散通道杂物已全部清理，由门卫每日巡查。
3、厨房燃气报警器已于10月15日更换。
4、维修应急照明灯3盏，已恢复正常。
"""

# as many causes as problems: the fixes numbered alike may answer the causes, not the problems
ONE_FOR_ONE = """一、存在问题：
1、部分灭火器压力不足，未按时检查。
2、二楼疏散通道堆放杂物。
3、应急照明灯不亮。
二、原因分析：
1、安全管理人员未按时巡查。
2、教职工安全意识淡薄。
3、维修经费不足。
三、整改措施：
1、更换压力不足的灭火器6具，建立每月检查登记表。
2、疏散通道杂物已全部清理，由门卫每日巡查。
3、维修应急照明灯3盏，已恢复正常。
"""


def test_fixes_announced_at_a_sentence_end_answer_the_problems_by_number() -> None:
    r = segment_text(REPORT)
    assert len(r.findings) == 4
    measures = measure_texts(r)
    assert "灭火器6具" in measures[0]
    assert "杂物已全部清理" in measures[1]
    assert "10月15日更换" in measures[2]
    assert "应急照明灯3盏" in measures[3]
    assert not any("责任心不强" in f.finding.text for f in r.findings)


def test_the_causes_section_s_items_are_causes() -> None:
    r = segment_text(REPORT)
    reasons = [n.reason for n in r.segmentation.not_findings]
    assert reasons == ["causes", "causes"]
    before = segment_text(REPORT, vocabulary=vocabulary_without("cause_section_items"))
    assert [n.reason for n in before.segmentation.not_findings] == ["unexplained", "unexplained"]
    assert r.segmentation.confidence > before.segmentation.confidence


def test_causes_one_for_one_with_the_problems_stay_unexplained() -> None:
    r = segment_text(ONE_FOR_ONE)
    assert len(r.findings) == 3
    reasons = [n.reason for n in r.segmentation.not_findings]
    assert "causes" not in reasons and "unexplained" in reasons


def test_vocabulary_1_9_0_reads_it_as_before() -> None:
    old = segment_text(REPORT, vocabulary=load_vocabulary("1.9.0"))
    assert len(old.findings) == 4
    assert measure_texts(old) == ["", "", "", ""]
    assert "unexplained" in {n.reason for n in old.segmentation.not_findings}
