"""Segmentation: a report's text → its findings paired with their measures (:class:`Report`).

The rules read the folded view of the text (:func:`fold_text`: simplified, full-width, same
length). Lines are classified once (heading enumerators, labels, boilerplate); each layout rule in
:mod:`checker.segment.layouts` assembles findings its own way; the best-scoring result wins.
Every span is offsets into one :class:`Document`, so it reads the user's words
(``report.text[s.start:s.end] == s.text``) and the view's alike.
"""

from __future__ import annotations

import bisect

from checker.models import Boilerplate, Document, Finding, OutlineNode, Report, Segmentation, Source
from checker.segment.accounting import (
    account_items,
    accounted_chars,
    general_fixes,
    orphan_actions,
    plainly_unanswered,
    skipped_faults,
    split_paragraphs,
    text_shape_doubts,
    unexplained_share,
    unread_found_sentences,
    unread_measures,
)
from checker.segment.claims import find_claims
from checker.segment.document import Doc, build_doc
from checker.segment.draft import Draft, build_finding
from checker.segment.kind import decide_kind
from checker.segment.layouts.base import LAYOUTS
from checker.segment.layouts.letters import letters_layout
from checker.segment.layouts.observations import observations_layout
from checker.segment.layouts.owner_item_runs import owner_item_runs_layout
from checker.segment.layouts.situation_notes import situation_notes_layout
from checker.segment.layouts.status_clauses import status_clauses_layout
from checker.segment.spans import make_span, trim
from checker.segment.title import bracket_title
from checker.segment.weigh import choose_reading, reading_features, reading_trust, with_table_part
from checker.text.fold import fold_text
from checker.vocabulary import Vocabulary, load_vocabulary

_OPENING_CHARS = 600

__all__ = ["read_document", "segment"]


