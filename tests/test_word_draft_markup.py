"""A draft as it comes back from review — tracked changes, a footnote, a text box, a reviewer's
comment — is read as Word shows the final document (insertion in, deletion out, the footnote's text
where its mark stands, the text box after its paragraph), and its annotated copy keeps every piece of
that markup as it was while its comments land on the sentences they are about."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree
from word_fixtures import (
    AUTHOR_COMMENT,
    FOOTNOTE,
    TEXT_BOX,
    W,
    anchored_texts,
    comments,
    draft_with_markup_docx,
)

from checker.options import ReviewOptions
from checker.pipeline import review_source
from checker.read import read_source
from checker.read.word_notes import DocumentNotes
from checker.read.word_numbering import Numbering
from checker.renderers.word import render_docx
from checker.renderers.word.anchor import Anchors
from checker.renderers.word.textmap import text_map
from checker.rubric import load_rubric

RUBRIC = load_rubric(None)
CLAIM = "整改情况：已全面整改到位（注：详见附件），取得明显成效。"


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    return draft_with_markup_docx(tmp_path / "整改报告.docx")


def _xml(path: Path, part: str) -> etree._Element:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read(part))


def _map(path: Path):  # the annotated copy's own reading of the file
    with zipfile.ZipFile(path) as archive:
        body = etree.fromstring(archive.read("word/document.xml")).find(f"{W}body")
        notes = DocumentNotes.parse(archive.read("word/footnotes.xml"), None)
    return text_map(body, Numbering(None, None), notes), body


def test_a_draft_reads_as_word_shows_the_final_document(draft: Path) -> None:
    text = read_source(draft).text
    assert text.split("\n") == [
        "关于巡察反馈问题整改情况的报告",
        "1.针对“食堂采购台账不全”的问题。",
        CLAIM,  # the footnote's text where its mark stands, without its own full stop
        "2.针对“公务用车管理不规范”的问题。",
        "整改情况：修订《公务用车管理办法》，高度重视，加强学习。",  # the insertion in, the deletion out
        "附：说明",
        TEXT_BOX,  # a text box after the paragraph it is anchored in
    ]
    assert FOOTNOTE.rstrip("。") in text and AUTHOR_COMMENT[1] not in text  # a reviewer's comment is no text
    assert _map(draft)[0].text == text  # the annotated copy finds the same text


def test_the_annotated_copy_keeps_the_markup_and_comments_the_sentence_with_the_footnote(
    draft: Path, tmp_path: Path
) -> None:
    source = read_source(draft)
    review = review_source(source, RUBRIC, ReviewOptions())
    claim = next(fl for f in review.findings for fl in f.flags if fl.code == "unverifiable_claim")
    assert claim.evidence in CLAIM and "（注：" in claim.evidence  # the evidence runs over the note
    out = tmp_path / "批注.docx"
    out.write_bytes(render_docx(review, source.text, lang="zh", rubric=RUBRIC, original=draft.read_bytes()))

    before, after = _xml(draft, "word/document.xml"), _xml(out, "word/document.xml")
    for tag in ("ins", "del", "footnoteReference", "txbxContent"):
        old, new = before.findall(f".//{W}{tag}"), after.findall(f".//{W}{tag}")
        assert [etree.tostring(e) for e in new] == [etree.tostring(e) for e in old] and old, tag
    with zipfile.ZipFile(draft) as a, zipfile.ZipFile(out) as b:
        assert b.read("word/footnotes.xml") == a.read("word/footnotes.xml")  # copied through as it was

    found, anchors = comments(out), anchored_texts(out)
    authors = {cid: c for cid, c in found.items() if c["author"] == AUTHOR_COMMENT[0]}
    assert [c["text"] for c in authors.values()] == [AUTHOR_COMMENT[1]]  # the reviewer's own comment kept …
    assert anchors[next(iter(authors))] == "1.针对“食堂采购台账不全”的问题。"  # … on its words
    ours = next(cid for cid, c in found.items() if c["text"].startswith("F1 · 【警告】无法核查"))
    assert anchors[ours] == claim.evidence.replace("（注：详见附件）", "")  # on the sentence, the mark inside it
    marks = list(after.iter(f"{W}commentRangeStart", f"{W}footnoteReference", f"{W}commentRangeEnd"))
    order = [(m.tag.split("}")[1], m.get(f"{W}id")) for m in marks]
    at = order.index(("commentRangeStart", str(ours)))
    assert order[at + 1] == ("footnoteReference", "1") and order[at + 2] == ("commentRangeEnd", str(ours))


def test_a_comment_on_the_notes_own_words_stands_on_its_mark(draft: Path) -> None:
    tmap, body = _map(draft)
    start = tmap.text.index("详见附件")
    runs = Anchors(tmap, [(start, start + 4)]).runs(start, start + 4)
    assert runs is not None and runs[0] is runs[1]
    assert runs[0].find(f"{W}footnoteReference") is not None  # the run of the mark, nothing split
    assert len(body.findall(f".//{W}r")) == len(_map(draft)[1].findall(f".//{W}r"))
