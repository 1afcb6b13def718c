"""Reading vocabulary 1.9.0: a fix naming a bracketed range of problem numbers, a general fix among
fixes that name their problems, a fix whose later clause answers a second problem, and a TAB row whose
last cell holds a line break, each on text composed for the test, and each read as before with its
flag off."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

# --- a fix naming 第一至三项 in brackets answers each; a fix naming no problem is no one's by number ---

RANGED = """关于消防安全检查反馈问题的整改报告

县消防救援大队：
10月9日，大队对我商场进行了消防安全检查，现将整改情况报告如下：

一、检查发现的问题
（一）疏散通道堵塞。二楼东侧通道堆放货物。
（二）安全出口上锁。北门安全出口营业时间上锁。
（三）应急照明损坏。地下车库应急照明灯6盏不亮。
（四）灭火器过期。三楼服装区灭火器12具超过检验期限。
（五）监控室值班人员无证上岗。

二、整改措施及落实情况
1、针对疏散不畅问题{range}
一是清走二楼东侧通道货物，划定禁放线；二是北门锁具更换为推杠锁；三是更换地下车库应急照明灯6盏。
2、针对灭火器过期问题
已将12具过期灭火器送检更换，物业每月检查一次压力。
3、加强员工消防培训
11月组织全体员工消防培训2场，共186人次参训。

县百货商场
2025年11月20日
"""


def test_a_bracketed_range_names_each_problem_and_the_unnamed_fix_is_general():
    r = segment_text(RANGED.replace("{range}", "（第一至三项）"))
    assert [f.finding.text[:4] for f in r.findings] == ["疏散通道", "安全出口", "应急照明", "灭火器过", "监控室值"]
    measures = measure_texts(r)
    assert all("推杠锁" in m for m in measures[:3])
    assert "送检更换" in measures[3]
    assert measures[4] == ""  # 加强员工消防培训 names no problem: not the fifth problem's by its number


def test_without_the_flag_the_unnamed_fix_takes_the_problem_its_shifted_number_names():
    text = RANGED.replace("{range}", "（第一至三项）")
    before = measure_texts(segment_text(text, vocabulary=vocabulary_without("unnamed_fix_unnumbered")))
    assert "消防培训" in before[4]


def test_an_older_vocabulary_reads_the_bracketed_range_as_no_list():
    before = measure_texts(segment_text(RANGED.replace("{range}", "（第一至三项）"), vocabulary=load_vocabulary("1.8.0")))
    assert not all("推杠锁" in m for m in before[:3])


# --- a fix's later clause answers a second problem of the same unit --------------------------------

CLAUSED = """关于秋季学期食品安全专项检查情况的通报

各学校：
9月15日至9月19日，县教育局对全县学校食堂开展了食品安全专项检查，现将检查情况通报如下。

一、存在的问题
1.晨检制度落实不到位。县实验中学食堂从业人员晨检记录9月份有5天空白。
2.留样量不足。县实验中学部分菜品留样不足125克，留样柜未上锁。
3.采购索证不全。南坪镇中心学校食堂未留存猪肉检疫合格证明。
4.防鼠设施缺失。北岭小学库房门口未设挡鼠板。

二、整改要求
（一）县实验中学要在10月10日前完善晨检制度，由食堂主管每日核查签字；要为每道菜品足量留样，留样柜加锁专人管理。
（二）南坪镇中心学校要在10月10日前补齐采购索证资料，建立进货查验台账。
（三）北岭小学要在9月30日前安装挡鼠板，并每周检查一次。

县教育局
2025年9月22日
"""


def test_a_fix_clause_naming_a_problem_no_fix_answers_answers_it():
    r = segment_text(CLAUSED)
    assert [f.finding.text[:4] for f in r.findings] == ["晨检制度", "留样量不", "采购索证", "防鼠设施"]
    measures = measure_texts(r)
    assert "完善晨检制度" in measures[0]
    assert "足量留样" in measures[1]
    assert "采购索证" in measures[2] and "挡鼠板" in measures[3]


def test_without_the_flag_the_second_problem_has_no_measure():
    before = measure_texts(segment_text(CLAUSED, vocabulary=vocabulary_without("fix_clause_answers")))
    assert before[1] == ""


def test_a_clause_sharing_words_with_its_own_problem_answers_no_other():
    # the later clause speaks of the fix's own problem as well (晨检): it answers no second problem
    text = CLAUSED.replace("要为每道菜品足量留样，留样柜加锁专人管理。", "要将晨检结果与留样记录一并存档。")
    assert measure_texts(segment_text(text))[1] == ""


# --- a line break inside a TAB row's last cell: the row runs on over the lines below --------------

CELLED = (
    "县农机服务中心巡察反馈问题整改清单\n"
    "序号\t问题类别\t存在问题\t整改措施\t责任人\t完成时限\t整改情况\n"
    "1\t作风建设\t值班制度执行不严，节假日3次值班无人在岗\t1.修订值班制度，实行带班领导查岗；\n"
    "2.对3名脱岗人员进行诫勉谈话。\t刘刚\t2025年6月30日\t已完成\n"
    "2\t\t会议记录不完整，班子会议未记录议题表决情况\t规范会议记录格式，逐项记录表决结果\t刘刚\t2025年6月15日\t已完成\n"
    "3\t财务管理\t公务用车加油卡未实行一车一卡\t1.收回共用加油卡；\n"
    "2.办理一车一卡并建立加油台账；\n"
    "3.每月核对加油记录。\t陈燕\t2025年7月31日\t部分完成\n"
    "4\t\t差旅费报销审核不严，2笔报销缺少审批单\t补齐审批单，财务人员逐笔复核\t陈燕\t2025年6月30日\t已完成\n"
    "填表人：周立　　　　审核人：刘刚\n"
)


def test_a_cell_broken_over_lines_stays_in_its_row():
    r = segment_text(CELLED)
    assert [f.finding.text[:4] for f in r.findings] == ["值班制度", "会议记录", "公务用车", "差旅费报"]
    measures = measure_texts(r)
    assert "诫勉谈话" in measures[0] and "修订值班制度" in measures[0]
    assert "一车一卡并建立" in measures[2] and "核对加油记录" in measures[2]


def test_without_the_flag_the_rest_of_the_cell_is_read_as_a_row():
    before = segment_text(CELLED, vocabulary=vocabulary_without("tab_cell_wrapped"))
    assert [f.finding.text[:4] for f in before.findings] != ["值班制度", "会议记录", "公务用车", "差旅费报"]


def test_a_line_opening_a_full_row_is_no_continuation():
    # the line below a short row holds a whole row's cells: it is a row, not the rest of a cell
    text = CELLED.replace("2.对3名脱岗人员进行诫勉谈话。\t刘刚\t2025年6月30日\t已完成\n", "")
    r = segment_text(text)
    assert r.findings[0].measure is not None and "会议记录" not in r.findings[0].measure.text
    assert r.findings[1].finding.text.startswith("会议记录")
