"""Pairing problems with the measures written for them in another section.

A fix says what it answers in three ways, from the most to the least telling: it quotes the problem
(``关于《审计报告》中提出“…”的问题``), it names it or its objects (``针对票价公示不一致的问题``,
``消火栓``), or it carries the problem's number. Numbers are the weakest: real reports skip problem
numbers, list fixes in another order and leave some problems unanswered. So each fix goes to the
problem its opening words share most with, a matching number tipping close calls; a fix that shares
nothing distinctive falls back to its number.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from checker.segment.lines import Line
from checker.text.numerals import parse_ordinal
from checker.vocabulary import Vocabulary

_QUOTED_RE = re.compile(r"[“\"「『]([^”\"」』]{4,})[”\"」』]")
_LEAD_RE = re.compile(r"^[^。；]{0,80}")
_HAN_OR_DIGIT = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]")
_OPENING_STOP = re.compile(r"[。；;！？]")
_ONE_OF = re.compile(r"1\D+")  # 1件, 1个: names no case in particular


@dataclass
class Entry:
    """One numbered problem or fix: ``text[start:end]`` whole, words from ``body``."""

    value: int
    start: int
    body: int
    end: int
    group: Line | None = None  # the group heading the entry stands under


class _Words:
    """What pairing reads of one vocabulary."""

    def __init__(self, v: Vocabulary) -> None:
        generic = frozenset(v.words.pairing_generic)
        self.generic = generic
        self.long_generic = [w for w in generic if len(w) > 2]
        self.names = v.patterns.fix_names
        self.aimed = v.patterns.fix_aimed_clause if v.weights.layouts.fix_aimed_clause else None
        self.figure = v.patterns.figure
        self.back = v.patterns.list_back_reference  # 对上述问题，…: all the listed ones, none unlisted
        self.answer_back = v.patterns.item_answer_back
        self.number_reference = v.patterns.fix_number_reference  # 对第1项问题，…: a listed one by its number
        self.w = v.weights.pairing

    def bigrams(self, s: str) -> set[str]:
        """Distinctive character pairs: the generic words every problem and fix share are left out."""
        chars = [c for c in s if _HAN_OR_DIGIT.match(c)]
        grams = {a + b for a, b in itertools.pairwise(chars)}
        return {g for g in grams if g not in self.generic and not any(g in w for w in self.long_generic)}

    def figures(self, s: str) -> set[str]:
        """Figures with their unit (21件, 18.6万元, 12间): one case each."""
        return {m.group() for m in self.figure.finditer(s) if not _ONE_OF.fullmatch(m.group())}

    def words(self, s: str) -> tuple[set[str], set[str]]:
        """What :meth:`alike` compares of a text: its distinctive bigrams and its figures (read once
        per text, however many texts it is compared with)."""
        return self.bigrams(s), self.figures(s)

    def alike(self, fix: tuple[set[str], set[str]], problem: tuple[set[str], set[str]]) -> float:
        """Distinctive bigrams shared, over the smaller of the two sets (a short 针对… phrase and a
        long problem, or a long fix sentence and a short problem title, both score fairly), plus a
        bonus for each figure both name."""
        (f, f_figures), (p, p_figures) = fix, problem
        if not f or not p:
            return 0.0
        shared_figures = len(f_figures & p_figures)
        return len(f & p) / min(len(f), len(p)) + min(self.w.figures_max, shared_figures) * self.w.figure


def _words_of(v: Vocabulary) -> _Words:
    return v.derived("pairing", _Words)


def _lead(words_of: _Words, text: str, e: Entry, quote_in_opening: bool = False) -> str:
    """What a fix says it answers: its quotation, else its opening clause(s)."""
    words = text[e.body : e.end]
    q = _QUOTED_RE.search(words[:200])
    if q is not None and quote_in_opening:
        # 关于公务接待问题。…严格执行“一函一单一票”制度: a quotation after the opening sentence is
        # the fix's own words, not the problem it answers
        stop = _OPENING_STOP.search(words)
        q = q if stop is None or q.start() < stop.start() else None
    if q is not None:
        return q.group(1)
    m = _naming_opening(words_of, words)
    if m is not None:
        return m.group("n")
    m = _LEAD_RE.match(words)
    return m.group() if m else words[:80]


def likeness(v: Vocabulary, fix: str, problem: str) -> float:
    """How much a fix's words name a problem's (the score :func:`pair` ranks pairs by)."""
    words_of = _words_of(v)
    return words_of.alike(words_of.words(fix), words_of.words(problem))


def lead_of(v: Vocabulary, text: str, fix: Entry) -> str:
    """What a fix says it answers (its quotation or opening clause)."""
    return _lead(_words_of(v), text, fix, v.weights.layouts.fix_quote_in_opening)


def pair(
    v: Vocabulary, text: str, problems: list[Entry], fixes: list[Entry], *, numbers: bool = True
) -> tuple[dict[int, list[int]], list[int], str]:
    """``({problem index: [fix indexes]}, unpaired fix indexes, how)``: each fix answers at most one
    problem; ``how`` is ``number``, ``text`` or ``mixed``, for the outline view. ``numbers=False``:
    the numbers say nothing (fixes numbered on their own, under no heading), only the words pair."""
    words_of = _words_of(v)
    w = words_of.w
    cited = _cited_pairs(v, text, problems, fixes) if numbers else None
    if cited is not None:
        return cited
    if not numbers:
        fixes = [Entry(-1 - k, f.start, f.body, f.end, f.group) for k, f in enumerate(fixes)]
    else:
        fixes = [_named_number(v, text, f) for f in _numbered_after_lists(v, text, fixes)]
    leads = [_lead(words_of, text, f, v.weights.layouts.fix_quote_in_opening) for f in fixes]
    by_fix: dict[int, int] = {}
    taken: set[int] = set()
    if numbers:
        _dotted_named(v, text, problems, fixes, by_fix, taken)
    if v.weights.layouts.fix_names_target:
        _target_named(v, words_of, text, problems, fixes, by_fix, taken)
    shared = _numbers_named(v, text, problems, fixes, by_fix, taken) if numbers else {}
    bodies = [text[p.body : p.end] for p in problems]
    said = [words_of.words(b) for b in bodies]
    lead_words = [words_of.words(lead) for lead in leads]
    if v.weights.layouts.common_words_unshared:
        said, lead_words = _without_common(said, lead_words)
    sim = [[words_of.alike(fix, b) for b in said] for fix in lead_words]  # sim[fix][problem]
    # 针对…问题 in words no listed problem shares enough: a problem the list does not hold, which no
    # number or number's bonus pairs
    unlisted = {fi for fi, f in enumerate(fixes) if _names_unlisted(words_of, text, f, sim[fi])} if (
        v.weights.layouts.named_fix_unlisted) else set()
    scored: list[tuple[float, int, int]] = []
    for fi, row in enumerate(sim):
        if fi in unlisted:
            continue
        for pi, value in enumerate(row):
            bonus = w.number_bonus if problems[pi].value == fixes[fi].value else 0.0
            scored.append((value + bonus, fi, pi))
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    # each fix's candidates in the same order: its rival is the first one still open
    per_fix: dict[int, list[tuple[float, int]]] = {}
    for score, fi, pi in scored:
        per_fix.setdefault(fi, []).append((score, pi))
    by_text = 0
    for score, fi, pi in scored:
        if score < w.min_similarity or fi in by_fix or pi in taken:
            continue
        # A fix whose best problem is only a hair ahead of another stays for the number pass.
        rival = next((s for s, p2 in per_fix[fi] if p2 != pi and p2 not in taken), None)
        if rival is not None and rival > score - w.margin and problems[pi].value != fixes[fi].value:
            continue
        by_fix[fi] = pi
        taken.add(pi)
        by_text += problems[pi].value != fixes[fi].value
    by_value = {p.value: i for i, p in enumerate(problems)}
    general = _unnamed_general(v, words_of, text, fixes, by_fix)
    for fi, f in enumerate(fixes):
        if fi in by_fix or fi == general:
            continue
        found = by_value.get(f.value)
        if fi in unlisted:
            continue
        # A number names a problem only when the fix says nothing that points elsewhere.
        best_open = max((sim[fi][j] for j in range(len(problems)) if j not in taken), default=0.0)
        if found is not None and found not in taken and sim[fi][found] + 0.001 >= best_open - w.number_slack:
            by_fix[fi] = found
            taken.add(found)
    if v.weights.layouts.last_left_paired and not _left_unnamed(v, words_of, text, fixes, by_fix):
        phrase = v.weights.layouts.last_left_phrase
        # with last_left_phrase, a fix's own paragraph: one set apart after the list's last item is no part of it
        wholes = [text[f.body : _paragraph_end(text, f) if phrase else f.end] for f in fixes]
        _pair_last_left(words_of, wholes, said, by_fix, taken, _PHRASE_SHARED if phrase else 1)
    if v.weights.layouts.last_fix_general and numbers:
        floor = w.min_similarity if v.weights.layouts.last_fix_general_slight else 0.0
        _last_fix_general(sim, leads, v.patterns.general_fix, by_fix, floor)
    if v.weights.layouts.general_work_fix and numbers:
        _general_work_fixes(sim, leads, v.patterns.general_work, by_fix, w.min_similarity)
    out: dict[int, list[int]] = {}
    for fi, pi in sorted(by_fix.items()):
        out.setdefault(pi, []).append(fi)
    for fi, others in shared.items():
        for pi in others:
            out.setdefault(pi, []).append(fi)
    if v.weights.layouts.fix_names_two:
        _second_named(sim, leads, by_fix, out, v.patterns.fix_names_joined)
    if v.weights.layouts.fix_clause_answers:
        _clause_answers(words_of, [text[f.body : f.end] for f in fixes], said, by_fix, out)
    unpaired = [fi for fi in range(len(fixes)) if fi not in by_fix]
    how = "number" if by_text == 0 else ("text" if by_text == len(by_fix) else "mixed")
    return out, unpaired, how


_COMMON_AMONG = 3  # problems that must all share a word before it tells none of them apart


Words = tuple[set[str], set[str]]


def _without_common(said: list[Words], leads: list[Words]) -> tuple[list[Words], list[Words]]:
    """The problems' and fixes' words less those every problem shares (社区 when each problem opens on
    its 社区's name: 望江社区：…, 城南社区：…): a word all problems say points to none of them, and a fix
    saying it (各社区要…) names no problem (common_words_unshared)."""
    if len(said) < _COMMON_AMONG:
        return said, leads
    common = set.intersection(*(grams for grams, _ in said))
    if not common:
        return said, leads
    return [(g - common, f) for g, f in said], [(g - common, f) for g, f in leads]


_NAMES_BOTH = 0.3  # the opening names each of the two problems (about half its words each), not one word


def _second_named(
    sim: list[list[float]], leads: list[str], by_fix: dict[int, int], out: dict[int, list[int]], joined: re.Pattern[str],
) -> None:
    """A fix whose opening names two problems joined (针对超标准收费和串换项目收费问题) answers both: a
    problem no fix answers takes the fix, paired with another, whose opening names each of the two
    (fix_names_two; ``joined``: the words that join two names, 和, 及, 、: fix_names_joined)."""
    for pi in range(len(sim[0]) if sim else 0):
        if pi in out:
            continue
        named = [fi for fi, other in by_fix.items()
                 if joined.search(leads[fi]) and min(sim[fi][pi], sim[fi][other]) >= _NAMES_BOTH]
        if named:
            out[pi] = [max(named, key=lambda fi: sim[fi][pi])]


_CLAUSE_STOP = re.compile(r"[。；;]")


def _clause_answers(
    words_of: _Words, fixes: list[str], said: list[tuple[set[str], set[str]]], by_fix: dict[int, int],
    out: dict[int, list[int]],
) -> None:
    """A fix that goes on, after a stop, to a clause of another problem's words (…调整作息时间，…；要建立
    作业公示制度，控制书面作业总量) answers that problem too: a problem no fix answers takes the paired
    fix one of whose later clauses names it more than any other problem and shares no word with the
    fix's own (fix_clause_answers). A requirement for one unit often covers two of its problems."""
    least = words_of.w.min_similarity
    for pi in range(len(said)):
        if pi in out:
            continue
        found: list[tuple[float, int]] = []
        for fi, own in by_fix.items():
            for clause in _CLAUSE_STOP.split(fixes[fi])[1:]:
                words = words_of.words(clause)
                score = words_of.alike(words, said[pi])
                if score >= least and words_of.alike(words, said[own]) == 0 and all(
                    words_of.alike(words, other) < score for j, other in enumerate(said) if j != pi
                ):
                    found.append((score, fi))
        if found:
            out[pi] = [max(found)[1]]


