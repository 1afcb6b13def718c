"""Reading vocabulary 1.11.0: a measure opened right after a measure label (整改措施：) that holds the same
label again further on ran past the next item's problem into its answer, and makes the reading doubt its
shape (measure_label_again_doubt), on text composed for the test; items read apart, and a measure that
goes on under another label (整改措施：… 整改情况：…), are no sign; 1.10.0 trusts the merged reading as
before."""

from __future__ import annotations

from segment_support import segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

THRESHOLD = 0.62  # the trust under which a reading is refused

REPORT = """关于县市场监管局食品安全检查发现问题整改情况的报告

县市场监督管理局：

9月12日，县市场监管局检查组对我园食堂食品安全工作进行了检查，指出了5个方面的问题。我园高度重视，逐条研究整改，现将整改情况报告如下：

1.食堂操作间防蝇设施缺失，纱窗破损2处。整改措施：已更换操作间纱窗，加装防蝇门帘和灭蝇灯各1套，9月15日完成。

2.食品原料进货查验记录不全，8月份有6批次蔬菜无供货凭证。整改措施：与供货商重新签订供货协议，每批次索取票据，由保管员登记台账，园长每周抽查。

3.3名厨工晨检记录未按日填写。整改措施：已整改。

4.餐具消毒后未放入保洁柜，露天存放。整改措施：新购置保洁柜1台，消毒后的餐具一律入柜存放。{joint}食品留样量不足，部分菜品留样不足125克。{label}购置电子秤1台，由专人负责每餐留样并称重记录。

今后，我园将严格落实食品安全主体责任，确保幼儿饮食安全。

县第二幼儿园
2025年9月20日
"""

# a page that lost the break and the number before the last item
MERGED = REPORT.format(joint="", label="整改措施：")
APART = REPORT.format(joint="\n\n5.", label="整改措施：")
PROGRESS = REPORT.format(joint="整改情况：已完成。\n\n5.", label="整改措施：")


def test_a_measure_holding_its_own_label_again_is_doubted() -> None:
    r = segment_text(MERGED)
    assert len(r.findings) == 4
    fourth = r.findings[3].measure
    assert fourth is not None and "整改措施：购置电子秤" in fourth.text  # the last item read into the fourth
    assert r.segmentation.features["shape_doubts"] == 1.0
    assert r.segmentation.confidence < THRESHOLD
    without = segment_text(MERGED, vocabulary=vocabulary_without("measure_label_again_doubt"))
    assert without.segmentation.features.get("shape_doubts", 0.0) == 0.0
    assert without.segmentation.confidence >= THRESHOLD


def test_items_read_apart_are_no_sign() -> None:
    r = segment_text(APART)
    assert len(r.findings) == 5
    assert r.segmentation.features.get("shape_doubts", 0.0) == 0.0


def test_a_measure_going_on_under_another_label_is_no_sign() -> None:
    r = segment_text(PROGRESS)
    assert len(r.findings) == 5
    fourth = r.findings[3].measure
    assert fourth is not None and "整改情况：已完成" in fourth.text
    assert r.segmentation.features.get("shape_doubts", 0.0) == 0.0


def test_vocabulary_1_10_0_trusts_it_as_before() -> None:
    old = segment_text(MERGED, vocabulary=load_vocabulary("1.10.0"))
    assert len(old.findings) == 4
    assert old.segmentation.features.get("shape_doubts", 0.0) == 0.0
    assert old.segmentation.confidence >= THRESHOLD
