"""Reading vocabulary 1.8.0: item numbers written oddly (glued to a count, or a bare name line over
labelled fields) and one-cell-per-line tables with empty cells side by side and a note at the foot,
each on text composed for the test, and each read as before with the flag turned off."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

# --- an item whose number is glued to a count keeps its number ------------------------------------------

GLUED = """城关镇中心幼儿园关于卫生保健工作自查情况的报告

县教育局：
根据通知要求，我园对卫生保健工作开展了自查，现将情况报告如下。

一、发现的问题及整改情况

1.晨检记录不完整，部分班级缺少午检记录。整改措施：保健医生每日核对各班晨午检记录，10月8日起执行。

2.6名保育员未参加年度培训。整改措施：已安排10月20日统一参加县妇幼保健院培训。

3.消毒柜使用登记不规范。整改措施：重新印制登记表，由后勤主任每周检查。

二、下一步打算

我园将持续加强卫生保健管理。

城关镇中心幼儿园
2025年10月9日
"""


def test_an_item_numbered_n_glued_to_a_count_is_item_n():
    r = segment_text(GLUED)
    assert [f.finding.text[:5] for f in r.findings] == ["晨检记录不", "6名保育员", "消毒柜使用"]
    assert measure_texts(r)[1].startswith("已安排10月20日")
    before = segment_text(GLUED, vocabulary=vocabulary_without("number_glued_count"))
    assert len(before.findings) == 2


def test_the_last_item_glued_to_a_named_figure_is_that_item():
    # 3.2组…: the list's last item opens on a village group's number (2组), not a count word
    text = GLUED.replace("3.消毒柜使用登记不规范。", "3.2组活动室消毒柜使用登记不规范。")
    r = segment_text(text)
    assert [f.finding.text[:4] for f in r.findings][-1] == "2组活动"
    before = segment_text(text, vocabulary=vocabulary_without("number_glued_count"))
    assert len(before.findings) == 1


def test_a_decimal_heading_under_its_own_item_stays_a_decimal():
    # 2.1 under 2.: no list goes 1. 2.1 3., so the number is not read as item 2 again
    text = GLUED.replace("2.6名保育员未参加年度培训。", "2.保育员培训不足。\n\n2.1名保育员未参加年度培训。")
    r = segment_text(text)
    assert not any(f.finding.text.startswith("1名保育员") for f in r.findings)


# --- bare item-name lines head their items ----------------------------------------------------------

BARE = """县市场监管局关于专项督查反馈问题整改情况的报告

县委督查室：
根据督查反馈意见，我局逐项整改，现将整改情况报告如下：

第1项
问题：食品经营许可审批超时，抽查的12件中有3件超过法定时限。
整改措施：梳理审批流程，实行容缺受理，9月起审批时限压缩至10个工作日。
完成情况：已完成

第2项
问题：投诉举报处置反馈不及时。
整改措施：建立投诉举报周调度制度，由消保股每周通报办理进度。
完成情况：已完成

第3项
问题：执法记录仪使用率低。
整改措施：为执法人员配发记录仪8台，执法全程记录。
完成情况：已完成

县市场监督管理局
2025年9月30日
"""


def test_bare_item_name_lines_head_their_items():
    r = segment_text(BARE)
    assert len(r.findings) == 3
    assert [f.finding.text[:3] for f in r.findings] == ["第1项", "第2项", "第3项"]
    assert "执法记录仪" in r.findings[2].finding.text
    assert "第2项" not in measure_texts(r)[0]
    before = segment_text(BARE, vocabulary=vocabulary_without("bare_item_names"))
    assert "第2项" in measure_texts(before)[0]


def test_bare_names_out_of_sequence_head_nothing():
    r = segment_text(BARE.replace("第2项", "第5项"))
    assert "第5项" in measure_texts(r)[0]


# --- one cell per line: empty cells side by side, and the note at the foot ------------------------------

CELLS = """县农业农村局党组巡察反馈问题整改落实情况表
序号
反馈问题
整改措施
责任人
整改时限
整改情况
1
农机购置补贴公示不及时，2025年一季度补贴名单未公示
补充公示一季度补贴名单，建立每季度公示制度
李建国
2025年6月底
已完成
2
档案管理不规范，部分项目资料缺失
补齐12个项目的验收资料，指定专人管理档案
王海燕
2025年7月底
已完成
3
村级农技服务站作用发挥不够


2025年12月底
正在整改
备注：本表共3项问题，已完成2项，正在整改1项。
填表人：赵明
"""


def test_a_run_of_blank_lines_is_as_many_empty_cells_and_a_note_ends_the_table():
    r = segment_text(CELLS)
    assert len(r.findings) == 3
    assert r.findings[2].measure is None
    assert measure_texts(r)[0].startswith("补充公示一季度")
    before = segment_text(CELLS, vocabulary=vocabulary_without("blank_cell_runs", "cell_table_foot"))
    assert before.findings[2].measure is not None
