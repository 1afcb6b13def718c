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


# --- unexplained_items: how things stand, told before the problems, is no missed problem -----------

STANDING = """镇文化站复查工作报告

按照县文广局通知要求，我镇对各村文化活动室进行了全面复查，现将情况报告如下。
一、基本情况
全镇建有文化活动室9个，均配有专门管理人员。
二、活动室管理和使用情况
1、各活动室面积均达到标准，能够正常开放。
2、每个活动室都配备了音响、桌椅和图书柜。
3、活动室的管理制度统一制作，并张贴上墙。
三、存在问题
1、部分活动室开放时间不固定，群众反映找不到人。
2、图书更新缓慢，借阅登记不完整。
3、个别活动室器材损坏后未及时维修。
"""


def test_items_before_the_problems_that_state_no_fault_are_an_overview():
    r = segment_text(STANDING)
    assert len(r.findings) == 3
    assert [n.reason for n in r.segmentation.not_findings] == ["overview"] * 3
    assert r.segmentation.features["unexplained_items"] == 0.0


def test_a_heading_before_the_problems_may_title_problems_and_stays_unexplained():
    r = segment_text(STANDING.replace("3、活动室的管理制度统一制作，并张贴上墙。", "3、活动室管理制度方面"))
    assert [n.reason for n in r.segmentation.not_findings] == ["overview", "overview", "unexplained"]
    assert r.segmentation.features["unexplained_items"] > 0


AMONG = """小学寒假前安全大检查总结

1月10日，在校领导的安排下，学校总务、德育、体育组安全小组人员对学校校舍、设施进行了全面检查。
1、我校食堂墙体坚固。
2、食堂后门发现消防通道被杂物堵塞，有安全隐患，已经安排后勤人员当天清理完毕。
3、体育器材坚固稳定。
4、校园排水系统正常，窨井内无积水。
5、二楼走廊灭火器压力不足，有失效风险，经和消防公司联系，已全部更换。
6、部分教室电源插座松动，有触电隐患，经和电工联系，已逐一紧固。
"""


def test_items_among_the_findings_that_state_no_fault_nor_act_are_an_overview():
    r = segment_text(AMONG)
    assert len(r.findings) == 3
    assert [(n.text[:2], n.reason) for n in r.segmentation.not_findings] == [
        ("1、", "overview"), ("3、", "overview"), ("4、", "overview")
    ]
    assert r.segmentation.features["unexplained_items"] == 0.0


PLANS = """小学安全检查整改情况

一、存在问题
1、教学楼二楼走廊灭火器过期未更换。
2、体育器材坚固稳定。
3、食堂后门消防通道被杂物堵塞。
4、校园排水系统正常，窨井内无积水。
二、整改措施
1、已更换过期灭火器8具。
2、已清理食堂后门杂物，保持通道畅通。
三、下学期工作重点
1、继续开展消防安全培训。
2、加强对食堂的日常检查。
"""


def test_items_after_every_finding_and_measure_that_say_what_is_to_be_done_are_next_steps():
    r = segment_text(PLANS)
    assert len(r.findings) == 4
    assert [n.reason for n in r.segmentation.not_findings] == ["next_steps", "next_steps"]
    assert r.segmentation.features["unexplained_items"] == 0.0


def test_an_item_after_the_findings_that_names_a_fault_stays_unexplained():
    r = segment_text(PLANS.replace("2、加强对食堂的日常检查。", "2、食堂留样记录不全。"))
    assert [n.reason for n in r.segmentation.not_findings] == ["next_steps", "unexplained"]
    assert r.segmentation.features["unexplained_items"] > 0


# --- orphan_actions: a caption and a section's opening paragraph are no measures -----------------

CAPTIONED = """党支部巡察整改专题组织生活会

11月5日，党支部召开巡察整改专题组织生活会。
会议第一项，学习有关文件，把思想统一到巡察整改工作上来。
会议第二项，支部书记代表支委作对照检查。对照整改清单，支委工作中的突出问题包括：理论学习深度不够；组织生活会质量不高；支部活动形式单一；发展党员工作程序不规范。
（全体党员认真开展批评与自我批评，逐一认领问题清单）
"""


def test_a_caption_in_brackets_is_no_orphan_measure():
    r = segment_text(CAPTIONED)
    assert len(r.findings) == 4
    assert r.segmentation.features["orphan_actions"] == 0.0


def test_the_same_words_as_a_paragraph_of_the_report_are_an_orphan_measure():
    r = segment_text(CAPTIONED.replace("（全体党员认真开展批评与自我批评，逐一认领问题清单）", "全体党员认真开展批评与自我批评，逐一认领问题清单。"))
    assert r.segmentation.features["orphan_actions"] == 0.25


SECTIONS = """市国有资产管理审计情况

（一）市属企业国有资产管理方面
审计了8家市属企业，重点关注了资产的购置、使用和处置情况。
审计发现的主要问题：
1.部分企业房屋长期闲置。个别企业购置的办公用房3年未投入使用。
2.会计信息不实。3家企业少计资产负债。
（二）行政事业单位国有资产管理方面
审计了20个部门，从审计情况看，相关单位能够建立健全资产管理制度。
审计发现的主要问题：
1.部分单位资产核算不实。12家单位的设备未计入固定资产。
2.资产处置不规范。5家单位未经审批处置车辆。
"""


def test_a_section_s_opening_paragraph_before_its_findings_is_no_orphan_measure():
    r = segment_text(SECTIONS)
    assert len(r.findings) == 4
    assert r.segmentation.features["orphan_actions"] == 0.0


def test_a_paragraph_under_a_heading_with_no_finding_after_it_is_an_orphan_measure():
    r = segment_text(SECTIONS + "（三）社保基金管理方面\n审计了3家基金管理单位，相关单位已建立健全基金管理制度。\n")
    assert r.segmentation.features["orphan_actions"] == 0.25
