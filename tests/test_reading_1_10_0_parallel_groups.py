"""Reading vocabulary 1.10.0: problems in numbered groups of points, and fixes numbered alike with as
many points in each group, pair point for point; a further group of fixes answers none in particular
(parallel_point_groups), on text composed for the test; 1.9.0 reads it as before."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

LINED = """2024年中学食堂食品安全自查报告
一、自查概况
为保障师生饮食安全，我校于2024年3月对学校食堂开展了食品安全自查。现将自查情况及整改措施报告如下：
二、自查情况
1. 食堂环境及设施排查发现以下问题：
（1）操作间防蝇纱窗破损；
（2）冷藏柜温度显示失灵；
（3）餐具消毒柜使用记录不全。
2. 食堂管理制度
（1）食品留样制度执行不严格，部分菜品未留样；
（2）从业人员健康证管理不规范，2人健康证过期。
三、整改措施
1. 立即整改设施问题，包括：
（1）更换操作间防蝇纱窗；
（2）维修冷藏柜温度显示装置；
（3）补全消毒柜使用记录，每日专人登记。
2. 健全食堂管理制度，包括：
（1）严格执行留样制度，每餐每样留样125克；
（2）督促2名从业人员重新办理健康证。
3. 加强日常监督，包括：
（1）每周开展一次食堂安全检查；
（2）定期组织从业人员培训。
"""

# the same report as one run of text, as a page that lost its line breaks shows it
RUN_ON = LINED.split("\n", 1)[0] + "\n" + "".join(LINED.split("\n")[1:]) + "\n"

# the second group of fixes holds one point fewer than its group of problems: no point-for-point pairing
UNEVEN = LINED.replace("（2）督促2名从业人员重新办理健康证。\n", "")

PROBLEMS = ["防蝇纱窗破损", "温度显示失灵", "使用记录不全", "部分菜品未留样", "2人健康证过期"]
FIXES = ["更换操作间防蝇纱窗", "维修冷藏柜温度显示装置", "补全消毒柜使用记录", "每餐每样留样125克", "重新办理健康证"]


def _read_point_for_point(text: str) -> None:
    r = segment_text(text)
    assert len(r.findings) == len(PROBLEMS)
    for f, problem, fix in zip(r.findings, PROBLEMS, FIXES, strict=True):
        assert problem in f.finding.text
        assert f.measure is not None and fix in f.measure.text
    assert not any("每周开展一次" in t for t in measure_texts(r))  # the further group answers none
    assert r.findings[0].group != r.findings[3].group


def test_points_of_mirrored_groups_pair_one_for_one() -> None:
    _read_point_for_point(LINED)


def test_a_run_on_page_pairs_alike() -> None:
    _read_point_for_point(RUN_ON)


def test_groups_of_other_sizes_are_not_paired_so() -> None:
    r = segment_text(UNEVEN)
    assert len(r.findings) != len(PROBLEMS) or not all(
        fix in t for fix, t in zip(FIXES, measure_texts(r), strict=False)
    )


def test_the_flag_is_needed_and_1_9_0_reads_it_as_before() -> None:
    for v in (vocabulary_without("parallel_point_groups"), load_vocabulary("1.9.0")):
        old = segment_text(LINED, vocabulary=v)
        assert len(old.findings) == 3  # the first group's points only