_NAMED_REACH = 24  # a fix names the problem's number in its opening words (（四）对第5项问题，…)


def _named_number(v: Vocabulary, text: str, f: Entry) -> Entry:
    """A fix that names the number of the problem it answers (对第5项问题，…: fix_number_reference)
    carries that number, whatever its own enumerator says."""
    m = v.patterns.fix_number_reference.search(text, f.body, min(f.end, f.body + _NAMED_REACH))
    value = parse_ordinal(m.group("n")) if m is not None else None
    return Entry(value, f.start, f.body, f.end, f.group) if value is not None else f


_RANGE_MAX = 10  # 第1至3项: a span of more problems than this is no list of one fix's problems
_CLOSING_REACH = 40  # a fix's closing bracket citing its problems (…。（对应问题3、6）)
_ALL_CITED = 3  # a fix citing every problem of a list this long is a general one


def _numbers(v: Vocabulary, listed: str) -> list[int]:
    """The numbers a citation lists (3、6; 1至3, a range naming each between); none when one is no
    number or a range runs backwards or too far."""
    joints = re.findall(r"[^0-9０-９一二三四五六七八九十]+", listed)
    values = [parse_ordinal(t) for t in re.findall(r"[0-9０-９一二三四五六七八九十]+", listed)]
    out: list[int] = []
    for k, value in enumerate(values):
        if value is None:
            return []
        ranged = k > 0 and v.patterns.number_range_joint.search(joints[k - 1]) is not None
        if ranged and out and 0 < value - out[-1] <= _RANGE_MAX:
            out.extend(range(out[-1] + 1, value + 1))
        elif ranged:
            return []
        else:
            out.append(value)
    return out if len(set(out)) == len(out) else []


