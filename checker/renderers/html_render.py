"""One self-contained HTML file: inline CSS, an inline SVG chart, no script, no external fetch.

Every piece of document text passes through ``html.escape``; a Content-Security-Policy that
allows no script at all is a second line of defence. Evidence is highlighted in place by its
offsets (``<mark>`` coloured by severity, the rubric's explanation in the title attribute).
"""

from __future__ import annotations

import html
from typing import Any

from checker.gate import flag_trips
from checker.models import FindingResult, Flag, Review
from checker.renderers.common import (
    backend_text,
    colon,
    flag_counts,
    in_context,
    judge_lines,
    kind_name,
    label,
    labelled,
    locate,
    method_used,
    one_line,
    pieces,
    reason_lines,
    score_text,
    truncate,
    weakest_criteria,
)
from checker.renderers.rework import rework_items, rework_label
from checker.renderers.rubric_view import flag_info, rubric_ref
from checker.text.lists import join_items

CSS = """
:root{--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#ffffff;--panel:#f6f8fa;
--pass:#1a7f37;--warn:#9a6700;--fail:#cf222e;--error:#ffcecb;--warning:#fff1b8;--info:#cde8ff;
--error-ink:#a40e26;--warning-ink:#7d4e00;--info-ink:#0550ae}
*{box-sizing:border-box}
body{margin:0;padding:16px;color:var(--ink);background:var(--bg);line-height:1.6;
font-family:"Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei","Source Han Sans SC",system-ui,sans-serif}
main{max-width:1200px;margin:0 auto}
h1{font-size:1.4rem;margin:0 0 4px}h2{font-size:1.2rem;margin:24px 0 4px}h3{font-size:1.05rem;margin:0}
h4{font-size:.85rem;color:var(--muted);margin:0 0 4px;text-transform:uppercase;letter-spacing:.04em}
h2,h3{overflow-wrap:anywhere}
.meta{color:var(--muted);font-size:.85rem;margin:0 0 12px;overflow-wrap:anywhere}
.nowrap{white-space:nowrap}
.judge{list-style:none;margin:0 0 12px;padding:0;font-size:.85rem;color:var(--muted);overflow-wrap:anywhere}
.judge.fell-back{background:var(--warning);color:var(--warning-ink);border-radius:6px;padding:6px 10px}
.summary{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start;background:var(--panel);
border:1px solid var(--line);border-radius:8px;padding:12px 16px}
.score{font-size:2.2rem;font-weight:700;line-height:1}
.badge{display:inline-block;border-radius:999px;padding:0 10px;color:#fff;font-size:.85rem;font-weight:600;white-space:nowrap}
.badge.pass{background:var(--pass)}.badge.warn{background:var(--warn)}.badge.fail{background:var(--fail)}.badge.unreviewed{background:#57606a}
.unreadable{border:2px solid var(--fail);border-radius:6px;padding:.6em .9em;color:var(--fail)}
.counts{border-collapse:collapse;font-size:.9rem}.counts td,.counts th{padding:2px 8px;text-align:left;border-bottom:1px solid var(--line)}
.flagcounts{list-style:none;margin:0;padding:0;font-size:.9rem}
.chart{flex:1 1 280px;min-width:240px}.chart svg{width:100%;height:auto;max-height:170px;display:block}
.chart a:hover rect,.chart a:focus rect{opacity:.75}
.toc{margin:12px 0;font-size:.9rem}.toc h3{font-size:.95rem;margin:8px 0 2px}
.toc ol{margin:0;padding-left:1.4em}.toc li{margin:1px 0}.toc a{color:inherit}
.toc .n{color:var(--muted);font-variant-numeric:tabular-nums}
.legend{display:flex;flex-wrap:wrap;gap:4px 14px;font-size:.8rem;color:var(--muted);margin:8px 0 0}
.legend span{white-space:nowrap}
.swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;vertical-align:-.1em;margin-right:3px}
.swatch.pass{background:var(--pass)}.swatch.warn{background:var(--warn)}.swatch.fail{background:var(--fail)}
.swatch.error{background:var(--error);box-shadow:inset 0 -2px 0 var(--fail)}
.swatch.warning{background:var(--warning);box-shadow:inset 0 -2px 0 var(--warn)}
.swatch.info{background:var(--info);box-shadow:inset 0 -2px 0 var(--info-ink)}
.finding{border:1px solid var(--line);border-left:6px solid var(--line);border-radius:8px;margin:16px 0;padding:12px 16px;break-inside:avoid}
.finding.pass{border-left-color:var(--pass)}.finding.warn{border-left-color:var(--warn)}.finding.fail{border-left-color:var(--fail)}
.finding summary{display:flex;gap:6px;align-items:baseline;cursor:pointer;list-style:none;margin-bottom:8px}
.finding summary::-webkit-details-marker{display:none}
.finding summary::before{content:"▸";color:var(--muted);flex:none}
.finding details[open]>summary::before{content:"▾"}
.finding details:not([open])>summary{margin-bottom:0}
.finding header{display:flex;flex-wrap:wrap;gap:8px;align-items:baseline}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:16px}
.col p{margin:0;white-space:pre-wrap;word-break:break-word}
.fields{display:grid;grid-template-columns:auto 1fr;gap:0 12px;font-size:.85rem;margin:8px 0 0}
.fields dt{color:var(--muted)}.fields dd{margin:0}
.empty{color:var(--muted);font-style:italic}
mark{border-radius:3px;padding:0 1px}
mark.error{background:var(--error);box-shadow:inset 0 -2px 0 var(--fail)}
mark.warning{background:var(--warning);box-shadow:inset 0 -2px 0 var(--warn)}
mark.info{background:var(--info);box-shadow:inset 0 -2px 0 var(--info-ink)}
.flags{list-style:none;padding:0;margin:12px 0 0}
.flags li{padding:6px 10px;border-radius:6px;margin:6px 0;background:var(--panel)}
.sev{font-weight:700;font-size:.8rem;border-radius:4px;padding:0 6px;margin-right:6px}
.sev.error{background:var(--error);color:var(--error-ink)}.sev.warning{background:var(--warning);color:var(--warning-ink)}
.sev.info{background:var(--info);color:var(--info-ink)}
code{font-family:ui-monospace,"Noto Sans Mono CJK SC",monospace;font-size:.85em}
code.code{font-size:.72rem;color:var(--muted);margin-left:4px}
dd.blank{color:var(--muted);font-style:italic}
.why{color:var(--muted);font-size:.85rem;margin:2px 0 0}
.ctx{font-size:.9rem;margin:2px 0 0}
.gate{color:var(--fail);font-weight:700}
.document-flags h3{margin:16px 0 4px}
.rework{border:1px solid var(--fail);border-left:6px solid var(--fail);border-radius:8px;padding:8px 16px;margin:0 0 12px}
.rework h3{color:var(--fail)}.rework ol{margin:4px 0;padding-left:1.4em}.rework ul{margin:0 0 6px;padding-left:1.2em}
.rework a{color:inherit}.ask{font-size:.9rem;margin:2px 0 0}.ask b{color:var(--fail)}
footer{color:var(--muted);font-size:.8rem;margin:24px 0 8px}
mark[title]{cursor:help}mark[title]:focus{outline:2px solid var(--info-ink);outline-offset:1px}
mark[title]:focus::after{content:attr(title);position:fixed;left:8px;right:8px;bottom:8px;z-index:9;max-width:40rem;
margin:0 auto;padding:8px 12px;border-radius:8px;background:var(--ink);color:#fff;font-size:.85rem;white-space:pre-line;
box-shadow:0 2px 12px rgba(0,0,0,.3)}
.toolbar{display:flex;flex-wrap:wrap;gap:6px 8px;align-items:center;margin:0 0 12px;font-size:.9rem}
.toolbar .button,.toolbar button{display:inline-block;border:1px solid var(--line);border-radius:6px;padding:3px 10px;
background:var(--panel);color:var(--ink);text-decoration:none;font:inherit;cursor:pointer;white-space:nowrap}
.toolbar .button:hover,.toolbar button:hover{border-color:var(--muted)}.toolbar form{display:inline;margin:0}
.toolbar .sep{flex:1 1 auto}
@media (max-width:720px){.toolbar{font-size:.8rem;gap:4px 6px}.toolbar .button,.toolbar button{padding:2px 8px}}
@media (max-width:720px){body{padding:10px}.cols{grid-template-columns:1fr}.summary{flex-direction:column}
.chart{flex:none;min-width:0;width:100%}}
@media print{body{padding:0;font-size:10.5pt}.chart,.toolbar,mark::after{display:none}.finding{break-inside:avoid}.toc{display:none}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}a{color:inherit;text-decoration:none}}
"""

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
VERDICT_FILL = {"pass": "#1a7f37", "warn": "#9a6700", "fail": "#cf222e"}


