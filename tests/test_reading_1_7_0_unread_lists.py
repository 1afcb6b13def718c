"""Reading vocabulary 1.7.0: lists of problems in running text that the reading must not overrun nor
stop short of, and items whose answers each open on a written label; each form on text composed for
the test, and read as before with its flag turned off."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

# --- an enumerated list ends where a sentence opens another list of problems -------------------------

TWO_LISTS = """仓储中心安全自查情况

为落实安全生产责任，我中心于6月组织开展了安全自查。在仓库管理方面，发现3类问题：一是消防通道堵塞，二号库房门口堆放纸箱十余件；二是灭火器过期未更换，共有6具超过有效期；三是电气线路老化，部分插座外壳破损。运输车辆方面的问题集中在日常检查与驾驶人员管理环节：其一，车辆检查记录不完整，抽查20份记录，发现5份未填写制动检查项目，其二，驾驶人员培训不到位。
"""


def test_an_enumerated_list_ends_before_a_sentence_that_opens_another_list():
    r = segment_text(TWO_LISTS)
    assert len(r.findings) == 3
    assert r.findings[-1].finding.text.rstrip("。").endswith("部分插座外壳破损")
    before = segment_text(TWO_LISTS, vocabulary=vocabulary_without("list_ends_at_new_intro"))
    assert "运输车辆" in before.findings[-1].finding.text


def test_the_list_the_reading_stopped_short_of_is_an_item_left_unexplained():
    r = segment_text(TWO_LISTS)
    unexplained = [n for n in r.segmentation.not_findings if n.reason == "unexplained"]
    assert any(n.text.startswith("运输车辆方面的问题") for n in unexplained)
    off = segment_text(TWO_LISTS, vocabulary=vocabulary_without("unread_found_after"))
    assert not any(n.reason == "unexplained" for n in off.segmentation.not_findings)
    assert r.segmentation.confidence < off.segmentation.confidence


# --- a sentence of found faults after the list, before the answer --------------------------------

FOUND_AFTER = """社区消防安全检查情况

5月8日，街道检查组对辖区内小区开展消防安全检查。检查中发现部分小区存在消防通道被占用、灭火器压力不足、应急照明损坏等问题。各小区的物业值班较规范，但仍出现电动车在楼道内充电的现象。
针对检查发现的问题，检查组责令物业公司限期整改，并于一周内上报整改情况。
"""


def test_a_phenomenon_found_after_the_last_finding_before_its_answer_is_unexplained():
    r = segment_text(FOUND_AFTER)
    assert r.findings and measure_texts(r)[0].startswith("针对检查发现的问题")
    unexplained = [n for n in r.segmentation.not_findings if n.reason == "unexplained"]
    assert any("电动车" in n.text or n.text.startswith("各小区") for n in unexplained)
    off = segment_text(FOUND_AFTER, vocabulary=vocabulary_without("unread_found_after"))
    assert not any(n.reason == "unexplained" for n in off.segmentation.not_findings)


def test_an_answer_after_the_findings_is_no_problem_skipped():
    answered = FOUND_AFTER.replace("各小区的物业值班较规范，但仍出现电动车在楼道内充电的现象。", "对检查中发现的问题，请各物业及时整改。")
    r = segment_text(answered)
    assert not any(n.reason == "unexplained" for n in r.segmentation.not_findings)


# --- items whose answers each open on a written label are read whole -----------------------------

ADVICE = """关于实验室安全检查问题的反馈

为切实提升实验室安全管理水平，依据学校年度工作安排，学院组织专家对各实验室安全管理开展了全面细致的检查，共抽查6个实验室，现将检查问题反馈如下：

一、危化品管理

问题:危化品台账更新不及时，部分试剂存放混乱、标签不清等问题。

建议:建立危化品领用登记制度，每周核对台账。

二、设备使用

问题:大型仪器使用记录缺失，部分学生未经培训独立操作。

建议:实行仪器操作准入培训，未经考核不得上机。

三、值班巡查

问题:节假日值班人员不在岗，巡查记录存在补记情况。

建议:由实验室主任每日抽查值班情况，巡查记录当日签字。

四、废液处置

问题:废液桶存在混装情况，部分废液未及时转运。

建议:废液应由专人负责分类收集，做好转运登记并存档备查。
"""


def test_items_with_labelled_answers_are_not_cut_into_clauses():
    r = segment_text(ADVICE)
    assert r.layout == "headed_items"
    assert [f.finding.text[:4] for f in r.findings] == ["危化品台", "大型仪器", "节假日值", "废液桶存"]
    assert measure_texts(r)[1].startswith("建议")
    before = segment_text(ADVICE, vocabulary=vocabulary_without("headed_labelled_answers"))
    assert len(before.findings) > 4
