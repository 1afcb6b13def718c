"""Reading vocabulary 1.5.0: forms first-time writers use, each on text composed for the test, and
each read as before with the older vocabulary or with its flag turned off."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

OLD = load_vocabulary("1.4.0")


def _problems(r) -> list[str]:
    return [f.finding.text for f in r.findings]


# --- an answer that points back makes its item a finding, whatever its words -----------------------

POINTED_BACK = """关于信访工作督查反馈问题整改情况的汇报

一、基本情况
今年3月，督查组对我局信访工作进行了督查，指出了4个问题，我局逐项进行了整改。
二、督查反馈问题整改情况
（一）部分信访事项办理超期。督查发现去年有9件网上信访事项办理逾期。针对这一问题，我局修订了办理规程，实行到期提醒制度，由办公室每周通报办理进度。
（二）答复意见书不规范，部分答复未告知复查途径。针对这一问题，我局组织业务股室学习了条例，规范了答复文书。
（三）重复信访较多，个别欠薪问题久拖未决。针对这一问题，我局会同住建局开展专项调查，督促支付拖欠工资52万元。
（四）信访档案管理不规范，部分案卷材料不全。目前正在对2023年以来的信访档案进行整理。
三、下一步工作打算
（一）巩固整改成果，防止问题反弹。
"""


def test_an_item_an_answer_points_back_to_is_a_finding_whatever_its_words():
    r = segment_text(POINTED_BACK)
    assert len(r.findings) == 4
    assert "办理超期" in r.findings[0].finding.text
    assert measure_texts(r)[0].startswith("针对这一问题，我局修订了办理规程")
    without = segment_text(POINTED_BACK, vocabulary=vocabulary_without("answer_back_vouches", "announced_count_carried"))
    assert not any("办理超期" in p for p in _problems(without))


def test_work_under_way_answers_the_item_it_follows():
    r = segment_text(POINTED_BACK)
    assert measure_texts(r)[3].startswith("目前正在对2023年以来的信访档案进行整理")
    assert "目前正在" not in r.findings[3].finding.text
    old = segment_text(POINTED_BACK, vocabulary=OLD)
    assert all("办理超期" not in p for p in _problems(old))


# --- an item whose rest opens on its siblings' field label is answered as they are ------------------

SIBLING_LABELS = """县第三中学关于督导反馈问题整改回头看情况的报告

一、总体情况
去年督导反馈的4个问题，经回头看，已整改到位3个，仍需持续整改1个。
二、逐项回头看情况
1.问题：学生课业负担偏重，部分班级书面作业时长超标。
原整改措施：制定作业公示制度，各班每日公示作业内容。
回头看情况：抽查8个班级作业公示记录，7个班级坚持公示。
2.问题：体育课开课不足，每周只安排体育课2节。
原整改措施：调整课程表。
回头看情况：春季学期课程表已按每周3节安排。
3.问题：校园周边交通安全存在隐患，校门口车辆乱停乱放。
原整改措施：与交警部门沟通。
回头看情况：多次与交警中队沟通协调，效果不明显，问题仍未解决。
4.问题：家长委员会作用发挥不够。
原整改措施：健全家长委员会制度。
回头看情况：已制定家委会章程，每学期召开会议2次。
三、下一步打算
对未到位的问题明确专人负责。
"""


def test_an_item_whose_answer_reads_as_faults_is_kept_by_its_siblings_field_label():
    r = segment_text(SIBLING_LABELS)
    assert len(r.findings) == 4
    assert "车辆乱停乱放" in r.findings[2].finding.text
    assert measure_texts(r)[2].startswith("原整改措施：与交警部门沟通")
    without = segment_text(SIBLING_LABELS, vocabulary=vocabulary_without("sibling_rest_labels"))
    assert not any("车辆乱停乱放" in p for p in _problems(without))


# --- a plan's numbered matters ---------------------------------------------------------------------

MATTERS = """青石镇落实环境保护督察反馈问题整改方案

