"""Reading vocabulary 1.8.0: problems listed first and their measures after, on text composed for the
test, each form read as before with its flag turned off."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

# --- a requirement naming no problem among requirements that each name theirs is a general one -------

GENERAL_FIRST = """关于秋季校园食品安全检查情况的通报

各中小学：
10月下旬，县教育局会同县市场监管局对全县中小学食堂开展了食品安全检查，现将有关情况通报如下：

一、存在的主要问题

（一）食材索证索票不全。部分学校食堂采购的蔬菜、肉类没有留存供货商资质和检疫证明。

（二）留样制度执行不严。个别学校留样不足48小时，留样量达不到125克。

（三）从业人员健康管理缺失。2所学校有炊事员健康证过期仍在岗。

（四）库房物品摆放杂乱。部分库房食品与杂物混放，离地离墙距离不够。

二、整改要求

（一）压实主体责任。各校校长是食品安全第一责任人，要经常过问食堂管理，把食品安全摆在学校工作的重要位置。

（二）针对索证索票不全的问题，各校要在11月15日前补齐所有供货商资质，建立进货台账。

（三）针对留样制度执行不严的问题，各校要配备专用留样冰箱，指定专人每餐留样并登记。

（四）针对从业人员健康证过期的问题，相关学校要立即安排人员体检，未取得健康证前一律调离岗位。

县教育局
2025年11月3日
"""


def test_a_requirement_naming_no_problem_answers_none_by_elimination():
    r = segment_text(GENERAL_FIRST)
    assert [f.finding.text[:6] for f in r.findings] == ["食材索证索票", "留样制度执行", "从业人员健康", "库房物品摆放"]
    measures = measure_texts(r)
    assert "补齐所有供货商资质" in measures[0]
    assert "专用留样冰箱" in measures[1]
    assert "立即安排人员体检" in measures[2]
    assert measures[3] == ""


def test_without_the_flag_the_general_requirement_goes_to_the_problem_left():
    # last_left_phrase reads it too: the requirement shares one word with the problem left
    r = segment_text(GENERAL_FIRST, vocabulary=vocabulary_without("left_fix_unnamed_general", "last_left_phrase"))
    assert "压实主体责任" in measure_texts(r)[3]


# --- a response that lists points of its own pairs each point with the problem it names -----------

RESPONSE_POINTS = """上周，后勤处会同各学院对学生公寓进行了安全卫生检查。总体情况良好，但仍存在一些问题：
1、三号公寓部分寝室私拉电线给手机充电，插线板放在床铺上。
2、五号公寓楼道堆放纸箱和废旧自行车，堵塞了消防通道。
3、部分寝室垃圾未及时清倒，气味较大。
4、个别学生晚归未登记。
针对以上问题，后勤处要求：第一、各公寓管理员要每天巡查寝室用电情况，收缴私拉的电线和床上的插线板。第二、五号公寓要在本周内清走楼道堆放的纸箱和废旧自行车，保持消防通道畅通。
"""


def test_a_response_s_own_points_answer_the_problems_they_name():
    r = segment_text(RESPONSE_POINTS)
    assert len(r.findings) == 4
    measures = measure_texts(r)
    assert "收缴私拉的电线" in measures[0] and "消防通道畅通" not in measures[0]
    assert "清走楼道堆放的纸箱" in measures[1]
    assert measures[2] == "" and measures[3] == ""


def test_without_the_flag_the_response_answers_every_problem():
    r = segment_text(RESPONSE_POINTS, vocabulary=vocabulary_without("response_points_named"))
    measures = measure_texts(r)
    assert len(r.findings) == 4 and all("收缴私拉的电线" in m for m in measures)


# --- as many requirements as problems, none naming one, answer them all; a stopped sentence is no heading

REQUIREMENTS_ALIKE = """关于机关办公区环境卫生检查情况的通报

各科室：
为营造整洁有序的办公环境，办公室于3月10日对机关各科室办公区环境卫生进行了检查，现将检查情况通报如下：

一、存在问题
1. 个别办公室窗台积灰较多，长期无人擦拭；
2. 部分文件柜顶部堆放旧报纸和纸箱；
3. 二楼卫生间洗手台有污渍，洗手液经常缺少；
4. 走廊绿植枯萎无人浇水。

二、整改要求
针对上述问题，现提出以下整改意见：
1. 各科室负责人要切实重视办公环境，每周五下午组织本科室人员开展一次大扫除；
2. 对照检查情况逐项整改，于3月20日前将整改结果报办公室；
3. 加强日常维护，形成人人爱护环境的良好习惯；
4. 今后将不定期抽查，对反复出现的问题进行通报。

机关办公室
2025年3月12日
"""


def test_requirements_numbered_as_the_problems_yet_naming_none_answer_them_all():
    r = segment_text(REQUIREMENTS_ALIKE)
    assert [f.finding.text[:6] for f in r.findings] == ["个别办公室窗", "部分文件柜顶", "二楼卫生间洗", "走廊绿植枯萎"]
    measures = measure_texts(r)
    assert all("每周五下午" in m and "不定期抽查" in m for m in measures)


def test_without_the_flags_the_requirements_pair_by_number_or_a_sentence_heads_a_section():
    r = segment_text(REQUIREMENTS_ALIKE, vocabulary=vocabulary_without("requirements_none_named"))
    assert not all("每周五下午" in m for m in measure_texts(r))
    r = segment_text(REQUIREMENTS_ALIKE, vocabulary=vocabulary_without("sibling_statement_stopped"))
    assert not all("不定期抽查" in m for m in measure_texts(r))
