"""Forms of an ordinary 整改方案 as a county office writes it: numbered measures inline after their
label, measures announced inside the paragraph that states the problem (对此，我局将采取以下措施：),
headings over body paragraphs, and owners and deadlines stated in a sentence. Text composed for the
test."""

from __future__ import annotations

import pytest
from segment_support import segment_text, vocabulary_without

from checker.models import Source
from checker.options import ReviewOptions
from checker.pipeline import review_source
from checker.rubric import load_rubric
from checker.segment.fields import loose_fields
from checker.vocabulary import load_vocabulary

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


# --- 一、关于…的问题 over a paragraph: 对此，我局将采取以下措施：一是…；二是…。 ---------------------------

LEAD_IN_PLAN = """某县卫生健康局关于巡察反馈问题的整改方案

县委第二巡察组于2024年3月对我局开展了巡察。现将整改方案报告如下。

一、关于医疗废物处置不规范的问题
2023年有4家乡镇卫生院医疗废物暂存点未设置警示标识，转运台账记录不全。针对此问题，我局将采取以下整改措施：一是6月底前为4家卫生院补设警示标识；二是统一印发医疗废物转运台账样式；三是每季度开展一次专项督查。此项工作由医政股负责，责任人陈明，2024年9月30日前完成。

二、关于药品采购未执行集中采购的问题
2023年县中医院有12个品种药品未通过省平台集中采购，涉及金额36万元。整改措施：一是停止线下采购；二是对相关责任人进行约谈。此项工作由药政股负责，责任人刘芳，2024年7月31日前完成。

三、关于家庭医生签约服务流于形式的问题
抽查发现，部分村卫生室签约居民随访记录雷同。为此，我局拟采取如下措施：一是开展随访记录专项清理；二是将签约服务质量纳入绩效考核。此项工作由基层卫生股负责，责任人王强，2024年8月31日前完成。

某县卫生健康局
2024年4月10日
"""


def test_a_sentence_announcing_measures_opens_the_measure_inside_the_paragraph():
    r = segment_text(LEAD_IN_PLAN)
    assert len(r.findings) == 3
    first, _, third = r.findings
    assert first.finding.text.endswith("转运台账记录不全。")
    assert "采取以下" not in first.finding.text
    assert first.measure is not None and first.measure.text.startswith("一是6月底前")
    assert len(first.measures) == 3
    assert third.measure is not None and third.measure.text.startswith("一是开展随访记录专项清理")
    assert "如下措施" not in third.finding.text


def test_an_older_vocabulary_read_the_announced_measures_as_the_finding_s_own_text():
    old = segment_text(LEAD_IN_PLAN, vocabulary=vocabulary_without("measure_lead_ins", "lost_label_answer_back"))
    assert old.findings[0].measure is None
    assert "一是6月底前" in old.findings[0].finding.text


def test_measures_announced_at_a_paragraph_s_end_open_the_lines_after_it():
    text = LEAD_IN_PLAN.replace("我局将采取以下整改措施：一是", "我局将采取以下整改措施：\n一是")
    first = segment_text(text).findings[0]
    assert first.finding.text.endswith("转运台账记录不全。")
    assert first.measure is not None and first.measure.text.startswith("一是6月底前")


# --- the heading over the paragraph is the title ----------------------------------------------------


def test_a_heading_over_its_paragraph_is_the_finding_s_title_alone():
    r = segment_text(LEAD_IN_PLAN)
    assert [f.title for f in r.findings] == [
        "关于医疗废物处置不规范的问题", "关于药品采购未执行集中采购的问题", "关于家庭医生签约服务流于形式的问题",
    ]
    old = segment_text(LEAD_IN_PLAN, vocabulary=vocabulary_without("heading_own_title"))
    assert old.findings[1].title.startswith("关于药品采购未执行集中采购的问题2023年")


def test_a_heading_that_states_a_sentence_keeps_the_title_it_had():
    text = LEAD_IN_PLAN.replace("一、关于医疗废物处置不规范的问题", "一、医疗废物处置不规范。暂存点管理混乱")
    r = segment_text(text)
    assert r.findings[0].title == "医疗废物处置不规范"


# --- 此项工作由医政股负责，责任人陈明，2024年9月30日前完成。 ------------------------------------------


def _phrases(text: str, vocabulary=None) -> list[tuple[str, str, str]]:
    v = vocabulary or load_vocabulary()
    return [(h.kind, h.label, text[h.start : h.end]) for h in loose_fields(v, text, 0, len(text))]


def test_the_person_named_to_answer_and_the_date_completing_the_work_are_read():
    text = "一是6月底前补设警示标识；二是统一台账样式。此项工作由医政股负责，责任人陈明，2024年9月30日前完成。"
    assert _phrases(text) == [
        ("owner", "责任单位", "医政股"), ("owner", "责任人", "陈明"), ("deadline", "完成时限", "2024年9月30日前完成"),
    ]
    old = _phrases(text, vocabulary_without("phrase_person_deadline"))
    assert old == [("owner", "责任单位", "医政股"), ("deadline", "完成时限", "6月底前")]


def test_a_step_s_date_is_the_deadline_where_no_date_completes_the_work():
    assert _phrases("一是6月底前补设警示标识；二是由医政股负责统一台账样式。") == [
        ("owner", "责任单位", "医政股"), ("deadline", "完成时限", "6月底前"),
    ]


def test_a_plan_s_review_names_each_item_s_unit_person_and_deadline():
    source = Source(path="plan.txt", text=LEAD_IN_PLAN, format="txt")
    review = review_source(source, load_rubric(None), ReviewOptions())
    assert [f.owners for f in review.findings] == [["医政股", "陈明"], ["药政股", "刘芳"], ["基层卫生股", "王强"]]
    assert [f.deadline for f in review.findings] == ["2024年9月30日前完成", "2024年7月31日前完成", "2024年8月31日前完成"]


def test_a_heading_ending_in_a_colon_is_completed_by_the_lines_below_it():
    text = LEAD_IN_PLAN.replace("一、关于医疗废物处置不规范的问题", "一、医疗废物管理：")
    assert segment_text(text).findings[0].title.startswith("医疗废物管理：2023年")


def test_a_heading_over_a_line_labelled_as_the_finding_keeps_the_title_it_had():
    text = LEAD_IN_PLAN.replace("一、关于医疗废物处置不规范的问题\n", "一、医疗废物管理\n存在问题：")
    new = segment_text(text).findings[0].title
    assert new == segment_text(text, vocabulary=vocabulary_without("heading_own_title")).findings[0].title
