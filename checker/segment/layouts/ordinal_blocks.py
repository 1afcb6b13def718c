"""Layout rule ``ordinal_blocks``: an inspection told in blocks its ordinal words open, each what was
checked, what was found, and what is to be done about it.

    以下是督查情况的汇报：首先，督查组对各地设施建设情况进行了排查。          (what was checked)
    经过实地走访，发现部分地区设施建设滞后，存在设施老化等问题。              (what was found: the finding)
    这些问题影响了服务质量。
    针对这一情况，我们将督促相关部门加大投入力度，…。                        (its answer)
    其次，督查组对市场秩序进行了检查。…
    最后，督查组对工作成效进行了考核。发现一些地区取得了显著成效，…             (no fault: no finding)

A report that numbers nothing may still order its parts by 首先, 其次, 再次, 最后 (the vocabulary's
sequence words, in their order), each at a line's or a sentence's start. Each block whose sentence of
what was found (发现…) states a fault is a finding: from that sentence to the first later one that
answers (a response word in its opening, 针对这一情况，…; or a promise in its first clause, 我们将…),
which with the rest of the block is its measure. A block that found nothing wrong (取得了显著成效) is
none. Two or more such findings, with ``ordinal_blocks``.
"""

from __future__ import annotations

from checker.segment.document import Doc
from checker.segment.draft import Draft
from checker.segment.layouts.base import LAYOUTS, LayoutResult
from checker.segment.spans import trim
from checker.text.sentences import FULL_STOP_SENTENCE_RE as _SENTENCE_RE

_MIN_FINDINGS = 2
_OPENING = 12  # a sentence that answers says so in its first words (针对这一情况，)
_BLOCK_START = "。！？!?：:\n"  # an ordinal word opens a block at a line's or a sentence's start


def _block_starts(doc: Doc, a: int, b: int) -> list[tuple[int, int]]:
    """(where the ordinal word stands, where its block's words start) of each block, the words in the
    vocabulary's order from its first (首先) on; none unless that first word opens the run."""
    text, words = doc.text, doc.v.words.sequence_words
    out: list[tuple[int, int]] = []
    rank = -1
    for m in doc.v.patterns.sequence_marker.finditer(text, a, b):
        at = m.start("w")
        before = text[a:at].rstrip(" \t\u3000")
        if before and before[-1] not in _BLOCK_START:
            continue  # an ordinal word inside a sentence (，然后…) opens no block
        word = m.group("w")
        k = words.index(word) if word in words else -1
        if (not out and k != 0) or k <= rank:
            continue
        out.append((at, m.end()))
        rank = k
    return out


def _sentences(doc: Doc, a: int, b: int) -> list[tuple[int, int]]:
    return [trim(doc.text, m.start(), m.end()) for m in _SENTENCE_RE.finditer(doc.text, a, b) if m.group().strip()]


def _answers(doc: Doc, a: int, b: int) -> bool:
    """Sentence ``a:b`` answers what was found: a response word in its opening, or a promise in its
    first clause (我们将督促…)."""
    p, text = doc.v.patterns, doc.text
    if p.list_response.search(text, a, min(b, a + _OPENING)) is not None:
        return True
    clause = next((k for k in range(a, b) if text[k] in "，,；;"), b)
    return p.measure_promise.search(text, a, clause) is not None


def _block(doc: Doc, a: int, b: int) -> Draft | None:
    """The finding of the block ``a:b`` (its ordinal word left out), or None when what it found is no
    fault or nothing answers it."""
    p, text = doc.v.patterns, doc.text
    sentences = _sentences(doc, a, b)
    found = next((k for k, (s, e) in enumerate(sentences) if p.list_found_opener.search(text, s, e)), None)
    if found is None:
        return None
    s, e = sentences[found]
    if p.problem_words.search(text, s, e) is None:
        return None  # 发现一些地区取得了显著成效: what was found is no fault
    answer = next((k for k in range(found + 1, len(sentences)) if _answers(doc, *sentences[k])), None)
    if answer is None:
        return None
    d = Draft(start=a, end=b, finding=(s, sentences[answer - 1][1]))
    d.blocks.append((sentences[answer][0], sentences[-1][1]))
    d.loose = True
    return d


@LAYOUTS.register("ordinal_blocks")
def ordinal_blocks_layout(doc: Doc) -> LayoutResult | None:
    if not doc.v.weights.layouts.ordinal_blocks or not doc.body:
        return None
    body = doc.body
    a, b = body[0].cstart, body[-1].end
    starts = _block_starts(doc, a, b)
    if len(starts) < _MIN_FINDINGS:
        return None
    drafts: list[Draft] = []
    for k, (_, words) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else b
        d = _block(doc, words, end)
        if d is not None:
            drafts.append(d)
    if len(drafts) < _MIN_FINDINGS:
        return None
    preamble = trim(doc.text, a, starts[0][0])
    result = LayoutResult("ordinal_blocks", drafts, [], preamble if preamble[0] < preamble[1] else None, pairing="adjacency")
    result.weight = doc.v.weights.layouts.ordinal_blocks_weight
    return result
