"""Reading vocabulary 1.10.0, document kind: an inspecting body's round on others told in the opening
(暗访组深入…, 检查组对…, 对…进行了暗访, 抽查了5家) makes the text a notice, as a notice's title word does, and
its requirements a plan's; on text composed for the test, and read as before without the flag
(inspection_opening) and with vocabulary 1.9.0."""

from __future__ import annotations

from segment_support import kind_without, segment_text

from checker.vocabulary import load_vocabulary

V = load_vocabulary("1.10.0")
OLD = load_vocabulary("1.9.0")
OFF = kind_without("inspection_opening")

ROUND = """3月12日下午，县文明办组建暗访组，深入农贸市场、背街小巷和老旧小区，开展文明城市创建暗访。
点位一：城南街道农贸市场。暗访组重点查看市场及周边环境秩序。
发现问题：部分摊位占道经营，垃圾未及时清运。
点位二：东风街道东风路背街小巷。暗访组重点查看停车秩序和路面状况。
发现问题：车辆乱停乱放，路面破损未修复。
点位三：城北街道幸福小区。暗访组重点了解楼道和消防通道。
发现问题：楼道杂物堆积，消防通道被占用。
暗访组认为，要克服“创建疲劳”，紧盯短板弱项，强化排查整改。
"""

DONE = ROUND.replace("暗访组认为，要克服“创建疲劳”，紧盯短板弱项，强化排查整改。", "以上问题已于3月15日全部整改完毕。")


def test_an_inspecting_bodys_round_with_requirements_is_judged_as_a_plan():
    r = segment_text(ROUND)
    assert len(r.findings) == 3
    assert r.kind == "plan"
    # without the flag, and with the older vocabulary, no signal reaches the floor
    assert segment_text(ROUND, vocabulary=OFF).kind == "unknown"
    assert segment_text(ROUND, vocabulary=OLD).kind == "unknown"


def test_a_round_whose_answer_reports_the_work_done_is_no_plan():
    assert segment_text(DONE).kind == "progress_report"


def test_the_round_is_an_act_of_the_inspecting_body_on_others():
    rx = V.patterns.opening_inspection
    for acted in (
        "联合检查组，对我局开展统计造假专项治理工作进行检查。",
        "检查组一行首先来到位于望仙路附近的一家辅导机构。",
        "州发展改革委抽查了5家国有粮食收储库点。",
        "对区属范围内的网吧、棋牌室进行了一次集中巡查。",
        "现对发现火灾隐患的单位进行曝光。",
    ):
        assert rx.search(acted), acted
    for named in (
        "要求各经营单位负责人尽快落实检查组提出存在的问题。",  # the group named, not acting
        "建立健全长效管理机制，定期开展巡查走访活动。",  # a habit promised, no round told
        "3.消防巡查不到位，部分单位巡查记录缺失。",  # a fault of the unit's own rounds
    ):
        assert not rx.search(named), named
    assert OLD.patterns.opening_inspection.pattern == "(?!)"
