"""Reading vocabulary 1.9.0: fixes written one for each group of problems, on text composed for the
test, and read as before with the flag turned off."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

# --- fixes numbered as the problems' groups, one a group: each answers its group's problems ----------

GROUPED = """关于对城关街道食品安全专项督查情况的反馈

城关街道办事处：
10月9日至10月20日，县食安办督查组对你街道食品安全工作开展了专项督查，现将有关情况反馈如下。
一、督查发现的主要问题
（一）监管责任落实方面
1.网格员巡查流于形式。抽查8个网格的巡查记录，有5个网格连续两周无实地巡查记录。
2.校园周边整治不彻底。两所小学门口仍有3家无证流动摊点经营。
（二）经营主体管理方面
3.农贸市场快检室未正常运转。快检设备闲置，9月份以来无检测台账。
4.小餐饮店卫生条件差。抽查的6家小餐饮店中有4家后厨生熟不分、无防蝇设施。
5.从业人员健康证过期。有7名从业人员健康证已过期仍在岗。
二、意见建议
（一）压实网格监管责任。建立网格员巡查月考核制度，对巡查不到位的网格员约谈；会同城管部门清理校园周边无证摊点。
（二）加强经营主体日常监管。恢复快检室运转，每日公示检测结果；督促餐饮店落实生熟分开和防蝇措施，健康证过期人员一律调离岗位。

县食品安全委员会办公室
2025年10月28日
"""


def test_each_group_fix_answers_every_problem_of_its_group():
    r = segment_text(GROUPED)
    assert [f.finding.text[:6] for f in r.findings] == ["网格员巡查流", "校园周边整治", "农贸市场快检", "小餐饮店卫生", "从业人员健康"]
    measures = measure_texts(r)
    assert all(m.startswith("压实网格监管责任") for m in measures[:2])
    assert all(m.startswith("加强经营主体日常监管") for m in measures[2:])
    assert r.segmentation.pairing == "group"
    before = segment_text(GROUPED, vocabulary=vocabulary_without("fixes_answer_groups"))
    assert sum(f.measure is not None for f in before.findings) < 5


def test_fixes_that_do_not_count_the_groups_pair_as_before():
    # three fixes for two groups: they do not stand one for each group
    third = "（三）建立长效机制。每季度开展一次食品安全联合检查。\n\n县食品安全委员会办公室"
    text = GROUPED.replace("\n县食品安全委员会办公室", "\n" + third, 1)
    r = segment_text(text)
    off = segment_text(text, vocabulary=vocabulary_without("fixes_answer_groups"))
    assert measure_texts(r) == measure_texts(off)
    assert r.segmentation.pairing != "group"
