"""Reading vocabulary 1.8.0: a finding of a few words that names no fault and opens on the examples a
clause gave (…回潮现象，如|新街市场和河口市场) is a fragment cut off as a problem: the reading doubts
itself (faultless_fragments), on text composed for the test, and trusts as before without the flag."""

from __future__ import annotations

from segment_support import segment_text, vocabulary_without

EXAMPLES = """本月，区市场监管局对城区12座农贸市场进行了考评，共发现问题86处。
东城区：部分市场有占道经营回潮现象，如新街市场和河口市场；保洁不到位问题仍较突出，如北门市场；桥头市场有公平秤缺失现象，公示栏破损未修复。
西城区：整体情况一般。部分市场未公示当日检测结果，如花园市场和塘边市场；城西市场有杂物乱堆放和车辆乱停放。
"""


def test_examples_cut_off_as_findings_are_fragments():
    r = segment_text(EXAMPLES)
    names = [f.finding.text for f in r.findings]
    assert "新街市场和河口市场" in names and "花园市场和塘边市场" in names
    assert r.segmentation.features["tiny_findings"] == 2 / len(r.findings)


def test_without_the_flag_the_fragments_are_not_doubted():
    r = segment_text(EXAMPLES)
    before = segment_text(EXAMPLES, vocabulary=vocabulary_without("faultless_fragments"))
    assert [f.finding.text for f in before.findings] == [f.finding.text for f in r.findings]
    assert before.segmentation.features.get("tiny_findings", 0.0) == 0.0
    assert before.segmentation.confidence > r.segmentation.confidence


def test_a_short_finding_that_names_its_fault_is_no_fragment():
    text = EXAMPLES.replace("如新街市场和河口市场", "如新街市场地面破损")
    r = segment_text(text)
    assert r.segmentation.features["tiny_findings"] == 1 / len(r.findings)
