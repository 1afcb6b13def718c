"""Field labels of rectification documents, compiled once.

- measure labels open the measure text: 整改情况, 整改措施, 整改进展情况, 整改落实情况, 整改完成情况,
  整改任务, 整改目标 …
- status labels: 整改状态, 完成情况 (a 完成情况 not preceded by 整改) …
- deadline labels: 整改时限, 完成时限, 时限 …
- owner labels: 责任领导, 责任单位, 责任科室, 责任人, 实施单位, 牵头单位, 配合单位 …
- finding labels: 反馈问题, 存在问题, 问题描述 … (prefixes of the finding text, not fields)

Labels tolerate spaces between their characters (``联 系 人`` style typesetting).
"""

from __future__ import annotations

import re

from checker.text.patterns import compile_pattern

MEASURE_LABELS: tuple[str, ...] = (
    "整改落实情况", "整改进展情况", "整改推进情况", "整改完成情况", "整改工作情况", "整改情况",
    "整改进展", "整改进度", "具体整改措施", "整改措施", "整改举措", "具体措施", "整改任务",
    "整改成效", "落实情况", "进展情况", "整改落实",
)
# What the fix aims at (整改目标): neither the problem nor a measure; kept as its own field.
TARGET_LABELS: tuple[str, ...] = ("整改目标",)
# Labels that describe what was done (progress) rather than what will be done (plan).
PAST_MEASURE_LABELS: frozenset[str] = frozenset(
    {"整改落实情况", "整改进展情况", "整改推进情况", "整改完成情况", "整改工作情况", "整改情况",
     "整改进展", "整改进度", "整改成效", "落实情况", "进展情况"}
)
STATUS_LABELS: tuple[str, ...] = ("整改状态", "完成状态", "完成情况", "整改结果", "是否完成", "办结情况")
DEADLINE_LABELS: tuple[str, ...] = (
    "整改时限", "完成时限", "整改期限", "完成期限", "完成时间", "整改时间", "时间节点", "时限",
)
OWNER_LABELS: tuple[str, ...] = (
    "责任领导", "牵头领导", "分管领导", "督办领导", "责任单位", "责任部门", "责任科室", "责任股室",
    "责任处室", "责任主体", "责任人", "牵头单位", "牵头部门", "配合单位", "配合部门", "协办单位",
    "实施单位", "主办单位",
)
FINDING_LABELS: tuple[str, ...] = ("反馈问题", "存在问题", "问题描述", "问题表现", "具体问题", "问题内容", "问题")


# Spaces, tabs and ideographic spaces between a label's characters: the same strings as
# "[ \t\u3000]*", written without a class mixing ASCII and U+3000, which re compiles into a 64K
# table for each of the ~300 gaps (about 80 ms at every start).
_GAP = "[ \t\n]*(?:\u3000[ \t]*)*"  # \n: a label broken by a hard wrap (整改措\n施：)


def _spaced(word: str) -> str:
    return _GAP.join(re.escape(ch) for ch in word)


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(_spaced(w) for w in sorted(words, key=len, reverse=True))


_COLON = r"[ \t\n\u3000]*[:：]"
_KINDS = (
    ("measure", MEASURE_LABELS),
    ("target", TARGET_LABELS),
    ("status", STATUS_LABELS),
    ("deadline", DEADLINE_LABELS),
    ("owner", OWNER_LABELS),
)
# 整改措施及成效 / 整改情况和结果: a measure label with what it reports added.
_MEASURE_SUFFIX = "(?:(?:及|和|与)(?:成效|效果|结果|进展|完成情况|落实情况|情况))?"
_MEASURE = f"(?:{_alt(MEASURE_LABELS)}){_MEASURE_SUFFIX}"
_ANY = "|".join(f"(?P<{k}>{_MEASURE if k == 'measure' else _alt(ws)})" for k, ws in _KINDS)

