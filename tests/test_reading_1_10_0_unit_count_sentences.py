"""Reading vocabulary 1.10.0: an area heading (（一）门户网站方面) over one paragraph that sums the area up and
then states one fault a sentence, each naming how many units share it (…等9家单位…), is read one problem a
sentence, the summary opening the first (unit_count_sentences), on text composed for the test; 1.9.0 reads
the paragraph as one problem."""

from __future__ import annotations

from segment_support import segment_text

from checker.vocabulary import load_vocabulary

AREAS = """关于第二季度政府网站和政务新媒体检查情况的通报

一、检查情况
第二季度，市政务公开办对全市42家单位门户网站和28个政务新媒体账号进行了检查。
二、存在的主要问题
检查发现，门户网站存在问题的单位17家，政务新媒体存在问题的单位9家。
（一）门户网站方面
部分单位对网站内容保障重视不够，信息更新不及时、栏目空白等情况仍然存在。市文旅局、市医保局、市供销社、城关镇、河口乡等9家单位部分栏目超过6个月未更新。市农业农村局、市人社局、市退役军人局、滨江街道等4家单位存在空白栏目。市水务局、市林业局、东坝镇等3家单位网站存在无法访问的链接。城关镇未按规定时限答复网民留言。
（二）政务新媒体方面
部分单位政务新媒体长期不更新，互动回应不及时，存在“僵尸号”现象。
"""


def test_each_sentence_naming_its_units_is_a_problem() -> None:
    r = segment_text(AREAS)
    texts = [f.finding.text for f in r.findings]
    assert len(texts) == 5
    assert "重视不够" in texts[0] and "9家单位" in texts[0]
    assert "4家单位存在空白栏目" in texts[1]
    assert "无法访问的链接" in texts[2]
    assert "答复网民留言" in texts[3]
    assert "僵尸号" in texts[4]


def test_vocabulary_1_9_0_reads_the_paragraph_as_one_problem() -> None:
    old = segment_text(AREAS, vocabulary=load_vocabulary("1.9.0"))
    assert len(old.findings) == 2
