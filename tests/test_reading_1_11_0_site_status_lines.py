"""Reading vocabulary 1.11.0: a check of earlier problems told a line a site (1、甲广场（责任单位：…）：…等问题
已按时整改到位。), each line closed by how the site stands, is read a line a finding, a done status its
measure, an open one none (site_status_lines), on text composed for the test; 1.10.0 reads it as before."""

from __future__ import annotations

from segment_support import segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

NOTICE = """城区文明创建第二周督查情况通报

现将上周通报问题的整改情况通报如下，请各责任单位对照抓好落实。
一、整改较好的点位
1、人民广场（责任单位：县城管局）：上周通报该点位存在垃圾桶破损；健身器材旁杂物堆放；公益广告褪色等问题已按时整改到位。
2、滨河公园（责任单位：县住建局）：上周通报该点位存在绿化带黄土裸露，步道护栏缺失等问题已按时整改到位。
3、东城农贸市场（责任单位：县市场监管局、东城街道）：上周通报该点位存在公平秤缺失；摊位占道经营等问题已整改完成。
二、整改未落实的点位
汽车客运站（责任单位：县交通运输局）：候车厅吸烟现象较多；母婴室未开放等问题仍未整改到位。
三、本周工作亮点
1、南门社区（责任单位：南门社区）：社区组织志愿者开展楼道清理活动，环境面貌明显改善。
"""

PRAISE = """文明创建督查情况

1、人民广场（责任单位：县城管局）：环境卫生整洁，公益广告设置规范。
2、滨河公园（责任单位：县住建局）：绿化带养护到位，步道整洁。
3、东城农贸市场（责任单位：县市场监管局）：公平秤设置规范，市场秩序良好。
"""


def test_each_site_line_is_a_finding_its_done_status_the_measure() -> None:
    r = segment_text(NOTICE)
    assert r.layout == "site_status_lines"
    assert len(r.findings) == 4
    first, third, fourth = r.findings[0], r.findings[2], r.findings[3]
    assert "人民广场" in first.finding.text and "公益广告褪色" in first.finding.text
    assert first.measure is not None and first.measure.text.startswith("已按时整改到位")
    assert "垃圾桶" not in first.measure.text
    assert third.measure is not None and "已整改完成" in third.measure.text
    assert "候车厅吸烟" in fourth.finding.text and fourth.measure is None
    assert all("南门社区" not in f.finding.text for f in r.findings)


def test_sites_praised_with_no_status_are_no_such_list() -> None:
    r = segment_text(PRAISE)
    assert r.layout != "site_status_lines"


def test_vocabulary_1_10_0_reads_them_as_before() -> None:
    for vocabulary in (load_vocabulary("1.10.0"), vocabulary_without("site_status_lines")):
        r = segment_text(NOTICE, vocabulary=vocabulary)
        assert r.layout != "site_status_lines"
