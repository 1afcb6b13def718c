"""Reading vocabulary 1.11.0, trust: a notice that lists what it found and answers none of it holds its
findings without a measure as a fact of the text, no sign of measures missed (unanswered_text); a lead-in
line ending on a colon right before the fixes a reading pairs is no action the reading missed
(fixes_lead_named). On text composed for the test; 1.10.0 weighs them as before."""

from __future__ import annotations

from segment_support import segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

LISTED = """关于城区背街小巷环境卫生暗访情况的通报

6月12日，县城管办对城区背街小巷环境卫生进行了暗访，共查看街巷24条，其中17条保洁较好，7条存在不同程度的问题。现将发现的问题通报如下：

1、东关街菜市场后巷，垃圾桶满溢无人清理；
2、南环路幸福小区北侧，建筑垃圾堆放路边；
3、文化路中段，沿街商户占道经营；
4、西大街农贸市场东门，污水横流。

本站首页
返回城管资讯
相关链接
"""


def _without_measure(text: str, **kw: object) -> float:
    r = segment_text(text, **kw)  # type: ignore[arg-type]
    assert len(r.findings) == 4
    assert all(f.measure is None for f in r.findings)
    assert r.segmentation is not None
    return r.segmentation.features["without_measure"]


def test_a_notice_that_answers_nothing_is_not_doubted_for_it() -> None:
    assert _without_measure(LISTED) == 0.0
    assert _without_measure(LISTED, vocabulary=vocabulary_without("unanswered_text")) == 1.0


def test_a_notice_that_tells_of_acting_after_its_list_stays_doubted() -> None:
    acted = LISTED.replace("污水横流。\n", "污水横流。\n\n此次暗访结果已纳入本月城市管理工作考核。\n")
    assert _without_measure(acted) == 1.0


def test_a_problem_that_tells_its_own_answer_stays_doubted() -> None:
    told = LISTED.replace("占道经营；", "占道经营，商户已自行撤除；")
    r = segment_text(told)
    assert r.segmentation is not None
    assert r.segmentation.features["without_measure"] > 0.0


def test_a_list_the_page_cut_off_stays_doubted() -> None:
    cut = LISTED.split("4、")[0] + "4、西大街农贸市场东门，污水"
    r = segment_text(cut)
    assert r.segmentation is not None
    assert r.segmentation.features["without_measure"] == 1.0


def test_a_list_that_ends_the_text_stays_doubted() -> None:
    ended = LISTED.split("\n\n本站首页")[0] + "\n"
    assert _without_measure(ended) == 1.0


def test_vocabulary_1_10_0_weighs_the_notice_as_before() -> None:
    assert _without_measure(LISTED, vocabulary=load_vocabulary("1.10.0")) == 1.0


LEAD = """关于办公用房使用情况的自查报告

一、自查工作开展情况
按照上级要求，局办公室牵头对全局办公用房使用情况进行了全面自查。

二、自查发现的问题
1. 个别科室办公用房面积超出标准，人均面积偏大。
2. 档案室物品堆放杂乱，未按类别存放。
3. 二楼会议室屋顶漏水，墙面发霉。

三、整改措施
针对上述问题，我局已研究制定整改方案，并明确了责任人和完成时限：
1. 调整超标科室办公用房，腾退多余房间2间，5月底前完成。
2. 清理档案室物品，按类别上架存放，责任人为办公室主任。
3. 维修会议室屋顶防水层，粉刷墙面，6月10日前完成。
"""


def test_the_lead_in_of_the_fixes_read_is_no_orphan_action() -> None:
    r = segment_text(LEAD)
    assert len(r.findings) == 3
    assert all(f.measure is not None for f in r.findings)
    assert r.segmentation is not None
    assert r.segmentation.features["orphan_actions"] == 0.0
    before = segment_text(LEAD, vocabulary=load_vocabulary("1.10.0"))
    assert before.segmentation is not None
    assert before.segmentation.features["orphan_actions"] > 0.0
    off = segment_text(LEAD, vocabulary=vocabulary_without("fixes_lead_named"))
    assert off.segmentation is not None
    assert off.segmentation.features["orphan_actions"] > 0.0
