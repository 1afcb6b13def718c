"""Reading vocabulary 1.11.0: problems told as numbered cases (典型一：… 典型二：…) are items numbered as
问题一：… are, and a fix that cites its case (对典型三，…) answers that case (case_number_labels; patterns
case_number_label, fix_cited_opening), on text composed for the test; 1.10.0 reads it as before."""

from __future__ import annotations

from segment_support import assert_spans_exact, segment_text

from checker.vocabulary import load_vocabulary

CASES = """关于违规吃喝问题专项自查情况的报告

县纪委监委：

现将我局自查情况报告如下：

一、自查发现的问题
典型一：局办公室2024年11月以“业务培训”名义报销餐费3200元，实际用于接待外地考察人员，无接待公函。
典型二：下属站点2025年元旦期间使用公车接送职工家属，出车记录未登记。
典型三：局机关食堂2025年5月为个别职工办理生日宴，费用1500元由公用经费列支。
典型四：个别科室文件多、简报多，2024年印发简报86期，其中内容重复的占四成。

二、整改措施
（一）对典型一，由局纪检组对办公室主任进行诫勉谈话，3200元已由当事人于6月10日全额退回。
（二）对典型三，1500元已于6月12日由参与人员分摊退回，食堂负责人作出书面检查。
（三）对典型四，要求各科室进一步精简发文，切实减轻基层负担。

三、下一步打算
我局将举一反三，持续加强作风建设。
"""


def test_cases_are_items_answered_by_the_fix_that_cites_them() -> None:
    r = segment_text(CASES)
    assert_spans_exact(r)
    assert len(r.findings) == 4
    first, second, third, fourth = r.findings
    assert "报销餐费3200元" in first.finding.text and not first.finding.text.startswith("典型")
    assert first.measure is not None and "诫勉谈话" in first.measure.text
    assert second.measure is None  # no fix cites the second case
    assert third.measure is not None and "1500元已于6月12日" in third.measure.text
    assert fourth.measure is not None and "精简发文" in fourth.measure.text


def test_vocabulary_1_10_0_reads_it_as_before() -> None:
    old = segment_text(CASES, vocabulary=load_vocabulary("1.10.0"))
    assert old.findings[0].finding.text.startswith("典型一")  # the case's name stays in its text
    assert old.findings[-1].measure is None  # the fix citing 典型四 answers nothing
