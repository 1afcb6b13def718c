"""Reading vocabulary 1.10.0: under 存在问题及整改情况, area items whose sentences or points each state a
fault and end on its status (…，已及时更新。) are read sentence by sentence, each answered by its status
(mixed_status_points; pattern point_status), and a section heading whose short title runs straight
into （一） is cut before it (title_glued_groups), on text composed for the test; 1.9.0 reads it as before."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

LINED = """关于2024年第一季度政务公开自查整改情况的报告
按照市政府办公室要求，我县开展了第一季度政务公开自查。现将有关情况报告如下。
一、工作开展情况
（一）网站运行情况。一季度通过县政府门户网站公开政府信息860条，总体运行良好。
（二）新媒体运行情况。全县现有政务新媒体账号21个，总体运行较好。
二、存在问题及整改情况
（一）政府网站方面。县政府门户网站“财政预决算”栏目存在更新不及时现象，已及时更新；“重点项目”专栏个别单位信息发布滞后，已督促补发。“疫情防控”专栏停更后未及时归档，现已归档。部分乡镇政府信息公开年报格式不规范，正在整改中。
（二）政务新媒体方面。一是个别单位新媒体账号长期未更新，已责令关停。二是部分账号留言回复不及时，已安排专人回复。
三、下一步工作打算
（一）加强检查。对各栏目进行全面检查，确保及时更新。
"""

# the same report as one run of text: each section's title runs straight into its （一）
RUN_ON = LINED.split("\n", 1)[0] + "\n" + "".join(LINED.split("\n")[1:]) + "\n"

# the area's sentences tell what was found with no status: no answers to read inside them
NO_STATUS = LINED.replace("，已及时更新；", "；").replace("，已督促补发。", "。")

PROBLEMS = ["财政预决算", "重点项目", "疫情防控", "年报格式不规范", "新媒体账号长期未更新", "留言回复不及时"]
STATUSES = ["已及时更新", "已督促补发", "现已归档", "正在整改中", "已责令关停", "已安排专人回复"]


def _read_by_status(text: str) -> None:
    r = segment_text(text)
    assert len(r.findings) == len(PROBLEMS)
    for f, problem, status in zip(r.findings, PROBLEMS, STATUSES, strict=True):
        assert problem in f.finding.text
        assert status not in f.finding.text
        assert f.measure is not None and status in f.measure.text
    assert [f.group for f in r.findings[:4]] == [r.findings[0].group] * 4
    assert r.findings[4].group != r.findings[0].group


def test_each_sentence_of_an_area_is_a_problem_answered_by_its_status() -> None:
    _read_by_status(LINED)


def test_a_run_on_report_is_cut_at_its_glued_groups_and_read_alike() -> None:
    _read_by_status(RUN_ON)


def test_sentences_without_a_status_are_not_read_so() -> None:
    r = segment_text(NO_STATUS)
    assert not any("已及时更新" in t for t in measure_texts(r))
    assert len(r.findings) != len(PROBLEMS)


def test_each_flag_is_needed() -> None:
    assert len(segment_text(LINED, vocabulary=vocabulary_without("mixed_status_points")).findings) == 0
    assert len(segment_text(RUN_ON, vocabulary=vocabulary_without("title_glued_groups")).findings) == 0


def test_vocabulary_1_9_0_reads_it_as_before() -> None:
    old = load_vocabulary("1.9.0")
    assert len(segment_text(LINED, vocabulary=old).findings) == 0
    assert len(segment_text(RUN_ON, vocabulary=old).findings) == 0
