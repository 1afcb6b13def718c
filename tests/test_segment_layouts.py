"""Layouts beyond the seeds, each on a composed report, and the traps that must not fool the
segmenter (organising 一是, summary lines, closing boilerplate, findings without measures)."""

from __future__ import annotations

import pytest
from segment_support import segment_text

STATUS_LAYOUT = """XX区卫生健康局党组关于巡察整改进展情况的通报
根据区委统一部署，区委第二巡察组对区卫生健康局党组开展了巡察。现将整改进展情况予以公布。
一、关于落实主体责任方面
（一）反馈问题：落实全面从严治党主体责任不到位。
1.党组研究党风廉政建设不经常。
整改状态：完成
整改情况：2024年3月起党组会议每季度专题研究党风廉政建设1次，已研究2次，形成会议纪要2份。
完成情况：已完成
2.对下属单位监督不到位。
整改状态：阶段性完成
整改情况：一是制定《下属单位监督检查办法》；二是对5家下属单位开展专项检查，发现问题12个，已整改9个。
完成情况：持续整改，2024年12月底前完成
（二）反馈问题：财务管理不规范。
1.公务接待超标准。
整改状态：完成
整改情况：已追回超标准接待费用0.86万元，对2名责任人进行诫勉谈话。
完成情况：已完成
"""


def test_status_before_label_and_completion_after():
    r = segment_text(STATUS_LAYOUT)
    assert r.layout == "labeled" and r.kind == "progress_report"
    assert [f.title for f in r.findings] == ["党组研究党风廉政建设不经常", "对下属单位监督不到位", "公务接待超标准"]
    assert [f.status.text for f in r.findings] == ["完成", "阶段性完成", "完成"]
    second = r.findings[1]
    assert second.measure.text == "一是制定《下属单位监督检查办法》；二是对5家下属单位开展专项检查，发现问题12个，已整改9个。"
    assert [m.marker for m in second.measures] == ["一是", "二是"]
    assert "完成情况" not in second.measure.text and "整改状态" not in second.finding.text
    assert [g.text for g in r.groups] == ["（一）反馈问题：落实全面从严治党主体责任不到位。", "（二）反馈问题：财务管理不规范。"]
    assert r.findings[2].group == "反馈问题：财务管理不规范。"


PROBLEM_N_UNDER_AREA = """一、整改落实情况
1.关于“政治建设”方面
问题1：理论学习中心组学习流于形式。
整改措施：制定年度学习计划，全年开展集中学习12次，每次形成学习记录。
责任单位：办公室
整改时限：2024年6月底
问题2：意识形态工作责任制落实不到位。
整改措施：修订《意识形态工作责任制实施细则》。
责任单位：宣传股
整改时限：2024年5月底
2.关于“作风建设”方面
问题3：深入基层调研不经常。
整改措施：班子成员每季度到基层调研不少于2次。
责任单位：各班子成员
整改时限：长期坚持
"""


def test_problem_n_under_numbered_area_headings():
    r = segment_text(PROBLEM_N_UNDER_AREA)
    assert len(r.findings) == 3
    assert [g.text for g in r.groups] == ["1.关于“政治建设”方面", "2.关于“作风建设”方面"]
    assert [f.group for f in r.findings] == ["关于“政治建设”方面", "关于“政治建设”方面", "关于“作风建设”方面"]
    assert [f.deadline.text for f in r.findings] == ["2024年6月底", "2024年5月底", "长期坚持"]
    assert [[o.text for o in f.owners] for f in r.findings] == [["办公室"], ["宣传股"], ["各班子成员"]]
    assert r.findings[1].measure.text == "修订《意识形态工作责任制实施细则》。"


THREE_LEVELS = """二、整改落实情况
（一）政治建设方面
1.理论学习
（1）理论学习不深入。
整改情况：党组理论学习中心组开展专题学习6次。
（2）学用结合不紧密。
整改情况：围绕医共体建设开展专题调研3次，形成调研报告3篇。
2.组织建设
（1）“三会一课”制度落实不规范。
整改情况：对8个党支部开展专项检查，补齐会议记录。
（二）作风建设方面
1.纪律作风
（1）公车使用管理不严。
整改情况：修订《公务用车管理制度》，收回违规使用车辆1辆。
"""


