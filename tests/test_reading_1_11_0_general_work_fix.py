"""Reading vocabulary 1.11.0: a fix whose heading names a general line of work (机构落实, 健全制度) and shares
too little with every problem to pair by its words answers none of them, whatever its number
(general_work_fix); the lead-in line right before such a fix is no act left unread (fixes_lead_held).
On text composed for the test; 1.10.0 reads it as before."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

SELF_CHECK = """幼儿园消防安全自查整改报告
根据教育局开学前安全检查的统一部署，我园对园内安全工作进行了全面自查，现将自查及整改情况报告如下：
一、自查发现的问题
经查，我园安全工作存在以下问题：
1、午睡室一处插座面板松动，线头外露。
2、后院消防通道停放两辆电动车。
3、厨房液化气钢瓶与灶具间距不足。
二、整改措施
为彻底消除隐患，我园对自查发现的问题进行了以下几方面的整改：
1、机构落实，责任到人。
成立了以园长为组长、副园长为副组长的园所安全工作领导小组，明确各班教师为本班安全第一责任人，每周召开一次安全例会。
2、健全制度，规范日常管理。
修订了《幼儿园安全管理制度》和《值班巡查记录》，每日由值班教师巡查签字。
3、具体整改情况
（1）更换午睡室插座面板，包扎外露线头，由电工检查全园线路。
"""


def test_a_fix_heading_of_general_work_answers_no_problem() -> None:
    r = segment_text(SELF_CHECK)
    assert len(r.findings) == 3
    measures = measure_texts(r)
    assert "更换午睡室插座面板" in measures[0]
    assert measures[1] == "" and measures[2] == ""
    held = [m.text for m in r.segmentation.unpaired_measures]
    assert any("机构落实" in t for t in held) and any("健全制度" in t for t in held)


def test_the_lead_in_of_general_fixes_is_no_act_left_unread() -> None:
    r = segment_text(SELF_CHECK)
    assert not r.segmentation.features.get("orphan_actions")
    before = segment_text(SELF_CHECK, vocabulary=vocabulary_without("fixes_lead_held"))
    assert before.segmentation.features.get("orphan_actions")


def test_vocabulary_1_10_0_reads_it_as_before() -> None:
    old = segment_text(SELF_CHECK, vocabulary=load_vocabulary("1.10.0"))
    assert len(old.findings) == 3
    assert "健全制度" in measure_texts(old)[1]  # paired with problem 2 by its number alone
