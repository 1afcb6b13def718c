"""Reading vocabulary 1.10.0: a notice that tells its findings place by place in one paragraph, each
place's sentences opening on its name and the part of it at fault, is one finding a place, and a clause
reporting what the inspectors did to those at fault is that place's measure (unit_place_sentences), on
text composed for the test; 1.9.0 reads it as before."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

NOTICE = """省应急管理厅通报春季森林防火检查情况
记者从省应急管理厅获悉，3月10日至20日，省森林防火检查组先后在东阳、西岭、南川、北塘等地开展检查。通报指出，各地森林防火工作总体有序，但不同程度存在责任落实不到位、隐患排查不彻底等问题。东阳市部分乡镇防火检查站无人值守，进山登记流于形式。部分林区防火通道被杂物堵塞。西岭县个别村护林员未按要求开展巡山，巡护记录缺失。南川区有的林场扑火物资储备不足，部分灭火器过期，其中1家林场被责令停业整顿。北塘县部分景区野外用火管控不严，游客吸烟现象较多。
"""


def test_each_place_is_one_finding_and_its_act_its_measure() -> None:
    r = segment_text(NOTICE)
    assert r.layout == "unit_blocks"
    assert len(r.findings) == 4
    assert "无人值守" in r.findings[0].finding.text and "防火通道被杂物堵塞" in r.findings[0].finding.text
    assert "护林员" in r.findings[1].finding.text
    assert "扑火物资储备不足" in r.findings[2].finding.text
    assert "被责令" not in r.findings[2].finding.text
    assert "野外用火管控不严" in r.findings[3].finding.text
    assert measure_texts(r) == ["", "", "其中1家林场被责令停业整顿。", ""]
    assert all("通报指出" not in f.finding.text for f in r.findings)


def test_without_the_flag_it_is_read_otherwise() -> None:
    old = segment_text(NOTICE, vocabulary=vocabulary_without("unit_place_sentences"))
    assert old.layout != "unit_blocks"


def test_vocabulary_1_9_0_reads_it_as_before() -> None:
    old = segment_text(NOTICE, vocabulary=load_vocabulary("1.9.0"))
    assert old.layout != "unit_blocks"


PRAISE = """检查组先后检查了三地。东阳市部分乡镇工作扎实，台账齐全。西岭县个别村护林员未按要求巡山。南川区有的林场管理规范，物资充足。
"""


def test_places_that_are_praised_are_not_read_as_findings() -> None:
    r = segment_text(PRAISE)
    assert r.layout != "unit_blocks"


OWN = """我县认真开展森林防火自查。我县部分乡镇检查站无人值守。我县个别村护林员未按要求巡山。我县有的林场扑火物资储备不足。
"""


def test_a_report_on_its_own_places_is_not_read_as_this_form() -> None:
    r = segment_text(OWN)
    assert r.layout != "unit_blocks"
