"""A page that lost its line breaks with its outline glued together, and an answer the page's end
cut before it said anything: each on text composed for the test."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

# --- a whole report on one line: 【标题】一、…如下:二、自查情况…。三、整改措施1. 题目(1)… ----------------

GLUED_OUTLINE = (
    "2023年学校食堂安全自查报告\n"
    "【学校食堂安全自查报告】一、基本情况根据教育局的统一部署,为保障师生饮食安全,我校于2023年5月开展了"
    "食堂安全自查工作。现将自查情况及整改措施报告如下:二、自查情况本次自查共发现以下问题:(1)部分消毒柜损坏,"
    "无法正常使用;(2)留样冰箱温度不达标;(3)部分从业人员健康证过期未更新。三、整改措施1. 设施设备整改"
    "(1)维修或更换损坏的消毒柜;(2)调整留样冰箱温度,每日记录;(3)督促从业人员更新健康证。2. 长效管理"
    "(1)每月开展一次食堂安全检查;(2)建立问题整改台账。\n"
)


def test_a_glued_outline_is_cut_into_its_headings_and_points():
    r = segment_text(GLUED_OUTLINE)
    assert [f.title for f in r.findings] == ["部分消毒柜损坏,无法正常使用", "留样冰箱温度不达标", "部分从业人员健康证过期未更新"]
    measures = measure_texts(r)
    assert measures[0].startswith("维修或更换损坏的消毒柜")
    assert measures[1].startswith("调整留样冰箱温度")
    assert measures[2].startswith("督促从业人员更新健康证")
    old = segment_text(GLUED_OUTLINE, vocabulary=vocabulary_without("glued_outline", "list_skips_glued_outline"))
    assert all(f.measure is None for f in old.findings)  # the fixes' outline stayed one run of text


def test_a_fixes_section_glued_on_one_line_lists_no_problems():
    # every point under 三、整改措施 is a fix, never a finding
    r = segment_text(GLUED_OUTLINE)
    assert not any("维修" in f.finding.text or "台账" in f.finding.text for f in r.findings)


def test_a_lone_glued_second_heading_cuts_nothing():
    # 二、 with no 一、 before it may be a page mark: the line is read as it was
    text = "检查通报\n" + "经检查发现" + "食堂卫生较差。" * 30 + "二、要求限期整改。三、下月复查。\n"
    new = segment_text(text)
    old = segment_text(text, vocabulary=vocabulary_without("glued_outline", "list_skips_glued_outline"))
    assert [f.finding.text for f in new.findings] == [f.finding.text for f in old.findings]


# --- an answer the page's end cut before it said anything ---------------------------------------

CUT_SILENT = """关于某镇财政所2022年度预算执行情况的审计结果
一、基本情况
某镇财政所2022年度一般公共预算收入1200万元，支出1150万元，较上年增长3.5%。
二、审计发现的主要问题
（一）专项资金未专款专用。（二）公务接待费报销凭证不全。（三）应收未收房屋租金1.2万元。
三、审计处理情况及建议
（一）审计处理情况
针对上述问题，区审计局已依据《中华人民共和国审计法》的规"""


def test_an_answer_cut_before_it_said_anything_is_no_measure():
    r = segment_text(CUT_SILENT)
    assert len(r.findings) == 3
    assert measure_texts(r) == ["", "", ""]
    old = segment_text(CUT_SILENT, vocabulary=vocabulary_without("cut_answer_silent"))
    assert all(m.startswith("针对上述问题") for m in measure_texts(old))
    # the section that holds only the silent answer is no fix the reading left unread
    assert r.segmentation.features["unread_measures"] == 0.0
    assert r.segmentation.features["orphan_actions"] == 0.0


def test_an_answer_cut_after_its_act_is_still_a_measure():
    text = CUT_SILENT + "定，责令该所收回租金1.2万元，并规范报销凭"
    r = segment_text(text)
    assert all(m.startswith("针对上述问题") for m in measure_texts(r))
