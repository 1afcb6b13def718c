"""Layout rule ``headed_items``: enumerated items that open with the problem and go straight on to
what was done, with no label between.

    一、关于贯彻落实党的路线方针政策方面
    （一）关于林长制落实不到位的问题。局党组制定《林长制工作考核办法》，…
    （二）森林防火基础设施薄弱。新建防火瞭望塔2座…

The finding level is the enumerator family whose items' first sentences read as problems (关于…的问题,
不到位, 不规范, 未…); its first sentence is the finding, the rest of the item — and the paragraphs under
it — the measure. A heading line of its own (no full stop) is the finding, the lines below it the
measure. Shallower headings are groups; a closing section (下一步工作打算) ends the last item.
"""

from __future__ import annotations

import re
from dataclasses import replace

from checker.segment.document import Doc, group_name, make_group
from checker.segment.draft import Draft
from checker.segment.layouts.base import LAYOUTS, LayoutResult
from checker.segment.lines import Line
from checker.segment.spans import before_marks, trim
from checker.text.enumerators import HEADING_RANK
from checker.text.numerals import parse_ordinal

_FIRST_SENTENCE_RE = re.compile(r"[^。！？；\n]*[。！？；]?")
_OPENER_SPAN = 12
_FRAGMENT = 5  # the last item cut by the page this short states no problem  # where an answer's opening words stand after the problem's full stop


def _first_sentence(text: str, ln: Line) -> tuple[int, int]:
    m = _FIRST_SENTENCE_RE.match(text, ln.body_start, ln.end)
    return ln.body_start, (m.end() if m else ln.end)


def _problem_like(doc: Doc, ln: Line) -> bool:
    """The item's first sentence reads as a problem, or states one and turns to what is required
    of it (…清洁卫生欠佳，要求做到存放有序)."""
    a, b = _first_sentence(doc.text, ln)
    s = doc.text[a:b]
    p = doc.v.patterns
    if p.closing_heading.search(s[:12]):
        return False
    return bool(p.problem_words.search(s)) or p.inline_requirement.search(doc.text, a, b) is not None


def _contrast(doc: Doc, ln: Line) -> tuple[int, int] | None:
    """A check's result item that praises, then turns to what falls short (…制度保障。但部分学校在制度
    执行上存在打折扣现象…): the sentence from the turn on is its problem, when it states a fault and
    the item's first sentence does not."""
    if not doc.v.weights.layouts.contrast_items or _problem_like(doc, ln):
        return None
    text, p = doc.text, doc.v.patterns
    m = p.contrast_turn.search(text, ln.body_start, ln.end)
    if m is None:
        return None
    stop = _FIRST_SENTENCE_RE.match(text, m.end(), ln.end)
    b = stop.end() if stop is not None else ln.end
    return (m.start(), b) if p.contrast_fault.search(text, m.end(), b) else None


def _described_rest(doc: Doc, ln: Line) -> bool:
    """With fault_subject_rest: the item's title sentence goes on to a sentence that opens on some of
    the units at fault (2.组织生活质效不够到位。一些党支部只注重…), the title or the rest states a fault,
    and the rest tells nothing done (no sentence of it opens on an act: 已…, 制定…, on an answer: 针对此
    问题…, or on a requirement: 要在…) nor who answers it by when (由…负责, 10月15日前完成): the item
    tells its problem whole and no answer."""
    if not doc.v.weights.layouts.fault_subject_rest:
        return False
    text, p = doc.text, doc.v.patterns
    _, b = _first_sentence(text, ln)
    a, end = trim(text, b, ln.end)
    if a >= end or p.fault_subject_opener.match(text, a, end) is None:
        return False
    if p.problem_words.search(text, a, end) is None and not _problem_like(doc, ln):
        return False  # neither the title nor the rest states a fault
    if any(r.search(text, a, end) for r in (p.phrase_owner, p.phrase_deadline)):
        return False  # 此项由财务科负责，…10月15日前完成: who answers it and by when
    if _answer_inside(doc, ln) is not None:
        return False  # …不严。针对此问题，… / …乱接。要在本月底前…: a sentence of it answers
    # no sentence of it opens on an act (已…, 制定…, 立即…)
    return not any(p.item_act_opener.match(text, m.end(), end) for m in _SENTENCE_START_RE.finditer(text, a, end))


def _answered(doc: Doc, ln: Line) -> bool:
    """The item's second sentence opens as an answer to the first (对此问题，… / 针对这一问题，…):
    the first is the finding whatever words it uses, and the rest its measure however thin."""
    _, b = _first_sentence(doc.text, ln)
    return b < ln.end and doc.v.patterns.list_response.match(doc.text, b, min(ln.end, b + _OPENER_SPAN)) is not None


_SENTENCE_START_RE = re.compile(r"(?<=[。！？；])[ \t\u3000]*")


def _answer_inside(doc: Doc, ln: Line) -> int | None:
    """Where a sentence after the item's first one answers it by pointing back (…成效不明显。针对此
    问题，我镇…): the item's problem runs to there, its measure from there."""
    text, back = doc.text, doc.v.patterns.item_answer_back
    _, b = _first_sentence(text, ln)
    # (1.3.0) or a sentence that requires the fix, once the item's first sentence stated a problem
    stated = _states_then_requires(doc, ln)
    required = doc.v.patterns.item_requirement_opener if stated else None
    # (1.4.0) or a sentence that opens on the act taken (制定…, 聘请…, 督促…) after the problem's own
    acted = doc.v.patterns.item_act_opener if stated else None
    for m in _SENTENCE_START_RE.finditer(text, b - 1 if b > ln.body_start else b, ln.end):
        if m.end() < b:
            continue
        if back.match(text, m.end(), ln.end) or (required and required.match(text, m.end(), ln.end)):
            return m.end()
        if acted and acted.match(text, m.end(), ln.end):
            return m.end()
    return None


def _rest_answers(doc: Doc, ln: Line, vouched: bool) -> int | None:
    """With inside_rest_answers: where an item with no answer found inside has its rest after the first
    sentence for its answer, in a run its siblings answer inside: its first sentence states the problem
    (or the lead-in counted it) and the rest acts (将…, 拆除…) or requires in its opening clause (各村要…)."""
    if not doc.v.weights.layouts.inside_rest_answers or not (vouched or _problem_like(doc, ln)):
        return None
    text, p = doc.text, doc.v.patterns
    _, b = _first_sentence(text, ln)
    a, end = trim(text, b, ln.end)
    if a >= end:
        return None
    acts = len(p.item_acts.findall(text, a, end))
    if acts and acts >= len(p.item_faults.findall(text, a, end)):
        return a
    m = _CLAUSE_END_RE.search(text, a, end)
    clause_end = m.start() if m else end
    if p.requirement_word.search(text, a, clause_end) is None:
        return None
    return None if any(f.search(text, a, clause_end) for f in (p.problem_words, p.item_faults)) else a


