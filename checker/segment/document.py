"""The working view every layout rule reads: lines, body lines, boilerplate, and per-line labels."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from checker.models import Document, Group, Source
from checker.segment.boilerplate import BoilerHit, find_boilerplate
from checker.segment.components import Registry
from checker.segment.fields import FieldHit, line_fields
from checker.segment.labels import Labels, label_kind, label_text, labels_of
from checker.segment.lines import Line, split_lines
from checker.segment.roles import Role, section_role
from checker.segment.title import find_title, title_of
from checker.text.enumerators import CN_DIGITS, Marker, iter_item_markers
from checker.text.numerals import parse_ordinal
from checker.text.sentences import iter_sentences
from checker.vocabulary import Vocabulary

BodyPass = Callable[["Doc", list[Line]], list[Line]]
_NUMBERED_PROBLEM = "problem_n"  # 问题一： / 整改任务一：
# Passes over the body lines before any layout reads them (unwrapping, inline cuts).
BODY_PASSES: Registry[BodyPass] = Registry(
    "body pass",
    ("checker.segment.bullets", "checker.segment.repeats", "checker.segment.page_chunks", "checker.segment.unwrap",
     "checker.segment.inline"),
)


@dataclass(frozen=True)
class LabelHit:
    """A measure label in a line: where the label starts and where its value starts."""

    label: str
    label_start: int
    value_start: int
    in_heading: bool = False  # 关于“…”的整改情况: the heading line carries the label


@dataclass
class Doc:
    """The layout rules' working view of one document. ``text`` is the folded reading view every
    rule matches against; ``document`` holds it beside the user's text, for the spans."""

    source: Source
    document: Document
    v: Vocabulary
    labels: Labels
    text: str
    lines: list[Line]
    body: list[Line]  # content lines in order: not blank, not boilerplate, after the title
    boiler: list[BoilerHit]
    content_end: int
    title_lines: list[Line]
    measure_labels: dict[int, LabelHit] = field(default_factory=dict)  # by line idx
    target_labels: dict[int, LabelHit] = field(default_factory=dict)  # 整改目标: lines, by line idx
    pages: set[int] = field(default_factory=set)  # lines that hold a whole page's text (its breaks lost)
    dash_items: set[int] = field(default_factory=set)  # lines of a dashed list of problems (problem_dashes)
    point_paragraphs: set[int] = field(default_factory=set)  # points each one paragraph (fault_points)
    _roles: dict[int, Role | None] = field(default_factory=dict)

    @property
    def title(self) -> str | None:
        """The document title as the rules read it (in the view)."""
        return title_of([ln.content for ln in self.title_lines])

    def title_in(self, text: str) -> str | None:
        """The same title cut from ``text`` (the user's words)."""
        return title_of([text[ln.cstart : ln.end] for ln in self.title_lines])

    def role(self, line: Line) -> Role | None:
        """The role of the section ``line`` opens (None: not a heading); read once per line, as
        several readings and the outline ask."""
        if line.idx not in self._roles:
            self._roles[line.idx] = section_role(self.v, self.text, line)
        return self._roles[line.idx]
    field_lines: dict[int, list[FieldHit]] = field(default_factory=dict)  # by line idx


def _target_label(first: re.Match[str] | None) -> LabelHit | None:
    """The 整改目标 label that opens a line (``first``: the line label at its start, if any)."""
    if first is not None and label_kind(first) == "target":
        return LabelHit(label_text(first), first.start(), first.end())
    return None


def _measure_label(
    labels: Labels, text: str, line: Line, first: re.Match[str] | None, replies: bool = False,
    lead_ins: bool = False,
) -> LabelHit | None:
    for pos in dict.fromkeys((line.cstart, line.body_start)):
        m = first if pos == line.cstart else labels.line.match(text, pos, line.end)
        if m is not None and label_kind(m) == "measure":
            if line.marker is not None and m.end() >= line.end:
                return None  # 二、具体整改措施： a numbered heading that is all label opens a section of fixes
            return LabelHit(label_text(m), m.start(), m.end())
    if line.marker is not None:
        found = labels.match_heading(line.body)
        if found is not None:
            return LabelHit(found[0], line.body_start + found[3], line.end, True)
    m = labels.sentence_measure.search(text, line.cstart, line.end)
    if m is not None:
        return LabelHit(label_text(m), m.start("measure"), m.end())
    if lead_ins and (lead := _lead_in(labels, text, line)) is not None:
        return lead
    return _reply_label(labels, text, line) if replies else None


