"""truncated — text cut off mid-sentence, or web residue in the document.

What it does: (a) document flag when web residue remains (rubric lexicon ``web_residue``: 试读结束,
查阅全文, 上一篇/下一篇, 如若转载 …; and markup tags that lost their ``<``, rubric pattern ``broken_markup``); (b) finding flag when a measure ends with a comma or enumeration
mark (``，`` ``、``), or when a finding's text stops without closing punctuation right before the
residue or the end of the document (``*受`` then 试读结束). A site's footer after the text (lexicon
``site_footer``: 公网安备, 相关推荐 …) marks the document alone; a text stopping on an item's heading whose
siblings have bodies is cut; a signer above the closing date, or a byline, ends it whole.
Why an auditor cares: a cut-off text is not the report as issued; what is missing cannot be judged.
Evidence: the residue line, or the cut-off clause.
"""

from __future__ import annotations

import re

from checker.analyse.context import CLOSED_ENDS, DocumentContext, FindingContext
from checker.analyse.scan import hit, span_of
from checker.flags import FlagSpec
from checker.models import FlagHit
from checker.text.enumerators import HEADING_RE
from checker.text.fold import has_han

CODE = "truncated"
_OPEN_END = "，,、"
_CLOSED = CLOSED_ENDS
_RUNNING_LINE = 30  # a line this long is running text, not a byline or a signature
_COLUMN_INDENT = "    "  # a line this indented continues a table's column
_ROW_END = "|═━─—=_-"  # a table row closed by its pipe, or the rule under a table
_DATE_END = re.compile(r"\d{1,2}\s*日$|\d{4}\s*年\s*\d{1,2}\s*月$")  # a closing date line
# What may follow a cut-off finding up to the residue or the end: blanks, dots, rules, stars.
_FILLER = re.compile(r"[ \t\r\n\u3000.…\-—=*·]*")
_CLAUSE_MARKS = "，,、；;：:"
_ANY_MARK = _CLAUSE_MARKS + CLOSED_ENDS + "（(《“\""  # a line holding none of these is a name, a label or a heading


def _tail(text: str, start: int, end: int) -> tuple[int, int]:
    """The last clause of ``text[start:end]`` (at most 60 characters)."""
    body = text[start:end].rstrip(_OPEN_END + " \t\r\n\u3000")
    cut = max(body.rfind(ch) for ch in "。！？!?；;\n")
    a = start + cut + 1 if cut >= 0 else start
    a = max(a, end - 60)
    return span_of(text, a, end)


