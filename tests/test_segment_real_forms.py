"""Forms real notices and first-time writers use, each on text composed for the test.

Every case reads what is a finding and what is its measure from the document's outline, never
from how good the measure is.
"""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without


def _titles(r) -> list[str]:
    return [f.title for f in r.findings]


# --- a measure made only of slogans is still a measure -------------------------------------------

SLOGAN_MEASURES = """县财政局关于预算管理专项检查反馈问题整改情况的报告

一、存在的问题及整改情况
1.部门预算公开不及时。对此问题，我局已于2024年3月15日在县政府门户网站补充公开2024年部门预算，并建立公开时间提醒台账。
2.预算编制不够细化。对此问题，县财政局高度重视，一是进一步提高认识，二是加强学习培训，三是持续抓好落实。
3.项目支出绩效目标不明确。对此问题，我局组织对38个项目的绩效目标逐项修订，已于2024年4月底前全部重新报送。
4.结余资金未及时收回。对此问题，我局将长期坚持，常抓不懈，切实提高资金使用效益。
"""


def test_a_slogan_only_measure_keeps_its_finding():
    r = segment_text(SLOGAN_MEASURES)
    assert len(r.findings) == 4
    assert "预算编制不够细化" in r.findings[1].finding.text
    assert "一是进一步提高认识" in r.findings[1].measure.text
    assert "长期坚持" in r.findings[3].measure.text


# --- problems, then fixes, with ASCII punctuation -------------------------------------------------

ASCII_SECTIONS = """关于镇卫生院绩效考核反馈问题的整改报告

一、存在的主要问题:
1、家庭医生签约随访记录不完整,部分签约居民全年无随访。
2、药品库存盘点不及时,账实不符。
3、医疗废物交接登记缺项。
二、具体整改措施:
1、组织全体签约医生补录随访记录,2024年6月底前完成全部签约居民随访。
2、每月末由药房和财务共同盘点,盘点表双方签字存档。
3、重新印制医疗废物交接登记表,增设重量和交接时间栏目。
三、下一步工作打算
我院将继续加强管理,巩固整改成果。
"""


def test_problems_then_fixes_with_ascii_punctuation():
    r = segment_text(ASCII_SECTIONS)
    assert len(r.findings) == 3
    assert all(f.finding.text.strip() for f in r.findings)
    assert not any("下一步" in t for t in _titles(r))
    assert "补录随访记录" in r.findings[0].measure.text
    assert "共同盘点" in r.findings[1].measure.text


# --- 针对“X”的问题，<what was done> in one paragraph ---------------------------------------------

AIMED_AT = """某街道巡察反馈意见整改落实情况

1.针对“三重一大事项集体决策执行不严格”的问题，街道党工委修订议事规则，2024年以来12项重大事项全部上会研究，会议记录完整归档。
2.针对“公务接待管理不规范”的问题，清理2023年接待费用凭证46笔，对3笔无公函接待由经办人退回费用共计2860元。
3.针对“村级财务公开不及时”的问题，督促8个村按季度在公开栏公开财务收支，街道纪工委每季度抽查。
"""


def test_aimed_at_quoted_problem_then_what_was_done_in_one_paragraph():
    r = segment_text(AIMED_AT)
    assert len(r.findings) == 3
    assert "集体决策执行不严格" in r.findings[0].finding.text
    assert "修订议事规则" in r.findings[0].measure.text
    assert "退回费用" in r.findings[1].measure.text


AREA_AIMED_AT = """县市场监管局关于巡察反馈问题整改进展情况的通报

（一）政治建设方面。一是针对“学习贯彻上级决策部署不够深入”的问题，局党组制定专题学习计划，全年开展集中学习12次，班子成员撰写研讨材料24篇。二是针对“意识形态工作责任落实不到位”的问题，局党组每半年专题研究意识形态工作，已召开专题会议2次。
（二）作风建设方面。一是针对“执法检查随意性大”的问题，全面推行“双随机、一公开”，2024年抽查企业156户，结果全部在网上公示。二是针对“窗口服务效率不高”的问题，压缩企业开办时间至1个工作日。
"""


def test_aimed_at_items_inside_area_paragraphs():
    r = segment_text(AREA_AIMED_AT)
    assert len(r.findings) == 4
    assert "学习贯彻上级决策部署不够深入" in r.findings[0].finding.text
    assert "制定专题学习计划" in r.findings[0].measure.text
    assert "压缩企业开办时间" in r.findings[3].measure.text


# --- a plan item's fields after its numbered measure list ----------------------------------------

PLAN_FIELDS_AFTER_LIST = """县住建局巡察反馈问题整改方案

一、整改任务
（一）工程项目变更审批不规范。
整改措施：1.全面清理2022年以来工程变更事项，逐项补齐审批手续；2.修订工程变更管理办法，明确变更金额审批权限。
责任领导：张某某
责任单位：建设管理股
整改时限：2024年9月30日前
（二）农民工工资保证金收缴不到位。
整改措施：1.对在建项目保证金收缴情况逐一核查；2.未缴纳的项目一律暂停施工许可审批。
责任领导：李某某
责任单位：建筑市场监管股
整改时限：2024年8月31日前
"""


def test_plan_fields_after_a_numbered_measure_list_stay_with_the_item():
    r = segment_text(PLAN_FIELDS_AFTER_LIST)
    assert len(r.findings) == 2
    first, second = r.findings
    assert [o.text for o in first.owners] and first.deadline is not None
    assert "建设管理股" in " ".join(o.text for o in first.owners)
    assert first.deadline.text.startswith("2024年9月30日")
    assert second.deadline.text.startswith("2024年8月31日")


# --- problem lists in running text, answered after the list -------------------------------------

RUNNING_TEXT_LIST = """关于第三巡察组反馈意见整改情况的报告

2024年4月，县委第三巡察组对我村开展了巡察。巡察组指出我村存在的问题主要有：一是村务公开不及时，部分事项未按季度公开；二是集体资产台账不健全，3处门面租赁合同未入账；三是发展党员程序不规范，个别材料签字不全。

收到反馈意见后，村党支部逐条研究，制定整改措施。一是每季度首月10日前在公开栏和微信群同步公开村务，已补公开2023年四季度事项。二是对全部集体资产重新登记造册，3份租赁合同已于5月入账。三是对近三年发展党员档案逐份核查，补签材料5份。
"""


def test_problem_list_in_running_text_paired_by_number():
    r = segment_text(RUNNING_TEXT_LIST)
    assert len(r.findings) == 3
    assert "村务公开不及时" in r.findings[0].finding.text
    assert "每季度首月10日前" in r.findings[0].measure.text
    assert "租赁合同已于5月入账" in r.findings[1].measure.text
    assert "补签材料5份" in r.findings[2].measure.text


INLINE_SEMICOLON_LIST = """镇安全生产检查通报

本次检查发现问题如下：1、加油站消防器材过期未更换;2、液化气供应点无泄漏报警装置;3、部分企业安全台账填写不规范。
针对以上问题，检查组当场下达整改通知书，要求各单位于7日内整改完毕，镇安监办将组织复查。
"""


def test_problem_list_inside_one_line_with_ascii_semicolons():
    r = segment_text(INLINE_SEMICOLON_LIST)
    assert len(r.findings) == 3
    assert "消防器材过期" in r.findings[0].finding.text
    assert "泄漏报警装置" in r.findings[1].finding.text
    assert all("7日内整改完毕" in m for m in measure_texts(r))


# --- a page that shows its report twice ----------------------------------------------------------

_ONCE = """关于村级财务检查发现问题的整改报告

一、存在问题
1.部分报销凭证无经手人签字。
2.固定资产未定期盘点。
二、整改措施
1.已对2023年全部凭证补签经手人，共补签41张，今后报销凭证无经手人签字的一律不予入账。
2.2024年6月组织村两委和监委会对固定资产全面盘点，更新资产台账，盘点表在村务公开栏公示。
"""


def test_a_second_copy_of_the_report_on_the_same_page_is_not_read_twice():
    once = segment_text(_ONCE)
    twice = segment_text(_ONCE + "\n" + _ONCE.split("\n", 2)[2])
    assert len(once.findings) == len(twice.findings) == 2
    assert measure_texts(once) == measure_texts(twice)


# --- tables that lost their markup ---------------------------------------------------------------

PIPE_ROWS_WITH_SPILL = """| 测评指标 | 指标分值 | 扣分 | 失分原因 | 整改情况 | ||||||
| 政策文件 | ||||||||||
| 部门文件 | 2.0000 | 1.0000 | 未公开本年度部门文件。 | 已于6月补充公开部门文件5件。 | ||||||
|
规划计划 |
|||||||||||
| 工作计划 | 3.0000 | 1.5000 |
未公开本年度工作计划。 |
已公开2024年工作计划。 | |||||||
| 工作总结 | 2.0000 | 1.0000 | 未公开上年度工作总结。 | ||||||||
"""


def test_pipe_rows_with_empty_runs_section_rows_and_cells_broken_over_lines():
    r = segment_text(PIPE_ROWS_WITH_SPILL)
    assert r.layout == "table"
    assert _titles(r) == ["部门文件", "工作计划", "工作总结"]
    assert "未公开本年度工作计划" in r.findings[1].finding.text
    assert "已公开2024年工作计划" in r.findings[1].measure.text
    assert r.findings[2].measure is None


CELL_PER_LINE_PIPES = "\n|\n".join(
    [
        "测评指标", "指标分值", "扣分", "失分原因", "整改情况",
        "2024年第一季度部门评分表", "", "", "", "",
        "政策法规", "", "", "",
        "规范性文件", "", "4.0000", "2.0000", "未公开规范性文件备案信息。", "已补充公开备案信息3条。",
        "意见征集", "", "3.0000", "1.5000", "此栏目未发布情况说明。", "已发布本年度无意见征集事项的情况说明。",
    ]
) + "\n|\n"


def test_one_cell_per_line_between_pipe_lines():
    r = segment_text(CELL_PER_LINE_PIPES)
    assert r.layout == "table"
    assert _titles(r) == ["规范性文件", "意见征集"]
    assert "未公开规范性文件备案信息" in r.findings[0].finding.text
    assert "已补充公开备案信息3条" in r.findings[0].measure.text
    assert "情况说明" in r.findings[1].measure.text


ONE_SPACE_COLUMNS = """某局政务公开测评问题整改情况表
一级指标 二级指标 考察点 分值 得分 失分原因 整改情况
  决策公开
意见征集  考察点:重大决策草案应向社会公开征求意见,征集期不少于30日。 8 4 未公开本年度意见征集信息。 已补充公开
(考察本年度信息)
未涵盖的每项扣2分。
意见反馈  考察点:公开意见采纳情况及未采纳原因。 6 6 未公开意见反馈情况。 已说明
"""


def test_columns_one_space_apart_with_an_overflowing_rule_cell():
    r = segment_text(ONE_SPACE_COLUMNS)
    assert r.layout == "table"
    assert _titles(r) == ["意见征集", "意见反馈"]
    assert "未公开本年度意见征集信息" in r.findings[0].finding.text
    assert measure_texts(r) == ["已补充公开", "已说明"]


PIPE_ENDED_INSPECTION = """幼儿园消防设施安全检查记录
检查日期:2024年9月2日
序号 |
检查部位 |
检查要点 |
检查结果 |
整改措施 |
1 |
教学楼 |
疏散通道是否畅通 |
二楼通道堆放桌椅两张。 |
已清理。 |
安全出口标志是否完好
|
正常。 |
|
||
灭火器是否在有效期内 |
三楼灭火器压力不足一具。 |
已更换。 |
||
2 |
厨房 |
燃气管道是否漏气 |
正常。
正常。 |
|
3 |
配电房 |
电线是否老化、裸露 |
配电箱门锁损坏。 |
已报修。 |
检查人:张某 李某
"""


def test_a_table_of_cells_each_ending_in_a_pipe_has_its_findings_where_a_check_found_something():
    r = segment_text(PIPE_ENDED_INSPECTION)
    assert r.layout == "table"
    assert [f.finding.text.strip() for f in r.findings] == [
        "二楼通道堆放桌椅两张。", "三楼灭火器压力不足一具。", "配电箱门锁损坏。",
    ]
    assert measure_texts(r) == ["已清理。", "已更换。", "已报修。"]


def test_cells_between_lone_pipes_under_an_index_column_are_read_once():
    text = "\n|\n".join(
        ["序号", "存在问题", "整改措施", "1", "食堂留样记录不全。", "已补全留样记录。", "2", "灭火器过期。", "已更换灭火器。"]
    ) + "\n|\n"
    from checker.models import Source
    from checker.segment import segment
    from checker.vocabulary import load_vocabulary

    # the cells are another reader's (pipe_lines): the cells-ending-in-a-pipe reader adds no copy
    old = segment(Source(path="a.txt", text=text, format="txt"), vocabulary=load_vocabulary("1.2.0"))
    r = segment_text(text)
    assert [f.finding.text for f in r.findings] == [f.finding.text for f in old.findings]


def test_a_table_of_cells_each_ending_in_a_pipe_is_not_read_by_an_older_vocabulary():
    from checker.models import Source
    from checker.segment import segment
    from checker.vocabulary import load_vocabulary

    r = segment(Source(path="a.txt", text=PIPE_ENDED_INSPECTION, format="txt"), vocabulary=load_vocabulary("1.2.0"))
    assert r.layout != "table"


CLOSING_PARAGRAPH = """某中心学校关于食堂管理自查自纠情况的报告

一、自查发现的问题
通过此次自查，我们发现了一些需要改进的问题。首先，食堂部分从业人员健康证过期。其次，留样记录填写不完整。此外，还发现了冷藏柜生熟混放的现象。
二、整改措施
针对上述问题，我校立即整改。一是组织过期人员到医院体检，已全部换发健康证；二是重新培训留样人员，留样记录由食堂管理员每日检查签字；三是冷藏柜分区标识，生熟分开存放。
总之，通过本次自查自纠，我校食堂管理水平进一步提高，今后将定期开展检查，建立长效机制，确保师生饮食安全。
"""


