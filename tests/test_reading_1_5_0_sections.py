"""Reading vocabulary 1.5.0: section headings of real self-check lists and year-end reviews, each on
text composed for the test, and each read as before with the older vocabulary."""

from __future__ import annotations

from segment_support import measure_texts, segment_text

from checker.vocabulary import load_vocabulary

OLD = load_vocabulary("1.4.0")


# --- （一）问题查找 heads the problems, （二）整改措施 their fixes ------------------------------------------

FOUND_LIST = """科室作风问题查找清单
一、工作作风方面
（一）问题查找
1.值班制度执行不严。夜间值班人员脱岗两次，交接班记录缺失三天。
2.物资台账登记滞后。库存药品入库后未及时登记，账实不符共五项。
（二）整改措施
1.严格值班制度。制定值班考勤办法，夜间值班每晚抽查一次，交接班记录每日核对。
2.规范物资台账登记。库存药品入库当天登记，每月盘点一次，做到账实相符。
"""


def test_a_section_headed_problem_finding_heads_the_problems():
    r = segment_text(FOUND_LIST)
    assert [f.title for f in r.findings] == ["值班制度执行不严", "物资台账登记滞后"]
    assert "值班考勤办法" in measure_texts(r)[0]
    assert "每月盘点一次" in measure_texts(r)[1]
    # the older vocabulary reads no problems heading there
    assert segment_text(FOUND_LIST, vocabulary=OLD).findings == []


# --- 三、下一年度质控重点 is next steps, not problems the reading missed ----------------------------------

NEXT_YEAR = """2024年病历质量检查总结
今年我院对各临床科室的病历书写进行了检查，现将检查情况总结如下：
一、存在问题：
1、病程记录书写不及时。
2、上级医师查房记录缺少分析。
3、知情同意书签字不全。
二、整改措施：
1、组织病程记录书写规范培训。
2、科主任每周抽查查房记录。
3、护士站核对知情同意书签字。
三、下一年度质控重点：
1、继续开展病历书写培训。
2、加强职能部门对病历的抽查。
3、将抽查结果在院周会上通报，并对存在的问题追踪落实。
"""


def test_a_next_year_priorities_section_holds_next_steps():
    r = segment_text(NEXT_YEAR)
    assert len(r.findings) == 3
    assert measure_texts(r)[2] == "护士站核对知情同意书签字。"
    why = {n.text.strip(): n.reason for n in r.segmentation.not_findings}
    assert why["3、将抽查结果在院周会上通报，并对存在的问题追踪落实。"] == "next_steps"
    assert set(why.values()) == {"next_steps"}
    # the older vocabulary holds the item that names 问题 a problem the reading may have missed
    old = segment_text(NEXT_YEAR, vocabulary=OLD)
    assert "unexplained" in {n.reason for n in old.segmentation.not_findings}
    assert r.segmentation.confidence > old.segmentation.confidence


def test_a_heading_that_only_mentions_next_year_in_a_lead_in_is_no_next_steps_heading():
    text = NEXT_YEAR.replace("现将检查情况总结如下：", "现将本年度检查情况及下一年度检查重点总结如下：")
    r = segment_text(text)
    assert len(r.findings) == 3
    assert all(n.reason == "next_steps" for n in r.segmentation.not_findings)