一、总体目标
2025年12月底前完成全部整改任务。
二、整改任务
整改事项一：沿河生活污水直排
问题描述：沿河有生活污水排口11处，约260户居民生活污水未经处理直排入河。
整改措施：新建污水管网约1.8公里，接入镇污水处理厂。
责任领导：副镇长 胡志明
整改时限：2025年10月31日
整改事项二：污水处理厂运行不正常
问题描述：实际日均处理量仅640吨，在线监测设备停运。
整改措施：督促运维单位8月15日前修复在线监测设备。
责任领导：副镇长 胡志明
整改时限：2025年11月30日
整改事项三：建筑垃圾随意倾倒
问题描述：国道路边存在建筑垃圾乱堆乱倒，约1200立方米。
整改措施：加强巡查，发现一起查处一起。
责任领导：武装部长 杨波
整改时限：立行立改，长期坚持
三、保障措施
强化组织领导。
"""


def test_a_plans_numbered_matter_titles_its_finding():
    r = segment_text(MATTERS)
    assert len(r.findings) == 3
    assert "污水处理厂运行不正常" in r.findings[1].finding.text
    assert "污水处理厂运行不正常" not in r.findings[0].finding.text + measure_texts(r)[0]
    old = segment_text(MATTERS, vocabulary=OLD)
    assert all("污水处理厂运行不正常" not in p for p in _problems(old))


# --- labelled problems are kept whole -------------------------------------------------------------

STATUS_BETWEEN = """关于食品安全督查反馈问题整改情况的报告

一、整改工作开展情况
收到反馈意见后，局党组高度重视，召开会议专题研究部署。
二、反馈问题整改落实情况
问题1：部分学校食堂明厨亮灶设备未正常运行，抽查的12所学校中有3所视频不能接入监管平台。
整改状态：已完成
整改情况：10月上旬对全县86所学校食堂逐一检查，7所已于10月25日前完成设备维修和平台接入。
问题2：农村集体聚餐备案管理不到位，部分乡镇备案率偏低，个别乡厨健康证过期未换。
整改状态：已完成
整改情况：各市场监管所加强了对农村集体聚餐的指导服务。
问题3：基层所快检室使用率不高，部分快检室试剂过期。
整改状态：已完成
整改情况：已整改到位。
三、下一步工作打算
（一）巩固整改成果。
"""


def test_a_labelled_problem_is_one_finding_whatever_commas_it_holds():
    r = segment_text(STATUS_BETWEEN)
    assert len(r.findings) == 3
    assert "明厨亮灶" in r.findings[0].finding.text and "不能接入监管平台" in r.findings[0].finding.text
    assert measure_texts(r)[2] == "已整改到位。"
    without = segment_text(STATUS_BETWEEN, vocabulary=vocabulary_without("labelled_items_whole"))
    assert len(without.findings) > 3


# --- tables pasted as text ------------------------------------------------------------------------

CELLS_PER_LINE = """小学食堂食品安全整改台账

序号
存在问题
整改措施
责任人
整改时限
整改情况
1
从业人员健康证过期，2名帮厨人员健康证已到期。
安排2名帮厨人员体检，健康证未办好前暂停上岗。
后勤主任 谭永红
2025年10月20日
已完成
2
生熟砧板、刀具未分开使用，标识不清。

食堂管理员 罗慧
2025年11月10日
整改中
3
防鼠设施不完善，排水沟出口未安装防鼠网。
排水沟出口安装防鼠网，更换破损纱窗。
总务主任 刘建
2025年10月25日
已完成