def test_a_closing_paragraph_is_not_a_measure_left_unpaired():
    from checker.models import Source
    from checker.segment import segment
    from checker.vocabulary import load_vocabulary

    r = segment_text(CLOSING_PARAGRAPH)
    assert len(r.findings) == 3
    assert "健康证过期" in r.findings[0].finding.text and "换发健康证" in r.findings[0].measure.text
    assert r.segmentation.features["orphan_actions"] == 0.0
    old = segment(Source(path="a.txt", text=CLOSING_PARAGRAPH, format="txt"), vocabulary=load_vocabulary("1.2.0"))
    assert old.segmentation.features["orphan_actions"] > 0.0


# --- fixes paired by what they name, not by their number -----------------------------------------

FIXES_BY_NAME = """关于专项审计发现问题整改情况的报告

一、审计发现的问题
1.食堂采购未执行询价程序。
2.公务用车加油卡管理不规范，存在一卡多车现象。
3.部分固定资产未登记入账。
4.往来款长期挂账未清理。
二、整改情况
（一）针对公务用车加油卡问题，已收回加油卡3张，实行一车一卡，加油记录每月公示。
（二）针对食堂采购问题，制定《食堂采购询价办法》，大宗食材每月三家询价，询价记录留存备查。
（三）针对固定资产未入账问题，对2019年以来购置资产全面清查，补登记资产42件，价值18.6万元。
（四）针对往来款挂账问题，逐笔核对往来款23笔，已清理17笔，其余6笔于年底前清理完毕。
"""


def test_fixes_in_another_order_pair_by_what_they_name():
    r = segment_text(FIXES_BY_NAME)
    assert len(r.findings) == 4
    assert "询价办法" in r.findings[0].measure.text
    assert "一车一卡" in r.findings[1].measure.text
    assert "补登记资产42件" in r.findings[2].measure.text
    assert "已清理17笔" in r.findings[3].measure.text


# --- 问题一/问题二 restarting in each section, one 解决方案 for the section ---------------------------

RESTARTING_PROBLEMS = """学校安全工作自查报告

一、校舍安全方面
问题一：教学楼二楼消防栓水压不足。
问题二：实验室化学药品未双人双锁管理。
解决方案：联系消防部门检测管网，6月底前更换加压泵；药品柜加装第二把锁，由两名教师分别保管钥匙。
二、食品安全方面
问题一：食堂从业人员健康证过期2人。
问题二：留样记录不完整。
解决方案：过期人员暂停上岗，5月20日前复检办证；留样冰箱旁张贴留样记录表，由食堂管理员每日核对。
"""


def test_problems_numbered_again_in_each_section_share_the_section_s_solution():
    r = segment_text(RESTARTING_PROBLEMS)
    assert len(r.findings) == 4
    assert "消防栓水压不足" in r.findings[0].finding.text
    assert "健康证过期" in r.findings[2].finding.text
    assert "加压泵" in r.findings[0].measure.text and "加压泵" in r.findings[1].measure.text
    assert "复检办证" in r.findings[3].measure.text
    assert "加压泵" not in r.findings[2].measure.text


# --- 整改前：… 整改后：… ---------------------------------------------------------------------------

BEFORE_AFTER = """社区环境卫生整治情况

1.小区垃圾分类亭周边乱堆放。
整改前：垃圾分类亭周边堆放大件垃圾，异味明显。
整改后：清运大件垃圾3车，分类亭每日冲洗，设置大件垃圾临时堆放点。
2.楼道堆放杂物。
整改前：12个单元楼道堆放自行车、纸箱等杂物。
整改后：组织志愿者清理12个单元楼道，清出杂物2吨，张贴楼道禁放提示。
"""


def test_before_and_after_pairs_read_as_problem_and_fix():
    r = segment_text(BEFORE_AFTER)
    assert len(r.findings) == 2
    assert "乱堆放" in r.findings[0].finding.text
    assert "清运大件垃圾3车" in r.findings[0].measure.text
    assert "清出杂物2吨" in r.findings[1].measure.text


# --- an audit result notice with amounts and voucher numbers -------------------------------------

AUDIT_NOTICE = """关于县文化馆2023年度财务收支审计发现问题整改情况的公告

一、审计发现的主要问题
（一）无预算列支培训费1.26万元（2023年6月第18号凭证）。
（二）以白条列支劳务费0.85万元（2023年9月第31号凭证）。
（三）政府采购项目未签订合同，金额4.3万元。
二、整改情况
（一）关于无预算列支培训费问题，已调整2023年预算并报县财政局备案。
（二）关于白条列支劳务费问题，已补齐劳务发票和领款人签字，相关凭证已重新装订。
（三）关于采购未签合同问题，已于2024年3月12日补签采购合同，并修订采购管理制度。
"""


def test_an_audit_notice_with_amounts_and_vouchers():
    r = segment_text(AUDIT_NOTICE)
    assert len(r.findings) == 3
    assert "第18号凭证" in r.findings[0].finding.text
    assert "调整2023年预算" in r.findings[0].measure.text
    assert "补签采购合同" in r.findings[2].measure.text


# --- an inspecting body's notice: problems, then what it requires -------------------------------

PROBLEMS_THEN_REQUIREMENTS = """县政府办公室关于第三季度政务新媒体检查情况的通报

一、总体情况
本季度共检查政务新媒体48个，合格率95.8%。
二、存在的主要问题
（一）更新不及时。5个账号超过两周未更新。
（二）留言回复不及时。部分单位对网民留言未在5个工作日内回复。
三、工作要求
（一）加强日常更新。各单位明确专人负责，每周至少更新2次。
（二）及时回应关切。网民留言须在5个工作日内答复，答复情况每月报县政府办公室。
"""


def test_requirements_numbered_like_the_problems_are_theirmeasure_texts():
    r = segment_text(PROBLEMS_THEN_REQUIREMENTS)
    assert len(r.findings) == 2
    assert "每周至少更新2次" in r.findings[0].measure.text
    assert "5个工作日内答复" in r.findings[1].measure.text


INLINE_LIST_WITH_RESPONSE = """村巡察反馈会召开

会上，巡察组反馈了该村存在的3类主要问题：一、“三会一课”制度落实不到位；二、村务公开不及时；三、集体资金管理不规范。针对以上问题，村党支部书记表态：将立行立改，10月底前完成全部整改，整改情况向全体党员通报。
"""


def test_an_inline_problem_list_answered_in_its_own_paragraph():
    r = segment_text(INLINE_LIST_WITH_RESPONSE)
    assert len(r.findings) == 3
    assert "集体资金管理不规范" in r.findings[2].finding.text
    assert "针对以上问题" not in r.findings[2].finding.text
    assert all("10月底前完成全部整改" in m for m in measure_texts(r))


LIST_AFTER_COMMA_WITH_MORE_ANSWERS = """巡察情况反馈会召开

会上，巡察组组长代表巡察组指出了巡察中发现的问题，一是在学习教育方面，存在理论学习不系统等问题；二是在财务管理方面，存在报销审核不严等问题；三是在作风建设方面，存在服务群众不主动等问题。并提出四点整改意见：一是健全理论学习制度；二是严格执行报销审核程序；三是建立联系服务群众台账；四是加强内部管理。
局长表示将诚恳接受意见，全力抓好整改。
"""


def test_a_list_opened_after_a_comma_paired_with_its_numbered_answers():
    r = segment_text(LIST_AFTER_COMMA_WITH_MORE_ANSWERS)
    assert len(r.findings) == 3
    assert "理论学习不系统" in r.findings[0].finding.text
    assert "健全理论学习制度" in r.findings[0].measure.text
    assert "报销审核程序" in r.findings[1].measure.text
    assert "联系服务群众台账" in r.findings[2].measure.text


HAZARD_LIST = """村小学安全隐患自查报告

我校对照上级要求开展了安全隐患自查，现将情况报告如下：
学校自查发现的安全工作隐患：
1、教学楼楼梯扶手松动，学生上下楼存在摔倒风险。
2、围墙东侧有一段约15米倒塌，校外人员可随意进入。
3、食堂燃气管道老化，无燃气泄漏报警装置。
"""


def test_a_list_of_hazards_is_a_list_of_findings():
    r = segment_text(HAZARD_LIST)
    assert len(r.findings) == 3
    assert "扶手松动" in r.findings[0].finding.text
    assert all(f.measure is None for f in r.findings)


SEQUENCE_WORDS_THEN_FIXES = """关于办公用房自查自纠情况的报告

一、自查发现的问题
通过此次自查，我们发现了一些需要改进的问题。首先，2间领导办公室面积超过规定标准。其次，档案室长期闲置，利用率低。此外，部分科室办公用房分配不够合理。
二、整改措施
针对发现的问题，我们逐项整改。一是对超标办公室进行分隔，已于5月完成；二是将闲置档案室改为会议室；三是按编制重新核定各科室用房。
"""


def test_first_then_next_problems_answered_one_by_one():
    r = segment_text(SEQUENCE_WORDS_THEN_FIXES)
    assert len(r.findings) == 3
    assert "面积超过规定标准" in r.findings[0].finding.text
    assert "进行分隔" in r.findings[0].measure.text
    assert "改为会议室" in r.findings[1].measure.text
    assert "重新核定" in r.findings[2].measure.text


ANSWER_CUT_BY_THE_PAGE = """支部召开自查会议

会上，支部书记对支部工作的不足作了深刻剖析。一是学习制度执行不严格，全年集中学习仅6次。二是党员教育管理不到位，3名党员长期未参加组织生活。
会议要求，支部全体党员在今后的工作中，一是要严格执行学习制度，每月至少"""


def test_an_answer_the_page_cuts_off_answers_only_the_first_problem():
    r = segment_text(ANSWER_CUT_BY_THE_PAGE)
    assert len(r.findings) == 2
    assert "严格执行学习制度" in r.findings[0].measure.text
    assert r.findings[1].measure is None


BULLETS_THEN_NUMBERED_FIXES = """科室自查自纠情况汇报

三、自查自纠的结果
经过检查，我们发现了以下几个方面的问题：
- 窗口人员接待群众不够耐心；
- 部分人员对新政策理解不到位；
- 办事流程环节过多。
四、整改措施
针对上述问题，我们制定了以下改进措施：
1. 开展窗口服务礼仪培训，服务态度纳入月度考核；
2. 每月组织一次政策学习，6月底前完成新政策全员测试；
3. 将办事环节由7个压减为4个。
五、未来展望
我们将继续改进工作，提高群众满意度。
"""


def test_bulleted_problems_and_fixes_under_a_lead_in():
    r = segment_text(BULLETS_THEN_NUMBERED_FIXES)
    assert len(r.findings) == 3
    assert "不够耐心" in r.findings[0].finding.text
    assert "服务礼仪培训" in r.findings[0].measure.text
    assert "压减为4个" in r.findings[2].measure.text
    assert "未来展望" not in r.findings[2].measure.text


LONG_PURPOSE_LEAD_IN = """市创建办关于第一次模拟测评情况的通报

为准确掌握全市创建工作整体情况，进一步查找问题，对标整改，扎实推进创建工作，市创建办委托第三方于7月中下旬组织实施了第一次实地模拟测评，现将有关情况通报如下：
一、实地测评情况
（一）总体情况
本次随机抽取测评点78个，创建态势总体不容乐观。
主要问题表现有：
1、基础设施方面：部分人行道有损坏、缺失现象。
2、城市管理方面：个别背街小巷环境脏乱，垃圾清理不及时。
"""


def test_a_long_sentence_of_purposes_does_not_open_a_section_of_problems():
    r = segment_text(LONG_PURPOSE_LEAD_IN)
    assert r.findings[0].title.startswith("基础设施方面")
    assert len(r.findings) == 2


SHARED_DOCUMENT_PAGES = """街道创建工作整改报告.docx
《街道创建工作整改报告.docx》由会员分享，可在线阅读，更多相关《街道创建工作整改报告.docx（2页珍藏版）》请在某某文库上搜索。
1、街道创建工作整改报告区创建办：根据你办下发的关于创建工作督查暗访情况的通知，5月27日至5月30日，区创建办对我街道创建工作进行了督查暗访，指出我街道存在三项需要整改的问题。街道党工委、办事处召开专题会议，对存在的问题逐项研究整改措施，现将整改情况汇报如下：（一）农贸市场周边环境脏乱，占道经营现象突出。整改措施：针对该问题，街道立即组织城管中队对农贸市场周边开展集中整治，清理占道摊点23处，并安排
2、专人每日巡查。（二）背街小巷垃圾清运不及时。整改措施：针对该问题，街道与环卫公司签订补充协议，垃圾清运由每日一次增加为每日两次。（三）公益广告破损褪色。整改措施：针对该问题，街道更换公益广告牌16块。
"""


def test_the_pages_of_a_document_sharing_site_are_not_items():
    r = segment_text(SHARED_DOCUMENT_PAGES)
    assert [f.title for f in r.findings] == ["农贸市场周边环境脏乱，占道经营现象突出", "背街小巷垃圾清运不及时", "公益广告破损褪色"]
    assert "专人每日巡查" in r.findings[0].measure.text
    assert "每日两次" in r.findings[1].measure.text
    assert "16块" in r.findings[2].measure.text


FIXES_WITH_A_GAP_AND_A_GENERAL_ONE = """关于财务检查发现问题的整改报告

一、检查发现的问题
1.差旅费报销未附审批单。
2.固定资产账实不符。
4.往来款长期挂账。
二、整改情况
（一）针对往来款挂账问题，已逐笔核对并清理往来款17笔。
（二）针对差旅费报销问题，已补附审批单32份，今后无审批单一律不予报销。
（三）举一反三，建立财务内控制度，每季度开展一次自查。
"""


def test_a_numbering_gap_and_a_general_measure_do_not_shift_the_pairs():
    r = segment_text(FIXES_WITH_A_GAP_AND_A_GENERAL_ONE)
    assert len(r.findings) == 3
    assert "补附审批单32份" in r.findings[0].measure.text
    assert r.findings[1].measure is None  # 账实不符 is not answered
    assert "清理往来款17笔" in r.findings[2].measure.text
    assert [s.text[:7] for s in r.segmentation.unpaired_measures] == ["（三）举一反三"]


AUDIT_NOTICE_WITH_ADVICE = """县第二中学2021至2023年度财务收支情况审计结果公告

一、被审计单位基本情况
县第二中学为全额拨款事业单位，在职教职工126人。
二、审计评价意见
审计结果表明，该校会计资料基本真实，但存在以下问题。
三、审计发现的主要问题
1.超预算支出
2.财务支出手续不健全
3.会计科目使用不当
四、审计处理情况和建议
对上述问题，审计机关已依法出具审计报告，要求该校严格执行预算，加强财务管理和会计核算，完善支出审批手续。
五、审计发现问题的整改情况
目前，该校的问题已按审计要求整改。
"""


