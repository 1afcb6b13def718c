"""Reading vocabulary 1.11.0: a notice that lists hazards 1.–N. (the first ones glued to a building's
number: 1.2#楼…, number_glued_sign) and then, after 现责令你单位：, orders fixes that open on the bare item
numbers they answer (一、第1、3项…; 第4项…，第5项…: patterns order_lead_in, fix_cited_bare), on text composed
for the test; 1.10.0 reads it as before."""

from __future__ import annotations

from segment_support import assert_spans_exact, segment_text

from checker.vocabulary import load_vocabulary

NOTICE = """东河区住房和城乡建设局
施工安全隐患整改通知书

华安建工有限公司：
    2025年3月4日，我局对你公司承建的“东河区滨江小学改扩建工程”进行了安全检查，发现存在以下隐患：
    1.2#教学楼卸料平台未设置限载标识，平台两侧防护栏杆高度不足；
    2.1#综合楼施工升降机防坠安全器超过检定有效期；
    3.钢筋加工棚顶部未设双层防护，切断机外壳未接地；
    4.施工现场主要道路未硬化，扬尘防治措施不到位；
    5.项目部未建立危大工程专项巡查记录。

    根据《建设工程安全生产管理条例》有关规定，现责令你公司：
    一、第1、3项立即停止相关部位作业，设置限载标识、加高防护栏杆，补设双层防护棚并对切断机做接地保护，于2025年3月8日前整改完毕；
    二、第2项立即停用该升降机，送检防坠安全器，检定合格后方可使用；
    三、第4项对主要道路进行硬化并落实洒水降尘，第5项建立危大工程巡查台账，于2025年3月15日前整改完毕。

    联系人：陈亮    联系电话：0571-5553210
"""


def test_items_glued_to_a_building_number_are_items_and_fixes_pair_by_the_numbers_cited() -> None:
    r = segment_text(NOTICE)
    assert_spans_exact(r)
    assert len(r.findings) == 5
    first, second, third, fourth, fifth = r.findings
    assert "卸料平台未设置限载标识" in first.finding.text
    assert "防坠安全器超过检定有效期" in second.finding.text
    assert first.measure is not None and "设置限载标识" in first.measure.text
    assert third.measure is not None and "双层防护棚" in third.measure.text
    assert second.measure is not None and "送检防坠安全器" in second.measure.text
    assert fourth.measure is not None and "硬化" in fourth.measure.text
    assert fifth.measure is not None and "巡查台账" in fifth.measure.text


def test_vocabulary_1_10_0_reads_it_as_before() -> None:
    old = segment_text(NOTICE, vocabulary=load_vocabulary("1.10.0"))
    assert all("送检防坠安全器" not in (f.measure.text if f.measure else "") for f in old.findings[1:2])
    assert not any("卸料平台未设置限载标识" in f.finding.text and f.measure for f in old.findings)
