"""Reading vocabulary 1.9.0: an item's answer written as a clause of the writer's own, and a finding's
own answer left outside a reading that gave it a shared one; each on text composed for the test, and
each read as before with the flag turned off."""

from __future__ import annotations

from segment_support import segment_text, vocabulary_without

# --- a clause after a comma turning to what the writer has done answers an unlabelled item ---------

LETTER = """关于消防检查发现问题整改情况的报告

县消防救援大队：
贵队于2025年9月3日对我校开展了消防安全检查，指出了3个问题。现将整改情况报告如下：

一、关于“灭火器过期”的问题。检查发现教学楼二层6具灭火器超过有效期。整改情况：已于9月10日全部更换，由总务处每月检查一次。

二、关于“疏散通道堆物”的问题。食堂后门通道堆放纸箱杂物。整改情况：当日清理完毕，并在通道张贴禁止堆物标识。

三、关于“消防水泵房无人值守”的问题。水泵房值守人员编制由县教育局统一核定，需等待年度编制调整，我校已向县教育局书面报告。

特此报告。

城关第二小学
2025年9月20日
"""


def test_a_writer_clause_after_a_comma_is_the_items_answer():
    r = segment_text(LETTER)
    assert len(r.findings) == 3
    last = r.findings[2]
    assert last.measure is not None and last.measure.text.startswith("我校已向县教育局书面报告")
    assert last.finding.text.endswith("需等待年度编制调整")
    before = segment_text(LETTER, vocabulary=vocabulary_without("writer_clause_answer_back"))
    assert before.findings[2].measure is None


def test_a_clause_of_someone_else_having_done_it_is_no_answer():
    text = LETTER.replace("我校已向县教育局书面报告", "县教育局已列入明年计划")
    assert segment_text(text).findings[2].measure is None


# --- a finding's own answer outside the reading, beside the answer it shares --------------------------

VISIT = """11月2日，县文明办一行到城南街道督导创文工作。
经过实地巡查，发现：东门社区没有固定宣传栏，小区存在乱堆乱放现象；西湖村办公楼门前垃圾未清理，村内道路两侧杂草丛生；南山村村委会院内环境卫生状况差，门口存在摊贩占道经营现象；北岭社区周边门店没有创文宣传标语，公益广告破损。
督导组肯定了河东社区的宣传工作。
城南街道高度重视督导组意见建议，明确问题导向，迅速落实整改；及时自查自纠，不断优化各村（社区）工作方法。
截至发稿时，南山村村委会院内环境卫生已整治完成。
"""


def test_a_findings_own_answer_left_unread_makes_the_reading_doubt_itself():
    r = segment_text(VISIT)
    assert len(r.findings) == 4
    assert len({(f.measure.start, f.measure.end) for f in r.findings if f.measure}) == 1
    assert r.segmentation.features["shape_doubts"] == 1.0
    before = segment_text(VISIT, vocabulary=vocabulary_without("named_orphan_doubt"))
    assert before.segmentation.features["shape_doubts"] == 0.0
    assert r.segmentation.confidence < before.segmentation.confidence


def test_a_done_line_naming_no_finding_is_no_doubt():
    text = VISIT.replace("南山村村委会院内环境卫生已整治完成", "街道已组织各村（社区）开展环境卫生集中整治")
    assert segment_text(text).segmentation.features["shape_doubts"] == 0.0
