"""Rubric 1.5.0's judging changes, on text composed for the test: each moves what 1.5.0 says and
leaves 1.4.0 judging as before."""

from __future__ import annotations

from checker.models import Source
from checker.options import ReviewOptions
from checker.pipeline import review_source
from checker.rubric import load_rubric

NEW = load_rubric("rectification@1.5.0")
OLD = load_rubric("rectification@1.4.0")


def _codes(text: str, rubric) -> list[set[str]]:
    review = review_source(Source(path="composed.txt", text=text, format="txt"), rubric, ReviewOptions())
    return [{fl.code for fl in f.flags} for f in review.findings]


URGED_THEN_NOW_DONE = """关于督查整改情况的通报

1.针对“学校食堂账目登记不及时”的问题。
整改情况:县教育局督促学校加强规范管理，目前以上学校均已整改完成。
"""

URGED_AND_CLAIMED = """关于案卷自查整改情况的通报

1.针对“执法文书填写不规范”的问题。
整改情况:个案具体问题已分别反馈办案部门，并已督促各执法人员整改完毕。
"""

ORDERED_WITH_PERIOD = """关于督查整改情况的通报

1.针对“食堂后厨卫生较差”的问题。
整改情况:已责令食堂负责人立即整改，限三日内整改完毕，由后勤科负责督促检查。
"""


def test_a_claim_after_a_word_of_the_present_is_no_longer_a_requirement() -> None:
    assert "unverifiable_claim" in _codes(URGED_THEN_NOW_DONE, NEW)[0]
    assert "unverifiable_claim" not in _codes(URGED_THEN_NOW_DONE, OLD)[0]


def test_an_urging_reported_done_claims_its_result() -> None:
    assert "unverifiable_claim" in _codes(URGED_AND_CLAIMED, NEW)[0]
    assert "unverifiable_claim" not in _codes(URGED_AND_CLAIMED, OLD)[0]


def test_an_order_with_its_period_in_a_later_clause_stays_an_order() -> None:
    assert "unverifiable_claim" not in _codes(ORDERED_WITH_PERIOD, NEW)[0]


THIS_WEEK = """校园环境检查整改方案

问题1:校园部分草坪需要清理。
整改措施:要求相关责任人制定整改计划，并在本周内完成。
"""


def test_within_this_week_is_a_deadline() -> None:
    assert "missing_deadline" not in _codes(THIS_WEEK, NEW)[0]
    assert "missing_deadline" in _codes(THIS_WEEK, OLD)[0]


FORESEEN = """关于校园场馆回头看整改情况的报告

1.针对“食堂厨房和餐厅未隔离”的问题。
整改情况:此三项问题预计在本月25日前整改完毕。
"""

REPORTED = """关于校园场馆回头看整改情况的报告

1.针对“食堂厨房和餐厅未隔离”的问题。
整改情况:此三项问题已整改完毕。
"""


def test_a_completion_foreseen_is_no_claim() -> None:
    assert "unverifiable_claim" not in _codes(FORESEEN, NEW)[0]
    assert "unverifiable_claim" in _codes(FORESEEN, OLD)[0]
    assert "unverifiable_claim" in _codes(REPORTED, NEW)[0]


BARE_NUMBER_FIELD = """整改方案

问题1:库房地漏未加盖网罩。
整改措施:为地漏加装防鼠网罩。
责任单位:后勤科
整改时限:10
"""


def test_a_bare_number_in_the_deadline_field_is_a_period() -> None:
    assert "missing_deadline" not in _codes(BARE_NUMBER_FIELD, NEW)[0]
    assert "missing_deadline" in _codes(BARE_NUMBER_FIELD, OLD)[0]


def _document_codes(text: str, rubric) -> set[str]:
    review = review_source(Source(path="composed.txt", text=text, format="txt"), rubric, ReviewOptions())
    return {fl.code for fl in review.document_flags}