def _lead_in(labels: Labels, text: str, line: Line) -> LabelHit | None:
    """A sentence announcing the measures after its colon (对此，我局将采取以下措施：一是…): the
    measure starts with it; the lead-in is the label, its announcing words the label's name."""
    m = labels.lead_in.match(text, line.body_start, line.end)
    if m is not None and m.end() >= line.end:
        return None  # a line that is all lead-in heads what follows, as a section's own lead does
    m = m or labels.sentence_lead_in.search(text, line.body_start, line.end)
    return LabelHit(m.group("l"), m.start("lead"), m.end()) if m is not None else None


def _reply_label(labels: Labels, text: str, line: Line) -> LabelHit | None:
    """``惠济区回复：…`` opening a line: the reply to the complaint above is its measure (reply_labels)."""
    if line.marker is not None:
        return None
    m = labels.reply.match(text, line.cstart, line.end)
    if m is None or (m.end() >= line.end and not labels.reply_lines):
        return None  # a reply label filling its line labels the lines below it (reply_label_lines)
    return LabelHit(text[m.start("label") : m.end("label")], m.start(), m.end())


def _number_problem_labels(doc: Doc) -> None:
    """Unnumbered ``问题：…`` / ``反馈问题：…`` lines open findings like numbered headings do; they get
    a marker numbered by position."""
    text, count = doc.text, 0
    # "针对巡察发现的问题：" introduces a list; it is not a problem itself.
    intro, after_marker = doc.v.patterns.list_intro, doc.labels.problem_after_marker
    previous: Line | None = None
    for ln in doc.body:
        before, previous = previous, ln
        if ln.marker is not None:
            continue
        if _complaint_label(doc, ln):
            count += 1
            ln.marker = Marker("problem_label", count, ln.cstart, ln.end, text[ln.cstart : ln.end].rstrip())
            continue
        m = doc.labels.finding.match(text, ln.cstart, ln.end)
        if m is not None and before is not None and before.marker is not None and before.marker.family == _NUMBERED_PROBLEM:
            continue  # 整改任务一：针对“…”的问题 / 问题描述：… — the numbered heading's own detail, not a finding
        if m is not None and doc.v.weights.layouts.problem_field_none and _says_none(doc, m.end(), ln.end):
            continue  # 存在问题：无。 — the area checked showed nothing: no finding
        if m is not None and m.end() < ln.end:
            count += 1
            ln.marker = Marker("problem_label", count, ln.cstart, m.end(), text[ln.cstart : m.end()].rstrip())
            continue
        # "<topic>方面存在问题：…" opens a finding; the topic phrase is part of it.
        m = after_marker.match(text, ln.cstart, ln.end)
        if m is not None and m.end() + 4 < ln.end and not intro.search(m.group("s")):
            count += 1
            ln.marker = Marker("problem_label", count, ln.cstart, ln.cstart, "")


def _complaint_label(doc: Doc, ln: Line) -> bool:
    """With reply_label_lines: 市民陈女士反映： a line of its own, the complaint on the lines below it."""
    if not doc.v.weights.layouts.reply_label_lines:
        return False
    return doc.v.patterns.complaint_label.match(doc.text, ln.cstart, ln.end) is not None


def _says_none(doc: Doc, start: int, end: int) -> bool:
    """A problem field's value says there is none (无。, 暂无, 未发现问题)."""
    return doc.v.patterns.problem_none.match(doc.text, start, end) is not None


# 二：存在问题 — a Chinese numeral and a colon where 、 is usual, then a heading's few words
_COLON_NUMBER_RE = re.compile(rf"([{CN_DIGITS}]{{1,3}})[ \t\u3000]*[：:][ \t\u3000]*(?=[^ \t\u3000])")
_COLON_HEADING_MAX = 20


def _colon_numbers(doc: Doc) -> None:
    """Headings numbered ``一：`` ``二：`` ``三：`` (a colon for the 、 of ``一、``) get the 一、 family's
    marker, so their sections are read as numbered ones. Only a run of two or more, from 一 in
    sequence, each with a short heading after it: a lone 一：… may be a sentence's own colon."""
    found: list[tuple[Line, re.Match[str], int]] = []
    for ln in doc.body:
        m = _COLON_NUMBER_RE.match(doc.text, ln.cstart, ln.end)
        if ln.marker is not None or m is None:
            continue
        words = doc.text[m.end() : ln.end]
        value = parse_ordinal(m.group(1))
        if value is None or len(words) > _COLON_HEADING_MAX or any(c in words for c in "。；;，,"):
            continue
        found.append((ln, m, value))
    if len(found) < 2 or [value for _, _, value in found] != list(range(1, len(found) + 1)):
        return
    for ln, m, value in found:
        ln.marker = Marker("cn_dun", value, m.start(), m.end(), doc.text[m.start() : m.end()].rstrip())


