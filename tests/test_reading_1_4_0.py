"""Reading vocabulary 1.4.0: forms of real inspection notices, each on text composed for the test,
and each read as before with the older vocabulary."""

from __future__ import annotations

import re

from segment_support import measure_texts, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

OLD = load_vocabulary("1.3.0")


def _problems(r) -> list[str]:
    return [f.finding.text for f in r.findings]


# --- 一是…，二是… after an intro that names them problems, nothing answering them ------------------

UNANSWERED_RUN = """关于督查校园环境工作的情况通报

11月7日上午，区创建办到我院督导检查。检查发现以下问题：一是档案资料不完善，二是卫生间等硬件设施破旧，三是大门口两侧墙面脱落，四是绿化带杂乱。
"""


def test_a_comma_run_under_a_problem_intro_lists_problems_though_nothing_answers_them():
    r = segment_text(UNANSWERED_RUN)
    assert len(r.findings) == 4
    assert "绿化带杂乱" in r.findings[3].finding.text
    assert measure_texts(r) == ["", "", "", ""]
    assert segment_text(UNANSWERED_RUN, vocabulary=vocabulary_without("list_comma_runs_introduced")).findings == []
    assert segment_text(UNANSWERED_RUN, vocabulary=OLD).findings == []


def test_a_comma_run_of_demands_after_a_speaker_is_no_list_of_problems():
    text = UNANSWERED_RUN.replace("检查发现以下问题：", "督导组要求，").replace("不完善", "要完善")
    assert segment_text(text).findings == []


# --- each point says what it needs ----------------------------------------------------------------

REQUIREMENT_POINTS = """关于督查五城联创工作的情况通报

11月7日上午，区创建办到我院督导检查。检查组指出，目前存在的问题突出的有以下几方面：一是档案资料需进一步完善，二是附属医院卫生间等硬件设施要改善，三是医学院大门口两侧需粉刷，四是校区绿化带要及时修剪，五是宣传栏内容尽快更新。
"""


def test_a_point_that_says_what_it_needs_has_that_for_its_measure():
    r = segment_text(REQUIREMENT_POINTS)
    assert len(r.findings) == 5
    assert measure_texts(r) == ["需进一步完善", "要改善", "需粉刷", "要及时修剪", "尽快更新。"]
    assert "档案资料" in r.findings[0].finding.text and "完善" not in r.findings[0].finding.text
    # without the rule the points are problems whose requirements stay in their text
    r = segment_text(REQUIREMENT_POINTS, vocabulary=vocabulary_without("list_item_requirements"))
    assert len(r.findings) == 5 and measure_texts(r) == [""] * 5


def test_points_of_which_few_say_what_they_need_keep_their_words_as_problems():
    text = REQUIREMENT_POINTS.replace("要改善", "破旧").replace("需粉刷", "墙面脱落").replace("要及时修剪", "杂乱")
    r = segment_text(text)
    assert len(r.findings) == 5
    assert measure_texts(r) == [""] * 5


# --- a check's results with praise among the faults -----------------------------------------------

PRAISE_AMONG_FAULTS = """宾馆消防安全检查通报
安全部对各楼层的消防设施进行了检查，现将检查情况通报如下：
1、餐饮区
(1) 部分安全出口指示灯不亮。
(2) 布草间消防设施检查情况较好，巡查记录填写正常。
(3) 冷库后电线胶布裂开，物品堆放混乱，需部门紧急整改。
(4) 仓库的灭火器过期，需更换。
2、客房区
(1) 验货组的灭火器一具欠压，应更换。
(2) 厨房电源盒没有防护罩，应报工程维修。
(3) 楼层包间物品摆放有序，做的较好。
"""


def test_items_that_only_praise_are_no_findings_and_do_not_hide_the_others():
    r = segment_text(PRAISE_AMONG_FAULTS)
    problems = _problems(r)
    assert len(problems) == 5
    assert not any("较好" in p for p in problems)
    assert measure_texts(r)[1:] == ["需部门紧急整改。", "需更换。", "应更换。", "应报工程维修。"]
    assert segment_text(PRAISE_AMONG_FAULTS, vocabulary=OLD).findings == []


