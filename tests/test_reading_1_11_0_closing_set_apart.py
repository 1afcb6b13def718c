"""Reading vocabulary 1.11.0: where every other item's answer carries its label, an unlabelled paragraph
after the last item, set apart by a blank line and speaking of the problems in general, closes the
report and is no answer of that item (closing_set_apart), on text composed for the test; 1.10.0 reads
it as before."""

from __future__ import annotations

from segment_support import measure_texts, segment_text

from checker.vocabulary import load_vocabulary

CLOSED = """关于食堂食品安全检查反馈问题整改情况的报告

县市场监管局:
8月20日,县市场监管局对我园食堂进行了检查,反馈问题4个.现将整改情况报告如下:

1.问题:食堂从业人员1名健康证过期.
整改:8月25日该员工已到县疾控中心体检,取得新的健康证.

2.问题:食品留样不足125克.
整改:已购置电子秤1台,每餐留样称重记录,园长每周抽查.

3.问题:冷藏柜生熟食品混放.
整改:已分设生食、熟食冷藏柜各1台,张贴标识.

4.问题:消毒记录不完整,缺7天记录.

其余问题已全部整改到位.下一步,我园将持续加强食堂管理,确保师生饮食安全.

县实验幼儿园
2025年9月5日
"""


def test_the_closing_paragraph_is_no_answer_of_the_last_item() -> None:
    r = segment_text(CLOSED)
    assert len(r.findings) == 4
    assert "消毒记录不完整" in r.findings[3].finding.text
    assert "其余问题" not in r.findings[3].finding.text
    assert r.findings[3].measure is None
    assert "电子秤" in measure_texts(r)[1]


def test_vocabulary_1_10_0_reads_it_as_before() -> None:
    old = segment_text(CLOSED, vocabulary=load_vocabulary("1.10.0"))
    last = old.findings[-1]
    assert "其余问题" in last.finding.text + (last.measure.text if last.measure else "")
