"""Reading vocabulary 1.10.0: numbered problems (问题一：…) each followed by a paragraph that carries the
same number again in a higher family (1.经查，…) read that paragraph as the problem's body — it restates
the problem, then answers it — not as a heading above it (renumbered_bodies), on text composed for the
test; 1.9.0 reads it as before."""

from __future__ import annotations

from segment_support import measure_texts, segment_text

from checker.vocabulary import load_vocabulary

RENUMBERED = """县住建局关于群众反映小区物业问题的答复

近日，有群众通过热线反映某小区物业服务存在问题。我局高度重视，经过调查核实，现答复如下：
问题一：小区路灯长期不亮
1.经过调查，我局发现该小区东区8盏路灯损坏，导致夜间出行不便。我局已责成物业公司于6月10日前完成维修，目前已修复5盏。
问题二：电梯维保记录不全
2.我局认为，电梯安全关系居民生命财产安全。目前，我局已约谈物业公司负责人，并将对全区电梯维保记录开展专项检查。
问题三：垃圾清运不及时
3.我局也发现小区垃圾站周边有积存垃圾，比如周末清运间隔超过两天等情况。我局将要求物业公司调整清运班次，确保日产日清。
感谢您对我们工作的关心和支持。
"""


def test_the_renumbered_paragraph_is_the_problems_body() -> None:
    r = segment_text(RENUMBERED)
    assert len(r.findings) == 3
    assert "路灯长期不亮" in r.findings[0].finding.text
    assert "8盏路灯损坏" in r.findings[0].finding.text  # the restatement joins the problem
    assert "维保记录不全" in r.findings[1].finding.text
    assert "周末清运间隔超过两天" in r.findings[2].finding.text
    measures = measure_texts(r)
    assert "责成物业公司于6月10日前完成维修" in measures[0] and "路灯损坏" not in measures[0]
    assert "约谈物业公司负责人" in measures[1]
    assert "调整清运班次" in measures[2] and "积存垃圾" not in measures[2]


def test_vocabulary_1_9_0_reads_it_as_before() -> None:
    old = segment_text(RENUMBERED, vocabulary=load_vocabulary("1.9.0"))
    assert not any("8盏路灯损坏" in f.finding.text and "路灯长期不亮" in f.finding.text for f in old.findings)
    assert measure_texts(old) == ["", "", ""]  # the renumbered paragraphs read as headings, answering nothing
