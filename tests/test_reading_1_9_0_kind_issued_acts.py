"""Reading vocabulary 1.9.0, document kind: an inspecting body's own acts on those it inspected
(已现场指出，要求…整改 / 下发了整改通知书 / 已责令…限期整改) say what it required of them, not what they
did; on text composed for the test, and read as before without the flag (done_act_requires)."""

from __future__ import annotations

from segment_support import kind_without, segment_text

from checker.segment.kind import measure_says
from checker.vocabulary import load_vocabulary

V = load_vocabulary()
OLD = load_vocabulary("1.8.0")



OFF = kind_without("done_act_requires")

POINTED_OUT = """9月12日，区卫生健康局组织执法人员对辖区内民营诊所进行了监督检查。检查发现存在以下问题：一是青松诊所医疗废物暂存点未上锁；二是康宁诊所处方登记不全；三是仁和诊所消毒记录缺失；四是安康诊所灭火器过期；五是杏林诊所从业人员健康证过期。针对上述问题，执法人员已现场指出，要求各诊所严格抓好整改。
"""

NOTICE_SENT = """9月12日，区卫生健康局组织执法人员对辖区内三家民营诊所进行了监督检查。检查发现存在以下问题：一是青松诊所医疗废物暂存点未上锁；二是康宁诊所处方登记不全；三是仁和诊所消毒记录缺失。针对上述问题，区卫生健康局向三家诊所下发了整改通知书。
"""


def test_acts_pointing_out_and_requiring_make_a_plan():
    r = segment_text(POINTED_OUT)
    assert len(r.findings) == 5
    assert r.kind == "plan"
    # without the flag the 已 of 已现场指出 read as work done
    assert segment_text(POINTED_OUT, vocabulary=OFF).kind == "progress_report"


def test_a_rectification_notice_sent_makes_a_plan():
    r = segment_text(NOTICE_SENT)
    assert len(r.findings) == 3
    assert r.kind == "plan"
    assert segment_text(NOTICE_SENT, vocabulary=OFF).kind == "progress_report"


def test_the_acts_are_required_and_the_rectification_reported_stays_done():
    assert measure_says(V, "执法人员已责令其限期整改。") == (False, True, False)
    assert measure_says(V, "检查组下发了整改通知书，要求三日内整改完毕。") == (False, True, False)
    assert measure_says(V, "约谈市场管理方，要求立即整改。")[0] is False
    # a unit's own handling of its staff, and work done after the notice, are what was done
    assert measure_says(V, "已对5名承担领导责任的干部进行约谈。") == (True, False, False)
    assert measure_says(V, "接到整改通知书后，已按照检查组指出的问题全部整改到位。")[0] is True
    # the flag off, and the older vocabulary, read the acts as work done
    assert measure_says(OFF, "执法人员已责令其限期整改。")[0] is True
    assert measure_says(OLD, "执法人员已责令其限期整改。")[0] is True