def esc(text: str | None) -> str:
    return html.escape(text or "", quote=True)


def _flag_tip(flag: Flag, lang: str, rubric: Any) -> str:
    info = flag_info(rubric, flag.code, lang, flag.message)
    return f"{flag.code} · {info.title}{colon(lang)}{one_line(flag.message)}" + (
        f" — {one_line(info.rationale)}" if info.rationale and info.rationale != flag.message else ""
    )


def _marked(part: str, base: int | None, flags: list[Flag], lang: str, rubric: Any) -> str:
    """``part`` escaped, with each flag's evidence wrapped in a severity-coloured <mark>."""
    out = []
    for piece in pieces(part, base, flags):
        if not piece.flags:
            out.append(esc(piece.text))
            continue
        top = piece.flags[0]
        tip = "\n".join(_flag_tip(f, lang, rubric) for f in piece.flags)
        codes = " ".join(dict.fromkeys(f.code for f in piece.flags))
        # Focusable, so a tap shows the explanation too (a title shows only on hover).
        out.append(
            f'<mark class="{top.severity}" data-codes="{esc(codes)}" title="{esc(tip)}" tabindex="0">{esc(piece.text)}</mark>'
        )
    return "".join(out)


MIN_BAR = 3.0  # a score of 0 still draws a bar (and its value) so the finding can be clicked


