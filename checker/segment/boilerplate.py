"""Lines that are not report content: contact lines, navigation, paywall and copyright residue,
page metadata and the closing signature. They are reported, and never enter a finding."""

from __future__ import annotations

from dataclasses import dataclass

from checker.segment.lines import Line
from checker.text.width import strip_spaces
from checker.vocabulary import Vocabulary

_CHROME_CHARS = 40  # a site's header line or two

# Paywall and web residue may follow content on the same line; the residue starts at the run of
# dots or dashes before the keyword.
_RESIDUE_LEAD = ".…·-—=_ \t\u3000"


@dataclass(frozen=True)
class BoilerHit:
    kind: str
    start: int
    end: int


def classify_line(v: Vocabulary, line: Line) -> str | None:
    """The boilerplate kind of a whole line, or None for content."""
    s, p = line.content, v.patterns
    if p.contact_line.match(s):
        return "contact"
    if p.navigation_line.match(s):
        return "navigation"
    if p.copyright.search(s) and len(s) < 400:
        return "copyright"
    if p.metadata_line.match(s) and len(s) < 120:
        return "metadata"
    return None


def _is_signature(v: Vocabulary, line: Line) -> bool:
    s = strip_spaces(line.content)
    return bool(v.patterns.date_line.match(s) or (len(s) <= 40 and v.patterns.org_line.match(s)))


def find_boilerplate(v: Vocabulary, text: str, lines: list[Line]) -> tuple[list[BoilerHit], set[int], int]:
    """Boilerplate spans, the indexes of lines that are wholly boilerplate, and the offset where
    content ends (the start of the trailing residue: paywall, signature, contact block)."""
    hits: list[BoilerHit] = []
    bp_lines: set[int] = set()
    content_end = len(text)
    paywall_at: int | None = None
    residue = "paywall"  # what the lines after the cut are
    before = 0  # characters of text before the line: a paywall word above all content is site chrome
    for line in lines:
        if line.blank:
            continue
        before += len(line.content)
        if paywall_at is not None:
            kind = classify_line(v, line) or residue
            hits.append(BoilerHit(kind, line.cstart, line.end))
            bp_lines.add(line.idx)
            continue
        if v.patterns.related_list.match(line.content):
            # 【…】相关文章： the site's list of other pages: nothing after it is the report
            paywall_at, residue = line.idx, "navigation"
            content_end = min(content_end, line.cstart)
            hits.append(BoilerHit("navigation", line.cstart, line.end))
            bp_lines.add(line.idx)
            continue
        m = v.patterns.paywall.search(text, line.cstart, line.end)
        if m is not None and before <= _CHROME_CHARS:
            # 特惠加入VIP会员 in the site's header, above the report: navigation, not a cut
            hits.append(BoilerHit("navigation", line.cstart, line.end))
            bp_lines.add(line.idx)
            continue
        if m is not None:
            a = m.start()
            while a > line.cstart and text[a - 1] in _RESIDUE_LEAD:
                a -= 1
            while a < m.start() and text[a].isspace():
                a += 1
            paywall_at = line.idx
            content_end = min(content_end, a)
            hits.append(BoilerHit("paywall", a, line.end))
            if a <= line.cstart:
                bp_lines.add(line.idx)
            else:  # residue glued to the last words: the line keeps its content part
                line.end = a
                while line.end > line.cstart and text[line.end - 1] in " \t\u3000":
                    line.end -= 1
                line.content = text[line.cstart : line.end]
            continue
        found = classify_line(v, line)
        if found is not None:
            hits.append(BoilerHit(found, line.cstart, line.end))
            bp_lines.add(line.idx)
    # Trailing block: walk back over signature, contact and navigation lines.
    for line in reversed(lines):
        if line.blank or (paywall_at is not None and line.idx >= paywall_at):
            continue
        if line.idx in bp_lines:
            content_end = min(content_end, line.cstart)
            continue
        if _is_signature(v, line):
            hits.append(BoilerHit("signature", line.cstart, line.end))
            bp_lines.add(line.idx)
            content_end = min(content_end, line.cstart)
            continue
        break
    hits.sort(key=lambda h: h.start)
    return hits, bp_lines, content_end
