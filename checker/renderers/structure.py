"""``rectcheck parse``: how a report was segmented, as a readable tree or as JSON.

The text view shows the document kind, layout, title, groups, every finding (title, sub-points,
measure items, status, deadline, owners), the summary claims and the boilerplate that was set
aside. The JSON view is the :class:`Report` model itself (the source text excluded).
"""

from __future__ import annotations

from checker.models import Finding, Report, Span

_CLIP = 60
_INDENT = "    "


def _clip(s: str, width: int = _CLIP) -> str:
    s = " ".join(s.split())
    return s if len(s) <= width else s[: width - 1] + "…"


def _at(span: Span) -> str:
    return f"[{span.start}-{span.end}]"


def _finding_lines(f: Finding) -> list[str]:
    out = [f"F{f.index} {_at(f.span)} {f.title}"]
    if f.group:
        out.append(f"{_INDENT}group: {_clip(f.group)}")
    out.append(f"{_INDENT}finding {_at(f.finding)}: {_clip(f.finding.text, 100)}")
    for sp in f.sub_points:
        out.append(f"{_INDENT}{_INDENT}· {_clip(sp.text)}")
    if f.measure is None:
        out.append(f"{_INDENT}measure: (none)")
    else:
        out.append(f"{_INDENT}measure ({f.measure_label or 'unlabelled'}) {_at(f.measure)}: {len(f.measures)} item(s)")
        for i, item in enumerate(f.measures, 1):
            out.append(f"{_INDENT}{_INDENT}{i}. {_clip(item.text)}")
    if f.status is not None:
        out.append(f"{_INDENT}status: {f.status.text}")
    if f.deadline_field:
        shown = f.deadline.text if f.deadline and f.deadline.text else "(blank)"
        out.append(f"{_INDENT}deadline: {shown}")
    for field in f.owner_fields:
        shown = field.text if field.text.strip() else "(blank)"
        out.append(f"{_INDENT}{field.label}: {shown}")
    if f.owners:
        # a cell merged down over several rows names its owner once per row: shown once, as the review does
        out.append(f"{_INDENT}owners: {'、'.join(dict.fromkeys(o.text for o in f.owners))}")
    return out


def _text_view(report: Report) -> str:
    lines = [
        f"document: {report.path}",
        f"title: {report.title or '(none)'}",
        f"kind: {report.kind}   layout: {report.layout}   chars: {report.chars}   findings: {len(report.findings)}",
    ]
    seg = report.segmentation
    lines.append(
        f"segmentation: layout {seg.layout} · confidence {seg.confidence:.2f} · pairing {seg.pairing or '—'}"
        f" · source {seg.source}"
    )
    if seg.outline:
        lines.append("outline (heading → role):")
        for node in seg.outline:
            depth = _INDENT * (1 + min(node.rank, 6) // 2) if node.rank else _INDENT
            lines.append(f"{depth}{_clip(node.text, 40)}  → {node.role}")
    for name, spans in (("unpaired problems", seg.unpaired_problems), ("unpaired measures", seg.unpaired_measures)):
        if spans:
            lines.append(f"{name}:")
            lines.extend(f"{_INDENT}{_at(s)} {_clip(s.text)}" for s in spans)
    if seg.not_findings:
        lines.append("items not read as findings (why):")
        lines.extend(f"{_INDENT}{_at(s)} {_clip(s.text, 40)}  → {s.reason}" for s in seg.not_findings)
    if report.preamble is not None:
        lines.append(f"preamble {_at(report.preamble)}: {_clip(report.preamble.text)}")
    if report.groups:
        lines.append("groups:")
        lines.extend(f"{_INDENT}{_clip(g.text, 80)}" for g in report.groups)
    lines.append("findings:")
    for f in report.findings:
        lines.extend(_INDENT + ln for ln in _finding_lines(f))
    if report.claims:
        lines.append("claims:")
        for c in report.claims:
            lines.append(f"{_INDENT}{_at(c)} {_clip(c.text, 80)}")
            for n in c.numbers:
                approx = " approx" if n.approximate else ""
                subject = f" of {n.subject}" if n.subject else ""
                lines.append(f"{_INDENT}{_INDENT}{n.text}: {n.role} {n.value:g}{n.unit}{subject}{approx}")
    if report.boilerplate:
        lines.append("boilerplate:")
        lines.extend(f"{_INDENT}{b.kind}: {_clip(b.text)}" for b in report.boilerplate)
    return "\n".join(lines) + "\n"


def render_structure(report: Report, fmt: str = "text") -> str:
    """The segmentation of ``report`` as ``text`` (a tree) or ``json`` (the Report model)."""
    if fmt == "json":
        return report.model_dump_json(indent=2) + "\n"
    return _text_view(report)
