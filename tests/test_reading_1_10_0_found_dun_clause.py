"""Reading vocabulary 1.10.0: a found list with no close of its own — the clause right after 发现 cut at
、 into faults, up to its ； (list_found_dun_clause) — on text composed for the test; 1.9.0 reads it as
before."""

from __future__ import annotations

from segment_support import assert_spans_exact, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

UNCLOSED = """县应急管理局对辖区农贸市场开展消防安全检查

近日，县应急管理局会同街道办事处对辖区6家农贸市场的消防安全情况开展了检查。
检查发现，部分市场普遍存在疏散通道堵塞、灭火器过期、电线私拉乱接、应急照明不亮、消防台账不健全；农贸市场人员密集，一旦起火后果严重。
针对上述情况，检查组当场下达了整改通知书：一是要求各市场立即清理疏散通道；二是在10月底前更换过期灭火器、规范电气线路；三是11月15日前补齐消防台账。
"""

CLOSED_OWN_WAY = """区委巡察组向社区党委反馈巡察情况

巡察中发现社区党组织普遍存在学习贯彻有落差、组织建设有欠缺、纪律约束有不足等“三有”问题。
巡察组提出意见建议，一要提高政治站位，二要加强班子建设。
"""


def test_the_clause_after_found_is_the_list() -> None:
    r = segment_text(UNCLOSED)
    assert_spans_exact(r)
    assert [f.finding.text.rstrip("。；") for f in r.findings][1:] == ["灭火器过期", "电线私拉乱接", "应急照明不亮", "消防台账不健全"]
    assert "疏散通道堵塞" in r.findings[0].finding.text
    assert all("人员密集" not in f.finding.text for f in r.findings)
    for f in r.findings:
        assert f.measure is not None and "补齐消防台账" in f.measure.text


def test_a_list_closed_in_words_of_its_own_is_not_taken() -> None:
    # 等“三有”问题 closes the list: the rule leaves it to the readers of closed lists
    r = segment_text(CLOSED_OWN_WAY)
    old = segment_text(CLOSED_OWN_WAY, vocabulary=vocabulary_without("list_found_dun_clause"))
    assert [f.finding.text for f in r.findings] == [f.finding.text for f in old.findings]


def test_without_the_flag_or_with_vocabulary_1_9_0_it_reads_as_before() -> None:
    for vocabulary in (load_vocabulary("1.9.0"), vocabulary_without("list_found_dun_clause")):
        old = segment_text(UNCLOSED, vocabulary=vocabulary)
        assert not old.findings
