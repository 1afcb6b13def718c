"""Reading vocabulary 1.10.0: in a table with a measure column, a status column's cell that tells what
was done (整改结果及佐证材料: 已完成。…) is part of the row's measure, a bare status (已清理) is not
(result_cell_measure), on text composed for the test; 1.9.0 reads it as before."""

from __future__ import annotations

from segment_support import measure_texts, segment_text

from checker.vocabulary import load_vocabulary

LEDGER = """青山街道党工委巡察反馈问题整改销号表

填报单位：青山街道党工委        填报时间：2025年9月20日

| 序号 | 反馈问题 | 整改措施 | 责任人 | 完成时限 | 整改结果及佐证材料 | 销号意见 |
| --- | --- | --- | --- | --- | --- | --- |
| 1 | 社区公益性岗位人员管理松散，3名人员长期不在岗仍领取补贴 | 清理不在岗人员，追回违规领取的补贴 | 周平 | 2025年8月31日 | 已完成。解除3人岗位协议，追回补贴2.4万元。佐证：解除协议书、缴款凭证 | 同意销号 |
| 2 | 街道食堂采购未执行比价制度 | 建立食堂采购三方比价制度 | 吴敏 | 2025年7月31日 | 已清理 | 同意销号 |
| 3 | 辖区2处消防通道被占用 | 联合城管清理占道物品 | 郑华 | 2025年6月30日 | 6月18日清理占道物品2处，设置禁停标识 | 同意销号 |

注：共3个问题，已销号3个。
"""


def test_a_result_cell_that_tells_what_was_done_is_part_of_the_measure() -> None:
    r = segment_text(LEDGER)
    assert len(r.findings) == 3
    measures = measure_texts(r)
    assert "追回违规领取的补贴" in measures[0] and "追回补贴2.4万元" in measures[0]
    assert "比价制度" in measures[1] and "已清理" not in measures[1]  # a bare status stays a status
    assert "设置禁停标识" in measures[2]
    assert all(x.status is not None for x in r.findings)


def test_vocabulary_1_9_0_reads_it_as_before() -> None:
    measures = measure_texts(segment_text(LEDGER, vocabulary=load_vocabulary("1.9.0")))
    assert "追回补贴2.4万元" not in measures[0]
    assert "设置禁停标识" not in measures[2]