def _chart(review: Review, lang: str, index: int) -> str:
    """Bars of score per finding, coloured by verdict; each bar links to its finding and shows its score."""
    n = len(review.findings)
    if not n:
        return ""
    bar, gap, height, top, bottom = 22, 6, 100, 14, 18
    width = n * (bar + gap) + gap + 28
    rows = [
        f'<svg viewBox="0 0 {width} {height + top + bottom}" role="img" aria-label="{esc(label(lang, "chart"))}"'
        ' xmlns="http://www.w3.org/2000/svg">',
        f"<title>{esc(label(lang, 'chart'))}</title>",
    ]
    for y in (0, 50, 100):
        yy = top + height - y
        rows.append(f'<line x1="24" x2="{width}" y1="{yy}" y2="{yy}" stroke="#d1d9e0" stroke-width="0.5"/>')
        rows.append(f'<text x="20" y="{yy + 3}" font-size="8" text-anchor="end" fill="#59636e">{y}</text>')
    for i, f in enumerate(review.findings):
        x = 28 + gap + i * (bar + gap)
        h = max(f.score / 100 * height, MIN_BAR)
        value = f"{f.score:.0f}"
        name = f"{f.id} {truncate(f.title, 40)}{colon(lang)}{value}"
        rows.append(
            f'<a href="#d{index}-{esc(f.id)}" class="bar" data-finding="{esc(f.id)}" data-score="{value}"'
            f' aria-label="{esc(name)}"><title>{esc(name)}</title>'
            f'<rect x="{x}" y="{top + height - h:.1f}" width="{bar}" height="{h:.1f}" rx="2" '
            f'fill="{VERDICT_FILL[f.verdict]}"/>'
            f'<text x="{x + bar / 2}" y="{top + height - h - 3:.1f}" font-size="8" text-anchor="middle" '
            f'fill="#1f2328">{value}</text>'
            f'<text x="{x + bar / 2}" y="{top + height + 12}" font-size="8" text-anchor="middle" '
            f'fill="#59636e">{esc(f.id)}</text></a>'
        )
    rows.append("</svg>")
    return "".join(rows)


def _flag_name(title: str, code: str) -> str:
    """The flag's name in the report's language, its code after it in small type."""
    if title == code:
        return f"<code>{esc(code)}</code>"
    return f'<strong class="flag-name">{esc(title)}</strong><code class="code">{esc(code)}</code>'


def _cls(name: str) -> str:
    return f' class="{name}"' if name else ""