def _opens_causes(doc: Doc, a: int, b: int) -> bool:
    """With cause_label_rest: ``text[a:b]``, an item's rest after its first sentence, opens on a cause
    label (成因：…, 原因分析：…): it tells why the problem arose, no answer to it."""
    if not doc.v.weights.layouts.cause_label_rest:
        return False
    return doc.v.patterns.cause_label.match(doc.text, trim(doc.text, a, b)[0], b) is not None


def _states_then_requires(doc: Doc, ln: Line) -> bool:
    """The item may turn to a requirement of its own: its first sentence states a problem, and its
    opening clause asks nothing itself (item_requirement_sentences)."""
    if not doc.v.weights.layouts.item_requirement_sentences or _only_required(doc, ln):
        return False
    a, b = _first_sentence(doc.text, ln)
    p = doc.v.patterns
    return _problem_like(doc, ln) or any(f.search(doc.text, a, b) for f in (p.item_faults, p.absence_words))


_CLAUSE_END_RE = re.compile(r"[，,。；;：:！？]")


def _only_required(doc: Doc, ln: Line) -> bool:
    """The item's opening clause requires (施工现场要严格按照…作业，…) and states no fault: the item
    asks for something, it reports no problem."""
    if not doc.v.weights.layouts.item_requirement_sentences:
        return False
    text, p = doc.text, doc.v.patterns
    m = _CLAUSE_END_RE.search(text, ln.body_start, ln.end)
    a, b = ln.body_start, (m.start() if m else ln.end)
    if p.requirement_word.search(text, a, b) is None:
        return False
    return not any(f.search(text, a, b) for f in (p.problem_words, p.item_faults, p.absence_words))


def _answers_inside(doc: Doc, level: str) -> dict[int, int | None] | None:
    """The items of the finding level, each with where its answer inside it starts, when two or more
    of them answer so (a document writing its answers this way; an item without one has none)."""
    if not doc.v.weights.layouts.answer_inside_item:
        return None
    found = {ln.idx: _answer_inside(doc, ln) for ln in doc.body if ln.marker is not None and ln.marker.family == level}
    return found if sum(at is not None for at in found.values()) >= doc.v.weights.layouts.headed_items_min_items else None


_CASES_MIN = 2  # numbered cases, two or more, before one requirement after them answers them all


def _observed_cases(doc: Doc, drafts: list[Draft], own_lines: dict[int, int]) -> list[Draft] | None:
    """With observed_cases_required: every item, two or more, is one paragraph that states its problem
    (…窗口工作人员工作时间玩手机问题。) and goes on to the day and hour it was seen (12月20日16:40，该中心…),
    and after the last one the text requires (各地对此必须引起高度重视，采取切实有效措施…): a notice of
    typical cases, each item the case told whole, the paragraphs after them to the first that requires
    the answer of all. None when the form is not met."""
    if not doc.v.weights.layouts.observed_cases_required or len(drafts) < _CASES_MIN:
        return None
    text, p = doc.text, doc.v.patterns
    for k, d in enumerate(drafts):
        own = own_lines.get(id(d))
        if own is None or not d.blocks:
            return None
        if k + 1 < len(drafts) and d.blocks[-1][1] > own:
            return None  # lines under a case that is not the last: not one paragraph a case
        a, b = trim(text, d.blocks[0][0], own)
        if a >= b or p.observed_time_opener.match(text, a, b) is None:
            return None
    own = own_lines[id(drafts[-1])]
    after: list[Line] = []
    for ln in doc.body:  # the unnumbered paragraphs right after the last case
        if ln.cstart < own or ln.blank:
            continue
        if ln.marker is not None:
            break
        after.append(ln)
    # to the first paragraph that requires: what follows it (…行动已全面启动) is news, not the answer
    ask = next((ln for ln in after if p.requirement_word.search(ln.content) is not None), None)
    if ask is None:
        return None
    shared = (after[0].cstart, ask.end)
    return [replace(d, finding=trim(text, d.finding[0], own_lines[id(d)]), blocks=[shared],
                    end=own_lines[id(d)]) for d in drafts]


def _answers(doc: Doc, d: Draft, answered: bool) -> bool:
    """The item's rest reads as what was done about the problem, not as a problem with its own
    details (一是学习不够深入…): it opens as an answer, or holds more acts than faults."""
    if answered:
        return True
    rest = "".join(doc.text[a:b] for a, b in d.blocks)
    acts = len(doc.v.patterns.item_acts.findall(rest))
    return acts > 0 and acts >= len(doc.v.patterns.item_faults.findall(rest))


def _acted(doc: Doc, drafts: list[Draft]) -> int:
    """How many of the drafts go on to an act (已…, 清除, 维修): done or set, not only asked for."""
    acts = doc.v.patterns.item_acts
    return sum(1 for d in drafts if any(acts.search(doc.text, a, b) for a, b in d.blocks))


def _points_back(doc: Doc, at: int | None) -> bool:
    """With answer_back_vouches: the item's answer inside opens by pointing back to it (针对这一问题，…),
    so what comes before is its problem, whatever words it uses."""
    if at is None or not doc.v.weights.layouts.answer_back_vouches:
        return False
    return doc.v.patterns.item_answer_back.match(doc.text, at) is not None


_REST_LABEL_RE = re.compile(r"[ \t\u3000]*([\u4e00-\u9fff]{2,8})[:：]")


def _rest_label(text: str, d: Draft) -> str | None:
    m = _REST_LABEL_RE.match(text, d.blocks[0][0]) if d.blocks else None
    return m.group(1) if m else None


