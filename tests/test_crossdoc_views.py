"""What the comparison views show: a remaining flag's evidence in both drafts (原：… → 现：…), and the
counts line of the text view on the HTML page too, for a diff and for a trace."""

from __future__ import annotations

from checker.api import review
from checker.crossdoc.diff import diff_reviews
from checker.crossdoc.trace import trace_reviews
from checker.crossdoc.trace_rules import load_trace_rules
from checker.renderers.crossdoc_formats import render_comparison
from checker.renderers.crossdoc_word import diff_notes
from checker.rubric import load_rubric

RUBRIC = load_rubric(None)
OLD = """县住建局关于巡察整改进展情况的通报
1.针对“城镇燃气管网老化，城区有12公里管网超期服役”的问题。
整改情况：正在督促燃气公司加快更换进度，长期坚持。
2.针对“物业服务企业考核流于形式”的问题。
整改情况：已全部整改到位，取得明显成效。
"""
NEW = OLD.replace("正在督促燃气公司加快更换进度，长期坚持。", "已更换老化管网7公里，剩余5公里正在施工，长期坚持。").replace(
    "已全部整改到位，取得明显成效。",
    "2024年7月对全县46家物业服务企业逐一考核，对考核不合格的3家企业约谈并通报。")


def _diff():  # type: ignore[no-untyped-def]
    return diff_reviews(review(OLD, rubric=RUBRIC), review(NEW, rubric=RUBRIC), RUBRIC)


def test_a_remaining_flag_shows_its_evidence_in_the_old_draft_and_the_new() -> None:
    diff = _diff()
    remaining = next(c for f in diff.findings for c in f.flags if c.change == "remaining")
    assert remaining.old_evidence != remaining.new_evidence
    for fmt in ("text", "markdown"):
        out = render_comparison(diff, fmt, lang="zh", rubric=RUBRIC)
        assert isinstance(out, str)
        line = next(ln for ln in out.splitlines() if "仍存在" in ln and "（" in ln)
        assert "原：“正在督促燃气公司" in line and "→ 现：“已更换老化管网7公里" in line, line
    english = render_comparison(diff, "text", lang="en", rubric=RUBRIC)
    assert 'was: "' in english and '→ now: "' in english
    _, notes = diff_notes(diff, review(NEW, rubric=RUBRIC), NEW, "zh", RUBRIC)
    said = ["\n".join(n.paragraphs) for n in notes if "仍存在" in n.paragraphs[0]]
    assert said and "前稿原文：正在督促燃气公司" in said[0]  # the Word comment quotes the earlier draft too


def test_the_html_page_carries_the_counts_line_of_the_text_view() -> None:
    diff = _diff()
    text = render_comparison(diff, "text", lang="zh", rubric=RUBRIC)
    html = render_comparison(diff, "html", lang="zh", rubric=RUBRIC)
    assert isinstance(text, str) and isinstance(html, str)
    counts = text.splitlines()[2]
    assert counts.startswith("已解决") and f'<p class="meta counts">{counts}</p>' in html
    assert "标记：✓ 已解决" in html
    plan = "整改方案\n1.针对“物业服务企业考核流于形式”的问题。\n整改措施：对物业服务企业逐一考核。\n"
    trace = trace_reviews(review(plan), review(NEW), NEW, load_trace_rules(), RUBRIC)
    text = render_comparison(trace, "text", lang="zh", rubric=RUBRIC)
    html = render_comparison(trace, "html", lang="zh", rubric=RUBRIC)
    assert isinstance(text, str) and isinstance(html, str)
    paired = next(line for line in text.splitlines() if line.startswith("对应的问题"))
    assert f'<p class="meta counts">{paired}</p>' in html
