"""Document kind and finished acts on forms real reports take (text composed for the test): a
news item on a rectification already done is a progress report though an inspecting body's word
opens it, and measures opened by 已采取以下措施： need no deadline."""

from __future__ import annotations

from checker.models import Source
from checker.options import ReviewOptions
from checker.pipeline import review_source
from checker.rubric import load_rubric

NEW = load_rubric("rectification@1.3.0")
OLD = load_rubric("rectification@1.2.0")


def _review(text: str, rubric=NEW):
    return review_source(Source(path="composed.txt", text=text, format="txt"), rubric, ReviewOptions())


def _codes(review) -> list[set[str]]:
    return [{fl.code for fl in f.flags} for f in review.findings]


DONE_AFTER_INSPECTION = """某镇中心小学在县教育局的督导检查中被发现存在一些问题。首先，学校消防器材配置不足，部分灭火器过期；其次，食堂从业人员健康证不全；再次，学生宿舍存在私拉电线现象。
针对以上问题，学校进行了全面整改。首先，学校更换了过期灭火器12具，新增了灭火器20具；其次，组织食堂从业人员体检，补办了健康证5份；最后，拆除了宿舍私拉电线8处。
"""

REQUIRED_AFTER_INSPECTION = """某镇中心小学在县教育局的督导检查中被发现存在一些问题。首先，学校消防器材配置不足，部分灭火器过期；其次，食堂从业人员健康证不全；再次，学生宿舍存在私拉电线现象。
针对以上问题，督导组要求学校限期整改，确保按时整改到位。
"""


def test_a_finished_rectification_reported_after_an_inspection_is_a_progress_report():
    review = _review(DONE_AFTER_INSPECTION)
    assert len(review.findings) == 3
    assert review.document.kind == "progress_report"
    # what was done needs no deadline
    assert not any("missing_deadline" in c for c in _codes(review))
    # the older vocabulary took the notice's word (督导) for a plan
    assert _review(DONE_AFTER_INSPECTION, OLD).document.kind == "plan"


def test_an_inspection_that_requires_is_still_judged_as_a_plan():
    review = _review(REQUIRED_AFTER_INSPECTION)
    assert review.document.kind == "plan"


def test_a_promise_to_be_in_place_is_not_a_report_of_what_was_done():
    promise = DONE_AFTER_INSPECTION.replace(
        "学校进行了全面整改。首先，学校更换了过期灭火器12具，新增了灭火器20具；其次，组织食堂从业人员体检，补办了健康证5份；最后，拆除了宿舍私拉电线8处。",
        "学校党支部郑重表态，坚决整改，确保全部整改到位。",
    )
    assert _review(promise).document.kind == "plan"


SELF_CHECK = """XX小学食品安全自查报告

三、存在的问题及整改情况
在自查过程中，我们发现了一些需要改进的地方，主要包括：
- 部分食品储存区域通风不良，存在潮湿现象；
- 食品留样记录不够完整；
- 校园周边部分摊贩卫生条件较差。
针对上述问题，学校已采取以下措施：
- 对储存区域进行改造，增加通风设备；
- 修订食品留样制度，专人每日登记；
- 联合城管部门清理校门口摊点6处。
"""


def test_measures_opened_as_acts_already_taken_need_no_deadline():
    review = _review(SELF_CHECK)
    assert len(review.findings) == 3
    assert all("missing_deadline" not in c for c in _codes(review))
    # the same fixes announced as a plan still need their dates
    planned = _review(SELF_CHECK.replace("学校已采取以下措施：", "学校将采取以下措施："))
    assert all("missing_deadline" in c for c in _codes(planned))
    # and the older rubric, without the lead-ins, asked for dates of acts already taken
    assert all("missing_deadline" in c for c in _codes(_review(SELF_CHECK, OLD)))


CUT_IN_A_MEASURE = """消防安全自查报告
存在的问题:
1.部分灭火器压力不足。
2.消防通道堆放杂物。
针对以上问题,我们建议采取以下措施:
1.更换压力不足的灭火器12具，由后勤处负责，2024年6月底前完成。
2.健全消防安全制"""


