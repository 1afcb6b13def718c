"""The five seed reports segment exactly: counts, kinds, titles, measure items, fields, claims."""

from __future__ import annotations

import pytest
from segment_support import seed_text, segment_text


@pytest.fixture(scope="module")
def reports():
    return {p: segment_text(seed_text(p), path=f"{p}.txt") for p in ("000", "001", "002", "003", "004")}


@pytest.mark.parametrize(
    ("prefix", "count", "kind"),
    [("000", 9, "progress_report"), ("001", 17, "progress_report"), ("002", 8, "plan"),
     ("003", 10, "progress_report"), ("004", 10, "work_report")],
)
def test_counts_and_kinds(reports, prefix, count, kind):
    r = reports[prefix]
    assert len(r.findings) == count
    assert r.kind == kind
    assert [f.index for f in r.findings] == list(range(1, count + 1))


@pytest.mark.parametrize(
    ("prefix", "title"),
    [("000", None), ("001", None), ("002", "脱贫攻坚回头看排查问题整改方案"),
     ("003", "关于县委第二上下联动专项巡察整改情况的通报"), ("004", "卫生健康局党组向巡察组的工作汇报")],
)
def test_titles(reports, prefix, title):
    assert reports[prefix].title == title


@pytest.mark.parametrize(
    ("prefix", "first", "last"),
    [
        ("000", "政治站位不高。县卫健局对健康扶贫不够重视,健康扶贫牵头抓总作用发挥不强,健康扶贫工作存在短板",
         "实施国家基本公卫服务项目不规范,项目资金未合理使用"),
        ("001", "大健康产业推进缓慢问题整改不到位", "推进医疗卫生人才队伍建设有差距"),
        ("002", "有的地方和部门责任压力传导得还不够到位",
         "有的村医诊疗水平需尽快提高,基层医疗服务能力较弱,需要加快提升县乡村医疗服务能力"),
        ("003", "高质量推进中医药工作有差距", "紧密型医共体运行机制不健全"),
        ("004", "政治理论学习不透彻", "贯彻中央八项规定精神不到位"),
    ],
)
def test_first_and_last_titles(reports, prefix, first, last):
    r = reports[prefix]
    assert r.findings[0].title == first
    assert r.findings[-1].title == last


@pytest.mark.parametrize(
    ("prefix", "items"),
    [
        ("000", [2, 3, 1, 3, 3, 1, 1, 3, 3]),
        ("001", [2, 1, 2, 2, 2, 2, 2, 1, 3, 2, 1, 1, 2, 3, 1, 3, 3]),
        ("002", [2, 2, 2, 1, 2, 3, 1, 3]),
        ("003", [3, 4, 5, 2, 3, 1, 1, 3, 5, 3]),
        ("004", [0] * 10),
    ],
)
def test_measure_item_counts(reports, prefix, items):
    assert [len(f.measures) for f in reports[prefix].findings] == items


def test_seed_000_labels_groups_and_closing(reports):
    r = reports["000"]
    assert all(f.measure_label == "整改情况" for f in r.findings)
    assert [f.measures[0].marker for f in r.findings[:3]] == ["一是", "一是", None]
    assert len(r.groups) == 4 and r.groups[1].text == "(二)履行健康扶贫责任方面"
    assert r.findings[3].group == "履行健康扶贫责任方面"
    last = r.findings[-1]
    assert last.measure.text.endswith("未发现截留、挤占、挪用公卫项目资金等现象。")
    assert "下一步" not in last.span.text and "持续发力" not in last.span.text
    # The organising section's words are preamble, not a measure of finding 1.
    assert "成立了以局长任组长" in r.preamble.text
    assert "成立了以局长任组长" not in r.findings[0].span.text
    kinds = [b.kind for b in r.boilerplate]
    assert kinds == ["contact", "contact", "contact", "signature", "signature"]
    assert r.boilerplate[-1].text == "2021年1月26日"


def test_seed_001_groups_and_heading_labels(reports):
    r = reports["001"]
    assert len(r.groups) == 5
    assert all(g.text.startswith(("一、", "二、", "三、", "四、", "五、")) for g in r.groups)
    assert [sum(f.group == g.text[2:] for f in r.findings) for g in r.groups] == [2, 4, 3, 4, 4]
    assert all(f.measure_label == "整改情况" for f in r.findings)
    second = r.findings[1]
    assert second.measures[0].marker is None
    assert second.measure.text.startswith("由市卫健委、编办、财政")
    assert r.findings[-1].measure.text.endswith("稳定卫生人才队伍。")
    assert {b.kind for b in r.boilerplate} == {"contact", "signature", "navigation"}