def _labelled_like_siblings(doc: Doc, drafts: list[Draft], kept: list[Draft]) -> list[Draft]:
    """With sibling_rest_labels: an item left out because its answer reads as faults (与交警沟通，效果不
    明显) is answered as its siblings are where its rest opens on the field label two or more kept
    siblings' rests open on (原整改措施：…): the document's own form says what the rest is."""
    labels = [lab for d in kept if (lab := _rest_label(doc.text, d)) is not None]
    out = list(kept)
    for d in drafts:
        lab = _rest_label(doc.text, d)
        if d not in kept and lab is not None and labels.count(lab) >= 2:
            out.append(d)
    return sorted(out, key=lambda d: d.start)


def _sandwiched(text: str, d: Draft, drafts: list[Draft]) -> bool:
    """A finding ends right before ``d`` and another starts right after it (only blanks between)."""
    before = any(o.end <= d.start and not text[o.end : d.start].strip() for o in drafts)
    after = any(o.start >= d.end and not text[d.end : o.start].strip() for o in drafts)
    return before and after


def _answered_below(doc: Doc, d: Draft, kept: list[Draft]) -> Draft | None:
    """With bare_items_answered_below: an item that states its problem in words the problem words miss
    (4.依申请公开答复超过法定期限。) among siblings that are each a finding with its answer below, with a
    paragraph of its own below it up to the next finding, is a finding with that answer, as they are."""
    text = doc.text
    before = any(o.end <= d.start and not text[o.end : d.start].strip() for o in kept)
    nxt = min((o.start for o in kept if o.start >= d.end), default=None)
    if not before or nxt is None or not all(o.blocks for o in kept):
        return None
    a, b = trim(text, d.end, nxt)
    if a >= b:
        return None
    return replace(d, end=b, blocks=[(a, b)])


_DOTTED_NUMBER_RE = re.compile(r"[0-9]{1,2}(?:\.[0-9]{1,2})+")


def _outline_children(doc: Doc, bi: int) -> bool:
    """With outline_children_answer: in an outline numbered the engineers' way, an item (2.1 …) whose
    next line is numbered as its first child (2.1.1 …) is a problem whose children are what is done
    about it (整改任务按“问题—措施”分级列出): the numbers, not the words, say the rest answers it."""
    if not doc.v.weights.layouts.outline_children_answer or bi + 1 >= len(doc.body):
        return False
    own, below = doc.body[bi].marker, doc.body[bi + 1].marker
    if own is None or below is None or not _DOTTED_NUMBER_RE.fullmatch(own.text):
        return False
    return below.text == f"{own.text}.1"


def _clean(doc: Doc, ln: Line) -> bool:
    """A check's result that found nothing wrong (楼体坚固，未发现安全隐患。): every clause of it ends
    on what is in order."""
    if not doc.v.weights.layouts.clean_items or ln.end - ln.body_start > _CLEAN_MAX:
        return False
    clauses = [c.strip() for c in _CLAUSE_RE.split(doc.text[ln.body_start : ln.end])]
    clauses = [c for c in clauses if c]
    return bool(clauses) and all(doc.v.patterns.clean_clause.search(c) for c in clauses)


def _labelled_items(doc: Doc) -> bool:
    """With problem_label_items: lines labelled as problems (问题1：…) with no measure label anywhere
    (their answers are the unlabelled lines under them) are the items, the label vouching for each."""
    return doc.v.weights.layouts.problem_label_items and not doc.measure_labels


def _vouched(doc: Doc, ln: Line) -> bool:
    return ln.marker is not None and ln.marker.family in _PROBLEM_LABELS and _labelled_items(doc)


_PROBLEM_LABELS = ("problem_label", "problem_n")  # 问题：… and 问题1：… lines


def _closing_lines(doc: Doc) -> set[int]:
    """With closing_items_apart: the lines under a closing section's heading (四、保障措施, 下一步工作打算),
    up to the next heading of its rank or above."""
    out: set[int] = set()
    closing_rank: int | None = None
    for ln in doc.body:
        mk = ln.marker
        if mk is not None and (closing_rank is None or mk.rank <= closing_rank):
            closing_rank = mk.rank if doc.v.patterns.closing_heading.search(ln.body[:16]) else None
            continue
        if closing_rank is not None:
            out.add(ln.idx)
    return out


def _choose_level(doc: Doc) -> str | None:
    stats: dict[str, list[int]] = {}
    labelled = _labelled_items(doc)
    closing = _closing_lines(doc) if doc.v.weights.layouts.closing_items_apart else set()
    for bi, ln in enumerate(doc.body):
        if ln.marker is None or (ln.marker.family == "problem_label" and not labelled) or _clean(doc, ln):
            continue
        if ln.idx in closing:
            continue  # 四、保障措施 (一)强化责任落实: how the work is secured, not what was found
        st = stats.setdefault(ln.marker.family, [0, 0])
        st[0] += 1
        st[1] += _problem_like(doc, ln) or _contrast(doc, ln) is not None or _vouched(doc, ln) or _outline_children(doc, bi)
    for fam in _previewed(doc)[0] if doc.v.weights.layouts.previewed_list_apart else ():
        stats.pop(fam, None)  # 1、…2、…3、… listed ahead, each told below under 一、… of its own
    # The family with the most problem-like items; on a tie, the deeper one.
    w = doc.v.weights.layouts
    fams = [(ok, HEADING_RANK.get(fam, 9), fam) for fam, (n, ok) in stats.items()
            if ok >= w.headed_items_min_items and ok >= w.headed_items_min_share * n]
    if not fams:
        return None
    return max(fams)[2]


_PREVIEW_MIN = 2  # items a list names ahead before it is told item by item
_UNWORD_RE = re.compile(r"[^\u3400-\u9fffA-Za-z0-9]+")


def _gist(doc: Doc, ln: Line) -> str:
    """The item's first sentence, its words only (punctuation and spaces dropped)."""
    a, b = _first_sentence(doc.text, ln)
    return _UNWORD_RE.sub("", doc.text[a:b])


def _previewed(doc: Doc) -> tuple[set[str], set[int]]:
    """With previewed_list_apart: families whose items, two or more, are each told again, word for word,
    by a later item of another family (我局存在以下三项情况：1、关于…问题。2、…3、… and then 一、关于…问题。
    with its answer below): the first list names the items ahead, the second tells them. Returns the
    families that name ahead and the lines that tell (the writer listed each as a problem: what stands
    under it answers it)."""
    items: dict[str, list[Line]] = {}
    for ln in doc.body:
        if ln.marker is not None:
            items.setdefault(ln.marker.family, []).append(ln)
    families: set[str] = set()
    told: set[int] = set()
    for fam, lines in items.items():
        if len(lines) < _PREVIEW_MIN:
            continue
        later = {_gist(doc, o): o for other, olines in items.items() if other != fam for o in olines}
        found = [later.get(_gist(doc, ln)) for ln in lines]
        if all(o is not None and o.cstart > ln.cstart and _gist(doc, ln) for o, ln in zip(found, lines, strict=True)):
            families.add(fam)
            told.update(o.idx for o in found if o is not None)
    return families, told


