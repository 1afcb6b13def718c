"""The rules: one analyser module per flag (:mod:`checker.analyse.flags`), reading its lexicons,
patterns and thresholds from the rubric, over the shared signals of each finding (:mod:`context`).

``analyse(report, rubric) -> Analysis`` runs every flag the rubric enables. Finding analysers expose
``check(ctx) -> list[FlagHit]``; document analysers ``check_document(dctx)`` returning
``(finding index or None, FlagHit)`` pairs so a document scan (placeholders, duplicates, cut-off
text) can put a flag on the finding it falls in. At most one flag per code per finding.
Severities and messages are applied later (checker.score), so ``"off"`` kinds are dropped there.
"""

from __future__ import annotations

from checker.analyse.run import analyse

__all__ = ["analyse"]
