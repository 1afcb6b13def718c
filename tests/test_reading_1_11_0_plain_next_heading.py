"""Reading vocabulary 1.11.0: items under an unnumbered heading of next steps (➢ 下一步打算), numbered as the
findings are, are plans for later, not problems left unexplained (plain_next_heading_items), on text
composed for the test; without the rule they stay unexplained."""

from __future__ import annotations

from segment_support import assert_spans_exact, segment_text, vocabulary_without

SLIDES = """县第三人民医院
医疗收费专项检查整改工作汇报
（2025年9月 县医保局座谈会汇报材料）

➢ 基本情况
•2025年7月县医保局对我院开展医疗收费专项检查，反馈问题3个

➢ 检查发现的问题
① 超标准收费：康复理疗项目按次收费高于物价标准，涉及金额0.56万元
② 串换项目：将普通换药按特殊换药收费，涉及42人次
③ 病历不规范：抽查住院病历20份，6份无上级医师审签

➢ 整改措施
① 逐项核对理疗收费标准，超收0.56万元已于8月20日退回医保基金专户
② 42人次串换费用已全部冲正，收费系统8月起锁定换药项目
③ 已组织病历书写培训，每月抽查病历30份

➢ 下一步打算
① 每季度开展一次收费自查
② 力争年内收费问题清零
"""


def test_items_under_a_plain_next_steps_heading_are_plans() -> None:
    r = segment_text(SLIDES)
    assert_spans_exact(r)
    assert len(r.findings) == 3
    reasons = {n.view[:8]: n.reason for n in r.segmentation.not_findings}
    assert reasons and all(reason == "next_steps" for reason in reasons.values())


def test_without_the_rule_they_stay_unexplained() -> None:
    old = segment_text(SLIDES, vocabulary=vocabulary_without("plain_next_heading_items"))
    assert any(n.reason == "unexplained" for n in old.segmentation.not_findings)
    assert old.segmentation.confidence <= segment_text(SLIDES).segmentation.confidence