def test_an_audit_notice_s_advice_answers_its_bare_findings():
    r = segment_text(AUDIT_NOTICE_WITH_ADVICE)
    assert [f.title for f in r.findings] == ["超预算支出", "财务支出手续不健全", "会计科目使用不当"]
    assert all("加强财务管理和会计核算" in m for m in measure_texts(r))


PROBLEM_THEN_REQUIREMENT_ITEMS = """欢迎来到范文网！
特惠加入VIP会员
小学食品安全排查整改报告

这次食品卫生安全检查发现问题及整改意见如下：
1、学校食堂清洁卫生欠佳，食品存放较乱，要求做到存放有序；
2、食品采购记录不规范，看不到采购地点，要求按规定索证和建立台帐；
3、学校食堂生熟食存放不合格，应分开存放并做好冷冻保管；
"""


def test_items_that_state_a_problem_then_what_is_required_below_a_site_header():
    r = segment_text(PROBLEM_THEN_REQUIREMENT_ITEMS)
    assert len(r.findings) == 3
    assert r.findings[0].title == "学校食堂清洁卫生欠佳，食品存放较乱"
    assert r.findings[0].measure.text.startswith("要求做到存放有序")
    assert r.findings[2].measure.text.startswith("应分开存放")


PROBLEMS_UNDER_AREA_TITLES = """医院整改报告

一、整改问题梳理与分析
（一）医疗服务流程效率不足
1.门诊候诊时间过长：普通门诊平均候诊42分钟。
2.急诊会诊响应慢：会诊响应平均18分钟。
（二）医疗质量安全隐患待消除
1.病历书写规范性不足：甲级病历率89.3%。
2.手术安全核查执行不到位：执行率96.7%。
"""


def test_numbered_problems_under_short_area_titles_are_the_findings():
    r = segment_text(PROBLEMS_UNDER_AREA_TITLES)
    assert [f.title[:6] for f in r.findings] == ["门诊候诊时间", "急诊会诊响应", "病历书写规范", "手术安全核查"]
    assert r.findings[0].group == "医疗服务流程效率不足"


PROBLEM_LINES_UNDER_AREAS = """乡政务公开评估问题整改情况报告

一、存在问题
（一）重大决策预公开方面
未公开意见采纳情况；
意见征集与意见采纳未一一对应。
（二）政府会议方面
本年度未公开政府会议信息。
（三）年度重点工作任务落实情况方面
政府工作报告分解未公开监督方式。
"""


def test_problem_lines_under_area_headings_are_findings_each():
    r = segment_text(PROBLEM_LINES_UNDER_AREAS)
    assert len(r.findings) == 4
    assert r.findings[0].title == "未公开意见采纳情况"
    assert r.findings[1].group == "重大决策预公开方面"
    assert "监督方式" in r.findings[3].finding.text  # an area ending in 落实情况方面 is not a section of fixes


AREAS_THEN_SUGGESTIONS = """集团消防安全检查情况汇报

近期，集团进行了全面的消防检查，现将检查中发现的隐患问题汇总汇报如下。
一、消防设施设备方面
1.部分灭火器老化严重，超过使用年限。
2.消防通道不畅，被车辆占用。
二、消防安全管理方面
1.消防安全制度不健全，缺乏日常检查记录。
2.员工消防培训不足，不会使用灭火器。
针对以上问题，我们建议采取以下措施：
1.更换超期灭火器，确保设备有效。
2.清理消防通道，设置禁停标识。
3.建立消防日常检查登记制度。
4.每季度组织一次消防培训和演练。
"""


def test_problems_under_areas_answered_by_suggestions_that_refer_back():
    r = segment_text(AREAS_THEN_SUGGESTIONS)
    assert [f.title[:6] for f in r.findings] == ["部分灭火器老", "消防通道不畅", "消防安全制度", "员工消防培训"]
    assert r.findings[0].group == "消防设施设备方面"
    assert "更换超期灭火器" in r.findings[0].measure.text


MIXED_SECTION_WITH_ITS_FIXES = """小学食品安全自查报告

一、自查工作开展情况
学校成立食品安全自查小组，对食堂各环节进行了检查。
二、存在的问题及整改情况
在自查过程中，我们发现了一些需要改进的地方，主要包括：
- 部分食品储存区域通风不良，存在潮湿现象；
- 食品留样记录不够完整；
- 校园周边部分摊贩卫生条件较差。
针对上述问题，学校已采取以下措施：
- 对储存区域进行改造，增加通风设备2台；
- 修订食品留样制度，由专人每日核对留样记录；
- 联合城管部门对校园周边摊贩开展整治。
"""


def test_a_section_of_problems_and_fixes_split_by_its_lead_in():
    r = segment_text(MIXED_SECTION_WITH_ITS_FIXES)
    assert len(r.findings) == 3
    assert "通风不良" in r.findings[0].finding.text and "通风设备2台" in r.findings[0].measure.text
    assert "城管部门" in r.findings[2].measure.text


HAZARDS_LABELLED = """关于安全隐患整改情况的报告
隐患1:周界报警、电子围栏未开启。
整改措施:当天下午联系维保单位拆除门卫室报警器的声音开关,并对保安进行操作培训。
隐患2:进出人员登记不全;保安脱岗。
整改措施:2月28日召开保安工作会议,对脱岗的两名保安进行了批评和警告。
隐患3:配电间缺少二氧化碳灭火器。
整改措施:已在配电间配备二氧化碳灭火器4个。
隐患4:行政办公室物品较多,不够整洁。
学校已经要求各行政办公室对物品进行清理和整理,3月3日前完成。
"""


def test_hazards_numbered_as_labels_are_findings_and_a_lost_label_keeps_its_fix():
    report = segment_text(HAZARDS_LABELLED)
    assert report.layout == "labeled"
    assert [f.title[:6] for f in report.findings] == ["周界报警、电", "进出人员登记", "配电间缺少二", "行政办公室物"]
    last = report.findings[-1]
    assert last.measure is not None and "清理和整理" in last.measure.text
    assert "学校已经要求" not in last.finding.text


def test_an_items_own_detail_is_not_taken_for_a_lost_measure():
    text = HAZARDS_LABELLED.replace("学校已经要求各行政办公室对物品进行清理和整理,3月3日前完成。", "梳理了2023年以来的物品台账,数量较多。")
    last = segment_text(text).findings[-1]
    assert last.measure is None and "梳理了" in last.finding.text


UNITS_WITH_PROBLEMS = """创文督查问题清单
具体问题如下:
1. 县图书馆
(1)院内电动车未按指定区域停放;
(2)灭火器过期未更换;
(3)卫生间通道有小广告。
问题整改责任单位:县图书馆 整改时限:3天
2. 县人民医院
(1)院内禁烟标识数量不达标;
(2)门诊大厅消防设施位置设置不当;
问题整改责任单位:县卫健局 整改时限:5天
3. 县妇幼保健院
(1)门诊大厅无障碍通道堵塞不畅;
(2)小区消防设施未定期维护;
(3)学雷"""


def test_problems_listed_under_a_name_share_the_block_after_them():
    report = segment_text(UNITS_WITH_PROBLEMS)
    titles = [f.title for f in report.findings]
    # every listed problem, whatever its words (小广告, 设置不当), and not the word cut by the page
    assert titles == ["院内电动车未按指定区域停放", "灭火器过期未更换", "卫生间通道有小广告", "院内禁烟标识数量不达标",
                      "门诊大厅消防设施位置设置不当", "门诊大厅无障碍通道堵塞不畅", "小区消防设施未定期维护"]
    first, fifth, last = report.findings[0], report.findings[4], report.findings[-1]
    assert first.measure is not None and "县图书馆" in first.measure.text and "3天" in first.measure.text
    assert fifth.measure is not None and "县卫健局" in fifth.measure.text
    assert last.measure is None  # the page ends before that unit's block


OUTLINE_THEN_LIST = (
    "各县(市、区)人民政府: 现将第一季度全市政府网站检查情况通报如下: 一、总体情况 全市政府网站运行平稳。 "
    "二、存在的问题 通过检查主要发现以下问题:一是发布信息审核不够严格,错敏信息占比较大。二是备案信息变更不够及时,"
    "未能及时提交变更申请。三是联动发布落实不够迅速,协调联动迟缓。 三、下一步工作要求 (一)严格信息审核制度,坚持每日读网检查。"
    "(二)完善网站备案信息,备案材料缺少的要立即补全。(三)加强上下协调联动,快速落实转载任务。\n"
)


def test_a_pages_outline_before_its_list_of_problems_does_not_hide_the_list():
    report = segment_text(OUTLINE_THEN_LIST)
    assert [f.title[:6] for f in report.findings] == ["发布信息审核", "备案信息变更", "联动发布落实"]
    assert all(f.measure is not None and "读网检查" in f.measure.text for f in report.findings)


FOUND_AND_TOLD = """关于市区环境卫生专项督查情况的通报
1、10月9日督查发现,中山北街一处幼儿园存在门前长期堆积生活垃圾情况,当面告知责任单位负责人限期整改,经10月11日“回头看”,该处垃圾已经清理,问题已整改。
责任主体:哆啦咪幼儿园
2、10月9日督查发现,东关南路工地现场存在污染路面、砂石料未全部覆盖等情况,经10月11日“回头看”,问题整改不彻底,我局执法人员现场书面告知责任单位负责人限期整改。
责任主体:宁夏大原房地产开发公司
3、10月9日督查发现,南城路总工会门前草坪里生活垃圾清理不及时,当面告知责任单位负责人限期整改,经10月11日“回头看”,问题已整改。
责任主体:原州区总工会
"""


def test_an_item_that_states_a_problem_then_what_the_inspector_did_is_split_there():
    report = segment_text(FOUND_AND_TOLD)
    assert len(report.findings) == 3
    one, two, _ = report.findings
    assert one.finding.text.endswith("生活垃圾情况") and one.measure is not None and one.measure.text.startswith("当面告知")
    assert two.finding.text.endswith("未全部覆盖等情况") and "书面告知" in (two.measure.text if two.measure else "")
    assert [o.text for o in one.owners] == ["哆啦咪幼儿园"]


GRANTED_ONLY = """鹿城镇审计整改结果公告
一、审计发现的主要问题
(一)未按协议兑付土地承包金;
(二)结余资金未缴财政;
(三)扩大开支范围。
二、审计发现问题整改情况
(一)关于《审计报告》中提出“未按协议兑付土地承包金”的问题情况属实,已于2021年3月兑付承包金12.6万元。
(二)关于《审计报告》中提出“结余资金未缴财政”的问题情况属实,已将结余资金4085元上缴市财政。
(三)关于《审计报告》中提出“扩大开支范围”的问题情况属实,"""


def test_an_answer_that_only_grants_the_finding_is_no_measure():
    report = segment_text(GRANTED_ONLY)
    assert [f.title for f in report.findings] == ["未按协议兑付土地承包金", "结余资金未缴财政", "扩大开支范围"]
    assert [f.measure is not None for f in report.findings] == [True, True, False]


PROBLEMS_WITH_ANSWERS = """学校食品安全排查整改报告
这次食品卫生安全检查发现问题及整改意见如下:
1、学校食堂的清洁卫生欠佳,食品存放较乱,要求做到存放有序;
2、食品采购记录不规范,要求按规定索证和建立台帐;
3、不得出售过期、变质食品和三无产品;
4、校内有一摊点无卫生许可证,建议立即办理。
"""


def test_a_requirement_in_a_list_of_problems_is_a_finding_that_answers_itself():
    report = segment_text(PROBLEMS_WITH_ANSWERS)
    assert len(report.findings) == 4
    third = report.findings[2]
    assert third.title.startswith("不得出售") and third.measure is not None and "不得出售" in third.measure.text


def test_an_owner_field_named_for_the_problems_rectification_is_an_owner():
    first = segment_text(UNITS_WITH_PROBLEMS).findings[0]
    assert [o.text for o in first.owners] == ["县图书馆"]


# --- problems listed in running text that no intro opens (vocabulary 1.3.0) ----------------------

REFERRED_BACK = """东城路口腔诊所无医疗废物登记台账，西园街便民药店从业人员无有效健康证明，北关小区棋牌室无消防器材、无安全出口标识。鉴于上述情况，区监督所当日责令各单位限期整改，并于三日后复查，对整改不力的依法予以处罚。
"""


def test_a_sentence_of_faults_referred_back_to_is_a_list_of_findings():
    report = segment_text(REFERRED_BACK)
    assert [f.finding.text[:4] for f in report.findings] == ["东城路口", "西园街便", "北关小区"]
    assert all(f.measure is not None and f.measure.text.startswith("鉴于上述情况") for f in report.findings)


NARRATIVE_REFERRED_BACK = """检查组查阅了台账，走访了群众，召开了座谈会。针对上述情况，镇党委要求各村认真总结。
"""


def test_a_narrative_sentence_referred_back_to_is_not_a_list():
    assert segment_text(NARRATIVE_REFERRED_BACK).findings == []


BARE_POINTED_OUT_GROUPS = """会上，巡察组组长通报了巡察情况。他指出，一是工作作风方面：值班制度执行不到位；来访登记不规范。二是财务管理方面：报销票据审核不严；固定资产账实不符；公务用车管理不规范。巡察组建议，该局要进一步改进作风；进一步严格财务管理。
局长表示，坚决抓好整改。
"""


def test_a_bare_pointed_out_run_of_areas_lists_each_clause_as_a_finding():
    report = segment_text(BARE_POINTED_OUT_GROUPS)
    assert [f.finding.text for f in report.findings] == [
        "值班制度执行不到位", "来访登记不规范", "报销票据审核不严", "固定资产账实不符", "公务用车管理不规范",
    ]
    assert [f.group for f in report.findings] == ["工作作风方面"] * 2 + ["财务管理方面"] * 3
    # one clause of the suggestion per area
    measures = measure_texts(report)
    assert all(m.endswith("改进作风") for m in measures[:2]) and all(m.endswith("严格财务管理") for m in measures[2:])


