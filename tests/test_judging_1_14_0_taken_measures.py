"""Rubric 1.14.0's unverifiable_claim change, on text composed for the test: measures a report
introduces as taken and carried out (已制定并落实以下整改措施：) claim work done, and a measure there
with no count, date, document number or named unit cannot be checked; rubric 1.13.0 judges as
before."""

from __future__ import annotations

from checker.models import Source
from checker.options import ReviewOptions
from checker.pipeline import review_source
from checker.rubric import load_rubric

NEW = load_rubric("rectification@1.14.0")
OLD = load_rubric("rectification@1.13.0")

# a self-check report whose fixes are said to be carried out, with nothing a reader could check
TAKEN = """社区卫生服务站自查整改报告
一、存在问题
1.候诊区座椅破损，影响群众就诊。
2.药品库房温湿度记录不完整。
二、整改措施
针对上述问题，我站已制定并落实以下整改措施：
1.更换候诊区座椅，改善就诊环境。
2.明确专人负责库房温湿度记录，定期检查记录情况。
"""

# the same report with what was done counted and dated
TAKEN_COUNTED = """社区卫生服务站自查整改报告
一、存在问题
1.候诊区座椅破损，影响群众就诊。
2.药品库房温湿度记录不完整。
二、整改措施
针对上述问题，我站已制定并落实以下整改措施：
1.2024年3月5日更换候诊区座椅12张。
2.指定药剂科王明负责库房温湿度记录，3月起每日记录2次。
"""

# fixes only drawn up (制定了以下改进措施) claim nothing carried out
DRAWN_UP = """社区卫生服务站自查整改报告
一、存在问题
1.候诊区座椅破损，影响群众就诊。
2.药品库房温湿度记录不完整。
二、整改措施
针对上述问题，我们制定了以下改进措施：
1.更换候诊区座椅，改善就诊环境。
2.明确专人负责库房温湿度记录，定期检查记录情况。
"""


def _review(text: str, rubric):
    return review_source(Source(path="composed.txt", text=text, format="txt"), rubric, ReviewOptions())


def _codes(review) -> list[set[str]]:
    return [{fl.code for fl in f.flags} for f in review.findings]


def test_taken_measures_with_nothing_to_check_are_unverifiable() -> None:
    new, old = _codes(_review(TAKEN, NEW)), _codes(_review(TAKEN, OLD))
    assert len(new) == 2
    assert all("unverifiable_claim" in c for c in new)
    assert all("unverifiable_claim" not in c for c in old)


def test_taken_measures_need_no_deadline() -> None:
    assert all("missing_deadline" not in c for c in _codes(_review(TAKEN, NEW)))


def test_counted_and_dated_measures_are_checkable() -> None:
    new = _codes(_review(TAKEN_COUNTED, NEW))
    assert len(new) == 2
    assert all("unverifiable_claim" not in c for c in new)


def test_measures_only_drawn_up_claim_nothing_done() -> None:
    new = _codes(_review(DRAWN_UP, NEW))
    assert len(new) == 2
    assert all("unverifiable_claim" not in c for c in new)


# --- the question of a claim whose topic the rubric does not name ----------------------------------

POSTERS = """关于文明城市创建督查问题整改情况的报告

1.城南广场未设置诚信建设公益广告。
整改情况：已按时整改到位。
2.城北公园健身器材破损，未及时修复。
整改情况：已更换健身器材6套，10月12日完成验收。
"""


def test_a_claim_on_no_money_is_not_asked_for_money_returned() -> None:
    def questions(version: str) -> list[str]:
        review = review_source(
            Source(path="composed.txt", text=POSTERS, format="txt"), load_rubric(f"rectification@{version}"), ReviewOptions()
        )
        return [fl.follow_up or "" for fl in review.findings[0].flags if fl.code == "unverifiable_claim"]

    (now,) = questions("1.14.0")
    assert "已按时整改到位" in now and "退回" not in now and "日期" in now
    (before,) = questions("1.13.0")
    assert "退回金额" in before