def cited_numbers(v: Vocabulary, text: str, f: Entry) -> list[int]:
    """The numbers of the problems a fix cites as those it answers: in its opening (针对问题5：…;
    关于第3项问题，…: fix_cited_opening) or in a bracket that closes it (…（对应问题3、6）: fix_cited_closing)."""
    return cited_between(v, text, f.body, f.end)


def cited_between(v: Vocabulary, text: str, start: int, end: int) -> list[int]:
    """The numbers of the problems the fix written in ``text[start:end]`` cites as those it answers, in
    its opening (针对问题5：…) or in a bracket that closes it (…（对应问题3、6）)."""
    m = v.patterns.fix_cited_opening.match(text, start, min(end, start + _NAMED_REACH))
    if m is None:
        m = v.patterns.fix_cited_closing.search(text, max(start, end - _CLOSING_REACH), end)
    if m is None:
        return _bare_cited(v, text, start, end)
    listed = m and (m.group("a") or m.group("b"))
    return _numbers(v, listed) if listed else []


_CLAUSE_STARTS = "，,；;。"


def _bare_cited(v: Vocabulary, text: str, start: int, end: int) -> list[int]:
    """A requirement opening on bare item numbers (第1、3、4项…; 第5项…，第6项…): the numbers it opens on
    and those opening any later clause of it, each once (fixes_cite_bare_items)."""
    rx = v.patterns.fix_cited_bare
    m = rx.match(text, start, min(end, start + _NAMED_REACH))
    if m is None:
        return []
    out = _numbers(v, m.group("a"))
    pos = m.end()
    while (m := rx.search(text, pos, end)) is not None:
        pos = m.end()
        if text[m.start() - 1] in _CLAUSE_STARTS:
            out += _numbers(v, m.group("a"))
    return out if out and len(set(out)) == len(out) else []


