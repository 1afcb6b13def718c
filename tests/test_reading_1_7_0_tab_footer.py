"""Reading vocabulary 1.7.0: a ledger pasted from a spreadsheet as TAB-separated rows, whose last row
holds only who filled in and checked the form (填表人：…, 审核人：…), on text composed for the test."""

from __future__ import annotations

from segment_support import segment_text, vocabulary_without

LEDGER = (
    "青石镇党委巡察反馈问题整改台账\n"
    "填报单位：青石镇党委（盖章）\n"
    "序号\t存在问题\t整改措施\t责任人\t整改时限\t完成情况\n"
    "1\t村级财务公开不及时，3个村上半年未公开\t已督促3个村于7月10日前补公开并拍照存档\t李明\t2025年7月10日\t已完成\n"
    "2\t党员活动室设施老化，桌椅损坏\t已采购桌椅20套并更换到位\t张强\t2025年8月31日\t已完成\n"
    "3\t流动党员联系不紧密，2名党员长期失联\t\t王红\t长期坚持\t正在整改\n"
    "填表人：陈红\t审核人：孙丽\t联系电话：0739-6821035\n"
)


def test_a_footer_row_of_the_form_is_no_record():
    r = segment_text(LEDGER)
    assert [f.finding.text[:6] for f in r.findings] == ["村级财务公开", "党员活动室设", "流动党员联系"]
    before = segment_text(LEDGER, vocabulary=vocabulary_without("tab_footer_row"))
    assert len(before.findings) == 4  # the foot was read as a fourth row


def test_a_row_with_a_record_beside_a_name_is_still_a_record():
    # a record's cells are no footer fields, though one of them names who answers for it
    row = "4\t软弱涣散村整顿成效不明显\t已调整村班子2人\t联系人：王红\t2025年9月30日\t已完成\n"
    r = segment_text(LEDGER.replace("填表人：", row + "填表人："))
    assert len(r.findings) == 4
