"""One scan per measure, dealt to its items, gives what a scan of each item alone gives; a review that
analyses the folded reading and then turns it into the user's report gives what the plain path gives."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checker.analyse.context import FindingContext
from checker.analyse.markers import (
    HOLLOW_LEXICONS,
    _unit_markers,
    _unit_spans,
    context_free,
    find_markers,
    profile,
    profile_units,
)
from checker.analyse.scan import Compiled, compiled, lexicon_regex
from checker.models import Source
from checker.pipeline import analyse_source
from checker.rubric import load_rubric
from checker.segment import segment

ROOT = Path(__file__).resolve().parent.parent
DOCS = sorted((ROOT / "eval" / "seeds").glob("*.txt")) + sorted((ROOT / "eval" / "families").glob("*.txt"))
SEEDS_TEXT = sorted((ROOT / "eval" / "seeds").glob("001_*.txt"))[0].read_text(encoding="utf-8")
LEXICONS = (*HOLLOW_LEXICONS, "action_verbs", "future_markers", "done_markers", "completion_claims")


def _alone(rx: re.Pattern[str], text: str, units: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    return [[m.span() for m in rx.finditer(text, a, b)] for a, b in units]


def test_context_free_tells_patterns_that_read_only_their_own_characters() -> None:
    free = [r"\d+(?:\.\d+)?\s*万?元", r"(?P<name>[\u4e00-\u9fa5]{2,10}?)(?:医院|公司)", "加强|召开[^。]{0,24}?会议"]
    bound = [r"(?<![为除])了", r"了(?![解])", r"^整改", r"整改$", r"\b1\b", r"(?>\d+)元", r"\d++元", r"(a)\1", r"\d*"]
    assert all(context_free(re.compile(p)) for p in free)
    assert not any(context_free(re.compile(p)) for p in bound)
    rubric = load_rubric(None)
    c = compiled(rubric)
    assert all(context_free(c.lex(name)) for name in LEXICONS)
    assert not context_free(c.pat("done_aspect"))  # a lookbehind and a lookahead


def test_a_lexicon_entry_of_gaps_alone_is_dropped() -> None:
    rx = lexicon_regex(["…", " … ", "确保…到位"])
    assert rx.match("") is None and context_free(rx)
    assert rx.search("确保问题整改到位").group(0) == "确保问题整改到位"


def test_a_match_straddling_an_item_sends_that_item_to_a_scan_of_its_own() -> None:
    text = "整改措施：召开专题会议研究。二是召开会议部署，确保整改到位。"
    rx = lexicon_regex(["召开专题会议", "召开会议", "会议", "确保…到位", "整改"])
    whole = (0, len(text))
    # Items cut inside words: 召开专|题会议, 确保整改|到位.
    cuts = [(5, 8), (8, 14), (14, 27), (27, len(text))]
    assert _unit_spans(rx, text, *whole, cuts) == _alone(rx, text, cuts)
    assert _unit_spans(rx, text, *whole, [(0, 14), (14, len(text))]) == _alone(rx, text, [(0, 14), (14, len(text))])
    # An item outside the scanned stretch is scanned alone too.
    assert _unit_spans(rx, text, 5, 20, [(0, 10), (10, 20)]) == _alone(rx, text, [(0, 10), (10, 20)])


def test_dealt_scans_equal_item_scans_on_real_reports() -> None:
    c = compiled(load_rubric(None))
    checked = 0
    for path in DOCS:
        checked += _check_dealing(c, path)
    assert checked >= 100  # measures with items, over the seeds and the family documents


def _check_dealing(c: Compiled, path: Path) -> int:
    text = path.read_text(encoding="utf-8")
    read = segment(Source(path=path.name, text=text, format="txt"))
    checked = 0
    for finding in read.findings:
        ctx = FindingContext(read, finding, c)
        if ctx.measure is None or not ctx.units:
            continue
        m, units = ctx.measure, ctx.units
        for name in LEXICONS:
            assert _unit_spans(c.lex(name), read.view, m.start, m.end, units) == _alone(c.lex(name), read.view, units)
        # Shifted item ends, so that some items cut words in two.
        shifted = [(a, max(a + 1, b - 3)) for a, b in units]
        for name in LEXICONS:
            assert _unit_spans(c.lex(name), read.view, m.start, m.end, shifted) == _alone(c.lex(name), read.view, shifted)
        c.memo.clear()
        dealt = _unit_markers(c, read.view, m.start, m.end, shifted)
        c.memo.clear()
        assert dealt == [find_markers(c, read.view, a, b) for a, b in shifted]
        c.memo.clear()
        assert profile_units(c, read.view, units, m.start, m.end) == [profile(c, read.view, a, b) for a, b in units]
        checked += 1
    return checked


def _variant(text: str) -> str:
    """The report as a document-sharing site gives it: ASCII punctuation, so the view differs."""
    return text.replace("：", ":").replace("，", ",").replace("（", "(").replace("）", ")")


@pytest.mark.parametrize("path", sorted((ROOT / "eval" / "seeds").glob("*.txt")), ids=lambda p: p.stem)
def test_the_rules_read_the_folded_view_and_quote_the_users_words(path: Path) -> None:
    rubric = load_rubric(None)
    for text in (path.read_text(encoding="utf-8"), _variant(path.read_text(encoding="utf-8"))):
        report, analysis = analyse_source(Source(path=path.name, text=text, format="txt"), rubric)
        assert report.text == text and len(report.view) == len(text)
        for fa in analysis.findings:
            for h in fa.hits:
                assert text[h.start : h.end] == h.evidence


def test_the_program_collects_its_young_generation_rarely_and_keeps_the_older_settings() -> None:
    import gc

    from checker.collector import YOUNG_THRESHOLD, tune_collector

    before = gc.get_threshold()
    try:
        tune_collector()
        assert gc.get_threshold() == (YOUNG_THRESHOLD, before[1], before[2])
        assert YOUNG_THRESHOLD > 100 * 700
    finally:
        gc.set_threshold(*before)


def test_the_reading_view_folds_each_mark_as_a_per_character_table_would() -> None:
    import random

    from checker.text.fold import _PUNCT, fold_text, to_simplified

    def by_table(text: str) -> str:
        """The view character by character: the table, then a '.' between Chinese words, then the
        ASCII marks inside numbers put back."""
        view = list(to_simplified(text).translate(_PUNCT))
        for i, ch in enumerate(text):
            if ch == "." and 0 < i < len(text) - 1 and re.match(r"[\u4e00-\u9fff）”」]", view[i - 1]) and re.match(
                r"[\u4e00-\u9fff“「（]", view[i + 1]
            ):
                view[i] = "。"
            if ch in ",:" and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
                view[i] = ch
        return "".join(view)

    rng = random.Random(11)
    alphabet = "12,:;()!?.，：；。（整改問題a \n"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    texts += [p.read_text(encoding="utf-8") for p in DOCS[:10]]
    for text in texts:
        assert fold_text(text) == by_table(text), text


def test_the_exhortation_test_looks_only_as_far_as_a_verb_can_reach(monkeypatch: pytest.MonkeyPatch) -> None:
    from checker.analyse.markers import exhortation_only

    c = compiled(load_rubric(None))
    cases = []
    for path in DOCS:
        read = segment(Source(path=path.name, text=path.read_text(encoding="utf-8"), format="txt"))
        for finding in read.findings:
            ctx = FindingContext(read, finding, c)
            # Each item, and each item cut three characters short (a verb may then run past its end).
            cases += [(read.view, a, b) for a, b in ctx.units] + [(read.view, a, max(a + 1, b - 3)) for a, b in ctx.units]
    got = [exhortation_only(c, *case) for case in cases]
    monkeypatch.setattr(type(c), "reach", lambda self, name: 10**9)  # no bound: the plain reading
    assert got == [exhortation_only(c, *case) for case in cases]
    assert any(got) and not all(got)
    # An item that ends inside its verb (加|强, 切|实) still opens with it.
    assert exhortation_only(c, "加强管理，严格考核", 0, 1)
    assert exhortation_only(c, "落实责任。切实加强监管", 5, 6)


def test_tokens_sliced_from_a_bigram_index_equal_the_tokens_of_the_span() -> None:
    import random

    from checker.analyse.coverage import _Bigrams, tokens

    c = compiled(load_rubric(None))
    rng = random.Random(4)
    for path in DOCS[:12]:
        text = path.read_text(encoding="utf-8")
        for _ in range(60):
            lo = rng.randrange(len(text))
            hi = min(len(text), lo + rng.randint(0, 600))
            index = _Bigrams(c, text, lo, hi)
            for _ in range(5):
                a = rng.randint(lo, hi)
                b = rng.randint(a, hi)
                assert index.tokens(a, b) == tokens(c, text[a:b])


def test_sentences_with_too_few_numbers_are_skipped_without_changing_a_verdict() -> None:
    import random

    from checker.analyse import sentence_numbers as sn
    from checker.vocabulary import load_vocabulary

    v = load_vocabulary()

    def every_sentence(text: str, start: int, end: int, tolerance: float) -> list[tuple[int, int, str]]:
        out = []
        for m in sn._SENT.finditer(text, start, end):
            a, b = m.start(), m.end()
            counts = sn._counts(v, text, a, b)
            if len(counts) < 2:
                continue
            why = sn._rate_problem(v, text, a, b, counts, tolerance) or sn._sum_problem(v, text, counts)
            if why:
                out.append((a, b, why))
        return out

    rng = random.Random(2)
    pieces = ["共", "18", "个", "其中", "7", "6", "项", "，", "。", "整改率", "85", "%", "\n", "46个问题中38个已整改"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) for _ in range(2000)]
    texts += [p.read_text(encoding="utf-8") for p in DOCS]
    texts += ["整改工作。共5个，其中7个已完成。", "共5个其中7个"]  # two numbers: never a contradiction alone
    # Three numbers, the fewest a contradiction takes: 38/46 is 82.6 %, and 3 + 4 + 5 is not 18.
    texts += ["全县46个问题中已整改38个，整改率85%。", "共18个，其中3个、4个、5个。"]
    flagged = 0
    for text in texts:
        for start, end in ((0, len(text)), (len(text) // 3, len(text))):
            got = sn.sentence_problems(v, text, start, end, 0.5)
            assert got == every_sentence(text, start, end, 0.5)
            flagged += len(got)
    assert flagged > 0


def test_a_reading_of_a_finding_is_made_once_per_finding() -> None:
    from checker.analyse.context import per_finding

    calls: list[int] = []

    @per_finding
    def deadline_words(ctx: FindingContext) -> int:
        calls.append(ctx.finding.index)
        return ctx.finding.index * 10

    c = compiled(load_rubric(None))
    read = segment(Source(path="x.txt", text=SEEDS_TEXT, format="txt"))
    first, second = (FindingContext(read, f, c) for f in read.findings[:2])
    assert [deadline_words(first), deadline_words(first), deadline_words(second)] == [10, 10, 20]
    assert calls == [1, 2]


def test_cut_markers_alone_are_the_cut_markers_among_all() -> None:
    import random

    from checker.text.enumerators import _CUT_FAMILIES_RE, iter_item_markers

    rng = random.Random(8)
    pieces = ["一是", "二是", "第一，", "（一）", "(2)", "3)", "1、", "2.", "十二、", "①", "。", "；", "：", "\n", "整改", "统一是"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    texts += [p.read_text(encoding="utf-8") for p in DOCS]
    found = 0
    for text in texts:
        for a, b in ((0, len(text)), (len(text) // 4, len(text) // 2)):
            cut = list(iter_item_markers(text, a, b, cut_only=True))
            assert cut == [m for m in iter_item_markers(text, a, b) if m.family in _CUT_FAMILIES_RE]
            found += len(cut)
    assert found > 1000


def test_the_server_collects_with_pythons_own_thresholds() -> None:
    import gc

    from checker.collector import PYTHON_THRESHOLD, restore_collector, tune_collector

    before = gc.get_threshold()
    try:
        tune_collector()
        restore_collector()
        assert gc.get_threshold() == PYTHON_THRESHOLD
    finally:
        gc.set_threshold(*before)
