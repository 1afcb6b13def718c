"""Forms of real documents read on text composed for the test: labels of progress, lists a page cut
off, fixes that answer no numbered problem.

Each case asserts what is read as a finding and as its measure, and that the older vocabulary reads
as it did.
"""

from __future__ import annotations

from segment_support import segment_text

from checker.models import Source
from checker.segment import segment
from checker.vocabulary import load_vocabulary

# --- 推进措施: a label of the measures taken --------------------------------------------------------

PROGRESS_LABEL = """2023年以来，我镇着力解决群众反映强烈的问题，现将工作成果公示如下。
一、解决镇卫生院挂号排队时间长的问题。
推进措施：一是增设自助挂号机3台；二是高峰时段增派导诊人员2名。
二、解决农贸市场周边占道经营问题。
推进措施：一是划定临时摊位60个；二是组织执法队员每日巡查。
三、解决老旧小区路灯损坏的问题。
推进措施：一是排查损坏路灯112盏；二是完成更换维修。
"""


def test_a_progress_label_opens_each_measure():
    r = segment_text(PROGRESS_LABEL)
    assert [("挂号排队" in f.finding.text, "自助挂号机" in f.measure.text) for f in r.findings[:1]] == [(True, True)]
    assert len(r.findings) == 3
    assert "占道经营" in r.findings[1].finding.text and "临时摊位" in r.findings[1].measure.text
    assert "路灯" in r.findings[2].finding.text and "完成更换" in r.findings[2].measure.text


# --- titles over lists of problems, the last list cut off where the document ends -----------------

CUT_LISTS = """学校资产管理自查报告
一、自查工作开展情况
本次自查覆盖2023年全部资产。
二、自查发现的主要问题
1. 资产登记制度执行不到位
(1)新购资产入账不及时
部分新购设备未在当月登记入账，账实不一致。
(2)资产卡片信息不全
部分资产卡片缺少存放地点和使用人。
2. 资产处置程序不规范
(1)报废审批手续不全
部分报废资产未经集体研究即行处置。
(2)处置收入未及时上缴
个别处置收入滞留在账外。
3. 资产清查工作不扎实
(1)清查盘点流于形式
部分部门"""


def _problems(text: str, version: str | None = None) -> list[str]:
    v = load_vocabulary(version) if version else load_vocabulary()
    r = segment(Source(path="composed.txt", text=text, format="txt", tables=[]), vocabulary=v)
    return [f.finding.text for f in r.findings]


def test_titles_over_lists_stay_groups_when_a_page_cuts_the_last_list():
    found = _problems(CUT_LISTS)
    assert len(found) == 5
    wants = ["入账不及时", "卡片信息不全", "报废审批", "处置收入", "流于形式"]
    assert all(w in f for w, f in zip(wants, found, strict=True))


def test_older_vocabulary_reads_the_titles_as_findings():
    assert len(_problems(CUT_LISTS, "1.2.0")) == 3


# --- paragraph tags a page left in the text ---------------------------------------------------------

TAGGED = (
    '<p class="ql-block">5月6日，县卫健委对镇卫生院开展院感防控检查，现将检查情况通报如下：</p> '
    '<p class="ql-block">检查发现以下问题：1、医疗废物暂存间未上锁；2、手卫生设施不全；3、消毒记录不完整。</p> '
    '<p class="ql-block">针对以上问题，检查组要求卫生院立即整改。</p>'
)


def test_paragraph_tags_break_lines_and_stay_out_of_measures():
    r = segment_text(TAGGED)
    assert len(r.findings) == 3
    assert "未上锁" in r.findings[0].finding.text
    assert all(f.measure is not None and "立即整改" in f.measure.text for f in r.findings)
    assert all("<p" not in f.measure.text and "</p>" not in f.finding.text for f in r.findings)


def test_older_vocabulary_reads_the_tagged_run_as_one_line():
    v = load_vocabulary("1.2.0")
    r = segment(Source(path="composed.txt", text=TAGGED, format="txt", tables=[]), vocabulary=v)
    assert not any(f.measure is not None and "立即整改" in f.measure.text for f in r.findings)