def _colon_numbers_go_on(doc: Doc) -> None:
    """A list numbered 一、二、三、 that goes on 四：五： (the writer's colon for the 、) keeps its
    family: a line opening on a numeral and a colon whose value follows the last 一、 item before it
    gets that family's marker, whatever the length of its words (colon_numbers_go_on)."""
    last = 0
    for ln in doc.body:
        if ln.marker is not None:
            if ln.marker.family == "cn_dun":
                last = ln.marker.value
            continue
        m = _COLON_NUMBER_RE.match(doc.text, ln.cstart, ln.end)
        value = parse_ordinal(m.group(1)) if m is not None else None
        if m is None or value is None or not last or value != last + 1:
            continue
        ln.marker = Marker("cn_dun", value, m.start(), m.end(), doc.text[m.start() : m.end()].rstrip())
        last = value


def _numbers_switch(doc: Doc) -> None:
    """一、…二、…三、…四、 then 5.…: a numbered line whose value goes on the 一、 list, of a family no
    line under the item before it uses, is the list's next item; the writer changed the style of its
    numbers, not the outline's level (numbers_switch). Under 四、 with 1.…4. of its own, 5. is its own;
    and (numbers_own_run) （三） after （一）（二） under 一、 goes on its own list numbered straight
    through the sections, whatever 二、 says."""
    last, since = 0, set[str]()
    own_run = doc.v.weights.layouts.numbers_own_run
    ran: dict[str, int] = {}  # each family's last value in the text so far
    for ln in doc.body:
        mk = ln.marker
        if mk is None:
            continue
        if mk.family == "cn_dun":
            last, since = mk.value, set()  # no family used under this item yet
            continue
        goes_on = own_run and ran.get(mk.family) == mk.value - 1
        ran[mk.family] = mk.value
        if last and mk.value == last + 1 and mk.family not in since and mk.family in _SWITCHED and not goes_on:
            ln.marker = Marker("cn_dun", mk.value, mk.start, mk.end, mk.text)
            last = mk.value
            continue
        since.add(mk.family)


_SWITCHED = ("num", "num_paren", "cn_paren")  # 5. / (5) / （五） going on a 一、 list


def _common_opening(a: str, b: str) -> str:
    """The words two headings both open with."""
    n = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return a[:n]


_OPENER_CHARS = 2  # the words a heading opens with (关于…) that its siblings share, at the least


def _lost_numbers(doc: Doc) -> None:
    """A heading whose number the writer left out (二、关于“…”的问题 / 关于“…”的问题 / 四、关于“…”):
    an unnumbered line between the items numbered n and n + 2 of one family, opening with the same
    words as both, is item n + 1 (lost_numbers)."""
    text, marked = doc.text, [(k, ln) for k, ln in enumerate(doc.body) if ln.marker is not None]
    for (i, before), (j, after) in itertools.pairwise(marked):
        mb, ma = before.marker, after.marker
        if mb is None or ma is None or mb.family != ma.family or ma.value != mb.value + 2:
            continue
        opener = _common_opening(text[before.body_start : before.end], text[after.body_start : after.end])
        if len(opener.strip()) < _OPENER_CHARS:
            continue
        lost = [ln for ln in doc.body[i + 1 : j] if text.startswith(opener, ln.cstart)]
        if len(lost) == 1:
            ln = lost[0]
            ln.marker = Marker(mb.family, mb.value + 1, ln.cstart, ln.cstart, "")


# 3.2名… / 6.2组… — a line's number and full stop with a figure glued after it (read as the decimal 3.2):
# the figure is a count or a name (2组, a village group), its word right after its digits
_GLUED_NUMBER_RE = re.compile(r"(?P<n>[0-9]{1,2})\.(?=[0-9]{1,4}[\u4e00-\u9fff])")


# 1.3#楼… / 2.5＃塔吊… — a line's number and full stop glued to a building's or a device's number and its sign
_GLUED_SIGN_RE = re.compile(r"(?P<n>[0-9]{1,2})\.(?=[0-9]{1,4}[#＃][\u4e00-\u9fff])")


def _glued_number(doc: Doc, ln: Line) -> Marker | None:
    """The ``N.`` opening ``ln`` when what follows it is a figure with its word (3.2名…): the marker it
    would have. Between items N-1 and N+1 of a list (:func:`_fits_between`) a line is an item far more
    often than a paragraph opening on a decimal."""
    m = _GLUED_NUMBER_RE.match(doc.text, ln.cstart, ln.end)
    if m is None and doc.v.weights.layouts.number_glued_sign:
        m = _GLUED_SIGN_RE.match(doc.text, ln.cstart, ln.end)
    if m is None:
        return None
    return Marker("num", int(m.group("n")), m.start(), m.end(), m.group())


