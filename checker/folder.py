"""The pass over every document of one run, once all are reviewed: flags that need them all
(``check_folder`` in the flag registry: a measure pasted under findings of several documents) are
added to the findings they concern, and those documents are scored again, so their scores, verdicts
and the gate say so."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from checker.analyse.scan import compiled
from checker.flags import flag_specs
from checker.models import FlagHit, Review
from checker.rubric import Rubric
from checker.score import rescore


def review_folder(reviews: Sequence[Review], texts: Mapping[str, str], rubric: Rubric, lang: str) -> list[Review]:
    """``reviews`` (in their order) with the run's cross-document flags; a review the pass does not
    touch is returned as it was (the same object). ``texts``: each document's text by its path."""
    specs = [s for s in flag_specs() if s.check_folder is not None and s.code in rubric.flags and rubric.flags[s.code].enabled]
    if not specs or not reviews:
        return list(reviews)
    c = compiled(rubric)
    docs = [texts.get(r.document.path, "") for r in reviews]
    added: dict[int, dict[str, list[FlagHit]]] = {}
    for spec in specs:
        assert spec.check_folder is not None
        for d, finding, hit in spec.check_folder(reviews, docs, c):
            added.setdefault(d, {}).setdefault(finding, []).append(hit)
    return [rescore(r, docs[d], added[d], rubric, lang) if d in added else r for d, r in enumerate(reviews)]