SPEAKER_DEMANDS = """会上，县委书记讲话。他指出，一是要提高政治站位；二是要压实工作责任；三是要加强督促检查。与会人员表示坚决落实。
"""


def test_a_bare_pointed_out_run_of_demands_is_not_a_list_of_problems():
    assert segment_text(SPEAKER_DEMANDS).findings == []


FOUND_PER_PLACE = """5月8日，县文明办督查组对城区三个社区开展督查。
督查中，督查组发现东门社区背街小巷垃圾清运不及时、墙面小广告较多；西关社区楼道内仍有杂物堆放，消防通道不畅。南湖社区部分路灯损坏，健身器材缺少维护。
督查组要求各社区立即整改，于5月15日前全部整改到位，县文明办将组织复查。
"""


def test_found_clauses_per_place_up_to_the_answering_paragraph():
    report = segment_text(FOUND_PER_PLACE)
    assert [f.finding.text[:4] for f in report.findings] == ["东门社区", "西关社区", "南湖社区"]
    assert all(f.measure is not None and "5月15日前" in f.measure.text for f in report.findings)


ENUMERATED_THEN_REFERRED = """一、食堂检查情况
主要存在以下问题：一是操作间生熟案板混用；二是留样记录不全。以上情况已责令食堂负责人立即整改，限两日内整改完毕。
"""


def test_a_sentence_referring_back_ends_an_enumerated_list_and_answers_it():
    report = segment_text(ENUMERATED_THEN_REFERRED)
    assert len(report.findings) == 2
    assert "以上情况" not in report.findings[1].finding.text
    assert all(f.measure is not None and "两日内" in f.measure.text for f in report.findings)


PRAISE_THEN_CLOSED_LIST = """检查发现，各企业总体情况良好，台账资料较为齐全，未发现超期使用设备。但部分企业也存在操作规程未上墙；应急预案未演练；消防通道不畅等问题。
检查组要求各企业限期整改，于本月底前报送整改情况。
"""


def test_found_praise_before_a_closed_list_leaves_the_list_as_it_is():
    report = segment_text(PRAISE_THEN_CLOSED_LIST)
    assert [f.finding.text[:4] for f in report.findings] == ["操作规程", "应急预案", "消防通道"]
# --- a list's numbered answer that names other problems than its numbers' -------------------------

CROSSWISE_ANSWER = """镇农贸市场消防检查情况
检查组对镇农贸市场开展了消防安全检查,发现的问题主要有:一是消防通道被摊位占用。部分商户在通道摆放货物。二是灭火器过期失效。市场东区灭火器超过有效期。三是商户消防意识淡薄。多数商户不会使用灭火器。
针对以上问题,检查组提出整改意见:一是开展消防培训,组织商户学习使用灭火器,增强消防意识;二是清理消防通道,劝离占道摊位;三是更换过期灭火器,建立灭火器检查台账。
"""

UNMATCHED_ANSWER = """区统计局迎检情况
检查组查阅了各专业台账,反馈问题主要有:一是部分调查表填报不完整;二是部分原始记录未归档;三是个别指标口径不一致。
针对反馈的情况,局长要求:一是要提高站位,充分认识统计工作的重要性;二是要规范调查表填报,逐项补齐缺漏内容;三是要查漏补缺,对调查表填报开展一次自查。
"""


def test_a_lists_numbered_answer_pairs_by_what_its_points_name():
    r = segment_text(CROSSWISE_ANSWER)
    assert len(r.findings) == 3
    assert "清理消防通道" in measure_texts(r)[0]
    assert "更换过期灭火器" in measure_texts(r)[1]
    assert "开展消防培训" in measure_texts(r)[2]


def test_a_lists_numbered_answer_whose_points_do_not_pair_one_by_one_is_read_whole():
    r = segment_text(UNMATCHED_ANSWER)
    assert len(r.findings) == 3
    assert all("要提高站位" in m and "查漏补缺" in m for m in measure_texts(r))


# --- a sentence that opens with what was found and lists it at ；; an answer opened by 责令 --------

FOUND_CLAUSES = """街道安全生产检查通报
一、沿街商铺检查情况
本次检查主要存在以下问题:一是五金店门口堆放杂物堵塞通道;二是餐馆液化气瓶未固定;三是理发店插线板私拉乱接。以上情况已责令店主立即整改,限两日内整改完毕。
二、小区检查情况
检查中发现东苑小区楼道内电动车违规充电;西苑小区消防栓未通水;南苑小区监控探头长期无人看管。针对以上情况,已下发整改通知书至各物业,责令其五日内整改完毕。
"""


def test_a_sentence_that_opens_with_what_was_found_lists_it_at_semicolons():
    r = segment_text(FOUND_CLAUSES)
    titles = [f.finding.text for f in r.findings]
    assert len(titles) == 6
    assert "东苑小区" in titles[3] and "西苑小区" in titles[4] and "南苑小区" in titles[5]
    assert all("下发整改通知书" in m for m in measure_texts(r)[3:])


def test_an_answer_may_open_with_the_order_given():
    r = segment_text(FOUND_CLAUSES)
    assert all(m.startswith("以上情况已责令") for m in measure_texts(r)[:3])
    assert "以上情况" not in r.findings[2].finding.text


NOUN_REQUIREMENT = """外语学院支部召开专题组织生活会
会议第二项,支部书记指出,支委工作中的突出问题包括:理论学习深度不够;谈心谈话开展不够;支部活动形式单一。
会议第三项,全体党员以落实学院党委关于整改工作的要求为主题,逐一进行了批评与自我批评。
"""


def test_a_requirement_named_as_a_noun_answers_no_list():
    r = segment_text(NOUN_REQUIREMENT)
    assert len(r.findings) == 3
    assert all(f.measure is None for f in r.findings)


# --- a listed problem that goes on to say it was rectified ----------------------------------------

OWN_DONE = """市档案馆馆藏档案检查情况通报
一、总体情况
本次共检查市直单位档案室20个,合格18个。
二、主要问题
(一)档案整理。部分单位文书档案未按年度装订,卷内目录缺失。
(二)数字化。对12家单位进行了数字化专项抽查,共发现著录错误156条,截至4月30日,已完成整改140条。
三、下一步工作要求
各单位要落实档案管理责任,按照规范做好日常整理工作。
"""


def test_a_listed_problem_that_says_it_was_rectified_has_that_clause_for_its_measure():
    r = segment_text(OWN_DONE)
    assert len(r.findings) == 2
    second = r.findings[1]
    assert second.finding.text.endswith("共发现著录错误156条")
    assert second.measure is not None and second.measure.text.startswith("截至4月30日,已完成整改140条")
    assert "落实档案管理责任" in second.measure.text
    assert "已完成整改" not in (r.findings[0].measure.text if r.findings[0].measure else "")


# --- fixes numbered as the problems' groups are --------------------------------------------------

GROUP_NUMBERED_FIXES = """车辆管理问题整改情况报告
一、存在问题
(一)车辆使用不规范
1.公车私用现象时有发生。节假日公车未按规定封存。
2.派车手续不全。部分出车无派车单。
(二)维修费用偏高
1.定点维修未落实。部分车辆在非定点厂维修。
2.油耗统计不准确。加油卡与车辆未一一对应。
二、整改措施
(一)健全档案资料
建立车辆台账,统一归档各车行驶证复印件。
"""


def test_fixes_numbered_as_the_problems_groups_name_no_problem_by_their_number():
    r = segment_text(GROUP_NUMBERED_FIXES)
    assert len(r.findings) == 4
    assert all(f.measure is None for f in r.findings)
    assert len(r.segmentation.unpaired_measures) == 1


INTRO_BEFORE_LIST = """镇人居环境督查通报
从此次督查情况来看,各村村道较为干净,但也依然存在一些问题,多处房前屋后杂物乱堆乱放、卫生死角未清理等现象。希望各村对所曝光问题及时进行整改。
"""


def test_a_lists_intro_in_its_own_clause_is_not_its_first_item():
    r = segment_text(INTRO_BEFORE_LIST)
    assert [f.finding.text for f in r.findings] == ["多处房前屋后杂物乱堆乱放", "卫生死角未清理"]


ANSWER_IN_SECOND_CLAUSE = """村卫生室督导整改报告
督导时发现我室有以下问题:1、药品未按效期摆放;2、处方登记不全;3、医疗废物未分类。卫生室十分重视此项工作,针对督导发现的问题及时召开会议,逐项落实整改。
"""


def test_a_list_ends_at_a_sentence_whose_second_clause_answers_it():
    r = segment_text(ANSWER_IN_SECOND_CLAUSE)
    assert len(r.findings) == 3
    assert r.findings[2].finding.text.startswith("3、医疗废物未分类") and "十分重视" not in r.findings[2].finding.text
    assert all(m.startswith("卫生室十分重视") for m in measure_texts(r))


FOUND_THEN_CAUSES = """县卫生监督所督导医疗机构工作
3月5日，县卫生监督所对辖区医疗机构进行了督导检查。通过督查发现，一些诊所仍存在消毒不严格、登记不完整等行为，部分卫生室不能提供监督意见书等资料。原因主要有：监督机构下达了执法文书，但医疗机构未能妥善保存；监督机构进行了检查，但没有发现问题，未下达执法文书。
针对发现的问题，监督所依法下达了卫生监督意见书，责令限期改正。
"""


def test_the_causes_after_what_was_found_are_no_findings():
    report = segment_text(FOUND_THEN_CAUSES)
    assert not any("原因" in f.finding.text or "妥善保存" in f.finding.text for f in report.findings)


SITES_IN_ONE_PARAGRAPH = """近日，县安委办检查组到城东街道开展安全检查，发现滨河花园二期工程存在如下问题：一是塔吊基础积水未排。二是配电箱未上锁。发现城东农贸市场改造项目存在如下问题：一是灭火器压力不足。二是疏散通道堆放杂物。三是临时用电线路私拉乱接。
针对上述问题，检查组要求街道督促施工单位立即整改，三日内报送整改情况。
"""


def test_a_paragraph_listing_the_problems_of_several_sites_reads_each_list():
    r = segment_text(SITES_IN_ONE_PARAGRAPH)
    assert [f.finding.text[2:6] for f in r.findings] == ["塔吊基础", "配电箱未", "灭火器压", "疏散通道", "临时用电"]
    assert "城东农贸市场" not in r.findings[1].finding.text
    # the answer after the last list answers the first site's list too
    assert all(m.startswith("针对上述问题") for m in measure_texts(r))



def test_an_older_vocabulary_reads_only_the_first_sites_list():
    from checker.models import Source
    from checker.segment import segment
    from checker.vocabulary import load_vocabulary

    old = segment(Source(path="a.txt", text=SITES_IN_ONE_PARAGRAPH, format="txt"), vocabulary=load_vocabulary("1.2.0"))
    assert len(old.findings) == 2


REQUIREMENTS_SECTION = """各村、镇直有关单位：
一、督查情况
从督查情况看，各村环境卫生总体有所提升，但仍存在以下问题：一是村组道路杂物乱堆乱放；二是公厕保洁不到位；三是垃圾清运不及时。
二、下步工作要求
提高认识，压实责任。各村要充分认识环境整治的重要性，落实村级主体责任。
建立机制，常抓不懈。各村对发现的问题要于12月20日前整改到位，镇执法大队将开展复查。
三、其他事项
请各村于12月25日前报送整改情况。
"""


def test_a_list_answered_by_a_requirements_heading_is_answered_by_its_whole_section():
    r = segment_text(REQUIREMENTS_SECTION)
    assert len(r.findings) == 3
    for m in measure_texts(r):
        assert "压实责任" in m and "12月20日前整改到位" in m
        assert "报送整改情况" not in m  # the next section is not the answer


AREAS_AMONG_PROBLEMS = """区政务公开办关于一季度政府网站检查情况的通报
各街道、区直各部门：
一、总体情况
一季度共检查政府网站8家，总体合格率100%。
二、存在的问题
（一）网站栏目维护仍有不足。一是栏目更新不及时，部分子栏目超过三个月未更新。二是信息审核不到位，区水务局发布的通知存在错别字。
（二）政务新媒体管理还有疏漏。一是账号长期不更新，“东城发布”微博两个月未更新。二是留言回复不及时。
"""


def test_numbered_areas_among_problems_each_list_their_problems():
    r = segment_text(AREAS_AMONG_PROBLEMS)
    assert [f.title for f in r.findings] == ["栏目更新不及时，部分子栏目超过三个月未更新", "信息审核不到位，区水务局发布的通知存在错别字",
                                           "账号长期不更新，“东城发布”微博两个月未更新", "留言回复不及时"]


AREAS_AFTER_A_LISTED_AREA = """经查，你校存在以下问题：
1.办学条件方面：主要存在以下问题：一是班额超标；二是生均绿化面积不足。
2.学校管理方面：一是教师持证上岗率不达标。二是教师培训制度不健全。三是安全台账记录不全。
"""


def test_an_area_after_one_that_listed_problems_lists_problems_too():
    r = segment_text(AREAS_AFTER_A_LISTED_AREA)
    assert len(r.findings) == 5
    assert r.findings[2].finding.text.startswith("一是教师持证上岗率不达标")


AREA_CUT_BY_THE_PAGE = """二、存在的问题
（一）网站栏目维护仍有不足。一是栏目更新不及时。二是信息审核不到位。
（二）政务新媒体管理还有疏漏。一是账号长期不更新，“东城发布”微博两个月未更新，“西城"""


def test_an_area_the_page_cuts_inside_its_first_item_lists_that_item():
    r = segment_text(AREA_CUT_BY_THE_PAGE)
    assert len(r.findings) == 3
    assert r.findings[2].finding.text.startswith("一是账号长期不更新")


AREA_UNDER_MEASURES = """二、整改措施
（一）加强网站维护。一是明确专人负责更新。二是建立审核制度。
（二）加强新媒体管理。一是定期巡查账号。二是及时回复留言。
"""


def test_numbered_areas_under_measures_list_no_problems():
    assert segment_text(AREA_UNDER_MEASURES).findings == []


NUMBERED_FINDINGS_WITH_SUB_POINTS = """三、存在的突出问题
（一）落实上级决策部署方面
1.理论学习不深入。一是学习不够系统，在学懂上有差距。二是学用结合不够，指导实践不够有力。
2.帮扶工作不够务实。一是帮扶形式单一。如，以慰问、购买农产品等方式为主，缺乏造血措施。二是帮扶成效不明显。
3.统战工作不够到位。一是思想认识不深入。二是党外干部培养不到位。
"""


