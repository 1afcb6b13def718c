"""Reading vocabulary 1.10.0: a reading none of whose findings has a measure doubts itself when a problem
tells what was done or promised about it (虽经…，但…; 力争…解决) or is the check's own account (对…进行了
检查) (acted_problems_doubt), on text composed for the test; 1.9.0 trusts it as before."""

from __future__ import annotations

from segment_support import segment_text

from checker.vocabulary import load_vocabulary

THRESHOLD = 0.62  # the trust under which a reading is refused

TOLD = """三、当前存在的困难和问题：1、我院门诊楼建于1985年，墙体多处开裂，经县住建局鉴定为C级危房，虽经医院自筹资金对屋面进行了防水处理，但整体加固至今无法落实。2、院区紧邻国道，救护车进出与过往车辆交汇处没有设置警示标志和减速带。3、住院部消防喷淋系统管道锈蚀，部分喷头无法正常出水，力争于本月底前完成更换。4、医院周边流动摊贩长期占道经营，虽经医院和城管部门多次劝离，但反弹严重，影响患者就医通行。
"""

PLAIN = """三、当前存在的困难和问题：1、我院门诊楼建于1985年，墙体多处开裂，经县住建局鉴定为C级危房，整体加固资金至今没有着落。2、院区紧邻国道，救护车进出与过往车辆交汇处没有设置警示标志和减速带。3、住院部消防喷淋系统管道锈蚀，部分喷头无法正常出水。4、医院周边流动摊贩长期占道经营，影响患者就医通行。
"""


def test_problems_that_tell_what_was_done_about_them_are_doubted() -> None:
    r = segment_text(TOLD)
    assert len(r.findings) == 4 and all(f.measure is None for f in r.findings)
    assert r.segmentation.features["shape_doubts"] == 1.0
    assert r.segmentation.confidence < THRESHOLD


def test_problems_that_only_state_a_fault_are_no_sign() -> None:
    r = segment_text(PLAIN)
    assert len(r.findings) == 4
    assert r.segmentation.features.get("shape_doubts", 0.0) == 0.0


def test_vocabulary_1_9_0_trusts_it_as_before() -> None:
    old = segment_text(TOLD, vocabulary=load_vocabulary("1.9.0"))
    assert len(old.findings) == 4
    assert old.segmentation.features.get("shape_doubts", 0.0) == 0.0
    assert old.segmentation.confidence >= THRESHOLD