def _cited_pairs(
    v: Vocabulary, text: str, problems: list[Entry], fixes: list[Entry],
) -> tuple[dict[int, list[int]], list[int], str] | None:
    """Fixes that each cite the numbers of the problems they answer (针对问题5：…; …（对应问题3、6）), two
    or more, every number one of the list's: each answers the problems it cites and no other, a
    problem none cites has none, and a fix citing every problem of the list (（对应问题1至6）) is a
    general one (fixes_cite_numbers). None when a fix cites nothing or a number the list lacks: the
    numbers do not speak for the writer, the other passes pair."""
    if not v.weights.layouts.fixes_cite_numbers or len(fixes) < 2 or not problems:
        return None
    by_value: dict[int, int] = {}
    for pi, p in enumerate(problems):
        if p.value in by_value:
            return None  # numbered twice alike: a number names no one problem
        by_value[p.value] = pi
    cites = [cited_numbers(v, text, f) for f in fixes]
    if any(not c or any(n not in by_value for n in c) for c in cites):
        return None
    out: dict[int, list[int]] = {}
    unpaired: list[int] = []
    for fi, c in enumerate(cites):
        if len(problems) >= _ALL_CITED and len(c) == len(problems):
            unpaired.append(fi)
            continue
        for n in c:
            out.setdefault(by_value[n], []).append(fi)
    return out, unpaired, "number"


