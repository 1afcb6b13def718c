"""Reading vocabulary 1.9.0: the reading doubts itself where its own parts show a cut it missed
(shape_doubt), each form on text composed for the test, and trusted as before without the flag."""

from __future__ import annotations

from segment_support import segment_text, vocabulary_without

OLD = vocabulary_without("shape_doubt")
THRESHOLD = 0.62  # the trust under which a reading is refused


def _doubted(text: str) -> None:
    r = segment_text(text)
    assert r.segmentation.features["shape_doubts"] == 1.0
    assert r.segmentation.confidence < THRESHOLD
    before = segment_text(text, vocabulary=OLD)
    assert "shape_doubts" not in before.segmentation.features
    assert [f.finding.text for f in before.findings] == [f.finding.text for f in r.findings]
    assert before.segmentation.confidence > r.segmentation.confidence


# --- a problem that runs on into a lead in to measures --------------------------------------------

RAN_INTO_FIXES = """关于学校食堂检查存在问题的整改报告

10月，区教育局转发了关于食品安全专项检查的通知，我校对食堂、仓库、操作间等重点部位进行了彻底自查，检查中发现问题如下：1、仓库：食品存放混乱，生熟食材未分开存放；2、操作间：餐具消毒记录不完善，部分角落清理不到位；3、售饭窗口：从业人员未佩戴口罩和帽子；我校高度重视，对存在的问题进行了整改，采取的具体措施如下：一、规范食品存放，成立了以校长为组长的食堂整改工作领导小组，充实
了工作人员，对仓库进行了重新划分。二、配置消毒设备，针对自查情况，积极整改，现已购置大型消毒柜一台，用于餐具每日消毒，并建立消毒登记簿。
"""


def test_doubts_a_problem_that_runs_on_into_a_lead_in_to_measures():
    # the last problem of the list holds 采取的具体措施如下：一、…: the cut before the answers was missed
    r = segment_text(RAN_INTO_FIXES)
    assert "具体措施如下" in r.findings[-1].finding.text
    _doubted(RAN_INTO_FIXES)


# --- a finding listing points beside findings that are points -------------------------------------

POINTS_UNEVEN = """关于基层党建工作督查反馈问题整改情况的报告

县委组织部：
6月10日，县委组织部督查组对我镇党建工作进行了督查，现将整改情况报告如下。

一、反馈问题整改情况
（一）组织生活方面。督查指出：一是支委会记录不规范，部分记录无参会人员签名；二是主题党日活动形式单一，缺少实践内容。
整改情况：一是组织委员对2024年以来的会议记录逐本核查，补充签名12处；二是支部将进一步丰富主题党日活动形式。

（二）廉政建设方面。督查指出：一是廉政责任清单未及时更新，仍在使用旧版本；二是对公车使用监督检查不够，未见检查记录。
整改情况：7月2日修订印发了廉政责任清单，分解任务3类15项。

二、下一步工作打算
下一步，我镇将巩固整改成果，建立长效机制。

中共某镇委员会
2025年7月20日
"""


def test_doubts_a_finding_listing_points_beside_findings_that_are_points():
    # the first group is cut at 一是/二是, the second is not: its two faults stand as one finding
    r = segment_text(POINTS_UNEVEN)
    assert "二是" in r.findings[-1].finding.text
    _doubted(POINTS_UNEVEN)


# --- a measure that gives only a cause ------------------------------------------------------------

EXCUSE = """东湖村关于农村饮用水安全督查问题整改情况的回复

镇水利站：
9月8日，镇水利站到我村督查农村饮用水安全工作，提出了3条问题。村两委接到通知后当天开会研究，现将整改情况回复如下：

对第1条“水池清洗不及时，8月份未清洗蓄水池”的问题：村里已于9月12日组织人员清洗了蓄水池，并对管理员进行了提醒。

对第2条“水源地周边堆放杂物”的问题：已清理水源地周边杂物3处，设立了警示牌。

对第3条“管理员巡查记录不全，7月、8月无巡查记录”的问题：管理员王明今年5月才接手这项工作，7月、8月正赶上农忙，所以没有及时记录。

特此回复。

东湖村民委员会
2025年9月20日
"""


def test_doubts_a_measure_that_gives_only_a_cause():
    # the third answer says why the records are missing (所以没有及时记录) and does nothing
    r = segment_text(EXCUSE)
    assert "所以" in r.findings[-1].measure.text
    _doubted(EXCUSE)


# --- a measure that runs on into a lead in to problems --------------------------------------------

RAN_INTO_PROBLEMS = """市督查组对城东街道环境卫生整治情况进行回访
6日，市督查组对城东街道落实环境卫生整改意见的情况进行回访。
据悉，5月10日，市督查组到城东街道督查环境卫生综合整治情况，指出该街道存在“门前三包”落实不到位、占道经营、空地乱堆垃圾杂物等问题，并提出具体整改意见。
督查组先后检查了解放路、新华社区等地，了解各地问题的整改落实情况。其中，解放路两侧商铺“门前三包”落实情况有所改善，新华社区空地垃圾杂物已得到清理，菜市场旁道路占道经营问题已得到整治。尚未整改到位的主要问题有：新华社区部分商铺“门前三包”落实不到位，建设路部分餐饮店依然存在乱丢垃圾现象。
督查组要求城东街道要针对整改落实还不到位的问题，压紧压实责任，继续推进整改工作。
"""


def test_doubts_a_measure_that_runs_on_into_a_lead_in_to_problems():
    # the shared answer holds 尚未整改到位的主要问题有：… (more problems, not a fix)
    r = segment_text(RAN_INTO_PROBLEMS)
    assert "主要问题有" in r.findings[0].measure.text
    _doubted(RAN_INTO_PROBLEMS)


def test_a_clean_reading_shows_no_doubt():
    r = segment_text(EXCUSE.replace("管理员王明今年5月才接手这项工作，7月、8月正赶上农忙，所以没有及时记录。", "已要求管理员每周巡查一次并记录。"))
    assert r.segmentation.features["shape_doubts"] == 0.0
    assert r.segmentation.confidence >= THRESHOLD
