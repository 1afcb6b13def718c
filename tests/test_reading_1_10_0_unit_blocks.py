"""Reading vocabulary 1.10.0: findings told unit by unit, each unit a block its label opens, are one
finding a unit (unit_blocks), on text composed for the test: paragraphs opening on a unit and its
hazards' label (unit_fault_paragraphs), blocks from a point's heading to what was found there
(unit_point_headings), records from a unit's name field to its fault field (unit_record_fields); a
closing paragraph answering them all is every finding's measure. 1.9.0 reads them as before."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

from checker.vocabulary import Vocabulary, load_vocabulary

HAZARDS = """城区开展消防安全检查 曝光一批隐患单位

近日，县消防救援大队联合住建、市场监管部门对城区人员密集场所开展消防安全检查，现将检查中发现存在火灾隐患的单位予以曝光。
东城区锦绣花园小区存在的隐患：消防控制室无人值班；8号楼室内消火栓无水，消火栓箱内无水带；地下车库疏散指示标志损坏。
西城区宏达建材市场存在的隐患：市场内违规停放电动车；疏散通道堆放货物；部分灭火器压力不足。
南湖区阳光家园小区存在的隐患：消防控制室无人值班；楼道内私拉电线为电动车充电；常闭式防火门处于开启状态。
北关区顺发商贸有限公司存在的隐患：仓库内违规住人；室内消火栓被货物遮挡。
"""

POINTS = """3月12日，区文明办组织暗访组对城区部分点位开展创建工作暗访。
点位一：城南街道和平社区。这里老旧小区较多，暗访组重点查看小区环境卫生和车辆停放秩序。
发现问题：楼道内杂物堆放、车辆乱停乱放、宣传栏内容陈旧。
点位二：城北街道新华社区农贸市场。暗访组重点查看市场内外环境秩序和食品安全公示情况。
发现问题：市场外占道经营、地面污水未及时清理、公示牌信息过期。
点位三：城西街道滨江公园。暗访组重点查看公园设施维护和文明引导情况。
发现问题：部分座椅破损、公厕无人保洁、无文明引导标识。
暗访组认为，各街道要正视问题，对照点位逐项整改，3月底前完成整改并报区文明办复查。
"""

RECORDS = """曝光！这些单位存在火灾隐患

为做好节日期间消防安全工作，镇消防救援大队连日来在全镇开展消防安全检查，现曝光3家火灾隐患单位。
场所名称：百草堂药房
场所地址：建设路56号
隐患情况：灭火器压力不足
场所名称：宏兴五金加工厂
场所地址：工业园区二路8号
隐患情况：1.安全出口上锁 2.车间内违规使用电热器
场所名称：福满楼酒家
场所地址：人民路120号
隐患情况：厨房排油烟管道未清洗
以上火灾隐患已当场督促整改完毕，镇消防救援大队将持续开展隐患排查整治。
"""

_FLAGS = ("unit_fault_paragraphs", "unit_point_headings", "unit_record_fields")


def test_each_unit_with_its_hazards_is_one_finding() -> None:
    r = segment_text(HAZARDS)
    assert r.layout == "unit_blocks"
    assert len(r.findings) == 4
    for f, unit in zip(r.findings, ("锦绣花园", "宏达建材", "阳光家园", "顺发商贸"), strict=True):
        assert unit in f.finding.text
    # the same hazard in two units stays in each unit's finding
    assert "消防控制室无人值班" in r.findings[0].finding.text and "消防控制室无人值班" in r.findings[2].finding.text
    assert measure_texts(r) == ["", "", "", ""]


def test_each_point_is_one_finding_answered_by_the_closing_paragraph() -> None:
    r = segment_text(POINTS)
    assert r.layout == "unit_blocks"
    assert [("楼道内杂物堆放" in f.finding.text, "占道经营" in f.finding.text, "座椅破损" in f.finding.text)
            for f in r.findings] == [(True, False, False), (False, True, False), (False, False, True)]
    assert all("对照点位逐项整改" in m for m in measure_texts(r))


def test_each_record_is_a_finding_and_its_numbers_one_each() -> None:
    r = segment_text(RECORDS)
    assert r.layout == "unit_blocks"
    faults = [f.finding.text for f in r.findings]
    assert faults == ["灭火器压力不足", "安全出口上锁", "车间内违规使用电热器", "厨房排油烟管道未清洗"]
    assert r.findings[1].title == "宏兴五金加工厂"
    assert all("当场督促整改完毕" in m for m in measure_texts(r))


def _before(text: str, vocabulary: Vocabulary) -> tuple[str, int]:
    r = segment_text(text, vocabulary=vocabulary)
    return r.layout, len(r.findings)


def test_vocabulary_1_9_0_reads_them_as_before() -> None:
    old = load_vocabulary("1.9.0")
    assert _before(HAZARDS, old) == ("paragraph_lists", 6)
    assert _before(POINTS, old) == ("headed_items", 3)
    assert _before(RECORDS, old) == ("problem_list", 1)


def test_without_the_flags_the_forms_are_read_as_before() -> None:
    before = vocabulary_without(*_FLAGS)
    assert [_before(t, before) for t in (HAZARDS, POINTS, RECORDS)] == [
        ("paragraph_lists", 6), ("headed_items", 3), ("problem_list", 1),
    ]
