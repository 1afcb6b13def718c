"""Layout rule ``paragraph_lists``: problems listed inside running text, as news items and notices
from the inspecting body write them, each answered by the response that follows.

    巡察也发现了一些问题，主要有：一是…；二是…；三是…。            (an enumerated list)
    马厂镇党委存在问题：A，B；C，D；E。                          (clauses split at ；)
    指出目前部分村存在未及时公示、公示信息转发少、模板不规范等问题   (a 、 list closed by 等问题)
    针对以上问题，检查组提出了整改意见，要求限期整改。             (the response)

A list is a statement of problems when a problem intro opens it (存在…问题：, 主要有：, 主要表现在：,
包括：) or, for a list inside a sentence, when it runs from 存在/发现/出现/涉及 to 等问题/等现象. Its items
are the findings. What answers them is the rest of the list's sentence and the sentences that follow
from the first that responds (针对以上问题, 要求, 强调, 意见, 希望 …) to the end of that paragraph (and
the next one when the response opens with a speaker's label: 肖逢春强调：). An enumerated response
with as many items (or cut by the end of the text) pairs by number; any other response is the
shared measure of every finding it answers. A summary list followed by its detailed enumeration
(…等问题。主要表现在：一是…) is read as the enumeration.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from checker.segment.document import Doc
from checker.segment.draft import Draft
from checker.segment.inline import glued_sections
from checker.segment.labels import label_kind
from checker.segment.layouts.base import LAYOUTS, LayoutResult
from checker.segment.pairing import Entry, likeness, pair
from checker.segment.spans import after_marks, before_marks, trim
from checker.text.enumerators import iter_item_markers, match_heading_marker
from checker.text.numerals import cn_to_int
from checker.text.sentences import FULL_STOP_SENTENCE_RE as _SENTENCE_RE

_MIN_ITEMS = 2
_CLAUSE_END_RE = re.compile(r"[。！？!?；;]")
_CLAUSE_OR_COMMA_RE = re.compile(r"[。！？!?；;，,]")
_FIRST_AFTER_COMMA_RE = re.compile(r"(?<=[，,])[ \t\u3000]*(?P<w>一是)")
_OPENING = 12  # a sentence that answers a list says so in its first words (并提出五点整改意见)
_FIRST_CLAUSE = 20  # … or in the clause after a short first one (我局高度重视，针对以上问题…)
_CLOSED = "。！？!?；;）)”\"…"  # a text whose last sentence ends so was not cut mid-sentence
_ENUMERATED = frozenset({"shi", "num", "cn_dun", "cn_paren", "num_paren", "circled", "ordinal", "sequence"})


@dataclass
class _Statement:
    items: list[tuple[int, int]]
    start: int  # where the statement (its intro) starts
    end: int  # where the list ends
    sentence_end: int  # where the sentence holding the list ends (its rest may answer the list)
    paragraph: int  # index of its paragraph
    enumerated: bool
    detail: bool = False  # opens with 主要表现在: it details the statement before it
    # (list_group_clauses) the area each item stands in, by its number in the run, and the areas'
    # labels (一是党的建设方面：): empty when the items are not grouped
    area_of: list[int] = field(default_factory=list)
    area_labels: list[tuple[int, int] | None] = field(default_factory=list)
    # (list_site_units) each item's own closing act (…，责令限期整改), where it has one
    own: list[tuple[int, int] | None] = field(default_factory=list)
    # (point_paragraph_runs) the run's points stand one a paragraph: a next-step paragraph answers it
    points: bool = False


def _paragraphs(doc: Doc) -> list[tuple[int, int]]:
    """The body's paragraphs: consecutive body lines with no line break between them are one (the
    inline cuts made several lines of one paragraph)."""
    out: list[tuple[int, int]] = []
    for ln in doc.body:
        if out and "\n" not in doc.text[out[-1][1] : ln.cstart]:
            out[-1] = (out[-1][0], ln.end)
        else:
            out.append((ln.cstart, ln.end))
    return out


def _opening_point(doc: Doc, a: int, b: int) -> int | None:
    """The value of the point (一是, 二是 …) that opens paragraph ``a:b``, if one does."""
    a, b = trim(doc.text, a, b)
    mk = next(iter_item_markers(doc.text, a, b), None)
    return mk.value if mk is not None and mk.start == a and mk.family == "shi" else None


def _finds_problems(doc: Doc, a: int, b: int) -> bool:
    """The last sentence of paragraph ``a:b`` finds problems (…但仍然存在一些薄弱环节。): an opener
    of problems, and it neither answers nor gives causes."""
    text, p = doc.text, doc.v.patterns
    a, b = trim(text, a, b)
    if a >= b:
        return False
    sa = max(a, max(text.rfind(c, a, b - 1) for c in "。！？") + 1)
    last = text[sa:b]
    if p.list_answer_intro.search(last) or p.list_cause_intro.search(last) or p.fix_heading.search(last):
        return False  # 针对…，采取了以下措施。: the points are its answers, not problems
    # 未发现重大隐患。: a negated finding opens no list
    return p.list_problem_intro.search(last) is not None or _opener(doc, sa, b) is not None


def _point_paragraphs(doc: Doc, paragraphs: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], set[int]]:
    """With point_paragraph_runs: a paragraph that finds problems, then paragraphs each opened by
    the next point (一是…。 / 二是…。), read as one paragraph, so that the points are a run as if
    written inline. Returns the paragraphs and the starts of those joined."""
    out: list[tuple[int, int]] = []
    joined: set[int] = set()
    k = 0
    while k < len(paragraphs):
        j = k + 1
        while j < len(paragraphs) and _opening_point(doc, *paragraphs[j]) == j - k:
            j += 1
        if j - k - 1 >= _MIN_ITEMS and _finds_problems(doc, *paragraphs[k]):
            out.append((paragraphs[k][0], paragraphs[j - 1][1]))
            joined.add(paragraphs[k][0])
            k = j
            continue
        out.append(paragraphs[k])
        k += 1
    return out, joined


def _marker_runs(doc: Doc, a: int, b: int) -> list[list[tuple[int, int, int]]]:
    """(value, start, end) of the enumerators of each run in sequence in ``text[a:b]``, one run per
    family, the sequence words (首先, 其次 …) included; the earliest first."""
    text = doc.text
    found: dict[str, list[tuple[int, int, int]]] = {}
    for mk in iter_item_markers(text, a, b):
        if mk.family in _ENUMERATED:
            found.setdefault(mk.family, []).append((mk.value, mk.start, mk.end))
    shi = found.get("shi", [])
    if shi and min(shi, key=lambda m: m[1])[0] == 2:
        # …指出了以下问题，一是…；二是…: a first item after a comma, whose second opens a sentence
        second = min(shi, key=lambda m: m[1])[1]
        first = _FIRST_AFTER_COMMA_RE.search(text, a, second)
        if first is not None:
            shi.append((1, first.start("w"), first.end()))
    num = found.get("num", [])
    if num and doc.v.weights.layouts.list_glued_first:
        _glued_first(text, a, num)
    words = doc.v.words.sequence_words
    seq = doc.v.patterns.sequence_marker
    order = [(m.start("w"), m.end()) for m in seq.finditer(text, a, b)]
    if len(order) >= _MIN_ITEMS and text.startswith(words[0], order[0][0]):  # 首先 opens the run
        found["sequence"] = [(i + 1, s, e) for i, (s, e) in enumerate(order) if text[s : s + 2] in words]
    restarts = doc.v.weights.layouts.list_restarts_per_intro
    runs: list[list[tuple[int, int, int]]] = []
    for marks in found.values():
        run: list[tuple[int, int, int]] = []
        for value, s, e in sorted(marks, key=lambda m: m[1]):
            if run and value == run[-1][0] + 1:
                run.append((value, s, e))
            elif value == 1 and len(run) < _MIN_ITEMS:
                run = [(value, s, e)]
            elif value == 1 and restarts:
                runs.append(run)  # a second list begins (one per site): read it too
                run = [(value, s, e)]
            elif value == 1:
                break  # a second list begins: the first one is over
        if len(run) >= _MIN_ITEMS:
            runs.append(run)
    return sorted(runs, key=lambda r: r[0][1])


def _glued_first(text: str, a: int, num: list[tuple[int, int, int]]) -> None:
    """With list_glued_first: a run that opens at 2. whose 1. a page glued to the words before it, no
    mark between (…检查发现的主要问题1.技术层面…。2.管理层面…。3.…): the last 1. written as the 2. is,
    between two Han characters, before the 2., is the first item."""
    value, second, end = min(num, key=lambda m: m[1])
    if value != 2 or end - second < 2 or not text[second].isdigit():
        return
    mark = text[second + 1 : end].strip()
    if not mark:
        return
    first = None
    for m in re.finditer(rf"(?<=[\u4e00-\u9fff])1{re.escape(mark)}(?=[\u4e00-\u9fff])", text[a:second]):
        first = m
    if first is not None:
        num.append((1, a + first.start(), a + first.end()))


_COMMA_SHI_RE = re.compile(r"(?<=[，,：:])[ \t\u3000]*(?P<w>(?P<n>[一二三四五六七八九])是)")
_COMMA_RUN_MIN = 3  # two comma points may be one sentence's sub-points; three make a list
_NUMERALS = "一二三四五六七八九"


def _comma_run(doc: Doc, a: int, b: int, paragraphs: list[tuple[int, int]], pi: int) -> list[tuple[int, int, int]]:
    """With list_comma_runs: 一是…，二是…，三是… written after commas in one sentence, from 一是 on
    and in sequence, as the run of a list — only when an answer follows the sentence (督查组要求…,
    下步要求), for a speaker's points after commas (要求，一是要…，二是要…) answer nothing."""
    if not doc.v.weights.layouts.list_comma_runs:
        return []
    run: list[tuple[int, int, int]] = []
    for m in _COMMA_SHI_RE.finditer(doc.text, a, b):
        value = _NUMERALS.index(m.group("n")) + 1
        if value == len(run) + 1 and not any(c in doc.text[run[-1][2] if run else m.start() : m.start()] for c in "。！？"):
            run.append((value, m.start("w"), m.end()))
        elif run:
            break
    if len(run) < _COMMA_RUN_MIN:
        return []
    stop = next((k + 1 for k in range(run[-1][2], b) if doc.text[k] in "。！？"), b)
    if _answered_at(doc, stop, paragraphs, pi) or _committed_run(doc, a, run, stop):
        return run
    return run if _introduced_run(doc, a, run, stop) else []


def _introduced_run(doc: Doc, a: int, run: list[tuple[int, int, int]], stop: int) -> bool:
    """With list_comma_runs_introduced: the run's own sentence opens on a problem intro (存在的问题有
    以下几个方面：一是…，二是…) that calls them problems, or one of its points states a fault or what
    is still wanting (an intro such as 主要有： vouches for the others, however they are worded): the
    run lists problems, though nothing answers them (an inspector's notice of what it found)."""
    if not doc.v.weights.layouts.list_comma_runs_introduced:
        return False
    text = doc.text
    lead = max(text.rfind(c, a, run[0][1]) for c in "。！？") + 1 or a
    intro = doc.v.patterns.list_problem_intro.search(text, max(a, lead), run[0][1])
    if intro is None:
        return False
    if doc.v.patterns.intro_names_problems.search(intro.group()):
        return True  # the intro names its points problems (问题有以下几方面：): so they are
    ends = [s for _, s, _ in run[1:]] + [stop]
    points = [(e, end) for (_, _, e), end in zip(run, ends, strict=True)]
    wanting = doc.v.patterns.contrast_fault
    return any(_faulty(doc, s, e, lacks=True) or wanting.search(text, s, e) is not None for s, e in points)