def test_a_text_cut_inside_a_measure_flags_that_finding():
    review = _review(CUT_IN_A_MEASURE)
    assert len(review.findings) == 2
    assert [("truncated" in c) for c in _codes(review)] == [False, True]
    assert any(f.code == "truncated" for f in review.document_flags)
    # before, only the document said so
    assert all("truncated" not in c for c in _codes(_review(CUT_IN_A_MEASURE, OLD)))


NO_PERIOD = """关于校园安全检查情况的通报
检查中发现以下问题：
1.学生宿舍私拉电线。
2.食堂后门消防通道堵塞。
3.实验室危化品台账不全。
针对以上问题，已下发整改通知书，要求学校限期整改，由后勤处负责督促检查。
"""


def test_a_period_never_named_is_a_missing_deadline_not_a_vague_one():
    review = _review(NO_PERIOD)
    assert review.document.kind == "plan" and len(review.findings) == 3
    assert all("missing_deadline" in c and "vague_deadline" not in c for c in _codes(review))
    dated = _review(NO_PERIOD.replace("限期整改", "限三日内整改完毕"))
    assert all("missing_deadline" not in c and "vague_deadline" not in c for c in _codes(dated))


def test_one_response_to_a_whole_list_answers_each_problem_only_generally():
    numbered = NO_PERIOD.replace("已下发整改通知书，", "已下发整改通知书（县安监字〔2024〕12号），")
    review = _review(numbered)
    assert len(review.findings) == 3
    assert [f.responsiveness for f in review.findings] == [1, 1, 1]
    # the older rubric took the numbered notice for an answer to each
    assert any(f.responsiveness >= 2 for f in _review(numbered, OLD).findings)


SELF_CHECK_IN_ONE_PARAGRAPH = (
    "关于办学条件存在问题的整改报告 学校于2024年6月11日组织各部门负责人，依照均衡发展的相关要求对照标准逐项检查，"
    "检查中发现还存在以下问题：1、教室照明不足，光线不够充足；2、旱厕蹲位少，卫生条件差；3、浴池淋浴设施少。"
    "针对以上问题，现将整改情况报告如下：1、总务处已加装灯管36支，照明达标；2、已新建水冲式厕所一座，蹲位增至20个；"
    "3、已新增淋浴喷头12个。\n"
)


def test_a_requirement_named_early_in_the_opening_does_not_make_the_problems_an_answer():
    review = _review(SELF_CHECK_IN_ONE_PARAGRAPH)
    assert [f.title[:4] for f in review.findings] == ["教室照明", "旱厕蹲位", "浴池淋浴"]
    # each problem gets its own numbered fix, not the whole response
    assert "灯管" in review.findings[0].measure_text and "厕所" not in review.findings[0].measure_text
    assert "淋浴喷头" in review.findings[2].measure_text and "灯管" not in review.findings[2].measure_text


CAUSES_AFTER_PROBLEMS = (
    "经排查，我镇创建工作存在的主要问题有：一是主干道车辆违章停放现象突出；二是商户占道经营现象严重；"
    "三是少数工作人员业务不精等。问题的主要原因是：一是基础设施欠账较多；二是管理职责不清。\n"
)


def test_the_last_problem_ends_where_its_causes_begin():
    review = _review(CAUSES_AFTER_PROBLEMS)
    last = review.findings[-1]
    assert "业务不精" in last.finding_text and "原因" not in last.finding_text


PLAN_CUT = """整改方案
问题1:村医诊疗水平较弱。
整改措施:组织120名村医参加集中进修培训。
责任单位:医政股
整改时限:2024年12月底前
问题2:药品采购台账不全。
问题3:村卫生室消毒记录缺失。
整改措施:由院感科每月抽查消毒记录,发现缺失的"""


def test_an_owner_is_not_asked_of_an_item_without_a_measure_or_one_the_page_cut():
    review = _review(PLAN_CUT)
    assert len(review.findings) == 3
    codes = _codes(review)
    assert "no_measure" in codes[1] and "missing_owner" not in codes[1]
    assert "missing_owner" not in codes[2]
    assert "missing_owner" in _codes(_review(PLAN_CUT, OLD))[1]


