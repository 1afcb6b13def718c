"""Field labels of rectification documents, as patterns built once per vocabulary.

- measure labels open the measure text: 整改情况, 整改措施, 整改进展情况 … (``words.measure_labels``);
- status labels: 整改状态, 完成情况 …; deadline labels: 整改时限 …; owner labels: 责任领导, 责任单位 …;
- finding labels: 反馈问题, 存在问题 … (prefixes of the finding text, not fields).

Labels tolerate spaces between their characters (``联 系 人`` style typesetting).
"""

from __future__ import annotations

import re

from checker.vocabulary import Vocabulary

# Spaces, tabs and ideographic spaces between a label's characters: the same strings as
# "[ \t\u3000]*", written without a class mixing ASCII and U+3000, which re compiles into a 64K
# table for each of the ~300 gaps (about 80 ms at every start).
_GAP = "[ \t\n]*(?:\u3000[ \t]*)*"  # \n: a label broken by a hard wrap (整改措\n施：)


def _spaced(word: str) -> str:
    return _GAP.join(re.escape(ch) for ch in word)


def alt(words: list[str]) -> str:
    """The words as one alternation, longest first, spaces allowed between their characters."""
    return "|".join(_spaced(w) for w in sorted(words, key=len, reverse=True))


_COLON = r"[ \t\n\u3000]*[:：]"
# The label kinds, in the order their groups are read (``label_kind``).
_KIND_NAMES = ("measure", "target", "status", "deadline", "owner")
_BOLD = r"(?:\*\*)?"  # Markdown bold around a label: **整改情况**：
# 【整改措施】 / [整改情况]: a label in brackets needs no colon.
_OPEN = r"[【\[]?"
_END = rf"(?:[】\]][ \t\u3000]*[:：]?|{_COLON})"


class Labels:
    """The label patterns of one vocabulary."""

    def __init__(self, v: Vocabulary) -> None:
        w = v.words
        self.done = frozenset(w.measure_labels_done)  # labels over what was done (progress)
        self.targets = frozenset(w.target_labels)
        self.measure_words = w.measure_labels + w.target_labels  # what an inline label cut holds
        # 整改措施及成效 / 整改情况和结果: a measure label with what it reports added.
        measure = f"(?:{alt(w.measure_labels)}){v.patterns.measure_label_suffix}"
        by_kind = {
            "measure": measure, "target": alt(w.target_labels), "status": alt(w.status_labels),
            "deadline": alt(w.deadline_labels), "owner": alt(w.owner_labels),
        }
        any_kind = "|".join(f"(?P<{k}>{by_kind[k]})" for k in _KIND_NAMES)
        # A label opening a line (matched at the line's content start).
        self.line = re.compile(rf"{_BOLD}{_OPEN}(?:{any_kind}){_BOLD}{_END}{_BOLD}[ \t\u3000]*")
        # A measure label at a sentence start inside a line: "…的问题。整改情况:一是…" (a space left
        # where a line break was counts as a sentence end).
        self.sentence_measure = re.compile(
            rf"(?<=[。！？!?；; \u3000])[ \t\u3000]*{_OPEN}(?P<measure>{measure}){_END}[ \t\u3000]*"
        )
        # A field label anywhere it can start a field: line start, after a space, a separator or an
        # opening bracket — "（责任单位：办公室；完成时限：2024年12月底前）".
        self.field = re.compile(
            rf"(?<![^\s（(【\[；;，,。、])(?:(?P<status>{by_kind['status']})|(?P<deadline>{by_kind['deadline']})"
            rf"|(?P<owner>{by_kind['owner']})){_COLON}[ \t\u3000]*"
        )
        self.finding = re.compile(rf"{_OPEN}(?:{alt(w.finding_labels)}){_END}[ \t\u3000]*")
        # A heading that is itself "finding + label": 关于“…”的整改情况 / 关于…问题的整改情况.
        self.heading = v.patterns.heading_label
        self.heading_needs = v.names.heading_label_needs
        # The finding stated as a quotation: 针对“…”的问题。 (use with .match(text, pos, end))
        self.quoted = v.patterns.quoted_finding
        # A problem label sentence (a short topic phrase, then 存在(的)(主要)问题：), at a sentence start
        # or right after a heading's enumerator (（一）在…方面存在问题：).
        self.problem_sentence = re.compile(r"(?:^|(?<=[。！？；\n \t\u3000]))" + v.patterns.problem_sentence)
        self.problem_after_marker = re.compile(v.patterns.problem_sentence)
        # 对此，我局将采取以下措施： at a line's or a sentence's start (measure_lead_ins)
        lead = v.patterns.measure_lead_in.pattern
        self.lead_in = re.compile(rf"(?P<lead>{lead})[ \t\u3000]*")
        self.sentence_lead_in = re.compile(rf"(?<=[。！？!?；;])[ \t\u3000]*(?P<lead>{lead})[ \t\u3000]*")
        # 惠济区回复：… — who answers, then the answer (reply_labels)
        self.reply = v.patterns.reply_label
        self.reply_lines = v.weights.layouts.reply_label_lines

    def match_heading(self, body: str) -> tuple[str, int, int, int] | None:
        """A heading that is "finding + label" (关于“…”的整改情况), read through hard-wrap breaks (a
        PDF line may end inside the label: …的整改情\n况). Returns (label, finding start, finding end,
        label start) as offsets into ``body``."""
        if self.heading_needs not in body:  # the pattern backtracks over long lines: a cheap test first
            return None
        if "\n" not in body:  # the usual case: offsets in the joined text are offsets in ``body``
            m = self.heading.match(body)
            if m is None:
                return None
            return m.group("measure"), m.start("finding"), m.end("finding"), m.start("measure")
        keep = [i for i, ch in enumerate(body) if ch != "\n"]
        m = self.heading.match("".join(body[i] for i in keep))
        if m is None:
            return None

        def at(i: int) -> int:
            return keep[i] if i < len(keep) else len(body)

        return m.group("measure"), at(m.start("finding")), at(m.end("finding") - 1) + 1, at(m.start("measure"))


def labels_of(v: Vocabulary) -> Labels:
    return v.derived("labels", Labels)


def label_kind(m: re.Match[str]) -> str:
    """Which group of a label regex matched: measure, status, deadline or owner."""
    groups = m.groupdict()
    for kind in _KIND_NAMES:
        if groups.get(kind):
            return kind
    return "measure"


_LABEL_SPACE_RE = re.compile(r"[ \t\n\u3000]")


def label_text(m: re.Match[str]) -> str:
    """The label as written, spaces removed (``联 系 人`` → ``联系人``)."""
    kind = label_kind(m)
    return _LABEL_SPACE_RE.sub("", m.group(kind))
