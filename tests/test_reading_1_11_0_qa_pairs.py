"""Reading vocabulary 1.11.0: a board of questions and answers (问：… / 答：…) is read pair by pair, each
pair that names a fault a finding, the question with the answer's opening that tells the problem, the
rest of the answer its measure; the tally pair and a pair naming no fault are none (qa_pairs), on text
composed for the test; 1.10.0 reads it as before."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

BOARD = """青石社区巡察整改情况问答
（社区公开栏）

今年4月，区委第二巡察组对我社区开展了巡察。现将居民关心的整改情况以问答形式公开如下。

问：这次巡察发现了多少问题？改完了吗？
答：区委第二巡察组反馈我社区问题4个，目前已整改3个，还有1个正在整改。

问：小区公共停车位被人长期占用，社区管了没有？
答：巡察指出社区对公共停车位管理缺位，有6个车位被个人圈占。社区已于5月12日拆除私装地锁6把，并在车位旁设置了公示牌。

问：社区活动室经常锁门，是怎么回事？
答：活动室开放时间不固定，管理员经常不在岗。从6月起，活动室每天9时至21时开放，由两名网格员轮流值守。

问：社区食堂的账目为啥不公开？
答：这个问题社区很重视，今后食堂账目会按季度在公开栏公布。

问：对整改工作有意见向哪里反映？
答：可以拨打社区监督委员会电话，也可以直接向街道纪工委反映。

青石社区党委
2025年7月1日
"""


def test_each_pair_naming_a_fault_is_a_finding() -> None:
    r = segment_text(BOARD)
    assert r.layout == "qa_pairs"
    assert len(r.findings) == 3
    first, second, third = r.findings
    assert "公共停车位被人长期占用" in first.title
    assert "有6个车位被个人圈占" in first.finding.text
    assert "拆除私装地锁6把" in measure_texts(r)[0]
    assert "圈占" not in measure_texts(r)[0]
    assert "管理员经常不在岗" in second.finding.text
    assert measure_texts(r)[1].startswith("从6月起")
    assert "账目为啥不公开" in third.finding.text
    assert measure_texts(r)[2].startswith("这个问题社区很重视")


def test_the_tally_and_the_channel_are_no_findings() -> None:
    r = segment_text(BOARD)
    held = " ".join(f.span.text for f in r.findings)
    assert "多少问题" not in held
    assert "监督委员会电话" not in held


def test_without_the_flag_or_with_1_10_0_it_reads_as_before() -> None:
    for v in (load_vocabulary("1.10.0"), vocabulary_without("qa_pairs")):
        old = segment_text(BOARD, vocabulary=v)
        assert old.layout != "qa_pairs"
        assert len(old.findings) != 3