def test_a_page_cut_before_its_first_finding_is_truncated_and_refused():
    text = ("关于文书归档检查情况的通报\n各单位：\n近日，区档案局对全区各单位2023年度文书归档工作进行了检查。"
            "总体来看，各单位高度重视文书归档工作，归档范围基本完整，整理规范，其中区财政局、区教育局等单位")
    review = _review(text)
    codes = {f.code for f in review.document_flags}
    assert {"truncated", "unsegmented"} <= codes
    assert "truncated" not in {f.code for f in _review(text, OLD).document_flags}
    byline = _review("关于文书归档检查情况的通报\n近日，区档案局对全区文书归档工作进行了检查。\n责编:区融媒体中心 童益")
    assert "truncated" not in {f.code for f in byline.document_flags}


def test_an_opening_that_sums_up_the_rectification_makes_a_progress_report():
    text = """在近期开展的工会财务专项检查中，发现部分工作存在不规范之处，现就相关问题的整改落实情况进行总结汇报。
一、存在的问题
1.部分报销凭证不完整，存在事后补签现象。
2.工会资产登记不及时，部分设备未纳入台账管理。
二、整改措施
1.完善财务制度：修订《工会经费管理办法》，明确报销流程和审批权限。
2.规范资产管理：对现有资产进行全面清查，建立电子台账。
"""
    assert _review(text).document.kind == "progress_report"
    assert _review(text, OLD).document.kind != "progress_report"


def test_slogans_reworded_are_still_slogans():
    text = """整改情况通报
1.针对“8项涉农资金未按规定公示”的问题。
整改情况：牢固树立公开意识，认真抓好涉农资金公示各项工作。
2.针对“学生体测数据存在漏报”的问题。
整改情况：把学生体质健康工作摆在突出位置，压紧压实学校主体责任。
"""
    assert "formalism" in _codes(_review(text))[0]
    assert "formalism" not in _codes(_review(text, OLD))[0]


def test_sub_points_written_after_commas_are_each_to_be_answered():
    text = """整改方案
问题5：矿产资源执法监管薄弱，一是对2处停产矿山未开展动态巡查，二是对1处越界开采行为未及时查处。
整改措施：对2处停产矿山建立月度巡查制度，每月巡查不少于1次并留存影像记录。
责任单位：矿产资源股
整改时限：2024年9月30日前
"""
    finding = _review(text).findings[0]
    flag = next(f for f in finding.flags if f.code == "partial_coverage")
    assert "越界开采" in flag.evidence
    assert "partial_coverage" not in _codes(_review(text, OLD))[0]


AUDIT_RESULT_WITH_RECTIFICATION = """县审计局派出审计组对某镇人民政府2023年度预算执行情况进行了审计。现将审计结果报告如下：
一、审计发现的主要问题
（一）部分收支预算编制与实际收支脱节。
（二）项目支出用于基本支出。
（三）执行政府采购程序不到位。
二、审计整改情况
对审计发现的问题，被审计单位已采取措施，调整了预算科目，补办了采购手续。
"""


def test_an_audit_result_reporting_what_was_rectified_is_no_work_report():
    review = _review(AUDIT_RESULT_WITH_RECTIFICATION, load_rubric("rectification@1.4.0"))
    assert len(review.findings) == 3
    assert review.document.kind == "progress_report"
    # 报告如下 after 审计结果 opened a work report before
    assert _review(AUDIT_RESULT_WITH_RECTIFICATION).document.kind == "work_report"


AUDIT_NOTICE_DONE_AS_REQUIRED = """长审公告字〔2023〕5号
县审计局组成审计组，对县环卫队2021至2022年度财政财务收支情况进行了审计。现将审计结果公告如下：
一、基本情况
县环卫队为公益一类事业单位，财政全额拨款，截至2022年底实有人员9人。
二、审计发现的主要问题及处理意见
（一）支出原始凭证或附件不完整21,358.50元。
（二）签订合同不规范84,646.20元。
（三）账务处理不规范
三、存在问题的处理及整改情况
对于存在的问题，我局已按照有关条款进行了处理，并已出具了审计报告，同时该单位已按照审计整改的要求及时进行了整改。
"""


