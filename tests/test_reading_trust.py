"""Every item accounted for, and a confidence that means something: items at the findings' level
that are not findings are named with the reason, and a reading that leaves much unexplained is
trusted less (fitted weights, refused below the rubric's threshold)."""

from __future__ import annotations

import json

import pytest
from segment_support import segment_text

from checker.errors import RubricError
from checker.models import Source
from checker.options import ReviewOptions
from checker.pipeline import review_source
from checker.renderers.structure import render_structure
from checker.rubric import load_rubric
from checker.vocabulary import TRUST_FEATURES, TrustWeights, load_vocabulary

ACCOUNTED = """县林业局关于巡察反馈问题整改情况的报告

一、整改工作总体情况
局党组召开专题会议5次，制定整改方案，明确责任领导和完成时限。
二、关于护林员管理不规范的问题
整改情况：已与38名护林员重新签订管护协议，每月考核一次。
三、关于生态补偿资金拨付滞后的问题
整改情况：已于2024年4月底前拨付滞后资金126万元。
四、关于林木采伐审批把关不严的问题
整改情况：已对2023年采伐审批逐件复查，撤销不合规审批2件。
五、下一步工作打算
持续巩固整改成果，建立长效机制。
"""


def test_items_not_read_as_findings_are_named_with_the_reason():
    r = segment_text(ACCOUNTED)
    assert len(r.findings) == 3
    assert [(n.text[:8], n.reason) for n in r.segmentation.not_findings] == [
        ("一、整改工作总体", "overview"), ("五、下一步工作打", "next_steps")
    ]
    assert "一、整改工作总体情况  → overview" in render_structure(r)
    assert r.segmentation.features["unexplained_items"] == 0.0


UNPAIRED_FIX = """某单位整改情况

一、存在问题
1.会议记录不完整。
2.档案管理混乱。
二、整改措施
1.已补齐2023年会议记录12次。
2.已对全部档案重新编目。
3.针对食堂账目不清的问题，已聘请会计重新建账。
"""


def test_a_fix_that_names_a_problem_no_finding_holds_is_unexplained():
    r = segment_text(UNPAIRED_FIX)
    assert len(r.findings) == 2
    assert [(n.text[:4], n.reason) for n in r.segmentation.not_findings] == [("3.针对", "unexplained")]
    assert r.segmentation.features["unexplained_items"] > 0


def test_the_features_of_a_reading_are_the_trust_model_s():
    r = segment_text(UNPAIRED_FIX)
    assert set(r.segmentation.features) == set(TRUST_FEATURES)
    assert all(0.0 <= value <= 1.0 for value in r.segmentation.features.values())


def test_the_trust_model_names_only_known_features():
    with pytest.raises(ValueError):
        TrustWeights(intercept=0.0, coefficients={"share_of_slogans": 1.0})
    v = load_vocabulary()
    assert set(v.weights.trust.coefficients) <= set(TRUST_FEATURES)


def test_trust_follows_the_fitted_weights():
    v = load_vocabulary()
    weights = v.weights.trust
    assert weights.coefficients, "the bundled vocabulary carries a fitted trust model"
    clean, patchy = segment_text(ACCOUNTED).segmentation, segment_text(UNPAIRED_FIX).segmentation
    # the more a reading leaves unexplained or unpaired, the less it is trusted
    assert weights.coefficients["unexplained_items"] < 0 and weights.coefficients["without_measure"] < 0
    assert patchy.confidence < clean.confidence


def test_a_reading_below_the_threshold_is_refused_not_scored():
    rubric = load_rubric(None)
    threshold = rubric.flags["unsegmented"].params["min_confidence"]
    patchy = review_source(Source(path="u.txt", text=UNPAIRED_FIX, format="txt"), rubric, ReviewOptions())
    assert patchy.document.segmentation.confidence < threshold
    assert patchy.summary.verdict == "unreviewed" and patchy.summary.score is None
    assert [fl.code for fl in patchy.document_flags] == ["unsegmented"]
    clean = review_source(Source(path="a.txt", text=ACCOUNTED, format="txt"), rubric, ReviewOptions())
    assert clean.document.segmentation.confidence >= threshold and clean.summary.verdict != "unreviewed"


def test_not_findings_are_in_the_json_segmentation_block():
    review = review_source(Source(path="a.txt", text=ACCOUNTED, format="txt"), load_rubric(None), ReviewOptions())
    data = json.loads(review.model_dump_json())
    assert "not_findings" in data["document"]["segmentation"]
    for item in data["document"]["segmentation"]["not_findings"]:
        assert item["reason"] in {"overview", "next_steps", "causes", "safeguards", "requirements", "general_measure", "unexplained"}


def test_an_unknown_vocabulary_key_in_the_trust_block_is_an_error(tmp_path):
    from checker.vocabulary import DEFAULT_VOCABULARY, parse_vocabulary, vocabulary_path

    text = vocabulary_path(DEFAULT_VOCABULARY).read_text(encoding="utf-8").replace("coefficients = {", "coefficients = { made_up = 1.0,", 1)
    bad = tmp_path / "vocabulary-9.toml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(RubricError):
        parse_vocabulary(bad)