def test_numbered_findings_under_a_group_keep_their_sub_points():
    r = segment_text(NUMBERED_FINDINGS_WITH_SUB_POINTS)
    assert [f.title for f in r.findings] == ["理论学习不深入", "帮扶工作不够务实", "统战工作不够到位"]
# --- a heading of what became of the problems heads measures ---------------------------------------

HANDLED_PROBLEMS = """县审计局关于县园林所2023年度财务收支审计结果公告
一、基本情况
县园林所为公益一类事业单位，实有人员12人。
二、审计发现的主要问题
(一)固定资产未及时登记入账。
(二)公务用车使用登记不完整。
三、存在问题的处理及整改情况
对于存在的问题，我局已依法出具审计报告，该所已按照审计要求完成整改。
"""


def test_a_heading_of_the_problems_handling_heads_theirmeasure_texts():
    r = segment_text(HANDLED_PROBLEMS)
    assert len(r.findings) == 2
    assert all("已按照审计要求完成整改" in m for m in measure_texts(r))


# --- a revisit's list of what is still not rectified names the earlier problems again --------------

REVISIT_REMAINDER = """县督查组回访城东街道环境整治情况
6月2日,县督查组到城东街道督查,指出该街道存在农贸市场周边占道经营、背街小巷垃圾未清运、沿街广告牌破损等问题,并提出整改意见。
6月20日,督查组进行回访。农贸市场周边占道经营已得到整治,背街小巷垃圾已清运。尚未整改到位的问题有:沿街广告牌破损未更换,部分背街小巷仍有零星垃圾。
督查组要求该街道继续推进整改。
"""


def test_a_revisits_list_of_what_remains_is_no_new_finding():
    r = segment_text(REVISIT_REMAINDER)
    assert len(r.findings) == 3
    assert "沿街广告牌破损" in r.findings[2].finding.text
    assert all("占道经营已得到整治" in m for m in measure_texts(r))


# --- a section of places, each with what was found there, after the problems section --------------

PLACES_AFTER_PROBLEMS = """镇环境卫生暗访情况通报
一、总体情况
各村主干道路保洁情况较好。
二、存在的问题
1.柴草乱堆乱放。部分农户门前柴草堆放无序。
2.垃圾清运不及时。个别垃圾桶满溢未清运。
三、各村情况
(一)东湖村:村道两旁柴草乱堆,未及时清理。
(二)西岭村:垃圾桶周边垃圾未及时清运。
(三)南坪村:沟渠内存在漂浮垃圾。
"""


def test_places_with_what_was_found_there_are_findings_after_the_themes():
    r = segment_text(PLACES_AFTER_PROBLEMS)
    assert len(r.findings) == 5
    assert "东湖村" in r.findings[2].finding.text and "南坪村" in r.findings[4].finding.text
    assert all(f.measure is None for f in r.findings)


# --- recommendations written as the points of one paragraph count points, not problems -----------

AUDIT_POINTS = """县审计局关于县卫生院财务收支审计结果公告
一、审计发现的主要问题
(一)未按规定收取押金12000元;
(二)药品采购未经集体研究;
(三)固定资产账实不符;
(四)公务接待清单缺失。
二、审计处理情况及建议
审计建议:一是严格执行医疗收费规定,规范收费行为。二是健全内部控制制度。
"""


def test_fewer_recommendation_points_than_problems_pair_by_what_they_name_only():
    r = segment_text(AUDIT_POINTS)
    assert len(r.findings) == 4
    # 一是 says nothing of a deposit, 二是 nothing of a purchase: their numbers pair nothing
    assert r.findings[0].measure is None and r.findings[1].measure is None


# --- a check's results: items that found nothing wrong are no findings --------------------------

CHECK_RESULTS = """幼儿园开学前安全检查情况
园务安全小组对园舍、大型玩具、消防设施进行了检查,经查:
1、园舍主体结构坚固,未发现安全隐患。
2、滑梯护栏一处螺丝松动,已经联系厂家,定于开学前更换。
3、消防器材齐全,灭火器压力正常。
4、厨房排烟管道油污较多,经和物业联系,本周内清洗。
5、教室照明正常。
6、门窗完好,护栏稳定。
"""


def test_results_that_found_nothing_wrong_are_no_findings():
    r = segment_text(CHECK_RESULTS)
    assert len(r.findings) == 2
    assert "螺丝松动" in r.findings[0].finding.text and "联系厂家" not in r.findings[0].finding.text
    assert "定于开学前更换" in measure_texts(r)[0]
    assert "本周内清洗" in measure_texts(r)[1]


# --- problems named as numbered headings with nothing under them, answered together --------------

NAMED_PROBLEM_HEADINGS = """2023年3月至5月,市审计局对我公司安全生产投入情况进行了专项审计,提出我公司存在如下三类问题:
一、安全生产费用提取使用方面存在的问题
二、隐患排查治理方面存在的问题
三、应急演练组织方面存在的问题
以上问题,我公司高度重视,逐项制定整改措施,目前第一项、第三项问题已整改完成,第二项问题持续整改中。
"""


def test_problems_named_as_headings_with_nothing_under_them_are_answered_together():
    r = segment_text(NAMED_PROBLEM_HEADINGS)
    assert len(r.findings) == 3
    assert "隐患排查治理" in r.findings[1].finding.text
    assert all("持续整改中" in m for m in measure_texts(r))


# --- a measure label glued to the problem, the page having lost the break before it ---------------

GLUED_LABELS = """中共某县农业农村局党组关于县委巡察反馈意见整改情况的通报

一、整改落实情况
(一)落实上级决策部署有差距。
问题1.高标准农田建设项目推进滞后整改情况:已于2024年3月召开项目推进会,倒排工期,5个项目全部开工。
问题2.农业执法检查次数偏少整改情况:制定年度执法检查计划,每季度开展一次农资市场专项检查。
问题3.村级财务公开不规范整改情况:印发村务公开目录,组织全镇报账员培训。
"""


def test_a_measure_label_glued_to_the_problem_opens_the_measure():
    r = segment_text(GLUED_LABELS)
    assert len(r.findings) == 3
    assert r.findings[0].finding.text.endswith("推进滞后")
    assert "召开项目推进会" in measure_texts(r)[0]
    assert "整改情况" not in r.findings[1].finding.text and "每季度" in measure_texts(r)[1]
    assert "报账员培训" in measure_texts(r)[2]


JOINED_LABEL_HEADINGS = """关于巡察反馈问题整改情况的报告
1.巡察反馈问题整改情况:反馈的5个问题已全部整改完成。
2.采取的以下整改措施:建立台账,逐项销号。
"""


def test_a_label_after_a_joining_word_is_part_of_the_heading():
    r = segment_text(JOINED_LABEL_HEADINGS)
    assert not any(f.finding.text.endswith("问题") for f in r.findings)


# --- an item answered by an enforcement act --------------------------------------------------------

ENFORCEMENT_ANSWERS = """关于环保督察交办信访件办理情况
现将交办件办理情况报告如下:
1.关于某建材厂粉尘污染问题。经查属实,已督促企业安装喷淋设施,目前已完成整改。
2.关于河道两岸违章搭建问题。经查属实,镇政府组织拆除违章搭建3处。
3.关于夜市烧烤油烟扰民问题。城管部门取缔露天烧烤摊点,责令店内烧烤安装油烟净化器。
"""


def test_an_item_answered_by_an_enforcement_act_is_a_finding():
    r = segment_text(ENFORCEMENT_ANSWERS)
    assert len(r.findings) == 3
    assert "烧烤油烟扰民" in r.findings[2].finding.text
    assert "取缔露天烧烤摊点" in measure_texts(r)[2]


# --- problems listed one a line under the names of the units checked -------------------------------

UNIT_LINES = """关于春节期间安全生产督查情况的通报
各镇人民政府,县级各部门:
1月20日,县安委办对全县部分镇和企业安全生产工作进行了督查。现将发现的问题通报如下:
一、存在的问题
城南镇:一是烟花爆竹零售点未配备灭火器。二是部分经营户值守人员未在岗。
河西镇:液化气站安全出口堆放杂物,消防通道不畅通。
东山水泥厂:特种作业人员证件过期,未及时复审。
县汽车站(老站):安检仪故障,未及时维修。
二、下步工作要求
各单位要对上述问题立即整改,县安委办将组织回头看,对整改不力的予以通报。
"""


def test_problems_under_unit_names_are_one_a_line_or_a_point():
    r = segment_text(UNIT_LINES)
    assert len(r.findings) == 5
    assert "灭火器" in r.findings[0].finding.text and "值守人员" in r.findings[1].finding.text
    assert "液化气站" in r.findings[2].finding.text
    assert "安检仪故障" in r.findings[4].finding.text
    assert all("组织回头看" in m for m in measure_texts(r))


# --- a check's results that praise, then turn to what falls short ----------------------------------

PRAISE_THEN_FAULT = """镇中心学校食品安全专项检查结果通报
5月10日,镇中心学校对辖区各校食堂开展了食品安全专项检查,现将检查结果通报如下:
1. 制度建设:各校均建立了食品安全管理制度,明确了校长为第一责任人。但部分学校晨检记录填写不及时,存在补记现象。
2. 食材采购:各校均从定点供应商采购食材,索证索票资料较为齐全。然而,个别学校进货台账与实物不符。
3. 环境卫生:各校食堂操作间整洁有序,餐具消毒设施运转正常。
4. 从业人员:从业人员均持有健康证明,不过部分人员食品安全知识培训还有待加强。
"""


def test_praise_then_a_turn_to_what_falls_short_is_the_finding():
    r = segment_text(PRAISE_THEN_FAULT)
    assert len(r.findings) == 3
    assert r.findings[0].finding.text.startswith("但部分学校晨检记录")
    assert "建立了食品安全管理制度" not in r.findings[0].finding.text
    assert "进货台账" in r.findings[1].finding.text
    assert "培训还有待加强" in r.findings[2].finding.text
    assert all(f.measure is None for f in r.findings)


# --- a template site's watermark stamped at the end of lines; offences listed as problems ----------

WATERMARKED_NOTICE = """限期整改通知书
某某砖厂: 范文站 www.fanwenzhan.com
经现场检查,你单位存在以下安全生产违规行为: 范文站,公文写作之家
1、窑炉作业区未设置安全警示标志; 范文站 www.fanwenzhan.com
2、部分特种作业人员无证上岗;
3、成品堆放超高,存在倒塌隐患。
现责令你单位于7月31日前按以下要求进行整改:
1、在窑炉作业区设置安全警示标志;
2、组织特种作业人员参加培训,取得资格证书后方可上岗;
3、成品堆放高度不得超过2米。
"""


def test_a_site_watermark_is_cut_and_offences_head_problems():
    r = segment_text(WATERMARKED_NOTICE)
    assert len(r.findings) == 3
    assert all("范文站" not in f.finding.text and "www" not in f.finding.text for f in r.findings)
    assert "无证上岗" in r.findings[1].finding.text
    assert "取得资格证书" in measure_texts(r)[1]
    assert "不得超过2米" in measure_texts(r)[2]


# --- a revisit's lines, each listing a site's problems and ending in their status ------------------

STATUS_LINES = """5月8日,镇安办对前期排查出的农贸市场消防隐患整改情况进行回头看。
东街市场消防通道被摊位占用;部分灭火器压力不足,现已整改完毕。
西街市场电线私拉乱接;无应急照明灯,现已整改到位。
北关市场二楼仓库无自动喷淋设施;疏散指示标志损坏,此两项问题预计在本月底前整改完毕。
下一步,镇安办将继续加强督导,确保隐患动态清零。
"""


def test_lines_of_problems_ending_in_their_status_are_findings():
    r = segment_text(STATUS_LINES)
    assert len(r.findings) == 3
    assert r.findings[0].finding.text.startswith("东街市场") and "整改完毕" not in r.findings[0].finding.text
    assert "现已整改完毕" in measure_texts(r)[0]
    assert "无应急照明灯" in r.findings[1].finding.text
    assert "预计在本月底前整改完毕" in measure_texts(r)[2]


# --- what an unannounced check found, one site a line, then a paragraph referring back ------------

FOUND_LINES = """县城管局近日对城区背街小巷环境卫生开展暗访。

检查发现,人民路东段人行道上有建筑垃圾。

文化巷口绿化带内堆放杂物。

幸福小区北门外垃圾桶满溢,周边有散落垃圾。

现将以上问题予以通报,请相关街道三日内清理完毕。
"""


def test_what_a_check_found_one_site_a_line_is_a_list():
    r = segment_text(FOUND_LINES)
    assert len(r.findings) == 3
    assert r.findings[0].finding.text.startswith("人民路东段")
    assert "绿化带内堆放杂物" in r.findings[1].finding.text
    assert all("三日内清理完毕" in m for m in measure_texts(r))


# --- a fix for the whole, after the problems, is counted once ------------------------------------

GENERAL_FIX_FIRST = """某村小学关于校舍安全隐患的自查报告

我校对校舍、设施进行了全面排查，情况如下：
1、学校厨房的电线老化，部分插座松动。
2、学生宿舍楼梯扶手不牢固，存在安全隐患。
3、操场围墙出现裂缝，有倒塌危险。
1、进一步加强安全教育，利用班会、周会对学生开展安全知识教育，增强师生的安全防范意识。
2、请电工更换厨房老化电线，重新安装松动的插座。
3、对宿舍楼梯扶手进行加固。
4、对操场围墙裂缝处进行修补，并设置警示标志。
"""


def _without_held_fixes():
    from checker.vocabulary import load_vocabulary

    v = load_vocabulary()
    layouts = v.weights.layouts.model_copy(update={"unpaired_fixes_held": False})
    return v.model_copy(update={"weights": v.weights.model_copy(update={"layouts": layouts})})