def _listed_problems(doc: Doc, level: str, rank: int) -> set[int]:
    """Items of the finding level listed under a name (1. 市科技馆) or under a line that announces
    problems with their answers (发现问题及整改意见如下：), some of which read as problems: the others
    are problems of the same list whatever their words (卫生间通道有小广告, 不得出售过期食品)."""
    runs: list[list[int]] = []
    named = False  # the run stands right under a name (1. 市科技馆), not under a section
    for bi, ln in enumerate(doc.body):
        mk = ln.marker
        if mk is not None and mk.rank < rank:
            named = _a_name(doc, ln)
            runs.append([])
        elif mk is not None and mk.family == level and named and runs:
            if runs[-1] and mk.value <= doc.body[runs[-1][-1]].marker.value:  # type: ignore[union-attr]
                runs.append([])  # numbering starts again: the fixes after the problems
            runs[-1].append(bi)
        elif mk is None and doc.role(ln) == "mixed":
            named = True  # 检查发现问题及整改意见如下： a list of problems, each with its answer
            runs.append([])
        elif mk is None and not doc.labels.field.search(doc.text, ln.cstart, ln.end):
            named = False  # running text between: no longer a list under the name
    # a dashed list under a lead-in of problems: each line is one of them (problem_dashes)
    out = {bi for bi, ln in enumerate(doc.body) if ln.idx in doc.dash_items and ln.marker is not None and ln.marker.family == level}
    for run in runs:
        heads = [doc.body[bi] for bi in run]
        # the level was chosen for reading as problems across the document: a run of it that holds
        # one is a list of problems
        if len(run) >= 2 and any(_problem_like(doc, ln) for ln in heads):
            out.update(bi for bi, ln in zip(run, heads, strict=True)
                       if not doc.v.patterns.closing_heading.search(ln.body[:12]))
    return out


def _announced(doc: Doc, level: str, rank: int) -> set[int]:
    """With announced_count: the items of the finding level right after a lead-in that counts the problems
    (反馈了5个问题，具体整改情况如下：), when they are exactly that many, numbered from 1: the writer has said
    each is a problem, whatever words it uses, and what follows its problem is what was done. With
    announced_count_carried, a count in the opening (指出了5个方面的问题) holds over the sections before
    the list (一、整改目标 … 二、问题及整改措施) up to the first run of the level."""
    pattern = doc.v.patterns.announced_count
    carried = doc.v.weights.layouts.announced_count_carried
    out: set[int] = set()
    count: int | None = None
    run: list[int] = []

    def close() -> None:
        if count is not None and len(run) == count >= 2:
            out.update(run)

    for bi, ln in enumerate(doc.body):
        mk = ln.marker
        if mk is not None and mk.family == level:
            if count is not None and mk.value == len(run) + 1:
                run.append(bi)
            continue
        if mk is not None and mk.rank >= rank:
            continue  # a sub-point of an item
        said = pattern.search(doc.text, ln.cstart, ln.end)
        if said is None and mk is None and run:
            continue  # a paragraph under an item (or the closing one, which ends nothing announced)
        if said is None and count is not None and not run and carried:
            continue  # (1.10.0) the opening counted them: the sections before their list keep the count
        close()
        count, run = (parse_ordinal(said.group("n")) if said is not None else None), []
    close()
    return out


def _dash_split(doc: Doc, a: int, b: int, end: int) -> tuple[int, int] | None:
    """Where —— parts an item's problem from what was done (…不亮4处——已于11月20日全部更换): the dash's
    start and end, when words stand on both sides of it."""
    m = doc.v.patterns.item_dash.search(doc.text, a, b)
    if m is None or m.start() - a < 2 or not doc.text[m.end() : end].strip():
        return None
    return m.start(), m.end()


_NAME_MAX = 20
_CLEAN_MAX = 60  # a result that found nothing wrong is said in a line
_CLAUSE_RE = re.compile(r"[，,。；;！!？?]")


def _a_name(doc: Doc, ln: Line) -> bool:
    """A heading that only names (a unit, a place, a topic): short, no sentence, no problem."""
    body = ln.body.strip()
    return 0 < len(body) <= _NAME_MAX and not any(c in body for c in "。；;，,：:") and not doc.v.patterns.problem_words.search(body)


def _share_below(doc: Doc, drafts: list[Draft], own_lines: dict[int, int]) -> None:
    """Problems listed one per item under a name (1. 市科技馆 / （1）…；（2）…；), then one line of
    fields for them all (问题整改责任单位：… 整改时限：3天): the fields under the last item of the run
    answer every item of the run that has nothing of its own."""
    run: list[Draft] = []
    for d in [*drafts, None]:
        if d is not None and not d.blocks and (not run or d.group == run[-1].group):
            run.append(d)
            continue
        if d is not None and run and d.group == run[-1].group and d.blocks and all(
            a >= own_lines[id(d)] and doc.labels.field.search(doc.text, a, b) for a, b in d.blocks
        ):
            for r in run:
                r.blocks = list(d.blocks)
                r.end = d.end
        run = [] if d is None or d.blocks else [d]


def _status_tail(doc: Doc, ln: Line) -> int | None:
    """Where a line that lists problems goes on to their status in its last clause (…未安装烟感报警器，
    现已整改完毕。 / …，此三项问题预计在本月25日前整改完毕。): that clause's start, when the words
    before it state a fault."""
    if ln.marker is not None:
        return None
    m = doc.v.patterns.status_tail.search(doc.text, ln.cstart, ln.end)
    p = doc.v.patterns
    faults = (p.item_faults, p.problem_words, p.absence_words)
    if m is None or not any(f.search(doc.text, ln.cstart, m.start()) for f in faults):
        return None  # 无验收手续: a lack stated with 无 is a fault too
    return m.start("s")


