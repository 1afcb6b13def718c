"""The features the trust in a reading is judged from describe what they claim to, on composed text:
a measure of page noise is no measure, a table row's short fault cell is stated with its name cell,
a fix that names its own problem is not paired crosswise, an overview told before the problems is
no missed problem, and a caption, a lead-in or a section's opening paragraph is no orphan measure."""

from __future__ import annotations

from segment_support import measure_texts, segment_text

# --- without_measure: a measure of page noise says nothing ---------------------------------------

NOISE_MEASURE = """某街道文明创建督查整改情况

一、问题：背街小巷环境卫生保洁不到位，垃圾清运不及时。
整改情况：, e; {0 {. G2 Z$ N* H; \\0 @# Y . A5 T7 T/ v5 ~: H7 A/ a/ `6
二、问题：农贸市场周边流动摊贩占道经营。
整改情况：已组织城管队员每日巡查，劝离占道摊贩15户。
"""


def test_a_measure_of_page_noise_is_no_measure():
    r = segment_text(NOISE_MEASURE)
    assert len(r.findings) == 2
    assert "G2 Z$" in measure_texts(r)[0]  # read as the first finding's measure ...
    assert r.segmentation.features["without_measure"] == 0.5  # ... but it says nothing


def test_a_measure_with_a_latin_name_or_figures_among_its_words_is_a_measure():
    text = NOISE_MEASURE.replace(", e; {0 {. G2 Z$ N* H; \\0 @# Y . A5 T7 T/ v5 ~: H7 A/ a/ `6", "已购置2台APP巡查终端，每日清运垃圾3次。")
    r = segment_text(text)
    assert r.segmentation.features["without_measure"] == 0.0


# --- tiny_findings: a table row states its fault with its name cell -------------------------------

NAMED_ROWS = """县政务公开办关于政务新媒体检查情况的通报
按照全县统一部署，县政务公开办对全县政务新媒体进行了检查，现将情况通报如下：
一、检查情况
部分政务新媒体存在长期不更新的问题。
账号类型 |
账号名称 |
主办单位 |
问题类别 |
最后更新日期 |
微信 |
清河微报 |
清河镇 |
更新不及时 |
1月5日 |
微信 |
幸福东坪 |
东坪乡 |
更新不及时 |
1月9日 |
微信 |
南山之声 |
南山镇 |
更新不及时 |
12月20日 |
二、整改措施
针对上述问题，县政务公开办已通知相关单位限期整改，要求五个工作日内更新内容。
"""


def test_a_table_row_s_short_fault_cell_is_stated_with_its_name_cell():
    r = segment_text(NAMED_ROWS)
    assert r.layout == "table"
    assert (r.findings[0].title, r.findings[0].finding.text) == ("清河微报", "更新不及时")
    assert r.segmentation.features["tiny_findings"] == 0.0


def test_a_short_problem_that_is_its_own_title_is_still_tiny():
    r = segment_text("""村级财务巡察整改情况

一、问题：账目不清。
整改情况：已聘请会计重新建账，逐笔核对往来款项。
二、问题：食堂采购未经公开招标。
整改情况：已制定采购管理制度，大宗采购一律公开招标。
""")
    assert r.segmentation.features["tiny_findings"] == 0.5


# --- crosswise_fixes: a fix that names its own problem answers it ---------------------------------

CROSSED = """镇交通安全自查整改情况

一、问题：部分驾驶员无证驾驶摩托车上路。
整改情况：开展路面整顿，{fix}严查面包车非法载客。
二、问题：面包车非法载客现象普遍。
整改情况：开通农村客运班线，满足群众出行需求。
"""


def test_a_fix_that_names_its_own_problem_is_not_crosswise_though_it_names_another_s():
    r = segment_text(CROSSED.format(fix="查处无证驾驶行为，"))
    assert r.segmentation.features["crosswise_fixes"] == 0.0


def test_a_fix_that_names_only_another_finding_s_problem_is_crosswise():
    r = segment_text(CROSSED.format(fix=""))
    assert r.segmentation.features["crosswise_fixes"] == 0.5