def test_a_general_fix_the_reading_holds_is_neither_unexplained_nor_an_orphan():
    from checker.models import Source
    from checker.segment import segment

    r = segment_text(GENERAL_FIX_FIRST)
    assert len(r.findings) == 3
    assert "电线老化" in r.findings[0].finding.text and "更换厨房老化电线" in r.findings[0].measure.text
    assert [m.text[:9] for m in r.segmentation.unpaired_measures] == ["1、进一步加强安全"]
    assert [n.reason for n in r.segmentation.not_findings] == ["general_measure"]
    f = r.segmentation.features
    assert f["unexplained_items"] == 0.0 and f["orphan_actions"] == 0.0 and f["unpaired_fixes"] > 0.0
    old = segment(Source(path="a.txt", text=GENERAL_FIX_FIRST, format="txt"), vocabulary=_without_held_fixes())
    assert old.segmentation.features["unexplained_items"] > 0.0
    assert old.segmentation.confidence < r.segmentation.confidence


def test_an_unpaired_fix_that_names_its_problem_still_counts_against_the_reading():
    text = GENERAL_FIX_FIRST.replace("1、进一步加强安全教育，", "1、针对学生安全意识淡薄，加强安全教育，")
    r = segment_text(text)
    assert [n.reason for n in r.segmentation.not_findings] == ["unexplained"]
    assert r.segmentation.features["orphan_actions"] > 0.0


# --- an item that only names an area over numbered points ----------------------------------------

TITLE_OVER_POINTS = """某中学安全工作自查报告

（一）自查发现的问题：
1、门卫管理情况：外来人员进出校门登记不全；
2、食堂安全情况：
（1）食堂后门插销损坏；
（2）冷库温度记录缺失；
3、用电安全情况：部分教室插座外露；
（二）整改措施：
1、针对外来人员登记不全，门卫严格执行来访登记制度。
2、针对后门插销损坏，总务处已更换新插销。
3、针对冷库温度记录缺失，食堂每日两次记录冷库温度。
4、针对教室插座外露，电工已加装插座盖板。
"""



def test_an_item_that_only_names_an_area_has_its_points_for_problems():
    from checker.models import Source
    from checker.segment import segment

    r = segment_text(TITLE_OVER_POINTS)
    assert [f.finding.text for f in r.findings] == [
        "门卫管理情况：外来人员进出校门登记不全；", "食堂后门插销损坏；", "冷库温度记录缺失；", "用电安全情况：部分教室插座外露；",
    ]
    assert "更换新插销" in r.findings[1].measure.text and "记录冷库温度" in r.findings[2].measure.text
    assert "插座盖板" in r.findings[3].measure.text
    assert r.segmentation.features["unexplained_items"] == 0.0  # the area's title is accounted for
    old = segment(Source(path="a.txt", text=TITLE_OVER_POINTS, format="txt"), vocabulary=vocabulary_without("title_items_points"))
    assert len(old.findings) == 3


def test_a_fix_opening_on_what_it_answers_is_paired_by_that_clause():
    from checker.segment.pairing import Entry, lead_of

    text = "3、针对北侧围墙外建筑垃圾，学校联系城管部门，三天内清运完毕，另请社区安排专人值守。"
    fix = Entry(3, 0, 2, len(text))
    from checker.vocabulary import load_vocabulary

    assert lead_of(load_vocabulary(), text, fix) == "北侧围墙外建筑垃圾"
    assert lead_of(load_vocabulary("1.2.0"), text, fix).startswith("针对北侧围墙外建筑垃圾，学校联系")
    # 针对…的问题 is read as before
    named = "1、针对门卫登记不全的问题，严格执行来访登记制度。"
    assert lead_of(load_vocabulary(), named, Entry(1, 0, 2, len(named))) == "门卫登记不全"


# --- web tables: rows of cells closed by pipes, result verdicts, spanned cells -----------------

BARE_PIPE_TABLE = """2024年5月8日，对办公楼各楼层开展消防安全检查，发现以下隐患，请各科室负责人尽快整改：
序号 | 楼层 | 责任科室 | 存在隐患 |
1 | 一楼大厅 | 综合科 | 1.灭火器压力不足，已过检验期 |
2 | 三楼会议室 | 财务科 | 1.插线板串接使用，线路杂乱 |
其它 | 共性问题及建议 | 1.多个楼层消防通道堆放纸箱，建议：立即清理，保持畅通 | |
2.部分办公室下班未断电，请各科室指定专人检查 | |||
3.应急照明灯损坏，建议后勤科统一更换 |
附检查照片：
"""


def test_pipe_rows_without_an_opening_pipe_are_a_table():
    from checker.models import Source
    from checker.segment import segment

    r = segment_text(BARE_PIPE_TABLE)
    assert r.layout == "table"
    assert [f.finding.text for f in r.findings] == [
        "1.灭火器压力不足，已过检验期", "1.插线板串接使用，线路杂乱", "多个楼层消防通道堆放纸箱",
        "部分办公室下班未断电", "应急照明灯损坏",
    ]
    # rows with no answer of their own take the lead-in's request; numbered items their own
    assert [f.measure.text for f in r.findings] == [
        "请各科室负责人尽快整改", "请各科室负责人尽快整改", "建议：立即清理，保持畅通",
        "请各科室指定专人检查", "建议后勤科统一更换",
    ]
    old = segment(Source(path="a.txt", text=BARE_PIPE_TABLE, format="txt"), vocabulary=vocabulary_without("table_spanned_rows"))
    assert len(old.findings) < 5


VERDICT_TABLE = """现将食堂卫生抽查结果公示如下。
序号 |
抽查单位 |
检查 结果 |
存在问题 |
1 |
第一中学食堂 |
责令整改 |
从业人员健康证过期。 |
2 |
实验小学食堂 |
合格 |
无 |
3 |
城关小学食堂 |
限期整改 |
留样记录不全，消毒柜未开启。 |
"""


def test_a_result_column_that_orders_a_fix_is_the_rows_measure():
    from checker.models import Source
    from checker.segment import segment

    r = segment_text(VERDICT_TABLE)
    assert [f.finding.text for f in r.findings] == ["从业人员健康证过期。", "留样记录不全，消毒柜未开启。"]
    assert [f.measure.text for f in r.findings] == ["责令整改", "限期整改"]
    old = segment(Source(path="a.txt", text=VERDICT_TABLE, format="txt"), vocabulary=vocabulary_without("table_result_measure"))
    assert all(f.measure is None for f in old.findings)


# --- a record of numbered fields: its 整改情况 line answers the record's list of problems ------------

FIELD_RECORDS = """为压实安全生产主体责任，区应急管理局对辖区部分场所开展突击检查，现将存在隐患的场所通报如下。
东城街道
1.检查日期：2024年3月5日
2.场所名称：百味轩饭店
3.存在问题：
(1)厨房燃气管道使用橡胶软管
(2)未安装可燃气体报警装置
(3)灭火器压力不足
4.依据：《城镇燃气管理条例》第二十八条
5.整改情况：已当场更换金属软管并加装报警装置
西城街道
1.检查日期：2024年3月6日
2.场所名称：星光宾馆
3.存在问题：
(1)疏散指示标志损坏
4.依据：《消防法》第十六条
5.整改情况：正在整改中
6.整改期限：2024年3月20日前
"""


def test_a_records_status_line_answers_every_problem_of_its_record():
    from checker.models import Source
    from checker.segment import segment

    r = segment_text(FIELD_RECORDS)
    assert [f.finding.text for f in r.findings] == [
        "厨房燃气管道使用橡胶软管", "未安装可燃气体报警装置", "灭火器压力不足", "疏散指示标志损坏",
    ]
    assert measure_texts(r)[:3] == ["已当场更换金属软管并加装报警装置"] * 3
    # the record's next field, its deadline, times the answer
    assert r.findings[3].measure is not None and r.findings[3].measure.text.startswith("正在整改中")
    assert "2024年3月20日前" in r.findings[3].measure.text
    old = segment(Source(path="a.txt", text=FIELD_RECORDS, format="txt"), vocabulary=vocabulary_without("record_answer_line"))
    assert all(f.measure is None for f in old.findings)


# --- headings numbered with a colon (一：/二：/三：) ----------------------------------------------

COLON_NUMBERED = """关于城区道路清扫保洁督查情况的通报

各社区、各保洁单位：
6月3日，区城管局督查组对城区主次干道清扫保洁情况进行了督查，现将督查情况通报如下。

一：总体情况

督查组对12条主次干道进行了实地查看，多数路段保洁及时，路面整洁。

二：存在问题

1.部分路段垃圾桶满溢未及时清运。

2.背街小巷卫生死角清理有待加强。

3.个别保洁员作业时间不到位

三：工作要求

各保洁单位要严格落实作业标准，加大巡查频次，确保垃圾日产日清。
"""


def test_headings_numbered_with_a_colon_are_numbered_sections():
    from checker.models import Source
    from checker.segment import segment

    r = segment_text(COLON_NUMBERED)
    assert [f.finding.text for f in r.findings] == [
        "部分路段垃圾桶满溢未及时清运。", "背街小巷卫生死角清理有待加强。", "个别保洁员作业时间不到位",
    ]
    # 三：工作要求 ends the last problem and answers them all
    assert all(m.startswith("各保洁单位要严格落实作业标准") for m in measure_texts(r))
    old = segment(Source(path="a.txt", text=COLON_NUMBERED, format="txt"), vocabulary=vocabulary_without("colon_numbers"))
    assert "工作要求" in old.findings[-1].finding.text


def test_a_lone_colon_numeral_is_no_heading():
    # one 一： alone may be a sentence's own colon: nothing numbers it in a run
    text = COLON_NUMBERED.replace("二：存在问题", "存在问题").replace("三：工作要求", "工作要求：")
    r = segment_text(text)
    assert not any("总体情况" in f.finding.text for f in r.findings)
    assert all(not f.finding.text.startswith("一：") for f in r.findings)


# --- a sentence that points out faults in comma clauses -----------------------------------------

POINTED_CLAUSES = """区文明办督查东湖街道创建工作

6月10日，区文明办督查组到东湖街道督查文明城市创建工作，并召开反馈会。

反馈会上，督查组对街道创建工作中存在的不足进行了通报，指出街道公益广告覆盖有待提高，农贸市场秩序有待规范，背街小巷卫生亟待改善。

督查组要求，街道要对照测评标准逐项整改，压实包片责任，加强日常巡查。
"""


def test_faults_pointed_out_in_comma_clauses_are_listed_and_share_the_answer():
    from checker.models import Source
    from checker.segment import segment

    r = segment_text(POINTED_CLAUSES)
    assert [f.finding.text for f in r.findings] == [
        "街道公益广告覆盖有待提高", "农贸市场秩序有待规范", "背街小巷卫生亟待改善",
    ]
    assert all(m.startswith("督查组要求") and "加强日常巡查" in m for m in measure_texts(r))
    old = segment(Source(path="a.txt", text=POINTED_CLAUSES, format="txt"), vocabulary=vocabulary_without("list_pointed_commas"))
    assert [f.finding.text for f in old.findings] != [f.finding.text for f in r.findings]


def test_pointed_clauses_that_tell_what_was_done_are_no_list():
    text = POINTED_CLAUSES.replace("农贸市场秩序有待规范", "农贸市场秩序已完成整治")
    r = segment_text(text)
    assert not any(f.finding.text == "背街小巷卫生亟待改善" for f in r.findings)


# --- 一是…，二是…，三是… written after commas, then a section of requirements ---------------------

COMMA_RUN = """关于五月份全镇环境卫生检查情况的通报

各村（社区）：

一、基本情况
本次共检查12个村，总体环境卫生较上月有所好转。

二、存在的问题
本次检查突出问题，一是部分村保洁员考勤未落实，二是个别路段垃圾桶配置不足，三是沟渠漂浮物清理不及时，四是部分农户门前杂物堆放杂乱。

三、下步要求
针对检查发现的问题，各村要逐项建立台账，责令保洁公司限期整改，镇环卫所将在下月开展复查。

某某镇人民政府
2024年6月3日
"""


def test_points_after_commas_under_problems_are_listed_and_share_the_requirements():
    from checker.models import Source
    from checker.segment import segment

    r = segment_text(COMMA_RUN)
    points = ["部分村保洁员考勤未落实", "个别路段垃圾桶配置不足", "沟渠漂浮物清理不及时", "部分农户门前杂物堆放杂乱"]
    assert len(r.findings) == 4
    assert all(p in f.finding.text for p, f in zip(points, r.findings, strict=True))
    assert all("责令保洁公司限期整改" in m for m in measure_texts(r))
    # the paragraph reader's run and the problems section's points read it alike; with neither, it is not read
    old = segment(
        Source(path="a.txt", text=COMMA_RUN, format="txt"), vocabulary=vocabulary_without("list_comma_runs", "problem_comma_points")
    )
    assert len(old.findings) != 4


def test_points_after_commas_that_nothing_answers_are_no_list():
    text = COMMA_RUN.split("三、下步要求")[0]
    r = segment_text(text)
    assert not any(f.finding.text.startswith("二是个别路段") for f in r.findings)


# --- items that state a problem, then require its fix in a sentence of their own ----------------

REQUIRED_IN_ITEMS = """关于城南农贸市场安全检查的整改通知

城南农贸市场管理处：
近日，区市场监管局对你市场进行了安全检查，现将有关要求通知如下：一、市场管理人员要严格落实每日巡查制度，要做好巡查记录。二、消防通道堆放杂物，要立即清理通道内的货物和纸箱，保持通道畅通。三、部分摊位电线老化。个别摊主用插线板串联供电，线路私拉乱接。要在本月底前统一更换线路并加装漏电保护装置。四、冷库夜间无人值守。冷库门经常敞开，温度记录缺失。因此要安排专人夜间值守，每两小时记录一次温度。
"""


def test_items_that_require_their_fix_in_a_sentence_of_their_own():
    from checker.models import Source
    from checker.segment import segment

    r = segment_text(REQUIRED_IN_ITEMS)
    titles = [f.finding.text for f in r.findings]
    assert len(titles) == 3  # 一、 only requires: no problem
    assert titles[0].startswith("消防通道堆放杂物")
    assert "线路私拉乱接" in titles[1] and "要在本月底前" not in titles[1]
    assert titles[2].startswith("冷库夜间无人值守")
    measures = measure_texts(r)
    assert measures[0].startswith("要立即清理通道")
    assert measures[1].startswith("要在本月底前统一更换线路")
    assert measures[2].startswith("因此要安排专人夜间值守")
    old = segment(Source(path="a.txt", text=REQUIRED_IN_ITEMS, format="txt"), vocabulary=vocabulary_without("item_requirement_sentences"))
    assert [f.finding.text for f in old.findings] != titles