def _fits_between(mk: Marker, before: Marker | None, after: Marker | None) -> bool:
    """Item N of a list numbered 1. 2. …: N-1 before it (or N is 1 with item 2 after it), and after it
    item N+1 or no item of that list."""
    if before is not None and before.family == "num" and before.value == mk.value - 1:
        return after is None or after.family != "num" or after.value == mk.value + 1
    return mk.value == 1 and after is not None and after.family == "num" and after.value == 2


def _glued_counts(doc: Doc) -> None:
    """A list numbered 1. 2. … whose item opens on a figure glued to its number (3.2名食堂从业人员健康证
    已过期。): the number is the item's, the figure its words' first (number_glued_count)."""
    marked = [k for k, ln in enumerate(doc.body) if ln.marker is not None]
    for k, ln in enumerate(doc.body):
        mk = None if ln.marker is not None else _glued_number(doc, ln)
        if mk is None:
            continue
        before = next((doc.body[j].marker for j in reversed(marked) if j < k), None)
        after = next((doc.body[j].marker for j in marked if j > k), None)
        if _fits_between(mk, before, after):
            ln.marker = mk
            marked = sorted([*marked, k])
    if doc.v.weights.layouts.number_glued_sign:
        _glued_run_back(doc, marked)


def _glued_run_back(doc: Doc, marked: list[int]) -> None:
    """Lines glued alike at a list's head (1.3#楼… 2.5#楼… 3.…): read from the list's next item back,
    each is item N when the next numbered line is item N+1 and no numbered line of that list before it
    says otherwise (number_glued_sign)."""
    for k in range(len(doc.body) - 1, -1, -1):
        ln = doc.body[k]
        mk = None if ln.marker is not None else _glued_number(doc, ln)
        if mk is None:
            continue
        before = next((doc.body[j].marker for j in reversed(marked) if j < k), None)
        after = next((doc.body[j].marker for j in marked if j > k), None)
        if after is None or after.family != "num" or after.value != mk.value + 1:
            continue
        if before is not None and before.family == "num" and before.value != mk.value - 1:
            continue
        ln.marker = mk
        marked[:] = sorted([*marked, k])


def _bare_item_names(doc: Doc) -> None:
    """Lines that are only an item's name and number (任务一 / 第1项), numbered 1, 2, … in sequence, two
    or more, each followed by a line of words: they head the items below them (bare_item_names)."""
    rx, body = doc.v.patterns.bare_item_name, doc.body
    found: list[tuple[Line, int]] = []
    for k, ln in enumerate(body[:-1]):
        m = rx.fullmatch(doc.text, ln.cstart, ln.end)
        value = parse_ordinal(m.group("n")) if m is not None and ln.marker is None else None
        if value is not None and rx.fullmatch(doc.text, body[k + 1].cstart, body[k + 1].end) is None:
            found.append((ln, value))
    if len(found) < 2 or [value for _, value in found] != list(range(1, len(found) + 1)):
        return
    for ln, value in found:
        ln.marker = Marker(_NUMBERED_PROBLEM, value, ln.cstart, ln.cstart, "")


def _case_number_labels(doc: Doc) -> None:
    """Unnumbered lines each opening on the name of a case and its number, closed by a colon (典型一：…
    典型二：…; 案例1：…), two or more numbered 1, 2, … in the order they stand: problems told as cases,
    each an item numbered as 问题一：… is (case_number_labels)."""
    rx = doc.v.patterns.case_number_label
    found: list[tuple[Line, re.Match[str]]] = []
    for ln in doc.body:
        m = rx.match(doc.text, ln.cstart, ln.end) if ln.marker is None else None
        if m is None:
            continue
        if parse_ordinal(m.group("n")) != len(found) + 1:
            return  # a number out of its place: no run of cases
        found.append((ln, m))
    if len(found) < _CASES_MIN:
        return
    for k, (ln, m) in enumerate(found):
        ln.marker = Marker(_NUMBERED_PROBLEM, k + 1, m.start(), m.end(), m.group().strip())


_CASES_MIN = 2  # lines told as numbered cases: one is no run
_SPOKEN_MIN = 2  # paragraphs told by their own spoken ordinal (第一个问题, 第二个问题): one is no run