# --- a place's name running straight into its points ----------------------------------------------

GLUED_POINTS = PRAISE_AMONG_FAULTS.replace("餐饮区\n(1)", "餐饮区(1)").replace("。\n(", "。(").replace(
    "客房区\n(1)", "客房区(1)"
)


def test_a_numbered_place_whose_name_runs_into_its_points_is_read_point_by_point():
    assert "1、餐饮区(1) 部分安全出口" in GLUED_POINTS and "。(2) 布草间" in GLUED_POINTS
    r = segment_text(GLUED_POINTS)
    assert len(r.findings) == 5
    assert "部分安全出口指示灯不亮" in r.findings[0].finding.text
    # without the rule each place is one finding, its points inside it
    assert len(segment_text(GLUED_POINTS, vocabulary=vocabulary_without("titled_points")).findings) < 5


def test_a_number_opening_a_points_own_words_is_no_heading():
    text = GLUED_POINTS.replace("(1) 部分安全出口", "(1) 1、2号楼部分安全出口").replace("、餐饮区(1)", "、一、二号楼餐饮区(1)")
    r = segment_text(text)
    assert len(r.findings) == 5
    assert "1、2号楼部分安全出口指示灯不亮" in r.findings[0].finding.text


# --- what a check found, numbered after a colon, whatever its words --------------------------------

FOUND_RUN = """教学检查情况通报

第二周双休日，教务处安排人员对各上课点进行了检查。检查中发现：1、双休日铃声自动关闭，没有工作；2、个别班级缺课人数超过20%。3、东区多媒体教室开门较晚，影响了学生正常上课。
"""


def test_a_numbered_run_after_what_was_found_lists_every_item():
    r = segment_text(FOUND_RUN)
    assert len(r.findings) == 3
    assert "开门较晚" in r.findings[2].finding.text
    assert len(segment_text(FOUND_RUN, vocabulary=vocabulary_without("list_found_colon")).findings) == 2


def test_a_speakers_points_after_a_comma_still_need_faults():
    text = FOUND_RUN.replace("检查中发现：1、", "他指出，一是").replace("；2、", "；二是").replace("。3、", "。三是")
    text = text.replace("没有工作", "要打开").replace("个别班级缺课人数超过20%", "要点名")
    r = segment_text(text)
    assert not any("要点名" in f.finding.text for f in r.findings)


# --- forms a first-time writer uses -----------------------------------------------------------------

SHORT_LABELS = """关于村级财务审计反馈问题整改情况的报告

一、审计发现的问题及整改情况
1、招待费支出超标准。
（1）问题：两个村2022年招待费超出乡定标准。
（2）整改：超支部分由村干部个人退赔，已退回资金1.5万元。
2、合同未纳入台账管理
（1）问题：部分村鱼塘发包合同未纳入台账管理。
（2）整改：全乡清理合同146份，录入监管平台。
3、报账员坐支现金。
问题:石门村报账员坐支现金。
整改结果:对报账员进行了批评教育，责令其立即改正。
"""


def test_bare_整改_and_整改结果_labels_open_measures():
    r = segment_text(SHORT_LABELS)
    assert len(r.findings) == 3
    assert "已退回资金1.5万元" in measure_texts(r)[0]
    assert "146份" in measure_texts(r)[1]
    assert "批评教育" in measure_texts(r)[2]
    old = segment_text(SHORT_LABELS, vocabulary=OLD)
    assert len(old.findings) != 3 or "批评教育" not in measure_texts(old)[2]


PASTED_TABLE = (
    "镇巡察整改台账\n\n"
    "序号\t问题\t整改措施\t责任单位\t完成时限\n"
    "1\t理论学习中心组学习不规范\t制定年度学习计划，每月集中学习一次\t党政办\t2024年3月\n"
    "2\t低保动态管理不到位\t入户核查，清退不符合条件对象4户\t社会事务办\t2024年2月\n"
    "3   公车使用登记不全   规范派车单制度，公车安装北斗定位   党政办   2024年1月\n"
)


