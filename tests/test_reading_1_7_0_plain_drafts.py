"""Reading vocabulary 1.7.0: forms of a clerk's plain first draft (checklist fields, problems named by a
quotation, problems on lines of their own above their labelled answers), each on text composed for the
test, and each read as before with the flag turned off or the older vocabulary."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

OLD = load_vocabulary("1.6.0")


# --- a checklist's problem field that says there is none opens no finding ----------------------------

CHECKLIST = """城关中学食堂食品安全自查报告

县市场监督管理局：
按照通知要求，我校对食堂食品安全工作进行了自查，现将情况报告如下：

一、基本情况
我校食堂日供餐约900人次，从业人员14人。

二、自查情况
（一）原料采购
自查情况：查看了近三个月的进货台账。
存在问题：两批次蔬菜无供货商资质证明。
整改措施：已于5月6日补齐供货商营业执照复印件，今后每批次索证索票。

（二）从业人员
自查情况：核对了全部从业人员健康证。
存在问题：无。

（三）加工操作
自查情况：现场查看了粗加工间和切配间。
存在问题：生熟刀具未分开存放。
整改措施：购置刀具架两个，生熟刀具分区存放并标识。

（四）留样管理
自查情况：抽查了一周的留样记录。
存在问题：个别餐次留样量不足125克。

三、下一步打算
我校将每月开展一次食品安全自查。

城关中学
2025年5月10日
"""


def test_a_problem_field_saying_none_opens_no_finding():
    r = segment_text(CHECKLIST)
    assert [f.finding.text[:6] for f in r.findings] == ["两批次蔬菜无", "生熟刀具未分", "个别餐次留样"]
    assert measure_texts(r)[1].startswith("购置刀具架")
    assert r.findings[2].measure is None
    before = segment_text(CHECKLIST, vocabulary=vocabulary_without("problem_field_none"))
    assert "无。" in [f.finding.text for f in before.findings]


# --- problems named by a quotation after 对第N条 or after who pointed them out ------------------------

QUOTED = """关于卫生检查问题整改情况的回复

镇爱卫办:
10月9日镇爱卫办对我社区环境卫生进行了检查，提出了3条问题，现将整改情况回复如下：

对第1条“背街小巷垃圾桶破损，部分桶盖缺失”的问题：社区已更换破损垃圾桶12个，补配桶盖20个，由网格员每周巡查一次。

对第2条“农贸市场周边占道经营”的问题：社区联合城管中队于10月15日清理占道摊点9处，划定临时疏导点一处。

对第3条“小区楼道堆放杂物”的问题：已督促物业清理。

特此回复。

东门社区居民委员会
2025年10月20日
"""

POINTED = """关于审计发现问题整改情况的报告

县审计局：
现将审计发现问题的整改情况报告如下：
（一）规范资金管理。针对审计指出的“专项资金结余18万元未及时上缴”的问题，公司已于6月将18万元全部缴回县财政。
（二）加强合同管理。针对审计指出的“3份采购合同未经法律审核”的问题，公司补办了法律审核手续，修订了合同管理办法。

县城投公司
2025年7月1日
"""


def test_items_naming_their_problem_by_number_and_quotation():
    r = segment_text(QUOTED)
    assert [f.finding.text for f in r.findings] == [
        "背街小巷垃圾桶破损，部分桶盖缺失", "农贸市场周边占道经营", "小区楼道堆放杂物",
    ]
    assert measure_texts(r)[0].startswith("社区已更换破损垃圾桶")
    before = segment_text(QUOTED, vocabulary=OLD)
    assert [f.finding.text for f in before.findings] != [f.finding.text for f in r.findings]


def test_items_naming_their_problem_by_who_pointed_it_out():
    r = segment_text(POINTED)
    assert [f.finding.text for f in r.findings] == ["专项资金结余18万元未及时上缴", "3份采购合同未经法律审核"]
    assert measure_texts(r)[1].startswith("公司补办了法律审核手续")
    before = segment_text(POINTED, vocabulary=OLD)
    assert [f.finding.text for f in before.findings] != [f.finding.text for f in r.findings]


def test_a_sign_off_line_is_no_part_of_the_last_answer():
    r = segment_text(QUOTED)
    assert "特此回复" not in measure_texts(r)[-1]
    before = segment_text(QUOTED, vocabulary=vocabulary_without("aimed_sign_off"))
    assert "特此回复" in measure_texts(before)[-1]


# --- problems on lines of their own, each above its labelled answer ----------------------------------

RUN_ON = """关于安全生产检查反馈问题整改情况的报告

县应急管理局：
9月3日，县应急管理局对我镇进行了安全生产检查，反馈问题3条。现将整改情况报告如下：

第一条：镇敬老院厨房液化气瓶未设置独立气瓶间。
整改时限：2025年10月底前
整改情况：已于9月20日建成独立气瓶间，安装燃气泄漏报警器一台。

第二条：部分经营户消防通道堆放货物。
整改情况：镇安监站9月8日逐户督促清理，现消防通道全部畅通。

第三条：镇应急物资储备库台账不全。
整改情况：已重新清点物资，建立出入库台账，由镇应急办专人管理。

下一步，我镇将持续开展安全隐患排查整治。

青石镇人民政府
2025年10月8日
"""


def test_lines_above_their_labelled_answers_are_findings():
    r = segment_text(RUN_ON)
    assert [f.finding.text for f in r.findings] == [
        "第一条：镇敬老院厨房液化气瓶未设置独立气瓶间。", "第二条：部分经营户消防通道堆放货物。", "第三条：镇应急物资储备库台账不全。",
    ]
    assert measure_texts(r)[0].startswith("已于9月20日建成")
    assert "持续开展" not in measure_texts(r)[-1]
    before = segment_text(RUN_ON, vocabulary=vocabulary_without("lines_before_labels"))
    assert len(before.findings) != 3


def test_a_detail_line_between_a_heading_and_its_label_keeps_the_heading_the_finding():
    headed = RUN_ON.replace("第一条：", "1.").replace("第二条：", "2.").replace("第三条：", "3.")
    headed = headed.replace("整改时限：2025年10月底前\n", "经查，该处气瓶共4只。\n整改时限：2025年10月底前\n")
    r = segment_text(headed)
    assert r.findings[0].finding.text.startswith("镇敬老院厨房液化气瓶")
    assert len(r.findings) == 3