def _spoken_problem_ordinals(doc: Doc) -> None:
    """Plain paragraphs that each open on the problem they tell by its spoken ordinal (第一个问题，是…),
    the run going on with ones opening as the next (另外，… / 最后一个问题，是…): each is an item numbered
    by its place, when the first is the first, each ordinal names its place, and two or more name one
    (spoken_problem_ordinals). Lines already numbered are left as they are."""
    rx = doc.v.patterns.spoken_problem_opener
    found: list[tuple[Line, re.Match[str]]] = []
    for ln in doc.body:
        m = rx.match(doc.text, ln.cstart, ln.end) if ln.marker is None else None
        if m is None or (not found and m.group("n") is None):
            continue
        if m.group("n") is not None and parse_ordinal(m.group("n")) != len(found) + 1:
            return  # an ordinal out of its place: no run told so
        found.append((ln, m))
    if sum(m.group("n") is not None for _, m in found) < _SPOKEN_MIN:
        return
    for k, (ln, m) in enumerate(found):
        ln.marker = Marker(_NUMBERED_PROBLEM, k + 1, m.start(), m.end(), m.group().strip())


# 2 自查发现的问题 / 2.1 安全管理方面 / 2.1.1 …: a line's dotted number (its parents' numbers and its
# own), then a space or 、 and words; never a decimal with its unit (3.2名, 1.5万元)
_DOTTED_RE = re.compile(r"(?P<n>[0-9]{1,2}(?:\.[0-9]{1,2}){1,2})(?:[ \t\u3000]+|、)(?=[^ \t\u3000])")
# 2 自查发现的问题: a top line's bare number, a space, then Han words
_TOP_RE = re.compile(r"(?P<n>[0-9]{1,2})[ \t\u3000]+(?![月日年号时个家名人])(?=[\u4e00-\u9fff])")
_DOTTED_FAMILIES = ("cn_dun", "cn_paren", "num", "num_paren", "circled")  # each level's family, by rank
_DOTTED_MIN = 2  # dotted lines a document numbers so, at the least: one is a figure in a sentence


def _outline_number(doc: Doc, ln: Line) -> tuple[tuple[int, ...], Marker | None] | None:
    """The numbers of the dotted number opening ``ln`` (2.1.1 -> (2, 1, 1)) and the marker it takes,
    or a top line's own number (its marker, 1. / 一、, or a bare 1 before a space: none yet)."""
    m = _DOTTED_RE.match(doc.text, ln.cstart, ln.end)
    if m is not None:
        n = tuple(int(x) for x in m.group("n").split("."))
        return n, Marker("", n[-1], m.start(), m.end(), m.group().rstrip())
    if ln.marker is not None and ln.marker.family in _DOTTED_FAMILIES:
        return (ln.marker.value,), ln.marker
    m = _TOP_RE.match(doc.text, ln.cstart, ln.end)
    if m is not None:
        return (int(m.group("n")),), Marker("", int(m.group("n")), m.start(), m.end(), m.group().rstrip())
    return None


def _decimal_outline(doc: Doc) -> None:
    """An outline numbered the engineers' way (1 基本情况 / 2.1 安全管理方面 / 2.1.1 …): each line's
    dotted number names its parent (2.1.1 under 2.1 under 2), so its depth is its level. When two or
    more lines are dotted and every dotted line's parent and elder sibling stand before it, each level
    gets the family ranked next below its parent's (一、 > （一） > 1. > (1)), so its sections nest
    (decimal_outline). A top line numbered 1. or 一、 keeps its family."""
    found = [(ln, *got) for ln in doc.body if (got := _outline_number(doc, ln)) is not None]
    if sum(len(n) > 1 for _, n, _ in found) < _DOTTED_MIN:
        return
    level: dict[tuple[int, ...], int] = {}  # each number's level in _DOTTED_FAMILIES, the latest one
    marks: list[tuple[Line, Marker]] = []
    for ln, n, mk in found:
        parent, elder = n[:-1], (*n[:-1], n[-1] - 1)
        if len(n) > 1 and (parent not in level or (n[-1] > 1 and elder not in level)):
            return  # a dotted line whose parent or elder sibling is missing: a figure, no outline
        if mk is not None and mk.family:
            at = _DOTTED_FAMILIES.index(mk.family)
        else:
            at = level[parent] + 1 if parent else 0
        level[n] = min(at, len(_DOTTED_FAMILIES) - 1)
        if mk is not None and not mk.family:
            marks.append((ln, mk._replace(family=_DOTTED_FAMILIES[level[n]])))
    for ln, mk in marks:
        ln.marker = mk


