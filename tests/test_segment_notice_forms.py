"""Forms of inspection notices that list problems per place or unit, each on text composed for the
test: what is read as a finding and what as its measure."""

from __future__ import annotations

from segment_support import segment_text

# --- a response paragraph after the numbered problems answers from its start ---------------------

RESPONSE_PARAGRAPH = """5月8日,区创卫办对城区部分农贸市场环境卫生进行了检查,现将检查发现的问题交办如下:
1.东关农贸市场内垃圾桶破损;北侧通道杂物乱堆。责任单位:东关街道办。
2.西城菜市场公厕无专人保洁、无洗手设施。责任单位:西城街道办。
3.南湖综合市场排水沟堵塞,地面积水。责任单位:南湖街道办。
本月是创卫迎检攻坚月,上述责任单位要切实提高认识,对存在的问题务必于5月15日前整改到位。整改完成后报区创卫办销号,逾期未整改的将予以通报。
"""


def test_a_response_paragraph_answers_from_its_first_sentence():
    r = segment_text(RESPONSE_PARAGRAPH)
    assert len(r.findings) == 3
    assert "垃圾桶破损" in r.findings[0].finding.text
    for f in r.findings:
        assert f.measure is not None
        assert "务必于5月15日前整改到位" in f.measure.text
        assert "本月是创卫迎检攻坚月" not in f.finding.text


# --- problems per place: a lead-in under each numbered place title ------------------------------

PLACE_LEAD_INS = """2024年4月2日,县城管办对城区市容环境进行了检查,现将有关情况通报如下:
一、建设路(实验小学周边)
该处存在的问题:
一是路边乱停乱放现象突出;
二是部分商户存在出店经营现象;
三是垃圾桶满溢未及时清运。
二、人民路(邮政局旁)
该处存在的问题是:
邮政局旁人行道长期堆放废旧家具,未及时进行清理。
三、滨河路北段
该路段存在的问题是:河堤护栏多处破损,未设置警示标志。
四、新华社区
该处存在的问题:
一是社区东门道路未按规定设置垃圾收集点;
二是绿化带内杂草丛生,未及时修剪。
"""


def test_a_lead_in_under_each_place_title_reads_that_place_only():
    r = segment_text(PLACE_LEAD_INS)
    texts = [f.finding.text for f in r.findings]
    assert len(texts) == 7
    assert "乱停乱放" in texts[0] and "满溢" in texts[2]
    assert texts[3].startswith("邮政局旁人行道长期堆放废旧家具")
    assert texts[4].startswith("河堤护栏多处破损")  # the problem on the lead-in's own line
    assert "该路段存在的问题" not in texts[4]
    assert "杂草丛生" in texts[6]
    assert all("人民路" not in t and "新华社区" not in t for t in texts)


# --- a requirement label after each numbered problem is its measure -----------------------------

REQUIREMENT_LABELS = """1、东环路口公交站台周边有建筑垃圾堆放。
整改要求:由县市政所负责三日内清运完毕。
2、北街农贸市场门口占道经营问题突出。
整改要求:由城关镇负责劝导商户入市经营,月底前规范到位。
3、滨江公园公厕无专人保洁。
整改要求:由县园林局负责落实专人保洁。
请各相关单位认真整改,整改落实情况及时报县创建办。
"""


def test_a_requirement_label_opens_the_measure_of_its_item():
    r = segment_text(REQUIREMENT_LABELS)
    assert len(r.findings) == 3
    assert "建筑垃圾堆放" in r.findings[0].finding.text
    assert r.findings[0].measure is not None and "三日内清运完毕" in r.findings[0].measure.text
    assert "劝导商户入市经营" in r.findings[1].measure.text
    assert "整改要求" not in r.findings[2].finding.text


# --- numbered problems a label reading skipped make it unsure -----------------------------------

SKIPPED_ITEMS = """后勤自查情况
一、食堂
存在问题及整改措施:
1、二号食堂操作间存在案板清洗不干净现象,要求其严格按照操作规程清洗。
2、一号食堂普遍存在刀具生熟标识不清的现象,要求严格生熟分开。
二、超市
存在问题:超市门口垃圾桶容量不足。
整改措施:要求更换容量较大的带盖垃圾桶。
三、宿舍楼
存在问题:走廊墙砖脱落3处。
整改要求:统一登记后报工程部修缮。
"""


def test_numbered_problems_outside_a_label_reading_are_unexplained():
    r = segment_text(SKIPPED_ITEMS)
    skipped = [x for x in r.segmentation.not_findings if x.reason == "unexplained"]
    assert len(r.findings) == 2  # the label reading, which leaves the 食堂 items out...
    assert len(skipped) == 2  # ...and says so
    assert "案板清洗不干净" in skipped[0].text


# --- a problems section of one sentence with 一是…，二是… after commas ----------------------------

COMMA_POINTS_NOTICE = """关于一季度全镇村庄保洁工作检查情况的通报
各村(社区):
现将检查情况通报如下:
一、基本情况
本次共检查20个村,村庄环境总体有所改善。
二、存在的问题
本次检查发现的突出问题,一是部分村保洁员考勤制度未落实,二是少数村垃圾收集点设置不足,三是个别村河塘漂浮物清理不及时。
三、下步要求
针对检查发现的问题,镇环卫所将问题清单下发各村,责令限期整改,并在下次检查中开展回头看。
"""


def test_comma_points_of_a_problems_section_are_its_problems():
    r = segment_text(COMMA_POINTS_NOTICE)
    texts = [f.finding.text for f in r.findings]
    assert len(texts) == 3
    assert texts[0].startswith("部分村保洁员考勤制度未落实")
    assert "河塘漂浮物" in texts[2]
    for f in r.findings:  # 三、下步要求 answers them all
        assert f.measure is not None and "责令限期整改" in f.measure.text
