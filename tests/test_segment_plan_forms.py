"""Forms of an ordinary 整改方案 as a county office writes it: numbered measures inline after their
label, measures announced inside the paragraph that states the problem (对此，我局将采取以下措施：),
headings over body paragraphs, and owners and deadlines stated in a sentence. Text composed for the
test."""

from __future__ import annotations

import pytest
from segment_support import segment_text, vocabulary_without

_ITEMS = [
    ("城区道路破损未及时修补。", ["修补破损路面", "建立巡查制度", "落实养护经费"]),
    ("垃圾清运不及时。", ["增加清运频次", "配备清运车辆", "纳入月度考核"]),
    ("路灯损坏未维修。", ["更换损坏路灯", "建立报修台账", "每月巡检一次"]),
]
_MARKS = {"num": ["1.", "2.", "3."], "paren": ["（1）", "（2）", "（3）"], "circled": ["①", "②", "③"]}


def _plan(marks: list[str], items: int = 3, owner: str = "责任单位", deadline: str = "整改时限") -> str:
    out = ["某镇整改方案", ""]
    for i, (problem, fixes) in enumerate(_ITEMS[:items], 1):
        out.append(f"问题{i}：{problem}")
        out.append("整改措施：" + "；".join(m + x for m, x in zip(marks, fixes, strict=True)) + "。")
        out.append(f"{owner}：城建{i}股")
        if owner == "责任领导":
            out.append(f"责任人：李{i}")
        out.append(f"{deadline}：2024年{i + 5}月底前")
        out.append("")
    return "\n".join(out)


# --- 整改措施：1.…；2.…；3.… on one line, then the item's fields ------------------------------------


@pytest.mark.parametrize("items", [2, 3])
@pytest.mark.parametrize("family", list(_MARKS))
def test_inline_numbered_measures_keep_their_last_item_and_the_fields(family: str, items: int):
    r = segment_text(_plan(_MARKS[family], items))
    assert len(r.findings) == items
    for i, f in enumerate(r.findings, 1):
        assert len(f.measures) == 3
        assert [o.text for o in f.owners] == [f"城建{i}股"]
        assert f.deadline is not None and f.deadline.text == f"2024年{i + 5}月底前"


def test_leaders_persons_and_completion_limits_are_fields_of_each_item():
    r = segment_text(_plan(_MARKS["num"], 3, owner="责任领导", deadline="完成时限"))
    assert [[o.text for o in f.owners] for f in r.findings] == [[f"城建{i}股", f"李{i}"] for i in (1, 2, 3)]
    assert [f.deadline.text for f in r.findings if f.deadline] == ["2024年6月底前", "2024年7月底前", "2024年8月底前"]


def test_an_older_vocabulary_let_the_first_item_s_last_measure_head_the_rest():
    old = segment_text(_plan(_MARKS["num"]), vocabulary=vocabulary_without("labeled_measure_lists"))
    first = old.findings[0]
    assert len(first.measures) == 2 and not first.owners and first.deadline is None