def build_doc(source: Source, document: Document, v: Vocabulary) -> Doc:
    text = document.view
    if v.weights.layouts.letter_breaks:
        text = letter_breaks(text)
    if v.weights.layouts.html_breaks:
        text = html_breaks(text, v.weights.layouts.html_clipped_tags)
    if v.weights.layouts.lost_char_marks:
        text = lost_char_marks(text)
    if v.weights.layouts.ocr_dash_numerals:
        text = ocr_dash_numerals(v, text)
    lines = split_lines(text)
    boiler, bp_lines, content_end = find_boilerplate(v, text, lines)
    title_lines, body_start = find_title(v, lines, bp_lines)
    body = [
        ln
        for ln in lines[body_start:]
        if not ln.blank and ln.idx not in bp_lines and ln.cstart < content_end
    ]
    labels = labels_of(v)
    doc = Doc(source, document, v, labels, text, lines, body, boiler, content_end, title_lines)
    for _, body_pass in BODY_PASSES.pick(v.components.body_passes):
        doc.body = body_pass(doc, doc.body)
    if v.weights.layouts.number_glued_count:
        _glued_counts(doc)
    if v.weights.layouts.bare_item_names:
        _bare_item_names(doc)
    if v.weights.layouts.case_number_labels:
        _case_number_labels(doc)
    if v.weights.layouts.colon_numbers:
        _colon_numbers(doc)
    if v.weights.layouts.colon_numbers_go_on:
        _colon_numbers_go_on(doc)
    if v.weights.layouts.lost_numbers:
        _lost_numbers(doc)
    if v.weights.layouts.numbers_switch:
        _numbers_switch(doc)
    if v.weights.layouts.decimal_outline:
        _decimal_outline(doc)
    if v.weights.layouts.spoken_problem_ordinals:
        _spoken_problem_ordinals(doc)
    _number_problem_labels(doc)
    lw = v.weights.layouts
    if lw.renumbered_bodies:
        _renumbered_bodies(doc)
    for ln in doc.body:
        first = labels.line.match(text, ln.cstart, ln.end)  # read once for both kinds of label
        hit = _measure_label(labels, text, ln, first, lw.reply_labels, lw.measure_lead_ins)
        if hit is not None:
            doc.measure_labels[ln.idx] = hit
        elif (target := _target_label(first)) is not None:
            doc.target_labels[ln.idx] = target
        elif ln.marker is None:
            fields = line_fields(labels, text, ln.cstart, ln.end)
            if fields:
                doc.field_lines[ln.idx] = fields
    if lw.point_items:
        _point_items(doc)
    if lw.fault_points:
        _fault_points(doc)
    if lw.problem_dashes:
        _problem_dashes(doc)
    if lw.lines_before_labels:  # after the points (一是…): lines already marked are items already
        _lines_before_labels(doc)
    return doc


def _answer_line(doc: Doc, ln: Line | None) -> bool:
    """The line is an item's answer or one of its fields (整改情况：…, 整改时限：…)."""
    return ln is not None and (ln.idx in doc.measure_labels or ln.idx in doc.field_lines)


_LEAD_IN_END = "：:"  # a line ending in a colon leads in to what follows; it states no problem


def _lines_before_labels(doc: Doc) -> None:
    """Unnumbered lines each followed, past its field lines (整改时限：…), by a line opening on a
    measure label (落实情况：…) open findings, numbered by position, when every measure label's line
    has such a line before it, right after the answer of the item before, and there are two or more: a
    problem stated on a line of its own, then its answer under a label (第一条：…。 / 县方案第4项：…。
    then 整改情况：…). A heading or a detail line between them: the items are headed, not run on."""
    body = doc.body
    found: list[Line] = []
    for k, ln in enumerate(body):
        if ln.idx not in doc.measure_labels:
            continue
        j = k - 1
        while j >= 0 and body[j].idx in doc.field_lines:
            j -= 1
        before = body[j] if j >= 0 else None
        if before is None or before.marker is not None or before.idx in doc.measure_labels or before.idx in doc.target_labels:
            return  # a label under a heading, or one answer running on: the items are marked already
        if before.content.rstrip().endswith(tuple(_LEAD_IN_END)):
            return
        if found and not _answer_line(doc, body[j - 1] if j > 0 else None):
            return  # a heading or more text between two items: the lines are no run of items
        found.append(before)
    if len(found) < 2:
        return
    for n, ln in enumerate(found, start=1):
        ln.marker = Marker("problem_label", n, ln.cstart, ln.cstart, "")


