"""Reading vocabulary 1.11.0: a check's results published as a table whose columns are parted by two
spaces (序号  单位名称  检查结果  发现问题  处理情况), on text composed for the test. The handling column is
the measure (column_measure: 处理情况), the result column beside it no measure
(table_measure_over_verdict), a row whose problem cell is a bare mark found nothing
(table_no_entry_rows), and a row ending on a run of spaces has its last cell empty
(spaced_trailing_empty); 1.10.0 reads it as before."""

from __future__ import annotations

from segment_support import assert_spans_exact, segment_text

from checker.vocabulary import load_vocabulary

RESULTS = (
    "县卫生健康局\n"
    "2025年公共场所卫生“双随机”抽查结果公示\n"
    "\n"
    "我局于8月4日至15日对随机抽取的5家住宿场所进行了卫生监督检查，现将结果公示如下：\n"
    "\n"
    "序号  单位名称  检查结果  发现问题  处理情况\n"
    "1  河西路如家宾馆  责令限期改正  客房布草未做到一客一换  已当场责令改正，8月12日复查已一客一换\n"
    "2  东城区悦来旅社  责令限期改正  公共用品用具消毒记录缺失  已补建消毒登记本，8月14日复查合格\n"
    "3  南门商务酒店  未发现问题  /  /\n"
    "4  新华街快捷客栈  责令限期改正  从业人员3人未取得健康证明  已组织3人体检，8月20日取得健康证明\n"
    "5  火车站前旅馆  责令限期改正  卫生许可证未悬挂公示  \n"
    "\n"
    "县卫生健康局\n"
    "2025年8月22日\n"
)


def test_the_handling_column_answers_each_row_with_a_problem() -> None:
    r = segment_text(RESULTS)
    assert_spans_exact(r)
    assert [f.finding.text for f in r.findings] == [
        "客房布草未做到一客一换", "公共用品用具消毒记录缺失", "从业人员3人未取得健康证明", "卫生许可证未悬挂公示",
    ]
    assert r.findings[0].measure is not None and "8月12日复查已一客一换" in r.findings[0].measure.text
    assert "责令限期改正" not in r.findings[0].measure.text
    assert r.findings[3].measure is None  # its handling cell is empty


def test_vocabulary_1_10_0_reads_it_as_before() -> None:
    old = segment_text(RESULTS, vocabulary=load_vocabulary("1.10.0"))
    first = old.findings[0].measure
    assert first is not None and first.text == "责令限期改正"
    assert any(f.finding.text == "/" for f in old.findings)
