"""Reading vocabulary 1.10.0: a measure several findings share that names by number the problems it answers
(针对问题1：… 针对问题4：…), two or more, and not one of the findings sharing it, makes the reading doubt its
shape (numbered_answers_gap_doubt), on text composed for the test; 1.9.0 trusts it as before."""

from __future__ import annotations

from segment_support import segment_text

from checker.vocabulary import load_vocabulary

THRESHOLD = 0.62  # the trust under which a reading is refused

GAP = """关于食品安全专项检查反馈问题的整改报告

县市场监管局：
5月对我校食堂开展食品安全专项检查后反馈了问题，现将整改情况报告如下。

一、检查反馈的问题
1.食堂留样记录不完整，抽查10天的留样记录中有3天未记录留样人。
2.部分从业人员健康证过期，2名帮厨人员健康证已过期2个月。
3.冷藏柜生熟食品混放，未按要求分区存放。
4.餐具消毒记录缺失，4月份有5天无消毒记录。

二、整改措施
{answers}
三、下一步打算
一是加强食堂人员培训；二是落实校领导陪餐制度。

县第二中学
2025年6月10日
"""

WITH_GAP = """针对问题1：重新制定留样登记表，明确留样人签字，5月20日起由总务处每周检查。
针对问题2：2名帮厨人员已于5月18日重新体检并取得健康证，未取得前暂停上岗。
针对问题4：补齐消毒记录，消毒柜旁张贴消毒流程，食堂管理员每日核对签字。
"""

NO_GAP = WITH_GAP.replace("针对问题4：", "针对问题3和问题4：冷藏柜已分区标识生熟食品；")


def test_a_shared_answer_naming_other_problems_by_number_is_doubted() -> None:
    r = segment_text(GAP.format(answers=WITH_GAP))
    shared = {f.measure.view for f in r.findings if f.measure is not None}
    if len(shared) == 1 and len(r.findings) >= 2:  # read as one answer for all: it names no 3
        assert r.segmentation.features["shape_doubts"] == 1.0
        assert r.segmentation.confidence < THRESHOLD
    else:  # parted by the numbers: no shared answer to doubt
        assert r.segmentation.features.get("shape_doubts", 0.0) == 0.0


def test_a_shared_answer_naming_every_problem_is_no_sign() -> None:
    r = segment_text(GAP.format(answers=NO_GAP))
    assert r.segmentation.features.get("shape_doubts", 0.0) == 0.0


def test_vocabulary_1_9_0_trusts_it_as_before() -> None:
    old = segment_text(GAP.format(answers=WITH_GAP), vocabulary=load_vocabulary("1.9.0"))
    assert old.segmentation.features.get("shape_doubts", 0.0) == 0.0
    assert old.segmentation.confidence >= THRESHOLD
