"""An inspecting body's notice: what it requires of each problem inside the problem's own line
(，应做到…), a closing sentence that refers back to the problems and asks for their rectification
(以上为…问题，望…整改), and a response paragraph whose first sentence already requires
(检查组督促各单位要…。同时…提出整改意见…). Texts of our own composition."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

CANTEEN = """仓库检查问题汇总
为保障职工用餐安全，现将近期物业监管小组检查发现的问题汇总如下：
1.仓库货架积灰较多，部分货物直接靠墙摆放；
2.冷柜温度记录缺失，温度计损坏；
3.操作台面有油污，刀具未分类存放，应做到生熟刀具分开；
4.消毒柜长期未通电，消毒记录空白；
5.垃圾桶未加盖，应按照规定配备带盖垃圾桶。
以上为检查中多次指出仍未改进的问题，望明达物业各位负责人知悉并及时组织整改。
某某后勤中心
2023年3月2日
"""


def test_item_should_clause_and_closing_back_reference() -> None:
    report = segment_text(CANTEEN)
    assert len(report.findings) == 5
    measures = measure_texts(report)
    assert "应做到生熟刀具分开" in measures[2]
    assert "应按照规定配备带盖垃圾桶" in measures[4]
    assert "应做到" not in report.findings[2].finding.text
    for k in (0, 1, 3):
        assert "及时组织整改" in measures[k]
    assert "望明达物业" not in report.findings[4].finding.text


def test_item_should_clause_off_reads_as_before() -> None:
    report = segment_text(CANTEEN, vocabulary=vocabulary_without("problem_own_should", "list_closing_back"))
    assert len(report.findings) == 5
    assert "应做到生熟刀具分开" in report.findings[2].finding.text
    assert all(m == "" for m in measure_texts(report))


def test_closing_back_reference_alone() -> None:
    report = segment_text(CANTEEN, vocabulary=vocabulary_without("problem_own_should"))
    measures = measure_texts(report)
    assert all("及时组织整改" in m for m in measures)


def test_should_clause_with_negation_is_a_fault() -> None:
    text = CANTEEN.replace("应做到生熟刀具分开", "应收费用未收取")
    report = segment_text(text)
    assert "应收费用未收取" in report.findings[2].finding.text
    assert "应收费用未收取" not in measure_texts(report)[2]


ARCHIVES = """某县档案局开展档案工作检查

  近日，县档案局组织检查组对全县机关单位档案工作开展检查，共抽查20家单位，检查中发现的问题有：一是部分单位档案室面积不足，档案柜陈旧；二是个别单位档案移交不及时，大量文件散存在科室；三是个别单位档案人员兼职过多，业务培训缺乏。

  检查组督促各单位要落实档案管理主体责任，确保档案完整安全。同时对存在问题的单位当场提出整改意见和完成时限。
"""


def test_response_paragraph_whose_first_sentence_requires() -> None:
    report = segment_text(ARCHIVES)
    assert len(report.findings) == 3
    for m in measure_texts(report):
        assert "落实档案管理主体责任" in m
        assert "提出整改意见" in m


def test_response_paragraph_flag_off_reads_as_before() -> None:
    report = segment_text(ARCHIVES, vocabulary=vocabulary_without("response_paragraph_requires"))
    assert len(report.findings) == 3
    for m in measure_texts(report):
        assert "落实档案管理主体责任" not in m
        assert "提出整改意见" in m


ADVICE = """四、巡查中发现需要解决的问题

1、三楼自习室插座损坏两处，建议尽快更换。

2、一楼大厅存在学生长时间占用座位情况，需要安排值班人员定时巡查。

3、二楼电子屏长期黑屏，建议联系厂家维修。

