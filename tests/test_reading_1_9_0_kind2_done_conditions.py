"""Reading vocabulary 1.9.0, document kind: a done word inside a condition (未能按时整改到位的，…) or a
procedure (整改完毕后报…销号, 执行销号程序) tells no work done, so it does not cancel the requirement
before it; on text composed for the test, and read as before without the flag (done_conditions)."""

from __future__ import annotations

from segment_support import kind_without, segment_text

from checker.segment.kind import measure_says
from checker.vocabulary import load_vocabulary

V = load_vocabulary()
OLD = load_vocabulary("1.8.0")



OFF = kind_without("done_conditions")

NOTICE = """5月8日，区创建工作督导组对辖区部分小区环境卫生进行了检查，现将检查发现的问题交办如下：
1.桂园小区内垃圾桶破损；健身器材周边杂物堆放。责任单位：东城街道。
2.枫林小区楼道内杂物堆放；化粪池盖板缺失。责任单位：西城街道。
3.松苑小区内绿化带垃圾未清理。责任单位：南城街道。
今年是我区文明城市复查年，上述责任单位要高度重视环境卫生整治工作，对存在的问题务必于5月12日前整改完毕。整改完毕后报区创建工作督导组（邮箱：chuangjian@example.com）销号。经复查整改不到位的，将对责任单位予以通报。
"""

CONDITION = "各单位须于1月31日前完成整改。因特殊原因未能按时整改到位的，执行督办、销号程序。"


def test_a_notice_whose_closing_names_a_procedure_stays_a_plan():
    r = segment_text(NOTICE)
    assert len(r.findings) == 3
    assert r.kind == "plan"
    # without the flag the closing's 销号 reads as work done after the requirement, which it cancels
    closing = r.findings[0].measure
    assert closing is not None
    assert measure_says(V, closing.view)[:2] == (False, True)
    assert measure_says(OFF, closing.view)[:2] == (True, False)


def test_conditions_and_procedures_tell_nothing_done():
    assert measure_says(V, CONDITION) == (False, True, False)
    assert measure_says(V, "务必于5月12日前整改完毕，整改完毕后报区创建办销号。")[0] is False
    # work told done stays done
    assert measure_says(V, "该问题已整改到位，已报区创建办销号。")[0] is True
    assert measure_says(V, "已达到整改的目的，隐患全部消除。")[0] is True
    # the flag off, and the older vocabulary, read the condition's done word as work done
    assert measure_says(OFF, CONDITION)[0] is True
    assert measure_says(OLD, CONDITION)[0] is True
