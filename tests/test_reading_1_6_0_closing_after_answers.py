"""Reading vocabulary 1.6.0: paragraphs that close a report after every finding has had its own
measure are no measures the reading failed to pair (orphans_after_answers), on text composed for
the test; with the flag off they count against the reading as before."""

from __future__ import annotations

from segment_support import segment_text, vocabulary_without

ANSWERED = """街道对某小区物业服务进行了检查，发现存在多项问题。首先，小区消防通道被车辆占用，部分灭火器过期未检；其次，地下车库照明不足，多处灯具损坏；再者，物业对业主投诉回复不及时。
针对以上问题，街道督促物业公司立即整改。首先，针对消防问题，物业公司清理了通道车辆，并更换了过期灭火器；其次，在车库照明方面，物业公司更换了损坏灯具，并增设照明设备；最后，在投诉处理方面，物业公司建立了投诉台账，并安排专人按时回复。
经过一段时间的整改和督促，小区的面貌得到了明显改善，业主对物业服务的评价也逐步提高。
通过这次检查可以看出，街道的持续督促和监管能够推动物业公司提升服务水平，今后将继续开展检查。
"""


def _orphans(r) -> float:  # type: ignore[no-untyped-def]
    return r.segmentation.features.get("orphan_actions", 0.0)


def test_closing_paragraphs_after_answered_findings_are_no_orphans():
    r = segment_text(ANSWERED)
    assert len(r.findings) == 3
    assert all(f.measure is not None for f in r.findings)
    assert _orphans(r) == 0.0
    before = segment_text(ANSWERED, vocabulary=vocabulary_without("orphans_after_answers"))
    assert [f.finding.text for f in before.findings] == [f.finding.text for f in r.findings]
    assert _orphans(before) > 0.0
    assert before.segmentation.confidence < r.segmentation.confidence


def test_a_paragraph_stating_a_fault_after_the_answers_still_counts():
    # a fault after the last answer may be a finding the reading missed, with its fix
    text = ANSWERED.replace("经过一段时间的整改和督促，", "复查时发现楼道仍有杂物堆放未清理，已要求物业公司整改，")
    r = segment_text(text)
    assert _orphans(r) > 0.0
