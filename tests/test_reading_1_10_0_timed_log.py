"""Reading vocabulary 1.10.0: a visit told as a log of clock times (10:30，…；10:40，…) after an opening
naming it is read entry by entry (timed_log_entries), on text composed for the test: each entry not
telling of things in order is a finding, whatever words it uses for the lapse; an entry telling of
people at their posts is none; an entry the page cut off before it says what was seen is not read; a
paragraph after the log that answers is every finding's measure. 1.9.0 reads the log as before."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

LOG = """4月8日至4月10日，县纪委监委会同县委督查室对全县部分单位工作纪律开展了暗访。暗访发现，多数单位秩序良好，但仍有少数人员纪律松弛。
东城镇：上班时间串岗聊天
时间：4月9日上午
8:50，东城镇便民服务中心社保窗口无人在岗，桌上放置“暂停服务”牌。
9:15，镇综合办公室两名工作人员围坐聊天、嗑瓜子。
9:40，镇财政所工作人员全部在岗，办事群众有序排队。
西河乡：午休时间过长
时间：4月9日下午
14:30，西河乡政府二楼党政办大门紧锁；14:35，205办公室一名男同志用手机看短视频。
15:10，乡卫生院收费窗口工作人员坚守岗位，服务热情。
15:40，乡农业服务中心一名女同志在办公室网购。
"""

ANSWERED = LOG + """针对以上问题，县纪委监委已向相关单位下发督办通知，责令4月20日前书面说明情况并追究相关人员责任。
"""

CUT = LOG + "16:05，乡文化站一名男"


def test_each_lapse_of_the_log_is_a_finding() -> None:
    r = segment_text(LOG)
    assert r.layout == "observations"
    faults = [f.finding.text for f in r.findings]
    assert len(faults) == 5
    for fault, words in zip(
        faults, ("社保窗口无人在岗", "嗑瓜子", "党政办大门紧锁", "看短视频", "在办公室网购"), strict=True
    ):
        assert words in fault
    # the entries of people at their posts are no findings
    assert not any("全部在岗" in x or "坚守岗位" in x for x in faults)
    # two entries written on one line are two findings
    assert "205办公室" not in faults[2]
    assert measure_texts(r) == [""] * 5


def test_the_answer_after_the_log_answers_every_entry() -> None:
    r = segment_text(ANSWERED)
    assert len(r.findings) == 5
    assert all("下发督办通知" in m for m in measure_texts(r))


def test_an_entry_cut_off_by_the_page_is_not_read() -> None:
    r = segment_text(CUT)
    assert len(r.findings) == 5
    assert not any("文化站" in f.finding.text for f in r.findings)


def test_vocabulary_1_9_0_reads_the_log_as_before() -> None:
    for vocabulary in (load_vocabulary("1.9.0"), vocabulary_without("timed_log_entries")):
        r = segment_text(LOG, vocabulary=vocabulary)
        assert (r.layout, len(r.findings)) == ("none", 0)
