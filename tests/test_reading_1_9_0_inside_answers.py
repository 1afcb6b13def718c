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


# --- a dated sentence that tells when the fault was seen is no answer ----------------------------------

OBSERVED = """关于暗访发现的3起窗口工作人员作风问题的通报

12月20日至21日，市纪委暗访组对部分县政务服务中心进行了暗访，发现3起作风问题，现通报如下：
1.甲县政务服务中心税务窗口工作人员工作时间玩手机问题。12月20日16:40，该中心三楼大厅，一群众咨询办税业务，窗口工作人员低头玩手机，未予理睬。
2.乙县政务服务中心国土窗口工作人员工作时间玩手机问题。12月21日10:10，该中心一楼大厅，国土窗口一名工作人员用书遮挡玩手机。
3.丙县政务服务中心窗口工作人员上班迟到问题。12月21日8:00，该中心窗口工作人员未到岗的占比达30%，多名群众无人接待。
各地各单位要引以为戒，切实转变作风，提升服务水平。
"""


def test_a_date_with_the_hour_it_was_seen_opens_no_answer():
    # 12月20日16:40，该中心…: the moment the fault was observed, not the day a fix was made
    r = segment_text(OBSERVED)
    for f in r.findings:
        assert f.measure is None or not f.measure.text.startswith("12月")
