"""Forms whose items stand one a paragraph or one a record, each on text composed for the test."""

from __future__ import annotations

from segment_support import segment_text, vocabulary_without

# --- points one a paragraph after a paragraph that finds problems ----------------------------------

POINT_PARAGRAPHS = """市住建局通报物业服务检查情况

近日，市住建局对城区12个住宅小区的物业服务开展了检查。从检查情况看，多数小区管理规范，但部分物业企业仍然存在一些薄弱环节。

一是消防设施维护不到位。部分小区消火栓无水，灭火器过期未更换。

二是电梯维保记录不规范。个别小区维保记录缺项，签字不全。

三是公共区域保洁不及时。楼道堆放杂物现象较多。

下一步，市住建局将对检查发现的问题建立清单，逐项督促物业企业整改，并适时组织复查。
"""


def test_points_one_a_paragraph_are_a_list_answered_by_the_next_step():
    r = segment_text(POINT_PARAGRAPHS)
    assert [f.title for f in r.findings] == ["消防设施维护不到位", "电梯维保记录不规范", "公共区域保洁不及时"]
    assert all(f.measure is not None and f.measure.text.startswith("下一步") for f in r.findings)
    assert "楼道堆放杂物" in r.findings[2].finding.text and "下一步" not in r.findings[2].finding.text
    # without the flag the points, one a paragraph, are no list (nor, told by the units at fault
    # (部分小区…), problems told whole: fault_subject_rest)
    without = vocabulary_without("point_paragraph_runs", "fault_subject_rest")
    assert not segment_text(POINT_PARAGRAPHS, vocabulary=without).findings


POINTS_OF_WORK = """镇政府关于人居环境整治工作的汇报

今年以来，我镇扎实推进人居环境整治工作，主要做法如下。

一是压实责任。镇主要领导亲自抓，定期召开专题会议。

二是完善机制。重新制定考核办法，每月通报排名。

三是重点整治。对保洁不到位的村组集中整治。
"""


def test_points_of_work_after_no_finding_paragraph_are_no_list():
    r = segment_text(POINTS_OF_WORK)
    assert not any("压实责任" in f.finding.text for f in r.findings)


MEASURE_POINTS = """区卫健委通报

检查发现部分诊所消毒记录不全，我委立即采取了以下措施。

一是组织培训。对存在问题的诊所负责人集中培训。

二是加强督查。每月抽查消毒记录，未整改的予以通报。
"""


def test_points_after_a_paragraph_announcing_measures_are_no_list():
    r = segment_text(MEASURE_POINTS)
    assert not any(f.finding.text.startswith("一是组织培训") for f in r.findings)


# --- a section of problems and measures cut by the page inside its problems ------------------------

MIXED_CUT = """社区卫生服务站自查报告

一、基本情况
我站现有医护人员8名，服务辖区居民1.2万人。

二、存在问题及整改措施
1、部分慢病患者随访记录不完整；
2、药品效期管理不规范；
3、候诊区消毒记录缺项；
4、健康宣传栏内容更新不及
"""


def test_a_cut_section_of_problems_and_measures_holds_the_problems():
    r = segment_text(MIXED_CUT)
    assert [f.title for f in r.findings][:3] == ["部分慢病患者随访记录不完整", "药品效期管理不规范", "候诊区消毒记录缺项"]
    assert len(r.findings) == 4 and all(f.measure is None for f in r.findings)
    assert not segment_text(MIXED_CUT, vocabulary=vocabulary_without("mixed_cut_problems")).findings


MIXED_WHOLE = """社区卫生服务站自查报告

二、存在问题及整改措施
1、部分慢病患者随访记录不完整；
2、药品效期管理不规范；
3、候诊区消毒记录缺项。
"""


def test_a_whole_section_of_problems_and_measures_is_not_read_as_cut():
    r = segment_text(MIXED_WHOLE)
    old = segment_text(MIXED_WHOLE, vocabulary=vocabulary_without("mixed_cut_problems"))
    assert [f.finding.text for f in r.findings] == [f.finding.text for f in old.findings]


# --- a point of an aimed run that states its problem in sentences of its own -----------------------

AIMED_RUN = """区审计局助力规范学校食堂管理

区审计局围绕学校食堂运营开展审计，推动相关学校规范管理。

一是推动健全采购制度，让食材规范地“买进来”。针对部分学校食材采购未经比价、供货合同签订不规范等问题，审计督促相关学校建立定点采购和比价制度。

二是推动加强账务管理，让资金清楚地“记下来”。审计发现，个别学校伙食费收支未单独建账，结余长期挂账。针对相关问题，审计要求相关学校设立食堂专账并按学期公示收支。

三是推动改善就餐环境，让学生舒心地“吃起来”。
"""


def test_a_point_that_finds_its_problem_in_its_own_sentences_is_an_item():
    r = segment_text(AIMED_RUN)
    assert len(r.findings) == 2
    second = r.findings[1]
    assert second.finding.text.startswith("审计发现") and "未单独建账" in second.finding.text
    assert second.measure is not None and second.measure.text.startswith("针对相关问题")
    assert "设立食堂专账" in second.measure.text and "三是" not in second.measure.text
    # a point with no sentence that answers it is no item
    assert not any("就餐环境" in f.finding.text for f in r.findings)
    # without the flag the second point is dropped and one aimed item is not a reading
    old = segment_text(AIMED_RUN, vocabulary=vocabulary_without("aimed_points_items"))
    assert not any("未单独建账" in f.finding.text for f in old.findings)


NOTHING_FOUND_POINTS = """镇安办检查情况

本次检查覆盖全镇15家企业，检查组未发现重大安全隐患。

一是安全制度不断完善。各企业均修订了安全生产责任制。

二是隐患台账不断规范。各企业均建立了问题整改台账。
"""


def test_points_after_a_negated_finding_are_no_list():
    r = segment_text(NOTHING_FOUND_POINTS)
    assert not any(f.finding.text.startswith("一是安全制度") for f in r.findings)
