"""Reading vocabulary 1.11.0: a group title written as one short sentence closed by its full stop
((一)…需要进一步加强。 over 1.… 2.…) is a title over its numbered problems (title_full_stop), and with
two such titles the last may be cut by the page after its first item (lists_cut_at_two), on text
composed for the test; 1.10.0 reads it as before."""

from __future__ import annotations

from segment_support import assert_spans_exact, segment_text

from checker.vocabulary import load_vocabulary

TITLED = """关于社区卫生服务中心规范化建设存在问题的整改方案

根据区卫生健康局规范化建设评估反馈意见，结合我中心实际，制定本方案。

一、整改目标
对照评估标准，逐项整改，确保年底前通过复评。

二、存在的主要问题
（一）基础设施建设还需进一步完善。

1. 预防接种室面积不足。

2. 部分诊室候诊座椅破损，尚未更换。

3. 无障碍通道坡度不符合要求。

（二）医务人员配备需要进一步加强。

1. 全科医生数量偏少。

现有全科医生4名，距离标准要求的6名尚有差距，公共卫生人员
"""


def test_numbered_problems_under_sentence_titles_are_the_findings() -> None:
    r = segment_text(TITLED)
    assert_spans_exact(r)
    texts = [f.finding.text for f in r.findings]
    assert len(texts) == 4
    for k, key in enumerate(("预防接种室面积不足", "候诊座椅破损", "无障碍通道坡度", "全科医生数量偏少")):
        assert key in texts[k]
    assert "基础设施建设" not in texts[0]


def test_vocabulary_1_10_0_reads_it_as_before() -> None:
    old = segment_text(TITLED, vocabulary=load_vocabulary("1.10.0"))
    assert len(old.findings) == 2  # the titles are the findings, their items sub-points
