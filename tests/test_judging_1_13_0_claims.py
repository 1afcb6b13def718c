"""Rubric 1.13.0's judging of claims and figures, on text composed for the test: a short measure pasted
under several items of a report, and one response that only hands a list of faults on, are unverifiable;
figures of different things, or a figure that names a policy, do not contradict the report's counts; 1.12.0
judges as before."""

from __future__ import annotations

from checker.models import Review, Source
from checker.options import ReviewOptions
from checker.pipeline import review_source
from checker.rubric import Rubric, load_rubric

NEW = load_rubric("rectification@1.13.0")
OLD = load_rubric("rectification@1.12.0")

# a district's notice on its estates: the same short line under two estates, another fix under the third
PASTED = """生活垃圾分类小区整改情况公示
1.针对“东园小区垃圾收运不及时，垃圾滞留积压”的问题。
整改情况:提高收运频次，调整合理收运时间。
2.针对“西苑小区垃圾收运不及时，垃圾滞留积压”的问题。
整改情况:提高收运频次，调整合理收运时间。
3.针对“南湖小区收集容器颜色错误”的问题。
整改情况:对收集点内所有颜色错误的容器进行更换。
"""

# an inspecting team's bulletin: three faults in one sentence, one response for them all
HANDED_ON = """市环境整治督导组工作简报
督导组在城区检查中发现以下问题：1、背街小巷卫生死角；2、沿街停车秩序混乱；3、人行便道保洁不到位。
针对这些问题，督导组现场联系相关区域责任部门进行现场整改。
"""

ORDERED_WITH_LIMIT = HANDED_ON.replace("现场联系相关区域责任部门进行现场整改", "现场责令相关区域责任部门立即整改，限三日内整改完毕")

PARTS = """关于巡察整改情况的通报
对照巡察反馈的20个问题，已整改完成15个，持续整改3个，未完成2个，整改完成率75%。
1.针对“违规发放补贴”的问题。
整改情况:6名人员已将违规发放的补贴1.32万元全额退回县财政国库支付中心账户。
"""

OTHER_THINGS = """镇节前安全生产检查情况通报
检查中发现我镇共有2家服装加工厂存在安全隐患，针对存在问题已下发整改通知书17份。
1.服装加工厂消防通道狭窄。
整改要求:责令企业于1月20日前清理通道杂物。
2.洗浴场锅炉工未持证上岗。
整改要求:责令洗浴场于1月25日前安排锅炉工参加培训取证。
3.农贸市场非法储存烟花爆竹。
整改要求:当场收缴烟花爆竹12箱，责令市场于1月18日前清理储存点。
"""

NAMED_RULE = """乡作风暗访情况通报
此次暗访重点检查各单位是否严格落实中央八项规定，共发现问题3个。
1.乡财政所1名工作人员上班时间玩手机游戏。
整改要求:责令该工作人员于3月5日前写出书面检查。
2.乡民政办上班时间无人在岗。
整改要求:责令民政办于3月5日前建立在岗轮值表并报乡作风办备案。
3.乡农技站2名工作人员迟到。
整改要求:对迟到人员在全乡通报批评，3月10日前完成。
"""

STATED = """关于创建文明城市督查暗访问题整改情况的报告
按照督查暗访情况的通报，我镇管辖范围内存在两项内容需要整改，现将整改情况报告如下。
1.针对“农贸市场周边占道经营”的问题。
整改情况:2024年6月3日清理占道摊点14处，设置临时疏导点1处。
2.针对“背街小巷垃圾堆放”的问题。
整改情况:2024年6月5日清运垃圾6车。
3.针对“公益广告破损”的问题。
整改情况:2024年6月8日更换破损公益广告牌9块。
"""


def _review(text: str, rubric: Rubric) -> Review:
    return review_source(Source(path="composed.txt", text=text, format="txt"), rubric, ReviewOptions())


def _flags(review: Review, code: str) -> list[bool]:
    return [any(h.code == code for h in f.flags) for f in review.findings]


def _document(review: Review) -> set[str]:
    return {h.code for h in review.document_flags}


def test_a_short_measure_pasted_under_several_items_of_a_report_is_unverifiable() -> None:
    assert _flags(_review(PASTED, NEW), "unverifiable_claim") == [True, True, False]
    assert _flags(_review(PASTED, OLD), "unverifiable_claim") == [False, False, False]


def test_one_response_that_hands_a_list_on_checks_none_of_it() -> None:
    assert _flags(_review(HANDED_ON, NEW), "unverifiable_claim") == [True, True, True]
    assert _flags(_review(HANDED_ON, OLD), "unverifiable_claim") == [False, False, False]
    # an order with its time limit can be checked by that date
    assert not any(_flags(_review(ORDERED_WITH_LIMIT, NEW), "unverifiable_claim"))


def test_figures_of_different_things_or_of_a_policy_do_not_contradict() -> None:
    for text in (PARTS, OTHER_THINGS, NAMED_RULE):
        assert "inconsistent_numbers" not in _document(_review(text, NEW)), text
        assert "inconsistent_numbers" in _document(_review(text, OLD)), text


def test_a_count_stated_with_cunzai_is_held_to_the_list() -> None:
    assert "inconsistent_numbers" in _document(_review(STATED, NEW))
    assert "inconsistent_numbers" not in _document(_review(STATED, OLD))
    assert "inconsistent_numbers" not in _document(_review(STATED.replace("两项", "三项"), NEW))
