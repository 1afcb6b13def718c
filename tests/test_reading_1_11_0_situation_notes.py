"""Reading vocabulary 1.11.0: a survey told in notes labelled by what each tells the situation of
(垃圾桶配备情况：…。但部分垃圾桶破损。) is read, when no other layout reads it, a note a finding where the note
states a fault (situation_notes), on text composed for the test; 1.10.0 reads it as before."""

from __future__ import annotations

from segment_support import segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

SURVEY = """关于社区公共设施摸底情况的汇报

按照街道统一安排，社区于3月对辖区公共设施开展了摸底。具体情况如下：（1）照明设施 路灯设置情况：\
辖区主次道路共设路灯86盏，基本实现全覆盖。但背街小巷有9盏路灯损坏。 楼道照明情况：老旧小区楼道均已安装声控灯，\
运行良好。 （2）健身设施 器材配备情况：三个小区共配备健身器材42件，其中6件存在锈蚀松动。 \
场地管理情况：健身广场尚未明确管理责任人，夜间噪声投诉较多。
"""

CALM = """社区公共设施摸底情况

路灯设置情况：辖区主次道路共设路灯86盏，运行正常。
楼道照明情况：老旧小区楼道均已安装声控灯。
器材配备情况：三个小区共配备健身器材42件。
"""


def test_each_note_stating_a_fault_is_a_finding() -> None:
    r = segment_text(SURVEY)
    assert r.layout == "situation_notes"
    texts = [f.finding.text for f in r.findings]
    assert len(texts) == 3
    assert texts[0].startswith("路灯设置情况") and "9盏路灯损坏" in texts[0]
    assert "锈蚀松动" in texts[1] and "尚未明确管理责任人" in texts[2]
    assert all("声控灯" not in t for t in texts)  # a note telling only what stands is none
    assert all(f.measure is None for f in r.findings)


def test_notes_with_no_fault_read_nothing() -> None:
    r = segment_text(CALM)
    assert not r.findings


def test_vocabulary_1_10_0_reads_it_as_before() -> None:
    for vocabulary in (load_vocabulary("1.10.0"), vocabulary_without("situation_notes")):
        r = segment_text(SURVEY, vocabulary=vocabulary)
        assert r.layout != "situation_notes"
