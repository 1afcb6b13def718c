"""Reading vocabulary 1.9.0: a problems section whose one paragraph lists its faults as clauses at
；, and a measures section whose own list numbers again from 一、 under 三、, on text composed for
the test, and read as before with the flags turned off."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

FAULTS = ["河道淤积严重，行洪断面缩小", "左岸护坡多处垮塌，存在安全隐患", "沿岸生活垃圾随意倾倒", "部分排污口未经审批直排"]

REPORT = """某县河道巡查问题调查报告

  根据群众反映，我局组织技术人员对某河道存在的问题进行了实地查看，调查情况如下：

  一、基本情况

  该河道全长12公里，流经3个乡镇，沿岸有村庄8个，人口约1万人。

  二、存在的主要问题

  河道淤积严重，行洪断面缩小；左岸护坡多处垮塌，存在安全隐患；沿岸生活垃圾随意倾倒；部分排污口未经审批直排。

  三、主要整改措施

  为消除隐患，建议年内实施综合治理，主要内容：一、对河道进行清淤疏浚；二、修复左岸垮塌护坡；三、清理沿岸垃圾并设置垃圾收集点；四、对未经审批的排污口依法封堵。以上工作计划于2024年12月底前完成。

某县水利局
2024年8月20日
"""

NUMBERED_FIXES = (
    REPORT.replace("一、对河道", "1、对河道").replace("二、修复", "2、修复")
    .replace("三、清理", "3、清理").replace("四、对未经", "4、对未经")
)


def _findings(r) -> list[str]:
    return [f.finding.text.rstrip("。") for f in r.findings]


def test_clauses_of_a_problems_paragraph_are_the_findings():
    r = segment_text(NUMBERED_FIXES)
    assert _findings(r) == FAULTS
    measures = measure_texts(r)
    assert "清淤疏浚" in measures[0] and "依法封堵" in measures[3]


def test_without_the_flag_the_paragraph_is_not_split():
    r = segment_text(NUMBERED_FIXES, vocabulary=vocabulary_without("clause_problems"))
    assert _findings(r) != FAULTS


def test_two_clauses_are_one_fault_told_in_parts():
    two = NUMBERED_FIXES.replace("；沿岸生活垃圾随意倾倒；部分排污口未经审批直排。", "。")
    assert _findings(segment_text(two)) != FAULTS[:2]


def test_a_measures_list_numbered_again_from_one_is_the_sections_own():
    r = segment_text(REPORT)
    assert _findings(r) == FAULTS
    measures = measure_texts(r)
    assert ["清淤疏浚" in measures[0], "护坡" in measures[1], "垃圾收集点" in measures[2], "依法封堵" in measures[3]] == [True] * 4


def test_a_heading_of_handling_measures_opens_the_fixes():
    r = segment_text(REPORT.replace("三、主要整改措施", "三、主要技术处理措施"))
    assert "修复左岸垮塌护坡" in measure_texts(r)[1]


def test_without_the_flag_the_restarted_numbers_end_the_section():
    r = segment_text(REPORT, vocabulary=vocabulary_without("restarted_run_inside"))
    assert not any("修复左岸垮塌护坡" in m for m in measure_texts(r))


def test_a_restarted_number_after_the_sections_own_list_is_a_new_section():
    # 三、措施 over 1.…2.…, then 一、 opening what follows: no list of the section's own
    later = NUMBERED_FIXES.replace("某县水利局\n", "  一、下一步工作\n\n  继续加强巡查。\n\n某县水利局\n")
    r = segment_text(later)
    assert not any("继续加强巡查" in m for m in measure_texts(r))
