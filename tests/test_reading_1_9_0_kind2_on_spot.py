"""Reading vocabulary 1.9.0, document kind: a fault put right on the spot (督导组…进行现场整改, 当场整改N处)
is told as done, as an inspecting body's briefing on its round reports it; on text composed for the
test, and read as before without the flag (done_on_spot)."""

from __future__ import annotations

from segment_support import kind_without, segment_text

from checker.segment.kind import measure_says
from checker.vocabulary import load_vocabulary

V = load_vocabulary()
OLD = load_vocabulary("1.8.0")



OFF = kind_without("done_on_spot")

BRIEFING = """区文明创建第三督导组工作简报

今天上午，区文明创建第三督导组对滨河路沿线开展专项督导。督导组一行沿滨河路步行检查，共发现5处问题，其中涉及绿化带垃圾堆积、共享单车乱停乱放、店外占道经营、广告牌破损等方面。

针对这些问题，督导组现场联系沿线社区和物业负责人进行现场整改。
"""


def test_a_briefing_on_faults_put_right_on_the_spot_reports_them():
    r = segment_text(BRIEFING)
    assert len(r.findings) >= 3
    assert r.kind == "progress_report"
    # without the flag nothing in the measure reads as done, and the briefing's 督导 makes a plan
    assert segment_text(BRIEFING, vocabulary=OFF).kind == "plan"


def test_on_the_spot_is_done_unless_required_or_promised():
    assert measure_says(V, "督导组现场联系责任单位进行现场整改。")[0] is True
    assert measure_says(V, "本次检查发现隐患20处，当场整改16处。")[0] is True
    # required or promised on the spot is not done
    assert measure_says(V, "检查组要求各单位进行现场整改。")[0] is False
    assert measure_says(V, "检查组将督促各单位进行现场整改。")[0] is False
    # the flag off, and the older vocabulary, read nothing done
    assert measure_says(OFF, "督导组现场联系责任单位进行现场整改。")[0] is False
    assert measure_says(OLD, "督导组现场联系责任单位进行现场整改。")[0] is False
