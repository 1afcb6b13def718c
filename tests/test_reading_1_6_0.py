"""Reading vocabulary 1.6.0: forms first-time writers use, each on text composed for the test, and
each read as before with the older vocabulary."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

OLD = load_vocabulary("1.5.0")


# --- a lead-in that counts the problems makes each counted item a finding -----------------------------

COUNTED = """关于卫生监督检查反馈问题整改情况的报告

县卫生健康局：
9月12日，县卫生监督所对我院进行了检查，反馈了4个问题，具体整改情况如下：
(1)门诊预检分诊台人员配备不足，高峰时段只有1人。院办研究决定，10月起从护理部调配2名护士轮班，现每班3人。
(2)医疗废物暂存间标识脱落，交接登记不完整。已重新张贴标识，后勤科每日核对交接登记。
(3)部分科室消毒记录与实际不符，个别记录事后补写。护理部组织各科室重新培训消毒登记要求。
(4)急诊抢救车药品清点流于形式。

县人民医院
2025年10月20日
"""


def test_items_a_lead_in_counts_are_findings_whatever_their_words():
    r = segment_text(COUNTED)
    assert [f.finding.text[:6] for f in r.findings] == ["门诊预检分诊", "医疗废物暂存", "部分科室消毒", "急诊抢救车药"]
    assert measure_texts(r)[0].startswith("院办研究决定")
    assert r.findings[3].measure is None
    before = segment_text(COUNTED, vocabulary=OLD)
    assert len(before.findings) != 4


def test_a_count_the_items_do_not_match_makes_nothing_of_them():
    # five announced, four listed: the writer's count does not vouch for these items
    r = segment_text(COUNTED.replace("反馈了4个问题", "反馈了5个问题"))
    assert len(r.findings) != 4


# --- within counted items, a dash parts the problem from what was done --------------------------------

DASHED = """关于消防检查发现问题整改情况的报告

县消防救援大队：
11月5日，大队对我校进行了消防检查，指出我校存在3处隐患。现将整改情况汇报如下：
1.教学楼东侧安全出口堆放课桌——已于11月6日清理完毕，总务处李明负责。
2.宿舍楼走廊应急照明灯损坏5盏——已更换，11月8日验收。
3.食堂灭火器过期未检——已送检，计划11月底前取回。

县第三中学
2025年11月10日
"""


def test_a_dash_parts_a_counted_item_into_problem_and_measure():
    r = segment_text(DASHED)
    assert [f.finding.text for f in r.findings] == [
        "教学楼东侧安全出口堆放课桌", "宿舍楼走廊应急照明灯损坏5盏", "食堂灭火器过期未检",
    ]
    assert measure_texts(r)[1].startswith("已更换")
    assert not segment_text(DASHED, vocabulary=OLD).findings


# --- a page widget's Latin word under the signature ----------------------------------------------------

WIDGET_TAIL = """关于办公区节约用电检查情况的通报

5月10日，办公室对各科室节约用电情况进行了检查，发现以下问题：
一、3间办公室下班后空调未关闭。
二、会议室无人时照明全部开启。
三、走廊灯白天长明。
希望各科室加强管理，切实增强节约意识。

县机关事务中心
2024年5月16日
作者: 添加日期:[发布时间]
Baidu
map
"""


def test_a_widget_word_under_the_signature_leaves_the_signature_out_of_the_last_measure():
    r = segment_text(WIDGET_TAIL)
    assert len(r.findings) == 3
    assert "2024年5月16日" not in measure_texts(r)[-1]
    before = segment_text(WIDGET_TAIL, vocabulary=vocabulary_without("trailing_latin_chrome"))
    assert "2024年5月16日" in measure_texts(before)[-1]


# --- a labelled line below an item's fields is a field of its own ---------------------------------------

REVIEWED = """县实验中学安全隐患排查整改情况报告

一、隐患整改情况
1.【一般隐患】实验楼二楼灭火器压力不足3具。
　整改措施：已送县消防器材站充装，9月12日送回并重新放置。
　责任人：总务处　刘明
　完成时间：2025年9月12日
　复查情况：符合要求。

2.【一般隐患】操场围栏部分松动。
　整改措施：对松动围栏进行加固，更换立柱6根。
　责任人：总务处　刘明
　完成时间：2025年9月20日
　复查情况：符合要求。

3.【一般隐患】学生宿舍插座老化。
　整改措施：
　责任人：后勤处　陈刚
　完成时间：2025年10月
　复查情况：正在整改

县实验中学
2025年9月25日
"""


def test_an_empty_measure_label_stays_empty_whatever_field_follows():
    r = segment_text(REVIEWED)
    assert len(r.findings) == 3
    assert measure_texts(r)[0].startswith("已送县消防器材站充装") and "复查情况" not in measure_texts(r)[0]
    assert not measure_texts(r)[2].strip()
    before = segment_text(REVIEWED, vocabulary=vocabulary_without("label_after_fields"))
    assert "复查情况" in measure_texts(before)[2]
