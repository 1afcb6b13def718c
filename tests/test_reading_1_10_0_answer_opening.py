"""Reading vocabulary 1.10.0: beside findings with a measure, one without that opens as an answer does, on
the problem it answers (针对…的问题，医院于…) or on the writer acting (我们组织…), makes the reading doubt its
shape (answer_opening_doubt), on text composed for the test; 1.9.0 trusts it as before."""

from __future__ import annotations

from segment_support import segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

THRESHOLD = 0.62  # the trust under which a reading is refused

REPLY = """青山镇卫生院关于医疗质量专项检查反馈问题整改情况的报告

县卫生健康局：
2025年5月，县卫生健康局医疗质量检查组对我院进行了专项检查，反馈了5个方面问题。院委会逐条研究，明确了责任科室和完成时限。现将整改情况报告如下：

（一）针对门诊处方书写不规范、部分处方缺少医师签名的问题，医院于6月初组织全体医师开展处方规范培训，医务科每月抽查门诊处方100张，6月份抽查合格率已达98%。

（二）针对消毒供应室灭菌监测记录不全的问题，我们要求消毒供应室每锅次填写生物监测记录，护理部每周检查一次。

（三）院感管理方面，检查组指出部分科室医疗废物暂存点未上锁。我们已为4个暂存点更换了带锁的周转箱，并落实专人管理。

（四）我们组织全体护理人员学习了《病历书写基本规范》，召开了病历质量分析会，进一步加强了病历质量管理，解决了护理记录与医嘱不一致的问题。

（五）对于急救药品过期未及时更换的问题，医院将进一步完善急救车管理制度，由药剂科每月底逐一核对有效期。

下一步，我院将持续抓好医疗质量管理，巩固整改成果。

青山镇卫生院
2025年7月15日
"""


def test_items_that_lead_with_the_act_read_whole_as_problems_are_doubted() -> None:
    # read without the rules that part such an item into its problem and its answer
    r = segment_text(REPLY, vocabulary=vocabulary_without("problem_named_lead", "problem_named_last"))
    answered = [f.measure is not None for f in r.findings]
    assert any(answered) and not all(answered)
    assert r.segmentation.features["shape_doubts"] == 1.0
    assert r.segmentation.confidence < THRESHOLD


def test_with_each_item_parted_every_finding_is_answered_and_trusted() -> None:
    r = segment_text(REPLY)
    assert len(r.findings) == 5
    assert all(f.measure is not None for f in r.findings)
    assert r.findings[0].finding.text.startswith("针对门诊处方")
    assert r.findings[0].measure is not None and r.findings[0].measure.text.startswith("医院于6月初")
    assert r.segmentation.features.get("shape_doubts", 0.0) == 0.0
    assert r.segmentation.confidence >= THRESHOLD


def test_problems_told_by_the_writer_without_any_answer_read_are_no_sign_here() -> None:
    text = """（一）我院对医疗废物分类管理重视不够，部分科室混放。
（二）我院对院感培训组织不力，新入职人员未参加岗前培训。
"""
    r = segment_text(text)
    assert r.segmentation.features.get("shape_doubts", 0.0) == 0.0


def test_vocabulary_1_9_0_trusts_it_as_before() -> None:
    old = segment_text(REPLY, vocabulary=load_vocabulary("1.9.0"))
    assert old.segmentation.features.get("shape_doubts", 0.0) == 0.0