def test_a_row_pasted_with_spaces_under_tab_rows_is_a_row():
    r = segment_text(PASTED_TABLE)
    assert len(r.findings) == 3
    assert "公车使用登记不全" in r.findings[2].finding.text
    assert "北斗定位" in measure_texts(r)[2]
    assert len(segment_text(PASTED_TABLE, vocabulary=vocabulary_without("tab_rows_spaced")).findings) == 2


QUOTE_LATER = """镇关于审计反馈问题整改情况的报告

一、存在的问题
1.专项资金拨付不及时，32.5万元滞留在镇财政账户。
2.公务接待管理不规范，11笔接待费用无公函。
3.固定资产账实不符，报废设备未办理核销。
4.政府采购程序执行不严，音响设备未公开招标。
二、整改措施
1.关于公务接待问题。镇纪委对所有接待费用进行了清理，严格执行"一函一单一票"报销制度。
2.关于专项资金拨付问题。镇财政所已于2024年8月20日前将滞留资金全部拨付。
3.关于固定资产问题。对机关固定资产进行全面清查盘点，报废设备已报批核销。
"""


def test_a_quotation_after_a_fixs_opening_does_not_pair_it():
    r = segment_text(QUOTE_LATER)
    assert len(r.findings) == 4
    assert "一函一单一票" in measure_texts(r)[1]
    assert "全部拨付" in measure_texts(r)[0]
    assert measure_texts(r)[3] == ""
    off = segment_text(QUOTE_LATER, vocabulary=vocabulary_without("fix_quote_in_opening"))
    assert "一函一单一票" not in measure_texts(off)[1]


# --- a 一、 list that goes on with colons ------------------------------------------------------------

COLON_GOES_ON = """食堂检查情况通报

校学生会生活部对学校六个食堂进行了突击检查，检查中我们发现了很多问题，具体如下：

一、一二食堂地面很不干净，并且是在做饭的时候清洗，影响食物的卫生质量。

二、所有食堂的垃圾桶内的垃圾都未进行及时处理，细菌滋生很快。

三、五食堂的洗菜池特别脏。

四：各个食堂在处理土豆皮时，皮未去净，看起来很脏。

五：各食堂工作人员的个人卫生很差。

当然食堂也有其优点，具体如下：

一：卫生管理制度完善，有食品卫生许可证。

二：食品储存有专门的场所，并分类保管。
"""


def test_colon_numbers_that_go_on_a_list_are_its_items():
    r = segment_text(COLON_GOES_ON)
    assert len(r.findings) == 5
    assert "个人卫生很差" in r.findings[4].finding.text
    assert not any("许可证" in f.finding.text for f in r.findings)
    assert len(segment_text(COLON_GOES_ON, vocabulary=vocabulary_without("colon_numbers_go_on")).findings) == 3


# --- more forms a first-time writer uses --------------------------------------------------------------

FIELDS_ON_ONE_LINE = """镇中心小学自查自纠报告

二、自查发现问题及整改情况
1.问题：教学楼楼梯间应急照明灯不亮；措施：已更换新灯具，每月检测一次；时间：3月8日已完成。
2.问题：宿舍楼疏散通道堆放行李箱；措施：设置行李存放间，每晚查寝时检查通道；时间：3月10日。
3.问题：食堂晨检记录有漏记；措施：明确食堂主任为晨检第一责任人；时间：3月12日。
"""


def test_an_items_fields_on_one_line_are_its_measure_and_deadline_not_findings():
    r = segment_text(FIELDS_ON_ONE_LINE)
    assert len(r.findings) == 3
    assert "已更换新灯具" in measure_texts(r)[0]
    assert not any(f.finding.text.lstrip().startswith(("措施", "时间")) for f in r.findings)
    # weighed as before, the fields read as findings of their own win
    v = load_vocabulary()
    conf = v.weights.confidence.model_copy(update={"field_opened": 0.0})
    old = v.model_copy(update={"weights": v.weights.model_copy(update={"confidence": conf})})
    assert len(segment_text(FIELDS_ON_ONE_LINE, vocabulary=old).findings) > 3


