"""Reading vocabulary 1.10.0: a notice of numbered cases, each stating its problem and going on to the day
and hour it was seen, then a paragraph that requires, reads each case whole with that requirement for
their answer (observed_cases_required; pattern observed_time_opener), on text composed for the test;
1.9.0 reads it as before."""

from __future__ import annotations

from segment_support import measure_texts, segment_text

from checker.vocabulary import load_vocabulary

CASES = """关于明察暗访发现的3起便民服务中心工作纪律问题的通报

11月5日至6日，县纪委监委督查组对部分乡镇便民服务中心工作纪律进行明察暗访，发现一些工作人员纪律松弛问题。现将其中3起典型问题通报如下：

1.东河镇便民服务中心社保窗口工作人员脱岗问题。11月5日9:20，该中心社保窗口无人值守，群众等候20余分钟，工作人员才从外面返回。

2.柳林乡便民服务中心民政窗口工作人员上班时间网购问题。11月5日下午3:15，该窗口一男工作人员用电脑浏览购物网站，对前来咨询的群众不予理睬。

3.石门镇便民服务中心工作人员上班迟到问题。11月6日8:30，该中心6个窗口中有3个无人到岗，多名群众在大厅等候。

上述问题虽发生在个别窗口，反映出部分乡镇对便民服务中心管理失之于宽。各乡镇要引以为戒，立即开展自查，严格落实考勤和首问负责制度，切实转变工作作风。

县纪委监委将持续开展明察暗访，发现一起，查处一起。
"""


def test_each_case_is_read_whole_with_the_requirement_after_them() -> None:
    r = segment_text(CASES)
    assert len(r.findings) == 3
    assert "脱岗问题" in r.findings[0].finding.text
    assert "群众等候20余分钟" in r.findings[0].finding.text
    assert "不予理睬" in r.findings[1].finding.text
    measures = measure_texts(r)
    assert all("严格落实考勤和首问负责制度" in m for m in measures)
    assert not any("发现一起，查处一起" in m for m in measures)


def test_vocabulary_1_9_0_reads_it_as_before() -> None:
    old = segment_text(CASES, vocabulary=load_vocabulary("1.9.0"))
    assert not old.findings  # the cases' accounts read as no answer: no item is kept
