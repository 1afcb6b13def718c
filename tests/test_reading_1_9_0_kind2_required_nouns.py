"""Reading vocabulary 1.9.0, document kind: a requirement's word named as a noun (审计意见和建议得以落实)
requires nothing, so the rectification told after a requirement reports it met; on text composed for
the test, and read as before without the flag (required_nouns)."""

from __future__ import annotations

from segment_support import kind_without, segment_text

from checker.segment.kind import measure_says
from checker.vocabulary import load_vocabulary

V = load_vocabulary()
OLD = load_vocabulary("1.8.0")



OFF = kind_without("required_nouns")

NEWS = """据市政府网消息，今年市审计局对三个区的老旧小区改造资金进行了专项审计，发现有的区存在资金拨付滞后、工程结算不实、项目变更未报批等问题，审计机关依法提出了审计意见和建议。市政府督查室随即下发督办通知，要求各区对存在的问题及时整改。各区政府高度重视，及时进行整改并向市政府作了书面报告，使审计意见和建议得以落实。
"""

MEASURE = "要求各区对存在的问题及时整改。各区及时进行整改并作了书面报告，使审计意见和建议得以落实。"


def test_a_news_item_on_a_requirement_met_reports_progress():
    r = segment_text(NEWS)
    assert len(r.findings) >= 3
    assert r.kind == "progress_report"
    assert segment_text(NEWS, vocabulary=OFF).kind == "plan"


def test_the_named_requirement_asks_nothing():
    assert measure_says(V, MEASURE) == (True, False, False)
    # a requirement made after the work told done still stands
    assert measure_says(V, "各区已作了书面报告。要求各区于6月底前把审计建议落实到位。")[1] is True
    # the flag off, and the older vocabulary, read 建议 as the last requirement
    assert measure_says(OFF, MEASURE)[1] is True
    assert measure_says(OLD, MEASURE)[1] is True
