"""Reading vocabulary 1.10.0: items told in one sentence each, whose clause turns at a comma from the
problem to the writer's answer (…出现渗漏，我们已于…, …未配齐，我们将尽快…, …的要求，此问题已整改到位): the
problem stops at that clause and the answer runs from it (item_answer_clause), on text composed for the
test; 1.9.0 reads it as before."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

CLAUSES = """关于食品安全专项检查反馈问题整改情况的回复

县市场监管局：
10月20日检查组到我院检查后，反馈了4个问题，现将整改情况回复如下：
一、食堂操作间屋顶有一处渗漏，雨天滴水，我们已于10月25日请维修队修补完毕。
二、留样冰箱温度记录不全，9月份有5天没有记录，已要求食堂管理员每日记录。
三、防鼠挡板未配齐，我们将尽快采购安装。
四、从业人员健康证有2人过期，未达到持证上岗的要求，此问题已整改到位。
以上是我院的整改情况，请审阅。
"""


def test_each_item_is_cut_where_its_answer_turns_in() -> None:
    r = segment_text(CLAUSES)
    assert len(r.findings) == 4
    problems = [f.finding.text for f in r.findings]
    answers = measure_texts(r)
    assert "雨天滴水" in problems[0] and "已于10月25日" in answers[0]
    assert "有5天没有记录" in problems[1] and answers[1].startswith("已要求食堂管理员")
    assert "防鼠挡板未配齐" in problems[2] and answers[2].startswith("我们将尽快")
    assert "持证上岗的要求" in problems[3] and answers[3].startswith("此问题已整改到位")
    assert not any("我们" in p or "已要求" in p for p in problems)


def test_without_the_flag_the_answers_stay_in_the_problems() -> None:
    for v in (vocabulary_without("item_answer_clause"), load_vocabulary("1.9.0")):
        old = segment_text(CLAUSES, vocabulary=v)
        assert any("我们已于10月25日" in f.finding.text for f in old.findings)
