"""A second numbered run in the paragraph of a problem list, with no full stop since that list
(…3、…；我校高度重视，…采取的具体措施如下：一、…二、…): every span of the reading stays inside the text
and in order, in every reading vocabulary."""

from __future__ import annotations

import pytest
from segment_support import assert_spans_exact, segment_text

from checker.vocabulary import load_vocabulary

ONE_PARAGRAPH = """关于学校食堂检查存在问题的整改报告

10月，区教育局转发了关于食品安全专项检查的通知，我校对食堂、仓库、操作间等重点部位进行了彻底自查，检查中发现问题如下：1、仓库：食品存放混乱，生熟食材未分开存放；2、操作间：餐具消毒记录不完善，部分角落清理不到位；3、售饭窗口：从业人员未佩戴口罩和帽子；我校高度重视，对存在的问题进行了整改，采取的具体措施如下：一、规范食品存放，成立了以校长为组长的食堂整改工作领导小组，充实了工作人员，对仓库进行了重新划分。二、配置消毒设备，针对自查情况，积极整改，现已购置大型消毒柜一台，用于餐具每日消毒，并建立消毒登记簿。
"""


@pytest.mark.parametrize("version", ["1.5.0", "1.8.0", "1.9.0"])
def test_a_second_run_after_a_list_without_a_full_stop_keeps_the_spans_whole(version):
    r = segment_text(ONE_PARAGRAPH, vocabulary=load_vocabulary(version))
    assert_spans_exact(r)
    for f in r.findings:
        assert f.span.start < f.span.end
        assert f.finding.text.strip()
    # the list's three problems open the reading, each its own
    assert [f.finding.text[:4] for f in r.findings[:3]] == ["1、仓库", "2、操作", "3、售饭"]