def test_done_as_required_is_done_not_a_requirement():
    review = _review(AUDIT_NOTICE_DONE_AS_REQUIRED, load_rubric("rectification@1.4.0"))
    assert len(review.findings) == 3
    assert review.document.kind == "progress_report"
    # 按照…的要求 was read as a requirement: an inspecting body's notice, judged as a plan
    assert _review(AUDIT_NOTICE_DONE_AS_REQUIRED).document.kind == "plan"


REQUIRED_THEN_DONE = """州审计局完成对四县2009年度石漠化治理资金的专项审计，在审计中发现有的县存在资金长期挂账、资产核算不实、工程量不实、改变项目用途等问题，审计机关依法作出了审计意见和建议。州人民政府领导高度重视审计意见，由州政府督查室下发督办通知，要求各县对各自存在的问题及时进行整改。在州政府的督促下，各县人民政府及时进行整改并向州政府作了专题报告。
"""


def test_a_requirement_followed_by_what_was_done_reports_it_done():
    review = _review(REQUIRED_THEN_DONE, load_rubric("rectification@1.4.0"))
    assert len(review.findings) == 4
    assert review.document.kind == "progress_report"
    assert _review(REQUIRED_THEN_DONE).document.kind == "plan"


# 1.4.0 (vocabulary 1.3.0): what a measure says done, required or promised, read clause by clause
INSPECTION_HEAD = """某镇中心小学在县教育局的督导检查中被发现存在一些问题。首先，学校消防器材配置不足，部分灭火器过期；其次，食堂从业人员健康证不全；再次，学生宿舍存在私拉电线现象。
"""

HANDED_OVER_THEN_DONE = INSPECTION_HEAD + """针对以上问题，督导组将发现的问题与学校负责人进行了对接，交换了整改意见。截至目前，以上问题已全部整改完毕，我们将继续加强日常检查。
"""


def test_problems_handed_over_and_fixed_are_reported_done():
    review = _review(HANDED_OVER_THEN_DONE, load_rubric("rectification@1.4.0"))
    assert len(review.findings) == 3
    # 将问题…进行了对接 hands the problems over (将 as 把), 将继续 after 已整改完毕 is the next step
    assert review.document.kind == "progress_report"
    assert not any("missing_deadline" in c for c in _codes(review))
    # the older vocabulary read both 将 as promises: a plan, every item short of a deadline
    old = _review(HANDED_OVER_THEN_DONE)
    assert old.document.kind == "plan"
    assert all("missing_deadline" in c for c in _codes(old))


ORDERED_TO_FINISH = INSPECTION_HEAD + """针对以上问题，督导组责令学校立即整改，并于5月20日前全面完成整改。
"""


def test_an_order_to_finish_by_a_date_is_a_requirement_not_a_report_of_done():
    # 责令 requires; 完成 in the clause it governs (，并于…完成整改) is what is required
    assert _review(ORDERED_TO_FINISH, load_rubric("rectification@1.4.0")).document.kind == "plan"
    # the older vocabulary took 完成 for done and knew no 责令
    assert _review(ORDERED_TO_FINISH).document.kind == "progress_report"


REPORT_WHEN_FINISHED = INSPECTION_HEAD + """针对以上问题，督导组下发整改通知书，学校整改完毕后将整改情况上报县教育局。
"""


def test_what_follows_once_the_fix_is_finished_is_no_report_of_done():
    # 整改完毕后 says when, not that it was done (the older vocabulary knew no 完毕 and read a plan too)
    assert _review(REPORT_WHEN_FINISHED, load_rubric("rectification@1.4.0")).document.kind == "plan"
    assert _review(REPORT_WHEN_FINISHED).document.kind == "plan"