def check_document(dctx: DocumentContext) -> list[tuple[int | None, FlagHit]]:
    text, c = dctx.text, dctx.c
    out: list[tuple[int | None, FlagHit]] = []
    residue = c.lex("web_residue").search(text) or _page_trailer(dctx)
    residue_at = residue.start() if residue else len(text)
    if residue:
        ls = text.rfind("\n", 0, residue.start()) + 1
        le = text.find("\n", residue.end())
        a, b = span_of(text, ls, le if le >= 0 else len(text))
        if b - a > 60:
            a, b = residue.start(), residue.end()
        out.append((None, hit(CODE, text, a, b, reason="residue", variant="residue", residue=residue.group(0))))
    markup = _broken_markup(dctx) if residue is None else None
    if residue is None and markup is None:
        markup = c.lex("site_footer").search(text)  # a site's footer after the text: a page's copy, no finding cut
    if markup is not None:
        # a damaged copy as a whole; where it stands says nothing of which finding was cut
        out.append((None, hit(CODE, text, markup.start(), markup.end(), reason="residue", variant="residue", residue=markup.group(0))))
    text_end = len(text.rstrip())
    cut_at = _cut_end(dctx, residue_at)
    if residue is None and markup is None and cut_at is not None:
        out.append((None, hit(CODE, text, *_tail(text, 0, cut_at), reason="document", variant="document")))
    cut_measures = _cut_measures(dctx, cut_at) if residue is None and cut_at is not None else set()
    # A writer who ends every measure with a comma writes so; a cut leaves one such measure, the last.
    open_measures = [fc for fc in dctx.findings if fc.measure is not None and fc.measure.view.rstrip().endswith(tuple(_OPEN_END))]
    styled = len(open_measures) >= 2
    # a text read as ending whole (a byline, a signature) has no finding cut at its end either
    ends_whole = bool(c.param(CODE, "whole_before_tail", False))
    # residue after a text that ends whole (its sign-off, its date) cuts no finding (1.14.0)
    whole_residue = bool(c.param(CODE, "whole_before_residue", False))
    # a text that stops mid-sentence inside an item with deadline or owner columns (a table row cut before
    # its cells were filled) cuts that item: a field that closes the text was already read as its end (1.14.0)
    fielded_cut = bool(c.param(CODE, "cut_in_fielded_item", False))
    for fc in dctx.findings:
        m, f = fc.measure, fc.finding
        if m is not None and ((not styled and m.view.rstrip().endswith(tuple(_OPEN_END))) or f.index in cut_measures):
            s, e = span_of(text, m.start, m.end)
            out.append((f.index, hit(CODE, text, *_tail(text, s, e), reason="measure", variant="measure")))
            continue
        end = min(f.span.end, residue_at) if f.span.start < residue_at else f.span.end
        s, e = span_of(text, f.span.start, end)
        if e <= s:
            continue
        # Only filler up to the residue or the end (matched in place: a slice per finding is quadratic).
        only_filler = e > residue_at or _FILLER.fullmatch(text, e, residue_at) is not None
        if only_filler and text[e - 1] not in _CLOSED and (
            (residue is not None and (cut_at is not None or not whole_residue))
            or (
                e >= text_end and (cut_at is not None or not ends_whole)
                and ((fielded_cut and cut_at is not None) or (not f.deadline_field and not f.owner_fields))
            )
        ):
            out.append((f.index, hit(CODE, text, *_tail(text, s, e), reason="cut", variant="cut")))
    return out


def _page_trailer(dctx: DocumentContext) -> re.Match[str] | None:
    """The first of the lines that close the text as a page's chrome, each one whole (rubric pattern
    ``page_trailer``, param ``page_trailer``: an empty 责任编辑： or 标签： field, 阅读 583, 投诉, a site's
    notice in English): the copy is a web page's, and the last finding ends before them, not cut."""
    if not dctx.c.param(CODE, "page_trailer", False):
        return None
    text, rx = dctx.text, dctx.c.pat("page_trailer")
    end, first = len(text.rstrip()), None
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        a, b = span_of(text, start, end)
        m = rx.fullmatch(text, a, b) if b > a else None
        if b > a and m is None:
            break
        first = m or first
        end = len(text[: max(start - 1, 0)].rstrip()) if start > 0 else 0
    return first


_MIN_UNPUNCTUATED = 2  # other items written without a full stop that make it the list's style
# a sentence closed anywhere: a stop, or an ASCII point after a word (1. and 2.5 are a number's)
_SENTENCE_STOP = re.compile(r"[。！？!?；;]|(?<![0-9０-９])[.．](?![0-9])")


def _unpunctuated_list(dctx: DocumentContext, last: FindingContext, end: int) -> bool:
    """Whether the last finding, ending the text at ``end`` with no closing mark and no measure, is one of a
    list whose every other item ends on a word too (at least two of them): the writer's style, as commas at
    the end of every measure are, not a cut (param ``unpunctuated_items``)."""
    text = dctx.text
    if (last.measure is not None and last.measure.view.strip()) or len(text[: last.finding.span.end].rstrip()) < end:
        return False  # the text stops in a measure, or past the last finding
    others = [fc for fc in dctx.findings if fc is not last and fc.finding.span.start < end]
    if len(others) < _MIN_UNPUNCTUATED:
        return False
    # each item ends on a word, with no mark at all (a table's pipe, a figure in a column or an ASCII stop
    # is another style), and no line of the list closes a sentence
    ends = [text[: fc.finding.span.end].rstrip()[-1:] for fc in others]
    if not all(has_han(ch) for ch in ends):
        return False
    first = min(fc.finding.span.start for fc in dctx.findings)
    return _SENTENCE_STOP.search(text, first, end) is None


