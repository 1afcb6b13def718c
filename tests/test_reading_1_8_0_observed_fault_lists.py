"""Reading vocabulary 1.8.0: a list inside a paragraph that its close calls problems (…等问题,
…等隐患) whose items state faults seen rather than named (乱堆乱放, 私搭乱建), on text composed for the
test, and read as before with the flag off."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

OLD = load_vocabulary("1.7.0")

SEEN = """县城管局关于河西片区市容巡查情况的通报

3月8日，县城管局巡查组对河西片区三条主干道开展专项巡查，查出占道摆摊、乱堆乱放、私搭乱建、广告牌破损等问题。针对以上问题，巡查组要求所在社区于3月15日前整改到位，并将整改情况报县城管局。

县城管局
2025年3月9日
"""


def test_a_list_closed_as_problems_reads_its_seen_faults():
    r = segment_text(SEEN)
    assert [f.finding.text for f in r.findings] == ["占道摆摊", "乱堆乱放", "私搭乱建", "广告牌破损"]
    assert all(m.startswith("针对以上问题") for m in measure_texts(r))
    before = segment_text(SEEN, vocabulary=vocabulary_without("list_observed_faults"))
    assert len(before.findings) != 4


def test_a_list_closed_as_circumstances_stays_unread():
    # 等情况 calls the items nothing: seen faults alone do not make them problems
    r = segment_text(SEEN.replace("等问题", "等情况"))
    assert len(r.findings) != 4


def test_a_list_closed_as_hazards_is_a_list_of_problems():
    text = SEEN.replace("占道摆摊、乱堆乱放、私搭乱建、广告牌破损等问题", "消防通道堵塞、灭火器过期、应急照明损坏等安全隐患，火灾危险性大")
    r = segment_text(text)
    assert [f.finding.text for f in r.findings] == ["消防通道堵塞", "灭火器过期", "应急照明损坏"]
    assert len(segment_text(text, vocabulary=OLD).findings) != 3
