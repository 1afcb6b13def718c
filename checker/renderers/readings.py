"""``rectcheck parse --backend llm``: the rules' reading and the model's, side by side where they differ.

Findings are matched by shared text (a rules finding and a model finding whose problems overlap);
a row is shown when the two differ in where the problem or the measure starts or ends, or when
only one side has the finding. Cells are padded by display width, so Chinese text lines up.
"""

from __future__ import annotations

from rich.cells import cell_len

from checker.models import Finding, Report

_CELL = 44
_GAP = " │ "


def _fit(s: str, width: int = _CELL) -> str:
    lead = s[: len(s) - len(s.lstrip(" "))]
    s = lead + " ".join(s.split())
    out = ""
    for ch in s:
        if cell_len(out + ch) > width - 1:
            return out + "…" + " " * (width - cell_len(out) - 1)
        out += ch
    return out + " " * (width - cell_len(out))


def _cell(f: Finding | None) -> list[str]:
    if f is None:
        return ["—", ""]
    measure = f.measure.text if f.measure is not None else "(none)"
    return [f"F{f.index} [{f.finding.start}-{f.finding.end}] {f.finding.text}", f"  → {measure}"]


def _key(f: Finding) -> tuple:
    m = f.measure
    return (f.finding.start, f.finding.end, m.start if m else None, m.end if m else None)


def _pairs(rules: list[Finding], model: list[Finding]) -> list[tuple[Finding | None, Finding | None]]:
    used: set[int] = set()
    rows: list[tuple[Finding | None, Finding | None]] = []
    for m in model:
        match = next(
            (r for r in rules if r.index not in used and r.finding.start < m.finding.end and m.finding.start < r.finding.end),
            None,
        )
        if match is not None:
            used.add(match.index)
        rows.append((match, m))
    rows.extend((r, None) for r in rules if r.index not in used)
    return sorted(rows, key=lambda p: min(f.finding.start for f in p if f is not None))


def render_readings(rules: Report, model: Report, notes: list[str]) -> str:
    """The comparison as text lines (empty rows when the readings agree)."""
    lines = [f"reading: {model.segmentation.source}"]
    lines.extend(f"  note: {n}" for n in notes)
    if model is rules or model.segmentation.source != "model":
        return "\n".join(lines) + "\n"
    seg_r, seg_m = rules.segmentation, model.segmentation
    lines.append("readings compared (where they differ):")
    lines.append(
        "  " + _fit(f"rules: {len(rules.findings)} finding(s), confidence {seg_r.confidence:.2f}") + _GAP
        + _fit(f"model: {len(model.findings)} finding(s), confidence {seg_m.confidence:.2f}").rstrip()
    )
    same = 0
    for r, m in _pairs(rules.findings, model.findings):
        if r is not None and m is not None and _key(r) == _key(m):
            same += 1
            continue
        for left, right in zip(_cell(r), _cell(m), strict=True):
            lines.append("  " + _fit(left) + _GAP + _fit(right).rstrip())
    if same:
        lines.append(f"  ({same} finding(s) read the same way)")
    return "\n".join(lines) + "\n"
