"""Pinyin glosses a web page wrote after its characters are dropped when the page is read."""

from __future__ import annotations

from pathlib import Path

from checker.api import review_file
from checker.read.ruby import drop_pinyin_glosses

PLAIN = (
    "關於巡察反饋問題整改情況的通報\n"
    "一、存在的問題\n"
    "1.公務接待無公函。\n"
    "2.固定資產賬實不符。\n"
    "二、整改措施\n"
    "1.已制定《公務接待管理辦法》，2023年5月起一律憑公函接待。\n"
    "2.已於2023年6月完成資產清查，賬實相符。\n"
)
GLOSSED = (
    "關(guān)於巡察反饋(kuì)問(wèn)題整改情況(kuàng)的通報\n"
    "一、存在的問(wèn)題\n"
    "1.公務(wù)接待無公函。\n"
    "2.固定資(zī)產(chǎn)賬實不符。\n"
    "二、整改措施\n"
    "1.已制定《公務(wù)接待管理辦法》，2023年5月起一律憑公函接待。\n"
    "2.已於2023年6月完成資(zī)產(chǎn)清查，賬實相符。\n"
)


def test_a_glossed_page_reads_as_its_plain_text() -> None:
    assert drop_pinyin_glosses(GLOSSED) == PLAIN


def test_brackets_of_an_ordinary_text_are_kept() -> None:
    text = "一、存在的問題(一)設備(de)老化\n使用WPS(office)辦公，(1)已更換。"
    assert drop_pinyin_glosses(text) == text


def test_a_glossed_notice_is_read_as_its_plain_text(tmp_path: Path) -> None:
    glossed, plain = tmp_path / "glossed.txt", tmp_path / "plain.txt"
    glossed.write_text(GLOSSED, encoding="utf-8")
    plain.write_text(PLAIN, encoding="utf-8")
    got, want = review_file(glossed), review_file(plain)
    assert len(want.findings) == 2
    assert [(f.finding_text, f.measure_text) for f in got.findings] == [(f.finding_text, f.measure_text) for f in want.findings]
