"""Reading vocabulary 1.10.0: beside findings with a measure, one without that goes on in its own words to
what the writer did or will do about it (…我们已于4月8日…) makes the reading doubt its shape
(answer_inside_doubt), on text composed for the test; 1.9.0 trusts it as before."""

from __future__ import annotations

from segment_support import segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

THRESHOLD = 0.62  # the trust under which a reading is refused

REPLY = """区教育局安全办：
4月3日区教育局安全检查组到我园检查后，反馈了4个问题，我园已经按要求进行了整改，现将整改情况汇报如下：

一、大型玩具滑梯底部防护垫破损老化，我们已于4月8日更换新防护垫3块，并在滑梯旁设置了看护点。
二、厨房燃气报警器未接入值班室，已请燃气公司上门改线，4月10日接通，测试报警正常。
三、午睡室窗户没有安装限位器，幼儿能推开窗户，我园将尽快采购限位器进行加装。
四、晨检记录不全，3月份有4天没有记录，已要求保健医生逐项填写，园长每周抽查签字。

以上是我园的整改情况，请审阅。

城南幼儿园办公室
"""


def test_a_finding_that_tells_its_own_answer_beside_answered_ones_is_doubted() -> None:
    # read without the rule that parts an item's own answer at its comma: the answers stay inside
    r = segment_text(REPLY, vocabulary=vocabulary_without("item_answer_clause"))
    answered = [f.measure is not None for f in r.findings]
    assert any(answered) and not all(answered)
    assert r.segmentation.features["shape_doubts"] == 1.0
    assert r.segmentation.confidence < THRESHOLD


def test_with_the_answer_parted_at_its_comma_each_item_is_answered_and_trusted() -> None:
    r = segment_text(REPLY)
    assert len(r.findings) == 4
    assert all(f.measure is not None for f in r.findings)
    assert r.findings[1].measure is not None and r.findings[1].measure.text.startswith("已请燃气公司")
    assert r.segmentation.features.get("shape_doubts", 0.0) == 0.0
    assert r.segmentation.confidence >= THRESHOLD


def test_vocabulary_1_9_0_trusts_it_as_before() -> None:
    old = segment_text(REPLY, vocabulary=load_vocabulary("1.9.0"))
    assert old.segmentation.features.get("shape_doubts", 0.0) == 0.0
