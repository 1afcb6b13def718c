"""Reading vocabulary 1.11.0: a letter that answers complaints a record a paragraph (…号工单（日期）：市民
反映…。 then the handling) reads each record as a finding, the complaint its problem and the rest its
measure (record_complaints), on text composed for the test; 1.10.0 reads it as before."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

DIGEST = """关于6月份12345热线重点工单办理情况的报告

区政务服务热线办：
6月份，我局共受理热线工单52件，已全部办结。其中重点督办工单4件，现将办理情况报告如下：

HX2506020031号工单（6月2日）：市民反映建设路农贸市场门口流动摊贩占道，早高峰车辆无法通行。我局执法二中队6月3日起每日7时至9时在市场门口值守，劝离流动摊贩11处。回访来电人，表示满意。

HX2506080007号工单（6月8日）：居民反映和平小区3栋楼下化粪池满溢，污水流到人行道。经核查属实，已督促物业公司6月9日完成清掏，并对周边路面进行了冲洗消毒。回访来电人，表示满意。

HX2506150044号工单（6月15日）：市民来电投诉滨江公园夜间广场舞音响声音过大。已联系公园管理处，约定音响音量不超过60分贝，21时30分前结束活动。

HX2506210012号工单（6月21日）：市民反映学府路人行道多块地砖松动。已办结。

下一步，我局将进一步提高工单办理质量，对回访不满意的工单逐件复核。

区城市管理局
2025年7月5日
"""


def test_each_record_is_a_finding_its_handling_the_measure() -> None:
    r = segment_text(DIGEST)
    assert r.layout == "letters"
    assert len(r.findings) == 4
    assert "流动摊贩占道" in r.findings[0].finding.text
    assert "劝离流动摊贩11处" in measure_texts(r)[0]
    assert "化粪池满溢" in r.findings[1].finding.text
    assert measure_texts(r)[1].startswith("经核查属实")
    assert "广场舞音响声音过大" in r.findings[2].finding.text
    assert measure_texts(r)[3] == "已办结。"
    assert not any("下一步" in m for m in measure_texts(r))


def test_without_the_flag_or_with_1_10_0_it_reads_as_before() -> None:
    for v in (load_vocabulary("1.10.0"), vocabulary_without("record_complaints")):
        old = segment_text(DIGEST, vocabulary=v)
        assert old.layout != "letters" or len(old.findings) != 4
