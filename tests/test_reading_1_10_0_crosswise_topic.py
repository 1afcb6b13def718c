"""Reading vocabulary 1.10.0: in telling whether a fix speaks of its own problem or of another's, the words
half the problems or more say (the report's topic) name none of them (crosswise_topic_words), on text
composed for the test; 1.9.0 judges the fixes as before."""

from __future__ import annotations

from segment_support import segment_text

from checker.vocabulary import load_vocabulary

TOPIC = """镇图书馆服务效能自查整改情况

一、问题：图书馆阅读推广活动少。
整改情况：图书馆建立借阅档案，逾期图书留存催还记录。
二、问题：图书馆借阅管理不规范，外借图书无借阅档案。
整改情况：图书馆修订借还制度，外借图书逐本登记。
三、问题：图书馆电子阅览室电脑老化。
整改情况：已更换电脑5台。
"""


def test_a_fix_naming_another_problem_beyond_the_topic_is_crossed() -> None:
    r = segment_text(TOPIC)
    assert len(r.findings) == 3
    assert r.findings[0].measure is not None and "借阅档案" in r.findings[0].measure.text
    assert r.segmentation.features["crosswise_fixes"] > 0


def test_vocabulary_1_9_0_judges_the_fixes_as_before() -> None:
    old = segment_text(TOPIC, vocabulary=load_vocabulary("1.9.0"))
    assert len(old.findings) == 3
    assert old.segmentation.features.get("crosswise_fixes", 0.0) == 0.0
