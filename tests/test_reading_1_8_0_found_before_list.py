"""Reading vocabulary 1.8.0: a sentence of a fault found before a run-in list of found faults in the same
paragraph, on text composed for the test, and read as before with the flag turned off."""

from __future__ import annotations

from segment_support import segment_text, vocabulary_without

from checker.segment.accounting import unexplained_share

# --- a fault found in its own sentence, before the list the reading takes -----------------------------

NEWS = """3月8日，区应急管理局会同消防救援大队对辖区两家商场开展了消防安全抽查。
在东城百货，检查人员发现其中一部货梯存在底坑积水问题。随后，检查人员又查看了商场的疏散通道和配电房，发现其疏散指示灯损坏、灭火器过期未检、配电房堆放纸箱等问题。检查人员当场要求商场限期整改。
在西城购物中心，检查人员发现其消防控制室值班记录不全、员工消防培训台账缺失等问题，要求其立即整改。
"""


def _unexplained(r) -> list[str]:
    return [n.text for n in r.segmentation.not_findings if n.reason == "unexplained"]


def test_a_fault_found_before_the_run_in_list_is_an_item_the_reading_left_out():
    r = segment_text(NEWS)
    first = min(f.span.start for f in r.findings)
    assert "货梯存在底坑积水问题" not in "".join(f.finding.text for f in r.findings)
    left = [n for n in r.segmentation.not_findings if n.reason == "unexplained" and n.start < first]
    assert any("底坑积水" in n.text for n in left)
    before = segment_text(NEWS, vocabulary=vocabulary_without("unread_found_before"))
    assert not any("底坑积水" in t for t in _unexplained(before))
    share = unexplained_share(r.segmentation.not_findings, r.findings)
    assert share > unexplained_share(before.segmentation.not_findings, before.findings)
    assert r.segmentation.confidence < before.segmentation.confidence


def test_sentences_before_a_list_announced_before_a_colon_are_not_scanned():
    # …存在以下问题：A、B、C: the list's clause has no verb of finding of its own, the sentences before
    # it may be the overview the announcement closes
    announced = NEWS.replace("发现其疏散指示灯", "主要存在以下问题：疏散指示灯")
    r = segment_text(announced)
    assert [f.finding.text for f in r.findings][:3] == ["疏散指示灯损坏", "灭火器过期未检", "配电房堆放纸箱"]
    assert not any("底坑积水" in t for t in _unexplained(r))


def test_a_sentence_that_found_nothing_wrong_is_no_skipped_item():
    fine = NEWS.replace("发现其中一部货梯存在底坑积水问题", "发现电梯运行总体良好，未发现超期使用情况")
    r = segment_text(fine)
    assert not any("超期使用" in t for t in _unexplained(r))
