"""Reading vocabulary 1.7.0: a general last fix, a measure that says nothing is done yet, and an item's
paragraph stating its problem above acting points, each on text composed for the test, and each read
as before with its flag turned off."""

from __future__ import annotations

from segment_support import assert_spans_exact, measure_texts, segment_text, vocabulary_without

# --- a last fix that speaks of the whole answers no problem by its number alone ----------------------

GENERAL_LAST = """河东镇人民政府关于集贸市场环境检查情况的通报

各村（社区）、镇市场管理所：
10月9日，镇督查组对镇区集贸市场及周边进行了检查。现将有关情况通报如下：

一、存在的问题
1、鱼肉摊位污水横流，排水沟堵塞，异味明显。
2、三轮车在市场入口乱停乱放，堵塞消防通道。
3、果蔬摊点占道经营，货筐摆到马路中间。
4、公厕保洁不及时，洗手池破损漏水。

二、整改要求
（一）市场管理所要在10月20日前疏通鱼肉摊位排水沟，每日冲洗地面两次，消除污水异味。
（二）派出所会同市场管理所施划三轮车停放区，清理入口乱停车辆，保持消防通道畅通。
（三）城管中队要对果蔬摊点占道经营逐户劝导，10月15日前全部退回店内经营。
（四）各单位要举一反三，建立长效机制，持续巩固整治成果。

河东镇人民政府
2025年10月11日
"""


def test_a_general_last_fix_leaves_the_last_problem_without_a_measure():
    r = segment_text(GENERAL_LAST)
    assert_spans_exact(r)
    assert [f.finding.text[:4] for f in r.findings] == ["鱼肉摊位", "三轮车在", "果蔬摊点", "公厕保洁"]
    assert [m[:6] for m in measure_texts(r)[:3]] == ["市场管理所要", "派出所会同市", "城管中队要对"]
    assert r.findings[3].measure is None
    before = segment_text(GENERAL_LAST, vocabulary=vocabulary_without("last_fix_general"))
    assert before.findings[3].measure is not None
    assert "举一反三" in before.findings[3].measure.text


def test_a_last_fix_naming_its_problem_still_pairs():
    named = GENERAL_LAST.replace("（四）各单位要举一反三，建立长效机制", "（四）保洁公司要加强公厕保洁，维修洗手池")
    r = segment_text(named)
    assert r.findings[3].measure is not None
    assert "洗手池" in r.findings[3].measure.text


# --- a measure that only says nothing is rectified yet is no measure --------------------------------

NOT_DONE = """县文化馆关于巡察反馈问题整改进展情况的报告

县委第二巡察组：
根据巡察反馈意见，我馆逐项研究落实。现将整改进展报告如下：
一、公务用车使用登记不全
巡察发现：2024年公务用车派车单缺失11份。
整改进展：已补齐派车单，实行一车一台账，每月由办公室核对。已完成。
二、非遗项目专项经费结余未清理
巡察发现：2022年非遗保护专项经费结余6.2万元未按规定清理。
整改进展：尚未整改。原因是资金清理需县财政局统一批复。
三、文艺培训报名费收取未公示
巡察发现：暑期培训班收取报名费未公示收费依据。
整改进展：已在馆内公示栏和公众号公示收费依据及标准。已完成。

县文化馆
2025年11月3日
"""


def test_a_measure_saying_nothing_is_done_yet_is_none():
    r = segment_text(NOT_DONE)
    assert_spans_exact(r)
    assert len(r.findings) == 3
    assert r.findings[1].measure is None
    assert r.findings[0].measure is not None and r.findings[2].measure is not None
    before = segment_text(NOT_DONE, vocabulary=vocabulary_without("measure_not_done"))
    assert before.findings[1].measure is not None
    assert before.findings[1].measure.text.startswith("尚未整改")


def test_a_not_done_status_with_an_act_after_it_keeps_its_measure():
    acted = NOT_DONE.replace("尚未整改。原因是资金清理需县财政局统一批复。", "尚未整改完毕，已向县财政局报送清理申请。")
    r = segment_text(acted)
    assert r.findings[1].measure is not None


# --- an item's paragraph stating its problem, with acting points under it ---------------------------

PLAN = """中共南川县林业局党组关于县委巡察反馈意见的整改方案

县委第三巡察组于2025年6月向局党组反馈了巡察意见，现制定整改方案如下。

一、整改任务及措施
（一）森林防火责任落实不到位。2024年有6个护林站未按要求开展防火巡查，巡查记录缺失。
1.制定护林站防火巡查考核办法，每月通报巡查情况。（责任领导：陈立；责任股室：防火办；完成时限：2025年9月底）
2.建立巡查记录电子台账。（责任领导：陈立；责任股室：防火办；完成时限：长期坚持）
（二）生态护林员管理不规范。3名已外出务工人员仍在领取护林员补助，合计1.2万元。
1.开展护林员在岗情况核查，对不在岗人员予以解聘并追回补助。（责任领导：王敏；责任股室：资源股；完成时限：2025年8月底）
（三）林木采伐审批把关不严。2024年有2宗采伐审批缺少现场核验材料。
1.修订林木采伐审批流程，实行现场核验双人签字。（责任领导：王敏；责任股室：审批股；完成时限：2025年10月底）

二、保障措施
（一）加强组织领导。成立整改工作领导小组，统筹推进整改工作。

中共南川县林业局党组
2025年7月1日
"""


def test_an_item_paragraph_is_the_problem_and_its_points_the_measure():
    r = segment_text(PLAN)
    assert_spans_exact(r)
    assert len(r.findings) == 3
    assert "巡查记录缺失" in r.findings[0].finding.text
    assert "已外出务工人员" in r.findings[1].finding.text
    assert measure_texts(r)[0].startswith("1.制定")
    assert measure_texts(r)[1].startswith("1.开展")
    before = segment_text(PLAN, vocabulary=vocabulary_without("problem_paragraph_measures_below"))
    assert "巡查记录缺失" not in before.findings[0].finding.text