def _broken_markup(dctx: DocumentContext) -> re.Match[str] | None:
    """A markup tag whose ``<`` the copy lost (``环境、/p>``, ``BR>``; rubric pattern ``broken_markup``,
    param ``broken_markup``): the page was copied damaged. A whole tag (``</p>``) is no such damage."""
    if not dctx.c.param(CODE, "broken_markup", False):
        return None
    return dctx.c.pat("broken_markup").search(dctx.text)


def _cut_measures(dctx: DocumentContext, cut_at: int) -> set[int]:
    """The findings whose own measure the cut falls in: the text stops inside what they claim
    (``4.健全消防安全制``). A response shared by several findings is the document's cut, not theirs."""
    if not dctx.c.param(CODE, "measure_cut", False):
        return set()
    holding = [fc for fc in dctx.findings if fc.measure is not None and fc.measure.start < cut_at <= fc.measure.end + 1]
    if len(holding) != 1 or holding[0].shared_measure:
        return set()
    whole = dctx.c.param(CODE, "whole_before_tail", False)
    m = holding[0].measure
    if whole and m is not None and _trailing_tail(dctx.text, m.start, cut_at):
        return set()  # the measure ended whole; what stops is a line after it (范文大, 责任编辑：)
    return {holding[0].finding.index}