def _listed_numbers(v: Vocabulary, text: str, f: Entry) -> list[int]:
    """The numbers of the problems a fix's opening names together (对第1、2项问题; 针对问题3、4;
    第1至3项问题: fix_number_list), a range (至, 到: number_range_joint) naming each between; none
    when it names fewer than two."""
    m = v.patterns.fix_number_list.search(text, f.body, min(f.end, f.body + _NAMED_REACH))
    listed = m and (m.groupdict().get("a") or m.groupdict().get("b"))
    if not listed:
        return []
    out = _numbers(v, listed)
    return out if len(out) >= 2 else []


def _numbered_after_lists(v: Vocabulary, text: str, fixes: list[Entry]) -> list[Entry]:
    """Fixes numbered in their own run after one naming several problems ((一)对第1、2项问题 (二)… (三)…)
    run behind the problems by the ones it answers beyond its own number: (二) answers problem 3
    (fix_names_numbers). A number out of the run ends the shift: the writer numbers as the problems."""
    if not v.weights.layouts.fix_names_numbers:
        return fixes
    out: list[Entry] = []
    shift, expect = 0, 0
    for f in fixes:
        listed = _listed_numbers(v, text, f)
        if listed:
            shift, expect = max(listed) - f.value, f.value + 1
        elif shift > 0 and f.value == expect:
            expect += 1
            f = Entry(f.value + shift, f.start, f.body, f.end, f.group)
        else:
            shift = 0
        out.append(f)
    return out


def _numbers_named(
    v: Vocabulary,
    text: str,
    problems: list[Entry],
    fixes: list[Entry],
    by_fix: dict[int, int],
    taken: set[int],
) -> dict[int, list[int]]:
    """A fix naming the numbers of two or more problems of the list (（一）对第1、2项问题，…) answers
    each of them: it is paired with the first before any other pairing, the rest kept apart as
    ``{fix index: [further problem indexes]}`` (fix_names_numbers). Numbers not all in the list, or
    named by an earlier fix, leave the fix to be paired as any other."""
    if not v.weights.layouts.fix_names_numbers:
        return {}
    by_value = {p.value: i for i, p in enumerate(problems)}
    shared: dict[int, list[int]] = {}
    for fi, f in enumerate(fixes):
        named = [by_value.get(n) for n in _listed_numbers(v, text, f)]
        if not named or any(pi is None or pi in taken for pi in named):
            continue
        found = [pi for pi in named if pi is not None]
        by_fix[fi] = found[0]
        taken.update(found)
        shared[fi] = found[1:]
    return shared


_DOTTED_NUMBER_RE = re.compile(r"[ \t\u3000]*([0-9]{1,2}(?:\.[0-9]{1,2}){1,2})(?![0-9])")


def _dotted_named(
    v: Vocabulary, text: str, problems: list[Entry], fixes: list[Entry], by_fix: dict[int, int], taken: set[int],
) -> None:
    """A fix whose opening names a problem by its dotted number (3.1 针对2.1.1，…: fix_dotted_reference)
    answers the one problem numbered so, before any pairing by words (fix_names_dotted). Problems
    numbered twice alike number nothing."""
    if not v.weights.layouts.fix_names_dotted:
        return
    numbered: dict[str, list[int]] = {}
    for pi, p in enumerate(problems):
        m = _DOTTED_NUMBER_RE.match(text, p.start, p.body)
        if m is not None:
            numbered.setdefault(m.group(1), []).append(pi)
    for fi, f in enumerate(fixes):
        m = v.patterns.fix_dotted_reference.search(text, f.body, min(f.end, f.body + _NAMED_REACH))
        named = numbered.get(m.group("n"), []) if m is not None else []
        if len(named) == 1 and named[0] not in taken and fi not in by_fix:
            by_fix[fi] = named[0]
            taken.add(named[0])