def _status_lines(doc: Doc) -> LayoutResult | None:
    """Unnumbered lines in a row, each listing problems and ending in their status (a revisit's
    report, one line a site): one finding a line, its status clause the measure."""
    runs: list[list[tuple[Line, int]]] = [[]]
    for ln in doc.body:
        at = _status_tail(doc, ln)
        if at is None:
            if runs[-1]:
                runs.append([])
            continue
        runs[-1].append((ln, at))
    run = max(runs, key=len)
    if len(run) < doc.v.weights.layouts.headed_items_min_items:
        return None
    drafts = []
    for ln, at in run:
        stop = before_marks(doc.text, at, ln.cstart)
        d = Draft(start=ln.cstart, end=ln.end, finding=(ln.cstart, stop), loose=True)
        d.blocks.append((at, ln.end))
        drafts.append(d)
    first = doc.body.index(run[0][0])
    preamble = (doc.body[0].cstart, doc.body[first - 1].end) if first > 0 else None
    result = LayoutResult("headed_items", drafts, [], preamble, pairing="adjacency")
    result.weight = doc.v.weights.layouts.headed_items
    return result


def _labelled_answers(doc: Doc, drafts: list[Draft]) -> bool:
    """Two or more items, each with an answer of its own that opens on a short label and a colon
    (问题：… then 建议：…): the writer labelled each item's answer, so each item is one problem."""
    firsts = [trim(doc.text, *d.blocks[0]) if d.blocks else None for d in drafts]
    if len(drafts) < 2 or None in firsts or len(set(firsts)) < len(firsts):
        return False
    label = doc.v.patterns.written_answer_label
    return all(f is not None and label.match(doc.text, *f) is not None for f in firsts)


def _states_fault(doc: Doc, ln: Line) -> bool:
    """The line's first sentence states a fault before any turn to what is required (…未标注生产日期，
    请督促整改。), not praise that asks to keep it up (…环境卫生良好，请继续保持。)."""
    a, b = _first_sentence(doc.text, ln)
    p = doc.v.patterns
    turn = p.inline_requirement.search(doc.text, a, b)
    head = doc.text[a : turn.start() if turn is not None else b]
    return p.problem_words.search(head) is not None or p.item_faults.search(head) is not None


def _lone_items(doc: Doc, level: str, rank: int) -> set[int]:
    """With lone_group_item: the unnumbered paragraph right under a group heading that only names
    (a unit, a place) and holds no item of the level, when two or more sibling groups so named number
    theirs and it states a fault: a group with one item writes it without a number (四、水电中心 /
    …未标注保质期，请督促整改。). Sections of a report (一、加强领导，周密部署) are no such groups."""
    if not doc.v.weights.layouts.lone_group_item:
        return set()
    body, out, numbered = doc.body, set(), 0
    for bi, ln in enumerate(body):
        mk = ln.marker
        if mk is None or mk.rank >= rank or not _a_name(doc, ln) or doc.v.patterns.closing_heading.search(ln.body[:16]):
            continue  # 四、保障措施: how the work is secured, no unit's group
        end = next((k for k in range(bi + 1, len(body)) if (m := body[k].marker) is not None and m.rank <= mk.rank),
                   len(body))
        under = body[bi + 1 : end]
        items = [u for u in under if u.marker is not None and u.marker.family == level]
        if items:
            numbered += any(_problem_like(doc, u) for u in items)  # a group of problems, not of tasks
        elif under and under[0].marker is None and _states_fault(doc, under[0]):
            out.add(bi + 1)
    return out if numbered >= doc.v.weights.layouts.headed_items_min_items else set()


def _inside_draft(doc: Doc, ln: Line, at: int | None, group: Line | None, groups: dict[int, Line]) -> Draft:
    """An item whose answer, if any, starts at ``at``: the problem before it, the answer after; or
    at a turn to what is required inside its first sentence (…不合理，要科学设置…), when it may."""
    stop = at if at is not None else ln.end
    if _states_then_requires(doc, ln):
        turn = doc.v.patterns.inline_requirement.search(doc.text, *_first_sentence(doc.text, ln))
        if turn is not None and turn.start() < stop:
            stop, at = turn.start(), turn.end()
    b = stop
    while b > ln.body_start and doc.text[b - 1] in " \t\u3000":
        b -= 1
    d = Draft(start=ln.cstart, end=ln.end, finding=(ln.body_start, b), loose=True)
    if at is not None:
        d.blocks.append((at, ln.end))
    if group is not None:
        d.group = group_name(group)
        groups.setdefault(group.idx, group)
    return d


def _points_act_below(doc: Doc, ln: Line, rank: int, rest: tuple[int, int]) -> bool:
    """The item's own paragraph goes on stating its problem (2024年中心组集中学习8次，低于…: no act, no
    answer opens it) and the first line under it is a deeper numbered point that acts (1.制定…（责任领导：…）):
    the paragraph is the problem whole, the points below its measures (problem_paragraph_measures_below)."""
    text, p = doc.text, doc.v.patterns
    if ln.marker is None or ln.marker.rank <= rank:
        return False
    a, b = rest
    if any(w.match(text, a, b) for w in (p.item_act_opener, p.item_answer_back, p.list_response)):
        return False
    acts = len(p.item_acts.findall(text, ln.body_start, ln.end))
    return acts > 0 and acts >= len(p.item_faults.findall(text, ln.body_start, ln.end))


_ORDINAL_TAIL_RE = re.compile(r"[一二三四五六七八九十0-9０-９]+$")


def _label_stem(doc: Doc, ln: Line) -> str | None:
    """The label an unnumbered line opens on, less its ordinal (点位二： → 点位)."""
    m = doc.v.patterns.written_answer_label.match(ln.body) if ln.marker is None else None
    if m is None:
        return None
    return _ORDINAL_TAIL_RE.sub("", m.group().rstrip("：:")) or None


def _lead_in_stem(doc: Doc) -> str | None:
    """With problem_label_lead_ins: the label of the line right before the first labelled problem
    (点位一： over 发现问题：…), when the items are so labelled: each unit opens on it."""
    if not doc.v.weights.layouts.problem_label_lead_ins or not _labelled_items(doc):
        return None
    body = doc.body
    first = next((k for k, ln in enumerate(body) if _vouched(doc, ln)), None)
    return _label_stem(doc, body[first - 1]) if first else None


def _leads_in(doc: Doc, ln: Line, cur: Draft, stem: str | None) -> bool:
    """The first line under a labelled problem opens on the label the first problem's lead-in opened on
    (点位二： as 点位一：): the next unit's lead-in, not the problem's unlabelled answer."""
    return stem is not None and not cur.blocks and _label_stem(doc, ln) == stem


