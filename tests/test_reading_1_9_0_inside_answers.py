"""Reading vocabulary 1.9.0: items that state their problem and go on to what was done in the same
paragraph, the answer opening on the date it was done or on the writer acting;
each on text composed for the test, and each read as before with the older vocabulary."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

OLD = load_vocabulary("1.8.0")


# --- answers opening on a date, and a lead-in counting 问题N条 -------------------------------------------

DATED = """关于食品安全检查问题整改情况的报告

镇市场监管所：
2025年9月2日，镇市场监管所对我校食堂进行了检查，共反馈问题4条。学校高度重视，逐项落实整改。具体情况如下：
1、食堂仓库食材离地离墙存放不规范，部分米面直接堆放在地面。学校于9月3日购置货架6组，全部食材上架存放。
2、操作间纱窗多处破损，防蝇设施失效。9月5日更换纱窗12扇，加装风幕机2台。
3、从业人员晨检记录不全。食堂将每日晨检纳入考核，由管理员逐日签字核对。
4、师生食品安全意识淡薄。学校将每月开展一次食品安全主题班会，持续加强宣传教育。

镇中心小学
2025年9月20日
"""


def test_an_answer_opening_on_the_date_it_was_done_starts_the_measure():
    r = segment_text(DATED)
    assert [f.finding.text[:6] for f in r.findings] == ["食堂仓库食材", "操作间纱窗多", "从业人员晨检", "师生食品安全"]
    measures = measure_texts(r)
    assert measures[0].startswith("学校于9月3日购置货架")
    assert measures[1].startswith("9月5日更换纱窗")
    assert measures[3].startswith("学校将每月开展")
    assert all("。" not in f.finding.text.rstrip("。") for f in r.findings)


def test_the_dated_answers_read_otherwise_before():
    before = segment_text(DATED, vocabulary=OLD)
    assert [m[:4] for m in measure_texts(before)] != [m[:4] for m in measure_texts(segment_text(DATED))]


def test_without_the_rest_answering_an_item_not_answered_inside_keeps_no_measure():
    r = segment_text(DATED, vocabulary=vocabulary_without("inside_rest_answers"))
    assert len(r.findings) == 4
    assert measure_texts(r)[2:] == ["", ""]
