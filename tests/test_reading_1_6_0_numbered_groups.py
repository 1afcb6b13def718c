"""Reading vocabulary 1.6.0: numbered problems answered by numbered measures inside a labelled group,
lists numbered straight through their sections, next-steps plans after answered findings, and the
处理意见 label; each on text composed for the test, and each read as before with its flag off."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

# --- a group's numbered problems answered by its numbered measures ------------------------------------

GROUPS = """关于财务收支审计发现问题整改情况的报告

县审计局：
根据审计报告，我乡认真组织整改，现将整改情况报告如下：
一、审计发现问题的整改情况
（一）收入管理方面
审计指出：1.食堂收入未纳入单位账户核算，共计2.6万元；2.门面租金收取不及时，拖欠8个月。整改情况：1.已将2.6万元全部转入单位账户；2.已收回拖欠租金并签订补充协议。
（二）支出管理方面
审计指出：1.超标准列支会议费0.8万元；2.办公用品采购未履行询价程序。整改情况：1.相关人员已退回超标准会议费0.8万元。
二、下一步工作
我乡将加强财务管理，确保整改到位。

城南乡人民政府
2025年6月3日
"""


def test_a_groups_numbered_problems_are_findings_each_answered_by_its_number():
    r = segment_text(GROUPS)
    assert [f.finding.text[:6] for f in r.findings] == ["食堂收入未纳", "门面租金收取", "超标准列支会", "办公用品采购"]
    assert [f.group for f in r.findings] == ["收入管理方面", "收入管理方面", "支出管理方面", "支出管理方面"]
    assert measure_texts(r)[:3] == ["已将2.6万元全部转入单位账户；", "已收回拖欠租金并签订补充协议。", "相关人员已退回超标准会议费0.8万元。"]
    assert r.findings[3].measure is None
    before = segment_text(GROUPS, vocabulary=vocabulary_without("numbered_answers"))
    assert len(before.findings) == 2


def test_more_answers_than_problems_keep_the_group_one_finding():
    # three numbered steps for two numbered details: the steps are the measure of one finding
    more = GROUPS.replace("2.已收回拖欠租金并签订补充协议。", "2.已收回拖欠租金；3.已签订补充协议。")
    r = segment_text(more)
    assert r.findings[0].finding.text.startswith("收入管理方面")


# --- a list numbered straight through its sections ----------------------------------------------------

STRAIGHT = """关于安全检查发现问题整改情况的报告

县应急管理局：
现将我公司安全检查发现问题的整改情况报告如下：
一、管理制度方面
（一）安全培训记录不全，新入职员工未进行三级教育。
整改措施：已对12名新员工补做三级教育并建立培训档案。
（二）安全例会制度落实不到位，全年仅召开2次。
整改措施：修订例会制度，每月召开一次并留存记录。
二、现场管理方面
（三）仓库消防通道堆放货物，通道宽度不足。
整改措施：已清理通道货物，划定禁止堆放区域。
（四）配电箱未上锁，无警示标识。
整改措施：已为全部配电箱加锁并张贴警示标识。

县宏达物流有限公司
2025年5月20日
"""


def test_a_list_numbered_through_its_sections_keeps_its_family():
    r = segment_text(STRAIGHT)
    assert [f.finding.text[:6] for f in r.findings] == ["安全培训记录", "安全例会制度", "仓库消防通道", "配电箱未上锁"]
    assert [f.group for f in r.findings] == ["管理制度方面", "管理制度方面", "现场管理方面", "现场管理方面"]
    before = segment_text(STRAIGHT, vocabulary=vocabulary_without("numbers_own_run"))
    assert [f.finding.text[:6] for f in before.findings] != [f.finding.text[:6] for f in r.findings]


# --- a next-steps section after answered findings holds later plans -------------------------------------

PLANS = """城西镇2025年上半年安全生产工作总结

县安委会办公室：
现将上半年工作总结如下：
一、督查反馈问题整改情况
4月份，县督查组对我镇开展了督查，反馈了3个问题，具体整改情况如下：
(1)镇安监办人员力量薄弱，专职安全员仅1名。镇党委研究决定，从综合执法队抽调2名工作人员充实到安监办。
(2)辖区内砖厂粉尘治理设施损坏。已责令该厂停产整改，更换了除尘设备，经复查合格后恢复生产。
(3)部分村小作坊台账与实际不符。镇安监办已督促各村重新摸排，重新建立台账。
二、下半年工作打算
(一)深入开展安全生产专项整治行动，紧盯道路交通、建筑施工、危化品等重点领域，每月开展一次检查。
(二)加强汛期和冬季安全防范工作，修订完善各类应急预案，组织开展应急演练，充实应急物资。

城西镇人民政府
2025年7月8日
"""


def test_next_steps_after_answered_findings_are_no_orphan_fixes():
    r = segment_text(PLANS)
    assert len(r.findings) == 3 and all(f.measure is not None for f in r.findings)
    assert r.segmentation.features["orphan_actions"] == 0.0
    before = segment_text(PLANS, vocabulary=vocabulary_without("orphans_next_steps_answered"))
    assert before.segmentation.features["orphan_actions"] > 0.0


# --- 处理意见 labels the measure an inspecting body sets ---------------------------------------------

RULINGS = """关于统计执法检查情况的通报

各有关企业：
县统计局对部分企业开展了统计执法检查，现将检查情况通报如下：
一、检查发现的问题及处理意见
1.甲公司：上报产值与原始记录不符，多报300万元。
处理意见：依法作出罚款1万元的行政处罚，责令10月底前更正数据。
2.乙公司：未设置统计台账。
处理意见：责令于10月15日前建立统计台账。
3.丙公司：统计报表迟报2期。
处理意见：对企业负责人进行约谈。
4.丁公司：统计人员未参加业务培训。
二、工作要求
（一）各被检查企业要对照问题逐项整改，于10月31日前报送整改情况。
（二）县统计局将适时组织回头看。

县统计局
2025年9月26日
"""


def test_a_ruling_labelled_处理意见_is_the_items_measure():
    r = segment_text(RULINGS)
    assert [f.finding.text[:3] for f in r.findings] == ["甲公司", "乙公司", "丙公司", "丁公司"]
    assert measure_texts(r)[0].startswith("依法作出罚款1万元")
    assert measure_texts(r)[1].startswith("责令于10月15日前")
    v = load_vocabulary()
    lists = {k: [w for w in getattr(v.words, k) if w != "处理意见"] for k in ("measure_labels_planned", "measure_labels")}
    without = v.model_copy(update={"words": v.words.model_copy(update=lists)})
    before = segment_text(RULINGS, vocabulary=without)
    assert not any(m.startswith("依法作出罚款1万元") for m in measure_texts(before))
