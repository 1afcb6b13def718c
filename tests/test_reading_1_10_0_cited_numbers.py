"""Reading vocabulary 1.10.0: fixes that cite the numbers of the problems they answer, in their opening
(针对问题N：…, one a line with no enumerator) or in a closing bracket (…（对应问题3、5）), pair by those
numbers and not by their place (fix_lines_cite_numbers, fixes_cite_numbers), on text composed for the
test; 1.9.0 reads it as before."""

from __future__ import annotations

from segment_support import measure_texts, segment_text

from checker.vocabulary import load_vocabulary

CITED_LINES = """关于食品安全专项检查反馈问题的整改报告

区市场监管局：

6月，区市场监管局对我校食堂开展了食品安全专项检查，反馈问题5个。现将整改情况报告如下：

一、检查反馈的问题
1.食堂从业人员健康证管理不严，12名从业人员中有2人健康证过期。
2.食品留样不规范，抽查的5餐中有2餐留样不足125克。
3.库房食材离地离墙存放不到位，米面直接堆放在地面。
4.餐具消毒记录填写不全，5月有7天无消毒记录。
5.食品添加剂未专柜存放，未建立使用台账。

二、整改措施
针对问题1：已安排2名健康证过期人员停岗，7月3日重新办理健康证后上岗。
针对问题2：购置电子秤1台，由食堂主管每餐核对留样重量并签字。
针对问题3：新购置货架6组，米面全部离地离墙存放。
针对问题5：设置食品添加剂专柜，建立使用台账，实行专人专锁管理。

三、下一步工作
一是加强食堂日常巡查；二是定期组织从业人员培训。
"""

CLOSING = """关于专项审计发现问题整改情况的报告

县审计局：

现将专项审计发现问题整改情况报告如下：

一、审计发现的问题

1.会议费列支不规范，2场培训会议未附参会人员签到表。
2.政府采购程序不规范，采购办公家具18.6万元未执行公开招标。
3.固定资产未及时入账，新购置电脑12台未登记资产卡片。
4.专项资金结余未及时上缴，结余资金7.3万元滞留账户。
5.合同管理不规范，3份物业服务合同未经法律顾问审核。

二、整改措施及成效

1.完善资产管理。已将12台电脑全部登记入账，建立资产卡片。（对应问题3）
2.上缴结余资金。7月10日已将结余资金7.3万元上缴县财政。（对应问题4）
3.规范采购和合同审核。修订《单位内部采购管理办法》，明确采购限额以上项目一律公开招标；合同签订前须经法律顾问审核。（对应问题2、5）
4.加强财经纪律学习。组织全体干部学习财经法规，增强依法理财意识。（对应问题1至5）
"""


def test_lines_citing_a_number_pair_by_it_and_a_number_missing_leaves_its_problem_without_one() -> None:
    r = segment_text(CITED_LINES)
    assert len(r.findings) == 5
    measures = measure_texts(r)
    assert "重新办理健康证" in measures[0]
    assert "电子秤" in measures[1]
    assert "货架6组" in measures[2]
    assert measures[3] == ""  # no fix cites problem 4
    assert "专柜" in measures[4] and "货架" not in measures[4]


def test_closing_citations_pair_by_number_and_a_fix_citing_every_problem_answers_none() -> None:
    r = segment_text(CLOSING)
    assert len(r.findings) == 5
    measures = measure_texts(r)
    assert measures[0] == ""  # only the fix citing 1至5 speaks of it: a general one
    assert "修订《单位内部采购管理办法》" in measures[1]
    assert "登记入账" in measures[2]
    assert "7.3万元上缴" in measures[3]
    assert "法律顾问审核" in measures[4] and measures[4] == measures[1]
    assert not any("财经纪律学习" in m for m in measures)


def test_vocabulary_1_9_0_reads_them_as_before() -> None:
    old = load_vocabulary("1.9.0")
    lines = measure_texts(segment_text(CITED_LINES, vocabulary=old))
    assert "针对问题5" in lines[3]  # the fixes were read as one answer to every problem
    closing = measure_texts(segment_text(CLOSING, vocabulary=old))
    assert "采购管理办法" not in closing[1]  # the fix naming two problems by number went unpaired


NUMBERED = """关于消防安全检查发现问题的整改情况

一、检查发现的问题
1.二楼安全出口指示灯损坏2处。
2.厨房燃气管道未安装泄漏报警装置。
3.员工宿舍私拉电线为电动车充电。
4.微型消防站器材登记台账不全。

二、整改落实情况
1.针对第1项问题：5月12日更换安全出口指示灯2处。
2.针对第3项问题：拆除私拉电线，在楼下设置集中充电桩8个。
3.针对第2项问题：已安装燃气泄漏报警装置1套，与燃气切断阀联动。
"""


def test_numbered_fixes_citing_problems_out_of_order_pair_by_what_they_cite() -> None:
    measures = measure_texts(segment_text(NUMBERED))
    assert "指示灯" in measures[0]
    assert "燃气泄漏报警" in measures[1]
    assert "集中充电桩" in measures[2]
    assert measures[3] == ""