def _target_named(
    v: Vocabulary, words_of: _Words, text: str, problems: list[Entry], fixes: list[Entry],
    by_fix: dict[int, int], taken: set[int],
) -> None:
    """A fix acting on a person or unit (对刘丽萍进行批评教育, 对黄建华公车私用问题予以立案审查: pattern
    fix_action_target) answers the one problem naming that target, before any pairing by words or
    numbers (fix_names_target): a notice handles each case by whom it concerns, and a name is one
    or two bigrams that the words alone weigh too lightly. The target's longest opening (two
    characters or more, with a distinctive bigram) that one problem alone holds names it."""
    bodies = [text[p.body : p.end] for p in problems]
    for fi, f in enumerate(fixes):
        if fi in by_fix:
            continue
        opening = text[f.body : f.end]
        stop = _OPENING_STOP.search(opening)
        m = v.patterns.fix_action_target.search(opening[: stop.start() if stop else len(opening)])
        if m is None:
            continue
        target = m.group("t")
        for n in range(len(target), 1, -1):
            holders = [pi for pi, b in enumerate(bodies) if target[:n] in b]
            if holders and words_of.bigrams(target[:n]):
                if len(holders) == 1 and holders[0] not in taken:
                    by_fix[fi] = holders[0]
                    taken.add(holders[0])
                break  # the longest opening any problem holds: held by several, it names none


def number_named(v: Vocabulary, text: str, f: Entry) -> bool:
    """The fix names the number of the problem it answers in its opening words (对第1项问题，…)."""
    return v.patterns.fix_number_reference.search(text, f.body, min(f.end, f.body + _NAMED_REACH)) is not None


_PHRASE_SHARED = 2  # words a fix left over shares with the problem left over: one alone (年度) is no topic


def _paragraph_end(text: str, f: Entry) -> int:
    """Where the paragraph a fix opens ends: its first line break, or its end."""
    cut = text.find("\n", f.body, f.end)
    return f.end if cut < 0 else cut


def _pair_last_left(
    words_of: _Words, fixes: list[str], said: list[tuple[set[str], set[str]]], by_fix: dict[int, int], taken: set[int],
    fewest: int = 1,
) -> None:
    """As many fixes as problems, every other one paired: the one fix left answers the one problem
    left when its whole text shares any of the problem's words (the last of a list in another
    order, whose opening clause alone did not pair it); one that shares none is a general measure.
    ``fewest``: with last_left_phrase, the bigrams or figures its own paragraph must share, two: one
    word alike (年度) is no topic, and the fix left is a requirement of the whole."""
    if len(said) != len(fixes) or len(fixes) < 2 or len(by_fix) != len(fixes) - 1:
        return
    fi = next(i for i in range(len(fixes)) if i not in by_fix)
    pi = next(i for i in range(len(said)) if i not in taken)
    words = words_of.words(fixes[fi])
    grams, figures = words
    if words_of.alike(words, said[pi]) > 0 and len(grams & said[pi][0]) + len(figures & said[pi][1]) >= fewest:
        by_fix[fi] = pi
        taken.add(pi)


_NAMED_SIBLINGS = 2  # fixes naming their problems beside the one that names none: fewer show no habit


def _naming_opening(words_of: _Words, words: str) -> re.Match[str] | None:
    """The opening that names what a fix answers: 针对/关于…问题 (fix_names), 针对…， (fix_aimed_clause)."""
    m = words_of.names.match(words)
    if m is None and words_of.aimed is not None:
        m = words_of.aimed.match(words)
    return m


_UNLISTED_WORDS = 4  # distinctive character pairs of a problem named in a fix's opening: fewer name none


def _names_unlisted(words_of: _Words, text: str, f: Entry, row: list[float]) -> bool:
    """The fix opens on the problem it answers, closed by a comma (针对…问题，…), in words of its own, and
    they name no listed problem enough to pair by (``row``: the likeness of its opening to each problem);
    not one that points back to them (对上述问题，…) or cites a number (对第1项问题，…)."""
    m = _naming_opening(words_of, text[f.body : f.end])
    if m is None or not {text[f.body + m.end() - 1], text[f.body + m.end() : f.body + m.end() + 1]} & {"，", ","}:
        return False
    if len(words_of.bigrams(m.group("n"))) < _UNLISTED_WORDS:
        return False
    return all(value < words_of.w.min_similarity for value in row) and (
        words_of.back.match(text, f.body, f.end) is None and words_of.answer_back.match(text, f.body, f.end) is None
        and words_of.number_reference.search(text, f.body, min(f.end, f.body + _NAMED_REACH)) is None)


