"""Reading vocabulary 1.9.0: a paragraph of clauses each naming the problem it answers (目前整改情况如下：
对A的问题，…；对B的问题，…) answers the list of problems before it though no response word opens it
(named_clauses_answer); a reading that takes such clauses for the problems and leaves listed faults
named by none doubts itself (listed_unnamed_doubt). On text composed for the test; with the flags
off it reads as before."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

THRESHOLD = 0.62  # the trust under which a reading is refused
NO_ANSWER = vocabulary_without("named_clauses_answer")
OLD = vocabulary_without("named_clauses_answer", "listed_unnamed_doubt")

# problems 一是…四是 in one paragraph, no closing sentence; the next answers three of them by name
SCHOOL = """某镇中心小学关于食堂检查反馈问题的整改报告

镇教育办：

9月10日，镇教育办对我校食堂进行了检查，指出了我校存在的问题：一是食品留样记录不全，9月份有3天未留样；二是后厨地面积水，排水沟堵塞；三是部分从业人员健康证过期，涉及2人；四是仓库米面直接落地存放。

目前整改情况如下：对食品留样的问题，已购置留样冰柜1台，由食堂管理员每日登记；对后厨积水的问题，9月15日已疏通排水沟并加装地漏2个；对健康证过期的问题，2名从业人员已于9月20日换领新证。今后，我校将举一反三，持续加强食堂管理。

特此报告。
"""

# a paragraph between the list and its answers; the answers name the first, second and fourth
COMMUNITY = """城东社区关于消防安全检查发现问题整改情况的报告

街道办事处：

11月3日，街道安监办对我社区开展了消防安全检查，检查发现存在以下问题：一是3号楼楼道堆放杂物，占用疏散通道；二是部分灭火器压力不足，共5具；三是电动自行车在楼道内充电，私拉电线；四是微型消防站值班记录缺失。

社区高度重视，当即召开两委会议，逐项明确了责任人和整改时限。

具体整改情况如下：对楼道堆放杂物的问题，社区组织网格员于11月5日清理杂物2车，疏散通道已畅通；对灭火器压力不足的问题，已联系维保单位更换灭火器5具；对值班记录缺失的问题，已重新建立值班登记簿，由专人每日检查。

特此报告。
"""


def _pairs(text: str, vocabulary=None) -> list[tuple[str, str]]:
    r = segment_text(text, vocabulary=vocabulary)
    return [(f.finding.text, f.measure.text if f.measure is not None else "") for f in r.findings]


def test_the_named_clauses_answer_the_list_before_them() -> None:
    r = segment_text(SCHOOL)
    assert r.layout == "paragraph_lists"
    assert [f.finding.text[:2] for f in r.findings] == ["一是", "二是", "三是", "四是"]
    measures = measure_texts(r)
    assert "留样冰柜" in measures[0] and "排水沟" not in measures[0]
    assert "地漏" in measures[1]
    assert "换领新证" in measures[2] and "今后" not in measures[2]
    assert measures[3] == ""  # 仓库米面落地: no clause names it
    assert r.segmentation.confidence >= THRESHOLD


def test_a_paragraph_between_list_and_answers() -> None:
    r = segment_text(COMMUNITY)
    assert r.layout == "paragraph_lists"
    measures = measure_texts(r)
    assert len(measures) == 4
    assert "清理杂物" in measures[0] and "更换灭火器" in measures[1]
    assert measures[2] == ""  # 电动自行车充电: no clause names it
    assert "值班登记簿" in measures[3]


def test_one_named_clause_answers_no_list() -> None:
    one = SCHOOL.replace("；对后厨积水的问题，", "；").replace("；对健康证过期的问题，", "；")
    assert _pairs(one) == _pairs(one, NO_ANSWER)


def test_clauses_read_as_problems_leaving_listed_faults_unnamed_are_doubted() -> None:
    for text in (SCHOOL, COMMUNITY):
        r = segment_text(text, vocabulary=NO_ANSWER)
        assert r.layout == "audit_items"  # the answers read as the problems
        assert r.segmentation.features["shape_doubts"] == 1.0
        assert r.segmentation.confidence < THRESHOLD


def test_clauses_naming_every_listed_fault_are_not_doubted() -> None:
    # every listed problem answered by a clause of its own, each after a full stop: the clauses
    # name them all, and no fault is left unread
    every = (
        SCHOOL.replace("目前整改情况如下：对食品留样的问题，", "目前整改情况如下。对食品留样的问题，")
        .replace("换领新证。今后", "换领新证；对米面落地存放的问题，已购置货架3个。今后")
    )
    r = segment_text(every, vocabulary=NO_ANSWER)
    assert r.layout == "audit_items" and len(r.findings) == 4
    assert r.segmentation.features.get("shape_doubts", 0.0) == 0.0


def test_without_the_flags_reads_as_before() -> None:
    for text in (SCHOOL, COMMUNITY):
        r = segment_text(text, vocabulary=OLD)
        assert r.layout == "audit_items"
        assert r.segmentation.features.get("shape_doubts", 0.0) == 0.0
        assert r.segmentation.confidence >= THRESHOLD  # the confident misreading the doubt catches
