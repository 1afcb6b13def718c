"""Reading vocabulary 1.11.0: numbered problem labels glued into one paragraph, a page that lost its
breaks (…类问题1：…。成因：…。问题2：…), each open an item (problem_label_runs), and the cause told
after a problem (成因：…) stays the problem's own text, no answer to it (cause_label_rest), on text
composed for the test; 1.10.0 reads it as before."""

from __future__ import annotations

from segment_support import assert_spans_exact, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

GLUED = (
    "村卫生室规范化建设自查报告第一部分自查基本情况本室于2024年3月对照《村卫生室建设标准》逐项开展自查，"
    "覆盖房屋设施、药品管理、人员资质三类共18项指标。第二部分自查发现的问题2.1设施类问题1：观察室与治疗室"
    "共用一间未按要求分区设置。成因：2019年改建时面积不足，未预留独立用房。问题2：消毒设备中的紫外线灯"
    "使用超过5年未更换。成因：设备更新经费未列入年度预算。2.2管理类问题3：药品出入库登记不完整"
    "的有12笔。成因：药品管理员兼任公卫工作，登记未能及时跟进。"
)


def test_glued_problem_labels_are_items_with_their_causes() -> None:
    r = segment_text(GLUED)
    assert_spans_exact(r)
    assert len(r.findings) == 3
    first, second, third = r.findings
    assert "未按要求分区设置" in first.finding.text and "面积不足" in first.finding.text
    assert "紫外线灯" in second.finding.text and "经费" in second.finding.text
    assert "出入库登记不完整" in third.finding.text
    assert all(f.measure is None for f in r.findings)  # the causes answer nothing


def test_without_the_cause_rule_the_cause_reads_as_the_answer() -> None:
    r = segment_text(GLUED, vocabulary=vocabulary_without("cause_label_rest"))
    assert len(r.findings) == 3
    assert any(f.measure is not None and "成因" in f.measure.text for f in r.findings)


def test_a_lone_problem_label_cuts_nothing() -> None:
    text = "检查组反馈意见后，我们针对问题2：消毒设备老化，已于4月购置新紫外线灯2台并投入使用，运行正常。"
    r = segment_text(text)
    assert len(r.findings) <= 1


def test_vocabulary_1_10_0_reads_it_as_before() -> None:
    old = segment_text(GLUED, vocabulary=load_vocabulary("1.10.0"))
    assert old.findings == []  # one paragraph, no item of its own
