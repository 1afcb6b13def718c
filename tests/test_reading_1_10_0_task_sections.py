"""Reading vocabulary 1.10.0: a notice of one task's rectification in sections (一、整改任务 / 二、整改措施 /
三、整改完成情况) is read as its task's finding(s) answered by the sections after it (task_sections), on
text composed for the test: the task's cases parted by semicolons after a first sentence are a finding
each, that sentence their heading; a task with no such cases is one finding; the notice's closing
paragraph answers nothing. 1.9.0 reads the notices as before."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

CASES = """中央生态环境保护督察反馈问题整改任务（第17项）销号公示

县生态环境局牵头负责的中央生态环境保护督察整改任务第17项已完成整改，经县督察整改工作领导小组办公室组织核查，符合销号条件，现予公示：
一、整改任务
部分乡镇垃圾乱堆乱放问题突出。城东镇李庄村南侧沟渠堆积大量生活垃圾；石桥乡王湾村废弃砖厂内露天堆放建筑垃圾约300立方米；河口镇集镇区多处垃圾收集点长期未清运。
二、整改措施
（1）责成相关乡镇限期清理反馈点位垃圾，建立清运台账。
（2）将农村垃圾治理纳入乡镇年度考核，每月开展一次督导检查。
三、整改完成情况
（1）反馈的3处点位垃圾已于2023年5月底前全部清理完毕，共清运垃圾420余吨。
（2）县城管局已与三个乡镇签订垃圾清运协议，实行日产日清。
如对公示内容有异议，请于公示期内向县督察整改办反映，联系电话：0000-7654321。
"""

ONE = """省级环保督察整改任务验收公示

一、整改任务
县污水处理厂出水总磷超标排放，在线监测数据多次超过排放标准。
二、整改措施
（1）对污水处理厂实施提标改造，增设深度除磷设施。
三、整改完成情况
（1）提标改造工程已于2022年10月完工，经第三方监测出水总磷稳定达标。
"""


def test_each_case_of_the_task_is_a_finding_answered_by_the_sections_after_it() -> None:
    r = segment_text(CASES)
    assert r.layout == "task_sections"
    faults = [f.finding.text for f in r.findings]
    assert len(faults) == 3
    for fault, words in zip(faults, ("李庄村", "王湾村", "河口镇"), strict=True):
        assert words in fault
    assert not any("乱堆乱放问题突出" in x for x in faults)
    measures = measure_texts(r)
    assert all("限期清理反馈点位垃圾" in m and "全部清理完毕" in m for m in measures)
    assert not any("如对公示内容有异议" in m for m in measures)


def test_a_task_without_cases_is_one_finding() -> None:
    r = segment_text(ONE)
    assert r.layout == "task_sections"
    assert len(r.findings) == 1
    assert "总磷超标" in r.findings[0].finding.text
    assert "稳定达标" in measure_texts(r)[0]


def _before(text: str, vocabulary) -> tuple[str, int]:
    r = segment_text(text, vocabulary=vocabulary)
    return r.layout, len(r.findings)


def test_vocabulary_1_9_0_reads_the_notices_as_before() -> None:
    for vocabulary in (load_vocabulary("1.9.0"), vocabulary_without("task_sections")):
        assert _before(CASES, vocabulary) == ("none", 0)
        assert _before(ONE, vocabulary) == ("none", 0)