DAMAGED_MARKUP = """关于卫生督查整改情况的通报

1.针对“排水沟堵塞”的问题。
整改情况:已组织人员疏通排水沟2条、/p> 清出淤泥1车。
"""


def test_a_tag_that_lost_its_opening_bracket_marks_a_damaged_copy() -> None:
    assert "truncated" in _document_codes(DAMAGED_MARKUP, NEW)
    assert "truncated" not in _document_codes(DAMAGED_MARKUP, OLD)
    assert "truncated" not in _document_codes(DAMAGED_MARKUP.replace("、/p>", "。</p>"), NEW)


PLEDGED_EFFORT = """村庄环境督查整改方案

问题1:河塘漂浮物未清理干净。
整改措施:安排保洁员打捞河塘漂浮物，常抓不懈。
"""


def test_a_timing_word_that_is_a_slogan_gives_no_deadline() -> None:
    new, old = _codes(PLEDGED_EFFORT, NEW)[0], _codes(PLEDGED_EFFORT, OLD)[0]
    assert "missing_deadline" in new and "vague_deadline" not in new
    assert "vague_deadline" in old and "missing_deadline" not in old


ASSIGNED_ONLY = """城区卫生巡查情况

1.农贸市场东侧排水沟淤堵。
整改要求:由街道办负责组织疏通排水沟。
"""


def _unknown_kind_codes(text: str, rubric) -> set[str]:
    from checker.analyse import analyse
    from checker.segment import segment

    report = segment(Source(path="composed.txt", text=text, format="txt"), vocabulary=rubric.reading_vocabulary())
    report = report.model_copy(update={"kind": "unknown"})
    return {h.code for h in analyse(report, rubric).findings[0].hits}


def test_a_measure_that_only_assigns_the_fix_needs_a_deadline() -> None:
    assert "missing_deadline" in _unknown_kind_codes(ASSIGNED_ONLY, NEW)
    assert "missing_deadline" not in _unknown_kind_codes(ASSIGNED_ONLY, OLD)
    done = ASSIGNED_ONLY.replace("组织疏通排水沟。", "疏通，现已疏通排水沟2条。")
    assert "missing_deadline" not in _unknown_kind_codes(done, NEW)


CUT_TABLE_ROW = """食堂卫生抽查发现问题汇总表
抽查时间
被抽查单位
发现问题个数
问题清单
整改完成时限
备注
2024.10.9
东关小学
2
1.厨房地面有积水。
2.垃圾桶未加盖。
15
2024.10.9
西街小学
2
1.留样柜温度不达标。
2.库房物品堆放杂乱。
10
2024.10.9
南门小学
2
1.厨房环境卫生打扫不彻底。
2.“三防”设施未到位:厨房有两处洞口未堵
"""


def test_a_row_cut_before_its_deadline_column_is_truncated() -> None:
    assert "truncated" in _document_codes(CUT_TABLE_ROW, NEW)
    assert "truncated" not in _document_codes(CUT_TABLE_ROW, OLD)
    assert _codes(CUT_TABLE_ROW, NEW)[0] == {"no_measure"}  # 15 in the deadline column is a period


SHARED_REQUIREMENT = """关于城区农贸市场环境卫生检查情况的通报
各街道办事处：
5月8日，区创卫办对城区农贸市场环境卫生进行了检查，现将有关情况通报如下：
一、存在问题
1.东关农贸市场内垃圾桶破损，北侧通道杂物乱堆。
2.西城菜市场公厕无专人保洁，无洗手设施。
3.南湖综合市场排水沟堵塞，地面积水。
二、整改要求
请东关、西城、南湖街道办事处于5月15日前整改到位，更换破损垃圾桶，清理通道杂物，安排公厕专人保洁并加装洗手设施，疏通排水沟，整改完成后报区创卫办销号。
区创卫办
2024年5月9日
"""


