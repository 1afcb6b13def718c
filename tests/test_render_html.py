"""HTML renderer: one self-contained, escaped file with evidence highlighted in place by offsets."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from render_samples import RUBRIC, TEXT, sample_review

from checker.models import Flag
from checker.render import render
from checker.render.common import pieces


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.marks: list[tuple[str, str]] = []  # (class, text)
        self._mark: list[str] | None = None
        self._cls = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "mark":
            self._mark, self._cls = [], dict(attrs).get("class") or ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self._mark is not None:
            self.marks.append((self._cls, "".join(self._mark)))
            self._mark = None

    def handle_data(self, data: str) -> None:
        if self._mark is not None:
            self._mark.append(data)


def _html(texts: bool = True) -> str:
    review = sample_review()
    return render(
        [review], "html", lang="zh", rubric=RUBRIC, fail_on="error", texts={review.document.path: TEXT} if texts else None
    )


def test_report_text_is_escaped_and_no_script_runs() -> None:
    out = _html()
    parser = _Collect()
    parser.feed(out)
    assert "script" not in parser.tags and "img" not in parser.tags
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in out
    assert "onerror=alert(1)&gt;" in out
    assert "script-src" not in out and "default-src 'none'" in out


def test_self_contained_no_external_fetch() -> None:
    out = _html()
    urls = re.findall(r"https?://[^\s\"'<>]+", out)
    assert urls == ["http://www.w3.org/2000/svg"]  # the SVG namespace, never fetched
    assert "<link" not in out and "@import" not in out and "url(" not in out


def test_evidence_highlighted_in_place_by_severity() -> None:
    parser = _Collect()
    parser.feed(_html())
    marks = set(parser.marks)
    assert ("error", "召开专题会议,进一步提高思想认识") in marks
    assert ("error", "已全部整改到位,取得明显成效") in marks
    assert ("warning", "长期坚持") in marks
    assert ("info", "XXXX") in marks


def test_rubric_explanation_in_title_attribute() -> None:
    out = _html()
    assert 'title="formalism · 形式主义整改: 措施只有开会、学习,没有针对问题的具体行动 — 以会议落实会议' in out


def test_summary_chart_and_layout_rules() -> None:
    out = _html()
    assert 'data-count="3"' in out
    assert out.count("<rect ") == 3
    assert "@media (max-width:720px)" in out and "@media print" in out
    assert "grid-template-columns:1fr 1fr" in out


def test_without_texts_evidence_is_found_in_the_finding() -> None:
    parser = _Collect()
    parser.feed(_html(texts=False))
    assert ("error", "召开专题会议,进一步提高思想认识") in set(parser.marks)


def _flag(code: str, severity: str, start: int, end: int, text: str) -> Flag:
    return Flag(code=code, severity=severity, message="m", evidence=text[start:end], start=start, end=end)  # type: ignore[arg-type]


def test_overlapping_flags_split_without_losing_text() -> None:
    text = "一是召开专题会议长期坚持"
    a = _flag("formalism", "warning", 2, 8, text)
    b = _flag("vague_deadline", "error", 6, 12, text)
    runs = pieces(text, 0, [a, b])
    assert "".join(p.text for p in runs) == text
    assert [(p.text, [f.code for f in p.flags]) for p in runs] == [
        ("一是", []),
        ("召开专题", ["formalism"]),
        ("会议", ["vague_deadline", "formalism"]),  # most severe first
        ("长期坚持", ["vague_deadline"]),
    ]
