"""Reading vocabulary 1.11.0: a notice naming in one sentence each unit with the numbers of its items that
lag (由甲局负责的第3件、乙局负责的第7、9件…推进缓慢), then one requirement for them all (请以上责任单位…),
is read an entry a finding, the requirement the measure of every one (owner_item_runs), on text composed
for the test; 1.10.0 reads it as before."""

from __future__ import annotations

from segment_support import assert_spans_exact, segment_text

from checker.vocabulary import load_vocabulary

NOTICE = """关于县政府第五次专题会议议定事项办理情况的督查通报

一、基本情况
县政府第五次专题会议议定事项共15件，截至6月30日，已办结9件，正在办理6件。
二、存在问题及要求
其中，由县住建局负责的第3件、县水利局负责的第7、9件、县林业局承办的第12项议定事项推进缓慢，\
请以上责任单位倒排工期、压实责任，确保7月底前办结。县政府督查室将持续跟踪督办。
"""

ONE_UNIT = """督查情况通报

议定事项共8件，已办结7件。由县交通局负责的第5件事项推进缓慢，请该单位加快进度。
"""

NO_FAULT = """督查情况通报

其中，由县住建局负责的第3件、县水利局负责的第7件已按期办结，请以上责任单位做好资料归档。
"""


def test_each_unit_is_a_finding_the_requirement_its_measure() -> None:
    r = segment_text(NOTICE)
    assert_spans_exact(r)
    assert r.layout == "owner_item_runs"
    assert [f.finding.text for f in r.findings] == [
        "县住建局负责的第3件",
        "县水利局负责的第7、9件",
        "县林业局承办的第12项",
    ]
    for f in r.findings:
        assert f.measure is not None and f.measure.text.startswith("请以上责任单位倒排工期")
        assert f.measure.text.endswith("确保7月底前办结")
        assert "督查室" not in f.measure.text


def test_one_unit_or_no_fault_is_no_such_run() -> None:
    assert segment_text(ONE_UNIT).layout != "owner_item_runs"
    assert segment_text(NO_FAULT).layout != "owner_item_runs"


def test_vocabulary_1_10_0_reads_it_as_before() -> None:
    r = segment_text(NOTICE, vocabulary=load_vocabulary("1.10.0"))
    assert r.layout != "owner_item_runs"
    assert not r.findings