_BOLD = r"(?:\*\*)?"  # Markdown bold around a label: **整改情况**：
# 【整改措施】 / [整改情况]: a label in brackets needs no colon.
_OPEN = r"[【\[]?"
_END = rf"(?:[】\]][ \t\u3000]*[:：]?|{_COLON})"
# A label opening a line (matched at the line's content start).
LINE_LABEL_RE = compile_pattern(rf"{_BOLD}{_OPEN}(?:{_ANY}){_BOLD}{_END}{_BOLD}[ \t\u3000]*")
# A measure label at a sentence start inside a line: "…的问题。整改情况:一是…" (a space left where a
# line break was counts as a sentence end).
SENTENCE_MEASURE_RE = compile_pattern(
    rf"(?<=[。！？!?；; \u3000])[ \t\u3000]*{_OPEN}(?P<measure>{_MEASURE}){_END}[ \t\u3000]*"
)
# A field label anywhere it can start a field: line start, after a space, a separator or an opening
# bracket — "（责任单位：办公室；完成时限：2024年12月底前）".
FIELD_RE = compile_pattern(
    rf"(?<![^\s（(【\[；;，,。、])(?:(?P<status>{_alt(STATUS_LABELS)})|(?P<deadline>{_alt(DEADLINE_LABELS)})"
    rf"|(?P<owner>{_alt(OWNER_LABELS)})){_COLON}[ \t\u3000]*"
)
# A heading that is itself "finding + label": 关于“…”的整改情况 / 关于…问题的整改情况.
HEADING_LABEL_RE = compile_pattern(  # re.S: a heading hard-wrapped over two lines
    r"^(?:关于|针对)?(?P<finding>[“\"「].+[”\"」](?:问题|方面问题)?|.{2,120}?问题)的"
    r"(?P<measure>整改(?:落实|进展|完成|推进)?情况)[ \t\u3000]*[。.]?$"
, re.S)
# The finding stated as a quotation: 针对“…”的问题。 / 关于“…”的整改情况 (use with .match(text, pos, end))
QUOTED_FINDING_RE = compile_pattern(
    r"(?:针对|关于)?[“\"「](?P<q>.+)[”\"」](?:的?问题|方面(?:的)?问题|方面|的整改情况|问题的整改情况)?[。.；;]?$",
    re.S,  # a quotation hard-wrapped over lines (PDF) is still one finding
)
FINDING_LABEL_RE = compile_pattern(rf"{_OPEN}(?:{_alt(FINDING_LABELS)}){_END}[ \t\u3000]*")


def match_heading_label(body: str) -> tuple[str, int, int, int] | None:
    """A heading that is "finding + label" (关于“…”的整改情况), read through hard-wrap breaks (a PDF
    line may end inside the label: …的整改情\n况). Returns (label, finding start, finding end, label
    start) as offsets into ``body``."""
    if "况" not in body:  # every such label ends in 情况; the pattern backtracks over long lines
        return None
    if "\n" not in body:  # the usual case: offsets in the joined text are offsets in ``body``
        m = HEADING_LABEL_RE.match(body)
        if m is None:
            return None
        return m.group("measure"), m.start("finding"), m.end("finding"), m.start("measure")
    keep = [i for i, ch in enumerate(body) if ch != "\n"]
    m = HEADING_LABEL_RE.match("".join(body[i] for i in keep))
    if m is None:
        return None

    def at(i: int) -> int:
        return keep[i] if i < len(keep) else len(body)

    return m.group("measure"), at(m.start("finding")), at(m.end("finding") - 1) + 1, at(m.start("measure"))


def label_kind(m: re.Match[str]) -> str:
    """Which group of a label regex matched: measure, status, deadline or owner."""
    groups = m.groupdict()
    for kind, _ in _KINDS:
        if groups.get(kind):
            return kind
    return "measure"


_LABEL_SPACE_RE = compile_pattern(r"[ \t\n\u3000]")


def label_text(m: re.Match[str]) -> str:
    """The label as written, spaces removed (``联 系 人`` → ``联系人``)."""
    kind = label_kind(m)
    return _LABEL_SPACE_RE.sub("", m.group(kind))
