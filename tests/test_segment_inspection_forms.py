"""Forms of inspection notices (督查/检查通报, 巡察反馈): problems listed per place or in one
sentence, each on text composed for the test."""

from __future__ import annotations

from segment_support import segment_text

from checker.models import Report, Source
from checker.segment import segment
from checker.vocabulary import Vocabulary, load_vocabulary


def _without(flag: str) -> Vocabulary:
    v = load_vocabulary()
    layouts = v.weights.layouts.model_copy(update={flag: False})
    return v.model_copy(update={"weights": v.weights.model_copy(update={"layouts": layouts})})


def _read(text: str, vocabulary: Vocabulary) -> Report:
    return segment(Source(path="composed.txt", text=text, format="txt"), vocabulary=vocabulary)


# --- a list closed by a count of its areas (等六个方面) -------------------------------------------

COUNTED_CLOSE = """县委第二巡察组向城关镇党委反馈巡察情况

巡察中发现了一些问题，主要是财务审批制度执行不严格、项目资金拨付滞后、村级党组织活动不规范等六个方面。

巡察组组长提出了三点意见建议：要健全财务审批流程，堵塞管理漏洞；要加快资金拨付进度；要规范组织生活。
"""


def test_a_list_closed_by_a_count_of_its_areas_is_read():
    r = segment_text(COUNTED_CLOSE)
    assert len(r.findings) == 3
    assert "财务审批制度执行不严格" in r.findings[0].finding.text
    assert "村级党组织活动不规范" in r.findings[2].finding.text
    assert all("健全财务审批流程" in f.measure.text for f in r.findings if f.measure is not None)
    assert all(f.measure is not None for f in r.findings)
    assert not _read(COUNTED_CLOSE, load_vocabulary("1.2.0")).findings  # the older words close no list here


# --- short phrases at commas closed by 等 ---------------------------------------------------------

CLOSED_PHRASES = """后勤处开展校园环境专项检查

4月30日下午，后勤处对校园环境进行专项检查。
在检查中，发现操场围栏需要加固，花坛杂草需要清除，个别路灯损坏，宣传栏褪色等。对于检查中发现的问题，要求相关责任人制定整改计划，并在本周内完成。
"""


def test_phrases_at_commas_closed_by_deng_are_the_problems_when_one_states_a_fault():
    r = segment_text(CLOSED_PHRASES)
    assert [f.finding.text for f in r.findings] == ["操场围栏需要加固", "花坛杂草需要清除", "个别路灯损坏", "宣传栏褪色"]
    assert all("本周内完成" in f.measure.text for f in r.findings if f.measure is not None)
    assert not _read(CLOSED_PHRASES, _without("list_closed_phrases")).findings


def test_closed_phrases_with_no_fault_at_all_are_no_list():
    text = CLOSED_PHRASES.replace("个别路灯损坏", "个别路灯需要更新")
    assert not segment_text(text).findings