def _committed_run(doc: Doc, a: int, run: list[tuple[int, int, int]], stop: int) -> bool:
    """With list_writer_commitment: the run's own sentence opens on a problem intro (但也存在一些问题：
    一是…) and the next sentence is the writer's commitment (我们将继续…): the run lists problems."""
    if not doc.v.weights.layouts.list_writer_commitment:
        return False
    text = doc.text
    lead = max(text.rfind(c, a, run[0][1]) for c in "。！？") + 1 or a
    if doc.v.patterns.list_problem_intro.search(text, max(a, lead), run[0][1]) is None:
        return False
    return _commitment(doc, stop, doc.content_end) is not None


def _commitment(doc: Doc, at: int, end: int) -> tuple[int, int] | None:
    """The sentence at ``at`` to its paragraph's end, when the sentence is the writer's commitment."""
    text = doc.text
    a, b = trim(text, at, end)
    brk = text.find("\n", a, b)
    b = trim(text, a, brk)[1] if brk >= 0 else b
    if a >= b or doc.v.patterns.writer_commitment.match(text, a, b) is None:
        return None
    return a, b


def _markers(doc: Doc, a: int, b: int) -> list[tuple[int, int, int]]:
    """The first run in sequence of ``_marker_runs``, or none."""
    runs = _marker_runs(doc, a, b)
    return runs[0] if runs else []


def _faulty(doc: Doc, a: int, b: int, lacks: bool = False, observed: bool = False) -> bool:
    """``text[a:b]`` states a fault (不到位, 未…), or with ``lacks`` a lack (无卫生许可证), or with
    ``observed`` a fault seen (乱堆乱放, 私搭乱建) without 不/未."""
    p = doc.v.patterns
    if observed and p.observed_fault.search(doc.text, a, b) is not None:
        return True
    return p.problem_words.search(doc.text, a, b) is not None or (lacks and p.absence_words.search(doc.text, a, b) is not None)


def _mostly_faulty(doc: Doc, items: list[tuple[int, int]], lacks: bool = False) -> bool:
    """More than half of ``items`` state a fault (with ``lacks``, a lack counts as one)."""
    return 2 * sum(_faulty(doc, a, b, lacks) for a, b in items) > len(items)


def _split(doc: Doc, a: int, b: int, colon: bool, lacks: bool = False, observed: bool = False) -> list[tuple[int, int]]:
    """The items of a list written in ``text[a:b]``: at ；, else at whichever of 、 and ， (the
    latter only after a colon or 如) makes more items — 、 joins clauses in 《A、B、C》 lists and words
    inside one clause alike, so the separator that cuts the list into the most items is its own.
    With ``lacks`` an item that states a lack (无…) counts as a fault."""
    text = doc.text
    best: list[tuple[int, int]] = []
    outer = not colon and doc.v.weights.layouts.list_comma_outer and _comma_outer(text, a, b)
    parting = not colon and not outer and _commas_part_clauses(doc, a, b)
    for sep in ("；", "、", "，"):
        if sep not in text[a:b] or (sep == "，" and not colon and not outer and not parting) or (sep == "、" and outer):
            continue
        out, pos = [], a
        for i in range(a, b):
            if text[i] == sep:
                out.append(trim(text, pos, i))
                pos = i + 1
        out.append(trim(text, pos, b))
        items = [(s, e) for s, e in out if e - s >= 2]
        units = sep == "，" and doc.v.weights.layouts.list_unit_clauses and _unit_led(doc, items)
        if units:
            items = _unit_clauses(doc, items)
        if sep == "、" and _dun_across_commas(doc, items):
            continue
        if sep == "、" and items and doc.v.weights.layouts.list_final_conjunction:
            items = items[:-1] + _final_conjunction(doc, *items[-1])
        if len(items) < _MIN_ITEMS:
            continue
        if sep == "；":
            return items
        # Nouns sharing one predicate (棚户区改造、房屋征收信息更新较慢) are one problem: a list of
        # problems at 、 or ， has a problem in most of its items.
        if 2 * sum(_faulty(doc, s, e, lacks, observed) for s, e in items) < len(items):
            continue
        if len(items) > len(best):
            best = items
            if sep == "，" and doc.v.weights.layouts.comma_items_cut_faults and not outer and not units and not parting:
                best = [part for s, e in items for part in _faults_at_dun(doc, s, e)]
    return best


_PARTED_MIN = 3  # clauses at ， that make a list of their own: two may be one fault and its effect


def _commas_part_clauses(doc: Doc, a: int, b: int) -> bool:
    """With list_commas_part_clauses: a list between its opener and 等问题 written at ， whose 、 join
    words inside some clauses only (审计发现A落实不到位，B认定不精准、超标准，C未招投标等问题): the pieces at 、
    cross the commas (:func:`_dun_across_commas`), so the commas, three pieces or more, part the list."""
    if not doc.v.weights.layouts.list_commas_part_clauses or "；" in doc.text[a:b] or "、" not in doc.text[a:b]:
        return False
    if len(_pieces_at(doc.text, a, b)) < _PARTED_MIN:
        return False
    dun = [(s, e) for s, e in (trim(doc.text, *span) for span in _pieces_at(doc.text, a, b, "、")) if e - s >= 2]
    crossed = sum(1 for s, e in dun if "，" in doc.text[s:e])
    return len(dun) >= _MIN_ITEMS and 2 * crossed >= len(dun)


def _dun_across_commas(doc: Doc, items: list[tuple[int, int]]) -> bool:
    """With list_dun_across_commas: pieces at 、 of which half or more hold a ， (A库区发现烟头、
    纱窗破损，B库区…): the commas part the clauses, so 、 cuts words of one clause, never the list."""
    if not doc.v.weights.layouts.list_dun_across_commas or len(items) < _MIN_ITEMS:
        return False
    crossed = sum(1 for s, e in items if "，" in doc.text[s:e])
    return 2 * crossed >= len(items)


def _led(doc: Doc, items: list[tuple[int, int]]) -> list[bool]:
    """Which of ``items`` open on a unit's name (B公司库区…)."""
    opener = doc.v.patterns.list_unit_opener
    return [opener.match(doc.text, s, e) is not None for s, e in items]


def _unit_led(doc: Doc, items: list[tuple[int, int]]) -> bool:
    """Clauses at ， most of which open on a unit's name, the first among them, and some not
    (A公司…，B公司…，C公司未制定…，无…记录): a list of units, told one unit an item (list_unit_clauses)."""
    led = _led(doc, items)
    return bool(led) and led[0] and 2 * sum(led) > len(items) and not all(led)


def _unit_clauses(doc: Doc, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A unit-led list's items (:func:`_unit_led`): a clause naming no unit tells more of the unit
    before it, so it goes on that unit's item; a unit's faults joined at 、 stay one item."""
    led = _led(doc, items)
    out: list[tuple[int, int]] = []
    for (s, e), own in zip(items, led, strict=True):
        if own:
            out.append((s, e))
        else:
            out[-1] = (out[-1][0], e)
    return out


_FAULT_PHRASE = 4  # the shortest clause that states a fault on its own (设施缺失)


def _final_conjunction(doc: Doc, a: int, b: int) -> list[tuple[int, int]]:
    """The last item of a 、 list joined at 以及 (…、B未安装防护措施以及C不便): two problems when the
    part before the word states a fault of its own, as a list's other items do; one otherwise (A以及B
    管理不到位: nouns sharing one predicate) (list_final_conjunction)."""
    conj = doc.v.patterns.list_final_conjunction
    m = conj.search(doc.text, a, b)
    if m is None or conj.search(doc.text, m.end(), b) is not None:
        return [(a, b)]
    first, last = trim(doc.text, a, m.start()), trim(doc.text, m.end(), b)
    if first[1] - first[0] < _FAULT_PHRASE or last[1] - last[0] < 2 or not _faulty(doc, *first):
        return [(a, b)]
    return [first, last]


def _comma_outer(text: str, a: int, b: int) -> bool:
    """A list written at ， whose every piece joins words at 、 (A、B，C、D，E、F等问题): the comma
    parts the list's items, 、 the parts of one item (list_comma_outer)."""
    if "；" in text[a:b] or "，" not in text[a:b]:
        return False
    pieces = text[a:b].split("，")
    return len(pieces) >= _MIN_ITEMS and all("、" in piece for piece in pieces)


def _faults_at_dun(doc: Doc, a: int, b: int) -> list[tuple[int, int]]:
    """A problem of a list at ， that joins two or more at 、, each stating a fault of its own
    (A意识有差距、B整改不彻底), is that many problems; nouns sharing one predicate (A、B不到位) stay
    one (comma_items_cut_faults)."""
    parts = [trim(doc.text, s, e) for s, e in _pieces_at(doc.text, a, b, "、")]
    if len(parts) < _MIN_ITEMS or not all(e - s >= 2 and _faulty(doc, s, e) for s, e in parts):
        return [(a, b)]
    return parts


_PHRASE_MAX = 16  # a problem named in a phrase, not a clause with its own causes and effects


def _comma_phrases(doc: Doc, a: int, b: int) -> list[tuple[int, int]]:
    """存在A不规范，B瑕疵，C不规范等问题: short phrases at ， with no 、 among them, most stating a
    fault — the list of a sentence that names its problems at commas. With list_closed_phrases one
    fault is enough: the 等 that closes the list says its phrases are all of a kind (草坪需要清理，
    绿植需要修剪，地砖破损等), however the others are worded."""
    if "、" in doc.text[a:b]:
        return []
    items = [(s, e) for s, e in (trim(doc.text, *span) for span in _pieces_at(doc.text, a, b)) if e - s >= 2]
    if len(items) < _MIN_ITEMS or any(e - s > _PHRASE_MAX for s, e in items):
        return []
    if doc.v.weights.layouts.list_closed_phrases:
        return items if any(_faulty(doc, s, e) for s, e in items) else []
    return items if _mostly_faulty(doc, items) else []


def _pieces_at(text: str, a: int, b: int, sep: str = "，") -> list[tuple[int, int]]:
    """``text[a:b]`` cut at each ``sep`` (the marks left out), empty pieces kept."""
    out, pos = [], a
    for i in range(a, b):
        if text[i] == sep:
            out.append((pos, i))
            pos = i + 1
    out.append((pos, b))
    return out


def _clauses(doc: Doc, a: int, b: int) -> list[tuple[int, int]]:
    """``text[a:b]`` cut at ；。！？ into its clauses (closing marks left out), the empty ones dropped."""
    out: list[tuple[int, int]] = []
    pos = a
    for m in re.finditer(r"[；;。！？!?]", doc.text[a:b]):
        out.append(trim(doc.text, pos, a + m.start()))
        pos = a + m.end()
    out.append(trim(doc.text, pos, b))
    return [(s, e) for s, e in out if e - s >= 2]


def _group_clauses(doc: Doc, a: int, b: int) -> tuple[list[tuple[int, int]], tuple[int, int] | None]:
    """An item headed by its area (一是党的建设方面：a；b；c。) is a group: its clauses at ； are
    the findings, and its label the group's. Any other item is itself, one finding."""
    mk = next((m for m in iter_item_markers(doc.text, a, b) if m.start == a), None)
    body = trim(doc.text, mk.end if mk is not None else a, b)[0]
    label = doc.v.patterns.list_group_label.match(doc.text, body, b)
    if label is None:
        # 1.技术层面服务器弱口令问题：a；漏洞修复滞后：b。: the area glued to its first item's title
        glued = doc.v.patterns.list_group_glued.match(doc.text, body, b)
        if glued is None:
            return [(a, b)], None
        name, after = (body, glued.end()), glued.end()
    else:
        name, after = (body, label.end() - 1), label.end()  # the label without its colon
    parts = _clauses(doc, after, b)
    if len(parts) < _MIN_ITEMS or "；" not in doc.text[after:b]:
        return [(a, b)], None
    return parts, name


def _grouped(doc: Doc, items: list[tuple[int, int]]) -> _Statement | None:
    """The run's items split into their areas' clauses (a statement holding only the items and
    their areas), or None when no item is an area of clauses."""
    st = _Statement([], 0, 0, 0, 0, False)
    for k, (a, b) in enumerate(items):
        parts, label = _group_clauses(doc, a, b)
        st.items += parts
        st.area_of += [k] * len(parts)
        st.area_labels.append(label)
    return st if any(st.area_labels) else None


