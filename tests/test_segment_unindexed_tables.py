"""Web tables flattened to one cell per line whose header has no index column, on composed text."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

# --- a header with no index column, records that repeat their first cell; measures after the table ---

CATEGORY_TABLE = """区网信办关于政务网站自查情况的通报
按照市里统一安排，区网信办对全区政府网站进行了排查，现将情况通报如下：
一、排查情况
部分街道网站存在栏目长期不更新等问题。
网站类型 |
网站名称 |
责任单位 |
问题类别 |
发现日期 |
门户 |
东城街道办事处网站 |
东城街道 |
栏目长期不更新 |
3月2日 |
门户 |
西关街道办事处网站 |
西关街道 |
栏目长期不更新 |
3月4日 |
门户 |
南湖街道办事处网站 |
南湖街道 |
互动留言未回复 |
3月5日 |
二、整改措施
针对上述问题，区网信办已通知相关街道限期整改，要求五个工作日内更新栏目、回复留言。
"""


def test_a_header_without_an_index_column_is_read_by_the_width_its_records_repeat():
    r = segment_text(CATEGORY_TABLE)
    assert r.layout == "table"
    assert [f.title for f in r.findings] == ["东城街道办事处网站", "西关街道办事处网站", "南湖街道办事处网站"]
    # 问题类别 names a group as well: the group is taken by 网站类型, so it names the problems
    assert [f.finding.text for f in r.findings] == ["栏目长期不更新", "栏目长期不更新", "互动留言未回复"]
    assert [[o.text for o in f.owners] for f in r.findings] == [["东城街道"], ["西关街道"], ["南湖街道"]]
    # the measures section right after the table answers each row
    assert all("限期整改" in m for m in measure_texts(r))


def test_the_section_after_the_table_answers_no_row_without_its_flag():
    r = segment_text(CATEGORY_TABLE, vocabulary=vocabulary_without("table_section_after"))
    assert r.layout == "table"
    assert measure_texts(r) == ["", "", ""]


def test_a_header_without_an_index_column_is_not_read_by_an_older_vocabulary():
    r = segment_text(CATEGORY_TABLE, vocabulary=vocabulary_without("table_unindexed_cells"))
    assert r.layout != "table"


# --- two columns, a name merged down over its rows, a total row ----------------------------------

MERGED_NAMES = """后勤处关于食堂卫生检查情况的通报
后勤处于3月10日对各校区食堂进行了卫生检查，现将检查情况通报如下：
一、检查情况
本次检查共发现问题6处，主要是记录不全、物品堆放不规范，具体明细如下：
校区 |
存在问题 |
东湖校区 |
一楼售饭窗口 餐具消毒记录缺少三月份的签字 |
二楼 操作间地面积水 |
二楼 冷库温度记录不全 |
西山校区 |
面点间 生熟案板混用，未做标识 |
北苑校区 |
一楼 灭火器过期 |
地下库房 杂物堆放堵塞通道 |
合计 |
6处 |
二、整改要求
请各校区食堂于3月20日前完成整改，并将整改照片报后勤处。
后勤处
2025年3月11日
"""


def test_a_name_merged_down_opens_only_the_rows_of_its_kind_and_the_total_is_no_finding():
    r = segment_text(MERGED_NAMES)
    assert r.layout == "table"
    texts = [f.finding.text for f in r.findings]
    assert len(texts) == 6
    assert "餐具消毒记录" in texts[0] and "操作间地面积水" in texts[1] and "冷库温度" in texts[2]
    assert "生熟案板混用" in texts[3] and "灭火器过期" in texts[4] and "杂物堆放" in texts[5]
    assert not any("6处" in t or "合计" in t for t in texts)
    assert all("3月20日前完成整改" in m for m in measure_texts(r))


def test_the_total_row_is_a_finding_without_its_flag():
    r = segment_text(MERGED_NAMES, vocabulary=vocabulary_without("table_total_rows"))
    assert any("6处" in f.finding.text for f in r.findings)


# --- a pipe-bare row whose cell lists numbered items ----------------------------------------------

NUMBERED_CELLS = """镇政府关于安全检查问题整改情况的报告

按照县安委办的要求，我镇对检查发现的问题逐项整改，现将整改情况报告如下：
序号 | 检查部位 | 存在问题 | 整改措施 |
1 | 镇敬老院 | 1.厨房燃气软管老化；2.消防通道堆放杂物；3.应急灯损坏 | 已更换软管，清理通道并更换应急灯 |
2 | 镇中心小学 | 配电室门锁损坏 | 已更换门锁 |
"""


def test_a_pipe_bare_row_goes_on_over_its_cells_numbered_items():
    r = segment_text(NUMBERED_CELLS)
    assert r.layout == "table"
    assert len(r.findings) == 2
    assert "应急灯损坏" in r.findings[0].finding.text
    assert measure_texts(r) == ["已更换软管，清理通道并更换应急灯", "已更换门锁"]


# --- cells closed by pipes under a lead-in of problems are the table's, not a list of lines -------

LISTED_CELLS = MERGED_NAMES.replace(
    "本次检查共发现问题6处，主要是记录不全、物品堆放不规范，具体明细如下：", "发现问题明细如下："
)


def test_cells_closed_by_pipes_are_no_heading_and_no_list_of_lines():
    r = segment_text(LISTED_CELLS)
    assert r.layout == "table"
    assert len(r.findings) == 6
    older = segment_text(LISTED_CELLS, vocabulary=vocabulary_without("pipe_cells_table_only"))
    assert older.layout != "table"