def _spoken(doc: Doc, ln: Line) -> bool:
    """With spoken_problem_ordinals: the item opens on its spoken ordinal (第二个问题，是… / 另外，…)."""
    if not doc.v.weights.layouts.spoken_problem_ordinals or ln.marker is None:
        return False
    return ln.marker.family in _PROBLEM_LABELS and doc.v.patterns.spoken_problem_opener.match(doc.text, ln.cstart) is not None


def _spoken_draft(doc: Doc, ln: Line, group: Line | None, groups: dict[int, Line]) -> Draft:
    """A paragraph told by its spoken ordinal: its first sentence is the problem, the rest what was
    done when it names an act (已…, 补齐, 将…); a rest that only says why (主要是…没人顶上，耽误了) or
    tells nothing done leaves the problem without a measure."""
    text = doc.text
    a, b = _first_sentence(text, ln)
    rest = trim(text, b, ln.end)
    acts = rest[0] < rest[1] and doc.v.patterns.action_words.search(text, *rest) is not None
    at = rest[0] if acts else None
    d = _inside_draft(doc, ln, at, group, groups)
    if at is None:
        d.finding = (a, trim(text, a, ln.end)[1])
    return d


def _no_fixes_after(doc: Doc, bi: int, rank: int) -> bool:
    """With problems_answer_inside: no heading of the problems section's rank or above after it heads
    the measures (整改措施, 整改情况): the section's items are all the document says of them."""
    if not doc.v.weights.layouts.problems_answer_inside:
        return False
    return not any(
        ln.marker is not None and ln.marker.rank <= rank and doc.role(ln) in ("measures", "mixed")
        for ln in doc.body[bi + 1 :]
    )


def _rest_acts(doc: Doc, ln: Line) -> bool:
    """The item's own paragraph goes on after its first sentence to an act (已要求…, 将…) that its
    faults do not outnumber."""
    _, b = _first_sentence(doc.text, ln)
    a, end = trim(doc.text, b, ln.end)
    if a >= end:
        return False
    p = doc.v.patterns
    acts = len(p.item_acts.findall(doc.text, a, end))
    return acts > 0 and acts >= len(p.item_faults.findall(doc.text, a, end))


def _answer_clause(doc: Doc, a: int, b: int, said: bool) -> tuple[int, int] | None:
    """With item_answer_clause: where the item's one sentence turns at a comma from its problem to the
    writer's answer (…向外倾斜，我们已于11月10日… / …的要求，此问题已整改到位): the comma and the answer's
    start, when the words before it state a fault or the item is one the writer ``said`` is a problem
    (a lead-in counted it, or its list holds problems)."""
    if not doc.v.weights.layouts.item_answer_clause:
        return None
    p = doc.v.patterns
    m = p.answer_clause_turn.search(doc.text, a, b)
    if m is None and said:
        m = p.problem_status_turn.search(doc.text, a, b)  # …较低的问题正在通过…改善
    if m is None or any(r.search(doc.text, a, m.start()) for r in (p.requirement_item, p.requirement_word)):
        return None  # 不得擅自组织生产，…我局将依法查处: a requirement with its sanction, no problem
    if not said and not any(f.search(doc.text, a, m.start()) for f in (p.problem_words, p.item_faults, p.absence_words)):
        return None
    return m.start(), m.end()


def _problems_section_at(doc: Doc) -> int:
    """With problem_named_lead or problem_named_last: where the first heading of a section of problems
    listed apart stands among the body lines (their count where there is none)."""
    lw = doc.v.weights.layouts
    if not (lw.problem_named_lead or lw.problem_named_last):
        return len(doc.body)
    return next((k for k, ln in enumerate(doc.body) if doc.role(ln) == "problems"), len(doc.body))


def _named_lead(doc: Doc, a: int, b: int) -> tuple[int, int] | None:
    """With problem_named_lead: the item's sentence opens by naming the problem it answers and turns at a
    comma to the answer (针对…的问题，学校于8月底… / 对于…的问题，学校将…): the comma and where the answer
    starts, when words follow it."""
    if not doc.v.weights.layouts.problem_named_lead:
        return None
    m = doc.v.patterns.named_problem_lead.match(doc.text, a, b)
    if m is None or trim(doc.text, m.end(), b)[0] >= b:
        return None
    return m.end() - 1, m.end()


def _named_last(doc: Doc, ln: Line) -> tuple[int, tuple[int, int]] | None:
    """With problem_named_last: an item of one sentence, told as the writer's acts (我们组织…，召开了…),
    whose last clause names the problem they solved (…，解决了个别教师有偿补课的问题。): where that
    clause turns (its comma) and where that problem stands; the acts before it are its answer."""
    if not doc.v.weights.layouts.problem_named_last:
        return None
    p, text = doc.v.patterns, doc.text
    a, b = _first_sentence(text, ln)
    if b < trim(text, a, ln.end)[1] or p.writer_act_opening.match(text, a, b) is None:
        return None  # more than one sentence, or not the writer's acts
    m = p.solved_problem_last.search(text, a, b)
    return (m.start(), (m.start("p"), m.end("p"))) if m is not None else None


_SENTENCE_ENDS = "。！？"


def _restated_problem(doc: Doc, d: Draft) -> None:
    """With title_restated_problem: a finding that is its title alone (（一）关于…问题), whose measure
    opens on a paragraph telling the problem again as the inspecting body stated it (巡察指出，…) and
    then, in a later sentence of it, answering (对此，… / 目前已…): the restatement joins the finding,
    the measure runs from the answer. The title stays the finding's title."""
    text, p = doc.text, doc.v.patterns
    if not d.blocks or "\n" not in text[d.finding[1] : d.blocks[0][0] + 1]:
        return  # the measure starts on the finding's own line: no title alone
    a, end = trim(text, *d.blocks[0])
    if a >= end or p.restated_problem.match(text, a, end) is None:
        return
    stop = text.find("\n", a, end)
    stop = end if stop < 0 else stop
    for i in range(a, stop):
        if text[i] not in _SENTENCE_ENDS:
            continue
        s, _ = trim(text, i + 1, stop)
        if s < stop and (p.restated_answer.match(text, s, stop) or p.item_answer_back.match(text, s, stop)):
            d.title = d.title or trim(text, *d.finding)
            d.finding = (d.finding[0], i + 1)
            d.blocks[0] = (s, d.blocks[0][1])
            return


