"""HTML renderer: one self-contained, escaped file with evidence highlighted in place by offsets."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from render_samples import RUBRIC, TEXT, sample_review

from checker.models import Flag
from checker.renderers import render
from checker.renderers.common import pieces


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
    assert 'title="formalism · 形式主义整改：措施只有开会、学习,没有针对问题的具体行动 — 以会议落实会议' in out


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


# ---------------------------------------------------------------- navigation, folding, legend, fields


def _ids_in_order(out: str, pattern: str) -> list[str]:
    return re.findall(pattern, out)


def test_contents_list_the_findings_to_rework_first() -> None:
    review = sample_review()
    review.findings[2] = review.findings[2].model_copy(update={"verdict": "warn", "score": 60.0})
    out = render([review], "html", lang="zh", rubric=RUBRIC, fail_on="error", texts={review.document.path: TEXT})
    toc = out[out.index('<nav class="toc"') : out.index("</nav>")]
    assert re.findall(r"<h3 class=\"(\w+)\">([^<]+)</h3>", toc) == [("fail", "需返工 (2)"), ("warn", "待改进 (1)")]
    assert re.findall(r'href="#(d1-F\d)"', toc) == ["d1-F1", "d1-F2", "d1-F3"]
    assert re.findall(r'<article class="finding \w+" id="(d1-F\d)"', out) == ["d1-F1", "d1-F2", "d1-F3"]
    assert out.index('<nav class="toc"') < out.index('<article class="finding')


def test_chart_bars_link_to_their_finding_and_show_their_value() -> None:
    review = sample_review()
    review.findings[1] = review.findings[1].model_copy(update={"score": 0.0})
    out = render([review], "html", lang="zh", rubric=RUBRIC, fail_on="error", texts={review.document.path: TEXT})
    bars = re.findall(r'<a href="#(d1-F\d)" class="bar" data-finding="(F\d)" data-score="(\d+)"', out)
    assert bars == [("d1-F1", "F1", "22"), ("d1-F2", "F2", "0"), ("d1-F3", "F3", "88")]
    zero = out[out.index('data-finding="F2"') : out.index("</a>", out.index('data-finding="F2"'))]
    height = float(re.search(r'<rect [^>]*height="([\d.]+)"', zero).group(1))
    assert height >= 3  # a score of 0 is still a bar you can see and click
    assert re.search(r">0</text>", zero)


def test_passing_findings_are_folded_and_flagged_ones_open() -> None:
    out = _html()
    articles = re.findall(r'<article class="finding (\w+)" id="d1-(F\d)" data-verdict="\w+"><details( open)?>', out)
    assert articles == [("fail", "F1", " open"), ("fail", "F2", " open"), ("pass", "F3", "")]


def test_a_legend_explains_the_colours() -> None:
    out = _html()
    legend = out[out.index('<p class="legend">') :]
    legend = legend[: legend.index("</p>")]
    for cls, text in (("pass", "合格"), ("warn", "待改进"), ("fail", "不合格"), ("error", "错误"), ("warning", "警告"), ("info", "提示")):
        assert f'<i class="swatch {cls}"></i>{text}' in legend
    assert "✗" in legend and "--fail-on error" in legend


def test_flag_names_in_the_chosen_language_with_the_code_in_small_type() -> None:
    zh = _html()
    assert '<strong class="flag-name">形式主义整改</strong><code class="code">formalism</code>' in zh
    review = sample_review(lang="en")
    en = render([review], "html", lang="en", rubric=RUBRIC, fail_on="error", texts={review.document.path: TEXT})
    assert '<strong class="flag-name">Formalism</strong><code class="code">formalism</code>' in en
    assert "形式主义整改" not in en
    assert "code.code{font-size:.72rem" in zh


def _fields_of(out: str, anchor: str) -> list[tuple[str, str]]:
    article = out[out.index(f'id="{anchor}"') :]
    dl = article[article.index('<dl class="fields">') : article.index("</dl>")]
    return re.findall(r"<dt>([^<]*)</dt><dd[^>]*>([^<]*)</dd>", dl)


def test_progress_reports_show_no_empty_deadline_rows_plans_do() -> None:
    progress = _html()
    assert ("整改时限", "长期坚持") in _fields_of(progress, "d1-F1")
    assert "整改时限" not in dict(_fields_of(progress, "d1-F2"))
    assert "责任单位/责任人" not in dict(_fields_of(progress, "d1-F2"))
    review = sample_review()
    plan = review.model_copy(update={"document": review.document.model_copy(update={"kind": "plan"})})
    out = render([plan], "html", lang="zh", rubric=RUBRIC, fail_on="error", texts={review.document.path: TEXT})
    assert ("整改时限", "—") in _fields_of(out, "d1-F2")


def test_a_blank_field_flag_names_the_blank_field() -> None:
    text = "1.针对“专项资金拨付滞后”的问题。\n整改措施：完成拨付。\n责任领导：\n责任单位：县财政局\n"
    review = sample_review()
    at = text.index("责任领导：")
    blank = Flag(code="missing_owner", severity="error", message="责任领导为空", evidence="责任领导：", start=at, end=at + 5)
    f1 = review.findings[0].model_copy(update={"flags": [blank], "owners": ["县财政局"], "deadline": None})
    review = review.model_copy(update={"findings": [f1], "document_flags": []})
    out = render([review], "html", lang="zh", rubric=RUBRIC, fail_on="error", texts={review.document.path: text})
    fields = _fields_of(out, "d1-F1")
    assert ("责任单位/责任人", "县财政局") in fields and ("责任领导", "（空白）") in fields


def test_the_rubric_id_is_kept_whole() -> None:
    out = _html()
    assert '<span class="nowrap rubric-ref">评分规则 rectification@1.0.0</span>' in out
    assert "word-break:break-all" not in out
