"""Reading vocabulary 1.11.0: a notice whose problems are the captions of its photos (图1：…), each
naming the unit and what is wrong there, numbers its problems by the captions, as 问题1： numbers them
(pattern photo_caption_problem), on text composed for the test; 1.10.0 reads it as before."""

from __future__ import annotations

from segment_support import measure_texts, segment_text

from checker.vocabulary import load_vocabulary

CAPTIONS = """关于8月份建筑工地安全生产检查情况的通报

各建设单位、施工单位：
8月12日至22日，我局对全县在建工地开展了安全生产检查。现将有关情况通报如下：

一、存在的主要问题
检查发现，部分工地安全管理松懈。现将部分隐患照片说明如下（照片略）：
图1：城南安置小区项目塔吊司机无特种作业操作证上岗。
图2：实验中学综合楼项目脚手架连墙件缺失6处，安全网破损。
图3：滨江花园项目临时用电配电箱无漏电保护器，电线拖地。
图4：县医院门诊楼项目基坑边未设防护栏杆。

二、整改要求
1.城南安置小区项目要立即停止无证人员操作塔吊，8月31日前更换持证司机。
2.实验中学综合楼项目要在9月5日前补齐连墙件，更换破损安全网，经监理验收后方可继续施工。
3.滨江花园项目要立即安装漏电保护器，9月1日前完成线路架空整改。
4.县医院门诊楼项目要在8月30日前完成基坑临边防护，整改情况报县安监站复查。

联系人：县住建局安监站 刘明 电话：0739-1234567

县住房和城乡建设局
2025年8月25日
"""


def test_photo_captions_number_the_problems() -> None:
    r = segment_text(CAPTIONS)
    assert len(r.findings) == 4
    assert "塔吊司机无特种作业操作证" in r.findings[0].finding.text
    assert "基坑边未设防护栏杆" in r.findings[3].finding.text
    assert "连墙件" in measure_texts(r)[1]
    assert "基坑临边防护" in measure_texts(r)[3]


def test_a_before_and_after_photo_numbers_no_problem() -> None:
    text = CAPTIONS.replace("图4：县医院门诊楼项目基坑边未设防护栏杆。", "图4：县医院门诊楼项目基坑整改前照片。")
    r = segment_text(text)
    assert len(r.findings) == 3
    assert all(not f.finding.text.startswith("县医院门诊楼") for f in r.findings)


def test_vocabulary_1_10_0_reads_it_as_before() -> None:
    old = segment_text(CAPTIONS, vocabulary=load_vocabulary("1.10.0"))
    assert old.findings == []  # the captions number nothing: the notice is not read
