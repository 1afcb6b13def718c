"""Reading vocabulary 1.10.0: a list between its opener and 等问题 written at ， whose 、 join words inside
some clauses only is cut at the commas (list_commas_part_clauses), on text composed for the test; 1.9.0
reads it as before."""

from __future__ import annotations

from segment_support import segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

AUDIT = """市审计局开展农村饮水安全资金专项审计

今年，市审计局对3个县农村饮水安全工程资金管理使用情况进行了专项审计，审计发现工程建设管理不到位，项目资金拨付不及时、不足额，部分工程未办理竣工验收，水费收缴管理不规范等问题，审计组提出了整改要求。

对此，各县逐项制定整改措施：一是拨付滞留资金860万元。二是组织12个工程完成竣工验收。三是修订水费收缴管理办法。
"""

TWO_CLAUSES = """镇纪委开展专项检查

检查发现部分村账目公开不及时、不全面，会议记录不规范等问题，镇纪委要求限期整改。
"""


def test_commas_part_the_clauses_whose_words_are_joined_at_dun() -> None:
    r = segment_text(AUDIT)
    assert [f.finding.text for f in r.findings] == [
        "工程建设管理不到位", "项目资金拨付不及时、不足额", "部分工程未办理竣工验收", "水费收缴管理不规范",
    ]
    assert all(f.measure is not None and "拨付滞留资金860万元" in f.measure.text for f in r.findings)


def test_two_clauses_are_no_list_of_their_own() -> None:
    r = segment_text(TWO_CLAUSES)
    assert len(r.findings) != 2 or "会议记录不规范" not in r.findings[1].finding.text


def test_without_the_flag_or_in_vocabulary_1_9_0_it_reads_as_before() -> None:
    for v in (vocabulary_without("list_commas_part_clauses"), load_vocabulary("1.9.0")):
        old = segment_text(AUDIT, vocabulary=v)
        assert not any(f.finding.text == "部分工程未办理竣工验收" for f in old.findings)
