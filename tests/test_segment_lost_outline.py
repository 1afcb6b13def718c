"""Structured documents whose outline a page or a site broke: a heading split over two lines, a
page that starts inside section 一, fixes numbered again under no heading, problems listed one a
line, requirements for all the problems, a lead-in that ends in a full stop, a site's list of
related pages. Each text is composed for the test; vocabulary 1.2.0 still reads each as before.
"""

from __future__ import annotations

from segment_support import segment_text

from checker.models import Source
from checker.segment import segment
from checker.vocabulary import load_vocabulary


def _measures(r) -> list[str | None]:
    return [f.measure.text if f.measure is not None else None for f in r.findings]


def _older(text: str):
    return segment(Source(path="composed.txt", text=text, format="txt"), vocabulary=load_vocabulary("1.2.0"))


# A page of a collection that starts at problem 1、: section 一's heading is on the page before, and
# 二、整改措施： broke after its first word. Fix 2 lists, on a line of its own, the answer to problem 4.
PAGE_INSIDE_SECTION = """1、食堂操作间排风扇损坏,油烟无法排出。
2、部分宿舍门锁老化,夜间无法反锁。
3、仓库内纸箱堆放杂乱,通道被占用。
4、个别职工在配电房内抽烟,存在火灾隐患。
二、整改
措施:
1、由后勤科联系厂家更换排风扇,9月5日前完成。
2、逐间检查宿舍门锁,老化的全部更换。
配电房内禁止抽烟,门口张贴禁烟标识。
3、清理仓库纸箱,划定通道标线,保持通道畅通。
4、组织全体职工开展安全制度学习。
"""


def test_a_page_that_starts_inside_section_one_reads_its_problems_and_fixes():
    r = segment_text(PAGE_INSIDE_SECTION)
    assert [f.finding.text[:6] for f in r.findings] == ["食堂操作间排", "部分宿舍门锁", "仓库内纸箱堆", "个别职工在配"]
    measures = _measures(r)
    assert "更换排风扇" in measures[0] and "宿舍门锁" in measures[1] and "清理仓库纸箱" in measures[2]
    # the fix numbered 4 says nothing of smoking; the line under fix 2 that does answers it
    assert measures[3] is not None and "禁止抽烟" in measures[3] and "安全制度学习" not in measures[3]
    assert not _older(PAGE_INSIDE_SECTION).findings


# A self-check report with no headings: four problems, then two fixes numbered again from 1、.
RESTARTED_FIXES = """关于学校实验楼安全自查情况的报告
县教育局:
现将我校实验楼安全自查情况报告如下。
1、实验楼只有一部楼梯,疏散距离不够。
2、化学药品柜未上锁,药品登记不全。
3、二楼走廊应急照明灯损坏。
4、部分教室窗户护栏松动。
1、组织师生开展安全疏散演练,增强安全意识。
2、更换二楼走廊应急照明灯。
"""


def test_fixes_numbered_again_under_no_heading_pair_by_what_they_name():
    r = segment_text(RESTARTED_FIXES)
    assert len(r.findings) == 4
    measures = _measures(r)
    assert measures[2] is not None and "应急照明灯" in measures[2]
    # the general fix answers no problem, whatever its number
    assert measures[0] is None and measures[1] is None and measures[3] is None
    assert not _older(RESTARTED_FIXES).findings


# An inspecting body's notice: a section of what was fine, the rooms that failed one a line, and
# requirements that are not one per room.
FAILED_ROOMS = """关于11月学生公寓卫生检查情况的通报
一、整体情况
(一)大部分寝室卫生良好。
(二)未发现违规使用明火现象。
二、本次检查优秀寝室
东区1203  东区1508
三、本次检查不合格寝室
东区1102(地面脏乱,垃圾未倒)
东区1317(床铺杂乱)
西区2209(存在违规电器电热锅一个)
四、整改要求
(一)每周四开展宿舍安全卫生检查,请各班及时通知同学打扫寝室卫生。
(二)学生要强化消防安全意识,禁止宿舍吸烟。
(三)学院将加大用电检查力度,严格排查违规电器。
(四)对违反规定的,依照学生管理规定视情节予以处理。
"""


def test_rooms_that_failed_a_check_are_findings_and_general_requirements_answer_each():
    r = segment_text(FAILED_ROOMS)
    assert [f.finding.text[:6] for f in r.findings] == ["东区1102", "东区1317", "西区2209"]
    assert all(m is not None and "打扫寝室卫生" in m and "违规电器" in m for m in _measures(r))
    assert [f.title for f in _older(FAILED_ROOMS).findings] != [f.title for f in r.findings]


# A lead-in that ends in a full stop, areas as headings over one paragraph each, a 具体要求 that
# answers them all, and the site's list of related pages after the signature.
ANNOUNCED_AREAS = """镇中心校安全检查情况报告
县教育局:
我校于10月8日组织人员对全镇小学进行了安全检查。检查发现部分学校存在以下问题。
一、消防器材
个别学校灭火器压力不足,未按期更换。
二、校门值守
有的学校上学时段无人值守。
具体要求:
各校对照问题清单立即整改,完成后报中心校复查。
特此报告
【镇中心校安全检查情况报告】相关文章:
1.小学安全检查报告范文
2.学校消防安全自查报告
"""


def test_a_lead_in_ending_in_a_full_stop_heads_the_areas_below():
    r = segment_text(ANNOUNCED_AREAS)
    assert len(r.findings) == 2
    assert "灭火器压力不足" in r.findings[0].finding.text and "无人值守" in r.findings[1].finding.text
    assert all(m is not None and "立即整改" in m and "范文" not in m for m in _measures(r))
    assert not _older(ANNOUNCED_AREAS).findings


# --- counter-measures in another order: the last one left answers the problem left ---------------

COUNTER_MEASURES = """关于村级财务监督工作的调研与思考
（一）存在问题
一是票据审核流于形式。部分村报账票据缺少经办人签字，审核人员只看金额不看用途，白条入账时有发生。
二是公开栏更新不及时。多数村财务公开栏半年未更新，群众看不到最新的收支明细，意见较大。
三是民主理财参与度不高。理财小组成员多由村干部亲属担任，群众代表很少，参与度低，监督作用弱。
（二）对策建议
一是严格票据审核。对所有报账票据实行经办人、证明人、审核人三签制度，杜绝白条入账。
二是调整人员结构。由村民会议推选群众代表进入理财小组，每季度公开理财结果，提高参与度。
三是按月更新公开栏，收支明细在每月10日前张贴上墙，同步在村务微信群公布。
"""


def test_counter_measures_heading_opens_fixes_and_the_last_one_left_pairs():
    r = segment_text(COUNTER_MEASURES)
    assert [f.title for f in r.findings] == ["票据审核流于形式", "公开栏更新不及时", "民主理财参与度不高"]
    measures = [f.measure.text if f.measure is not None else "" for f in r.findings]
    assert "三签制度" in measures[0]
    assert "按月更新公开栏" in measures[1]
    assert "推选群众代表" in measures[2]


def test_the_fix_left_that_shares_no_word_with_the_problem_left_is_not_paired_to_it():
    text = COUNTER_MEASURES.replace(
        "二是调整人员结构。由村民会议推选群众代表进入理财小组，每季度公开理财结果，提高参与度。",
        "二是要高度重视，充分认识做好此项工作的重要意义。",
    )
    r = segment_text(text)
    assert len(r.findings) == 3
    assert r.findings[2].measure is None  # a general measure, not the answer to 民主理财参与度不高