def _sentence_stop(text: str, sa: int, sb: int) -> int:
    """Where a sentence's words end, before its closing marks."""
    while sb > sa and text[sb - 1] in "。！？!?\n \t\u3000":
        sb -= 1
    return sb


def _referred_list(doc: Doc, sa: int, sb: int, pb: int) -> list[tuple[int, int]]:
    """A sentence of faults that the next sentence refers back to (…。鉴于上述情况，…/针对以上问题，…):
    its clauses are the problems, each at ，/；/、 where most state a fault or a lack. With
    list_referred_by_causes, a next sentence on their causes (究其原因，…) refers back to clauses at ；."""
    text, p = doc.text, doc.v.patterns
    nxt, stop = trim(text, sb, pb)[0], _sentence_stop(text, sa, sb)
    if nxt >= pb:
        return []
    if p.list_back_reference.match(text, nxt, pb) is not None:
        if doc.v.weights.layouts.list_referred_from_opener:
            sa = _after_lead_in(doc, sa, stop)
        return _split(doc, sa, stop, colon=True, lacks=True)
    if not doc.v.weights.layouts.list_referred_by_causes or p.list_cause_reference.match(text, nxt, pb) is None:
        return []
    if "；" not in text[sa:stop]:
        return []  # only clauses at ； are surely problems one by one; a comma may cut one in two
    items = _split(doc, sa, stop, colon=True, lacks=True)
    return items if _mostly_faulty(doc, items, lacks=True) else []


def _after_lead_in(doc: Doc, sa: int, stop: int) -> int:
    """Where a sentence's list starts: after 发现 that opens a clause of its own, when the clause
    before it states no fault (在检查中，发现A，B，C: the lead-in is none of the items); else ``sa``."""
    text = doc.text
    found = doc.v.patterns.list_found_opener.search(text, sa, stop)
    if found is None:
        return sa
    lead = text[sa : found.start()].rstrip(" \t\u3000")
    if not lead.endswith(("，", ",")) or any(c in lead for c in "；;：:") or _faulty(doc, sa, found.start(), lacks=True):
        return sa
    return found.end()


def _answered_at(doc: Doc, at: int, paragraphs: list[tuple[int, int]], pi: int) -> bool:
    """The sentence at ``at`` (or, at its paragraph's end, the next paragraph) opens with an answer."""
    a, end = trim(doc.text, at, paragraphs[pi][1])
    if a >= end:
        if pi + 1 >= len(paragraphs):
            return False
        a, end = paragraphs[pi + 1]
    return _opens_answer(doc, a, end)


def _found_clauses(
    doc: Doc, found_end: int, sb: int, paragraphs: list[tuple[int, int]], pi: int
) -> tuple[list[tuple[int, int]], int]:
    """发现 A；B。C。 with no 等问题 to close it: its clauses at ；/。, from the verb to the sentence
    before the first that answers (or the paragraph's end), are the problems when each states a
    fault and an answer follows. The items and where the list ends; none when the form is not met."""
    text, pb = doc.text, paragraphs[pi][1]
    end = sb
    causes = doc.v.weights.layouts.list_ends_at_causes
    for m in _SENTENCE_RE.finditer(text, sb, pb):
        if _opens_answer(doc, m.start(), m.end()):
            break
        if causes and doc.v.patterns.list_cause_intro.search(text, m.start(), min(m.end(), m.start() + _OPENING)):
            break  # 原因主要有：… the causes follow the problems; they are none of them
        end = m.end()
    if doc.v.patterns.list_close.search(text, found_end, end) is not None:
        return [], end  # …但也存在A；B等问题。: a list of its own, closed, read as such
    items = _clauses(doc, found_end, end)
    if len(items) < _MIN_ITEMS or not all(_faulty(doc, s, e) for s, e in items) or not _answered_at(doc, end, paragraphs, pi):
        return [], end
    return items, end


def _found_dun_clause(doc: Doc, a: int, sb: int) -> tuple[list[tuple[int, int]], int]:
    """With list_found_dun_clause: ``检查发现，所有站点均A、B、C；…`` — the clause right after 发现, to its
    ； or the sentence's end, with no comma of its own, cut at 、 into three or more pieces most of which
    state a fault (a fault seen counts), none telling of a fix: the pieces are the problems, and the list
    ends with that clause. The items and where the list ends; none when the form is not met."""
    text = doc.text
    stop = _sentence_stop(text, a, sb)
    semi = _CLAUSE_END_RE.search(text, a, stop)
    end = semi.start() if semi is not None else stop
    if _CLAUSE_OR_COMMA_RE.search(text, a, end) is not None or "、" not in text[a:end]:
        return [], sb
    items = [(s, e) for s, e in (trim(text, *span) for span in _pieces_at(text, a, end, "、")) if e - s >= 2]
    if len(items) < _DUN_CLAUSE_MIN or 2 * sum(_faulty(doc, s, e, observed=True) for s, e in items) <= len(items):
        return [], sb
    if any(doc.v.patterns.measure_done.search(text, s, e) for s, e in items):
        return [], sb  # …A已更换、B已修复: each told with its fix
    if "等" in text[items[-1][0] : items[-1][1]]:
        return [], sb  # …E有差距等“五有”问题: a close of its own, not one the list readers know
    return items, (semi.end() if semi is not None else sb)


_DUN_CLAUSE_MIN = 3  # two pieces at 、 may be two nouns of one fault (棚户区改造、房屋征收滞后)


def _opens_answer(doc: Doc, a: int, b: int) -> bool:
    """Sentence ``a:b`` opens with an answer: a response word in its opening; with
    list_ends_at_inspector_act, the inspecting party acting (检查组现场对2家企业下达…), however late in
    its first clause the act stands; with list_answer_after_basis, the rule its act rests on, then
    the act (监督员依据《消防法》相关规定，责令…)."""
    text, p, lw = doc.text, doc.v.patterns, doc.v.weights.layouts
    if p.list_response.search(text, a, min(b, a + _OPENING)) is not None:
        return True
    start = trim(text, a, b)[0]
    return (lw.list_ends_at_inspector_act and p.inspector_act.match(text, start, b) is not None) or (
        lw.list_answer_after_basis and p.basis_act.match(text, start, b) is not None
    )


_HAN_RE = re.compile(r"[\u4e00-\u9fff]")


