"""Reading vocabulary 1.10.0: a 销号表 read with its result column (整改结果及佐证材料), which tells what was
done, outside each row's measure makes the reading doubt its shape (result_outside_doubt), read as before
that column joined the measure; read with it joined, the reading is trusted. A bare status cell (已完成,
整改中) is no sign. On text composed for the test; 1.9.0 reads it as before."""

from __future__ import annotations

from segment_support import segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

THRESHOLD = 0.62  # the trust under which a reading is refused

TABLE = """青禾乡县委巡察反馈问题整改销号台账

填报单位：中共青禾乡委员会        填报时间：2025年9月30日

| 序号 | 巡察反馈问题 | 整改措施 | 责任人 | 整改时限 | 整改结果及佐证材料 | 销号意见 |
| --- | --- | --- | --- | --- | --- | --- |
| 1 | 村级财务报账把关不严，5个村的报销凭证无村务监督委员会签字 | 逐笔补办审核手续，修订村级财务管理办法 | 张明 | 2025年7月31日 | {r1} | 同意销号 |
| 2 | 耕地保护巡查不到位，2处耕地被违规堆放建筑材料 | 督促清运建筑材料，复垦被占耕地，建立网格巡查台账 | 李强 | 2025年8月31日 | {r2} | 同意销号 |
| 3 | 惠民补贴未按规定在村务公开栏公示 | 各村补充公示，建立公示台账 | 王芳 | 2025年6月30日 | {r3} | 同意销号 |
| 4 | 乡卫生院3批次药品采购未履行比价程序 | 补充比价记录，制定药品采购比价制度 | 赵军 | 2025年8月15日 | {r4} | 同意销号 |

审核人：张明        填表人：刘燕
"""

RESULTS = {
    "r1": "已完成。5个村42张凭证已补齐签字，修订印发《青禾乡村级财务管理办法》。佐证：凭证复印件",
    "r2": "已完成。8月20日清运建筑材料36车，复垦耕地3.2亩。佐证：现场照片、巡查台账",
    "r3": "已完成。6月28日各村补充公示完毕。佐证：公示照片",
    "r4": "已完成。补充比价记录3份，印发采购比价制度。佐证：制度文本",
}
BARE = dict.fromkeys(RESULTS, "已完成")


def test_a_result_column_left_out_of_the_measure_is_doubted() -> None:
    r = segment_text(TABLE.format(**RESULTS), vocabulary=vocabulary_without("result_cell_measure"))
    assert len(r.findings) == 4
    assert all(f.measure is not None and "佐证" not in f.measure.text for f in r.findings)
    assert r.segmentation.features["shape_doubts"] == 1.0
    assert r.segmentation.confidence < THRESHOLD


def test_the_result_column_read_into_the_measure_is_trusted() -> None:
    r = segment_text(TABLE.format(**RESULTS))
    assert len(r.findings) == 4
    assert all(f.measure is not None and "佐证" in f.measure.text for f in r.findings)
    assert r.segmentation.features["shape_doubts"] == 0.0
    assert r.segmentation.confidence >= THRESHOLD


def test_a_bare_status_cell_is_no_sign() -> None:
    r = segment_text(TABLE.format(**BARE), vocabulary=vocabulary_without("result_cell_measure"))
    assert len(r.findings) == 4
    assert r.segmentation.features["shape_doubts"] == 0.0


def test_vocabulary_1_9_0_reads_it_as_before() -> None:
    old = segment_text(TABLE.format(**RESULTS), vocabulary=load_vocabulary("1.9.0"))
    assert old.segmentation.features.get("shape_doubts", 0.0) == 0.0
    assert all(f.measure is not None and "佐证" not in f.measure.text for f in old.findings)