填表人：黄丽
"""


def test_a_blank_line_inside_a_record_is_an_empty_cell():
    r = segment_text(CELLS_PER_LINE)
    assert len(r.findings) == 3
    assert "砧板" in r.findings[1].finding.text
    assert measure_texts(r)[1] == ""
    without = segment_text(CELLS_PER_LINE, vocabulary=vocabulary_without("blank_cells"))
    assert "罗慧" in " ".join(measure_texts(without))


EXCEL_COPY = (
    "镇卫生院医保基金自查问题清单\n"
    "序号\t问题类型\t存在问题\t整改措施\t责任科室\t整改时限\t整改情况\n"
    "一、违规收费\t\t\t\t\t\t\n"
    "1\t重复收费\t住院患者重复收取输液费用，涉及46人次\t\"1.立即停止重复收费；\n2.已将1380元退回医保基金账户\"\t财务科\t2025年5月20日\t已完成\n"
    "2\t超标准收费\t\"护理级别与医嘱不符，\n一级护理按特级护理收费\"\t全额退回医保基金\t护理部\t2025年5月31日\t已完成\n"
    "二、诊疗行为\t\t\t\t\t\t\n"
    "3\t超限定用药\t超医保限定支付范围使用注射用血栓通\t\t药剂科\t2025年6月30日\t整改中\n"
    "4\t挂床住院\t2名住院患者长时间离院，未办理请假手续\t住院费用全额退回医保基金\t内科\t2025年5月15日\t已完成\n"
    "\n填表人：黄丽娟\n"
)


def test_excel_quoted_cells_and_section_rows_stay_in_one_table():
    r = segment_text(EXCEL_COPY)
    assert len(r.findings) == 4
    assert "一级护理按特级护理收费" in r.findings[1].finding.text
    assert "已将1380元退回" in measure_texts(r)[0]
    assert [m.text for m in r.findings[0].measures][:2] == ["1.立即停止重复收费；", "2.已将1380元退回医保基金账户"]
    assert segment_text(EXCEL_COPY, vocabulary=OLD).findings == []


def test_a_bare_under_way_beside_an_empty_measure_cell_is_no_measure():
    r = segment_text(EXCEL_COPY)
    assert measure_texts(r)[2] == ""
    without = segment_text(EXCEL_COPY, vocabulary=vocabulary_without("status_cell_alone"))
    assert measure_texts(without)[2] == "整改中"


# --- cases handed over for handling ----------------------------------------------------------------

HANDED_OVER = """街道办事处关于督察交办信访件办理情况的报告

督察组进驻期间共向我街道交办群众信访举报件3件。现将办理情况报告如下：

一、交办编号：X2025051200347
反映情况：路口烧烤店每天晚上油烟很大，直排进居民楼。
调查核实情况：该店安装有油烟净化器但未正常使用。
是否属实：属实
处理和整改情况：执法人员当场责令其停止露天烧烤，拆除露天烧烤炉2个。
问责情况：无

二、交办编号：X2025051700512
反映情况：小区后面的河道有生活污水流入，水发黑发臭。
调查核实情况：一处雨污混接点将生活污水排入河道。
是否属实：属实
处理和整改情况：已临时封堵混接口，计划于2025年10月底前完成雨污分流改造。
问责情况：对社区网格员进行批评教育。

三、交办编号：X2025060200791
反映情况：汽修厂喷漆没有防护，气味很大。
调查核实情况：喷漆作业时未关闭房门，活性炭长期未更换。
是否属实：属实
处理和整改情况：加强日常巡查，切实做好大气污染防治工作。
问责情况：无
"""


def test_a_complaints_report_reads_each_case_as_a_finding_with_what_was_done():
    r = segment_text(HANDED_OVER)
    assert len(r.findings) == 3
    assert "水发黑发臭" in r.findings[1].finding.text
    assert measure_texts(r)[1].startswith("已临时封堵混接口")
    assert segment_text(HANDED_OVER, vocabulary=OLD).findings == []


def test_a_closing_next_step_below_the_last_case_is_no_part_of_its_answer():
    text = HANDED_OVER + "\n下一步，街道将举一反三，开展拉网式排查，严防问题反弹。\n"
    r = segment_text(text)
    assert len(r.findings) == 3
    assert "下一步" not in measure_texts(r)[2]
    without = segment_text(text, vocabulary=vocabulary_without("closing_paragraph_apart"))
    assert "下一步" in measure_texts(without)[2]