def _point_items(doc: Doc) -> None:
    """Lines opening 一是…, 二是… in sequence, each followed by a measure's label line (整改情况：…), are
    numbered items whose answers are labelled, as 1.… 整改情况：… are (point_items)."""
    text, body = doc.text, doc.body
    found: list[tuple[Line, Marker]] = []
    for k, ln in enumerate(body[:-1]):
        if ln.marker is not None or body[k + 1].idx not in doc.measure_labels:
            continue
        mk = next(iter_item_markers(text, ln.cstart, ln.end), None)  # the 一是 family of the enumerators
        if mk is not None and mk.family == "shi" and mk.start == ln.cstart:
            found.append((ln, mk))
    if len(found) < 2 or [mk.value for _, mk in found] != list(range(1, len(found) + 1)):
        return
    for ln, mk in found:
        ln.marker = mk


def _fault_points(doc: Doc) -> None:
    """Paragraphs opening 一是…, 二是… in sequence with no numbered line among them, each stating a fault
    in its first sentence (一是个别事项衔接不够及时。…), are numbered items: a report that lists what was
    found as points, each a paragraph whose first sentence is the problem and whose rest tells what was
    done about it (fault_points). Not right under a heading or lead-in of problems (二、存在的问题 /
    还存在以下问题：), where the rest of each point tells more of its problem or an answer another
    reading pairs; nor where answers are labelled (整改情况：…). Each point is its one paragraph, so a
    closing paragraph after the last (以上问题，我们将…) is no answer of it."""
    if doc.measure_labels:
        return  # 一是… / 整改情况：…: labelled answers, read as such (point_items)
    text, body = doc.text, doc.body
    found: list[tuple[Line, Marker]] = []
    before: Line | None = None  # the line before the first point
    for ln in body:
        if ln.marker is not None:
            if found:
                return  # a numbered line among the points: they are a numbered item's own points
            before = ln
            continue
        mk = next(iter_item_markers(text, ln.cstart, ln.end), None)
        if mk is None or mk.family != "shi" or mk.start != ln.cstart:
            if not found and not ln.blank:
                before = ln
            continue
        if not found and before is not None and doc.role(before) == "problems":
            return  # 还存在以下问题：一是…: the points' rest tells more of each problem, no answer
        first = next(iter_sentences(text, mk.end, ln.end), (mk.end, ln.end))
        if doc.v.patterns.problem_words.search(text, *first) is None:
            return  # 一是压实责任。: points of what is done, not of what was found
        found.append((ln, mk))
    if len(found) < 2 or [mk.value for _, mk in found] != list(range(1, len(found) + 1)):
        return
    for ln, mk in found:
        ln.marker = mk
        doc.point_paragraphs.add(ln.idx)


def _renumbered_bodies(doc: Doc) -> None:
    """Numbered problems (问题一：…) each followed right away by a paragraph that carries the same number
    again in a family higher in the outline (问题一：… / 1.经过调查，…): the paragraph is the problem's
    body — it restates and answers it — and its number is read past, as a bullet is; two or more such
    pairs, and every numbered problem of the page one of them (renumbered_bodies)."""
    body = doc.body
    pairs: list[Line] = []
    problems = 0
    for k, ln in enumerate(body):
        mk = ln.marker
        if mk is None or mk.family != "problem_n":
            continue
        problems += 1
        nxt = body[k + 1] if k + 1 < len(body) else None
        below = nxt.marker if nxt is not None else None
        if below is None or below.value != mk.value or below.rank >= mk.rank or below.family == "problem_n":
            return
        pairs.append(nxt)  # type: ignore[arg-type]
    if problems < 2:
        return
    for ln in pairs:
        a = ln.body_start
        ln.cstart, ln.content, ln.marker = a, doc.text[a : ln.end], None


def _problem_dashes(doc: Doc) -> None:
    """Two or more lines opened by a list's dash (``- …``) right under a line that heads or leads in to
    problems (二、存在的问题及整改措施 / 发现了以下问题：) are those problems, numbered by position: a
    list with no numbers, each line a problem and, after it, what was done (problem_dashes)."""
    dashes = tuple(doc.v.words.list_dashes)
    if not dashes:
        return
    body, k = doc.body, 0
    while k < len(body):
        ln = body[k]
        k += 1
        if ln.content.startswith(dashes) or doc.role(ln) not in ("problems", "mixed"):
            continue
        run: list[Line] = []
        while k < len(body) and body[k].marker is None and body[k].content.startswith(dashes):
            run.append(body[k])
            k += 1
        if len(run) < 2:
            continue
        for n, item in enumerate(run, start=1):
            item.marker = Marker("problem_label", n, item.cstart, item.cstart + 1, item.content[:1])
            doc.dash_items.add(item.idx)