def test_three_levels_innermost_labeled_items_are_findings():
    r = segment_text(THREE_LEVELS)
    assert [f.title for f in r.findings] == [
        "理论学习不深入", "学用结合不紧密", "“三会一课”制度落实不规范", "公车使用管理不严",
    ]
    assert all(len(f.measures) == 1 for f in r.findings)
    assert r.findings[2].group == "组织建设"


PROBLEMS_THEN_FIXES = """关于县医院巡察反馈问题整改工作的报告
一、存在的问题
1、理论学习不深入，学习计划执行不到位；2、财务管理不规范，存在白条入账现象；3、项目建设推进缓慢。
二、整改措施
1、严格执行学习计划，每月开展集中学习不少于1次（责任单位：办公室；完成时限：2024年12月底前）。
2、全面清理白条入账，由财务股负责，6月底前完成。
3、倒排工期，加快项目建设（责任单位：项目办；完成时限：2024年10月底前）。
"""


def test_problems_first_then_fixes_paired_by_number():
    r = segment_text(PROBLEMS_THEN_FIXES)
    assert r.layout == "problems_then_fixes"
    assert [f.title for f in r.findings] == ["理论学习不深入，学习计划执行不到位", "财务管理不规范，存在白条入账现象", "项目建设推进缓慢"]
    first, second, third = r.findings
    assert first.measure.text.startswith("严格执行学习计划")
    assert [o.text for o in first.owners] == ["办公室"] and first.deadline.text == "2024年12月底前"
    assert [o.text for o in second.owners] == ["财务股"] and second.deadline.text == "6月底前完成"
    assert third.measure.text.startswith("倒排工期") and third.deadline.text == "2024年10月底前"
    # The problem text stops before the next problem.
    assert "白条" not in first.finding.text


BLOCKS = """巡察整改任务清单
1.问题：干部培训经费使用不规范。
整改目标：培训经费全部按规定使用。
整改任务：清理2023年以来培训经费支出，违规支出全部追回。
责任单位：财务科
整改时限：2024年9月底前
整改完成情况：已清理支出凭证86笔，追回违规支出1.2万元。
2.问题：干部档案管理不规范。
整改目标：档案材料齐全规范。
整改任务：对全部干部档案开展专项审核。
责任单位：人事科
整改时限：2024年12月底前
"""


def test_target_task_and_completion_blocks():
    r = segment_text(BLOCKS)
    assert len(r.findings) == 2
    first = r.findings[0]
    assert first.title == "干部培训经费使用不规范"
    # The target is kept as its own field: it is neither the problem nor a measure.
    assert first.target.text == "培训经费全部按规定使用。"
    assert first.measure_label == "整改任务"
    assert [m.text for m in first.measures] == [
        "清理2023年以来培训经费支出，违规支出全部追回。", "已清理支出凭证86笔，追回违规支出1.2万元。",
    ]
    assert first.deadline.text == "2024年9月底前" and [o.text for o in first.owners] == ["财务科"]
    assert r.findings[1].target.text == "档案材料齐全规范。"
    assert r.findings[1].measure.text == "对全部干部档案开展专项审核。"


def _table_source(rows: list[list[str]]) -> tuple[str, list[list[list[tuple[int, int]]]]]:
    text, table, pos = "XX局巡察反馈问题整改方案\n", [], 0
    pos = len(text)
    for row in rows:
        cells = []
        for i, cell in enumerate(row):
            cells.append((pos, pos + len(cell)))
            pos += len(cell) + (1 if i + 1 < len(row) else 0)
        table.append(cells)
        text += "\t".join(row) + "\n"
        pos += 1
    return text, [table]


