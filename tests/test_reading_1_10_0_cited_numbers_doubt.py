"""Reading vocabulary 1.10.0: fixes that close by citing the problems they answer (…（对应问题2、5）) read
paired by their place, so that a finding holds a fix citing other problems than its own number (the last
problem holding the general fix that cites them all), make the
reading doubt its shape (cited_numbers_doubt), read as before the citations paired; read paired by the
citations, the reading is trusted. On text composed for the test; 1.9.0 reads it as before."""

from __future__ import annotations

from segment_support import segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

THRESHOLD = 0.62  # the trust under which a reading is refused

CITED = """青禾县粮食储备有限公司关于审计发现问题整改情况的报告

县审计局：

2025年3月至4月，县审计局对我公司2024年度财务收支情况进行了审计。现将整改情况报告如下：

一、审计发现的问题

1.储备粮轮换不及时，2021年入库的小麦600吨超期储存。
2.往来款长期挂账，其他应收款中3年以上款项19.4万元未清理。
3.仓储设施维修项目未经招标，直接委托施工单位实施，合同金额46万元。
4.职工食堂补贴超标准发放，多发补贴2.3万元。
5.合同管理不规范，4份租赁合同未经法律顾问审核。

二、整改措施及成效

1.完成超期储备粮轮换。6月20日完成600吨小麦轮换出库，新粮已入库并检验合格。（对应问题1）
2.规范招标和合同管理。修订《公司工程项目招标管理办法》和《公司合同管理办法》，明确30万元以上项目一律公开招标，合同签订前须经法律顾问审核。（对应问题3、5）
3.清理往来款项。已收回其他应收款11.2万元，其余8.2万元已发送催款函。（对应问题2）
4.纠正超标准发放。已从当事职工工资中扣回多发补贴2.3万元。（对应问题4）
5.加强财经纪律学习。组织中层以上干部学习财务管理规定，增强依法经营意识。（对应问题1至5）
"""


def test_fixes_paired_by_their_place_against_their_citations_are_doubted() -> None:
    r = segment_text(CITED, vocabulary=vocabulary_without("fixes_cite_numbers"))
    assert len(r.findings) == 5
    assert r.findings[4].measure is not None and "对应问题1至5" in r.findings[4].measure.text
    assert r.segmentation.features["shape_doubts"] == 1.0
    assert r.segmentation.confidence < THRESHOLD


def test_fixes_paired_by_their_citations_are_trusted() -> None:
    r = segment_text(CITED)
    assert len(r.findings) == 5
    assert r.findings[4].measure is not None and "对应问题3、5" in r.findings[4].measure.text
    assert r.segmentation.features["shape_doubts"] == 0.0
    assert r.segmentation.confidence >= THRESHOLD


def test_vocabulary_1_9_0_reads_it_as_before() -> None:
    old = segment_text(CITED, vocabulary=load_vocabulary("1.9.0"))
    assert old.segmentation.features.get("shape_doubts", 0.0) == 0.0
    assert old.findings[4].measure is not None and "对应问题1至5" in old.findings[4].measure.text
