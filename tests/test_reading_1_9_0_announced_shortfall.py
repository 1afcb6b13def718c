"""Reading vocabulary 1.9.0: a reading that holds fewer than half of the problems the text counts before
them doubts itself (announced_shortfall_doubt), on text composed for the test."""

from __future__ import annotations

from segment_support import segment_text, vocabulary_without

OLD = vocabulary_without("announced_shortfall_doubt")
THRESHOLD = 0.62  # the trust under which a reading is refused

PROSE = """某乡人民政府关于河长制督查反馈问题整改情况的回复

县河长办：

贵办督查通报收悉。通报指出我乡在河湖管护方面存在5个问题。乡党委高度重视，召开专题会议研究整改。现将整改情况回复如下。

督查中发现，东河某段河滩堆放生活垃圾约10立方米。对此，乡环卫所于10月9日组织人员进行了清理，共清运垃圾12立方米。

督查组还指出，部分村级河长巡河不到位，第三季度巡河次数不足。乡河长办已对2名村级河长进行了约谈。

关于河长公示牌信息未及时更新的问题，我乡共有公示牌9块，其中3块未更新。目前已整改到位。

关于沿河养殖污染的问题，督查发现某村1家养殖户粪污直排入河。乡里已责令其停止直排，正在研究处置办法。

另外，督查还发现部分农户在河滩地种植农作物。针对这个问题，我乡将加大宣传力度，切实加强日常监管。

特此回复。
"""


def test_a_reading_holding_under_half_the_counted_problems_is_refused() -> None:
    new, old = segment_text(PROSE), segment_text(PROSE, vocabulary=OLD)
    assert len(new.findings) == len(old.findings) == 2  # two of the five, the ones opening 关于…的问题
    assert new.segmentation.confidence < THRESHOLD <= old.segmentation.confidence


def test_a_large_count_is_a_total_and_no_sign() -> None:
    total = PROSE.replace("存在5个问题", "存在38个问题")
    assert segment_text(total).segmentation.confidence == segment_text(total, vocabulary=OLD).segmentation.confidence


def test_a_count_told_with_how_many_are_done_is_a_tally_and_no_sign() -> None:
    tally = PROSE.replace("存在5个问题。", "存在5个问题，已完成整改3个，完成率60%。")
    assert segment_text(tally).segmentation.confidence == segment_text(tally, vocabulary=OLD).segmentation.confidence