_BREAK_MIN = 8  # a stray letter this often, and more often than real breaks: it stands for them
_BREAK_AFTER = "。：:；;"  # a break follows a sentence or a lead-in more often than anything else
_ALONE_SHARE = 0.9


_NON_LATIN = re.compile("[\u0370-\u2e7f]")  # the letters _foreign reads, found by one scan


def _foreign(text: str, i: int) -> bool:
    """A letter of a non-Latin alphabet (Greek, Cyrillic …) at ``i``: part of a word, not a stray mark."""
    return 0 <= i < len(text) and text[i].isalpha() and "\u0370" <= text[i] < "\u2e80"


def letter_breaks(text: str) -> str:
    """``text`` with the letter a web page put for its paragraph marks (a Cyrillic or Greek capital
    between Han sentences and cells: …如下：Р1、…。Р2、…) read as line breaks, one for one; unchanged
    when no such letter stands there more often than real breaks do."""
    counts = Counter(ch for ch in _NON_LATIN.findall(text) if ch.isalpha())
    if not counts:
        return text
    letter, n = max(counts.items(), key=lambda kv: kv[1])
    if n < _BREAK_MIN or n <= text.count("\n"):
        return text
    # a stray letter: no letter of its own script beside it, and after a sentence's end at times
    at = [m.start() for m in re.finditer(re.escape(letter), text)]
    alone = sum(1 for i in at if not _foreign(text, i - 1) and not _foreign(text, i + 1))
    if alone < n * _ALONE_SHARE or not any(i > 0 and text[i - 1] in _BREAK_AFTER for i in at):
        return text
    return text.replace(letter, "\n")


# a paragraph's or a line's tag left in a page's text (<p class="…">, </p>, <br/>, <div>)
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|h[1-6]|tr|section)\b[^<>\n]{0,200}>", re.IGNORECASE)


# a closing tag whose ``<`` a mirror lost (…未清理干净、/p> 为更好地…): bare, right after the words
_CLIPPED_TAG = re.compile(r"(?<![<A-Za-z0-9/])/(?:p|div|li|h[1-6]|tr|section)>", re.IGNORECASE)


def html_breaks(text: str, clipped: bool = False) -> str:
    """``text`` with the paragraph tags a page left in it (``<p class="…">…</p> <p>…``) read as line
    breaks: the tag's first character a break, the rest spaces, so every offset stays. ``clipped``
    (html_clipped_tags): a closing tag that lost its ``<`` (``…干净、/p> 为更好地``) breaks too."""
    def blank(m: re.Match[str]) -> str:
        return "\n" + " " * (len(m.group()) - 1)

    text = _BLOCK_TAG.sub(blank, text)
    return _CLIPPED_TAG.sub(blank, text) if clipped else text


# a ``?`` standing for a character a mirror could not encode: right after a Han character (or another
# such mark) and right before a letter, where no question ends (龍?zhí)了…, 當?shù)乩…)
_LOST_CHAR = re.compile(r"(?<=[\u3400-\u9fff])[?？]+(?=[a-zA-Z\u00e0-\u01dc])")
LOST_CHAR_MARK = "\ufffd"  # the replacement character: one for one, so every offset stays


def lost_char_marks(text: str) -> str:
    """``text`` with each ``?`` that stands for a lost character inside a word read as the
    replacement character, which ends no sentence or clause."""
    return _LOST_CHAR.sub(lambda m: LOST_CHAR_MARK * len(m.group()), text)


# the second heading of a family, at a line's start: （二） after （一）, 二、 after 一、
_SECOND_PAREN = re.compile(r"(?m)^[ \t\u3000]*（[ \t\u3000]*二[ \t\u3000]*）")
_SECOND_DUN = re.compile(r"(?m)^[ \t\u3000]*二、")


def ocr_dash_numerals(v: Vocabulary, text: str) -> str:
    """``text`` with a scan's first heading numeral read as a dash (（—） for （一）, —、 for 一、, at a
    line's start: pattern ocr_dash_one) read as 一, where the second heading of its family follows it;
    one character for one, so every offset stays."""
    out = text
    for m in v.patterns.ocr_dash_one.finditer(text):
        group = "d" if m.group("d") is not None else "d2"
        second = _SECOND_PAREN if group == "d" else _SECOND_DUN
        if second.search(text, m.end()) is not None:
            at = m.start(group)
            out = out[:at] + "一" + out[at + 1 :]
    return out


def make_group(doc: Doc, line: Line) -> Group:
    return Group.cut(doc.document, line.cstart, line.end, marker=line.marker.text if line.marker else None)


def group_name(line: Line) -> tuple[int, int]:
    """Where a group heading's words stand (after its enumerator)."""
    return line.body_start, line.end