def unlisted_problem(v: Vocabulary, text: str, f: Entry, problems: list[Entry]) -> tuple[int, int] | None:
    """With named_fix_unlisted: where the problem a fix names stands in its opening (针对农家书屋…不达标问题)
    when no listed problem shares its words enough to pair by: a problem the list does not hold, whose
    answer is the rest of the fix. None otherwise."""
    if not v.weights.layouts.named_fix_unlisted:
        return None
    words_of = _words_of(v)
    m = _naming_opening(words_of, text[f.body : f.end])
    said = [words_of.alike(words_of.words(m.group("n")), words_of.words(text[p.body : p.end])) for p in problems] if m else []
    if m is None or not _names_unlisted(words_of, text, f, said):
        return None
    return f.body, f.body + m.end()


def _names_a_problem(words_of: _Words, text: str, f: Entry) -> bool:
    """The fix opens on what it answers (:func:`_naming_opening`)."""
    return _naming_opening(words_of, text[f.body : f.end]) is not None


def _left_unnamed(v: Vocabulary, words_of: _Words, text: str, fixes: list[Entry], by_fix: dict[int, int]) -> bool:
    """All fixes but one paired, each of them opening on the problem it answers (针对电动自行车停放充电问题，…),
    the one left naming none (（一）提高思想认识。…): it is a general measure of the writer's list, not the
    answer of the problem left over (left_fix_unnamed_general)."""
    if not v.weights.layouts.left_fix_unnamed_general or len(by_fix) != len(fixes) - 1 or len(by_fix) < _NAMED_SIBLINGS:
        return False
    left = next(i for i in range(len(fixes)) if i not in by_fix)
    if _names_a_problem(words_of, text, fixes[left]):
        return False
    return all(_names_a_problem(words_of, text, fixes[fi]) for fi in by_fix)


def _unnamed_general(v: Vocabulary, words_of: _Words, text: str, fixes: list[Entry], by_fix: dict[int, int]) -> int:
    """With unnamed_fix_unnumbered: the one fix the words left unpaired when every other opens on the
    problem it answers (针对…问题) and it names none (4、加强政策学习培训): a general measure of the
    writer's list, which its number (shifted behind a fix naming several problems, or its own) does
    not pair either; -1 when there is none."""
    if not v.weights.layouts.unnamed_fix_unnumbered or not _left_unnamed(v, words_of, text, fixes, by_fix):
        return -1
    return next(i for i in range(len(fixes)) if i not in by_fix)


def _general_work_fixes(
    sim: list[list[float]], leads: list[str], general: re.Pattern[str], by_fix: dict[int, int], floor: float
) -> None:
    """A fix whose opening names a general line of work (1、机构落实、认识水平提高; 2、健全制度，提高安全实效:
    ``general``) and shares with every problem less than ``floor`` (too little to pair by) answers none
    of them: a general measure, which its number alone does not pair (general_work_fix)."""
    for fi in [fi for fi in by_fix if general.search(leads[fi])]:
        if all(value < floor for value in sim[fi]):
            del by_fix[fi]


_GENERAL_AFTER = 2  # fixes naming their own problems before the last: fewer say nothing of the writer's habit


def _last_fix_general(
    sim: list[list[float]], leads: list[str], general: re.Pattern[str], by_fix: dict[int, int], floor: float = 0.0
) -> None:
    """As many fixes as problems, each but the last sharing words with its own problem in its
    opening: a last fix whose opening names no problem at all and speaks of the whole
    (（五）各中队要举一反三，建立长效机制; （四）加强队伍建设: ``general``) is a general measure, which
    its number alone does not pair with the last problem (last_fix_general). With
    last_fix_general_slight, an opening that shares with the problems no more than ``floor`` (too
    little to pair by: 各乡镇 beside 部分乡镇, 11月 beside 11人) names none of them either."""
    last = len(sim) - 1
    if last < _GENERAL_AFTER or len(sim[0]) != len(sim) or last not in by_fix or not general.search(leads[last]):
        return
    if any(value > floor for value in sim[last]):
        return
    if all(fi in by_fix and sim[fi][by_fix[fi]] > 0 for fi in range(last)):
        del by_fix[last]
