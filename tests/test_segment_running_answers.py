"""Lists of problems in running text: how their last item is joined and how far their answer runs,
each on text composed for the test."""

from __future__ import annotations

from segment_support import segment_text, vocabulary_without

# --- the last problem of a 、 list joined at 以及 ------------------------------------------------

FINAL_CONJUNCTION = """近日，区消防大队对城东商城开展消防安全检查，发现了几个问题：安全出口指示灯损坏、消防通道不畅以及部分员工消防知识欠缺等。检查组要求商城立即整改，三日内报送整改情况。
"""

SHARED_PREDICATE = """近日，区消防大队对城东商城开展消防安全检查，发现了几个问题：安全出口指示灯损坏、消防通道不畅、外来人员以及车辆登记不规范等。检查组要求商城立即整改，三日内报送整改情况。
"""


def test_a_last_item_joined_at_yiji_is_two_problems():
    r = segment_text(FINAL_CONJUNCTION)
    assert [f.finding.text for f in r.findings] == ["安全出口指示灯损坏", "消防通道不畅", "部分员工消防知识欠缺"]
    assert all(f.measure is not None and "立即整改" in f.measure.text for f in r.findings)
    old = segment_text(FINAL_CONJUNCTION, vocabulary=vocabulary_without("list_final_conjunction"))
    assert [f.finding.text for f in old.findings][-1] == "消防通道不畅以及部分员工消防知识欠缺"


def test_nouns_joined_at_yiji_under_one_predicate_stay_one_problem():
    r = segment_text(SHARED_PREDICATE)
    assert [f.finding.text for f in r.findings][-1] == "外来人员以及车辆登记不规范"


# --- the answered party's rectification goes on answering the list ----------------------------------

ANSWER_GOES_ON = """3月初，县委巡察组在走访城南社区时发现了几个问题：小区路灯损坏、垃圾清运不及时、楼道堆放杂物不清理等。巡察组随即下发立行立改通知书，强调要限期整改到位。
接到通知书后，街道党工委高度重视，逐一细化整改措施。社区更换路灯12盏，垃圾改为每日清运两次，楼道杂物已全部清理。
“现在晚上出门亮堂多了。”居民王女士说。
"""

NUMBERED_NEXT = """检查组对城南社区检查时发现了几个问题：小区路灯损坏、垃圾清运不及时、楼道堆放杂物不清理等。检查组要求社区限期整改到位。
2、城北社区：前期通报的绿化带缺损问题已整改到位。
"""


def test_the_answer_goes_on_into_a_paragraph_of_the_rectification():
    r = segment_text(ANSWER_GOES_ON)
    assert len(r.findings) == 3
    for f in r.findings:
        assert f.measure is not None
        assert "下发立行立改通知书" in f.measure.text and "更换路灯12盏" in f.measure.text
        assert "王女士" not in f.measure.text
    old = segment_text(ANSWER_GOES_ON, vocabulary=vocabulary_without("list_answer_goes_on"))
    assert all(f.measure is not None and "更换路灯" not in f.measure.text for f in old.findings)


def test_a_numbered_paragraph_after_the_answer_is_not_its_continuation():
    r = segment_text(NUMBERED_NEXT)
    assert r.findings and all(f.measure is not None and "城北社区" not in f.measure.text for f in r.findings[:3])
