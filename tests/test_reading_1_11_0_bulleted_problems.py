"""Reading vocabulary 1.11.0, on text composed for the test: a notice's problems written as bulleted lines
(●…) are its list, one item a line (bullet_symbol_items), its requirements numbered on their own pairing
with them by the units they name; the one fix left over answers the one problem left over only when its
own paragraph shares more than one word with it (last_left_phrase). 1.10.0 reads both texts as before."""

from __future__ import annotations

from segment_support import assert_spans_exact, measure_texts, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

NOTICE = """关于城区农贸市场食品安全检查情况的通报

各街道办事处，县市场监管局：

10月下旬，县食安办对城区4家农贸市场进行了抽查，现将发现的问题通报如下。

一、发现的问题
●东门农贸市场检测室形同虚设。东门街道未安排专人值守，9月以来快检记录空白。
●西街市场熟食摊点无证经营。有4户熟食摊点未办理小作坊登记证，西街街道监管缺位。
●南湖市场冷链台账不全。县市场监管局南湖所对进口冷链食品查验不到位，台账缺失12批次。
●北关市场排水沟堵塞。北关街道对市场环境卫生巡查流于形式，排水沟积水发臭。

二、整改要求
1.东门街道要在11月10日前配齐检测人员，每日开展快检并公示结果。
2.县市场监管局南湖所要逐批补录冷链台账，11月15日前完成12批次追溯核查。
3.北关街道要立即组织疏通排水沟，建立每周巡查制度。
4.各单位要举一反三，压实属地责任，确保食品安全形势稳定。

请各单位于11月20日前将整改情况报县食安办。
"""

REPORT = """关于学校安全检查发现问题的整改报告

一、存在问题
1.食堂后厨排烟管道油污堆积，未按季度清洗。
2.学生宿舍楼消防通道被自行车占用。
3.实验室危化品台账与实物不符，缺少领用登记。

二、整改措施
1.宿舍管理员立即清理消防通道内自行车，划定停放区域。
2.实验室于5月20日前逐项盘点危化品，补建领用登记台账。
3.学校每季度组织一次安全培训，各处室负责人参加。
"""


def _measures(text: str, vocabulary=None) -> list[str | None]:
    r = segment_text(text, vocabulary=vocabulary)
    return [f.measure.text if f.measure is not None else None for f in r.findings]


def test_bulleted_problems_are_answered_by_the_units_the_requirements_address() -> None:
    r = segment_text(NOTICE)
    assert_spans_exact(r)
    assert r.layout == "problems_then_fixes"
    assert len(r.findings) == 4
    assert "检测室形同虚设" in r.findings[0].finding.text
    measures = _measures(NOTICE)
    assert measures[0] is not None and "配齐检测人员" in measures[0]
    assert measures[1] is None  # no requirement addresses 西街街道
    assert measures[2] is not None and "补录冷链台账" in measures[2]
    assert measures[3] is not None and "疏通排水沟" in measures[3]
    assert not any("举一反三" in m for m in measure_texts(r))
    assert r.segmentation is not None and r.segmentation.confidence >= 0.62


def test_without_bullet_items_the_lines_are_no_list() -> None:
    r = segment_text(NOTICE, vocabulary=vocabulary_without("bullet_symbol_items"))
    assert r.layout != "problems_then_fixes"


def test_a_fix_left_over_sharing_one_word_answers_no_problem() -> None:
    measures = _measures(REPORT)
    assert measures[0] is None  # 季度 alone names no topic
    assert measures[1] is not None and "消防通道" in measures[1]
    assert measures[2] is not None and "危化品" in measures[2]
    old = _measures(REPORT, vocabulary_without("last_left_phrase"))
    assert old[0] is not None and "安全培训" in old[0]


def test_vocabulary_1_10_0_reads_them_as_before() -> None:
    v = load_vocabulary("1.10.0")
    assert segment_text(NOTICE, vocabulary=v).layout != "problems_then_fixes"
    old = _measures(REPORT, v)
    assert old[0] is not None and "安全培训" in old[0]
