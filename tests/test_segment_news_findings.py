"""Findings stated in the running text of news items on an inspection, each form on text composed
for the test: what is read as a finding and what answers it."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

# --- an answer opening on the rule its act rests on -----------------------------------------------

BASIS_ANSWER = """区市场监管局开展餐饮单位食品安全检查

近日，区市场监管局对城区餐饮单位开展食品安全专项检查。
执法人员在检查中发现，东街小吃店部分食品原料超过保质期，后厨防蝇设施破损。南湖饭店从业人员未持有有效健康证明。北城面馆没有消毒记录。执法人员依据《中华人民共和国食品安全法》相关规定，责令三家单位限期改正，并对南湖饭店罚款人民币3000元。
下一步，区市场监管局将持续加大检查力度，保障群众饮食安全。
"""


def test_an_answer_opening_on_its_legal_basis_closes_the_found_clauses():
    r = segment_text(BASIS_ANSWER)
    assert r.layout == "paragraph_lists"
    assert len(r.findings) == 3
    assert "后厨防蝇设施破损" in r.findings[0].finding.text
    assert "健康证明" in r.findings[1].finding.text
    assert "没有消毒记录" in r.findings[2].finding.text
    assert all("责令三家单位限期改正" in m for m in measure_texts(r))


def test_without_the_flag_the_basis_sentence_answers_nothing():
    r = segment_text(BASIS_ANSWER, vocabulary=vocabulary_without("list_answer_after_basis"))
    assert r.layout != "paragraph_lists" or len(r.findings) != 3


# --- an intro that names its items problems one by one -------------------------------------------

NAMED_ITEMS = """南苑社区召开创卫迎检问题整治会

3月5日，南苑社区召开创卫迎检问题整治会。会上通报了区创卫办暗访中发现的四大问题，分别是楼道堆放杂物、绿化带种菜、车棚私拉电线、宣传栏内容陈旧。针对楼道堆放杂物问题，社区将联合物业逐栋清理，其余问题由网格员包片落实整改。
"""


def test_items_named_problems_one_by_one_are_the_findings_whatever_their_words():
    r = segment_text(NAMED_ITEMS)
    assert r.layout == "paragraph_lists"
    assert [f.finding.text for f in r.findings] == ["楼道堆放杂物", "绿化带种菜", "车棚私拉电线", "宣传栏内容陈旧"]
    assert all("网格员包片落实整改" in m for m in measure_texts(r))


def test_a_count_the_items_do_not_match_reads_no_named_list():
    r = segment_text(NAMED_ITEMS.replace("四大问题", "三大问题"))
    assert r.layout != "paragraph_lists" or len(r.findings) != 3


def test_without_the_flag_items_that_state_no_fault_are_no_list():
    r = segment_text(NAMED_ITEMS, vocabulary=vocabulary_without("list_named_items"))
    assert len(r.findings) != 4


# --- a comma run under a problem intro, answered by the writer's commitment ------------------------

COMMITTED_RUN = """东坪村开展人居环境集中整治

4月8日起，东坪村组织党员群众开展为期一周的人居环境集中整治，共清理垃圾60余方。
整治虽然取得了明显成效，但也存在一些问题：一是部分村民卫生习惯有待养成，二是保洁员巡查频次不够，三是村后沟渠淤积未清理。下一阶段，我们东坪村将继续落实门前三包责任制，每月开展一次卫生评比，巩固整治成果。
"""


def test_a_comma_run_under_a_problem_intro_is_answered_by_the_writers_commitment():
    r = segment_text(COMMITTED_RUN)
    assert r.layout == "paragraph_lists"
    assert len(r.findings) == 3
    assert "卫生习惯有待养成" in r.findings[0].finding.text
    assert "沟渠淤积未清理" in r.findings[2].finding.text
    assert "门前三包" not in r.findings[2].finding.text
    assert all("门前三包责任制" in m for m in measure_texts(r))


def test_without_the_flag_the_commitment_makes_no_list():
    r = segment_text(COMMITTED_RUN, vocabulary=vocabulary_without("list_writer_commitment", "list_comma_runs_introduced"))
    assert r.layout != "paragraph_lists"


def test_a_speakers_comma_points_stay_no_list_before_a_commitment():
    text = COMMITTED_RUN.replace("整治虽然取得了明显成效，但也存在一些问题：", "村支书在总结会上要求，").replace(
        "一是部分村民卫生习惯有待养成，二是保洁员巡查频次不够，三是村后沟渠淤积未清理",
        "一是要养成良好卫生习惯，二是要增加保洁巡查频次，三是要及时清理村后沟渠",
    )
    r = segment_text(text)
    assert r.layout != "paragraph_lists"