def _blank_field(flag: Flag) -> str | None:
    """The label of the blank field a missing_owner/missing_deadline flag points at (its evidence is
    the label and colon only), so the report can say which field is blank."""
    if flag.code not in ("missing_owner", "missing_deadline"):
        return None
    label_text = flag.evidence.strip().rstrip(":：").strip()
    if label_text and label_text != flag.evidence.strip() and len(label_text) <= 8:
        return label_text
    return None


def _flag_list(
    flags: list[Flag], finding: FindingResult | None, doc_text: str | None, lang: str, rubric: Any, fail_on: str
) -> str:
    items = []
    for flag in flags:
        info = flag_info(rubric, flag.code, lang, flag.message)
        ctx = in_context(flag, doc_text, finding, width=16)
        name = _flag_name(info.title, flag.code)
        gate = ' <span class="gate" title="--fail-on">✗</span>' if flag_trips(flag, fail_on) else ""
        evidence = ""
        if ctx.evidence:
            evidence = (
                f'<p class="ctx">{esc(labelled(lang, "evidence"))}…{esc(ctx.before)}'
                f'<mark class="{flag.severity}">{esc(ctx.evidence)}</mark>{esc(ctx.after)}…</p>'
            )
        why = ""
        if info.rationale and info.rationale != flag.message:
            why = f'<p class="why">{esc(labelled(lang, "why"))}{esc(one_line(info.rationale))}</p>'
        if flag.follow_up:
            why += f'<p class="ask"><b>{esc(labelled(lang, "follow_up"))}</b>{esc(flag.follow_up)}</p>'
        items.append(
            f'<li class="flag {flag.severity}" data-code="{esc(flag.code)}">'
            f'<span class="sev {flag.severity}">{esc(label(lang, flag.severity))}</span>'
            f"{name}{gate}<br>{esc(one_line(flag.message))}{evidence}{why}</li>"
        )
    return f'<ul class="flags">{"".join(items)}</ul>' if items else ""


def _fields(f: FindingResult, kind: str, lang: str) -> list[tuple[str, str, str]]:
    """(label, value, class) rows beside the measures. An empty 整改时限 or owner row is shown only
    where the format calls for one (a plan) or a flag is about it; a blank field a flag names gets
    its own row under its own label."""
    codes = {fl.code for fl in f.flags}
    rows: list[tuple[str, str, str]] = [(label(lang, "responsiveness"), f"{f.responsiveness}/3", "")]
    blanks = {name: fl for fl in f.flags if (name := _blank_field(fl))}
    if f.deadline or (kind == "plan" and not blanks) or ("missing_deadline" in codes and not blanks):
        rows.append((label(lang, "deadline"), f.deadline or "—", ""))
    if f.owners or (kind == "plan" and not blanks) or ("missing_owner" in codes and not blanks):
        rows.append((label(lang, "owners"), join_items(f.owners, lang) or "—", ""))
    rows += [(name, label(lang, "blank_field"), "blank") for name in blanks]
    return rows


def _finding(
    f: FindingResult, doc_text: str | None, lang: str, rubric: Any, fail_on: str, anchor: str, kind: str = "unknown"
) -> str:
    finding_base = locate(f.finding_text, doc_text, f.start)
    measure_base = locate(f.measure_text, doc_text, finding_base if finding_base is not None else f.start)
    finding_html = _marked(f.finding_text, finding_base, f.flags, lang, rubric)
    measure_html = (
        _marked(f.measure_text, measure_base, f.flags, lang, rubric)
        if f.measure_text.strip()
        else f'<span class="empty">{esc(label(lang, "no_measure_text"))}</span>'
    )
    fields = _fields(f, kind, lang)
    if f.status:
        fields.append((label(lang, "status"), f.status, ""))
    fields += [(label(lang, "reason"), why, "") for why in reason_lines(f, lang)]
    weak = weakest_criteria(f, rubric, lang)
    if weak and f.verdict != "pass" and not f.reasons:
        fields.append((label(lang, "weakest"), ", ".join(weak), ""))
    if f.rationale:
        fields.append((label(lang, "rationale"), f.rationale, ""))
    fields += [(label(lang, "disagreement"), note, "") for note in f.disagreements]
    dl = "".join(f"<dt>{esc(k)}</dt><dd{_cls(c)}>{esc(v)}</dd>" for k, v, c in fields)
    group = f'<p class="meta">{esc(f.group)}</p>' if f.group else ""
    # Findings that need nothing are folded; the ones a reader must act on are open.
    is_open = " open" if (f.flags or f.verdict != "pass" or f.disagreements) else ""
    return (
        f'<article class="finding {f.verdict}" id="{esc(anchor)}" data-verdict="{f.verdict}"><details{is_open}>'
        f"<summary><header><h3>{esc(f.id)} {esc(truncate(f.title, 120))}</h3>"
        f'<span class="badge {f.verdict}">{esc(label(lang, f.verdict))} · {f.score:.0f}</span></header></summary>{group}'
        f'<div class="cols"><section class="col"><h4>{esc(label(lang, "finding"))}</h4><p>{finding_html}</p></section>'
        f'<section class="col"><h4>{esc(label(lang, "measures"))}</h4><p>{measure_html}</p>'
        f'<dl class="fields">{dl}</dl></section></div>'
        f"{_flag_list(f.flags, f, doc_text, lang, rubric, fail_on)}</details></article>"
    )


