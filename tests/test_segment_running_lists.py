"""Problems listed in running text (paragraph_lists), on text composed for the test: forms of news
items and notices whose problems are no 一是…二是 run and no 、 list closed by 等问题."""

from __future__ import annotations

from segment_support import segment_text


def _measures(r) -> list[str]:
    return [f.measure.text if f.measure is not None else "" for f in r.findings]


# --- an intro ending in a colon, then one problem a sentence ---------------------------------------

INTRO_THEN_SENTENCES = """6月12日上午，区爱卫办会同区城管局对城区各街道背街小巷环境卫生进行了检查。
检查中发现的问题有：部分路段清扫保洁不彻底，绿化带内仍有塑料袋、烟头。部分小区垃圾桶满溢，周边污水横流。农贸市场周边占道经营现象依然存在。个别工地出入口车辆带泥上路。
检查组要求各街道立即组织整改，三日内将整改情况报区爱卫办。
"""


def test_an_intros_sentences_are_its_problems_one_a_sentence():
    r = segment_text(INTRO_THEN_SENTENCES)
    assert len(r.findings) == 4
    assert "清扫保洁不彻底" in r.findings[0].finding.text and "垃圾桶满溢" not in r.findings[0].finding.text
    assert "带泥上路" in r.findings[3].finding.text
    assert all("三日内将整改情况" in m for m in _measures(r))