def _answers_above(doc: Doc, first: int) -> bool:
    """With answer_lead_in_points: the items stand right under an unnumbered paragraph that answers
    problems stated above it (针对以上问题，…现将整改情况说明如下：): they are the points of that answer,
    not problems of their own (（一）关于班子分工问题。…)."""
    if not doc.v.weights.layouts.answer_lead_in_points:
        return False
    lead = next((ln for ln in reversed(doc.body[:first]) if not ln.blank), None)
    if lead is None or lead.marker is not None or doc.role(lead) != "measures":
        return False
    return doc.v.patterns.list_back_reference.match(doc.text, lead.body_start, lead.end) is not None


def _cut_first_item(doc: Doc, first: int, drafts: list[Draft]) -> Draft | None:
    """With cut_first_item: a page that cut item 1 at its start leaves its text above a list whose
    first item is 2. (…持续用力。一些党支部党内政治教育党味不浓… then 2.组织生活质效不够到位。): with no title
    read, unnumbered paragraphs above it that state a fault, head no section and lead nothing in (no
    closing colon) are that first item, a finding with no measure as its siblings each are."""
    if not doc.v.weights.layouts.cut_first_item or first == 0 or doc.title_lines:
        return None
    mk = doc.body[first].marker
    if mk is None or mk.value != 2 or any(d.blocks for d in drafts):
        return None
    above = doc.body[:first]
    if any(ln.marker is not None or doc.role(ln) is not None for ln in above):
        return None
    text, p = doc.text, doc.v.patterns
    a, b = trim(text, above[0].cstart, above[-1].end)
    if a >= b or text[b - 1] in "：:":
        return None
    # a fault stated, or a sentence that opens on some of the units at fault (一些党支部…党味不浓)
    subject = any(p.fault_subject_opener.match(text, m.end(), b) for m in _SENTENCE_START_RE.finditer(text, a, b))
    if not subject and p.problem_words.search(text, a, b) is None:
        return None
    return Draft(start=a, end=b, finding=(a, b), loose=True)


