"""Reading vocabulary 1.9.0: an outline numbered by dotted numbers (2 / 2.1 / 2.1.1), on text composed
for the test, and read as before with the flag turned off."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

DOTTED = """关于食堂安全检查问题的自查报告

县教育局：
根据县局通知要求，我校于9月3日对食堂进行了全面自查，现将情况报告如下。

1 基本情况
学校食堂现有从业人员12人，日供餐约900人次。

2 自查发现的问题
2.1 食品安全方面
2.1.1 留样冰箱温度记录不全，8月有5天未记录。
2.1.2 两名从业人员健康证已过期未更换。
2.2 设施设备方面
2.2.1 操作间防蝇纱窗破损，未及时修补。

3 整改措施
3.1 留样冰箱温度由专人每日记录，总务处每周检查记录，9月5日起执行。
3.2 两名从业人员已于9月6日体检，健康证9月20日前换发，换发前暂停上岗。
3.3 操作间防蝇纱窗已于9月4日更换修补完毕。

县第二小学
2025年9月8日
"""


def test_each_depth_of_a_dotted_outline_is_a_level_of_its_own():
    r = segment_text(DOTTED)
    assert [f.finding.text[:6] for f in r.findings] == ["留样冰箱温度", "两名从业人员", "操作间防蝇纱"]
    assert [f.group.strip() if f.group else "" for f in r.findings] == ["食品安全方面", "食品安全方面", "设施设备方面"]
    measures = measure_texts(r)
    assert measures[0].startswith("留样冰箱温度由专人")
    assert measures[2].startswith("操作间防蝇纱窗已于")


def test_without_the_flag_the_dotted_lines_make_no_outline():
    before = segment_text(DOTTED, vocabulary=vocabulary_without("decimal_outline"))
    assert len(before.findings) != 3


def test_a_figure_in_a_sentence_is_no_dotted_outline():
    # one dotted number, in a line of prose: no outline of dotted levels
    text = DOTTED.replace("2.2 设施设备方面\n2.2.1 ", "").replace("2.1.2 ", "另有").replace("2.1.1 ", "")
    r = segment_text(text)
    assert not any(f.finding.text.startswith("2.1") for f in r.findings)