def test_seed_002_fields(reports):
    r = reports["002"]
    leaders = [next(x for x in f.owner_fields if x.label == "责任领导") for f in r.findings]
    assert [x.text for x in leaders] == ["、", "", "、", "、", "、", "、", "、", ""]
    assert all(x.start == x.end for x in leaders if x.text == "")
    # Blank owner fields give no owners; the named ones do.
    assert [o.text for o in r.findings[0].owners] == ["行政办公室", "健康扶贫办", "区属各医疗机构"]
    assert all(f.deadline_field for f in r.findings)
    assert [f.deadline.text for f in r.findings] == [
        "即知即改并长期坚持", "即知即改并长期坚持", "2020年6月底取得阶段性成效并长期坚持", "2020年6月底完成整改",
        "2020年6月底取得阶段性成效并长期坚持", "2020年6月底完成整改", "2020年6月底完成整改",
        "2020年6月底取得阶段性成效并长期坚持",
    ]
    assert all(f.measure_label == "整改措施" for f in r.findings)
    assert r.findings[6].measure.text.endswith("进一步巩固控辍保学成效,")
    last = r.findings[-1]
    assert "保障措施" not in last.span.text and last.span.text.endswith("长期坚持")
    assert {b.kind for b in r.boilerplate} == {"metadata", "navigation"}
    assert r.groups == []


def test_seed_003_sub_points_measures_and_claim(reports):
    r = reports["003"]
    assert [len(f.sub_points) for f in r.findings] == [3, 3, 0, 2, 3, 2, 2, 0, 0, 3]
    first = r.findings[0]
    assert first.measure_label == "整改进展情况"
    assert first.sub_points[0].text.startswith("一是创建中医药先进县积极性不高")
    assert first.measures[0].text.startswith("一是已在县、乡镇入口处")
    # A paragraph without an enumerator continues the item before it.
    assert "县中医院牵头成立" in first.measures[0].text
    assert "县卫健召开专题整改会议" in r.findings[1].measures[-1].text
    # Nested 1. 2. 3. stay inside 二是 / 五是.
    third = r.findings[2]
    assert third.measures[1].text.startswith("二是提升站位") and "3.加强监督考核" in third.measures[1].text
    assert r.findings[9].span.text.endswith("基药补贴资金进行结算。")
    (claim,) = r.claims
    assert claim.text.startswith("对照巡察反馈的10个问题") and claim.text.endswith("移交事项办结率100%。")
    got = [(n.value, n.unit, n.role, n.subject) for n in claim.numbers]
    assert got == [
        (10, "个", "total", "问题"), (7, "个", "done", "问题"), (3, "个", "ongoing", "问题"),
        (21, "条", "total", "整改措施"), (18, "条", "done", "整改措施"), (86, "%", "rate", "整改措施"),
        (3, "件", "total", "交办问题"), (3, "件", "done", "交办问题"), (100, "%", "rate", "交办问题"),
    ]
    assert "（一）提高站位，统一思想" in r.preamble.text
    assert r.boilerplate[-1].kind == "signature" and r.boilerplate[-1].text.startswith("2024年8月20日")


def test_seed_004_problems_without_measures_and_residue(reports):
    r = reports["004"]
    assert r.layout == "problem_list"
    assert all(f.measure is None and f.measures == [] and f.measure_label is None for f in r.findings)
    assert [len(f.sub_points) for f in r.findings] == [3, 3, 4, 3, 2, 2, 2, 2, 2, 2]
    assert [g.text for g in r.groups] == [
        "(一)贯彻落实党中央重大决策部署和省委、市委、县委工作要求方面", "(二)群众身边腐败问题和不正之风方面",
    ]
    last = r.findings[-1]
    assert last.finding.text.endswith("*受")
    assert "试读结束" not in last.span.text
    kinds = [b.kind for b in r.boilerplate]
    assert kinds[:3] == ["paywall", "paywall", "paywall"] and "copyright" in kinds
    assert r.boilerplate[0].text == "............试读结束............"
    # The work sections before 三、存在的突出问题 are not findings.
    assert "坚持政治建设" in r.preamble.text
    assert r.claims == []


def test_no_claims_from_slogans(reports):
    assert reports["000"].claims == [] and reports["001"].claims == [] and reports["002"].claims == []
