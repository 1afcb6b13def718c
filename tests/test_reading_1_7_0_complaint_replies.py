"""Reading vocabulary 1.7.0: complaints and their replies each under a label line of its own, on
text composed for the test, and read as before with the flag turned off."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

REPLIES = """群众来信办理情况

网民张先生留言：
我住在城南花苑小区，小区东门的路灯坏了一个多月，晚上出行很不方便，希望尽快修好。
城南街道回复：
收到留言后，街道已联系供电所到现场检修，路灯已于本周二修复并恢复照明。
居民王女士投诉：
北环路菜市场门口早上占道经营严重，车辆无法通行。
区城管局答复：
我局已安排执法队员每日早上在菜市场门口巡查，对占道经营的商户进行劝导，下月起增设临时疏导摊位。
"""


def test_a_complaint_label_line_opens_a_finding_its_reply_label_line_the_measure():
    r = segment_text(REPLIES)
    assert len(r.findings) == 2
    assert "路灯坏了" in r.findings[0].finding.text
    assert "占道经营严重" in r.findings[1].finding.text
    measures = measure_texts(r)
    assert measures[0].startswith("收到留言后")
    assert "增设临时疏导摊位" in measures[1]


def test_without_the_flag_the_label_lines_read_as_before():
    r = segment_text(REPLIES, vocabulary=vocabulary_without("reply_label_lines"))
    assert r.findings == []  # no label line was read as one: nothing was found
