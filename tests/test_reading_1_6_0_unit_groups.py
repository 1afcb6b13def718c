"""Reading vocabulary 1.6.0: a notice that lists problems unit by unit, and a list of problems each
followed by the order already given for it; each on text composed for the test, and each read as
before with the flag turned off."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

# --- a group with one item writes it unnumbered under the group's name -------------------------------

UNIT_GROUPS = """5月12日下午，总务处带队对校园进行例行检查，现将检查的主要情况和存在的问题通报如下：
一、餐饮服务中心
第一食堂售卖窗口整洁有序，餐具消毒到位，请继续保持。
二、物业管理中心
1、图书馆东侧消防通道停放多辆电动车，存在安全隐患，请及时督促清理。
2、实验楼三楼卫生间水龙头损坏漏水，请尽快维修。
三、绿化管理中心
1、南门花坛内枯枝落叶堆积，影响校园环境，请督促清除。
2、操场北侧围栏旁杂草丛生，请及时修剪。
四、安全保卫科
东门岗亭监控显示屏损坏，无法查看实时画面，请督促整改。
对检查中发现的问题，请相关单位及时整改，于一周内将整改报告交总务处。
"""


def test_a_groups_one_unnumbered_item_is_a_finding():
    r = segment_text(UNIT_GROUPS)
    assert [f.finding.text[:6] for f in r.findings] == ["图书馆东侧消", "实验楼三楼卫", "南门花坛内枯", "操场北侧围栏", "东门岗亭监控"]
    assert measure_texts(r)[-1].startswith("请督促整改")
    assert "一周内" not in measure_texts(r)[-1]  # the closing request is no part of the group's item


def test_praise_under_a_group_is_no_finding():
    r = segment_text(UNIT_GROUPS)
    assert not any("售卖窗口" in f.finding.text for f in r.findings)


def test_without_lone_group_item_the_unnumbered_item_is_not_read():
    r = segment_text(UNIT_GROUPS, vocabulary=vocabulary_without("lone_group_item"))
    assert not any("东门岗亭" in f.finding.text for f in r.findings)


def test_sections_of_a_report_are_no_unit_groups():
    # section headings that say what was done are no units' names: their paragraphs stay out
    text = UNIT_GROUPS.replace("四、安全保卫科", "四、加强领导，周密部署")
    r = segment_text(text)
    assert not any("东门岗亭" in f.finding.text for f in r.findings)


# --- the order already given for a listed problem is its measure --------------------------------------

ORDERED = """关于规范农家乐经营的建议办理情况报告

代表：
您提出的建议收悉，我局高度重视，现将办理情况报告如下：
一、检查情况
8月5日，我局联合有关部门抽查了全县农家乐9家，共发现问题14个。
二、存在的问题
一是未按规定公示菜品价格。多数农家乐未在显著位置公示价目表，我局已责令经营户限期整改。
二是从业人员健康证不全。部分农家乐厨师未办理健康证明。市场监管部门已要求经营户一周内补办到位。
三是消防器材配备不足。检查发现4家农家乐灭火器过期，消防大队已现场对经营户进行安全提醒，督促更换。
四是污水直排现象仍然存在。
"""


def test_the_order_given_for_a_listed_problem_is_its_measure():
    r = segment_text(ORDERED)
    assert [f.finding.text[:4] for f in r.findings] == ["未按规定", "从业人员", "消防器材", "污水直排"]
    measures = measure_texts(r)
    assert measures[0].startswith("我局已责令")
    assert measures[1].startswith("市场监管部门已要求")
    assert measures[2].startswith("消防大队已现场")
    assert r.findings[3].measure is None


def test_without_problem_own_order_the_problems_keep_their_orders():
    r = segment_text(ORDERED, vocabulary=vocabulary_without("problem_own_order"))
    assert "我局已责令" in r.findings[0].finding.text