HEADINGS_WITH_ANSWERS = """县人社局关于政务公开测评反馈问题整改情况的报告

1.政府信息公开指南未及时更新。
我局于2024年8月5日对政府信息公开指南进行了修订，在门户网站置顶发布。

2.依申请公开答复超过法定期限。
我局已对经办人员进行了批评教育，建立依申请公开办理登记台账。

3.政务公开专栏存在死链、错链。
经全面检查，共发现失效链接12个，已全部修复或删除。
"""


def test_an_item_among_answered_findings_with_its_own_answer_is_a_finding():
    r = segment_text(HEADINGS_WITH_ANSWERS)
    assert len(r.findings) == 3
    assert "超过法定期限" in r.findings[1].finding.text
    assert "批评教育" in measure_texts(r)[1]
    assert len(segment_text(HEADINGS_WITH_ANSWERS, vocabulary=vocabulary_without("bare_items_answered_below")).findings) == 2


LABELLED_PROBLEMS_PLAIN_ANSWERS = """★红星村关于督察反馈问题整改情况的汇报★
■问题①：河道两岸堆放生活垃圾约30余方。
●11月10日出动铲车2台，全部清运到镇垃圾中转站。
●河边设立警示牌3块。
■问题②：养殖场粪污直排入沟渠。
●养殖户建设三级沉淀池，预计12月10日前完工。
■问题③：收购点露天焚烧废旧电线。
●当场制止，收缴焚烧工具，签订了承诺书。
"""


def test_labelled_problems_with_bullets_and_circled_numbers_take_the_lines_below():
    r = segment_text(LABELLED_PROBLEMS_PLAIN_ANSWERS)
    assert len(r.findings) == 3
    assert "警示牌3块" in measure_texts(r)[0]
    assert "签订了承诺书" in measure_texts(r)[2]
    plain = LABELLED_PROBLEMS_PLAIN_ANSWERS.replace("■", "").replace("●", "")
    for n, k in (("①", "1"), ("②", "2"), ("③", "3")):
        plain = plain.replace(n, k)
    assert len(segment_text(plain).findings) == 3
    assert segment_text(plain, vocabulary=vocabulary_without("problem_label_items")).findings == []


TASKS_WITH_SECURING = """局党组关于落实巡察反馈意见的整改工作方案

三、整改任务
（一）理论学习不够深入。中心组学习以领读文件为主，交流研讨不多。制定年度学习计划，每季度开展1次专题研讨。（牵头领导：王建国；完成时限：2024年8月底前）
（二）项目监管不到位。3个项目施工日志缺失。聘请第三方机构开展全面复查，补齐档案资料。（牵头领导：陈志刚；完成时限：2024年10月底前）
（三）基层党组织建设有弱项。党支部“三会一课”记录不全。开展支部标准化建设专项整治，每月检查支部记录。（牵头领导：李红梅；完成时限：2024年9月底前）

四、保障措施
（一）强化责任落实。班子成员对分管领域整改任务亲自督办。
（二）强化督促检查。整改办每半月调度一次进度。
（三）强化成果运用。把巡察整改与建章立制结合起来。
"""


def test_tasks_stating_a_problem_then_the_act_taken_beside_a_securing_section():
    r = segment_text(TASKS_WITH_SECURING)
    assert len(r.findings) == 3
    assert "每季度开展1次专题研讨" in measure_texts(r)[0]
    assert "聘请第三方机构" in measure_texts(r)[1]
    assert "专项整治" in measure_texts(r)[2] and "专项整治" not in r.findings[2].finding.text
    assert len(segment_text(TASKS_WITH_SECURING, vocabulary=vocabulary_without("closing_items_apart")).findings) != 3


# --- a letter answering its problems a paragraph each ---------------------------------------------------

