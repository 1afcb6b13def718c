"""Reading vocabulary 1.4.0: more forms of running-text lists of problems, each on text composed for
the test, and each read as before with the flag turned off."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

# --- an item of a list under a colon intro closes itself with 等问题 -------------------------------

ITEM_CLOSES = """近日，镇创卫办对集镇主街道开展实地检查。主要发现以下问题：1幸福小区、东风小区等环境脏乱、杂物随意堆放等问题；2文化广场绿化带内存在枯枝落叶、白色垃圾等；3农贸市场公厕设施不完善，地面脏乱；4部分商户门前乱堆乱放。 镇创卫办将进一步加强督促检查。
"""


def test_a_close_that_ends_one_item_does_not_end_the_list():
    r = segment_text(ITEM_CLOSES)
    assert len(r.findings) == 4
    assert "幸福小区" in r.findings[0].finding.text
    assert "门前乱堆乱放" in r.findings[3].finding.text
    assert measure_texts(r) == [""] * 4


def test_without_the_rule_the_list_ends_at_its_first_items_close():
    r = segment_text(ITEM_CLOSES, vocabulary=vocabulary_without("list_item_closes"))
    assert len(r.findings) < 4
