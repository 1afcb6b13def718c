"""Reading vocabulary 1.11.0: a finding left with no measure whose problem another finding's fix restates,
a phrase of its own words, makes the reading doubt its shape (answered_elsewhere_doubt), on text
composed for the test; each problem given its own requirement is no sign; 1.10.0 trusts the reading as
before."""

from __future__ import annotations

from segment_support import segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

THRESHOLD = 0.62  # the trust under which a reading is refused

NOTICE = """关于春季学期中小学规范办学行为专项督导情况的通报

各乡镇中心学校、县直各学校：

3月3日至7日，县教育督导室对全县中小学规范办学行为进行了专项督导。现将有关情况通报如下：

一、存在的问题
（一）学生到校时间过早。县第一中学初二年级早上6:30组织学生到校晨读，早于规定到校时间。
（二）晚自习延时。县第一中学高三年级晚自习延长至22:30结束，学生休息时间不足。
（三）违规收取资料费。青石镇中心学校向学生收取复印资料费，每生20元至40元不等。
（四）食堂陪餐制度落实不到位。柳林小学校领导陪餐记录缺失，2月份无陪餐记录。

二、整改要求
{first}
（三）青石镇中心学校要在3月20日前将违规收取的复印资料费全额退还学生家长，并对相关教师进行约谈。
（四）柳林小学要从3月10日起落实校领导每餐陪餐并如实记录，县教育局将不定期抽查。

请各学校于3月25日前将整改情况书面报送县教育督导室。

县人民政府教育督导室
2025年3月10日
"""

# one requirement answers the first two problems, and the list of requirements skips (二)
BOTH = (
    "（一）县第一中学要严格按照规定调整作息时间，初二年级早上6:30组织学生到校晨读的做法要立即停止，学生到校时间"
    "不得早于7:20，高三年级晚自习延长至22:30结束的做法要立即纠正，确保学生休息时间。"
)
EACH = (
    "（一）县第一中学要立即停止初二年级早上6:30组织学生到校晨读的做法，学生到校时间不得早于7:20。\n"
    "（二）县第一中学高三年级晚自习一律于21:30前结束，由校长办公室每晚检查。"
)


def test_a_problem_restated_in_another_findings_fix_is_doubted() -> None:
    r = segment_text(NOTICE.format(first=BOTH))
    assert len(r.findings) == 4
    assert r.findings[1].measure is None  # the second problem left without its answer
    assert r.findings[0].measure is not None and "晚自习延长至22:30" in r.findings[0].measure.text
    assert r.segmentation.features["shape_doubts"] == 1.0
    assert r.segmentation.confidence < THRESHOLD
    without = segment_text(NOTICE.format(first=BOTH), vocabulary=vocabulary_without("answered_elsewhere_doubt"))
    assert without.segmentation.features.get("shape_doubts", 0.0) == 0.0


def test_each_problem_answered_on_its_own_is_no_sign() -> None:
    r = segment_text(NOTICE.format(first=EACH))
    assert len(r.findings) == 4
    assert all(f.measure is not None for f in r.findings)
    assert r.segmentation.features.get("shape_doubts", 0.0) == 0.0
    assert r.segmentation.confidence >= THRESHOLD


def test_vocabulary_1_10_0_trusts_it_as_before() -> None:
    old = segment_text(NOTICE.format(first=BOTH), vocabulary=load_vocabulary("1.10.0"))
    assert len(old.findings) == 4
    assert old.segmentation.features.get("shape_doubts", 0.0) == 0.0
    assert old.segmentation.confidence >= THRESHOLD
