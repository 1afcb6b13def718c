"""Forms of self-check reports, hazard lists and inspectors' briefs, each on text composed for the test.

Every case reads what is a finding and what is its measure from the document's outline, never
from how good the measure is.
"""

from __future__ import annotations

from segment_support import measure_texts, segment_text

# --- a brief whose only answer is an order to rectify within a set time ---------------------------

DEADLINE_ORDER = """县环境整治督导组工作简报

3月2日上午,县环境整治第三督导组对东城、西城两个片区进行实地督导,关于东城片区发现以下问题:其一,东城农贸市场南侧道路积水严重;其二,市场周边乱停乱放。关于西城片区发现以下问题:其一,西城老旧小区垃圾清运不及时;其二,河道沿岸堆放建筑垃圾。随后,督导组向两个街道下发整改通知书并限期整改。

督导组将继续做好环境整治督导工作。
"""


def test_an_order_to_rectify_in_time_answers_the_lists_before_it():
    r = segment_text(DEADLINE_ORDER)
    assert len(r.findings) == 4
    assert "道路积水" in r.findings[0].finding.text
    assert "河道沿岸" in r.findings[3].finding.text
    assert all("限期整改" in m for m in measure_texts(r))


# --- a page whose paragraph marks became one stray letter -----------------------------------------

STRAY_LETTER_BREAKS = (
    "2023年食堂卫生检查总结Ж今年我校对食堂卫生进行了检查,现将情况总结如下:Ж季度Ж合格率%Ж一季度Ж82Ж二季度Ж88Ж"
    "一、存在问题:Ж1、餐具消毒记录不完整。Ж2、部分员工未佩戴口罩。Ж3、留样冰箱温度未记录。Ж"
    "二、整改措施:Ж1、完善餐具消毒登记制度。Ж2、每日上岗前检查员工着装。Ж3、安排专人每日记录留样冰箱温度。"
)


def test_a_stray_letter_for_paragraph_marks_reads_as_line_breaks():
    r = segment_text(STRAY_LETTER_BREAKS)
    assert len(r.findings) == 3
    assert "餐具消毒记录不完整" in r.findings[0].finding.text
    assert "员工着装" in measure_texts(r)[1]
    assert "留样冰箱温度" in measure_texts(r)[2]


def test_a_word_of_another_alphabet_is_no_line_break():
    from checker.segment.document import letter_breaks

    text = "报告引用了俄文资料Москва Россия Москва Россия Москва Россия:一、存在问题。"
    assert letter_breaks(text) == text


# --- a hazard list whose interim action, where there is one, sits in the hazard's own line --------

HAZARD_LINES = """实验小学安全隐患情况报告
在本学期开学安全检查中,我校发现了一些安全隐患,现将情况向镇教育办汇报。
1、综合楼北侧围墙倾斜,长约10米,危险区域现已拉起警戒线;
2、综合楼楼梯扶手松动、三楼走廊吊顶开裂;
3、操场东侧排水沟盖板破损,现部分已更换,但隐患还在;
4、校门口人行道路面破损不平,没有警示标志,所幸没有学生摔伤;
5、食堂后门台阶塌陷,发现及时,得到及时处理,暂时消除隐患;
以上情况希望镇教育办能现场查看,提出处理意见。
"""


def test_hazard_lines_keep_their_action_and_the_bare_ones_stay_findings():
    r = segment_text(HAZARD_LINES)
    assert len(r.findings) == 5
    assert "现已拉起警戒线" in measure_texts(r)[0]
    assert "楼梯扶手松动" in r.findings[1].finding.text and r.findings[1].measure is None
    assert "现部分已更换" in measure_texts(r)[2]
    assert r.findings[3].measure is None
    assert "得到及时处理" in measure_texts(r)[4]
