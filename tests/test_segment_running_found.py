"""Problems told in the running text of news items: the clauses after 发现 answered by the
inspecting party's act, intro lists of comma phrases closed by 等问题, and answers said by several
speakers in turn. Every text here is composed for the test."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

# --- comma clauses after 发现, ending where the inspecting party acts -------------------------------

FOUND_THEN_ACT = """县市场监管局开展节前食品安全检查

为保障节日期间食品安全，县市场监管局于1月20日对城区商超和餐饮店开展了专项检查。

经检查，发现有2家超市销售过期酸奶，有1家餐馆后厨未设防蝇设施，有1家面包店从业人员健康证过期，执法人员当场下达责令改正通知书，要求3日内整改到位。下一步将继续加大抽查频次。
"""


def test_comma_clauses_after_found_end_at_the_inspectors_act():
    r = segment_text(FOUND_THEN_ACT)
    assert [f.finding.text for f in r.findings] == [
        "有2家超市销售过期酸奶", "有1家餐馆后厨未设防蝇设施", "有1家面包店从业人员健康证过期",
    ]
    assert all(m.startswith("执法人员当场下达责令改正通知书") for m in measure_texts(r))
    old = segment_text(FOUND_THEN_ACT, vocabulary=vocabulary_without("list_found_before_act"))
    assert [f.finding.text for f in old.findings] != [f.finding.text for f in r.findings]


FOUND_THEN_NEXT_ACT = """区应急局暗查加油站安全生产

检查中发现城北加油站灭火器压力不足，且罐区周边杂草丛生，城南加油站值班记录漏填。检查组现场对2家加油站下达隐患整改通知书，并要求限期整改完毕。
"""


def test_the_act_may_open_the_next_sentence():
    r = segment_text(FOUND_THEN_NEXT_ACT)
    assert [f.finding.text for f in r.findings] == ["城北加油站灭火器压力不足", "且罐区周边杂草丛生", "城南加油站值班记录漏填"]
    assert all("下达隐患整改通知书" in m for m in measure_texts(r))


def test_a_tally_of_what_was_found_is_no_list():
    text = "市消防支队开展检查\n\n本月检查中共发现火灾隐患120处，督促整改火灾隐患98处，检查人员对3家单位下达了责令整改通知书。\n"
    r = segment_text(text)
    assert not any(f.finding.text == "火灾隐患120处" for f in r.findings)


def test_found_clauses_with_no_act_after_them_are_no_list():
    text = FOUND_THEN_NEXT_ACT.replace("检查组现场对2家加油站下达隐患整改通知书，并要求限期整改完毕。", "下午检查组前往下一站。")
    r = segment_text(text)
    assert not any(f.finding.text == "城南加油站值班记录漏填" for f in r.findings)


# --- a problem intro over comma phrases closed by 等问题; the answer said by two speakers -------------

INTRO_PHRASES_SPEAKERS = """县委巡察组向某镇党委反馈巡察情况

6月3日，县委第二巡察组向某镇党委反馈了巡察情况，县纪委有关负责同志参加会议。

巡察组组长指出，该镇党委存在的主要问题是：学习教育不扎实，村级财务管理有漏洞，项目推进偏慢，基层党组织作用发挥不充分等问题。同时，巡察组组长提出了两点建议：要压实整改责任；要建立长效机制。

县纪委副书记对巡察整改提出三点要求：要提高站位；要立行立改；要强化村级财务监督。

镇党委书记表示，对巡察反馈的问题诚恳接受，坚决整改。
"""


def test_intro_phrases_closed_by_the_close_are_each_a_problem():
    r = segment_text(INTRO_PHRASES_SPEAKERS)
    assert [f.finding.text for f in r.findings] == [
        "学习教育不扎实", "村级财务管理有漏洞", "项目推进偏慢", "基层党组织作用发挥不充分",
    ]
    old = segment_text(INTRO_PHRASES_SPEAKERS, vocabulary=vocabulary_without("list_intro_closed_phrases"))
    assert [f.finding.text for f in old.findings] != [f.finding.text for f in r.findings]


def test_the_answer_goes_on_through_the_next_speakers_demands():
    r = segment_text(INTRO_PHRASES_SPEAKERS)
    assert all(m.startswith("同时，巡察组组长提出了两点建议") and m.endswith("要强化村级财务监督。") for m in measure_texts(r))
    # an answer that goes on into a paragraph about the rectification (list_answer_goes_on) would
    # reach the demands too: without both, the answer is the first speaker's alone
    old = segment_text(
        INTRO_PHRASES_SPEAKERS, vocabulary=vocabulary_without("list_answer_speakers", "list_answer_goes_on"),
    )
    assert all("强化村级财务监督" not in m for m in measure_texts(old))
