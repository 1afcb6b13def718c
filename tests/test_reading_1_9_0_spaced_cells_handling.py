"""Reading vocabulary 1.9.0: a table pasted with its columns parted by runs of spaces that do not
line up, and a notice's handling section that answers its problems by the persons and units they
name; each on text composed for the test, and each read as before without the rule."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

OLD = load_vocabulary("1.8.0")


# --- columns parted by runs of spaces that do not line up: each row's cells in order ------------------

SPACED = """河湾镇人民政府
关于县委巡察反馈问题整改工作方案

各村、镇直各部门：
根据县委第二巡察组反馈意见，结合我镇实际，制定本方案。

一、整改清单
序号  反馈问题  整改措施  责任人  完成时限
1  镇卫生院药品采购未按规定公开招标  重新组织公开招标，建立采购台账，纪委全程监督  赵文  2025年10月底前
2  部分村集体资金使用审批手续不全  开展村级财务专项清理，补齐审批手续，实行村账镇管    2025年11月底前
3  镇机关食堂公务接待超标准  清退超标准费用，修订接待管理办法  孙立  2025年9月底前

二、保障措施
（一）加强领导。镇党委书记负总责，分管领导具体抓。
（二）严格考核。整改情况纳入年度考核。

河湾镇人民政府
2025年8月20日
"""


def test_spaced_rows_that_do_not_line_up_are_read_cell_by_cell():
    r = segment_text(SPACED)
    assert [f.finding.text[:8] for f in r.findings] == ["镇卫生院药品采购", "部分村集体资金使", "镇机关食堂公务接"]
    measures = measure_texts(r)
    assert measures[0].startswith("重新组织公开招标")
    assert measures[1].startswith("开展村级财务专项清理")
    assert measures[2].startswith("清退超标准费用")
    assert all("年" not in m for m in measures)  # the deadline stays a field of its own


def test_spaced_rows_read_as_before_without_the_flag():
    r = segment_text(SPACED, vocabulary=vocabulary_without("spaced_cells_in_order"))
    assert len(r.findings) != 3 or not measure_texts(r)[0].startswith("重新组织公开招标")


def test_a_row_whose_runs_do_not_account_for_the_columns_is_not_read_in_order():
    # runs for three empty cells more than the row lacks: its pieces are not taken for its cells
    odd = SPACED.replace("清退超标准费用，修订接待管理办法  孙立", "清退超标准费用，修订接待管理办法        孙立")
    r = segment_text(odd)
    assert [f.finding.text[:8] for f in r.findings] == ["镇卫生院药品采购", "部分村集体资金使"]


# --- a heading of the handling of what was found heads the measures -----------------------------------

HANDLED = """中共河湾县纪委办公室
关于2025年上半年窗口单位作风暗访情况的通报

各乡镇、县直各单位：
今年6月，县纪委组织暗访组对窗口单位工作作风进行了暗访，现将有关情况通报如下：

一、发现的问题
（一）工作时间玩手机游戏。6月3日上午，县医保服务大厅工作人员王晓东在窗口玩手机游戏。
（二）迟到早退。6月5日下午4时，县税务局办税服务厅2名工作人员提前离岗。
（三）群众办事推诿。6月9日，河湾镇便民服务中心对群众申请的低保审核事项相互推诿。
（四）值班脱岗。6月12日夜间，县应急管理局值班人员周明未在岗值守。

二、处理情况
1.责成县医保局对王晓东进行诫勉谈话，扣发当月绩效奖励。
2.由河湾镇纪委约谈便民服务中心负责人，责令限期整改低保审核流程。
3.对周明予以通报批评，取消其年度评优资格。

三、工作要求
（一）各单位要举一反三，开展自查自纠。
（二）各单位主要负责人要履行第一责任人职责。
（三）县纪委将持续开展暗访。

中共河湾县纪委办公室
2025年6月20日
"""


def test_a_handling_section_answers_the_problems_by_the_names_they_share():
    r = segment_text(HANDLED)
    assert [f.finding.text[:6] for f in r.findings] == ["工作时间玩手", "迟到早退。6", "群众办事推诿", "值班脱岗。6"]
    measures = measure_texts(r)
    assert measures[0].startswith("责成县医保局对王晓东")
    assert measures[1] == ""  # no action names the tax office's staff
    assert measures[2].startswith("由河湾镇纪委约谈")
    assert measures[3].startswith("对周明予以通报批评")
    assert not any("举一反三" in m for m in measures)  # the general requirements answer none


def test_a_handling_section_was_read_otherwise_before():
    r = segment_text(HANDLED, vocabulary=OLD)
    assert measure_texts(r)[3:4] != [m for m in measure_texts(segment_text(HANDLED))[3:4]] or any(
        "举一反三" in m for m in measure_texts(r)
    )


def test_a_handled_person_pairs_by_name_only_with_the_flag():
    r = segment_text(HANDLED, vocabulary=vocabulary_without("fix_names_target"))
    assert not measure_texts(r)[3].startswith("对周明予以通报批评")


def test_a_handled_name_two_problems_hold_pairs_neither_by_it():
    # 周明 in two problems: the target names neither, the words and numbers decide as before
    both = HANDLED.replace("（二）迟到早退。6月5日下午4时，县税务局办税服务厅2名工作人员", "（二）迟到早退。6月5日下午4时，县税务局办税服务厅周明等2名工作人员")
    r = segment_text(both)
    off = segment_text(both, vocabulary=vocabulary_without("fix_names_target"))
    assert measure_texts(r) == measure_texts(off)
