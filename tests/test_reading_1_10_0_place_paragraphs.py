"""Reading vocabulary 1.10.0: an assessment told place by place, each paragraph opening on the place's
name and a colon, praise and faults mixed in each, is one finding a place, whatever semicolons its
faults hold, though a summary of the faults stands before the places (unit_named_paragraphs), on text
composed for the test; 1.9.0 reads it as before."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

PLACES = """本报讯 上月，市创建办会同市商务局对城区22家农贸市场开展月度测评，共发现问题186处。
当月测评排名第一的为东城区，第二名为高新区，第三名为南湖区。测评主要发现地面积水、摊位占道、垃圾清运不及时、公示牌缺失等问题。
东城区：整体情况较好。个别市场地面积水，如青石市场；桥头市场公示牌缺失未整改。
南湖区：情况一般。湖滨市场摊位占道经营现象仍较突出，垃圾清运不及时；柳岸市场冷鲜区温度记录不全。
高新区：大部分市场管理规范，但创业市场出入口车辆乱停放，公厕保洁不到位。
西山区：整体较差。松林市场、西坡市场垃圾堆积，排水沟堵塞；松林市场未公示当日检测结果。
"""


def test_each_place_is_one_finding() -> None:
    r = segment_text(PLACES)
    assert r.layout == "unit_blocks"
    assert len(r.findings) == 4
    assert "青石市场" in r.findings[0].finding.text and "桥头市场公示牌缺失" in r.findings[0].finding.text
    assert "柳岸市场" in r.findings[1].finding.text
    assert "创业市场" in r.findings[2].finding.text
    assert "排水沟堵塞" in r.findings[3].finding.text and "未公示" in r.findings[3].finding.text
    assert measure_texts(r) == ["", "", "", ""]
    assert all("测评主要发现" not in f.finding.text for f in r.findings)


def test_without_the_flag_the_summary_and_clauses_are_read() -> None:
    old = segment_text(PLACES, vocabulary=vocabulary_without("unit_named_paragraphs"))
    assert old.layout != "unit_blocks"


def test_vocabulary_1_9_0_reads_it_as_before() -> None:
    old = segment_text(PLACES, vocabulary=load_vocabulary("1.9.0"))
    assert old.layout != "unit_blocks"
    assert len(old.findings) != 4


NUMBERED = """一、存在的问题
东城区：个别市场地面积水，如青石市场。
南湖区：湖滨市场摊位占道经营现象仍较突出。
高新区：创业市场出入口车辆乱停放。
二、整改要求
各区要对照问题清单，于本月底前整改到位。
"""


def test_place_lines_under_a_numbered_section_are_not_read_as_this_form() -> None:
    r = segment_text(NUMBERED)
    assert r.layout != "unit_blocks"