def _worded(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` holds words, not only a page's residue (</p>) or marks."""
    return len(_HAN_RE.findall(text, a, b)) >= 2


def _site_clauses(doc: Doc, sa: int, sb: int) -> list[tuple[int, int]]:
    """``岗阳村发现A、B等现象；榕树村存在C；协和村发现D。``: clauses that each open with who or where
    (2 to 12 characters) and 存在/发现 what was found there, the clauses after one without a site of
    its own (，同时，…) going with it. One finding a site; none unless two sites name something and
    most state a fault."""
    text, p = doc.text, doc.v.patterns
    stop = _sentence_stop(text, sa, sb)
    if p.list_problem_intro.search(text, sa, stop):
        return []  # 马厂镇党委存在问题：A，B；…: each site introduces a list of its own
    starts: list[int] = []
    for m in p.list_site_opener.finditer(text, sa, stop):
        if doc.v.weights.layouts.site_clauses_end_at_answer and p.list_response.match(text, m.start("site")):
            stop = before_marks(text, m.start("site"))  # ，针对存在问题已下发…: the answer, no site
            break
        if doc.v.weights.layouts.list_opener_question and m.group("site").endswith(tuple(doc.v.words.checked_before_opener)):
            continue  # ，是否存在脱岗现象: what was checked, no site's finding
        clause_end = _CLAUSE_OR_COMMA_RE.search(text, m.end(), stop)
        found = text[m.end() : clause_end.start() if clause_end else stop]
        if p.list_site_intro.search(found) is None:  # 检查发现， / 存在一些问题，: no site's finding
            starts.append(m.start("site"))
    if len(starts) < _MIN_ITEMS:
        return []
    ends = [trim(text, a, a)[0] - 1 for a in starts[1:]] + [stop]
    items = [trim(text, a, e) for a, e in zip(starts, ends, strict=True)]
    return items if _mostly_faulty(doc, items, lacks=True) else []


_SITE_UNITS_MIN = 3  # two sentences opening on a name may be chance; three are a site-by-site list
_UNIT_RE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]*")


def _site_units(doc: Doc, sa: int, pb: int) -> _Statement | None:
    """``A工地，黄土裸露，道路泥土较多。B小学，防尘网破损。C地块，基坑坡道未硬化。``: three or more
    sentences or ；-clauses in a row, each opening with a bare name (no verb, no fault of its own)
    and a comma, then what is wrong there — an inspecting body's site-by-site list (list_site_units).
    Each is one finding; a unit that closes on an act taken against the site (…，责令限期整改 /
    …，临时查封: site_act) has that clause for its own measure."""
    text, p = doc.text, doc.v.patterns
    items: list[tuple[int, int]] = []
    own: list[tuple[int, int] | None] = []
    end = sa
    for m in _UNIT_RE.finditer(text, sa, pb):
        ua, ub = trim(text, m.start(), _sentence_stop(text, m.start(), m.end()))
        ub = before_marks(text, ub, ua)
        name = p.site_name.match(text, ua, ub)
        if name is None or p.problem_words.search(name.group("site")):
            break
        act = _site_act(doc, name.end(), ub)
        if act is None and not _faulty(doc, name.end(), ub, lacks=True):
            break  # an act taken against the site (临时查封) vouches for its fault
        items.append((ua, before_marks(text, act[0], ua) if act else ub))
        own.append(act)
        end = m.end()
    if len(items) < _SITE_UNITS_MIN:
        return None
    return _Statement(items, sa, end, end, -1, False, own=own)


def _requirement_tails(doc: Doc, st: _Statement) -> list[tuple[int, int] | None]:
    """With list_item_requirements: a list nothing answers whose items mostly end by saying what
    each needs (一是档案资料需进一步完善，二是绿化带要及时修剪): each such item's tail from the
    requirement word on is its measure, the words before it what falls short. Fewer than half: none."""
    if not doc.v.weights.layouts.list_item_requirements:
        return []
    text, tail = doc.text, doc.v.patterns.item_requirement_tail
    out: list[tuple[int, int] | None] = []
    for a, b in st.items:
        b = before_marks(text, b, a)
        m = tail.search(text, a + _TAIL_AFTER, b)
        out.append((m.start(), b) if m is not None and _HAN_RE.search(text, a, m.start()) else None)
    return out if 2 * sum(t is not None for t in out) >= len(out) else []


_TAIL_AFTER = 2  # what falls short is named in two characters at least (卫生要进一步打扫)


def _site_act(doc: Doc, a: int, b: int) -> tuple[int, int] | None:
    """The last clause of a site's unit when it is an act taken against the site (责令限期整改)."""
    cut = max(doc.text.rfind(c, a, b) for c in "，,")
    if cut < 0 or doc.v.patterns.site_act.match(doc.text, cut + 1, b) is None:
        return None
    return trim(doc.text, cut + 1, b)


def _intro_sentences(doc: Doc, sa: int, after: int, paragraphs: list[tuple[int, int]], pi: int) -> _Statement | None:
    """``发现的问题有：A。B。C。`` then a paragraph that answers: an intro ending in a colon whose own
    sentence is no list; the sentences after it to the paragraph's end (or the first that answers or
    gives causes) are its problems, one each. None when the form is not met."""
    text, p, pb = doc.text, doc.v.patterns, paragraphs[pi][1]
    if text[after - 1] not in "：:":
        return None
    items: list[tuple[int, int]] = []
    end = after
    for m in _SENTENCE_RE.finditer(text, after, pb):
        opening = (m.start(), min(m.end(), m.start() + _OPENING))
        if items and (p.list_response.search(text, *opening) or p.list_cause_intro.search(text, *opening)):
            break
        if _worded(text, m.start(), m.end()):
            items.append(trim(text, m.start(), _sentence_stop(text, m.start(), m.end())))
            end = m.end()
    if not _worded(text, end, pb):
        end = pb  # only residue (</p>) after the last sentence: the list runs to the paragraph's end
    if len(items) < _MIN_ITEMS or not _answered_at(doc, end, paragraphs, pi) or _labelled_next(doc, end, paragraphs, pi):
        return None
    return _Statement(items, sa, end, end, pi, False)


def _semicolon_clauses(doc: Doc, sa: int, opened: int, a: int, sb: int) -> list[tuple[int, int]]:
    """``检查中发现A；B；C。``: a sentence that opens by saying what was found, then lists it in
    clauses at ；, most stating a problem, with no 等问题 to close the list: the clauses are its items."""
    text = doc.text
    if any(c in text[sa:opened] for c in "，,；;"):
        return []  # the finding is not what the sentence opens with
    b = _sentence_stop(text, a, sb)
    if "；" not in text[a:b]:
        return []
    items = [(s, e) for s, e in _split(doc, a, b, colon=False) if e > s]
    if len(items) < _MIN_ITEMS or not _mostly_faulty(doc, items):
        return []
    if any(doc.v.patterns.measure_done.search(text, s, e) for s, e in items):
        return []  # …现象，已及时更新；…: problems each told with its answer, not a list
    return items


def _list_end(doc: Doc, last: int, end: int) -> int:
    """Where an enumerated list ends in its paragraph: after its last item's sentence when a later
    sentence of the paragraph answers it (并提出五点整改意见：…), else at the paragraph's end."""
    text, p = doc.text, doc.v.patterns
    for k in range(last, end):
        if text[k] not in "。！？":
            continue
        opening = (k + 1, min(end, k + 1 + _OPENING))
        if p.list_response.search(text, *opening) is not None:
            return k + 1
        if doc.v.weights.layouts.list_ends_at_answer_clause and _answers_in_second_clause(doc, k + 1, end):
            return k + 1
        if doc.v.weights.layouts.list_ends_at_causes and p.list_cause_intro.search(text, *opening) is not None:
            return k + 1  # 问题的主要原因是：… the causes follow; they are not the last problem's text
        if doc.v.weights.layouts.list_ends_at_new_intro and _new_intro(doc, k + 1, end):
            return k + 1  # 个人业务主要问题集中在…：其一，… another list begins; the last item is over
        if _refers_back(doc, k + 1, end):
            return k + 1  # 以上情况已责令…: what was done about the list, not its last problem
        if doc.v.weights.layouts.list_writer_commitment and _commitment(doc, k + 1, end) is not None:
            return k + 1  # 我们将继续…: what the writer will do about the list, not its last problem
    return end


def _new_intro(doc: Doc, at: int, end: int) -> bool:
    """The sentence at ``at`` opens another list of problems: its first clause names them and ends on a
    colon (list_ends_at_new_intro)."""
    a = trim(doc.text, at, end)[0]
    return a < end and doc.v.patterns.list_new_intro.match(doc.text, a, end) is not None


def _refers_back(doc: Doc, at: int, end: int) -> bool:
    """The sentence at ``at`` opens by referring back to what stands before it (以上情况，上述问题)."""
    if not doc.v.weights.layouts.list_closed_by_reference:
        return False
    a = trim(doc.text, at, end)[0]
    return a < end and doc.v.patterns.list_back_reference.match(doc.text, a, end) is not None


def _answers_in_second_clause(doc: Doc, a: int, end: int) -> bool:
    """``学校十分重视免费午餐工作，针对本次稽核发现的问题…``: a short first clause (the writer taking
    the problems seriously), then a clause that opens by answering them."""
    text = doc.text
    comma = next((i for i in range(a, min(end, a + _FIRST_CLAUSE)) if text[i] in "，,"), None)
    if comma is None or any(c in text[a:comma] for c in "。！？；;"):
        return False
    b, _ = trim(text, comma + 1, end)
    m = doc.v.patterns.list_response.match(text, b, end)
    return m is not None


def _labelled_next(doc: Doc, at: int, paragraphs: list[tuple[int, int]], pi: int) -> bool:
    """A measure label (整改措施：) follows, in the paragraph or at the start of the next: the problems
    before it are one labelled finding, read by the labelled layout, not a list."""
    end = paragraphs[pi][1]
    a, _ = trim(doc.text, at, end)
    if a >= end and pi + 1 < len(paragraphs):
        a, end = paragraphs[pi + 1]
    m = doc.labels.line.match(doc.text, a, end)
    return m is not None and label_kind(m) == "measure"


_LINE_SENTENCE = 80  # a site's problem stated in a line of its own: one short sentence


def _one_sentence(doc: Doc, a: int, b: int) -> bool:
    a, b = trim(doc.text, a, b)
    return 0 < b - a <= _LINE_SENTENCE and not _CLAUSE_END_RE.search(doc.text, a, b - 1) and match_heading_marker(doc.text, a, b) is None


def _found_lines(doc: Doc, paragraphs: list[tuple[int, int]], pi: int) -> _Statement | None:
    """检查发现，A。 as a paragraph of one sentence, then B。 C。 each a paragraph of one sentence,
    then a paragraph that refers back to them (现对以上问题公开曝光，…): what was found, one site a
    line; the lines are the problems whatever their words, the referring paragraph their answer."""
    text = doc.text
    pa, pb = paragraphs[pi]
    a, b = trim(text, pa, pb)
    found = doc.v.patterns.list_found_opener.search(text, a, min(b, a + _OPENING))  # 检查发现，
    if found is None or text[found.end() - 1] not in "，,：:" or not _one_sentence(doc, found.end(), b):
        return None
    items = [trim(text, found.end(), b)]
    for k in range(pi + 1, len(paragraphs)):
        ka, kb = paragraphs[k]
        if doc.v.patterns.list_back_reference.match(text, trim(text, ka, kb)[0], kb) is not None:
            if len(items) < _MIN_ITEMS:
                return None
            return _Statement([(s, _sentence_stop(text, s, e)) for s, e in items], a, items[-1][1], items[-1][1], k - 1, False)
        if not _one_sentence(doc, ka, kb):
            return None
        items.append(trim(text, ka, kb))
    return None


def _opener(doc: Doc, sa: int, sb: int) -> re.Match[str] | None:
    """The first list opener (存在, 发现 …) of sentence ``sa:sb``; with list_opener_negated, not one
    a negation stands before (没有发现一处…，但存在A、B等问题: the list opens at 存在)."""
    text, opener = doc.text, doc.v.patterns.list_opener.search(doc.text, sa, sb)
    if not doc.v.weights.layouts.list_opener_negated:
        return opener
    w = doc.v.words
    skipped = tuple(w.not_found_before_opener)
    if doc.v.weights.layouts.list_opener_question:
        skipped += tuple(w.checked_before_opener)  # 检查…是否存在A: what was checked, not what was found
    while opener is not None and text[max(sa, opener.start() - 2) : opener.start()].endswith(skipped):
        opener = doc.v.patterns.list_opener.search(text, opener.end(), sb)
    return opener


def _statements(doc: Doc, paragraphs: list[tuple[int, int]], joined: frozenset[int] = frozenset()) -> list[_Statement]:
    """The lists of problems in the paragraphs (``joined``: the starts of paragraphs whose points
    were one a paragraph, see :func:`_point_paragraphs`)."""
    text, p, lw = doc.text, doc.v.patterns, doc.v.weights.layouts
    out: list[_Statement] = []
    read_to = -1  # paragraphs read as the lines of a list already
    for pi, (pa, pb) in enumerate(paragraphs):
        if pi <= read_to:
            continue
        if lw.list_skips_glued_outline and glued_sections(text, pa, pb):
            continue  # a whole page whose outline lost its breaks: the outline layouts read it
        lines = _found_lines(doc, paragraphs, pi) if lw.found_lines else None
        if lines is not None:
            out.append(lines)
            read_to = lines.paragraph
            continue
        runs = _marker_runs(doc, pa, pb)
        if not doc.v.weights.layouts.list_intro_own_clause:
            runs = runs[:1]
        comma_run = not runs and bool(run := _comma_run(doc, pa, pb, paragraphs, pi))
        if comma_run:
            runs = [run]
        if not runs and lw.list_area_runs and pb >= trim(text, 0, doc.content_end)[1]:
            runs = _cut_run(doc, pa, pb)
        stated = False
        for marks in runs:
            # The run's intro: the text of its sentence before the first item.
            first = marks[0][1]
            if stated and first < out[-1].items[-1][0]:
                continue
            lead = max(text.rfind(c, pa, first) for c in "。！？") + 1 or pa
            if not text[max(pa, lead) : first].strip() and lead > pa:
                # 也对支部工作的不足作了深刻剖析。一是…: the sentence before introduces the list
                lead = max(text.rfind(c, pa, lead - 1) for c in "。！？") + 1 or pa
            if stated and max(pa, lead) <= out[-1].items[-1][0]:
                # no full stop since the list above (…3、…；我校…措施如下：一、…): this run's intro is the
                # clauses after that list's last item, or there is none to tell what the run is
                lead = max(text.rfind(c, out[-1].items[-1][0], first) for c in "；;") + 1
                if not lead:
                    continue
            intro = text[max(pa, lead) : first]
            # whether the list answers: its own clause says so (…提出以下要求：), not a 要求 earlier in
            # a long opening sentence (检查组依照…的相关要求…，发现还存在以下问题：)
            own_clause = re.split(r"[，,；;]", intro.rstrip(" \t\u3000：:"))[-1] if doc.v.weights.layouts.list_intro_own_clause else intro
            # a second list in the paragraph is one only under an intro of its own (B处存在如下问题：)
            bare = lw.list_bare_intro and not stated and p.list_bare_intro.search(intro) is not None
            bare = bare or (pa in joined and not stated)  # its points' faults decide, as a bare intro's do
            area = not stated and _area_run(doc, paragraphs, pi, first, out)
            # (二)检查发现的主要问题1.…: a heading of problems the page glued to its list's first item
            area = area or (lw.list_glued_first and p.list_glued_heading.search(intro) is not None)
            if (p.list_problem_intro.search(intro) or bare or area) and not p.list_answer_intro.search(own_clause) and not p.list_cause_intro.search(intro):
                items = []
                end = _list_end(doc, marks[-1][2], pb)
                for k, (_, s, _e) in enumerate(marks):
                    stop = marks[k + 1][1] if k + 1 < len(marks) else end
                    # a comma run's item ends before the comma that leads to the next
                    items.append(trim(text, s, before_marks(text, stop, s) if comma_run else stop))
                if bare and not _mostly_faulty(doc, items) and not _found_with_colon(doc, intro):
                    continue  # 他指出，一是要…二是要…: a speaker's demands, not problems
                st = _Statement(items, max(pa, lead), end, end, pi, True, bool(p.list_detail.search(intro)))
                st.points = pa in joined
                areas = _grouped(doc, items) if lw.list_group_clauses else None
                if areas is not None:  # the areas' clauses are the findings; the areas pair
                    st.items, st.area_of, st.area_labels, st.enumerated = areas.items, areas.area_of, areas.area_labels, False
                if stated:
                    _end_before(doc, out[-1], st.start)
                out.append(st)
                stated = True
                if not lw.list_restarts_per_intro:
                    break  # a page's 一、二、三、 outline runs before its 一是…二是 problems: the first stated list
        if stated:
            continue
        taken = pa  # sentences before this belong to a list read already
        for m in _SENTENCE_RE.finditer(text, pa, pb):
            sa, sb = m.start(), m.end()
            if sa < taken:
                continue
            units = _site_units(doc, sa, pb) if lw.list_site_units else None
            if units is not None:
                units.paragraph = pi
                out.append(units)
                taken = units.end
                continue
            sites = _site_clauses(doc, sa, sb) if lw.list_site_clauses else []
            if sites and not _labelled_next(doc, sb, paragraphs, pi):
                # the list may end before its sentence does (，针对存在问题已…): the rest answers it
                end = after_marks(text, sites[-1][1], sb) if lw.site_clauses_end_at_answer else sb
                out.append(_Statement(sites, sa, end, sb, pi, False))
                continue
            detail = _detail_after_finding(doc, pa, sa, sb)
            if detail:
                out.append(_Statement(detail, sa, sb, sb, pi, False))
                continue
            opened = p.list_problem_intro.search(text, sa, sb)
            if opened is not None and not text[opened.end() : sb].strip("。！？!? \n"):
                opened = None  # the sentence ends there: an intro to a list after it, if any
            if opened is not None and p.list_cause_intro.search(text, sa, opened.end()):
                continue  # the causes of the problems listed before
            if opened is not None:
                close = _intro_close(doc, opened.end(), sb)
                end = close.start() if close else sb
                items = _split(doc, opened.end(), end, colon=True, observed=_named_problems(doc, close, sb))
                if not items and close is not None and lw.list_intro_closed_phrases:
                    items = _comma_phrases(doc, opened.end(), end)  # 存在的问题是：A，B，C等问题
                if not items and close is None and lw.list_intro_sentences:
                    listed = _intro_sentences(doc, sa, opened.end(), paragraphs, pi)
                    if listed is not None:
                        out.append(listed)
                        taken = listed.end
                        continue
            else:
                opener = _opener(doc, sa, sb)
                close = p.list_close.search(text, opener.end(), sb) if opener else None
                if opener is not None and close is None and doc.v.weights.layouts.list_semicolon_clauses:
                    items = _semicolon_clauses(doc, sa, opener.start(), opener.end(), sb)
                    if items and not _labelled_next(doc, sb, paragraphs, pi):
                        out.append(_Statement(items, sa, sb, sb, pi, False))
                        continue
                if opener is None or close is None:
                    more = _more_forms(doc, sa, sb, paragraphs, pi, close is None)
                    if more is None and close is None and lw.found_single_sibling:
                        more = _found_single(doc, sa, sb, paragraphs, pi, out)
                    if more is not None:
                        out.append(more)
                        taken = more.end
                    continue
                end = close.start()
                items = _split(doc, opener.end(), end, colon=False, observed=_named_problems(doc, close, sb))
                if not items and lw.list_comma_phrases:
                    items = _comma_phrases(doc, opener.end(), end)
            if items and not _labelled_next(doc, sb, paragraphs, pi):
                out.append(_Statement(items, sa, close.end() if close else sb, sb, pi, False))
    # A summary (…等问题。) followed by its detail (主要表现在：一是…) is read as the detail.
    kept: list[_Statement] = []
    for st in out:
        if lw.list_tally_items and not (st.area_of or st.own):
            st.items = _without_tallies(doc, st.items)
            if not st.items:
                continue  # 58个社区共存在386处问题，41个村居共存在274处问题: counts, no problem named
        if kept and _remainder(doc, st, kept):
            continue  # 尚未整改到位的问题有：… at a revisit: the earlier list's problems, named again
        if st.detail and kept and kept[-1].paragraph == st.paragraph and not kept[-1].enumerated:
            kept[-1] = st
        else:
            kept.append(st)
    return kept


def _named_problems(doc: Doc, close: re.Match[str] | None, sb: int) -> bool:
    """With list_observed_faults: the list's close calls its items problems (…等问题, 等隐患), so an
    item that states a fault seen (乱堆乱放, 私搭乱建) counts as one; 等情况 names no problem. Not when
    the sentence goes on to announce a list (…，现将督办问题逐村通报如下：): the list sums up the
    problems detailed below."""
    if not doc.v.weights.layouts.list_observed_faults or close is None or not close.group().endswith(("问题", "隐患")):
        return False
    return not doc.text[close.end() : sb].rstrip().endswith(("：", ":"))


def _without_tallies(doc: Doc, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """With list_tally_items: ``items`` less those that only count problems (A共存在386处问题, 共占
    问题总量的54.72%): a tally names no problem, the items beside it do. (Items paired with areas or
    acts of their own are left as they are by the caller.)"""
    tally = doc.v.patterns.list_tally_item
    return [(a, b) for a, b in items if tally.fullmatch(doc.text, a, _sentence_stop(doc.text, a, b)) is None]


def _intro_close(doc: Doc, a: int, b: int) -> re.Match[str] | None:
    """The close (等问题) of a list under an intro with a colon in ``text[a:b]``; with
    list_item_closes not one that a ； follows (A等问题；B；C。): that one closes its own item."""
    close = doc.v.patterns.list_close.search(doc.text, a, b)
    if not doc.v.weights.layouts.list_item_closes:
        return close
    while close is not None and "；" in doc.text[close.end() - 1 : close.end() + 1]:
        close = doc.v.patterns.list_close.search(doc.text, close.end(), b)
    return close


def _detail_after_finding(doc: Doc, pa: int, sa: int, sb: int) -> list[tuple[int, int]]:
    """With list_detail_after_finding: ``…确实发现部分单位存在迟到早退现象。其中：A；B；C。`` — a
    sentence opening on 其中： whose sentence before (in its paragraph) found a fault: its clauses at
    ；, most stating a fault or a lack, are the cases of what was found. None otherwise."""
    if not doc.v.weights.layouts.list_detail_after_finding:
        return []
    text = doc.text
    opening = doc.v.patterns.list_detail_opening.match(text, sa, sb)
    if opening is None or sa <= pa:
        return []
    before = max(text.rfind(c, pa, sa - 1) for c in "。！？") + 1 or pa
    found = _opener(doc, max(pa, before), sa)
    if found is None or not _faulty(doc, found.end(), sa):
        return []
    stop = _sentence_stop(text, opening.end(), sb)
    items = [(s, e) for s, e in (trim(text, *span) for span in _pieces_at(text, opening.end(), stop, "；")) if e - s >= 2]
    return items if len(items) >= _MIN_ITEMS and _mostly_faulty(doc, items, lacks=True) else []


_AREA_TITLE = 30  # an area's title before its 一是…: a short first sentence (（一）网站运维仍有不足。)


def _found_with_colon(doc: Doc, intro: str) -> bool:
    """With list_found_colon: the intro ends on what was found and a colon (检查中发现：1、…): the
    items are what the check found, whatever their words (开门较晚, 缺课人数超过20%), unlike a
    speaker's points after a comma (他指出，一是要…)."""
    if not doc.v.weights.layouts.list_found_colon:
        return False
    m = doc.v.patterns.list_problem_intro.search(intro)
    return m is not None and m.group().endswith(("：", ":")) and not intro[m.end() :].strip()


def _area_run(doc: Doc, paragraphs: list[tuple[int, int]], pi: int, first: int, out: list[_Statement]) -> bool:
    """With list_area_runs: paragraph ``pi`` is a numbered area (（二）网站运维仍有不足。 / 2.管理方面：)
    whose run starts at ``first``, right after its title, among problems: the paragraph before is a
    heading of problems (二、存在的问题), or a numbered area before it (（一）…) listed problems."""
    if not doc.v.weights.layouts.list_area_runs or pi == 0:
        return False
    text = doc.text
    pa, pb = paragraphs[pi]
    mk = match_heading_marker(text, pa, pb)
    if mk is None or first - mk.end > _AREA_TITLE or text[first - 1] not in "。：:" or _CLAUSE_END_RE.search(text, mk.end, first - 1):
        return False
    before = out[-1] if out and out[-1].paragraph == pi - 1 else None
    if before is not None:
        if not before.enumerated:
            return False  # the area before listed no run of its own (…如，A、B等): no chain of areas
        prev = match_heading_marker(text, *paragraphs[pi - 1])
        return prev is not None and prev.family == mk.family and prev.value + 1 == mk.value
    line = next((ln for ln in reversed(doc.body) if ln.cstart < pa), None)
    return line is not None and line.cstart >= paragraphs[pi - 1][0] and doc.role(line) == "problems"


def _cut_run(doc: Doc, pa: int, pb: int) -> list[list[tuple[int, int, int]]]:
    """The page ends in this paragraph, inside the first item of its run (…疏漏。一是内容更新不及时，…):
    that item, a run of one."""
    ones = [(1, m.start, m.end) for m in iter_item_markers(doc.text, pa, pb) if m.family == "shi" and m.value == 1]
    return [ones[:1]] if len(ones) == 1 else []


def _end_before(doc: Doc, st: _Statement, at: int) -> None:
    """Ends ``st`` before ``at``, where the next list's intro begins (…三是…。B处存在如下问题：一是…)."""
    a, _ = st.items[-1]
    st.items[-1] = trim(doc.text, a, at)
    st.end = st.sentence_end = at


def _remainder(doc: Doc, st: _Statement, earlier: list[_Statement]) -> bool:
    """The statement lists what is still not rectified (尚未整改到位的主要问题有：) and names an
    earlier list's problem again: its intro, the text of its sentence before its first item, says
    so, and one of its items shares distinctive words with an earlier item."""
    if not doc.v.weights.layouts.remainder_lists or not st.items:
        return False
    if doc.v.patterns.remainder_intro.search(doc.text, st.start, st.items[0][0]) is None:
        return False
    text, floor = doc.text, doc.v.weights.pairing.min_similarity
    before = [text[a:b] for e in earlier for a, b in e.items]
    return any(likeness(doc.v, text[a:b], p) >= floor for a, b in st.items for p in before)


def _more_forms(
    doc: Doc, sa: int, sb: int, paragraphs: list[tuple[int, int]], pi: int, unclosed: bool
) -> _Statement | None:
    """A sentence no intro opens that still lists problems: one the next sentence refers back to,
    or the clauses after 发现 when no 等问题 closes them (flags of the vocabulary's layouts)."""
    lw, pb = doc.v.weights.layouts, paragraphs[pi][1]
    named = _named_items(doc, sa, sb) if lw.list_named_items else []
    if named:
        return _Statement(named, sa, sb, sb, pi, False)
    if lw.list_closed_by_reference:
        items = _referred_list(doc, sa, sb, pb)
        if items:
            return _Statement(items, sa, sb, sb, pi, False)
    found = doc.v.patterns.list_found_opener.search(doc.text, sa, sb) if lw.list_found_clauses and unclosed else None
    if found is not None:
        items, end = _found_clauses(doc, found.end(), sb, paragraphs, pi)
        if not items and lw.list_found_dun_clause:
            items, end = _found_dun_clause(doc, found.end(), sb)
        if items:
            return _Statement(items, sa, end, end, pi, False)
    if lw.list_pointed_commas and unclosed:
        items = _pointed_commas(doc, sa, sb, paragraphs, pi)
        if items:
            return _Statement(items, sa, sb, sb, pi, False)
    if lw.list_found_before_act and unclosed:
        act = _found_before_act(doc, sa, sb, paragraphs, pi)
        if act is not None:
            return act
    if lw.list_targeted_problems:
        return _targeted(doc, sa, sb, pb, pi)
    return None


def _targeted(doc: Doc, sa: int, sb: int, pb: int, pi: int) -> _Statement | None:
    """With list_targeted_problems: a sentence telling of a drive or a check aimed at problems listed at 、
    between 对 and 等问题 (…组织…对A、B、C等问题开展专项整治行动 / 对…A、B等问题的整改落实情况进行督查):
    the items are its problems when one of them at least states a fault (the others may name the
    problem by its object alone: 封山禁牧, 燃煤小锅炉); topics with no fault (对安全生产、消防等问题开展研究)
    list nothing. The rest of the sentence, the drive itself, may begin the answer."""
    text = doc.text
    m = doc.v.patterns.list_targeted.search(text, sa, sb)
    if m is None:
        return None
    a, b = m.span("items")
    items = [(s, e) for s, e in (trim(text, *span) for span in _pieces_at(text, a, b, "、")) if e - s >= 2]
    if len(items) < _MIN_ITEMS or not any(_faulty(doc, s, e, lacks=True, observed=True) for s, e in items):
        return None
    close = text.find("问题", b) + len("问题")
    # the drive or the check, the rest of its paragraph, opens the answer
    return _Statement(items, sa, close, pb, pi, False)
def _opens_found(doc: Doc, a: int, b: int) -> re.Match[str] | None:
    """The 发现 that paragraph ``a:b``'s first clause leads to (教学秩序检查中发现，): what a check of one
    part of the work found, told from the paragraph's start."""
    text, p = doc.text, doc.v.patterns
    a = trim(text, a, b)[0]
    found = p.list_found_opener.search(text, a, min(b, a + _FOUND_LEAD))
    if found is None or any(c in text[a : found.start()] for c in "，,。；;：:"):
        return None
    if text.startswith(tuple(doc.v.words.found_attributive), found.end()) or p.list_response.search(text, a, found.start()):
        return None  # 针对发现的问题，…: it answers what was found before it
    return found


def _found_single(
    doc: Doc, sa: int, sb: int, paragraphs: list[tuple[int, int]], pi: int, out: list[_Statement]
) -> _Statement | None:
    """With found_single_sibling: ``教学秩序检查中发现，个别停课教师没有到教务处备案，各学院要加强…。`` — a
    paragraph right after one whose list was read, both opening on what a check found (…检查中发现，),
    that finds one fault in its first clause and requires or acts in the next: that clause is a
    problem of its own, the rest of the sentence its answer, as its sibling's list is answered."""
    text, p = doc.text, doc.v.patterns
    pa, pb = paragraphs[pi]
    if pi == 0 or not out or out[-1].paragraph != pi - 1 or trim(text, pa, pb)[0] != trim(text, sa, sb)[0]:
        return None
    found = _opens_found(doc, sa, sb)
    if found is None or _opens_found(doc, *paragraphs[pi - 1]) is None:
        return None
    pieces = [trim(text, s, e) for s, e in _pieces_at(text, found.end(), _sentence_stop(text, found.end(), sb))]
    if len(pieces) < _MIN_ITEMS or any(b - a < 2 for a, b in pieces[:2]):
        return None
    (fa, fb), (ra, rb) = pieces[0], pieces[1]
    if not _faulty(doc, fa, fb, lacks=True) or p.measure_done.search(text, fa, fb) is not None:
        return None
    required = p.requirement_word.search(text, ra, min(rb, ra + _SUBJECT_CHARS)) is not None
    if not (required or _opens_answer(doc, ra, rb) or _act_at(doc, ra, rb)):
        return None
    return _Statement([(fa, fb)], sa, fb, sb, pi, False)


_FOUND_LEAD = 12  # what was checked, before 发现 (教学准备工作检查中发现)
_SUBJECT_CHARS = 6  # who is required, before 要 (各学院要…)


def _named_items(doc: Doc, sa: int, sb: int) -> list[tuple[int, int]]:
    """发现的六大问题，分别是A、B、C。: the items after an intro that names them problems one by one,
    at ；, else 、, else ，, whatever their words; none unless two or more, and as many as the intro
    counts when it gives a count."""
    text = doc.text
    intro = doc.v.patterns.list_named_intro.search(text, sa, sb)
    if intro is None:
        return []
    stop = _sentence_stop(text, intro.end(), sb)
    sep = next((c for c in "；、，" if c in text[intro.end() : stop]), None)
    if sep is None:
        return []
    items = [(s, e) for s, e in (trim(text, *span) for span in _pieces_at(text, intro.end(), stop, sep)) if e - s >= 2]
    n = intro.group("n")
    if len(items) < _MIN_ITEMS or (n and (int(n) if n.isdigit() else cn_to_int(n)) != len(items)):
        return []  # 六大问题 over five pieces: one of them holds a 、 of its own, the cut is wrong
    return items


_ACT_SUBJECT = 4  # who the inspecting party is may come first (我局执法人员, 市局检查组)


def _act_at(doc: Doc, a: int, b: int) -> bool:
    """Clause ``a:b`` opens on the inspecting party acting (执法人员依法下达…, 责令限期整改)."""
    p, a = doc.v.patterns, trim(doc.text, a, b)[0]
    act = p.inspector_act.search(doc.text, a, b)
    return (act is not None and act.start() - a <= _ACT_SUBJECT) or p.site_act.match(doc.text, a, b) is not None


def _found_before_act(doc: Doc, sa: int, sb: int, paragraphs: list[tuple[int, int]], pi: int) -> _Statement | None:
    """With list_found_before_act: ``经检查，发现有A，有B，有C，执法人员依法下达整改通知书。`` — short
    clauses at ， after 发现, ending where the inspecting party acts, in the sentence or as the next
    sentence's opening. The act vouches that they are problems: one of them stating a fault is
    enough, none saying what was done or that all is well. One finding a clause."""
    text, p, pb = doc.text, doc.v.patterns, paragraphs[pi][1]
    found = p.list_found_opener.search(text, sa, sb)
    w = doc.v.words
    if found is None or text[max(sa, found.start() - 2) : found.start()].endswith(
        tuple(w.not_found_before_opener + w.tally_before_found)
    ):
        return None  # 没有发现… finds nothing; 共发现隐患14处，… counts what was found
    if text.startswith(tuple(w.found_attributive), found.end()) or p.list_response.search(text, sa, min(sb, sa + _OPENING)):
        return None  # 针对发现的问题，…: the sentence answers what was found before it
    stop = _sentence_stop(text, found.end(), sb)
    items: list[tuple[int, int]] = []
    end = None
    for s, e in _pieces_at(text, found.end(), stop):
        if _act_at(doc, s, e):
            end = trim(text, s, e)[0]  # the act and the rest of the sentence answer the clauses
            break
        items.append(trim(text, s, e))
    if end is None:
        nxt = trim(text, sb, pb)[0]
        if nxt >= pb or not _act_at(doc, nxt, pb):
            return None  # no act answers the clauses: they may be anything found
        end = sb
    if any(c in text[found.end() : end] for c in "；;、：:"):
        return None  # other separators: a list of another form
    if len(items) < _MIN_ITEMS or any(e - s < 2 or e - s > _POINTED_CLAUSE for s, e in items):
        return None
    if not any(_faulty(doc, s, e, lacks=True) for s, e in items):
        return None
    if any(p.measure_done.search(text, s, e) or p.clean_clause.search(text, s, e) for s, e in items):
        return None  # …已整改 / …良好: told with its answer, or nothing wrong
    if any(p.tally_clause_end.search(text, s, e) for s, e in items):
        return None  # 隐患1619处，督促整改1700处: a tally of what was found, not the problems
    return _Statement(items, sa, end, sb, pi, False)


_POINTED_MIN = 3  # fewer comma clauses may be one problem told with its cause or effect
_POINTED_CLAUSE = 30  # each clause names one fault in a phrase, not a story


def _pointed_commas(doc: Doc, sa: int, sb: int, paragraphs: list[tuple[int, int]], pi: int) -> list[tuple[int, int]]:
    """…进行通报，指出A有待加强，B有待完善，C有待提升。 then an answer (督导组要求，…): the short clauses
    at ， after the verb that points them out, three or more and every one stating a fault or what is
    still wanting, none telling what was done, are the problems of the sentence."""
    text, p = doc.text, doc.v.patterns
    opener = p.list_pointed_opener.search(text, sa, sb)
    if opener is None:
        return []
    stop = _sentence_stop(text, opener.end(), sb)
    if any(c in text[opener.end() : stop] for c in "；;、："):
        return []  # other separators: a list of another form, or phrases joined inside a clause
    items = [(s, e) for s, e in (trim(text, *span) for span in _pieces_at(text, opener.end(), stop)) if e - s >= 2]
    if len(items) < _POINTED_MIN or any(e - s > _POINTED_CLAUSE for s, e in items):
        return []
    # a clause may state its fault as what is still wanting (有待加强, 亟待改善: contrast_fault)
    wanting = [_faulty(doc, s, e) or p.contrast_fault.search(text, s, e) is not None for s, e in items]
    if not (all(wanting) or _counted_clauses(doc, items)) or any(p.measure_done.search(text, s, e) for s, e in items):
        return []
    return items if _answered_at(doc, sb, paragraphs, pi) else []


def _counted_clauses(doc: Doc, items: list[tuple[int, int]]) -> bool:
    """With list_counted_clauses: every clause opens on a count of whom or what was found (5人上班早退,
    1家网吧…) and none is a tally (隐患12处): each tells what was found of so many, its fault."""
    if not doc.v.weights.layouts.list_counted_clauses:
        return False
    p, text = doc.v.patterns, doc.text
    return all(p.counted_subject.match(text, s, e) is not None and p.tally_clause_end.search(text, s, e) is None
               for s, e in items)


def _response(doc: Doc, st: _Statement, paragraphs: list[tuple[int, int]], stop: int) -> tuple[int, int] | None:
    """What answers a statement: the rest of its sentence, and the sentences from the first that
    responds to the end of its paragraph (the next paragraph too after a speaker's label), or a
    later paragraph numbered item for item like the list, before ``stop`` (the next statement)."""
    text = doc.text
    rest_end = st.sentence_end
    parts: list[tuple[int, int]] = []
    a, b = trim(text, st.end, rest_end)
    if b - a >= 4 and text[a] not in "。！？":
        parts.append((a, b))
    k = st.paragraph
    pos = rest_end
    while k < len(paragraphs) and pos < stop:
        ka, kb = paragraphs[k]
        start = max(ka, pos)
        found: re.Match[str] | None = _answer_word(doc, start, min(kb, stop))
        if found is not None and k > st.paragraph and _listed_status(doc, ka, kb, found.start()):
            found = None  # 群众较满意榜单：A已整改；B已维修；: a list of its own, not the answer
        if found is None and _refers_back(doc, start, min(kb, stop)):
            found = doc.v.patterns.list_back_reference.match(text, trim(text, start, kb)[0], min(kb, stop))
        if found is None and k > st.paragraph and st.points:
            # 下一步，…将… after points one a paragraph: what is to be done about them all
            found = doc.v.patterns.list_next_step.match(text, trim(text, start, kb)[0], min(kb, stop))
        if found is None and k > st.paragraph and st.enumerated and len(_markers(doc, ka, min(kb, stop))) == len(st.items):
            # a later paragraph numbered as the list is (一是…二是…), whatever words open it, answers it
            parts.append((ka, min(kb, stop)))
            break
        if found is None and k > st.paragraph and _clauses_name_problems(doc, ka, min(kb, stop)):
            parts.append((ka, min(kb, stop)))  # 目前整改情况如下：对A的问题，…；对B的问题，…
            break
        if found is not None:
            s = max(text.rfind(c, start, found.start()) for c in "。！？") + 1 or start
            s = max(s, start)
            found_at = s
            if k > st.paragraph:
                s = _requiring_opening(doc, ka, s)
            parts.append((s, min(kb, stop)))
            section = _section_below(doc, paragraphs, k, stop) if found_at == ka else None
            if section is not None:  # 二、下步工作要求 heading its paragraphs: they all answer
                parts.append(section)
                break
            label = text[s : min(kb, stop)].rstrip()
            if label.endswith(("：", ":")) and k + 1 < len(paragraphs) and paragraphs[k + 1][0] < stop:
                parts.append((paragraphs[k + 1][0], min(paragraphs[k + 1][1], stop)))
                if (run := _numbered_run(doc, paragraphs, k + 1, stop)) is not None:
                    parts.append(run)  # （一）关于…问题。… （二）… （三）…: the lead-in's points, all of them
            elif doc.v.weights.layouts.list_answer_speakers and (more := _speakers_after(doc, paragraphs, k, stop)):
                parts.append(more)
            break
        if k > st.paragraph + 2:
            break
        k += 1
        pos = paragraphs[k][0] if k < len(paragraphs) else pos
    if not parts:
        return None
    return trim(text, parts[0][0], parts[-1][1])


def _clauses_name_problems(doc: Doc, a: int, b: int) -> bool:
    """With named_clauses_answer: paragraph ``a:b`` holds two or more clauses that each open on the
    problem they answer (…如下：对A的问题，…；对B的问题，…): it answers the list before it, whatever words
    open it (目前整改情况如下：names no response)."""
    return doc.v.weights.layouts.named_clauses_answer and len(_named_clauses(doc, a, b)) >= _MIN_ITEMS


def _requiring_opening(doc: Doc, ka: int, s: int) -> int:
    """Where a later paragraph answers the list, its response word found at sentence ``s``: the
    paragraph's start when its first sentence already requires (检查组督促各单位要严格落实…。同时…
    提出整改意见…) (response_paragraph_requires)."""
    if not doc.v.weights.layouts.response_paragraph_requires:
        return s
    a = trim(doc.text, ka, s)[0]
    if a >= s:
        return s
    m = _SENTENCE_RE.match(doc.text, a, s)
    stop = m.end() if m else s
    return a if doc.v.patterns.answer_paragraph_requires.search(doc.text, a, stop) is not None else s


_NEGATION_REACH = 6  # how far before a response word its negation stands (未按规定要求)


def _answer_word(doc: Doc, a: int, b: int) -> re.Match[str] | None:
    """The first response word in ``text[a:b]``; with list_response_not_negated, not one negated
    just before it (未针对…, 未按要求): that clause states a fault, it answers nothing."""
    trigger = doc.v.patterns.list_response
    if not doc.v.weights.layouts.list_response_not_negated:
        return trigger.search(doc.text, a, b)
    negation = doc.v.patterns.response_negation
    for m in trigger.finditer(doc.text, a, b):
        if negation.search(doc.text, max(a, m.start() - _NEGATION_REACH), m.start()) is None:
            return m
    return None


_SPEAKER_CLAUSE = 30  # who answers and how, before the first comma or colon (张峰对…提出五点要求：)


def _speakers_after(doc: Doc, paragraphs: list[tuple[int, int]], k: int, stop: int) -> tuple[int, int] | None:
    """With list_answer_speakers: the paragraphs after answer paragraph ``k``, before ``stop``, whose
    first clause is another answer (张峰对…提出五点要求：…): one response said by several speakers in
    turn. The span of those paragraphs, or None when the next is no answer."""
    text, trigger = doc.text, doc.v.patterns.list_response
    end = None
    for a, b in paragraphs[k + 1 :]:
        if a >= stop:
            break
        a = trim(text, a, b)[0]
        clause = re.search(r"[，,：:。！？；;]", text[a : a + _SPEAKER_CLAUSE + 1])
        if clause is None or trigger.search(text, a, a + clause.start()) is None or text.startswith(tuple(doc.v.words.not_speaker_openers), a):
            break
        end = min(b, stop)
    return (paragraphs[k + 1][0], end) if end is not None else None


_LABEL_CHARS = 12  # a paragraph's own label before its colon (群众较满意榜单：)


def _listed_status(doc: Doc, ka: int, kb: int, at: int) -> bool:
    """With list_status_paragraphs: paragraph ``ka:kb`` opens with a short label and a colon (no
    speaker's: no answer opens its words) and lists clauses at ；, the answer word at ``at`` inside
    one of them, not at its opening: each clause tells one case and how it stands."""
    if not doc.v.weights.layouts.list_status_paragraphs:
        return False
    text = doc.text
    a, b = trim(text, ka, kb)
    colon = next((i for i in range(a, min(b, a + _LABEL_CHARS + 1)) if text[i] in "：:"), None)
    if colon is None or _CLAUSE_OR_COMMA_RE.search(text, a, colon) or text[a:b].count("；") < _MIN_ITEMS:
        return False
    clause = max(text.rfind(c, colon, at) for c in "；：:") + 1
    after = trim(text, clause, b)[0]
    return at - after >= _OPENING and doc.v.patterns.list_response.search(text, colon + 1, min(b, colon + 1 + _OPENING)) is None


_HEADING_CHARS = 20  # a section heading is a short line (二、下步工作要求)


def _numbered_run(doc: Doc, paragraphs: list[tuple[int, int]], k: int, stop: int) -> tuple[int, int] | None:
    """With answer_lead_in_points: when paragraph ``k``, right after a response's lead-in ending in a
    colon (…现将整改情况说明如下：), opens on the first of a run of paragraphs numbered in sequence
    ((一)关于…问题。… (二)… (三)…), the rest of that run, before ``stop``; None otherwise."""
    if not doc.v.weights.layouts.answer_lead_in_points:
        return None
    text = doc.text
    first = match_heading_marker(text, *trim(text, *paragraphs[k]))
    if first is None or first.value != 1:
        return None
    end, value = None, 1
    for a, b in paragraphs[k + 1 :]:
        mk = match_heading_marker(text, *trim(text, a, b))
        if a >= stop or mk is None or mk.family != first.family or mk.value != value + 1:
            break
        end, value = b, mk.value
    return None if end is None else (paragraphs[k + 1][0], min(end, stop))


def _section_below(doc: Doc, paragraphs: list[tuple[int, int]], k: int, stop: int) -> tuple[int, int] | None:
    """With list_answer_section, when paragraph ``k`` is a numbered heading of requirements
    (二、下步工作要求), the paragraphs of its section, up to the next heading numbered as it is or
    ``stop``; None otherwise."""
    if not doc.v.weights.layouts.list_answer_section or k + 1 >= len(paragraphs):
        return None
    text = doc.text
    ka, kb = trim(text, *paragraphs[k])
    head = match_heading_marker(text, ka, kb)
    if head is None or kb - head.end > _HEADING_CHARS or any(c in text[ka:kb] for c in "。！？；，"):
        return None
    if doc.v.patterns.requirements_heading.search(text, head.end, kb) is None:
        return None
    end = paragraphs[k + 1][1]
    for a, b in paragraphs[k + 2 :]:
        mk = match_heading_marker(text, *trim(text, a, b))
        if a >= stop or (mk is not None and mk.family == head.family):
            break
        end = b
    return paragraphs[k + 1][0], min(end, stop)


def _title_after_marker(doc: Doc, a: int, b: int) -> tuple[int, int] | None:
    """An enumerated item's first sentence without its 一是/首先 (the title a reader sees)."""
    mk = next((m for m in iter_item_markers(doc.text, a, b) if m.start == a), None)
    start = mk.end if mk is not None else next((m.end() for m in doc.v.patterns.sequence_marker.finditer(doc.text, a, b)
                                                if m.start("w") == a), a)
    stop = _CLAUSE_END_RE.search(doc.text, start, b)
    t = trim(doc.text, start, stop.start() if stop else b)
    return t if t[0] < t[1] else None


def _area_answers(
    doc: Doc, st: _Statement, answer: tuple[int, int], numbered: list[tuple[int, int, int]]
) -> list[tuple[int, int]]:
    """One answer per area of a grouped list: the response's points numbered as the areas are, or
    its clauses at ； when it has one per area (巡察组建议，要…；要…；要…。); none otherwise."""
    n = len(st.area_labels)
    if len(numbered) == n:
        return [trim(doc.text, numbered[k][1], numbered[k + 1][1] if k + 1 < n else answer[1]) for k in range(n)]
    clauses = _clauses(doc, *answer)
    return clauses if len(clauses) == n else []


def _pairs_by_content(
    doc: Doc, st: _Statement, numbered: list[tuple[int, int, int]], points: list[tuple[int, int]]
) -> list[int | None] | None:
    """For each problem of an enumerated list, the point of its numbered answer that answers it.

    Points written in the problems' order pair by number. Points that name other problems than
    their numbers' (一是宣传教育 answering problem 三) pair by what they name when that pairs every
    problem with a point of its own; when it does not, the points do not answer the problems one
    by one, and None says the answer is read whole, for every problem."""
    text = doc.text
    problems = [Entry(k + 1, a, _after_marker(doc, a, b), b) for k, (a, b) in enumerate(st.items)]
    fixes = [Entry(k + 1, s, _after_marker(doc, s, e), e) for k, (s, e) in enumerate(points)]
    if doc.v.weights.layouts.list_answer_general_points and _general_points(doc, st, points):
        return None
    pairs, _, how = pair(doc.v, text, problems, fixes)
    if how == "number":
        return list(range(len(st.items)))
    if len(pairs) == len(problems) and all(len(fs) == 1 for fs in pairs.values()):
        return [pairs[k][0] for k in range(len(problems))]
    return None


def _fewer_points(
    doc: Doc, st: _Statement, numbered: list[tuple[int, int, int]], cut: bool, per_area: list[tuple[int, int]]
) -> bool:
    """With list_fewer_points: an enumerated list answered by two or more numbered points, fewer than
    its problems and not cut short by the page's end: the points are not one a problem, nor, being
    points of their own, plainly one answer for all."""
    if not doc.v.weights.layouts.list_fewer_points or not st.enumerated or cut or per_area:
        return False
    return _MIN_ITEMS <= len(numbered) < len(st.items)


def _points_by_words(doc: Doc, st: _Statement, points: list[tuple[int, int]]) -> tuple[list[int | None], list[int]]:
    """Each problem's point by what the points name (their numbers count points, not problems): a
    problem no point names has none, and a point that names none answers no problem in particular.
    Returns (the point of each problem or None, the points left unpaired)."""
    problems = [Entry(k + 1, a, _after_marker(doc, a, b), b) for k, (a, b) in enumerate(st.items)]
    fixes = [Entry(k + 1, s, _after_marker(doc, s, e), e) for k, (s, e) in enumerate(points)]
    pairs, left, _ = pair(doc.v, doc.text, problems, fixes, numbers=False)
    return [pairs[k][0] if k in pairs else None for k in range(len(problems))], left


def _named_clauses(doc: Doc, a: int, b: int) -> list[tuple[int, int]]:
    """With named_clause_points: the clauses of a response that each open on the problem they answer
    (…如下：对处方书写不规范的问题，…；对院感管理的问题，…；), each to the next such clause, the last to
    the end of its sentence (a closing 今后… sentence answers none of them). Empty unless two or more."""
    if not doc.v.weights.layouts.named_clause_points:
        return []
    text = doc.text
    starts = [m.start("w") for m in doc.v.patterns.named_answer_clause.finditer(text, a, b)]
    if len(starts) < 2:
        return []
    stop = text.find("。", starts[-1], b)
    ends = [*starts[1:], stop + 1 if stop >= 0 else b]
    return [trim(text, s, e) for s, e in zip(starts, ends, strict=True)]


def _general_points(doc: Doc, st: _Statement, points: list[tuple[int, int]]) -> bool:
    """More points than problems, and not one of them sharing a word with any problem: the points
    were not written one per problem (一是高度重视…五是加大投入 after four faults), so no number
    pairs them."""
    if len(points) <= len(st.items):
        return False
    text = doc.text
    bodies = [text[_after_marker(doc, a, b) : b] for a, b in st.items]
    return all(likeness(doc.v, text[_after_marker(doc, s, e) : e], p) == 0 for s, e in points for p in bodies)


def _after_marker(doc: Doc, a: int, b: int) -> int:
    """Where an item's words start, after its enumerator (一是, 1、, 首先)."""
    mk = next((m for m in iter_item_markers(doc.text, a, b) if m.start == a), None)
    if mk is not None:
        return mk.end
    return next((m.end() for m in doc.v.patterns.sequence_marker.finditer(doc.text, a, b) if m.start("w") == a), a)


def _clauses_by_words(doc: Doc, st: _Statement, answer: tuple[int, int]) -> list[list[tuple[int, int]]] | None:
    """With list_answer_clauses_by_words: the answer of a list, one whole with no points of its own, cut
    at 。 and ； into its clauses; each problem takes the clauses that name it by its words (…清理沿路
    小广告。…对小区里路面坑洼地段进行修补。), in the text's order. Only when every problem is named by a
    clause: else the clauses were not written one a problem, and the answer is one whole for every
    problem, as before. Clauses naming no problem (the drive
    itself, 同时…确保…落实) answer none in particular. None when the answer is not read so."""
    if not doc.v.weights.layouts.list_answer_clauses_by_words or st.own or len(st.items) < _MIN_ITEMS:
        return None
    text = doc.text
    if any(mk.family in _ENUMERATED for mk in iter_item_markers(text, *answer)):
        return None  # an answer with points or headings of its own (（一）…（二）…) is read by them
    clauses = _clauses(doc, *answer)
    if len(clauses) < _MIN_ITEMS:
        return None
    problems = [Entry(k + 1, a, a, b) for k, (a, b) in enumerate(st.items)]
    fixes = [Entry(k + 1, s, s, e) for k, (s, e) in enumerate(clauses)]
    pairs, _, _ = pair(doc.v, text, problems, fixes, numbers=False)
    out: list[list[tuple[int, int]]] = [[] for _ in st.items]
    for k, found in pairs.items():
        named = [clauses[j] for j in sorted(found) if likeness(doc.v, text[clauses[j][0] : clauses[j][1]], text[slice(*st.items[k])]) > 0]
        out[k] = named
    return out if all(out) else None


def _name_back_unit(doc: Doc, st: _Statement) -> None:
    """A first problem opening on 该场所/该单位 refers to the unit its sentence named before it
    (消防部门对A商场开展检查时发现，该场所存在…): it starts where the sentence does, so that the
    finding says where it was found."""
    a, b = st.items[0]
    if st.start >= a or any(c in doc.text[st.start : a] for c in "。！？!?；;\n"):
        return
    if doc.v.patterns.item_back_unit.match(doc.text, a, b) is None:
        return
    st.items[0] = trim(doc.text, st.start, b)


def _answers(doc: Doc, statements: list[_Statement], paragraphs: list[tuple[int, int]]) -> list[tuple[int, int] | None]:
    """Each statement's response. With list_shared_answer, a list with none of its own before the
    next list in its paragraph shares that one's (A处存在如下问题：…B处存在如下问题：…针对上述问题…)."""
    out: list[tuple[int, int] | None] = []
    for k, st in enumerate(statements):
        stop = statements[k + 1].start if k + 1 < len(statements) else doc.content_end
        out.append(_response(doc, st, paragraphs, stop))
    if doc.v.weights.layouts.list_answer_goes_on:
        for k, st in enumerate(statements):
            stop = statements[k + 1].start if k + 1 < len(statements) else doc.content_end
            answer = out[k]
            if answer is not None and not st.area_of:  # an answer of areas is cut one clause an area
                out[k] = _answer_goes_on(doc, answer, paragraphs, st.paragraph, stop)
    if doc.v.weights.layouts.list_shared_answer:
        for k in range(len(statements) - 2, -1, -1):
            nxt = statements[k + 1]
            if out[k] is None and nxt.paragraph == statements[k].paragraph and nxt.start <= statements[k].end:
                out[k] = out[k + 1]
    return out


def _point_answers(doc: Doc, st: _Statement) -> list[tuple[int, int] | None]:
    """With inline_point_answers: in a list numbered inside its paragraph (一是…二是…) that nothing
    after it answers, the points that state their problem in a first sentence and go on to what was
    done about it (一是…未交承包费，欠缴1.6万元。承包户已于9月交清…; 四是…流于形式。对这个问题，我们召开了…):
    each such point's rest, from the first later sentence that opens on an act or on the problem
    referred back to (已…, 目前正在…, 对这个问题，), or that says something was done and names no fault,
    is its answer. Two such points or more, else none: one point's detail may tell of an act by
    chance."""
    if not doc.v.weights.layouts.inline_point_answers or not st.enumerated:
        return []
    text, p = doc.text, doc.v.patterns
    out: list[tuple[int, int] | None] = []
    for a, b in st.items:
        rest = None
        first = _SENTENCE_RE.match(text, a, b)
        for m in _SENTENCE_RE.finditer(text, first.end() if first else b, b):
            s, e = trim(text, m.start(), m.end())
            if s >= e:
                continue
            opens = p.item_act_opener.match(text, s, e) or p.item_answer_back.match(text, s, e)
            if opens or (p.measure_done.search(text, s, e) and not p.problem_words.search(text, s, e)):
                rest = (s, trim(text, s, b)[1])
            break  # only the sentence after the first: later ones go on telling the problem
        out.append(rest)
    return out if sum(r is not None for r in out) >= _MIN_ITEMS else []


def _answer_goes_on(
    doc: Doc, answer: tuple[int, int], paragraphs: list[tuple[int, int]], pi: int, stop: int
) -> tuple[int, int]:
    """A list's answer that is one whole (no points of its own) and ends with the list's paragraph
    goes on into the next paragraph when that one's first sentence tells of the rectification
    (…下发了立行立改通知书。 / 接到…后，街道高度重视，…细化整改措施): what the answered party did is
    the rest of the answer (list_answer_goes_on)."""
    text = doc.text
    if pi < 0 or pi + 1 >= len(paragraphs) or _markers(doc, *answer):
        return answer
    pa, pb = trim(text, *paragraphs[pi])
    if not pa <= answer[0] < answer[1] <= pb or answer[1] < pb:
        return answer  # the answer is not the end of the list's own paragraph
    ka, kb = trim(text, *paragraphs[pi + 1])
    first = _SENTENCE_RE.match(text, ka, kb)
    if ka >= min(kb, stop) or first is None or first.end() > stop or match_heading_marker(text, ka, kb) is not None:
        return answer  # a numbered paragraph is an item of its own, not the answer going on
    if doc.v.patterns.answer_goes_on.search(text, ka, first.end()) is None:
        return answer
    return trim(text, answer[0], min(kb, stop))


_SECTION_TEXT = 30  # characters a problems section holds below its heading: more than an empty heading


def _problems_sections(doc: Doc) -> list[tuple[int, int]]:
    """The numbered sections whose headings name problems (二、存在问题), each to the next heading of its
    rank or above, where they hold text."""
    heads = [ln for ln in doc.body if doc.role(ln) is not None]
    out: list[tuple[int, int]] = []
    for i, ln in enumerate(heads):
        if ln.marker is None or doc.role(ln) != "problems":
            continue
        rank = ln.marker.rank
        end = next((h.cstart for h in heads[i + 1 :] if h.marker is not None and h.marker.rank <= rank), doc.content_end)
        if end - ln.end >= _SECTION_TEXT:
            out.append((ln.cstart, end))
    return out


def _outside_problems_sections(doc: Doc, statements: list[_Statement]) -> bool:
    """The document has a problems section and none of the lists stands inside it: they tell of the
    work (对巡查中发现的A、B等问题，及时…), the section states the problems."""
    sections = _problems_sections(doc)
    return bool(sections) and not any(a <= st.items[0][0] < b for st in statements if st.items for a, b in sections)


@LAYOUTS.register("paragraph_lists")
def paragraph_lists_layout(doc: Doc) -> LayoutResult | None:
    paragraphs = _paragraphs(doc)
    joined: set[int] = set()
    if doc.v.weights.layouts.point_paragraph_runs:
        paragraphs, joined = _point_paragraphs(doc, paragraphs)
    statements = _statements(doc, paragraphs, frozenset(joined))
    if sum(len(st.items) for st in statements) < _MIN_ITEMS:
        return None
    if doc.v.weights.layouts.lists_outside_problems_section and _outside_problems_sections(doc, statements):
        return None
    if doc.v.weights.layouts.back_unit_intro:
        for st in statements:
            _name_back_unit(doc, st)
    drafts: list[Draft] = []
    unpaired: list[tuple[int, int]] = []  # points of an answer that name none of its problems
    answers = _answers(doc, statements, paragraphs)
    if doc.v.weights.layouts.list_writer_commitment:
        answers = [ans if ans is not None else _commitment(doc, st.end, paragraphs[st.paragraph][1]) for st, ans in zip(statements, answers, strict=True)]
    for k, st in enumerate(statements):
        answer = answers[k]
        numbered = _markers(doc, *answer) if answer else []
        cut = bool(answer) and answer is not None and answer[1] >= trim(doc.text, 0, doc.content_end)[1] - 1
        # (list_cut_points_unnumbered) a list not numbered whose answer the page cuts inside its points
        # before its second point, mid-sentence
        cut_points = (
            cut and not numbered and not st.enumerated and doc.v.weights.layouts.list_cut_points_unnumbered
            and answer is not None and doc.text[trim(doc.text, *answer)[1] - 1] not in _CLOSED
        )
        if answer is not None and cut and not numbered and (st.enumerated or cut_points):
            # the page ends inside the answer's first point: it answers the first problem
            ones = [(1, m.start, m.end) for m in iter_item_markers(doc.text, *answer) if m.value == 1 and m.family in _ENUMERATED]
            after_comma = _FIRST_AFTER_COMMA_RE.search(doc.text, *answer)
            if after_comma is not None:
                ones.append((1, after_comma.start("w"), after_comma.end()))
            if cut_points:  # 一要… as well as 一是…
                ones.extend((1, m.start("w"), m.end()) for m in doc.v.patterns.answer_first_point.finditer(doc.text, *answer))
            numbered = sorted(ones, key=lambda m: m[1])[:1]
        # numbered as the list is (or cut short by the page's end; or with general points added
        # after one point per problem): pairs by number
        by_number = bool(numbered) and (
            (st.enumerated and len(numbered) >= len(st.items)) or ((st.enumerated or cut_points) and cut and len(numbered) < len(st.items))
        )
        per_area = _area_answers(doc, st, answer, numbered) if st.area_of and answer is not None else []
        points = [trim(doc.text, s, numbered[i + 1][1] if i + 1 < len(numbered) else answer[1])
                  for i, (_, s, _e) in enumerate(numbered)] if answer is not None else []
        order: list[int | None] = list(range(len(st.items)))
        tails = _requirement_tails(doc, st) if answer is None else []
        inside = _point_answers(doc, st) if answer is None and not any(tails) else []
        if by_number and doc.v.weights.layouts.list_answer_by_content and len(numbered) >= len(st.items):
            by_content = _pairs_by_content(doc, st, numbered, points)
            by_number = by_content is not None
            order = by_content or order
        elif (named := _named_clauses(doc, *answer) if answer is not None and not numbered and not per_area else []) or (
            _fewer_points(doc, st, numbered, cut, per_area)
        ):
            if named:  # 对处方书写不规范的问题，…；对院感管理的问题，…: each clause is a point naming its problem
                numbered, points = [(k + 1, a, b) for k, (a, b) in enumerate(named)], named
            order, left = _points_by_words(doc, st, points)
            by_number = True
            unpaired.extend(points[j] for j in left)
        worded = _clauses_by_words(doc, st, answer) if answer is not None and not numbered and not per_area and not by_number else None
        for i, (a, b) in enumerate(st.items):
            d = Draft(start=a, end=b, finding=(a, b))
            if st.enumerated:
                d.title = _title_after_marker(doc, a, b)
            if st.area_of:
                d.group = st.area_labels[st.area_of[i]]
            if per_area:
                d.blocks = [per_area[st.area_of[i]]]
            elif st.own and (own := st.own[i]) is not None:
                d.blocks = [own]  # the site's own act (…，责令限期整改) answers it
            elif worded is not None:
                d.blocks = worded[i]  # the clauses of the answer that name it, none when none does
            elif answer is None and tails and (tail := tails[i]) is not None:
                d.finding = (a, tail[0])  # 档案资料需进一步完善: what falls short, then what it needs
                d.blocks = [tail]
            elif inside and (rest := inside[i]) is not None:
                d.finding = trim(doc.text, a, rest[0])  # 一是A未交承包费。|承包户已于9月交清…
                d.blocks = [rest]
            elif answer is not None and not by_number:
                d.blocks = [answer]
            elif answer is not None and (j := order[i]) is not None and j < len(numbered):
                d.blocks = [points[j]]
            d.measure_label = doc.v.names.paired_measure_label if d.blocks else None
            d.loose = True
            drafts.append(d)
    first = statements[0].start
    preamble = (doc.body[0].cstart, first) if doc.body and doc.body[0].cstart < first else None
    result = LayoutResult("paragraph_lists", drafts, [], preamble, pairing="response")
    result.weight = doc.v.weights.layouts.paragraph_lists
    result.unpaired_measures = unpaired
    return result