LETTER = """关于镇卫生院财务检查发现问题整改情况的说明

县卫生健康局：
2024年10月，局计划财务股对我院财务收支情况开展了专项检查。现将有关整改情况说明如下：
检查中指出我院现金管理不规范，出纳存在以白条抵库的情况。收到反馈后，我们立即对白条进行了清理，4张白条已全部收回。
关于部分收费项目不符合标准的问题，主要是我院收费系统没有及时调整。我们安排信息科逐项核对，多收的2315元已全部退还。
另外，我院固定资产账实不符，部分已报废设备仍挂在账上。我们组织后勤、财务对全院资产进行了清查盘点，清出待报废设备17台。
以上问题目前已基本整改到位。下一步，我院将加强财务人员业务培训。
特此说明。
"""


def test_a_letter_answering_its_problems_a_paragraph_each():
    r = segment_text(LETTER)
    assert len(r.findings) == 3
    assert "以白条抵库" in r.findings[0].finding.text and "收到反馈后" not in r.findings[0].finding.text
    assert "多收的2315元已全部退还" in measure_texts(r)[1]
    assert "我院固定资产账实不符" in r.findings[2].finding.text
    assert "清查盘点" in measure_texts(r)[2]
    assert segment_text(LETTER, vocabulary=vocabulary_without("letter_paragraphs")).findings == []


def test_a_letter_whose_paragraphs_do_not_each_answer_a_problem_is_no_such_letter():
    text = LETTER.replace("我们安排信息科逐项核对，多收的2315元已全部退还。", "这一问题涉及面较广。")
    assert segment_text(text).findings == []


# --- numbers left out, named, or shared ------------------------------------------------------------------

LOST_NUMBER = """关于督查反馈问题的整改情况报告

一、关于“帮扶措施不精准”的问题
监测户帮扶措施里只写了发展养鸡，没有针对性。
整改情况：重新入户制定帮扶计划，申请临时救助3000元。
二、关于“光伏收益分配不规范”的问题
收益分配前没有经过村民代表大会讨论。
整改情况：召开村民代表大会逐笔说明，并公示7天。
关于“公益岗位人员管理松散”的问题
有2人长期在外务工，补贴照常发放。
整改情况：对这2人进行了清退，停发补贴。
四、关于“扶贫资产管护不到位”的问题
村集体冷库闲置两年，设备有锈蚀。
整改情况：已和种植大户谈好租赁意向，预计6月底前签订。
"""


def test_a_heading_whose_number_was_left_out_is_its_own_item():
    r = segment_text(LOST_NUMBER)
    assert len(r.findings) == 4
    assert "公益岗位" in r.findings[2].finding.text or "公益岗位" in r.findings[2].title
    assert "清退" in measure_texts(r)[2] and "清退" not in measure_texts(r)[1]
    assert len(segment_text(LOST_NUMBER, vocabulary=vocabulary_without("lost_numbers")).findings) == 3


NAMED_NUMBERS = """审计局关于审计发现问题的整改通知

一、审计发现的主要问题
1.部分项目资金未按规定拨付，43.2万元滞留在局账户。
2.往来款长期挂账未清理，5笔共计87.6万元。
3.固定资产账实不符，盘亏设备12台。
4.下属单位违规发放津补贴3.84万元。
二、整改要求
（一）对第1项问题，你局应在30日内将滞留资金拨付到位。
（二）对第2项问题，应逐笔核实，能收回的限期收回。
（三）对第4项问题，责令将违规发放的3.84万元全额收回。
（四）你局应对上述问题举一反三，完善内部控制制度。
"""


def test_a_requirement_that_names_its_problems_number_answers_that_problem():
    r = segment_text(NAMED_NUMBERS)
    assert len(r.findings) == 4
    assert "全额收回" in measure_texts(r)[3]
    assert "全额收回" not in measure_texts(r)[2]
    v = load_vocabulary()
    unnamed = v.model_copy(update={"patterns": v.patterns.model_copy(update={"fix_number_reference": re.compile("(?!)")})})
    assert "全额收回" in measure_texts(segment_text(NAMED_NUMBERS, vocabulary=unnamed))[2]


