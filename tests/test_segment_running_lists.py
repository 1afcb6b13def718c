"""Problems listed in running text (paragraph_lists), on text composed for the test: forms of news
items and notices whose problems are no 一是…二是 run and no 、 list closed by 等问题."""

from __future__ import annotations

from segment_support import measure_texts, segment_text

# --- an intro ending in a colon, then one problem a sentence ---------------------------------------

INTRO_THEN_SENTENCES = """6月12日上午，区爱卫办会同区城管局对城区各街道背街小巷环境卫生进行了检查。
检查中发现的问题有：部分路段清扫保洁不彻底，绿化带内仍有塑料袋、烟头。部分小区垃圾桶满溢，周边污水横流。农贸市场周边占道经营现象依然存在。个别工地出入口车辆带泥上路。
检查组要求各街道立即组织整改，三日内将整改情况报区爱卫办。
"""


def test_an_intros_sentences_are_its_problems_one_a_sentence():
    r = segment_text(INTRO_THEN_SENTENCES)
    assert len(r.findings) == 4
    assert "清扫保洁不彻底" in r.findings[0].finding.text and "垃圾桶满溢" not in r.findings[0].finding.text
    assert "带泥上路" in r.findings[3].finding.text
    assert all("三日内将整改情况" in m for m in measure_texts(r))


# --- clauses that each name a site and what was found there ----------------------------------------

SITES_FOUND = """近日，镇督查组对东风、红星、向阳三个村的农村人居环境整治情况进行了暗访。
从暗访情况看，各村整体面貌有所改善，但仍存在一些问题，东风村发现主干道两侧柴草乱堆、边沟淤塞等现象；红星村存在生活垃圾未及时清运的问题；向阳村发现多处旱厕破损，同时，部分农户庭院杂乱。希望各村对照问题抓紧整改，镇督查组将于月底复查。
"""


def test_clauses_each_naming_a_site_are_one_finding_each():
    r = segment_text(SITES_FOUND)
    assert len(r.findings) == 3
    assert "边沟淤塞" in r.findings[0].finding.text and "红星村" not in r.findings[0].finding.text
    assert "红星村存在" in r.findings[1].finding.text
    assert "庭院杂乱" in r.findings[2].finding.text
    assert all("月底复查" in m for m in measure_texts(r))


# --- a sentence of faults whose causes the next sentence gives --------------------------------------

FAULTS_THEN_CAUSES = """市城管局对上月交办的占道经营问题进行了回访。
从回访情况看，整改进度不够理想，北门路仍有三处摊点未清理；河滨路有两处遮阳棚未拆除；新华街夜市外摆问题反弹。究其原因，部分街道重视不够，巡查力量不足。要求各街道本周内全部整改到位，市城管局将适时通报。
"""


def test_faults_at_semicolons_referred_to_by_their_causes_are_a_list():
    r = segment_text(FAULTS_THEN_CAUSES)
    assert len(r.findings) == 3
    assert "北门路仍有三处摊点未清理" in r.findings[0].finding.text
    assert "新华街夜市" in r.findings[2].finding.text and "究其原因" not in r.findings[2].finding.text
    assert all("本周内全部整改到位" in m for m in measure_texts(r))


# --- 整改完毕 answers the list before it --------------------------------------------------------------

DONE_ANSWER = """二、整改情况

抽查发现，5个公众号存在信息发布审核不严的问题，2个公众号存在长期未更新问题，3个公众号存在互动留言未回复。

目前，抽查中发现的问题已全部整改完毕。我们将继续按季度开展抽查。
"""


def test_a_paragraph_saying_the_problems_are_rectified_answers_them():
    r = segment_text(DONE_ANSWER)
    assert len(r.findings) == 3
    assert "长期未更新" in r.findings[1].finding.text
    assert all("全部整改完毕" in m for m in measure_texts(r))


# --- a later paragraph listing cases with how each stands is no answer -------------------------------

STATUS_PARAGRAPHS = """近期，区住建局对群众反映的小区物业问题办理情况进行了电话回访。
回访中群众反映的问题包括：桂园小区地下车库积水严重；兰亭小区楼道照明损坏；枫林小区垃圾清运不及时。
已办结的有：梅苑小区二期门禁损坏已维修；竹园小区违规收取装修押金已退还；松涛小区消防通道堵塞已清理。
"""


def test_a_paragraph_of_cases_each_with_its_status_does_not_answer_the_list_before_it():
    r = segment_text(STATUS_PARAGRAPHS)
    assert len(r.findings) == 3
    assert "桂园小区" in r.findings[0].finding.text
    assert all("已维修" not in m for m in measure_texts(r))


# --- 问题，…：分别为 introduces the list ------------------------------------------------------------------

NAMED_ONE_BY_ONE = """据检查人员介绍，他们在该物流园发现了多项消防安全问题，情况较为突出：分别为消防通道被货物占用，车辆无法通行；部分灭火器过期失效；应急照明灯损坏未修复。
针对检查发现的问题，区消防救援大队当场下达了责令改正通知书，要求该物流园十日内整改到位。
"""


def test_a_colon_after_the_problems_clause_and_fen_bie_wei_introduces_the_list():
    r = segment_text(NAMED_ONE_BY_ONE)
    assert len(r.findings) == 3
    assert "消防通道被货物占用" in r.findings[0].finding.text
    assert "应急照明灯损坏" in r.findings[2].finding.text
    assert all("十日内整改到位" in m for m in measure_texts(r))