def _rework(review: Review, index: int, lang: str) -> str:
    """The 需返工 list: failing findings (linked to their article), each with its questions."""
    items = rework_items(review, lang)
    if not items:
        return ""
    rows = []
    for item in items:
        f = item.finding
        head = (
            f'<a href="#d{index}-{esc(f.id)}">{esc(f.id)} {esc(truncate(f.title, 80))}</a>'
            if f is not None
            else esc(label(lang, "whole_document"))
        )
        asked = "".join(f"<li>{esc(q)}</li>" for q in item.questions)
        rows.append(f"<li>{head}<ul>{asked}</ul></li>")
    return (
        f'<section class="rework"><h3>{esc(rework_label(lang))} ({len(items)})</h3>'
        f"<ol>{''.join(rows)}</ol></section>"
    )


TOC_ORDER = ("fail", "warn", "pass")


def _toc(review: Review, index: int, lang: str) -> str:
    """Links to every finding, the ones to rework (需返工) first, then to improve, then passing."""
    groups = []
    for verdict in TOC_ORDER:
        items = [f for f in review.findings if f.verdict == verdict]
        if not items:
            continue
        links = "".join(
            f'<li><a href="#d{index}-{esc(f.id)}">{esc(f.id)} {esc(truncate(f.title, 60))}</a>'
            f' <span class="n">{f.score:.0f}</span></li>'
            for f in items
        )
        groups.append(
            f'<h3 class="{verdict}">{esc(label(lang, "toc_" + verdict))} ({len(items)})</h3>'
            f'<ol data-verdict="{verdict}">{links}</ol>'
        )
    if not groups:
        return ""
    return f'<nav class="toc" aria-label="{esc(label(lang, "toc"))}">{"".join(groups)}</nav>'


def _legend(lang: str, fail_on: str) -> str:
    """What the colours mean: verdicts (bars, badges, borders) and severities (highlights)."""
    parts = [f'<span><i class="swatch {v}"></i>{esc(label(lang, v))}</span>' for v in ("pass", "warn", "fail")]
    parts += [f'<span><i class="swatch {s}"></i>{esc(label(lang, s))}</span>' for s in ("error", "warning", "info")]
    if fail_on != "never":
        parts.append(f'<span><b class="gate">✗</b> {esc(label(lang, "gate_mark"))} (--fail-on {esc(fail_on)})</span>')
    return f'<p class="legend">{"".join(parts)}</p>'


