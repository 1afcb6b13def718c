"""Reading vocabulary 1.10.0: a scan's first heading numeral read as a dash (（—） for （一）) is read as
the （一） it stands for where （二） follows (ocr_dash_numerals), and a printed page's number alone on its
line (— 3 —) is page residue, not report content (pattern page_number_line), on text composed for the
test; 1.9.0 reads it as before."""

from __future__ import annotations

from segment_support import segment_text

from checker.vocabulary import load_vocabulary

SCANNED = """关于食品安全监督检查发现问题
整改情况的报告

县市场监督管理局：
    根据县市场监督管理局检查意见要求，我公司对检查发现的3个问
题逐项进行了整改，现将整改情况报告如下：
    （—）关于从业人员健康证过期的问题。检查发现后厨2名从业人员
健康证已过期。
    整改情况：2名人员已于6月12日重新体检并取得健康证，公司建立
了健康证到期提醒台账。
    （二）关于原料进货查验记录不全的问题。抽查5月份进货记录，有
11批次原料缺少供货商资质。

                              — 3 —

    整改情况：已向供货商补齐11批次资质材料，并由采购部每周核对
一次进货记录。
    （三）关于冷藏设备温度记录缺失的问题。2台冷藏柜无温度记录。
    整改情况：已为2台冷藏柜张贴温度记录表，由厨师长每日早晚各记
录一次。

                                某某餐饮管理有限公司
                                2025年6月20日
"""


def test_a_dashed_first_numeral_opens_the_first_item_and_the_page_number_is_residue() -> None:
    r = segment_text(SCANNED)
    assert len(r.findings) == 3
    first = r.findings[0]
    assert "健康证已过期" in first.finding.text
    assert first.measure is not None and "重新体检" in first.measure.text
    second = r.findings[1]
    assert second.measure is not None and "补齐11批次" in second.measure.text
    assert all("— 3 —" not in (f.measure.text if f.measure else "") for f in r.findings)
    assert any(b.text.strip() == "— 3 —" for b in r.boilerplate)


def test_block_numbers_set_between_dashes_are_no_page_numbers() -> None:
    r = segment_text("——1——\n问题描述：灭火器过期。\n整改措施：已更换。\n")
    assert not any("——1——" in b.text for b in r.boilerplate)


def test_vocabulary_1_9_0_reads_it_as_before() -> None:
    old = segment_text(SCANNED, vocabulary=load_vocabulary("1.9.0"))
    assert len(old.findings) != 3  # the dashed item is not read as one of its own
    assert not any(b.text.strip() == "— 3 —" for b in old.boilerplate)
