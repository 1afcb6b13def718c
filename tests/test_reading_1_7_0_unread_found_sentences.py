"""Reading vocabulary 1.7.0: a sentence of what was found, between a reading's findings and held by
none of them, is an item the reading skipped (unread_found_sentences), on text composed for the test."""

from __future__ import annotations

from segment_support import segment_text, vocabulary_without

SKIPPED = """区市场监管局开展农贸市场联合检查
5月8日，区市场监管局会同区城管局对辖区农贸市场开展联合检查。
检查组首先来到东门市场，发现该市场存在消防通道堵塞、活禽宰杀区污水横流等问题。检查人员当场约谈了市场负责人。随后，检查组来到西关菜场，发现该菜场的经营户台账登记混乱，冷柜温度记录缺失，部分摊位无健康证明。最后，检查组在南湖市场发现摊位占道经营、垃圾桶满溢未清运等问题，要求限期三日内整改到位。
"""


def _unexplained(report) -> list[str]:
    return [item.text for item in report.segmentation.not_findings if item.reason == "unexplained"]


def test_a_found_sentence_between_the_lists_is_an_item_left_unexplained():
    r = segment_text(SKIPPED)
    assert [f.finding.text[-4:] for f in r.findings] == ["通道堵塞", "污水横流", "占道经营", "满溢未清运"[-4:]]
    assert any(t.startswith("随后，检查组来到西关菜场") for t in _unexplained(r))
    before = segment_text(SKIPPED, vocabulary=vocabulary_without("unread_found_sentences"))
    assert not any(t.startswith("随后") for t in _unexplained(before))
    assert [f.finding.text for f in before.findings] == [f.finding.text for f in r.findings]
    assert r.segmentation.confidence <= before.segmentation.confidence


def test_a_sentence_that_finds_nothing_wrong_is_no_skipped_item():
    # 未发现 negates the finding, and a sentence of causes (究其原因) is none of the problems
    text = SKIPPED.replace("发现该菜场的经营户台账登记混乱，冷柜温度记录缺失，部分摊位无健康证明", "未发现该菜场存在违规经营行为，台账登记不完整的已补齐")
    assert not any(t.startswith("随后") for t in _unexplained(segment_text(text)))
    causes = SKIPPED.replace("随后，检查组来到西关菜场，发现", "究其原因，各市场普遍存在管理缺位，")
    assert not any(t.startswith("究其原因") for t in _unexplained(segment_text(causes)))


HEADER_AGAIN = """某区卫生健康局2024年度专项资金审计发现问题整改情况公示

现将审计发现问题的整改情况公示如下：

序号   审计发现问题                                  整改情况                                            整改结果
一、资金使用
1      向不符合条件的2家诊所发放补助资金             已追回补助资金3.20万元，缴入区财政专户             已整改
       3.20万元
2      家庭医生签约补助重复发放，涉及11人           已追回重复发放补助0.66万元                         已整改
二、项目管理
序号   审计发现问题                                  整改情况                                            整改结果
3      慢病随访项目未开展绩效评估                    已委托第三方开展评估，预计9月底前完成              整改中
4      项目验收资料不全，缺少2份验收单               已补齐验收单2份并归档                              已整改

某区卫生健康局
2024年8月5日
"""


def test_a_table_header_repeated_between_rows_is_no_skipped_item():
    r = segment_text(HEADER_AGAIN)
    assert len(r.findings) == 4
    assert not any(t.startswith("序号") for t in _unexplained(r))
