"""Reading vocabulary 1.11.0: the last finding's own measure, alone of the answered ones, opening on what
comes next and speaking of the whole (下一步,我校将举一反三,…), the report's closing read as the last item's
answer, makes the reading doubt its shape (closing_measure_doubt), on text composed for the test; the
default vocabulary leaves the closing out and shows no such sign, nor does a next step on the item's own
matter; 1.10.0 reads it as before."""

from __future__ import annotations

from segment_support import older_with_doubts as _with
from segment_support import segment_text

from checker.vocabulary import load_vocabulary

THRESHOLD = 0.62  # the trust under which a reading is refused



REPORT = """关于县教育局校园安全专项检查反馈问题整改情况的报告

县教育局安全股:
10月15日,县教育局检查组对我校校园安全工作进行了专项检查,反馈问题5个.我校高度重视,现将整改情况报告如下:

1.问题:学校监控系统有3个摄像头损坏,操场东侧存在监控盲区.
整改:10月20日已更换损坏摄像头3个,在操场东侧新增摄像头2个.

2.问题:门卫室防暴器材配备不全,缺少钢叉和防暴头盔.
整改:已购置钢叉2把、防暴头盔2顶,放置于门卫室.

3.问题:学生宿舍楼安全出口指示灯2处不亮.
整改:已请电工维修,10月18日恢复正常.

4.问题:食堂燃气管道未安装泄漏报警装置.
整改:已联系燃气公司,10月25日安装完成并测试正常.

5.问题:部分班级未按要求开展安全教育课,无教育记录.

其余问题已全部整改到位.下一步,我校将举一反三,持续抓好校园安全工作,确保师生平安.

联系人:王老师 13800001111
县第三中学(盖章)
2025年10月28日
"""

OWN_STEP = REPORT.replace(
    "5.问题:部分班级未按要求开展安全教育课,无教育记录.\n\n其余问题已全部整改到位.下一步,我校将举一反三,持续抓好校园安全工作,确保师生平安.",
    "5.问题:部分班级未按要求开展安全教育课,无教育记录.\n整改:下一步,德育处将在11月底前把安全教育课排入课表,每周一节并登记.",
)


def test_the_closing_read_as_the_last_answer_is_doubted() -> None:
    old = segment_text(REPORT, vocabulary=load_vocabulary("1.10.0"))
    last = old.findings[-1].measure
    assert last is not None and last.text.startswith("下一步,我校将举一反三")
    assert old.segmentation.features.get("shape_doubts", 0.0) == 0.0
    doubted = segment_text(REPORT, vocabulary=_with("1.10.0", "closing_measure_doubt"))
    assert doubted.segmentation.features["shape_doubts"] == 1.0
    assert doubted.segmentation.confidence < old.segmentation.confidence


def test_the_closing_left_out_is_no_sign() -> None:
    r = segment_text(REPORT)
    assert len(r.findings) == 5 and r.findings[-1].measure is None
    assert r.segmentation.features.get("shape_doubts", 0.0) == 0.0


def test_a_next_step_on_the_items_own_matter_is_no_sign() -> None:
    r = segment_text(OWN_STEP)
    last = r.findings[-1].measure
    assert last is not None and "安全教育课排入课表" in last.text
    assert r.segmentation.features.get("shape_doubts", 0.0) == 0.0