TABLE_ROWS = [
    ["序号", "问题", "整改措施", "责任单位", "整改时限"],
    ["1", "政府采购拆分项目规避招标", "一是对2021年以来采购项目全面自查；二是修订《采购管理办法》", "财务科", "2024年6月底"],
    ["2", "村卫生室设备闲置", "开展操作培训，设备全部投入使用", "", "2024年8月底"],
]


def test_word_table_rows_pair_by_header():
    text, tables = _table_source(TABLE_ROWS)
    r = segment_text(text, tables=tables)
    assert r.layout == "table" and r.kind == "plan"
    first, second = r.findings
    assert first.finding.text == "政府采购拆分项目规避招标"
    assert [m.marker for m in first.measures] == ["一是", "二是"]
    assert first.deadline.text == "2024年6月底" and [o.text for o in first.owners] == ["财务科"]
    # A blank owner cell is a blank field, not a missing one.
    assert second.owner_fields[0].label == "责任单位" and second.owner_fields[0].text == ""
    assert second.owners == []


def test_tab_separated_text_without_table_spans():
    text, _ = _table_source(TABLE_ROWS)
    r = segment_text(text)
    assert r.layout == "table" and [f.finding.text for f in r.findings] == [row[1] for row in TABLE_ROWS[1:]]


@pytest.mark.parametrize("label", ["整改措施", "整改情况", "整改落实情况", "整改进展情况", "整改完成情况"])
def test_label_variants(label):
    text = (
        "一、整改落实情况\n"
        f"1.针对“学习制度执行不严”的问题。\n{label}：修订学习制度，全年组织集中学习12次。\n"
        f"2.针对“公务接待不规范”的问题。\n{label}：清退超标准接待费用0.3万元。\n"
    )
    r = segment_text(text)
    assert [f.measure_label for f in r.findings] == [label, label]
    assert [f.title for f in r.findings] == ["学习制度执行不严", "公务接待不规范"]
    assert r.findings[1].measure.text == "清退超标准接待费用0.3万元。"


TRAPS = """XX县医保局党组关于巡察整改情况的通报
一、组织整改落实情况
局党组高度重视巡察整改工作，一是成立了以党组书记为组长的整改工作领导小组；二是制定整改方案，建立问题清单、任务清单、责任清单。
1.召开专题会议部署整改。
2.建立整改台账。
巡察反馈的37个问题，已整改完成34个，正在整改3个，整改完成率91.9%。
二、整改落实情况
1.针对“医保基金监管不严”的问题。
整改情况：一是追回违规使用的医保基金12.6万元；二是对3家定点医药机构解除协议。
2.针对“内控制度不健全”的问题。
3.针对“干部作风不实”的问题。
整改情况：
1.开展作风整顿专项行动；
2.对2名干部进行诫勉谈话。
下一步，我们将持续巩固整改成果，建立长效机制。
欢迎广大干部群众对巡察整改落实情况进行监督。
联系电话：0371-1234567
上一篇：关于开展医保宣传月活动的通知
XX县医疗保障局党组
2024年9月30日
"""


@pytest.fixture(scope="module")
def traps():
    return segment_text(TRAPS)


def test_trap_preamble_enumerations_are_not_findings_or_measures(traps):
    assert [f.title for f in traps.findings] == ["医保基金监管不严", "内控制度不健全", "干部作风不实"]
    assert "成立了以党组书记为组长" in traps.preamble.text
    assert all("领导小组" not in f.span.text for f in traps.findings)


def test_trap_summary_line_is_a_claim(traps):
    (claim,) = traps.claims
    assert claim.text.startswith("巡察反馈的37个问题")
    assert [(n.value, n.role) for n in claim.numbers] == [(37, "total"), (34, "done"), (3, "ongoing"), (91.9, "rate")]
    assert all(n.subject == "问题" for n in claim.numbers)


def test_trap_finding_without_measure_counts(traps):
    second = traps.findings[1]
    assert second.measure is None and second.measures == [] and second.measure_label is None


