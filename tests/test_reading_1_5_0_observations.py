"""Reading vocabulary 1.5.0: a check's results told item by item, each on text composed for the test,
and each read as before with the older vocabulary or with the flag turned off."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

OLD = load_vocabulary("1.4.0")


# --- a check's results told room by room, its answers in the last clause ---------------------------

CHECK_RESULTS = """3月5日检查教学楼功能室的情况汇总
3月5日上午对教学楼所有功能室进行了检查，检查结果汇总如下：
1、一楼美术室桌椅摆放整齐，但墙面涂料大面积脱落，窗帘轨道断裂。
2、二楼音乐室地面干净整洁，乐器摆放有序，每间教室使用登记填写完整。
3、三楼科学室卫生状况良好。管理员反映实验台水龙头长期漏水，排水管道堵塞，希望后勤处尽快安排维修。
4、四楼计算机室多台电脑无法开机，电源插座没有固定，线路杂乱。
5、五楼图书室书籍摆放整齐。不过阅览区桌面卫生较差，已经提出整改要求。
检查人：李明
"""


def _problems(r) -> list[str]:
    return [f.finding.text for f in r.findings]


def test_a_check_whose_results_are_announced_is_read_room_by_room():
    r = segment_text(CHECK_RESULTS)
    problems = _problems(r)
    assert len(problems) == 4
    assert "涂料大面积脱落" in problems[0]
    assert "排水管道堵塞" in problems[1] and "希望" not in problems[1]
    assert "线路杂乱" in problems[2]
    assert "卫生较差" in problems[3] and "已经提出" not in problems[3]
    assert measure_texts(r) == ["", "希望后勤处尽快安排维修。", "", "已经提出整改要求。"]


def test_without_the_last_clause_rule_the_answers_stay_in_the_problems():
    r = segment_text(CHECK_RESULTS, vocabulary=vocabulary_without("observation_clause_acts"))
    assert len(r.findings) == 4
    assert measure_texts(r) == ["", "", "", ""]
    assert "希望后勤处" in _problems(r)[1]


def test_the_older_vocabulary_reads_no_inspection_there():
    assert segment_text(CHECK_RESULTS, vocabulary=OLD).findings == []


def test_a_clause_that_asks_nothing_of_anyone_is_no_measure():
    text = CHECK_RESULTS.replace("希望后勤处尽快安排维修", "影响正常实验教学")
    r = segment_text(text)
    assert measure_texts(r)[1] == ""
    assert "影响正常实验教学" in _problems(r)[1]


def test_a_room_found_in_order_is_no_finding():
    r = segment_text(CHECK_RESULTS)
    assert not any("音乐室" in p for p in _problems(r))
