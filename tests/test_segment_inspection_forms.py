"""Forms of inspection notices (督查/检查通报, 巡察反馈): problems listed per place or in one
sentence, each on text composed for the test."""

from __future__ import annotations

from segment_support import segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

# --- a list closed by a count of its areas (等六个方面) -------------------------------------------

COUNTED_CLOSE = """县委第二巡察组向城关镇党委反馈巡察情况

巡察中发现了一些问题，主要是财务审批制度执行不严格、项目资金拨付滞后、村级党组织活动不规范等六个方面。

巡察组组长提出了三点意见建议：要健全财务审批流程，堵塞管理漏洞；要加快资金拨付进度；要规范组织生活。
"""


def test_a_list_closed_by_a_count_of_its_areas_is_read():
    r = segment_text(COUNTED_CLOSE)
    assert len(r.findings) == 3
    assert "财务审批制度执行不严格" in r.findings[0].finding.text
    assert "村级党组织活动不规范" in r.findings[2].finding.text
    assert all(f.measure is not None for f in r.findings)
    # each requirement names its own problem: each problem takes its own (list_answer_clauses_by_words)
    assert [f.measure.text for f in r.findings if f.measure is not None] == [
        "巡察组组长提出了三点意见建议：要健全财务审批流程，堵塞管理漏洞", "要加快资金拨付进度", "要规范组织生活",
    ]
    whole = segment_text(COUNTED_CLOSE, vocabulary=vocabulary_without("list_answer_clauses_by_words"))
    assert all("健全财务审批流程" in f.measure.text for f in whole.findings if f.measure is not None)
    assert not segment_text(COUNTED_CLOSE, vocabulary=load_vocabulary("1.2.0")).findings  # the older words close no list here


# --- short phrases at commas closed by 等 ---------------------------------------------------------

CLOSED_PHRASES = """后勤处开展校园环境专项检查

4月30日下午，后勤处对校园环境进行专项检查。
在检查中，发现操场围栏需要加固，花坛杂草需要清除，个别路灯损坏，宣传栏褪色等。对于检查中发现的问题，要求相关责任人制定整改计划，并在本周内完成。
"""


def test_phrases_at_commas_closed_by_deng_are_the_problems_when_one_states_a_fault():
    r = segment_text(CLOSED_PHRASES)
    assert [f.finding.text for f in r.findings] == ["操场围栏需要加固", "花坛杂草需要清除", "个别路灯损坏", "宣传栏褪色"]
    assert all("本周内完成" in f.measure.text for f in r.findings if f.measure is not None)
    assert not segment_text(CLOSED_PHRASES, vocabulary=vocabulary_without("list_closed_phrases")).findings


def test_closed_phrases_with_no_fault_at_all_are_no_list():
    text = CLOSED_PHRASES.replace("个别路灯损坏", "个别路灯需要更新")
    assert not segment_text(text).findings


# --- headings of what was found, in a penalty decision's and a check's words ----------------------

PENALTY_FACTS = """行政处罚决定书

当事人：某县康宁诊所
经依法立案调查，当事人存在以下事实：
一、超标准收费
（一）超标准收费-诊查费。2023年1月至12月期间，该所按高于规定标准收取诊查费，涉及120人次。
（二）超标准收费-注射费。2023年1月至12月期间，该所对同一次注射重复收取注射费，涉及85人次。
（三）超标准收费-换药费。2023年1月至12月期间，该所按大换药标准收取小换药费用，涉及40人次。
"""


def test_facts_found_head_problems_and_one_title_over_them_is_their_area():
    r = segment_text(PENALTY_FACTS)
    assert [f.finding.text[:9] for f in r.findings] == ["超标准收费-诊查费", "超标准收费-注射费", "超标准收费-换药费"]
    assert all(f.measure is None for f in r.findings)
    assert len(segment_text(PENALTY_FACTS, vocabulary=vocabulary_without("lone_title_list")).findings) == 1  # the title alone, as before


CHECK_TO_IMPROVE = """教学常规检查通报

本次检查总体情况较好，多数教师备课认真。
有待改进的——
1、部分教师教案书写潦草，环节缺项。
2、作业批改次数偏少，评语千篇一律。
3、个别学校的听课记录是期末补写的。
"""


def test_what_is_to_be_improved_heads_the_problems():
    r = segment_text(CHECK_TO_IMPROVE)
    assert [f.finding.text[:6] for f in r.findings] == ["部分教师教案", "作业批改次数", "个别学校的听"]
    assert len(segment_text(CHECK_TO_IMPROVE, vocabulary=load_vocabulary("1.2.0")).findings) != 3


def test_a_numbered_point_that_is_to_be_improved_is_no_heading():
    text = CHECK_TO_IMPROVE.replace("有待改进的——\n", "存在的问题：\n").replace("3、个别学校的听课记录是期末补写的。", "3、听课记录质量有待提高。")
    assert len(segment_text(text).findings) == 3