def test_trap_nested_numbering_and_closing(traps):
    last = traps.findings[2]
    assert [m.marker for m in last.measures] == ["1.", "2."]
    assert last.measure.text.endswith("对2名干部进行诫勉谈话。")
    assert "下一步" not in last.span.text and "欢迎" not in last.span.text
    kinds = [b.kind for b in traps.boilerplate]
    assert kinds == ["contact", "contact", "navigation", "signature", "signature"]


def test_inline_enumerators_only_at_sentence_starts():
    text = "一、整改落实情况\n1.针对“思想不统一”的问题。\n整改情况：统一是前提，召开会议统一思想。二是开展谈心谈话20人次。\n"
    (f,) = segment_text(text).findings
    # "统一是" is a word, so the only list starts at 二是 and the lead-in stays an item of its own.
    assert [m.marker for m in f.measures] == [None, "二是"]


def test_empty_and_plain_text_do_not_crash():
    assert segment_text("").findings == []
    r = segment_text("这是一段没有任何结构的文字。")
    assert r.findings == [] and r.kind == "unknown" and r.layout == "none"


UNNUMBERED = """反馈问题：政府采购程序不规范，存在化整为零规避招标。
整改情况：对2023年以来的采购项目全面自查，发现拆分采购2项，已对责任人诫勉谈话。
反馈问题：固定资产账实不符。
整改情况：完成资产清查，核销报废资产36件，账实相符。
"""


def test_unnumbered_problem_label_lines_open_findings():
    r = segment_text(UNNUMBERED)
    assert [f.title for f in r.findings] == ["政府采购程序不规范，存在化整为零规避招标", "固定资产账实不符"]
    assert r.findings[1].measure.text == "完成资产清查，核销报废资产36件，账实相符。"


WORK_REPORT_WITH_NEXT_STEPS = """XX局党组向巡察组的工作汇报
一、存在的主要问题
1.学习教育不够深入。部分党员干部学习流于形式。
2.项目资金拨付滞后。2023年有3个项目资金拨付超过规定时限。
二、下一步整改措施
1.建立学习考勤制度，每季度开展学习测试1次，2024年12月底前完成。
2.由财务股负责，建立项目资金拨付台账，9月底前完成全部拨付。
"""


def test_work_report_problems_pair_with_next_step_measures():
    r = segment_text(WORK_REPORT_WITH_NEXT_STEPS)
    assert r.kind == "work_report" and r.layout == "problems_then_fixes"
    first, second = r.findings
    assert first.title == "学习教育不够深入" and first.measure.text.startswith("建立学习考勤制度")
    assert first.deadline.text == "2024年12月底前完成"
    assert [o.text for o in second.owners] == ["财务股"] and second.deadline.text == "9月底前完成"


HARD_WRAPPED = """二、整改落实情况
1.针对“政治站位不高。县卫健局对健康扶贫不够重视,
健康扶贫牵头抓总作用发挥不强”的问题。
**整改情况**：一是开展专题培训3期。二是包抓领导每月到镇村督导1次。
2.针对“政策宣传不及时”的问题。
**整改情况**：印发宣传单5000份。
"""


def test_hard_wrapped_quotes_and_markdown_bold_labels():
    r = segment_text(HARD_WRAPPED)
    first, second = r.findings
    assert first.title == "政治站位不高。县卫健局对健康扶贫不够重视,健康扶贫牵头抓总作用发挥不强"
    assert first.finding.text.endswith("作用发挥不强")
    assert first.measure_label == "整改情况" and [m.marker for m in first.measures] == ["一是", "二是"]
    assert second.measure.text == "印发宣传单5000份。"


def test_quoted_finding_with_details_keeps_the_details():
    text = "二、整改落实情况\n1.针对“采购不规范”的问题。具体表现为“拆分采购”。\n整改情况：修订采购制度。\n"
    (f,) = segment_text(text).findings
    assert f.finding.text == "针对“采购不规范”的问题。具体表现为“拆分采购”。"