def _trailing_tail(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends in a short piece set apart from a closed sentence (on its own
    line, or after a space): a byline, a signature or a site's leftover that follows the measure, not
    the measure's own words cut off."""
    body = text[start:end]
    cut = max(body.rfind(ch) for ch in _CLOSED)
    if cut < 0:
        return False
    tail = body[cut + 1 :]
    return bool(tail[:1].isspace()) and 0 < len(tail.strip()) < _RUNNING_LINE


def _past_enumerator(line: str) -> str:
    """The line without its opening enumerator: 2、 is an enumerator, not a clause mark."""
    opener = HEADING_RE.match(line)
    return line[opener.end() :] if opener is not None else line


def _label_line(line: str) -> bool:
    """A short line of words with no punctuation past its enumerator: a name, a label or a list's
    heading, not a sentence."""
    line = _past_enumerator(line)
    return 0 < len(line) < _RUNNING_LINE and not any(ch in _ANY_MARK for ch in line) and has_han(line)


def _running_text(line: str) -> bool:
    """Whether a short last line is running text (a clause, a sentence going on), not a byline or a heading."""
    line = _past_enumerator(line)
    closed = max(line.rfind(ch) for ch in _CLOSED)
    return any(ch in "，,、；;" for ch in line) or 0 <= closed < len(line) - 1


def _bare_heading(text: str, end: int) -> bool:
    """Whether the text stops on an enumerated heading (no sentence inside it) whose previous sibling of
    the same family had lines under it: the page lost this item's body."""
    lines = [ln.strip() for ln in text[:end].split("\n") if ln.strip()]
    last = HEADING_RE.match(lines[-1]) if lines else None
    if last is None or len(lines[-1]) >= _RUNNING_LINE or any(ch in "。！？!?；;" for ch in lines[-1]):
        return False
    family = next(name for name, v in last.groupdict().items() if v is not None and not name.startswith("v_"))
    for body, ln in enumerate(reversed(lines[:-1])):
        m = HEADING_RE.match(ln)
        if m is not None and m.group(family) is not None:
            return body > 0  # lines between the previous sibling and this heading: its body
    return False


def _pipe_cells(line: str) -> int:
    return len([c for c in line.strip().strip("|").split("|")])


def _short_last_row(text: str, end: int) -> bool:
    """The text ends on a table row (… | 更换收集容器 |) with fewer cells than the rows of its table
    above it: the page was cut inside that row (param ``short_last_row``)."""
    lines = text[:end].split("\n")
    last = lines[-1]
    if "|" not in last:
        return False
    above = []
    for ln in reversed(lines[:-1]):
        if "|" not in ln:
            break
        above.append(_pipe_cells(ln))
    return len(above) >= 2 and _pipe_cells(last) < min(above)


def _cut_end(dctx: DocumentContext, residue_at: int) -> int | None:
    """Where the report's text stops mid-sentence (its last words before any trailing page residue,
    signature or contact block end without closing punctuation), or None when it ends whole."""
    text = dctx.text
    end = len(text.rstrip())
    dated = False  # whether what the loop strips holds the closing date
    for b in sorted(dctx.report.boilerplate, key=lambda b: b.start, reverse=True):
        if b.start < end and len(text[b.end : end].strip()) == 0:
            dated = dated or dctx.c.v.patterns.date_line.match(text[b.start : b.end].strip()) is not None
            end = len(text[: b.start].rstrip())
    end = min(end, len(text[:residue_at].rstrip()))
    # a text with no finding read may still stop mid-sentence (a page cut before its first finding)
    anywhere = dctx.c.param(CODE, "cut_without_findings", False)
    if end <= 0 or not (dctx.findings or anywhere):
        return None
    line = text[text.rfind("\n", 0, end) + 1 : end].strip()
    # 七、谢家营村（…） at the very end: the item's body was lost with the page, though its heading
    # closes; a signature or a date after it means the text was issued so
    signed = end < len(text[:residue_at].rstrip())
    if not signed and dctx.c.param(CODE, "heading_end", False) and _bare_heading(text, end):
        return end
    if text[end - 1] in _ROW_END and dctx.c.param(CODE, "short_last_row", False) and _short_last_row(text, end):
        return end
    if text[end - 1] in _CLOSED or text[end - 1] in _ROW_END:
        return None
    if dated and dctx.c.param(CODE, "signer_before_date", False) and _label_line(line):
        return None  # 甘肃国通 / 2022年1月5日: the signer above the closing date, or a label before the sign-off
    if not dctx.findings and len(line) < _RUNNING_LINE and not (
        dctx.c.param(CODE, "running_short_line", False) and _running_text(line)
    ):
        return None  # with no finding to go by, only a paragraph that stops mid-way is a cut, not a byline
    if _DATE_END.search(line):
        return None  # 2024年5月6日
    if dctx.c.param(CODE, "closing_date", False) and dctx.c.pat("closing_date").fullmatch(line):
        return None  # 二00五年六月二十日; 党政办    2014年5月22日印: the sign-off's date, as issued
    if dctx.c.v.patterns.org_line.match(line) or dctx.c.v.patterns.date_line.match(line):
        return None  # a signature: the issuing body's name, or the date
    # the last clause after a closed sentence: a byline (记者 张三), the signers (检查人：…), the issuer
    # with a dotted date, a caption of attached pictures (rubric pattern ``closing_line``)
    clause = line[max(line.rfind(ch) for ch in _CLOSED) + 1 :].strip()
    if clause and dctx.c.pat("closing_line").fullmatch(clause):
        return None
    line_start = text.rfind("\n", 0, end) + 1
    if text.startswith(_COLUMN_INDENT, line_start):
        return None  # a table cell spilled onto its own line, under its column
    last = next((fc for fc in reversed(dctx.findings) if fc.finding.span.start < end), None)
    if last is not None and dctx.c.param(CODE, "unpunctuated_items", False) and _unpunctuated_list(dctx, last, end):
        return None  # 16.一楼南门左右墙皮脱落 / 17.…玻璃已缺失: every item is written without a full stop
    if last is not None:
        f = last.finding
        fields = [*([f.deadline] if f.deadline is not None else []), *f.owner_fields, *([f.status] if f.status else [])]
        if dctx.c.param(CODE, "blank_field_open", False) and text[end - 1] not in ":：":
            # a table row whose last column is still empty at the text's end was cut before it was
            # filled in; a labelled blank (整改时限：) is the writer's, left empty
            fields = [x for x in fields if x.view.strip()]
        if any(x.end >= end for x in fields):
            return None  # a plan item closing on its fields (整改时限：立行立改)
    return end


FLAG = FlagSpec(CODE, order=12, check_document=check_document)