# --- the response to a list starts with its paragraph, not at its second sentence ---------------

RESPONSE_PARAGRAPH = """5月8日，区爱卫办对城区部分单位门前卫生进行了抽查，现将发现的问题交办如下：
1.东风路农贸市场门口垃圾清运不及时。责任单位：东风街道。
2.人民公园北门绿化带内杂物堆放、无果皮箱。责任单位：园林所。
3.滨河小区车棚内乱拉电线。责任单位：滨河社区。
请各责任单位高度重视，对照标准，对交办的问题务必于5月15日前整改完毕。整改完毕后将整改情况报区爱卫办。
区爱卫办
"""


def test_a_response_starts_with_its_paragraph():
    from checker.models import Source
    from checker.segment import segment

    r = segment_text(RESPONSE_PARAGRAPH)
    assert len(r.findings) == 3
    assert all(m.startswith("请各责任单位高度重视") and "5月15日前整改完毕" in m for m in measure_texts(r))
    assert "高度重视" not in r.findings[-1].finding.text
    old = segment(
        Source(path="a.txt", text=RESPONSE_PARAGRAPH, format="txt"),
        vocabulary=vocabulary_without("response_from_paragraph", "list_closing_directive"),
    )
    assert not measure_texts(old)[0].startswith("请各责任单位")


# --- a section title that runs into its first item; a response word that names a fault ----------

TITLE_GLUED = """社区服务中心自查报告
一、自查发现的问题：1、活动场地偏小。现有活动室仅80平方米。2、志愿者队伍不稳定。多数志愿者为临时招募。3、宣传栏更新不及时。部分内容仍为去年的通知。管理员指导能力不强，需要加强培训。二、已做的整改工作1、扩建活动场地。已将二楼会议室改作活动室。2、建立志愿者名册。已登记志愿者42人。
"""


def test_a_section_title_glued_to_its_first_item_is_cut_before_it():
    from checker.models import Source
    from checker.segment import segment

    r = segment_text(TITLE_GLUED)
    heads = [n.text for n in r.segmentation.outline]
    assert any(h.startswith("二、已做的整改工作") and "扩建" not in h for h in heads)
    assert any(h.startswith("1、扩建活动场地") for h in heads)
    assert any(h.startswith("2、建立志愿者名册") for h in heads)
    old = segment(Source(path="a.txt", text=TITLE_GLUED, format="txt"), vocabulary=vocabulary_without("title_glued_items"))
    assert not any(n.text.startswith("1、扩建活动场地") for n in old.segmentation.outline)


def test_a_response_word_whose_clause_states_a_fault_opens_no_response():
    from checker.models import Source
    from checker.segment import segment

    text = TITLE_GLUED.split("二、")[0].replace("：1、", "：\n1、").replace("。2、", "。\n2、").replace("。3、", "。\n3、")
    r = segment_text(text)
    assert len(r.findings) == 3
    assert "指导能力不强" in r.findings[-1].finding.text
    assert all(f.measure is None for f in r.findings)
    old = segment(Source(path="a.txt", text=text, format="txt"), vocabulary=vocabulary_without("response_not_fault"))
    assert old.findings[-1].measure is not None and "指导能力不强" in old.findings[-1].measure.text


# --- a listed problem that turns to advice --------------------------------------------------------

ADVISED_PROBLEM = """教学楼安全巡查记录

巡查发现问题如下：

1.三楼走廊两盏应急灯不亮

2.一楼东侧楼梯防滑条脱落

3.实验室门口纸箱堆放较多，建议及时清运

4.二楼饮水机插座松动
"""


def test_a_listed_problem_that_turns_to_advice_has_it_for_measure():
    from checker.models import Source
    from checker.segment import segment

    r = segment_text(ADVISED_PROBLEM)
    assert len(r.findings) == 4
    assert r.findings[2].finding.text == "实验室门口纸箱堆放较多"
    assert r.findings[2].measure is not None and r.findings[2].measure.text == "建议及时清运"
    assert all(r.findings[i].measure is None for i in (0, 1, 3))
    old = segment(Source(path="a.txt", text=ADVISED_PROBLEM, format="txt"), vocabulary=vocabulary_without("problem_own_advice"))
    assert old.findings[2].measure is None


# --- a problem of a comma list that joins two faults at 、 -------------------------------------

DUN_FAULTS = """县委督查组向县林业局反馈督查情况。督查组指出，林业局在取得成绩的同时，也存在一些问题，主要表现在：护林员管理不规范，森林防火宣传不到位，项目资金拨付滞后，档案管理不规范、台账资料不全等。
督查组要求，要逐条对照反馈意见，明确整改责任人和整改时限，确保按期完成整改。
"""


def test_a_comma_list_problem_joining_two_faults_at_dun_is_two():
    from checker.models import Source
    from checker.segment import segment

    r = segment_text(DUN_FAULTS)
    assert [f.finding.text for f in r.findings][-2:] == ["档案管理不规范", "台账资料不全"]
    assert len(r.findings) == 5
    shared = "".join(DUN_FAULTS.replace("、台账资料不全", "，台账资料不全"))
    assert len(segment_text(shared).findings) == 5  # the same list written with commas alone
    old = segment(Source(path="a.txt", text=DUN_FAULTS, format="txt"), vocabulary=vocabulary_without("comma_items_cut_faults"))
    assert len(old.findings) == 4


def test_nouns_sharing_one_fault_at_dun_stay_one_problem():
    text = DUN_FAULTS.replace("档案管理不规范、台账资料不全", "档案、台账资料不全")
    r = segment_text(text)
    assert r.findings[-1].finding.text == "档案、台账资料不全"


# --- a web table flattened to one cell per line with no index column --------------------------

CELL_PER_LINE_BY_DATE = """当前位置:首页 > 信息公开 > 监督检查
【统计报告】区食品安全抽查发现问题汇总表 发布日期:2024-05-06 信息来源:区教育局

抽查日期

被抽查单位

发现问题个数

问题清单

整改完成时限

备注

2024.5.6

东街小学食堂

2

1.留样柜温度不达标。

2.消毒记录不全。

10

2024.5.6

西湖幼儿园

3

1.操作间地面积水。

2.冰箱生熟混放。

3.从业人员未戴口罩。

10

2024.5.7

北苑中学

1

1.垃圾桶无盖。

7
"""


def test_cells_one_per_line_with_a_date_first_column_read_a_row_per_unit():
    r = segment_text(CELL_PER_LINE_BY_DATE)
    assert r.layout == "table"
    assert _titles(r) == ["东街小学食堂", "西湖幼儿园", "北苑中学"]
    assert "消毒记录不全" in r.findings[0].finding.text  # the numbered lines stay in their cell
    assert "从业人员未戴口罩" in r.findings[1].finding.text
    assert "冰箱" not in r.findings[0].finding.text
    assert all(f.measure is None for f in r.findings)  # 整改时限 is a deadline, not a measure


def test_cells_one_per_line_by_date_are_not_read_without_the_flag():
    from checker.models import Source
    from checker.segment import segment

    r = segment(Source(path="a.txt", text=CELL_PER_LINE_BY_DATE, format="txt"), vocabulary=vocabulary_without("table_cell_records"))
    assert r.layout != "table" or _titles(r) != ["东街小学食堂", "西湖幼儿园", "北苑中学"]


# --- a list's numbered answer with fewer points than problems ------------------------------------

FEWER_POINTS = """镇卫生院关于基本公共卫生服务督导检查问题的整改报告

3月12日，县卫健局督导组对我院基本公共卫生服务工作进行了督导检查，指出我院存在以下问题：一是居民健康档案更新不及时，部分档案信息与实际不符；二是慢性病患者随访记录填写不完整；三是预防接种门诊冷链温度记录缺失；四是健康教育宣传栏内容陈旧。针对以上问题，我院立即研究部署整改工作：一是组织公卫人员逐户核对居民健康档案，3月底前完成档案信息更新；二是修订冷链温度登记表，由专人每日两次记录冷链温度；三是定期召开公卫工作例会，通报工作进展。

特此报告。
"""


def test_fewer_answer_points_than_problems_pair_by_what_they_name():
    from checker.models import Source
    from checker.segment import segment

    r = segment_text(FEWER_POINTS)
    assert r.segmentation.layout == "paragraph_lists"
    assert len(r.findings) == 4
    # the points' numbers count points: 二是 answers the third problem, which it names
    assert "核对居民健康档案" in r.findings[0].measure.text
    assert r.findings[1].measure is None and r.findings[3].measure is None
    assert "冷链温度登记表" in r.findings[2].measure.text
    # the point that names no problem answers none in particular
    assert [s.text for s in r.segmentation.unpaired_measures] == ["三是定期召开公卫工作例会，通报工作进展。"]
    old = segment(Source(path="a.txt", text=FEWER_POINTS, format="txt"), vocabulary=vocabulary_without("list_fewer_points"))
    assert all("定期召开公卫工作例会" in f.measure.text for f in old.findings)


# --- a list's answer of general points, more of them than problems --------------------------------

GENERAL_POINTS = """5月12日，县住建局、县水利局联合到青石乡开展集镇环境督查，先后查看了东街、南坪村、柳湾村，并提出三个问题：一是公厕保洁不及时、异味较重；二是部分路灯损坏，夜间照明不足；三是沟渠淤积垃圾未清运。/p> 为抓好下阶段工作，我乡对各村提出四点要求：一是提高认识，形成合力；二是压实责任，不留死角；三是健全制度，常抓常管；四是严肃考评，奖优罚劣。/p>
"""


def test_general_points_answer_every_problem_whole():
    r = segment_text(GENERAL_POINTS)
    assert len(r.findings) == 3
    assert "沟渠淤积" in r.findings[2].finding.text
    assert "为抓好下阶段工作" not in r.findings[2].finding.text  # the clipped </p> ends the paragraph
    for f in r.findings:
        assert f.measure is not None and "严肃考评" in f.measure.text and "提高认识" in f.measure.text


def test_general_points_pair_by_number_without_the_flags():
    r = segment_text(GENERAL_POINTS, vocabulary=vocabulary_without("list_answer_general_points"))
    assert "严肃考评" not in (r.findings[0].measure.text if r.findings[0].measure else "")
    r = segment_text(GENERAL_POINTS, vocabulary=vocabulary_without("html_clipped_tags"))
    assert all(f.measure is None for f in r.findings[:2])


# --- a numbered item that lists its points after its name -----------------------------------------

NAMED_ITEM_POINTS = """县创卫办关于城区环境卫生督查情况的通报

各街道办事处，县直有关单位：

现将本月督查发现的问题通报如下：

一、存在问题

1.东门菜市场北侧出口垃圾桶破损。

2.滨河小区:(1)楼道内杂物乱堆乱放;(2)绿化带内有生活垃圾;(3)单元门禁损坏。

3.光明路农贸市场:(1)摊位占道经营;(2)地面污水横流。

4.南关小学门口:(1)车辆乱停乱放;(2)有流动摊贩。
"""


def test_points_after_an_items_name_stay_in_the_item():
    r = segment_text(NAMED_ITEM_POINTS)
    assert len(r.findings) == 4
    assert "单元门禁损坏" in r.findings[1].finding.text and "楼道内杂物" in r.findings[1].finding.text
    assert "地面污水横流" in r.findings[2].finding.text
    assert "有流动摊贩" in r.findings[3].finding.text


def test_points_after_an_items_name_are_cut_without_the_flag():
    assert len(segment_text(NAMED_ITEM_POINTS, vocabulary=vocabulary_without("item_inline_points")).findings) > 4


# --- a negated opener, then a list at ， whose pieces join defects at 、 ---------------------------

NEGATED_THEN_LIST = """关于村级公示栏排查整改情况的报告

镇纪委：

按照通知要求，我镇对辖区12个村的公示栏进行了全面排查。

经排查，没有发现一处公示内容与上级要求、政策规定不符的情况，但存在东坪村公示栏玻璃破损、内容不醒目，河口村公示栏字迹潦草、油漆脱落，石桥村公示栏立柱断裂、版面不整洁等问题。针对这些问题，我镇已安排专人进行整改，在本月内全部整改到位。
"""


def test_a_negated_opener_opens_no_list_and_comma_pieces_are_the_items():
    r = segment_text(NEGATED_THEN_LIST)
    assert len(r.findings) == 3
    assert "玻璃破损" in r.findings[0].finding.text and "内容不醒目" in r.findings[0].finding.text
    assert "油漆脱落" in r.findings[1].finding.text
    assert "版面不整洁" in r.findings[2].finding.text
    assert all(f.measure is not None and "安排专人" in f.measure.text for f in r.findings)


def test_a_negated_opener_list_is_not_read_without_the_flags():
    assert len(segment_text(NEGATED_THEN_LIST, vocabulary=vocabulary_without("list_opener_negated", "list_comma_outer")).findings) != 3


# --- a long opening paragraph whose last clause announces the list ------------------------------

LONG_ANNOUNCING_OPENING = """城乡环境卫生暗访情况通报

6月10日至12日，县整治办分三个小组，采取不打招呼、不定路线、直奔现场的方式，对各乡镇城乡环境卫生整治工作开展了暗访检查。三个小组共检查了8个乡镇32个村的环境卫生整治情况，从检查情况看，大部分村能够按照要求开展环境卫生清理，村容村貌有了明显改善；但仍有部分村存在垃圾清运不及时、沟渠清理不彻底、柴草乱堆乱放等问题，按照《环境卫生整治责任追究办法》的有关规定，现将督办问题逐村通报如下：
1、东河镇张庄村，村口桥下成堆垃圾未清理；
2、东河镇李楼村，小学南侧沟渠内有生活垃圾；
3、西山乡王店村，村委会北侧柴草乱堆乱放；
4、西山乡赵湾村，进村道路两侧垃圾未清运；
"""


def test_a_long_opening_paragraph_that_announces_the_list_heads_it():
    r = segment_text(LONG_ANNOUNCING_OPENING)
    assert len(r.findings) == 4
    assert "张庄村" in r.findings[0].finding.text and "赵湾村" in r.findings[3].finding.text
    assert all(f.measure is None for f in r.findings)


def test_a_long_opening_paragraph_heads_nothing_without_the_flag():
    assert len(segment_text(LONG_ANNOUNCING_OPENING, vocabulary=vocabulary_without("long_lead_in_announces")).findings) != 4


