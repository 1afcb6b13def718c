"""Layout rules: each recognises one way reports are laid out and assembles findings; the segmenter
runs the ones the vocabulary names and keeps the reading that explains the document best
(:mod:`checker.segment.weigh`). Each module of this package registers its rule by name in
:data:`LAYOUTS`; the registry imports them all.

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
- ``task_sections``: one task's rectification in sections (一、整改任务 / 二、整改措施 / 三、整改完成情况):
  the task's paragraph, or each of its cases, is a finding the sections after it answer.
- ``row_paragraphs``: a table that lost its markup, column names ending a line and each row a
  paragraph opened by its number; a row's numbered problems, or the row, are its findings.
- ``audit_clauses``: audit results told in clauses, each a problem with its figure and, after a comma,
  what became of it (已…): each clause a finding, its status the measure.
- ``sanction_rows``: units listed under the fault they share, each line a unit and the action taken on
  it.
- ``site_status_lines``: a check of earlier problems told a line a site (…：…等问题已按时整改到位。), each
  line a finding, a done status closing it its measure.
- ``qa_pairs``: a board of questions and answers (问：… / 答：…), each pair naming a fault a finding, the
  question with the answer's opening that tells the problem, the rest of the answer its measure.
"""

from __future__ import annotations

from checker.segment.layouts.base import LAYOUTS, LayoutResult

__all__ = ["LAYOUTS", "LayoutResult"]
