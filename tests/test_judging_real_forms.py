"""Judging as an inspector would, on forms real reports and notices take (text composed for the
test): questions that fit the finding, a document verdict a reader agrees with, and the cases the
rules used to get wrong or miss."""

from __future__ import annotations

from checker.models import Source
from checker.options import ReviewOptions
from checker.pipeline import review_source
from checker.rubric import load_rubric

CALIBRATED = load_rubric("rectification@1.2.0")


def _review(text: str, rubric=CALIBRATED):
    return review_source(Source(path="composed.txt", text=text, format="txt"), rubric, ReviewOptions())


def _flags(review) -> list[list[str]]:
    return [[fl.code for fl in f.flags] for f in review.findings]


def _follow_ups(review, code: str) -> list[str]:
    return [fl.follow_up or "" for f in review.findings for fl in f.flags if fl.code == code]


# --- questions that fit the finding --------------------------------------------------------------

SUBJECTS = """关于巡察反馈问题整改情况的报告

1.班子成员政治站位不高，理论学习流于形式。
整改情况：已统一了思想认识，整改到位。
2.违规发放津贴补贴4.86万元。
整改情况：对相关责任人进行了诫勉谈话，并在全局通报批评。
3.部分村道路灯损坏未修复。
整改情况：加强巡查，严格把关，确保路灯持续完好。
"""


def test_the_question_asks_for_what_the_finding_needs():
    review = _review(SUBJECTS)
    thought, money, lamps = review.findings
    # thinking: what changed and how it shows, not an amount returned
    q = next(fl.follow_up for fl in thought.flags if fl.code == "unverifiable_claim")
    assert "变化" in q and "退回" not in q
    # money answered by punishment: whether the 4.86万元 came back
    q = next(fl.follow_up for fl in money.flags if fl.code == "partial_coverage")
    assert "4.86万元" in q and "退回" in q
    # exhortations only: the message quotes them, never empty brackets
    formalism = next(fl for fl in lamps.flags if fl.code == "formalism")
    assert "（）" not in formalism.message and "加强" in formalism.message
    assert "路灯损坏" in (formalism.follow_up or "")


def test_an_older_rubric_keeps_one_question_per_flag():
    review = _review(SUBJECTS, load_rubric("rectification@1.0.0"))
    assert any("退回金额" in q for q in _follow_ups(review, "unverifiable_claim"))


# --- one response to several problems ------------------------------------------------------------

NOTICE = """巡察反馈会召开

会上，巡察组反馈了各村存在的主要问题：一是政治理论学习不到位；二是村级“三资”管理不到位；三是“四议两公开”程序不规范。
会议要求各被巡察党组织要强化政治担当，确保反馈问题整改“见底清零”；勇担政治责任，推深做实巡察“后半篇文章”；严格整改标准，强化巡察成果运用。
"""


def test_a_notice_answering_every_problem_with_slogans_fails():
    review = _review(NOTICE)
    assert review.document.kind == "plan"
    for codes in _flags(review):
        assert "formalism" in codes and "missing_deadline" in codes
        assert "missing_owner" not in codes  # addressed to the units inspected: no owner of its own
        assert "unverifiable_claim" not in codes  # one response, not one text pasted three times
    assert review.summary.verdict == "fail"


# --- the verdict a reader gives ------------------------------------------------------------------

CONCRETE = """关于食堂检查问题整改情况的报告

现将整改情况报告如下：
1.留样记录不全。整改情况：已于3月5日补全留样记录，由食堂管理员每日核对并签字。
2.消防器材过期。整改情况：已于3月8日更换灭火器12具，更换记录存档。
3.从业人员健康证过期2人。整改情况：2人已暂停上岗，于3月20日取得新健康证后复岗。
"""

CUT_BEFORE_THE_MEASURES = """县卫生院绩效考核反馈问题整改报告

一、存在的问题
1.家庭医生签约随访记录不完整。
2.药品库存盘点不及时，账实不符。
3.医疗废物交接登记缺项。
二、整改措施
针对以上问题，我院召开专题会议，逐项研究整改措施，现将整改情况"""


def test_concrete_dated_measures_pass():
    review = _review(CONCRETE)
    assert review.summary.verdict == "pass" and review.summary.score >= CALIBRATED.thresholds.pass_min


