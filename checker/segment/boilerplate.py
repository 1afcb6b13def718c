"""Lines that are not report content: contact lines, navigation, paywall and copyright residue,
page metadata and the closing signature. They are reported, and never enter a finding."""

from __future__ import annotations

import re
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
    if p.page_number_line.match(s):
        return "other"  # a printed page's number (— 2 —)
    return None


def _is_signature(v: Vocabulary, line: Line) -> bool:
    s = strip_spaces(line.content)
    return bool(v.patterns.date_line.match(s) or (len(s) <= 40 and v.patterns.org_line.match(s)))


_LATIN_CHROME_RE = re.compile(r"[ \t\u3000]*[A-Za-z]{1,12}[ \t\u3000]*$")  # a widget's word at the page's end
_MARK_LINES = 2  # a site's mark stamped on this many lines is a watermark, not an address cited


def _cut_line(text: str, line: Line, a: int) -> None:
    line.end = a
    while line.end > line.cstart and text[line.end - 1] in " \t\u3000":
        line.end -= 1
    line.content = text[line.cstart : line.end]


def _watermarks(v: Vocabulary, text: str, lines: list[Line]) -> list[BoilerHit]:
    """A template site stamps its name and address at the end of content lines (…环境问题反映强烈。
    公文汇 www.gongwenhui.com): an address that ends two or more lines after a space, with the name
    before it, is a watermark; it is cut from every line it ends, and so is a line's end that opens
    with one of those names after a space (…违规行为： 公文汇,办公文档之家)."""
    found = [(line, m) for line in lines if not line.blank and (m := v.patterns.site_mark.search(text, line.cstart, line.end))]
    seen: dict[str, int] = {}
    for _, m in found:
        seen[m.group("site").lower()] = seen.get(m.group("site").lower(), 0) + 1
    marks = [(line, m) for line, m in found if seen[m.group("site").lower()] >= _MARK_LINES and m.start() > line.cstart]
    names = {m.group("name") for _, m in marks}
    hits: list[BoilerHit] = []
    for line, m in marks:
        hits.append(BoilerHit("other", m.start(), line.end))
        _cut_line(text, line, m.start())
    for line in lines:
        if line.blank:
            continue
        for name in names:
            at = text.rfind(" " + name, line.cstart, line.end)
            if at > line.cstart and line.end - at <= _CHROME_CHARS:
                hits.append(BoilerHit("other", at, line.end))
                _cut_line(text, line, at)
    return hits


def find_boilerplate(v: Vocabulary, text: str, lines: list[Line]) -> tuple[list[BoilerHit], set[int], int]:
    """Boilerplate spans, the indexes of lines that are wholly boilerplate, and the offset where
    content ends (the start of the trailing residue: paywall, signature, contact block)."""
    hits: list[BoilerHit] = _watermarks(v, text, lines) if v.weights.layouts.site_marks else []
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
                _cut_line(text, line, a)
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
        if v.weights.layouts.trailing_latin_chrome and _LATIN_CHROME_RE.match(line.content):
            # Baidu / map / sogou under the signature: a page's widgets, not the report's words
            hits.append(BoilerHit("navigation", line.cstart, line.end))
            bp_lines.add(line.idx)
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