def _document(review: Review, index: int, doc_text: str | None, lang: str, rubric: Any, fail_on: str) -> str:
    s, doc = review.summary, review.document
    counts = flag_counts(review)
    flag_items = "".join(
        f"<li>{_flag_name(flag_info(rubric, code, lang).title, code)} × {n}</li>" for code, n in counts.items()
    )
    if s.silenced:
        reasons = "; ".join(f"{why} {n}" for why, n in sorted(s.silenced.items(), key=lambda kv: (-kv[1], kv[0])))
        silenced = f"{label(lang, 'silenced')} {sum(s.silenced.values())}{colon(lang)}"
        baselined = f"<li>{esc(silenced)}{esc(reasons)}</li>"
    else:
        baselined = f"<li>{esc(labelled(lang, 'baselined'))}{s.baselined}</li>" if s.baselined else ""
    summary = (
        '<div class="summary">'
        f'<div><div class="score">{score_text(s.score)}</div><span class="badge {s.verdict}">{esc(label(lang, s.verdict))}</span></div>'
        f'<table class="counts"><tr><th>{esc(label(lang, "findings"))}</th>'
        f'<td class="finding-count" data-count="{s.findings}">{s.findings}</td></tr>'
        f"<tr><th>{esc(label(lang, 'pass'))}</th><td>{s.pass_}</td></tr>"
        f"<tr><th>{esc(label(lang, 'warn'))}</th><td>{s.warn}</td></tr>"
        f"<tr><th>{esc(label(lang, 'fail'))}</th><td>{s.fail}</td></tr></table>"
        f'<ul class="flagcounts">{flag_items}{baselined}</ul>'
        f'<div class="chart">{_chart(review, lang, index)}</div></div>'
    )
    if s.verdict == "unreviewed":
        summary = f'<p class="unreadable" role="alert"><strong>{esc(label(lang, "unreadable"))}</strong></p>' + summary
    doc_flags = ""
    if review.document_flags:
        doc_flags = (
            f'<section class="document-flags"><h3>{esc(label(lang, "document_flags"))}</h3>'
            f"{_flag_list(review.document_flags, None, doc_text, lang, rubric, fail_on)}</section>"
        )
    findings = "".join(
        _finding(f, doc_text, lang, rubric, fail_on, f"d{index}-{f.id}", doc.kind) for f in review.findings
    ) or f'<p class="empty">{esc(label(lang, "no_findings"))}</p>'
    # Each item of the line is kept whole (an id such as rectification@1.0.0 never breaks mid-version);
    # only the path may break anywhere.
    meta = " · ".join(
        [
            esc(doc.path),
            f'<span class="nowrap">{esc(label(lang, "kind"))} {esc(kind_name(doc.kind, lang))}</span>',
            f'<span class="nowrap rubric-ref">{esc(label(lang, "rubric"))} {esc(rubric_ref(rubric, review))}</span>',
            f'<span class="nowrap">{esc(label(lang, "backend"))} {esc(backend_text(review, lang))}</span>',
            f'<span class="nowrap">{doc.chars} {esc(label(lang, "chars"))}</span>',
        ]
    )
    judge = "".join(f"<li><strong>{esc(key)}</strong> {esc(value)}</li>" for key, value in judge_lines(review, lang))
    if judge:
        fell_back = method_used(review) != review.backend or bool(review.judge and review.judge.note)
        role = ' role="status"' if fell_back else ""
        judge = f'<ul class="judge{" fell-back" if fell_back else ""}"{role}>{judge}</ul>'
    return (
        f'<section class="document" id="d{index}"><h2>{esc(doc.title or doc.path)}</h2>'
        f'<p class="meta">{meta}</p>{judge}{_rework(review, index, lang)}{summary}{_legend(lang, fail_on)}'
        f"{_toc(review, index, lang)}"
        f"{doc_flags}{findings}</section>"
    )


def render_html(
    reviews: list[Review],
    *,
    lang: str,
    rubric: Any,
    fail_on: str,
    texts: dict[str, str] | None = None,
    top: str = "",
) -> str:
    """The report page. ``top``: trusted markup placed above the report (the local page's download
    bar); empty for the file report."""
    texts = texts or {}
    title = label(lang, "report")
    if len(reviews) == 1:
        title = f"{reviews[0].document.title or reviews[0].document.path} — {title}"
    body = "".join(
        _document(r, i, texts.get(r.document.path), lang, rubric, fail_on) for i, r in enumerate(reviews, 1)
    )
    html_lang = "zh-CN" if lang == "zh" else "en"
    return (
        f'<!DOCTYPE html>\n<html lang="{html_lang}"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="rectcheck"><title>{esc(title)}</title><style>{CSS}</style></head>'
        f'<body><main>{top}<h1>rectcheck · {esc(label(lang, "report"))}</h1>{body}'
        f"<footer>rectcheck · {esc(label(lang, 'rubric'))} "
        f'<span class="nowrap">{esc(rubric_ref(rubric, reviews[0]) if reviews else "")}</span></footer>'
        "</main></body></html>\n"
    )
