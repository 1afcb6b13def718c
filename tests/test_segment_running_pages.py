"""Forms of copied reports that lost their page breaks or hide their answers inside an item, each on
text composed for the test."""

from __future__ import annotations

from segment_support import segment_text

# --- numbered pages with no site notice, each breaking off mid-sentence ---------------------------

_PAGE_ONE = (
    "1、关于县审计局经济责任审计反馈问题整改情况的报告 城关镇 2024年3月,县审计局对我镇原镇长任期经济责任"
    "履行情况进行了审计,我镇高度重视,现将整改情况报告如下: 一、整改情况 1、专项资金管理不规范。部分村级"
    "项目资金未按规定专户核算,个别村存在以拨代支现象,资金拨付进度缓慢,项目验收资料不完整,财务人员对资金"
    "管理制度掌握不够,报账单据审核把关不严。针对此问题,我镇立即组织全镇村级报账员开展财务制度学习,并对"
)
_PAGE_TWO = (
    "2、存在问题的村逐一进行核查,已将以拨代支资金全部转回专户,项目验收资料已补充完整。 2、固定资产登记"
    "不完整。镇属部分办公设备未入账,资产台账与实物不符,报废资产未按程序处置,资产管理员对资产清查工作重视"
    "不够,存在账外资产。对此,镇财政所牵头对全镇固定资产开展全面清查,清查出账外资产一批,已全部登记入账,"
    "报废资产已按程序报批处置,并建立资产管理台账和年度盘点制度,由分管领导督促落实,资产管理员每季度核对一"
)
_PAGE_THREE = "3、次。 3、公务接待审批手续不全。部分接待未附公函,接待清单填写不完整,陪餐人数超"
RUNNING_PAGES = "\n".join([_PAGE_ONE, _PAGE_TWO, _PAGE_THREE]) + "\n"


def test_unsigned_pages_that_break_mid_sentence_are_one_text():
    r = segment_text(RUNNING_PAGES)
    assert [f.title for f in r.findings][:3] == ["专项资金管理不规范", "固定资产登记不完整", "公务接待审批手续不全"]
    first, second, third = r.findings
    assert "报账单据审核把关不严" in first.finding.text and "针对此问题" not in first.finding.text
    # the measure runs on over the page break
    assert "以拨代支资金全部转回专户" in first.measure.text
    assert "存在账外资产" in second.finding.text and "年度盘点制度" in second.measure.text
    assert third.measure is None  # the page cut it before any answer


# --- pages whose numbers open complete items are items, not pages ---------------------------------

ITEM_LINES = (
    "1、农贸市场周边垃圾清运不及时,部分垃圾桶满溢,摊位外溢占道经营现象较为突出,群众反映强烈。"
    "对此,镇城管办已增加清运频次,每日早晚各清运一次,并对占道经营摊位逐一劝离,设置临时疏导点。"
    "针对此问题,镇政府还建立了市场周边环境卫生长效管理制度,明确专人负责日常巡查和督促整改落实。\n"
    "2、背街小巷乱堆乱放问题仍然存在,个别居民在巷道内堆放杂物,影响通行和消防安全,清理工作不彻底。"
    "针对此问题,镇城管办联合社区对背街小巷开展集中清理,清运杂物12车,并在巷口张贴告知书。\n"
)


def test_items_that_end_their_sentences_keep_their_numbers():
    r = segment_text(ITEM_LINES)
    assert len(r.findings) == 2
    assert "垃圾清运不及时" in r.findings[0].finding.text and "增加清运频次" in r.findings[0].measure.text
    assert r.findings[1].finding.text.startswith("背街小巷乱堆乱放")
    assert "清运杂物12车" in r.findings[1].measure.text


# --- a list inside a sentence naming its problems in short phrases at commas ----------------------

COMMA_PHRASES = """为规范行政许可办理,县行政审批局近期组织开展了许可档案自查工作。
经自查,发现部分档案仍存在材料归档不及时,受理登记不规范,送达回证缺失等问题。相关问题已逐件反馈经办科室,并已督促经办人员整改完毕。下一步,我局将定期开展档案抽查。
"""


def test_a_list_of_short_phrases_at_commas_is_read_item_by_item():
    r = segment_text(COMMA_PHRASES)
    assert len(r.findings) == 3
    assert "材料归档不及时" in r.findings[0].finding.text
    assert r.findings[1].finding.text == "受理登记不规范"
    assert r.findings[2].finding.text == "送达回证缺失"
    assert all("整改完毕" in f.measure.text for f in r.findings)


LONG_CLAUSES = """县教育局近日对城区学校食堂开展检查。
检查发现,个别学校存在食品留样记录填写不完整且未按规定由专人签字确认,导致留样管理流于形式等问题。检查组要求相关学校立即整改。
"""


def test_a_clause_with_its_consequence_is_not_split_at_its_comma():
    r = segment_text(LONG_CLAUSES)
    assert len(r.findings) <= 1