# --- an inspecting body's site-by-site list: bare names opening their sentences -------------------

SITE_SENTENCES = """区城管局开展建筑工地扬尘夜查

6月3日晚，区城管局对辖区建筑工地扬尘防治落实情况开展夜查，共检查工地9处。金桥小区三期工地，土方未覆盖，出入口道路泥土较多。滨江实验中学，围挡破损，车辆未冲洗带泥上路。东湖C-07地块，基坑坡道未硬化，物料堆放混乱。执法人员已对以上工地下达整改通知书，要求限期整改。
"""

SITE_CLAUSES_WITH_ACTS = """多家场所存在消防安全隐患被查处

5月9日，记者从市消防救援支队获悉，近期全市共检查单位312家，发现火灾隐患406处。

东城区悦来火锅店，厨房排油烟管道未定期清洗，责令限期整改；西城区星光歌舞厅，堵塞疏散通道，应急照明灯损坏，临时查封；南湖区顺达宾馆有限公司，二层防火门闭门器损坏，消防控制室无人值班，责令限期整改。
"""


def test_bare_site_names_opening_sentences_are_one_finding_each():
    r = segment_text(SITE_SENTENCES)
    assert len(r.findings) == 3
    assert r.findings[0].finding.text.startswith("金桥小区三期工地") and "东湖C-07地块" in r.findings[2].finding.text
    assert all(f.measure is not None and "下达整改通知书" in f.measure.text for f in r.findings)


def test_a_site_clause_closing_on_an_act_has_it_for_its_measure():
    r = segment_text(SITE_CLAUSES_WITH_ACTS)
    assert len(r.findings) == 3
    assert [f.measure.text if f.measure else None for f in r.findings] == ["责令限期整改", "临时查封", "责令限期整改"]
    assert "临时查封" not in r.findings[1].finding.text


def test_site_units_are_not_read_without_the_flag():
    assert len(segment_text(SITE_SENTENCES, vocabulary=vocabulary_without("list_site_units")).findings) != 3
    assert len(segment_text(SITE_CLAUSES_WITH_ACTS, vocabulary=vocabulary_without("list_site_units")).findings) != 3


# --- an answer for all written right before the list of problems ----------------------------------

ANSWER_BEFORE_LIST = """6月2日下午，后勤处组织人员对食堂及宿舍楼进行了安全检查，重点检查了消防器材、用电线路和卫生状况。
总体情况良好，但也存在一些问题。
针对发现的问题，后勤处已安排物业公司限期整改，确保师生生活安全。
问题汇总：
1.一号宿舍楼二层灭火器过期；
2.食堂后厨排风扇不转；
3.二号宿舍楼楼道应急灯不亮；
4.食堂仓库地面堆放杂物。
"""


def test_a_paragraph_on_the_problems_found_before_the_list_answers_them_all():
    r = segment_text(ANSWER_BEFORE_LIST)
    assert r.findings[0].finding.text.rstrip("；。") == "一号宿舍楼二层灭火器过期"
    assert len(r.findings) == 4
    assert all(f.measure is not None and "已安排物业公司限期整改" in f.measure.text for f in r.findings)


def test_the_paragraph_before_the_list_answers_nothing_without_the_flag():
    r = segment_text(ANSWER_BEFORE_LIST, vocabulary=vocabulary_without("list_answer_before"))
    assert len(r.findings) == 4 and all(f.measure is None for f in r.findings)


# --- aimed items written as a run of points ------------------------------------------------------

AIMED_POINTS = """市审计局推动规范公务用车管理

市审计局聚焦公务用车管理，助力相关单位规范管理。

一是推动完善派车制度，让车辆规范地“用起来”。针对部分单位派车审批不严、用车登记不全等问题，审计督促相关单位修订公务用车管理办法，实行派车单审批。

二是推动加强维修管理，让费用更好地“管起来”。针对定点维修厂选择不规范等问题，审计要求相关单位通过公开招标确定定点维修厂。

三是推动车辆集中调度，让车辆更好地“转起来”。审计发现，部分单位车辆使用率偏低，长期闲置。针对相关问题，审计要求相关单位统筹调配车辆。
"""


def test_the_next_point_of_a_run_ends_an_aimed_item():
    r = segment_text(AIMED_POINTS)
    assert r.findings[0].measure is not None and "三是" not in r.findings[0].measure.text
    assert all("三是" not in f.measure.text and "三是" not in f.finding.text for f in r.findings if f.measure)
    assert not any("审计要求相关单位统筹" in f.finding.text for f in r.findings)


def test_a_point_of_the_run_runs_into_the_item_before_without_the_flag():
    r = segment_text(AIMED_POINTS, vocabulary=vocabulary_without("aimed_points_end"))
    assert r.layout == "aimed_items" and "三是" in r.findings[-1].measure.text


# --- complaints answered under who replies (惠济区回复：) ------------------------------------------

REPLIED_COMPLAINTS = """市民热线一周回复

本周平台共受理群众诉求126件，以下为部分已回复诉求。
1. 市民留言：小区门口路灯损坏
幸福路锦绣花园小区东门的三盏路灯已坏了半个月，夜间出行很不方便。
城南街道回复：街道已联系路灯管理所，维修人员于6月5日更换了损坏的灯具，路灯已恢复照明。
2. 市民留言：公园水池蚊虫滋生
人民公园西侧水池长期积水，蚊虫很多，希望尽快处理。
市园林局回复：园林局已安排人员清理水池积水并投放灭蚊药剂，今后将加强日常巡查。
"""


def test_a_line_opening_with_who_replies_labels_the_measure():
    r = segment_text(REPLIED_COMPLAINTS)
    assert len(r.findings) == 2
    assert "路灯损坏" in r.findings[0].finding.text and "蚊虫滋生" in r.findings[1].finding.text
    assert r.findings[0].measure is not None and "更换了损坏的灯具" in r.findings[0].measure.text
    assert r.findings[1].measure is not None and "清理水池积水" in r.findings[1].measure.text
    assert "回复" not in r.findings[0].finding.text


def test_who_replies_labels_nothing_without_the_flag():
    r = segment_text(REPLIED_COMPLAINTS, vocabulary=vocabulary_without("reply_labels"))
    assert not (len(r.findings) == 2 and all(f.measure is not None and "回复" not in f.finding.text for f in r.findings))


# --- a numbered title right over one labelled item is the item's own title ------------------------

TITLED_ITEMS = """校园周边安全隐患排查情况

1.校门口减速带缺失。
存在问题：学校南门外道路原有减速带被拆除，放学时段车辆车速较快。
整改措施：责令交警中队三日内重新安装减速带。

2.围墙外私搭棚屋。
存在问题：北侧围墙外有商户搭建临时棚屋，占用消防通道。
整改措施：责令街道办事处督促商户自行拆除棚屋。

3.路灯损坏。
存在问题：东侧小路三盏路灯不亮，夜间照明不足。
整改措施：责令路灯所派人维修。
"""

AREA_TITLES = """政务公开自查情况

（一）信息更新方面
存在问题：部分栏目信息更新较慢。
整改措施：明确专人负责栏目更新。

（二）政策解读方面
存在问题：政策解读形式单一。
整改措施：增加图解和视频解读。
"""


def test_a_numbered_title_over_one_labelled_item_is_its_title():
    r = segment_text(TITLED_ITEMS)
    assert _titles(r) == ["校门口减速带缺失。", "围墙外私搭棚屋。", "路灯损坏。"]
    assert [f.group for f in r.findings] == [None, None, None] and r.groups == []
    assert "占用消防通道" in r.findings[1].finding.text and "拆除棚屋" in r.findings[1].measure.text
    old = segment_text(TITLED_ITEMS, vocabulary=vocabulary_without("single_item_titles"))
    assert [f.group for f in old.findings] == ["校门口减速带缺失。", "围墙外私搭棚屋。", "路灯损坏。"]
    assert "私搭棚屋" not in old.findings[1].title


def test_titles_naming_an_area_stay_groups():
    r = segment_text(AREA_TITLES)
    assert [f.group for f in r.findings] == ["信息更新方面", "政策解读方面"]


# --- a first problem opening on 该场所 holds the unit its sentence named -----------------------------

BACK_UNIT = """市场监管局开展节前食品安全检查

市场监管局对城南农贸市场开展检查时发现，该场所存在部分摊位未公示进货来源、冷柜温度记录缺失等问题；东街面包店存在过期原料未及时清理的问题；北关小学食堂存在留样记录不全的问题。
针对上述问题，检查人员当场责令相关单位限期整改，并将适时开展复查。
"""


def test_a_first_problem_on_a_back_reference_holds_the_named_unit():
    r = segment_text(BACK_UNIT)
    assert len(r.findings) == 3
    assert "城南农贸市场" in r.findings[0].finding.text and "冷柜温度" in r.findings[0].finding.text
    assert r.findings[1].finding.text.startswith("东街面包店")
    old = segment_text(BACK_UNIT, vocabulary=vocabulary_without("back_unit_intro"))
    assert len(old.findings) == 3 and "城南农贸市场" not in old.findings[0].finding.text


# --- a document site's "the rest is not shown" line ends the report --------------------------------

NOT_ALL_SHOWN = """关于学校食堂检查情况的反馈

各校：5月8日对全镇学校食堂进行检查，发现以下问题：

1、食堂纱窗破损，未及时更换。

2、消毒柜未按规定使用。

3、食品留样记录不全。
因篇幅问题不能全部显示，请点此查看更多更全内容
"""


def test_a_site_line_that_hides_the_rest_is_residue():
    r = segment_text(NOT_ALL_SHOWN)
    assert len(r.findings) == 3
    assert all("篇幅" not in f.span.text for f in r.findings)
    assert any(b.kind == "paywall" and b.text.startswith("因篇幅") for b in r.boilerplate)


# --- the inspecting party acting on what it found answers the list --------------------------------

INSPECTOR_ACT = """为加强校园安全管理，近日，县教育局对辖区学校开展安全检查。检查中发现东关小学消防通道不畅。西街中学食堂灭火器未按期检验。检查组现场对2所学校下达隐患整改通知书，并要求3个工作日内整改完毕。
"""


def test_a_sentence_of_the_inspectors_act_answers_the_list():
    r = segment_text(INSPECTOR_ACT)
    assert [f.finding.text for f in r.findings] == ["东关小学消防通道不畅", "西街中学食堂灭火器未按期检验"]
    assert all(f.measure is not None and f.measure.text.startswith("检查组现场") for f in r.findings)
    # without the flag the act is read as one more problem and the list, left unanswered, is none
    assert not segment_text(INSPECTOR_ACT, vocabulary=vocabulary_without("list_ends_at_inspector_act")).findings


# --- an inspection notice: items that state what is required, and a closing line to all ----------

REQUIRED_ITEMS = """关于各村卫生室检查情况的通知

各村卫生室：5月8日对全乡各村卫生室进行检查，发现以下问题：

1、药品柜常年不上锁，除了取药时间都必须锁好药品柜。

2、部分卫生室消毒记录缺失。

3、医疗废物暂存点标识不清，下月开始统一张贴县卫健局制作的标识牌。

4、个别卫生室值班表未上墙。

望各位根据检查情况及时进行整改。
"""


def test_items_that_state_what_is_required_and_a_closing_line_answer_the_list():
    from checker.models import Source
    from checker.segment import segment

    r = segment_text(REQUIRED_ITEMS)
    assert [f.finding.text for f in r.findings] == [
        "药品柜常年不上锁", "部分卫生室消毒记录缺失。", "医疗废物暂存点标识不清", "个别卫生室值班表未上墙。",
    ]
    assert measure_texts(r) == [
        "除了取药时间都必须锁好药品柜。", "望各位根据检查情况及时进行整改。",
        "下月开始统一张贴县卫健局制作的标识牌。", "望各位根据检查情况及时进行整改。",
    ]
    src = Source(path="a.txt", text=REQUIRED_ITEMS, format="txt")
    old = segment(src, vocabulary=vocabulary_without("problem_own_required", "list_closing_directive"))
    assert all(f.measure is None for f in old.findings)
    assert "望各位" in old.findings[-1].finding.text


# --- an inspection report's items on what was inspected are its work, not problems missed --------

INSPECTED_ITEMS = """一、加强领导
会议成立了排查小组，分管领导任组长。
二、排查重点
1.对全镇各村的消防通道是否存在堵塞、灭火器配置和值班落实等情况进行了一次全面检查。
2.对各村卫生室药品是否过期、账目是否存在问题进行了抽查。
三、存在的问题
1.部分村消防通道堆放杂物。
2.个别卫生室灭火器过期未更换。
3.少数村值班记录不完整。
四、整改措施
1.立即清理消防通道杂物，由村委负责。
2.更换过期灭火器，月底前完成。
3.规范值班记录，每周检查一次。
"""


def test_items_on_what_was_inspected_are_the_work_done():
    from checker.models import Source
    from checker.segment import segment

    r = segment_text(INSPECTED_ITEMS)
    assert len(r.findings) == 3
    assert [nf.reason for nf in r.segmentation.not_findings] == ["overview", "overview"]
    src = Source(path="a.txt", text=INSPECTED_ITEMS, format="txt")
    old = segment(src, vocabulary=vocabulary_without("items_inspected_overview"))
    # (their words name faults, 是否存在堵塞: without the flag they are no mere overview)
    assert [nf.reason for nf in old.segmentation.not_findings] == ["unexplained", "unexplained"]
    assert r.segmentation.confidence > old.segmentation.confidence


# --- a self-check's suggestions (建议意见) are its fixes -------------------------------------------

SUGGESTED_FIXES = """镇农村道路安全自查报告
一、基本情况
全镇现有农村公路40条，其中硬化公路20公里。
二、存在的主要隐患
一是部分村道急弯处未设置警示标志。二是少数路段护栏破损未修复。
三、建议意见
一是在急弯处增设警示标志，由交管站负责。二是组织修复破损护栏，年底前完成。
"""


def test_suggestions_heading_holds_the_fixes():
    r = segment_text(SUGGESTED_FIXES)
    assert len(r.findings) == 2
    assert "警示标志" in r.findings[0].finding.text
    assert measure_texts(r)[0].startswith("在急弯处增设警示标志")
    assert measure_texts(r)[1].startswith("组织修复破损护栏")
