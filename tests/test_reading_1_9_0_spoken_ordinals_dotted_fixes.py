"""Reading vocabulary 1.9.0: paragraphs told by their spoken ordinal (第一个问题，是…) and fixes naming
their problem by its dotted number (针对2.1.1，…), each on text composed for the test, and each read as
before with its flag turned off."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

# --- paragraphs each opening on the problem they tell by its spoken ordinal -----------------------------

SPOKEN = """南岭村关于镇纪委督查问题整改情况的报告

东溪镇党委：

9月份镇纪委对我村的村务管理进行了督查，指出了几个问题。村两委开会研究后逐项整改，现将情况报告如下。

督查组指出的第一个问题，是村里的会议记录不完整，今年有4次村民代表会议没有记录。这个问题我们已经改了，4次会议的记录已经补齐，由文书统一保管。

第二个问题，是村集体的办公用品采购没有比价，全年采购额3600元。以后采购一律三家比价，已经制定了采购登记表。

另外，督查组指出村里的公章使用没有登记，谁用了不清楚。主要是原来的文书外出打工，交接时没讲清楚，耽误了。

最后一个问题，是低保户名单公示不及时。我们已于10月8日在村部公示栏和微信群同时公示了名单。

下一步，我们村两委将认真吸取教训，把村务管理规范起来。

东溪镇南岭村村民委员会
2025年10月20日
"""


def test_paragraphs_told_by_spoken_ordinals_are_findings_with_their_own_answers():
    r = segment_text(SPOKEN)
    assert [f.finding.text[:6] for f in r.findings] == ["村里的会议记", "村集体的办公", "督查组指出村", "低保户名单公"]
    measures = measure_texts(r)
    assert measures[0].startswith("这个问题我们已经改了")
    assert "三家比价" in measures[1]
    assert measures[2] == ""  # the rest only says why: no measure
    assert "耽误了" in r.findings[2].finding.text
    assert measures[3].startswith("我们已于10月8日") and "下一步" not in measures[3]


def test_one_spoken_ordinal_makes_no_run():
    text = SPOKEN.replace("第二个问题，是", "再有，").replace("最后一个问题，是", "还有就是")
    r = segment_text(text)
    assert not any(measure_texts(r))  # the paragraphs are no items of a run: nothing parts problem and answer


def test_spoken_ordinals_read_as_before_without_the_flag():
    r = segment_text(SPOKEN, vocabulary=vocabulary_without("spoken_problem_ordinals"))
    assert not any(measure_texts(r))
    assert r.findings[0].finding.text.startswith("督查组指出的第一个问题")


# --- fixes naming their problem by its dotted number --------------------------------------------------

DOTTED = """县城南供水有限公司
安全生产自查报告

县住建局：
根据县安委办通知要求，公司于6月组织对水厂、泵站进行了自查，现将情况报告如下。

1 基本情况
公司现有水厂2座，日供水能力5万吨，员工86人。

2 自查发现的问题
2.1 管理方面
2.1.1 安全培训台账不全。2024年新入职员工9人中有3人无培训记录。
2.1.2 外包维修单位的安全协议已过期未续签。
2.2 设备方面
2.2.1 二号泵站的氯气泄漏报警器未按期检定。
2.2.2 加药间的洗眼器无水。

3 整改措施
3.1 针对2.1.2，已与维修单位重新签订安全协议，明确双方安全责任。已完成。
3.2 针对2.1.1，组织3名员工补训并补建培训台账。已完成。
3.3 针对2.2.2，已接通洗眼器水源，每周检查一次。

4 下一步工作
公司将持续开展隐患排查，确保安全生产。

县城南供水有限公司
2025年6月20日
"""


def test_a_fix_naming_a_dotted_number_answers_that_problem():
    r = segment_text(DOTTED)
    assert [f.finding.text[:6] for f in r.findings] == ["安全培训台账", "外包维修单位", "二号泵站的氯", "加药间的洗眼"]
    measures = measure_texts(r)
    assert "补建培训台账" in measures[0]
    assert "重新签订安全协议" in measures[1]
    assert measures[2] == ""
    assert "接通洗眼器水源" in measures[3]


def test_dotted_references_read_as_before_without_the_flag():
    r = segment_text(DOTTED, vocabulary=vocabulary_without("fix_names_dotted"))
    measures = measure_texts(r)
    assert "补建培训台账" not in measures[0] or "重新签订安全协议" not in measures[1]
