"""Reading vocabulary 1.10.0: under a heading of the places to put right (二、需要整改的地方), numbered
titles that name a place and no fault (1、教学楼二楼) over short lines, each a spot found wanting
(音乐教室：窗台积灰), are read a line a problem, the titles their places (place_titles_hold_lines;
problem_heading: 需要整改的地方), on text composed for the test; 1.9.0 reads it as before."""

from __future__ import annotations

from segment_support import assert_spans_exact, segment_text

from checker.vocabulary import load_vocabulary

PLACES = """关于开学前校园环境卫生检查情况的通报

各处室、年级组：
8月28日，学校办公室会同总务处对校园环境卫生进行了检查，现将检查情况通报如下：

一、表扬的处室
教务处、图书室、校医室

二、需要整改的地方：
1、教学楼二楼
音乐教室：窗台积灰，地面有纸屑
美术教室：画架随意堆放
男卫生间：洗手池堵塞
2、综合楼一楼
档案室：门口堆放旧桌椅
总务处库房：纸箱乱放，通道不畅
3、操场
看台座椅下垃圾未清理

三、整改要求
1、请各处室于8月30日前完成整改，总务处负责复查；
2、请相关年级组安排学生清扫，保持环境整洁。
"""

SPOTS = ("音乐教室", "美术教室", "男卫生间", "档案室", "总务处库房", "看台座椅下垃圾未清理")


def test_each_spot_under_a_place_is_one_problem() -> None:
    r = segment_text(PLACES)
    assert_spans_exact(r)
    assert len(r.findings) == len(SPOTS)
    for f, spot in zip(r.findings, SPOTS, strict=True):
        assert spot in f.finding.text
        assert f.measure is not None and "8月30日前完成整改" in f.measure.text
    assert "表扬" not in " ".join(f.finding.text for f in r.findings)
    assert "美术教室" not in r.findings[0].finding.text


def test_vocabulary_1_9_0_reads_it_as_before() -> None:
    old = segment_text(PLACES, vocabulary=load_vocabulary("1.9.0"))
    assert len(old.findings) != len(SPOTS)
