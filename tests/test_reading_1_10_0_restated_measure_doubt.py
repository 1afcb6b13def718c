"""Reading vocabulary 1.10.0: a finding that is its title alone whose measure opens on the problem as the
inspecting body pointed it out (巡察组指出：…。对此，…) makes the reading doubt its shape
(restated_measure_doubt), read as before the restatement was parted from the answer; read with it parted,
the reading is trusted. On text composed for the test; 1.9.0 reads it as before."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

THRESHOLD = 0.62  # the trust under which a reading is refused

RESTATED = """中共青禾乡委员会关于县委巡察反馈意见整改情况的报告

县委巡察办：

县委第二巡察组于2025年5月对我乡开展巡察，反馈问题4个。现将整改情况报告如下。

一、整改工作开展情况
乡党委召开专题会议研究部署整改工作，逐项明确责任领导和完成时限。

二、反馈问题整改情况

（一）关于村级财务审批不规范问题
巡察组指出，2024年有5个村的报销凭证无村务监督委员会签字，涉及金额12.4万元。对此，乡经管站逐笔补办审核手续，7月10日前全部补齐签字；修订《青禾乡村级财务管理办法》，明确无监委会签字一律不予报账。

（二）关于耕地保护巡查不到位问题
巡察组指出，2处耕地被违规堆放建筑材料，巡查台账未记录。对此，乡自然资源所于6月20日督促清运建筑材料，复垦耕地3.2亩，并建立网格巡查台账，每周巡查一次。

（三）关于惠民资金公示不及时问题
巡察组指出，2024年第四季度耕地地力保护补贴未在村务公开栏公示。对此，各村已于6月底前补充公示，乡纪委对3个村的村务监督委员会主任进行了提醒谈话。

（四）关于卫生院药品采购程序不规范问题
巡察组指出，乡卫生院2024年有3批次药品采购未履行比价程序，涉及金额8.6万元。对此，乡卫生院于7月对3批次采购补充比价记录，制定《青禾乡卫生院药品采购比价制度》，采购一律经院务会研究。

三、下一步工作打算
一是对已完成整改的问题开展“回头看”；二是把巡察整改与乡村振兴工作结合起来。

青禾乡党委
2025年8月5日
"""


def test_the_restatement_read_as_the_answer_is_doubted() -> None:
    r = segment_text(RESTATED, vocabulary=vocabulary_without("title_restated_problem"))
    assert len(r.findings) == 4
    assert all(m.startswith("巡察组指出") for m in measure_texts(r))
    assert r.segmentation.features["shape_doubts"] == 1.0
    assert r.segmentation.confidence < THRESHOLD


def test_the_restatement_parted_from_the_answer_is_trusted() -> None:
    r = segment_text(RESTATED)
    assert len(r.findings) == 4
    assert all("巡察组指出" in f.finding.text for f in r.findings)
    assert all(m.startswith("对此") for m in measure_texts(r))
    assert r.segmentation.features["shape_doubts"] == 0.0
    assert r.segmentation.confidence >= THRESHOLD


def test_vocabulary_1_9_0_reads_it_as_before() -> None:
    old = segment_text(RESTATED, vocabulary=load_vocabulary("1.9.0"))
    assert old.segmentation.features.get("shape_doubts", 0.0) == 0.0
    assert all(m.startswith("巡察组指出") for m in measure_texts(old))
