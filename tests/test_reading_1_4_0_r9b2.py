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
    r = segment_text(ITEM_CLOSES, vocabulary=vocabulary_without("list_item_closes", "list_observed_faults"))
    assert r.findings == []


# --- the last item of a 、 list joins two problems at 及 ------------------------------------------

FINAL_JI = """为加强教学管理，教务处于4月24日对各教学区进行课堂检查。从检查情况看，总体情况良好。但是检查中也发现存在有教师迟到早退、实验记录填写不全及部分投影仪不能正常使用等情况。
"""


def test_the_last_item_of_a_list_joined_at_ji_is_two_problems():
    r = segment_text(FINAL_JI)
    assert len(r.findings) == 3
    assert all(f.finding.text.endswith(end) for f, end in zip(r.findings, ("迟到早退", "填写不全", "不能正常使用"), strict=True))
    assert "投影仪" in r.findings[2].finding.text and "投影仪" not in r.findings[1].finding.text


def test_a_ji_in_a_word_joins_no_problems_and_the_flag_off_keeps_one_item():
    assert len(segment_text(FINAL_JI.replace("填写不全及", "填写不及时、")).findings) == 3
    assert len(segment_text(FINAL_JI, vocabulary=vocabulary_without("list_final_conjunction")).findings) == 2
