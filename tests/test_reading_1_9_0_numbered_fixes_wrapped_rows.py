"""Reading vocabulary 1.9.0: a fix naming the numbers of several problems, and a TAB row wrapped
after its first cells, each on text composed for the test, and each read as before with its flag off."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

# --- a fix naming the numbers of the problems it answers answers each of them ---------------------

NAMED = """关于食品安全检查发现问题整改情况的报告

县市场监督管理局：
9月20日，县市场监管局对我校食堂进行了食品安全检查，现将整改情况报告如下：

一、检查发现的问题
1、留样不规范。部分菜品留样不足125克，留样记录缺少留样人签名。
2、晨检记录缺失。9月份有6天未填写从业人员晨检记录。
3、仓库食品离地离墙不足。大米、面粉直接靠墙堆放。
4、消毒柜损坏。后厨2台消毒柜无法正常加热。

二、整改情况
（一）{opening}，已为食堂配备电子秤，每餐由专人称量留样并签名；晨检改由食堂主管每日当面核查，填写后拍照存档。
（二）对仓库堆放问题，已购置货架12组，所有食品离地离墙10厘米以上存放。
（三）消毒柜已送厂家维修，维修期间使用备用蒸汽消毒设备。

县第二中学
2025年10月8日
"""


def _named(opening: str) -> str:
    return NAMED.replace("{opening}", opening)


def test_a_fix_naming_two_problem_numbers_answers_both():
    r = segment_text(_named("对第1、2项问题"))
    assert [f.finding.text[:4] for f in r.findings] == ["留样不规", "晨检记录", "仓库食品", "消毒柜损"]
    measures = measure_texts(r)
    assert "配备电子秤" in measures[0] and "晨检改由" in measures[1]
    assert "购置货架" in measures[2] and "送厂家维修" in measures[3]


def test_the_numbers_named_after_the_problem_word_and_as_a_range():
    for opening in ("针对问题1、2", "对第1至2项问题"):
        measures = measure_texts(segment_text(_named(opening)))
        assert "配备电子秤" in measures[0] and "配备电子秤" in measures[1], opening
        assert "购置货架" in measures[2], opening


def test_without_the_flag_one_of_the_two_problems_is_left_without_the_fix():
    old = vocabulary_without("fix_names_numbers")
    before = measure_texts(segment_text(_named("对第1、2项问题"), vocabulary=old))
    assert not ("配备电子秤" in before[0] and "配备电子秤" in before[1])


def test_numbers_not_all_in_the_list_pair_the_fix_as_before():
    # a fix naming a problem the list does not have (第5项) is paired as any other fix
    text = _named("对第1、5项问题")
    assert measure_texts(segment_text(text)) == measure_texts(
        segment_text(text, vocabulary=vocabulary_without("fix_names_numbers"))
    )


# --- a TAB row whose cell wrapped continues on the line below, which opens on one TAB ---------------

WRAPPED = (
    "青石村人居环境整治问题整改台账\n\n"
    "序号\t存在问题\t整改措施\t责任人\t完成时限\n"
    "1\t村道两侧垃圾堆放，清运不及时\t增设垃圾桶20个，保洁员每日清运两次\t村主任 王强\t2025年5月31日\n"
    "2\t河道沿岸存在乱搭乱建棚舍3处\n"
    "\t5月15日前全部拆除，恢复绿化\t村支书 李明\t2025年5月15日\n"
    "3\t公厕无人管护，卫生状况差\t落实专人管护，每日保洁一次\t保洁员 张芳\t2025年4月30日\n\n"
    "青石村村民委员会\n2025年4月10日\n"
)


def test_a_wrapped_row_is_one_finding_with_its_measure():
    r = segment_text(WRAPPED)
    assert len(r.findings) == 3
    assert "乱搭乱建" in r.findings[1].finding.text
    measures = measure_texts(r)
    assert "全部拆除" in measures[1]
    assert "落实专人管护" in measures[2]


def test_without_the_flag_the_wrapped_line_is_read_as_a_row_of_its_own():
    before = segment_text(WRAPPED, vocabulary=vocabulary_without("tab_row_wrapped"))
    assert len(before.findings) != 3 or "全部拆除" not in measure_texts(before)[1]


def test_a_full_row_above_a_line_opening_on_a_tab_is_not_joined():
    # the row above has all its cells: the line below (a merged first cell) is a row of its own
    text = WRAPPED.replace(
        "2\t河道沿岸存在乱搭乱建棚舍3处\n", "2\t河道沿岸存在乱搭乱建棚舍3处\t登记造册\t村支书 李明\t2025年5月1日\n"
    )
    assert measure_texts(segment_text(text)) == measure_texts(
        segment_text(text, vocabulary=vocabulary_without("tab_row_wrapped"))
    )
