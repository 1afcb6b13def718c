"""Reading vocabulary 1.11.0, on text composed for the test: a table of columns aligned with spaces
whose 办理结果 column is its measure (pattern column_measure) and 是否办结 its status (column_status)
ends at the form's foot (填表人：…  联系电话：…  审核人：…), which is no record (spaced_footer_row);
1.10.0 reads it as before."""

from __future__ import annotations

from segment_support import assert_spans_exact, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

SPACED = """柳溪县枫林镇中央生态环境保护督察交办件办理情况表

填报单位：枫林镇人民政府（盖章）                     填报时间：2025年8月30日

序号  交办编号        问题描述                                      办理结果                                               是否办结
1     ZY2025080031    枫林村一石料厂露天堆料，扬尘污染严重。        8月20日现场核查属实，已责令停产整治，新建封闭料棚     是
                                                                    1座，8月28日复查无扬尘外溢。
2     ZY2025080044    镇区一餐馆油烟直排居民楼。                    已安装油烟净化器1台，8月25日检测达标。                是
3     ZY2025080057    下塘村养猪场粪污直排水渠。                    已下达整改通知书，拟于9月底前完成粪污收集池建设。     否

备注：1.“是否办结”以镇领导小组审核为准。2.未办结事项每周报送进展。

填表人：林晓燕　　　联系电话：13800001111　　　审核人：郑国平
"""


def test_the_footer_is_no_record_and_the_result_column_is_the_measure() -> None:
    r = segment_text(SPACED)
    assert_spans_exact(r)
    assert len(r.findings) == 3
    assert "扬尘污染严重" in r.findings[0].finding.text
    assert r.findings[0].measure is not None and "责令停产整治" in r.findings[0].measure.text
    assert r.findings[2].measure is not None and "粪污收集池" in r.findings[2].measure.text
    assert all("填表人" not in f.finding.text for f in r.findings)


def test_without_the_flag_the_footer_is_read_as_a_record() -> None:
    r = segment_text(SPACED, vocabulary=vocabulary_without("spaced_footer_row"))
    assert len(r.findings) == 4
    assert "审核人" in r.findings[3].finding.text


def test_vocabulary_1_10_0_reads_it_as_before() -> None:
    old = segment_text(SPACED, vocabulary=load_vocabulary("1.10.0"))
    assert len(old.findings) == 4  # the footer read as a fourth record
