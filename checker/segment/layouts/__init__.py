"""Layout rules: each recognises one way reports are laid out and assembles findings; the segmenter
runs them all and keeps the result that explains the document best (:attr:`LayoutResult.score`).

- ``labeled``: enumerated findings each followed by a measure label (整改情况:/整改措施:/…) or
  carrying one in the heading (关于“…”的整改情况) — seeds 000, 001, 002, 003 and their variants.
- ``problem_list``: a 存在的问题 section of numbered problems without measures (work reports, seed
  004); with a later 整改措施/下一步 section of numbered fixes it pairs them by number
  (``problems_then_fixes``).
- ``audit_items``: audit-report groups whose ``对…问题，`` clauses are findings, each followed by
  its own measure sentences.
- ``headed_items``: enumerated items that open with the problem and go on with what was done,
  no label between.
- ``table``: Word-table plans, one finding per row, columns named by the header row.
"""

from __future__ import annotations

from checker.segment.layouts.audit_items import audit_items_layout
from checker.segment.layouts.base import LayoutResult
from checker.segment.layouts.headed_items import headed_items_layout
from checker.segment.layouts.labeled import labeled_layout
from checker.segment.layouts.problem_list import problem_list_layout
from checker.segment.layouts.table import table_layout

LAYOUT_RULES = (labeled_layout, problem_list_layout, table_layout, audit_items_layout, headed_items_layout)

__all__ = ["LAYOUT_RULES", "LayoutResult"]
