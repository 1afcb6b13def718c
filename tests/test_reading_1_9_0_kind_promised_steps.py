"""Reading vocabulary 1.9.0, document kind: measures that only promise next steps (将…, 计划…), nothing
done nor required, are a plan's or a self-review's, not work done; they weigh for whichever of the two
the other signals favour. On text composed for the test, and read as before without the weight
(promised_text)."""

from __future__ import annotations

from segment_support import segment_text

from checker.models import Source
from checker.options import ReviewOptions
from checker.pipeline import review_source
from checker.rubric import load_rubric
from checker.vocabulary import Vocabulary, load_vocabulary

V = load_vocabulary()


def _kind_with(**weights: float) -> Vocabulary:
    kind = V.weights.kind.model_copy(update=weights)
    return V.model_copy(update={"weights": V.weights.model_copy(update={"kind": kind})})


OFF = _kind_with(promised_text=0.0)

NEXT_STEPS = """为做好汛期安全工作，5月8日，镇水利站对辖区内山塘水库开展了安全检查。检查中发现主要存在以下问题：一是部分山塘溢洪道杂草丛生；二是个别水库警示标志缺失；三是巡查记录填写不规范；四是防汛物资储备不足。针对上述问题，我站将分期分批开展整治，加强日常巡查，补齐防汛物资。
"""

SELF_CHECK = "镇水利站汛前安全自查报告\n\n" + NEXT_STEPS


def test_promised_next_steps_make_a_plan_whose_items_need_dates():
    r = segment_text(NEXT_STEPS)
    assert len(r.findings) == 4
    assert r.kind == "plan"
    # without the weight nothing decided the kind
    assert segment_text(NEXT_STEPS, vocabulary=OFF).kind == "unknown"
    review = review_source(Source(path="composed.txt", text=NEXT_STEPS, format="txt"), load_rubric(None), ReviewOptions())
    assert all("missing_deadline" in {fl.code for fl in f.flags} for f in review.findings)


def test_promised_next_steps_of_a_self_review_weigh_for_the_work_report():
    r = segment_text(SELF_CHECK)
    assert r.kind == "work_report"
    off = _kind_with(promised_text=0.0)
    assert segment_text(SELF_CHECK, vocabulary=off).kind == "work_report"


def test_next_steps_after_work_done_do_not_weigh():
    done = NEXT_STEPS.replace("我站将分期分批开展整治", "我站已完成整治。下一步，我站将分期分批开展巡查")
    assert segment_text(done).kind != "plan"