def _verdict(text: str, rubric) -> str:
    return review_source(Source(path="composed.txt", text=text, format="txt"), rubric, ReviewOptions()).summary.verdict


def test_a_notice_whose_one_dated_requirement_answers_its_problems_passes() -> None:
    assert _verdict(SHARED_REQUIREMENT, NEW) == "pass"
    assert _verdict(SHARED_REQUIREMENT, OLD) == "warn"  # one finding rated a general answer held it back


def test_a_shared_requirement_with_an_issue_of_its_own_does_not_pass() -> None:
    undated = SHARED_REQUIREMENT.replace("于5月15日前整改到位，", "尽快整改，")
    assert _verdict(undated, NEW) != "pass"


SHARED_HANDLED = """5月10日,后勤处组织人员对各宿舍楼设施进行了集中检查,重点检查了照明、门锁、水电等情况。
整体上设施完好,但也存在一些问题。
针对发现的问题,后勤处已安排宏达物业公司及时整改,确保学生正常住宿。
问题汇总:
1.一号楼三楼走廊灯不亮;
2.二号楼洗衣房水龙头漏水;
3.三号楼西侧楼梯扶手松动;
4.四号楼202门锁损坏。
"""

SHARED_HANDLED_COUNTED = SHARED_HANDLED.replace("及时整改", "于5月12日前更换灯具8套、维修水龙头3个")


def test_a_list_under_one_handled_line_is_unverifiable_for_each_finding() -> None:
    assert all("unverifiable_claim" in codes for codes in _codes(SHARED_HANDLED, NEW))
    assert all("unverifiable_claim" not in codes for codes in _codes(SHARED_HANDLED, OLD))


def test_a_shared_line_with_counts_and_a_date_is_checkable() -> None:
    assert all("unverifiable_claim" not in codes for codes in _codes(SHARED_HANDLED_COUNTED, NEW))


AT_ONCE_THEN_OPEN_LIMIT = """消防安全检查情况通报

1.农贸市场疏散通道堆放杂物。
整改要求:检查人员要求现场立即整改，未能当场整改的下发整改通知书，督促其负责人限期整改。
"""

AT_ONCE_OR_LIMIT = AT_ONCE_THEN_OPEN_LIMIT.replace(
    "检查人员要求现场立即整改，未能当场整改的下发整改通知书，督促其负责人限期整改", "对存在消防安全隐患的，根据要求立即或限期整改"
)


def test_what_is_left_to_a_limit_with_no_period_has_no_deadline() -> None:
    new, old = _codes(AT_ONCE_THEN_OPEN_LIMIT, NEW)[0], _codes(AT_ONCE_THEN_OPEN_LIMIT, OLD)[0]
    assert "missing_deadline" in new and "vague_deadline" not in new
    assert "vague_deadline" in old and "missing_deadline" not in old


def test_at_once_or_within_a_limit_in_one_clause_stays_vague() -> None:
    codes = _codes(AT_ONCE_OR_LIMIT, NEW)[0]
    assert "vague_deadline" in codes and "missing_deadline" not in codes


SERVED_ORDER = """消防安全检查情况通报

1.农贸市场疏散通道堆放杂物。
整改要求:检查人员要求现场立即整改，未能当场整改的下发了《责令限期整改通知书》，督促其负责人限期整改，确保消防安全。
"""

NOTICE_FOR_THE_FIX = """消防安全检查情况通报

1.农贸市场疏散通道堆放杂物。
整改要求:市场管理处高度重视，下发了关于加强消防安全管理的通知，要求各商户切实提高认识，确保消防安全。
"""


def test_serving_a_rectification_order_is_no_formalism() -> None:
    assert "formalism" not in _codes(SERVED_ORDER, NEW)[0]
    assert "formalism" in _codes(SERVED_ORDER, OLD)[0]


def test_a_notice_standing_in_for_the_fix_is_still_formalism() -> None:
    assert "formalism" in _codes(NOTICE_FOR_THE_FIX, NEW)[0]