某中心督查组
"""


def test_need_clause_in_an_advising_list() -> None:
    report = segment_text(ADVICE)
    assert len(report.findings) == 3
    measures = measure_texts(report)
    assert "需要安排值班人员定时巡查" in measures[1]
    assert "需要安排" not in report.findings[1].finding.text
    assert "建议尽快更换" in measures[0]


def test_need_clause_flag_off_reads_as_before() -> None:
    report = segment_text(ADVICE, vocabulary=vocabulary_without("problem_own_need"))
    assert measure_texts(report)[1] == ""
    assert "需要安排值班人员定时巡查" in report.findings[1].finding.text


def test_need_clause_alone_states_the_fault() -> None:
    text = ADVICE.replace("，建议尽快更换", "").replace("，建议联系厂家维修", "")
    report = segment_text(text)
    assert "需要安排值班人员定时巡查" in report.findings[1].finding.text


COVER = """各镇卫生院:
2024年5月8日,县卫健局组织人员对各镇卫生院开展院感专项督导。现将问题清单下发给你们,请相关卫生院落实责任,立行立改,限期整改。整改情况于5月20日前报县卫健局。
附件:院感督导问题清单
某县卫生健康局
2024年5月10日
附件
院感督导问题清单
1.手卫生执行不到位。东坝镇卫生院医护人员手卫生依从性偏低。
2.医疗废物交接登记不全。西河镇卫生院部分交接单无签名。
3.消毒记录不规范。南岭镇卫生院消毒记录填写不完整。
"""


def test_cover_letter_request_answers_the_attached_list() -> None:
    report = segment_text(COVER)
    assert len(report.findings) == 3
    assert "手卫生执行不到位" in report.findings[0].finding.text
    for m in measure_texts(report):
        assert "立行立改" in m and "5月20日前" in m


def test_cover_letter_flag_off_reads_as_before() -> None:
    report = segment_text(COVER, vocabulary=vocabulary_without("cover_letter_answer"))
    assert not any("立行立改" in m for m in measure_texts(report))


DORMS = """关于学生公寓卫生检查结果的通报
一、存在的问题
(一)部分寝室阳台堆放杂物,衣物晾晒杂乱。
东区3#201、3#205存在阳台堆放纸箱情况。
(二)部分寝室私拉电线,充电器长时间插在插座上,存在安全隐患
东区2#310、2#312存在私拉电线情况。
(三)个别寝室存放违规电器,存在安全隐患。
西区5#108存放电热毯。
二、整改要求
(一)各年级督促学生清理阳台杂物,规范晾晒衣物。
(二)加强用电安全教育,收缴违规电器,严禁私拉电线。
"""


def test_numbered_line_that_lost_its_stop_is_an_item() -> None:
    report = segment_text(DORMS)
    assert len(report.findings) == 3
    assert "私拉电线" in report.findings[1].finding.text
    assert "东区2#310" in report.findings[1].finding.text
    assert "清理阳台杂物" in measure_texts(report)[0]


def test_sibling_statements_flag_off_reads_as_before() -> None:
    report = segment_text(DORMS, vocabulary=vocabulary_without("sibling_statements"))
    assert len(report.findings) < 3


SERIES = """某公司开展安全生产大检查
4月2日，公司安全部对两个在建项目开展安全检查，发现施工现场存在部分工人未系安全带、部分脚手架未设防护网、临时用电线路私拉乱接等一系列问题。
检查组针对发现的问题当场提出整改要求，向各项目下发整改通知单，要求限期整改到位。
"""


def test_list_closed_by_a_series_of_problems() -> None:
    report = segment_text(SERIES)
    assert len(report.findings) == 3
    assert "未系安全带" in report.findings[0].finding.text
    assert all("下发整改通知单" in m for m in measure_texts(report))


HAZARDS = """为排查校园安全隐患，县教育局组织人员开展检查，对发现的问题督促整改。
01
学校名称：某县实验小学
问题隐患：教学楼楼梯扶手松动
整改时限：2025年9月1日
整改落实情况：已整改
02
学校名称：某县第二幼儿园
问题隐患：活动室插座无保护盖
整改时限：2025年9月2日
整改落实情况：已整改
"""


def test_problem_hazard_label() -> None:
    report = segment_text(HAZARDS)
    assert [f.finding.text for f in report.findings] == ["教学楼楼梯扶手松动", "活动室插座无保护盖"]
    assert all("已整改" in m for m in measure_texts(report))
