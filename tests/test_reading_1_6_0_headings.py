"""Reading vocabulary 1.6.0: forms of real inspection notices, each on text composed for the test,
and each read as before without its flag or with the older vocabulary."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

OLD = load_vocabulary("1.5.0")


def _problems(r) -> list[str]:
    return [f.finding.text for f in r.findings]


# --- a numbered item named before its colon speaks for a section by its name ----------------------

NAMED_ITEMS = """4月份，学校后勤检查组对各教学楼进行了安全检查，发现主要存在以下问题：
1、A101教室：整改情况台账未按时登记。
2、B203教室：插线板私拉乱接，灭火器过期。
3、C305机房：空调滤网未清洗。
请各单位高度重视，立即落实整改，消除安全隐患。
"""


def test_a_named_item_whose_words_hold_a_measure_heading_is_still_an_item():
    r = segment_text(NAMED_ITEMS)
    assert len(r.findings) == 3
    assert "台账未按时登记" in r.findings[0].finding.text
    assert "空调滤网" in r.findings[2].finding.text
    assert all("立即落实整改" in m for m in measure_texts(r))
    # without the rule the first item's 整改情况 makes it a measures heading and nothing is read
    assert len(segment_text(NAMED_ITEMS, vocabulary=vocabulary_without("named_item_heading")).findings) != 3


# --- 发现以下现象： announces the problems -----------------------------------------------------------

PHENOMENA = """关于节约用电检查情况的通报

5月上旬，后勤处组织人员对办公区用电情况进行检查，发现以下现象：

一、二号楼有三间办公室人走未关空调。

二、图书馆阅览室白天照明灯全部开启。

三、部分楼道的路灯昼夜常亮。

希望各单位加强管理，随手关灯，杜绝浪费。
"""


def test_an_intro_announcing_the_phenomena_found_heads_problems():
    r = segment_text(PHENOMENA)
    assert len(r.findings) == 3
    assert "未关空调" in r.findings[0].finding.text
    assert "昼夜常亮" in r.findings[2].finding.text
    assert all("加强管理" in m for m in measure_texts(r))
    assert len(segment_text(PHENOMENA, vocabulary=OLD).findings) != 3