TWO_NAMED = """医院医保基金检查问题整改方案

一、存在的问题
（一）超标准收费。电针按部位多计收费，涉及金额6.12万元。
（二）串换项目收费。将普通针刺串换为温针收费，涉及金额9.35万元。
（三）重复收费：收取一级护理的同时重复收取生命体征监测费用。
二、整改措施
1、针对超标准收费和串换项目收费问题。财务科对全院收费项目逐项清理，6月底前锁定计费规则。
2、针对重复收费问题。信息科在系统中设置护理类项目互斥规则，6月30日前完成。
"""


def test_a_fix_that_names_two_problems_answers_both():
    r = segment_text(TWO_NAMED)
    assert len(r.findings) == 3
    assert "锁定计费规则" in measure_texts(r)[0] and "锁定计费规则" in measure_texts(r)[1]
    assert "互斥规则" in measure_texts(r)[2]
    off = segment_text(TWO_NAMED, vocabulary=vocabulary_without("fix_names_two"))
    assert "锁定计费规则" not in measure_texts(off)[1]


# --- numbering a writer changed on the way, points as items, answers inside labelled items --------------

SWITCHED_NUMBERS = """幼儿园食品安全检查问题整改情况报告

一、食品留样不规范
部分留样盒未标注留样时间。
整改情况：已购置专用留样盒40个，每餐由厨师长负责留样。
二、从业人员健康证过期
帮厨健康证已于8月到期。
整改情况：9月14日办理了新证，建立健康证管理台账。
三、餐具消毒记录不全
消毒柜使用记录有4天空白。
整改情况：重新制作消毒记录表，每周签字确认。
4.防鼠防蝇设施有缺损
后门挡鼠板高度不足。
整改情况：已更换60厘米高挡鼠板，加装灭蝇灯2台。
"""


def test_a_number_in_another_style_going_on_the_list_is_its_next_item():
    r = segment_text(SWITCHED_NUMBERS)
    assert len(r.findings) == 4
    assert "挡鼠板" in measure_texts(r)[3] and "挡鼠板" not in measure_texts(r)[2]
    assert len(segment_text(SWITCHED_NUMBERS, vocabulary=vocabulary_without("numbers_switch")).findings) == 3


POINTS_WITH_LABELS = """关于村级财务审计反馈问题整改情况的报告

现将整改情况报告如下：
一是现金管理不规范。库存现金超过限额，有白条入账3笔。
整改情况：已将超限额现金全部存入银行账户，白条已换取正规票据。
二是村务公开不及时。第三、四季度财务收支没有公开。
整改情况：已补公开，以后每季度第一个月10日前公开。
三是公益性岗位补贴发放资料不全。
整改情况：正在逐人补签确认，18人中已完成15人。
"""


def test_points_each_followed_by_a_labelled_answer_are_items():
    r = segment_text(POINTS_WITH_LABELS)
    assert len(r.findings) == 3
    assert "白条已换取正规票据" in measure_texts(r)[0]
    assert segment_text(POINTS_WITH_LABELS, vocabulary=vocabulary_without("point_items", "lines_before_labels")).findings == []


ANSWERS_INSIDE = """卫生院疫苗管理督导检查问题整改情况报告

二、问题及整改情况
（一）冷链温度监测记录不完整。冰箱温度记录有4天未登记。对此，我院已为冷链设备安装温度自动监测系统。
（二）疫苗出入库账物不符。系统库存23支，实物21支。
整改措施：全面盘点库存疫苗，已于8月16日完成账物核对。
（三）近效期药品管理不规范。有2盒过期药品未及时下架。药剂科已当场将过期药品下架并销毁。
（四）知情同意书签字不全。
——整改措施：组织接种人员重新学习接种规范，告知签字后方可接种。
"""


def test_items_among_labelled_ones_that_answer_themselves_have_those_answers():
    r = segment_text(ANSWERS_INSIDE)
    assert len(r.findings) == 4
    assert "温度自动监测系统" in measure_texts(r)[0] and "温度自动监测系统" not in r.findings[0].finding.text
    assert "当场将过期药品下架" in measure_texts(r)[2]
    assert "重新学习接种规范" in measure_texts(r)[3]
    off = segment_text(ANSWERS_INSIDE, vocabulary=vocabulary_without("lost_label_answer_back"))
    assert "温度自动监测系统" not in measure_texts(off)[0]