def _outside(doc_body: list, regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Body lines outside every finding region, as (start, end) stretches."""
    out: list[tuple[int, int]] = []
    regions = sorted(regions)
    i = 0
    for ln in doc_body:
        while i < len(regions) and regions[i][1] <= ln.cstart:
            i += 1
        if i < len(regions) and regions[i][0] <= ln.cstart < regions[i][1]:
            continue
        out.append((ln.cstart, ln.end))
    return out


def read_document(source: Source) -> Document:
    """The document a review reads: the user's text and its folded view."""
    return Document(source.text, fold_text(source.text))


def segment(source: Source, doc: Document | None = None, vocabulary: Vocabulary | None = None) -> Report:
    """Split a report into findings, measures, fields, claims and boilerplate, with the words of
    ``vocabulary`` (the default one when None). The rules read the folded view; every span reads
    the user's own words from the same offsets."""
    v = vocabulary if vocabulary is not None else load_vocabulary()
    return _segment(source, doc if doc is not None else read_document(source), v)


def _requirements(doc: Doc, findings: list[Finding]) -> bool:
    """A measures section headed 整改要求 / 整改意见: an inspecting body's notice. With the vocabulary's
    ``requirement_labels``, so is a reading where most findings' own measures are labelled so."""
    heading = doc.v.patterns.requirements_heading
    if doc.v.weights.kind.requirement_labels:
        labels = [f.measure_label for f in findings if f.measure_label]
        if labels and 2 * sum(heading.fullmatch(x) is not None for x in labels) > len(findings):
            return True
    return any(
        doc.role(ln) == "measures" and heading.search(ln.body[:40]) is not None
        for ln in doc.body
        if ln.marker is not None or len(ln.content) <= 40
    )


def _kind_title(doc: Doc) -> str | None:
    """The title the kind is weighed with: the title lines, else one set in 【】 at the head of the
    first paragraph (with the vocabulary's ``bracket_title``)."""
    if doc.title is not None or not doc.v.weights.kind.bracket_title or not doc.body:
        return doc.title
    return bracket_title(doc.v, doc.body[0].content)


def _outline(doc: Doc, document: Document, findings: list[Finding]) -> list[OutlineNode]:
    """Headings, labels and finding heads of the body, each with the role the reader gave it."""
    heads = {f.span.start for f in findings}
    measures = sorted((f.measure.start, f.index) for f in findings if f.measure is not None)
    starts = [pos for pos, _ in measures]
    nodes: list[OutlineNode] = []
    for ln in doc.body:
        role: str | None = doc.role(ln)
        # the first measure that starts on this line (bisect: a scan per line is quadratic)
        at = bisect.bisect_left(starts, ln.cstart)
        paired = measures[at][1] if at < len(starts) and starts[at] < ln.end else None
        if ln.cstart in heads:
            role = "finding"
        elif paired is not None and ln.idx not in doc.measure_labels:
            role = f"measure of F{paired}"
        elif ln.idx in doc.measure_labels:
            role = "measure_label"
        elif ln.idx in doc.target_labels:
            role = "target_label"
        if ln.marker is None and role in (None, "other"):
            continue
        end = min(ln.end, ln.cstart + 40)
        nodes.append(
            OutlineNode.cut(
                document, ln.cstart, end,
                rank=ln.marker.rank if ln.marker else 0, marker=ln.marker.text if ln.marker else None,
                role=role or "other",
            )
        )
    return nodes


def _segment(source: Source, document: Document, v: Vocabulary) -> Report:
    doc = build_doc(source, document, v)
    text = doc.text
    results = [r for _, rule in LAYOUTS.pick(v.components.layouts) if (r := rule(doc)) is not None]
    body_chars = sum(ln.end - ln.cstart for ln in doc.body)

    def build(drafts: list[Draft]) -> list[Finding]:
        return [build_finding(v, document, d, i + 1) for i, d in enumerate(drafts)]

    chosen = choose_reading(v, results, build, body_chars)
    # the readings of last resort, in turn, when nothing else reads the document: an inspection told
    # place by place, then a letter answering its problems a paragraph each, then a revisit told a
    # clause a site, then a survey told in notes labelled by what each tells the situation of, then a
    # notice naming in one sentence each unit whose items lag
    lw = v.weights.layouts
    for wanted, last_resort in (
        (lw.prose_observations, observations_layout),
        (lw.letter_paragraphs, letters_layout),
        (lw.status_clauses, status_clauses_layout),
        (lw.situation_notes, situation_notes_layout),
        (lw.owner_item_runs, owner_item_runs_layout),
    ):
        if wanted and (chosen is None or not chosen.findings) and (found := last_resort(doc)) is not None:
            chosen = choose_reading(v, [found], build, body_chars)
    if chosen is not None:
        chosen = with_table_part(v, chosen, results, build, body_chars)
    best = chosen.result if chosen else None
    drafts = best.drafts if best else []
    findings = chosen.findings if chosen else []
    regions = [(f.span.start, f.span.end) for f in findings]
    for d in drafts:  # paired layouts keep measures away from their findings
        regions.extend((a, b) for a, b in d.blocks)
    claims = find_claims(v, document, _outside(doc.body, regions))
    opening = text[doc.body[0].cstart : doc.body[0].cstart + _OPENING_CHARS] if doc.body else ""
    layout = best.name if best else "none"
    preamble = None
    if best and best.preamble:
        a, b = trim(text, *best.preamble)
        if a < b:
            preamble = make_span(document, a, b)
    unpaired = best.unpaired_measures if best else []
    # fixes for the whole that the reading holds unpaired are counted once, as unpaired fixes
    held = general_fixes(doc, unpaired) if v.weights.layouts.unpaired_fixes_held else []
    not_findings = account_items(doc, document, findings, held)
    not_findings += unread_found_sentences(doc, document, findings, not_findings)
    features = reading_features(
        v, chosen, body_chars, unexplained_share(not_findings, findings), orphan_actions(doc, findings, held),
        unread_measures(doc, findings), split_paragraphs(doc, findings),
        skipped_faults(doc, not_findings, findings),
        text_shape_doubts(doc, findings, held, best.groups if best else ()),
        accounted=accounted_chars(doc, findings, not_findings, held),
        unanswered=plainly_unanswered(doc, findings, held),
    ) if chosen else {}
    segmentation = Segmentation(
        layout=layout,
        confidence=reading_trust(v, chosen.confidence, features) if chosen else 0.0,
        features=features,
        pairing=best.pairing if best else None,
        # Where the reading pairs measures at all, a finding left without one is unpaired.
        unpaired_problems=[f.finding for f in findings if f.measure is None] if any(f.measure for f in findings) else [],
        unpaired_measures=[make_span(document, *trim(text, a, b)) for a, b in unpaired],
        not_findings=not_findings,
        outline=_outline(doc, document, findings),
    )
    return Report.of(
        document,
        segmentation=segmentation,
        path=source.path,
        format=source.format,
        encoding=source.encoding,
        chars=len(text),
        title=doc.title_in(document.text),
        kind=decide_kind(v, _kind_title(doc), opening, layout, findings, requirements=_requirements(doc, findings)),
        layout=layout,
        groups=best.groups if best else [],
        findings=findings,
        claims=claims,
        boilerplate=[
            Boilerplate.cut(document, h.start, h.end, kind=h.kind) for h in doc.boiler
        ],
        preamble=preamble,
    )