def _responsiveness(text: str, rubric) -> list[int]:
    review = review_source(Source(path="composed.txt", text=text, format="txt"), rubric, ReviewOptions())
    return [f.responsiveness for f in review.findings]


ROAD = "公路安全隐患排查整改方案\n\n存在问题：县道X101线桥头路面坑槽破损，影响行车安全。\n整改措施：{measure}\n"


def test_an_order_to_fix_the_findings_own_object_acts_on_it() -> None:
    text = ROAD.format(measure="责令养护站立即对路面进行修复。")
    assert _responsiveness(text, NEW) == [2]
    assert _responsiveness(text, OLD) == [1]


def test_publishing_what_was_not_published_answers_the_finding() -> None:
    text = "关于政务公开整改情况的报告\n\n1.针对“未公开本年度工作计划”的问题。\n整改情况:已按照要求公开本年度工作计划。\n"
    assert _responsiveness(text, NEW) == [2]
    assert _responsiveness(text, OLD) == [1]


def test_a_fix_of_something_the_finding_does_not_name_is_no_act_on_it() -> None:
    assert _responsiveness(ROAD.format(measure="责令养护站立即更换办公设备。"), NEW) == [1]


def test_a_fix_urged_is_no_act_on_the_finding() -> None:
    assert _responsiveness(ROAD.format(measure="养护站已派人到现场查看，并加强对桥头路面的修复。"), NEW) == [1]


def test_one_response_to_a_whole_list_acts_on_none_of_it() -> None:
    text = (
        "公路安全隐患排查通报\n\n存在问题：\n1.县道X101线桥头路面坑槽破损。\n2.乡道Y202线护栏缺失。\n"
        "整改要求：责令养护站对路面坑槽和护栏进行修复。\n"
    )
    assert set(_responsiveness(text, NEW)) <= {0, 1}


LATER = "关于政务公开整改情况的报告\n\n1.针对“信息发布审核制度未公开”的问题。\n整改情况:后期将依据上级文件制定信息发布审核制度，并及时公开。\n"


def test_a_later_will_is_a_promise() -> None:
    assert "future_only" in _codes(LATER, NEW)[0]
    assert "future_only" not in _codes(LATER, OLD)[0]


URGED_NOW_REACHED = """关于食堂财务督查整改情况的通报

1.针对“学校食堂现金未及时入库”的问题。
整改情况:县教育局督促学校加强规范管理，目前以上学校均已整改完成。
"""

ONLY_URGED = """关于食堂财务督查整改情况的通报

1.针对“学校食堂现金未及时入库”的问题。
整改情况:县教育局高度重视，督促学校加强规范管理，确保整改到位。
"""


def test_what_is_reached_after_a_word_of_the_present_is_no_formalism() -> None:
    assert "formalism" not in _codes(URGED_NOW_REACHED, NEW)[0]


def test_urging_alone_is_still_formalism() -> None:
    assert "formalism" in _codes(ONLY_URGED, NEW)[0]


COMMITMENT_ONLY = """某村环境卫生整治情况

经过一周的集中整治，村容村貌有所改善，但也存在一些问题：一是村民卫生意识有待提高，二是环境卫生宣传力度不够，三是部分路段垃圾清运不及时。结合这次整治，我们将继续努力，落实环境卫生的长效管理，打造美丽乡村整体形象，为群众营造良好的生活环境而努力！
"""


def test_a_commitment_to_keep_trying_is_slogans_and_fails_the_draft() -> None:
    review = review_source(Source(path="composed.txt", text=COMMITMENT_ONLY, format="txt"), NEW, ReviewOptions())
    assert len(review.findings) == 3
    assert all("formalism" in {fl.code for fl in f.flags} for f in review.findings)
    assert review.summary.verdict == "fail"
    assert not any("formalism" in codes for codes in _codes(COMMITMENT_ONLY, OLD))
