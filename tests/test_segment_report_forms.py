"""Forms of running-text notices read by the 1.3.0 vocabulary (texts of our own composition): a
negated response word answers nothing, and 其中： details what the sentence before it found."""

from __future__ import annotations

from tests.segment_support import measure_texts, segment_text, vocabulary_without

NEGATED_ANSWER = (
    "为加强网络安全，检查组对某单位信息系统开展检查。检查发现存在以下问题：服务器口令设置不规范；"
    "系统补丁更新滞后；机房出入登记缺失。此外，值班人员未按要求开展季度应急演练，演练记录不完整。"
)

DETAIL_CASES = (
    "经调查，确实发现部分窗口单位存在迟到早退现象。其中：社保窗口1名工作人员迟到15分钟；"
    "税务窗口存在工作人员上班时间玩手机情况；不动产窗口无人值守提前下班。\n"
    "根据调查情况，县纪委已责令三个窗口单位立即整改，并对相关人员进行批评教育。"
)

AMOUNTS = (
    "经审计，该项目资金到位情况良好，共下达资金900万元。其中：中央资金600万元；省级资金200万元；县级资金100万元。\n"
    "审计组要求，规范资金拨付程序。"
)


def test_negated_response_word_answers_nothing() -> None:
    report = segment_text(NEGATED_ANSWER)
    assert [f.finding.text for f in report.findings][:2] == ["服务器口令设置不规范", "系统补丁更新滞后"]
    assert measure_texts(report) == ["", "", ""]


def test_negated_response_word_answered_before_the_flag() -> None:
    report = segment_text(NEGATED_ANSWER, vocabulary=vocabulary_without("list_response_not_negated"))
    assert len(report.findings) == 3
    assert all("未按要求" in m for m in measure_texts(report))


def test_detail_after_finding_lists_its_cases() -> None:
    report = segment_text(DETAIL_CASES)
    texts = [f.finding.text for f in report.findings]
    assert len(texts) == 3
    assert "迟到15分钟" in texts[0] and "玩手机" in texts[1] and "提前下班" in texts[2]
    assert all("已责令三个窗口单位立即整改" in m for m in measure_texts(report))


def test_detail_after_finding_unread_before_the_flag() -> None:
    report = segment_text(DETAIL_CASES, vocabulary=vocabulary_without("list_detail_after_finding"))
    assert report.findings == []


def test_detail_of_amounts_is_no_list_of_problems() -> None:
    # 其中： after a sentence that found nothing wrong breaks a sum down: no problems
    report = segment_text(AMOUNTS)
    assert not any("中央资金" in f.finding.text for f in report.findings)


CHECKLIST = (
    "此次督查重点检查各单位干部职工是否存在上班迟到现象，是否存在脱岗现象，是否存在上班时间玩游戏等不良行为。\n"
    "督查组要求，各单位要进一步加强作风建设。"
)


def test_checked_questions_are_no_findings() -> None:
    # 是否存在… says what was checked: the checklist is no list of problems
    assert segment_text(CHECKLIST).findings == []


def test_checked_questions_read_before_the_flag() -> None:
    old = segment_text(CHECKLIST, vocabulary=vocabulary_without("list_opener_question"))
    assert any("是否存在" in f.finding.text for f in old.findings)
