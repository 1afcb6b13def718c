"""Reading vocabulary 1.10.0: a paragraph right after one whose list was read, both opening on what a
check found (食堂检查中发现，), that finds one fault and goes on to what is required (…要加强…) is a
problem of its own, the rest of its sentence its answer (found_single_sibling), on text composed for
the test; 1.9.0 reads it as before."""

from __future__ import annotations

from segment_support import measure_texts, segment_text

from checker.vocabulary import load_vocabulary

NOTICE = """关于开学初安全检查情况的通报

开学第一周，学校安全办对各年级、各部门安全工作进行了检查，现将检查情况通报如下：
一、基本情况
各年级能够按照要求开展安全教育，安全台账记录较为完整。
二、存在问题及整改要求
宿舍检查中发现，部分宿舍存在私拉电线、使用大功率电器；个别宿舍门锁损坏、窗户护栏松动等问题，后勤处已安排人员逐间排查，并于9月5日前完成维修。
食堂检查中发现，个别从业人员未佩戴口罩上岗，食堂管理员要加强日常巡查，发现一次通报一次。
"""

# the next paragraph answers what the one before found: no problem of its own
ANSWERED = NOTICE.replace("食堂检查中发现，个别从业人员未佩戴口罩上岗，", "针对发现的问题，")


def test_the_sibling_paragraph_s_one_fault_is_a_finding_with_its_requirement() -> None:
    r = segment_text(NOTICE)
    assert len(r.findings) == 3
    last = r.findings[-1]
    assert "未佩戴口罩上岗" in last.finding.text
    assert "食堂管理员要加强日常巡查" in measure_texts(r)[-1]
    assert "9月5日前完成维修" in measure_texts(r)[0]


def test_a_paragraph_answering_what_was_found_is_no_finding() -> None:
    r = segment_text(ANSWERED)
    assert len(r.findings) == 2


def test_vocabulary_1_9_0_reads_it_as_before() -> None:
    old = segment_text(NOTICE, vocabulary=load_vocabulary("1.9.0"))
    assert len(old.findings) == 2
    assert not any("口罩" in f.finding.text for f in old.findings)
