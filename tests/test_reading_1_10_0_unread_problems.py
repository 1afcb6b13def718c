"""Reading vocabulary 1.10.0: a section headed as problems after the findings (二、本次排查中新发现的问题)
one of whose items no finding holds nor names makes the reading doubt its shape (unread_problems_doubt),
on text composed for the test; 1.9.0 trusts it as before."""

from __future__ import annotations

from segment_support import segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

THRESHOLD = 0.62  # the trust under which a reading is refused

REVIEW = """石门县桃源社区关于居民小区消防安全问题整改“回头看”情况的报告

石门县消防救援大队：

根据县消防安全委员会办公室《关于开展消防隐患整改“回头看”的通知》要求，社区于10月13日至17日对今年5月检查发现的3个问题的整改情况进行了回头看，同时对辖区6个小区再次进行了排查。现将情况报告如下：

一、原检查问题整改情况回头看

1.原问题：和平小区3号楼消防通道被私家车长期占用。
当时整改：联系物业划设禁停标线，张贴告知书。
回头看情况：抽查5个晚上，均未发现占用，物业已安排保安夜间巡查。

2.原问题：幸福小区地下车库4具灭火器压力不足。
当时整改：更换灭火器4具。
回头看情况：检查地下车库灭火器共36具，压力均正常。

3.原问题：东苑小区楼道内电动车充电飞线。
当时整改：拆除飞线，劝离楼道内电动车。
回头看情况：小区集中充电桩已于8月建成投用，楼道内未再发现充电飞线。

二、本次排查中新发现的问题

1.新华小区2号楼消防栓箱内水带缺失2盘，箱门无法关闭。已通知物业10月底前补齐，未补齐前由物业每日巡查。
2.部分老旧小区楼道堆放杂物较多，有居民反映影响通行。社区高度重视，将进一步加大宣传力度，切实提高居民消防安全意识。

三、存在的困难
老旧小区没有物业，消防设施维护资金缺乏，希望上级给予支持。

桃源社区居民委员会
2025年10月20日
"""


def test_a_later_section_of_problems_left_unread_is_doubted() -> None:
    # read without the rule that reads the items of a problems section answering themselves
    r = segment_text(REVIEW, vocabulary=vocabulary_without("problems_answer_inside"))
    assert len(r.findings) == 3
    assert r.segmentation.features["shape_doubts"] == 1.0
    assert r.segmentation.confidence < THRESHOLD


def test_one_item_of_the_later_section_left_unread_is_doubted_too() -> None:
    # the first new problem's answer goes on in its sentence (…2盘，社区已通知物业…): it is not read
    text = REVIEW.replace("缺失2盘，箱门无法关闭。已通知物业", "缺失2盘，社区已通知物业")
    r = segment_text(text)
    assert not any("水带缺失" in f.finding.text for f in r.findings)
    assert r.segmentation.features["shape_doubts"] == 1.0
    assert r.segmentation.confidence < THRESHOLD


def test_with_the_section_read_every_problem_is_a_finding_and_trusted() -> None:
    r = segment_text(REVIEW)
    assert len(r.findings) == 5
    assert "水带缺失2盘" in r.findings[3].finding.text
    assert r.segmentation.features.get("shape_doubts", 0.0) == 0.0
    assert r.segmentation.confidence >= THRESHOLD


def test_vocabulary_1_9_0_trusts_it_as_before() -> None:
    old = segment_text(REVIEW, vocabulary=load_vocabulary("1.9.0"))
    assert old.segmentation.features.get("shape_doubts", 0.0) == 0.0
