"""Reading vocabulary 1.10.0: a news item telling of a drive aimed at problems listed at 、 between 对 and
等问题 lists them (list_targeted_problems), and the account of the drive after it, one whole with no
points, is read clause by clause when each problem is named by a clause of its own
(list_answer_clauses_by_words); on text composed for the test; 1.9.0 reads it as before."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

DRIVE = """城南街道开展背街小巷环境整治

3月12日上午，城南街道组织网格员、志愿者联合市政公司，对背街小巷路灯损坏、墙面乱涂乱画、绿化带垃圾堆积、电动车乱停乱放等问题开展集中整治行动。

整治中，市政公司维修人员更换损坏路灯12盏。志愿者分组清除墙面乱涂乱画30余处。网格员带队清理绿化带内堆积垃圾，清运垃圾5车。对电动车乱停乱放问题，街道在巷口施划停车线，引导居民有序停放。

下一步，城南街道将继续加强巡查，巩固整治成果。
"""

TOPICS = """区安委办召开专题会议

4月2日，区安委办召开专题会议，对安全生产、消防管理、防汛准备等问题进行研究部署。会议要求各部门提高认识，压实责任。
"""

ONE_ANSWER = """社区开展环境整治

5月6日，社区组织志愿者对小区楼道杂物堆放、车辆乱停乱放等问题开展清理整治行动。

整治中，志愿者们分组行动，认真负责，小区面貌焕然一新。
"""


def test_the_problems_a_drive_was_aimed_at_are_its_findings() -> None:
    r = segment_text(DRIVE)
    assert [f.finding.text for f in r.findings] == ["背街小巷路灯损坏", "墙面乱涂乱画", "绿化带垃圾堆积", "电动车乱停乱放"]


def test_each_problem_takes_the_clause_of_the_account_that_names_it() -> None:
    r = segment_text(DRIVE)
    measures = measure_texts(r)
    assert "更换损坏路灯12盏" in measures[0] and "乱涂乱画" not in measures[0]
    assert "清除墙面乱涂乱画30余处" in measures[1]
    assert "清运垃圾5车" in measures[2]
    assert "施划停车线" in measures[3] and "路灯" not in measures[3]
    assert not any("下一步" in m for m in measures)


def test_topics_with_no_fault_list_nothing() -> None:
    r = segment_text(TOPICS)
    assert not any("消防管理" in f.finding.text for f in r.findings)


def test_an_account_that_names_no_problem_answers_them_all() -> None:
    r = segment_text(ONE_ANSWER)
    measures = measure_texts(r)
    assert len(r.findings) == 2
    assert measures[0] == measures[1] and "焕然一新" in measures[0]


def test_without_clause_pairing_the_account_answers_every_problem() -> None:
    r = segment_text(DRIVE, vocabulary=vocabulary_without("list_answer_clauses_by_words"))
    measures = measure_texts(r)
    assert len(r.findings) == 4
    assert len(set(measures)) == 1 and "清运垃圾5车" in measures[0]


def test_vocabulary_1_9_0_reads_it_as_before() -> None:
    for text in (DRIVE, ONE_ANSWER):
        old = segment_text(text, vocabulary=load_vocabulary("1.9.0"))
        assert not old.findings
