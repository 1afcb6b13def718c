"""Forms a mirror or a document-sharing site leaves in a report: a table's progress column, the
site's sharing header, a ``?`` standing for a character the mirror could not encode."""

from __future__ import annotations

import re

from checker.segment.document import lost_char_marks
from checker.vocabulary import Vocabulary, load_vocabulary
from tests.segment_support import measure_texts, segment_text, vocabulary_without


def _with_pattern(name: str, pattern: str) -> Vocabulary:
    """The default vocabulary with one pattern as it stood before."""
    v = load_vocabulary()
    patterns = v.patterns.model_copy(update={name: re.compile(pattern)})
    return v.model_copy(update={"patterns": patterns})


# --- a table whose progress column (工作进展情况) tells what was done --------------------------------

PROGRESS_TABLE = """\
巡察反馈问题整改情况公示表
现将巡察反馈问题整改完成情况公示如下。
编号 | 具体问题 | 整改措施 | 工作进展情况 | 完成率 | 整改 年限 | 牵头单位 | 责任单位 |
1 | 部分村级财务票据审核不严格,2022年有3笔支出缺少审批签字。 | 规范村级财务审批流程。 | 已于2023年4月补齐3笔支出的审批签字,并组织村会计培训1次。 | 100% | 2023年 | 镇财政所 | 各村 |
2 | 农村公路养护不及时,部分路段路肩杂草丛生。 | 建立公路日常养护制度。 | 已清理路肩杂草12公里,印发《农村公路养护办法》。 | 100% | 2023年 | 镇交通办 | 各村 |
"""


def test_progress_column_is_part_of_the_measure() -> None:
    r = segment_text(PROGRESS_TABLE)
    assert r.layout == "table"
    assert len(r.findings) == 2
    measures = measure_texts(r)
    assert "补齐3笔支出的审批签字" in measures[0] and "规范村级财务审批流程" in measures[0]
    assert "清理路肩杂草12公里" in measures[1]


def test_progress_column_was_not_read_before() -> None:
    old = _with_pattern("column_measure", "措施|整改情况|整改进展|落实情况|整改内容|整改任务|整改目标|完成情况|举措")
    measures = measure_texts(segment_text(PROGRESS_TABLE, vocabulary=old))
    assert not any("补齐3笔支出" in m for m in measures)


# --- a document-sharing site's header over the report -----------------------------------------------

SHARED = """\
卫生院整改报告.docx
《卫生院整改报告.docx》由会员分享,可在线阅读,更多相关《卫生院整改报告.docx(3页珍藏版)》请在某某文库上搜索。
根据县卫健委督查反馈,我院存在以下问题:
一、药房药品摆放不规范,近效期药品未单独标识。
整改措施:已将药品按类别重新摆放,近效期药品单独存放并标识。
二、医疗废物交接记录不完整。
整改措施:已补齐交接记录,指定专人每日核对。
"""


def test_sharing_header_is_web_residue() -> None:
    r = segment_text(SHARED)
    assert [f.finding.text for f in r.findings if "由会员分享" in f.finding.text] == []
    assert any("由会员分享" in b.text for b in r.boilerplate)


def test_sharing_header_was_content_before() -> None:
    v = load_vocabulary()
    old = v.patterns.copyright.pattern.replace("|由会员分享[,，]?可在线阅读", "")
    r = segment_text(SHARED, vocabulary=_with_pattern("copyright", old))
    assert not any("由会员分享" in b.text for b in r.boilerplate)


# --- a ? the mirror put for a character it could not encode -------------------------------------------

LOST_CHAR = """\
关于小型水库安全检查情况的通报
6月3日,县水利局对我乡5座小型水库进行了检查,发现存在以下问题:东山水库坝顶杂草多;西岭水库溢洪道有拦鱼网;南?hú)库边有临时建筑;北坡水库警示牌缺失。
针对上述问题,乡水利站当即表示立即整改,对发现的问题逐一解决,并加强水库日常巡查。
"""


def test_lost_char_mark_ends_no_clause() -> None:
    r = segment_text(LOST_CHAR)
    texts = [f.finding.text for f in r.findings]
    assert len(texts) == 4
    assert "库边有临时建筑" in texts[2] and "北坡水库警示牌缺失" in texts[3]


def test_lost_char_mark_cut_the_clause_before() -> None:
    r = segment_text(LOST_CHAR, vocabulary=vocabulary_without("lost_char_marks"))
    assert not any("库边有临时建筑" in f.finding.text for f in r.findings)


def test_lost_char_marks_keep_offsets_and_questions() -> None:
    text = "当?shù地百姓。是否完成?已完成。"
    out = lost_char_marks(text)
    assert len(out) == len(text)
    assert out[1] == "\ufffd" and out.count("?") == 1  # a question before Han words stays one