def test_measures_lost_to_a_cut_are_not_held_against_the_draft():
    review = _review(CUT_BEFORE_THE_MEASURES)
    assert any(fl.code == "truncated" for fl in review.document_flags)
    assert review.summary.verdict == "warn"  # 待改进: what can be read has no fault, what was cut is unseen
    older = _review(CUT_BEFORE_THE_MEASURES, load_rubric("rectification@1.0.1"))
    assert older.summary.verdict == "fail"  # the mean of unanswered items


def test_score_and_verdict_agree_through_the_thresholds():
    t = CALIBRATED.thresholds
    for text in (SUBJECTS, NOTICE, CONCRETE, CUT_BEFORE_THE_MEASURES):
        s = _review(text).summary
        band = "pass" if s.score >= t.pass_min else "warn" if s.score >= t.warn_min else "fail"
        assert band == s.verdict, (s.score, s.verdict)


# --- what was missed ----------------------------------------------------------------------------

BARE_STATUS = """关于政务公开测评问题整改情况的报告

1.未公开本年度部门文件。整改情况：已整改到位。
2.未公开规范性文件备案信息。整改情况：已整改上传。
3.未公开意见征集情况。整改情况：已说明。
"""

SITE_FOOTER = """关于学校食堂检查问题整改情况的报告

1.留样记录不全。整改情况：已于3月5日补全留样记录，由食堂管理员每日核对。
2.消防器材过期。整改情况：已于3月8日更换灭火器12具。
3.从业人员健康证过期2人。整改情况：2人已暂停上岗，
因篇幅问题不能全部显示，请点此查看更多更全内容
"""

LEDGER = """巡察反馈问题整改台账

序号\t问题\t整改措施\t责任单位\t完成情况
1\t村级财务公开不及时\t督促各村按季度公开财务收支\t经管站\t已完成，已补公开12个村的财务收支
2\t集体资产台账不全\t下一步将对集体资产全面清查，年底前完成登记\t经管站\t正在推进
3\t发展党员程序不规范\t对近三年发展党员档案逐一核查\t组织办\t已完成，补齐材料9份
"""


def test_bare_status_words_are_claims_to_check():
    assert _flags(_review(BARE_STATUS)) == [["unverifiable_claim"]] * 3


def test_a_site_footer_marks_the_text_as_cut_and_fire_equipment_is_the_equipment():
    review = _review(SITE_FOOTER)
    assert any(fl.code == "truncated" for fl in review.document_flags)
    assert "off_target" not in _flags(review)[1]  # 灭火器 are the 消防器材 the finding names
    assert "truncated" in _flags(review)[2]


def test_a_ledger_s_promise_is_a_promise():
    review = _review(LEDGER)
    assert review.document.kind != "plan"  # its 完成情况 column says what was done
    assert "future_only" in _flags(review)[1]


PARTIAL_TOTALS = """关于巡察反馈问题整改进展情况的通报

县委第二巡察组反馈的38个问题，已完成整改31个，其余7个正在整改。现将部分问题整改情况通报如下：
1.村级财务公开不及时。整改情况：已督促12个村补公开2023年四个季度财务收支，公开情况已拍照存档。
2.集体资产台账不全。整改情况：已对全镇集体资产重新登记，补登门面房3处，于2024年4月入账。
3.党员发展程序不规范。整改情况：已对近三年发展的28名党员档案逐一核查，补齐材料9份。
"""

FINISHED_AT_ONCE = """关于检查发现问题整改情况的报告

1.食堂留样记录不全。整改情况：立行立改，已于3月5日补全留样记录，并安排专人每日核对。整改状态：已完成。
2.消防通道堆放杂物。整改情况：立行立改，已清理杂物2车，通道已畅通。整改状态：已完成。
"""


def test_a_report_that_details_only_some_of_its_counted_items_is_not_contradicting_itself():
    review = _review(PARTIAL_TOTALS)
    assert not any(fl.code == "inconsistent_numbers" for fl in review.document_flags)
    assert not any("inconsistent_numbers" in codes for codes in _flags(review))


def test_at_once_on_a_finished_item_needs_no_date():
    assert not any("vague_deadline" in codes for codes in _flags(_review(FINISHED_AT_ONCE)))
