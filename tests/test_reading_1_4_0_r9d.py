"""Reading vocabulary 1.4.0: an inspection told place by place, read when nothing else reads it; each
form on text composed for the test, and read as before without its flag."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

OLD = load_vocabulary("1.3.0")

WALK = """3月9日，区人居环境整治办暗访组暗访了东山镇的部分村庄。
上午9时许，暗访组来到东山镇前进村，发现村口道路两侧杂物随意堆放，沟渠内漂浮着生活垃圾。
随后暗访组来到后湾村，看到文化广场旁乱搭乱建的棚子尚未拆除，墙角堆积着建筑垃圾。
上午11时，暗访组在新桥村看到，村内池塘水面遍布浮萍和塑料袋，保洁人员未按时清扫。
下午2时，暗访组在石岭村看到，这里村容村貌干净整洁。
"""


def _problems(r) -> list[str]:
    return [f.finding.text for f in r.findings]


def test_an_inspection_told_place_by_place_has_a_finding_a_place_with_faults():
    r = segment_text(WALK)
    assert r.layout == "observations"
    assert len(r.findings) == 3
    assert "前进村" in r.findings[0].finding.text and "新桥村" in r.findings[2].finding.text
    assert not any("石岭村" in p for p in _problems(r))  # praised: no finding
    assert measure_texts(r) == ["", "", ""]
    assert segment_text(WALK, vocabulary=vocabulary_without("prose_observations")).findings == []
    assert segment_text(WALK, vocabulary=OLD).findings == []


def test_a_sentence_acting_on_what_was_seen_is_the_places_measure():
    text = WALK.replace("保洁人员未按时清扫。", "保洁人员未按时清扫。督查组当场责令村委会限期清理。")
    r = segment_text(text)
    assert len(r.findings) == 3
    assert measure_texts(r)[2] == "督查组当场责令村委会限期清理。"
    assert "责令" not in r.findings[2].finding.text


def test_a_paragraph_after_the_places_that_answers_them_answers_each():
    text = WALK + "针对以上问题，暗访组要求东山镇三日内整改到位。\n"
    r = segment_text(text)
    assert len(r.findings) == 3
    assert all("三日内整改到位" in m for m in measure_texts(r))


ASPECTS = """关于森林防火工作的督查情况报告

根据市指挥部的通知要求，督查组于4月2日到县里督查森林防火工作，现将情况报告如下：
一、基本情况
（一）责任落实情况。各乡镇及时召开了工作会议，明确了镇村两级干部职责。
（二）火源管控情况。县里对重点林区进行了登记造册，由于无生产性用火，暂未落实野外用火审批。
（三）队伍建设情况。各乡镇都成立了领导机构，但各经营单位未配备专职护林员。
（四）设施设备情况。各乡镇均建立了物资储备库，但相关设施装备缺少及时的检修更新。
"""


def test_aspects_under_a_heading_that_names_no_problems_are_findings_where_they_turn_to_a_fault():
    r = segment_text(ASPECTS)
    assert len(r.findings) == 3
    assert "野外用火审批" in r.findings[0].finding.text
    assert not any("责任落实" in p for p in _problems(r))
    assert segment_text(ASPECTS, vocabulary=vocabulary_without("prose_observations")).findings == []


def test_topics_and_requirements_are_no_faults_seen():
    text = """6月13日，第三督导组到街道进行督导检查工作。
督导组对小区广告整治情况、小区安全隐患整治情况进行了重点督导检查，整体情况良好。
督导组建议街道应当加大对小区的管理，要常检查、常发现问题、常整治。
各小区要举一反三，进一步加大隐患排查力度，确保小区安全。
我市人居环境整治问题举报电话：0000-1234567，接受群众举报。
"""
    assert segment_text(text).findings == []


def test_a_walk_whose_places_mostly_read_as_neither_fault_nor_praise_is_not_read():
    text = """3月28日，市效能办对部分机关工作作风进行了暗访。
9:30，县财税所窗口无人在岗，农业窗口一名同志上网。
9:50，县法院便民服务大厅登记窗口一名同志在看手机视频。
10:00，县人社局三名同志在办公室里看录像节目。
10:20，县住建局办公楼正在装修，工作人员照常办公。
10:40，县交通局路政大队处理大厅无人值班，大门紧锁。
11:00，县水利局办公室一名同志正在整理个人物品。
11:20，县民政局窗口无人在岗。
"""
    assert segment_text(text, vocabulary=load_vocabulary("1.9.0")).findings == []
    # vocabulary 1.10.0 reads such a walk logged by clock times entry by entry: each entry not telling of
    # things in order (工作人员照常办公) is a lapse seen (timed_log_entries)
    assert len(segment_text(text).findings) == 6


def test_a_place_where_nothing_was_found_wrong_is_no_finding():
    text = WALK.replace("这里村容村貌干净整洁。", "这里村容村貌整治到位，未发现安全隐患。")
    r = segment_text(text)
    assert len(r.findings) == 3 and not any("石岭村" in p for p in _problems(r))
    text = WALK.replace("沟渠内漂浮着生活垃圾。", "未发现安全隐患。").replace("杂物随意堆放，", "")
    assert segment_text(text).findings == []  # two places with faults: too few for a walk
