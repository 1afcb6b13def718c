"""Reading vocabulary 1.10.0: a notice naming the units it checked, a paragraph each opening on the unit
and the count of what the check found there, is one finding a unit; where a paragraph goes on to what
the unit itself did (…，但该店…) that is its measure, and none where it says the unit returned nothing
(unit_checked_paragraphs), on text composed for the test; 1.9.0 reads it as before."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

NOTICE = """4家定点药店被通报
记者从市医保局获悉，在上半年专项检查中，市医保局发现部分定点药店对自查整改敷衍了事。现将典型情况通报如下。
其中，城南大药房经查存在12项问题，违规金额8.6万元，但该店自查阶段仅退回医保基金0.5万元。
康宁医药连锁第三分店经查存在9项问题，违规金额5.2万元，但该店自查退回医保基金的金额为0元。
百草堂药店经查存在15项问题，违规金额11.3万元，但该店自查退回医保基金2.1万元。
仁和药房东街店经查存在6项问题，违规金额3.4万元，并且部分问题此前已被指出。
市医保局有关负责人表示，下一步将对全市定点药店开展抽查复查。
"""


def test_each_unit_is_one_finding_and_what_it_did_its_measure() -> None:
    r = segment_text(NOTICE)
    assert r.layout == "unit_blocks"
    assert len(r.findings) == 4
    assert "城南大药房" in r.findings[0].finding.text and "退回" not in r.findings[0].finding.text
    assert "康宁医药" in r.findings[1].finding.text
    assert "百草堂" in r.findings[2].finding.text
    assert "此前已被指出" in r.findings[3].finding.text
    measures = measure_texts(r)
    assert "退回医保基金0.5万元" in measures[0]
    assert measures[1] == ""  # it returned nothing
    assert "2.1万元" in measures[2]
    assert measures[3] == ""


def test_without_the_flag_it_is_read_otherwise() -> None:
    old = segment_text(NOTICE, vocabulary=vocabulary_without("unit_checked_paragraphs"))
    assert old.layout != "unit_blocks"


def test_vocabulary_1_9_0_reads_it_as_before() -> None:
    old = segment_text(NOTICE, vocabulary=load_vocabulary("1.9.0"))
    assert old.layout != "unit_blocks"