@LAYOUTS.register("headed_items")
def headed_items_layout(doc: Doc) -> LayoutResult | None:
    if doc.measure_labels:
        return None  # labelled measures: the labeled reading's job
    level = _choose_level(doc)
    if level is None:
        return _status_lines(doc) if doc.v.weights.layouts.status_lines else None
    text, body = doc.text, doc.body
    rank = next(ln.marker.rank for ln in body if ln.marker is not None and ln.marker.family == level)
    drafts: list[Draft] = []
    groups: dict[int, Line] = {}
    group: Line | None = None
    cur: Draft | None = None
    first: int | None = None
    in_problems = open_problems = False
    answered_items: set[int] = set()
    own_lines: dict[int, int] = {}  # where each item's own line ends
    own_rest: dict[int, list[tuple[int, int]]] = {}  # an item's own line after its first sentence
    listed_drafts: set[int] = set()
    bare: list[Draft] = []  # items of the level that stop at one sentence and read as nothing in particular
    listed = _listed_problems(doc, level, rank) if doc.v.weights.layouts.headed_items_share_below else set()
    inside = _answers_inside(doc, level)
    announced = _announced(doc, level, rank)
    listed |= announced
    lone = _lone_items(doc, level, rank)
    lead_in = _lead_in_stem(doc)
    told = _previewed(doc)[1] if doc.v.weights.layouts.previewed_list_apart else set()
    # after a section of problems listed apart, items naming a problem are the answers that pair by name
    listed_at = _problems_section_at(doc)
    for bi, ln in enumerate(body):
        mk = ln.marker
        if mk is not None and mk.rank < rank:
            cur = None
            group = None if doc.v.patterns.closing_heading.search(ln.body[:16]) else ln
            in_problems = doc.role(ln) == "problems"  # a list of problems, fixes elsewhere
            # (1.10.0) unless no fixes follow: its items may each answer themselves (problems_answer_inside)
            open_problems = in_problems and _no_fixes_after(doc, bi, mk.rank)
            continue
        if (mk is not None and mk.family == level) or bi in lone:
            answered = _answered(doc, ln) or ln.idx in told or _outline_children(doc, bi)
            if _clean(doc, ln):
                cur = None  # 体育设施坚固稳定。: the check found nothing here
                continue
            if not in_problems and not answered and _described_rest(doc, ln):
                # 2.组织生活质效不够到位。一些党支部只注重…: the problem told whole, nothing done about it
                first = bi if first is None else first
                d = Draft(start=ln.cstart, end=ln.end, finding=trim(text, ln.body_start, ln.end), loose=True)
                own_lines[id(d)] = ln.end
                listed_drafts.add(id(d))
                if group is not None:
                    d.group = group_name(group)
                    groups.setdefault(group.idx, group)
                drafts.append(d)
                cur = None
                continue
            turned = None if answered else _contrast(doc, ln)
            # (1.3.0) an item answered inside by a requirement stated its problem (…夜间无人值守。…因此要…)
            required = inside is not None and inside.get(ln.idx) is not None and _states_then_requires(doc, ln)
            pointed = inside is not None and _points_back(doc, inside.get(ln.idx))
            if in_problems and open_problems and _rest_acts(doc, ln):
                pass  # 1.…没有正式发票。已要求施工方…: a problem found and answered in one paragraph
            elif in_problems or not (
                answered or turned or _problem_like(doc, ln) or bi in listed or required or _vouched(doc, ln) or pointed
            ):
                cur = None
                if not in_problems and _first_sentence(text, ln)[1] >= ln.end - 1:
                    bare.append(Draft(start=ln.cstart, end=ln.end, finding=_first_sentence(text, ln), loose=True))
                continue
            if inside is not None and _only_required(doc, ln):
                cur = None  # 施工现场要严格按照…作业: a requirement, no problem
                continue
            first = bi if first is None else first
            if _spoken(doc, ln):
                cur = _spoken_draft(doc, ln, group, groups)
                own_lines[id(cur)] = ln.end
                answered_items.add(id(cur))
                listed_drafts.add(id(cur))
                drafts.append(cur)
                continue
            if inside is not None:
                at = inside.get(ln.idx)
                at = at if at is not None else _rest_answers(doc, ln, bi in listed)
                cur = _inside_draft(doc, ln, at, group, groups)
                own_lines[id(cur)] = ln.end
                (answered_items if cur.blocks else listed_drafts).add(id(cur))
                drafts.append(cur)
                continue
            a, b = turned or _first_sentence(text, ln)
            rest = b  # where the item's answer starts
            dash = _dash_split(doc, a, b, ln.end) if bi in announced else None
            if dash is not None:
                (b, rest), answered = dash, True  # 疏散指示标志不亮4处——已全部更换
            turn = None if dash is not None else doc.v.patterns.inline_requirement.search(text, a, b)
            if turn is not None:
                # 学校食堂清洁卫生欠佳，要求做到存放有序：the sentence turns to what is required
                b, rest, answered = turn.start(), turn.end(), True
            elif dash is None and bi < listed_at and (named := _named_lead(doc, a, b)) is not None:
                b, rest, answered = *named, True  # 针对…的问题，学校于8月底重新调整分班…
            elif dash is None and (clause := _answer_clause(doc, a, b, bi in listed)) is not None:
                b, rest, answered = *clause, True  # …出现裂缝，我们已于11月10日请施工队拆除重砌
            elif dash is None and bi < listed_at and (last := _named_last(doc, ln)) is not None:
                solved_at, found = last
                cur = Draft(start=ln.cstart, end=ln.end, finding=found, title=found, blocks=[(a, solved_at)], loose=True)
                own_lines[id(cur)] = ln.end
                answered_items.add(id(cur))  # 我们组织…，解决了…的问题。: the acts before answer it
                if group is not None:
                    cur.group = group_name(group)
                    groups.setdefault(group.idx, group)
                drafts.append(cur)
                continue
            if b < ln.end and _opens_causes(doc, b, ln.end):
                b = rest = ln.end  # …未纳入管理。成因：…: why it arose, the problem's own text, no answer
            cur = Draft(start=ln.cstart, end=ln.end, finding=(a, b))
            own_lines[id(cur)] = ln.end
            if bi in listed or turned:
                listed_drafts.add(id(cur))  # the praise before the turn is no answer
            if _vouched(doc, ln):
                answered_items.add(id(cur))  # 问题1：… — what stands under the labelled problem answers it
            if answered:
                answered_items.add(id(cur))
            if bi in announced and b < ln.end:
                answered_items.add(id(cur))  # the writer said it is a problem: what follows answers it
            if b < ln.end:
                cur.blocks.append((rest, ln.end))
                if not answered and doc.v.weights.layouts.problem_paragraph_measures_below:
                    own_rest[id(cur)] = [(rest, ln.end)]
            elif bi in listed and doc.v.patterns.requirement_item.match(text, a, b):
                cur.blocks.append((a, b))  # 不得出售过期食品：the problem forbidden is its own answer
                answered_items.add(id(cur))
            if group is not None:
                cur.group = group_name(group)
                groups.setdefault(group.idx, group)
            cur.loose = True
            drafts.append(cur)
            if bi in lone or ln.idx in doc.point_paragraphs:
                cur = None  # the group's one item is its one paragraph; a point (一是…) is its paragraph
            continue
        if cur is not None and first is not None and _spoken(doc, body[first]) and doc.v.patterns.closing_paragraph.match(ln.body):
            cur = None  # 下一步，我们…: the report's close, after items that each hold their own answer
            continue
        if cur is not None and _leads_in(doc, ln, cur, lead_in):
            cur = None  # 点位二：… under 发现问题：…: the next unit's own label, not this problem's answer
            continue
        if cur is not None:
            if own_rest.get(id(cur)) == cur.blocks and _points_act_below(doc, ln, rank, cur.blocks[0]):
                cur.finding, cur.blocks = (cur.finding[0], cur.blocks[0][1]), []  # the whole paragraph states it
            if cur.blocks and cur.blocks[-1][1] <= ln.cstart:
                cur.blocks[-1] = (cur.blocks[-1][0], ln.end)
            else:
                cur.blocks.append((ln.cstart, ln.end))
            cur.end = ln.end
    if doc.v.weights.layouts.headed_items_share_below:
        _share_below(doc, drafts, own_lines)
    observed = _observed_cases(doc, drafts, own_lines)
    # an item of a listed run with nothing under it is a finding without a measure (the page cut it)
    kept = observed or [d for d in drafts if _answers(doc, d, id(d) in answered_items) or (id(d) in listed_drafts and not d.blocks)]
    if doc.v.weights.layouts.sibling_rest_labels and not observed:
        kept = _labelled_like_siblings(doc, drafts, kept)
    if doc.v.weights.layouts.bare_items_unanswered and not observed and _acted(doc, kept) * 2 >= len(drafts):
        # a problem of the same list that stops at its own statement (nothing done yet) is a finding
        # without a measure, where half its siblings go on to what was done (a plea for help is not)
        kept = [d for d in drafts if d in kept or not d.blocks]
        # a sibling with a finding right before and right after it is one too, whatever its words
        rescued = [d for d in bare if _sandwiched(doc.text, d, kept)]
        if doc.v.weights.layouts.bare_items_answered_below:
            rescued += [r for d in bare if d not in rescued and (r := _answered_below(doc, d, kept)) is not None]
        kept = sorted(kept + rescued, key=lambda d: d.start)
    drafts = kept
    if listed_drafts and drafts and not drafts[-1].blocks and drafts[-1].finding[1] - drafts[-1].finding[0] < _FRAGMENT:
        end = len(text.rstrip())
        if drafts[-1].finding[1] >= end:
            drafts.pop()  # （5）学雷 — a word cut by the page, not a problem stated
    if len(drafts) < doc.v.weights.layouts.headed_items_min_items or first is None:
        return None
    if _answers_above(doc, first):
        return None
    for d in drafts:
        d.measure_label = None
        if doc.v.weights.layouts.title_restated_problem:
            _restated_problem(doc, d)
    cut = _cut_first_item(doc, first, drafts)
    if cut is not None:
        drafts.insert(0, cut)  # the page's opening is item 1, cut at its start
    preamble = (body[0].cstart, body[first - 1].end) if first > 0 and cut is None else None
    result = LayoutResult("headed_items", drafts, [make_group(doc, g) for g in groups.values()], preamble,
                          pairing="adjacency")
    result.weight = doc.v.weights.layouts.headed_items
    result.labelled_answers = doc.v.weights.layouts.headed_labelled_answers and _labelled_answers(doc, drafts)
    return result
