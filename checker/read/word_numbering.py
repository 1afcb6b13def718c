"""Word's automatic numbering, rendered as the labels Word displays.

A paragraph numbered by Word (its own ``w:numPr``, or one its paragraph style carries) holds no
number in its text: ``1.``, ``（一）``, ``一、`` live in ``word/numbering.xml`` as a level's format
(``numFmt``: decimal, chineseCounting, …) and text (``lvlText``: ``%1.``, ``（%1）``, ``%1.%2``).
:class:`Numbering` keeps the counters as Word does — per list definition, a level's counter going
back to its start when a shallower level advances, a list instance's ``startOverride`` restarting
it — and gives each paragraph the label Word would show, so the outline a reader sees is the
outline the reader reads. The reader and the annotated copy's text map walk the same paragraphs
through the same object, so their texts stay equal.

A paragraph whose text already opens with a typed number keeps its text alone (a writer who typed
the numbers does not see a second set), and bullets add nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from docx.oxml.ns import qn
from lxml import etree

from checker.text.enumerators import match_heading_marker
from checker.text.numerals import int_to_cn

_NUM, _ABSTRACT, _ABSTRACT_ID, _NUM_ID = qn("w:num"), qn("w:abstractNum"), qn("w:abstractNumId"), qn("w:numId")
_LVL, _ILVL, _START, _FMT, _TEXT = qn("w:lvl"), qn("w:ilvl"), qn("w:start"), qn("w:numFmt"), qn("w:lvlText")
_RESTART, _OVERRIDE, _START_OVERRIDE = qn("w:lvlRestart"), qn("w:lvlOverride"), qn("w:startOverride")
_P_PR, _NUM_PR, _P_STYLE, _STYLE, _BASED_ON = qn("w:pPr"), qn("w:numPr"), qn("w:pStyle"), qn("w:style"), qn("w:basedOn")
_VAL, _STYLE_ID = qn("w:val"), qn("w:styleId")
_STYLE_DEPTH = 8  # basedOn chains this long are followed; longer ones (or loops) are cut
_LEVELS = 9

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_HEAVENLY = "甲乙丙丁戊己庚辛壬癸"
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))  # fmt: skip


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _letter(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """The number as a level's ``numFmt`` writes it (an unknown format: as decimal)."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographDigital",
               "japaneseCounting", "taiwaneseCounting", "taiwaneseCountingThousand"):
        return int_to_cn(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 0 < n <= len(_CIRCLED):
        return _CIRCLED[n - 1]
    if fmt == "ideographTraditional" and 0 < n <= len(_HEAVENLY):
        return _HEAVENLY[n - 1]
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("lowerLetter", "upperLetter"):
        s = _letter(n)
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman"):
        s = _roman(n)
        return s.upper() if fmt == "upperRoman" else s
    return str(n)


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    restart: int | None = None  # restart after this (1-based) level advances; None: any shallower


@dataclass
class _List:
    levels: dict[int, _Level] = field(default_factory=dict)
    counters: list[int | None] = field(default_factory=lambda: [None] * _LEVELS)


def _val(el: etree._Element | None) -> str | None:
    return el.get(_VAL) if el is not None else None


def _int_val(el: etree._Element | None, default: int) -> int:
    try:
        return int(_val(el) or default)
    except ValueError:
        return default


def _levels(abstract: etree._Element) -> dict[int, _Level]:
    out: dict[int, _Level] = {}
    for lvl in abstract.iterchildren(_LVL):
        try:
            ilvl = int(lvl.get(_ILVL, "0"))
        except ValueError:
            continue
        restart = lvl.find(_RESTART)
        out[ilvl] = _Level(
            start=_int_val(lvl.find(_START), 1),
            fmt=_val(lvl.find(_FMT)) or "decimal",
            text=_val(lvl.find(_TEXT)) or "",
            restart=_int_val(restart, 0) if restart is not None else None,
        )
    return out


class Numbering:
    """The numbering definitions of one Word document, with the counters of a walk through it."""

    def __init__(self, numbering: etree._Element | None, styles: etree._Element | None) -> None:
        self._abstract: dict[str, _List] = {}
        self._nums: dict[str, tuple[str, dict[int, int]]] = {}  # numId → (abstractNumId, start overrides)
        self._started: set[str] = set()
        self._style_num: dict[str, tuple[str, int]] = {}
        if numbering is not None:
            for a in numbering.iterchildren(_ABSTRACT):
                self._abstract[a.get(_ABSTRACT_ID, "")] = _List(_levels(a))
            for num in numbering.iterchildren(_NUM):
                overrides: dict[int, int] = {}
                for o in num.iterchildren(_OVERRIDE):
                    so = o.find(_START_OVERRIDE)
                    if so is not None:
                        overrides[_int_val_attr(o, _ILVL)] = _int_val(so, 1)
                self._nums[num.get(_NUM_ID, "")] = (_val(num.find(_ABSTRACT_ID)) or "", overrides)
        if styles is not None:
            self._style_num = _style_numbering(styles)

    @classmethod
    def parse(cls, numbering_xml: bytes | None, styles_xml: bytes | None) -> Numbering:
        return cls(_parse(numbering_xml), _parse(styles_xml))

    @property
    def empty(self) -> bool:
        return not self._nums

    def label(self, p: etree._Element, text: str) -> str:
        """The label Word shows before paragraph ``p`` (whose text is ``text``); the counters
        advance. Empty when the paragraph is not numbered, is a bullet, or types its own number."""
        if not self._nums:
            return ""
        found = self._num_of(p)
        if found is None:
            return ""
        num_id, ilvl = found
        if num_id not in self._nums:
            return ""
        abstract_id, overrides = self._nums[num_id]
        lst = self._abstract.get(abstract_id)
        if lst is None or not 0 <= ilvl < _LEVELS:
            return ""
        if num_id not in self._started and overrides:
            self._started.add(num_id)
            for at, start in overrides.items():
                if 0 <= at < _LEVELS:
                    lst.counters[at] = start - 1
        level = lst.levels.get(ilvl, _Level())
        current = lst.counters[ilvl]
        lst.counters[ilvl] = level.start if current is None else current + 1
        for deeper in range(ilvl + 1, _LEVELS):
            below = lst.levels.get(deeper)
            if below is None or below.restart is None or 0 < ilvl + 1 <= below.restart:
                lst.counters[deeper] = None
        if level.fmt in ("bullet", "none") or not level.text:
            return ""
        label = level.text
        for k in range(ilvl + 1):
            lv = lst.levels.get(k, _Level())
            value = lst.counters[k] if lst.counters[k] is not None else lv.start
            label = label.replace(f"%{k + 1}", format_number(value or 0, lv.fmt))
        if match_heading_marker(text.lstrip()) is not None:
            return ""  # the writer typed the number too
        return label

    def _num_of(self, p: etree._Element) -> tuple[str, int] | None:
        ppr = p.find(_P_PR)
        if ppr is None:
            return None
        num_pr = ppr.find(_NUM_PR)
        if num_pr is not None:
            num_id = _val(num_pr.find(_NUM_ID))
            if num_id is None:
                return None
            return num_id, _int_val(num_pr.find(_ILVL), 0)
        style = _val(ppr.find(_P_STYLE))
        return self._style_num.get(style) if style else None


def _int_val_attr(el: etree._Element, name: str) -> int:
    try:
        return int(el.get(name, "0"))
    except ValueError:
        return 0


def _style_numbering(styles: etree._Element) -> dict[str, tuple[str, int]]:
    """Each paragraph style's numbering (its own, or the one it is based on)."""
    own: dict[str, tuple[str | None, int] | None] = {}
    based: dict[str, str] = {}
    for st in styles.iterchildren(_STYLE):
        sid = st.get(_STYLE_ID)
        if sid is None:
            continue
        ppr = st.find(_P_PR)
        num_pr = ppr.find(_NUM_PR) if ppr is not None else None
        own[sid] = (_val(num_pr.find(_NUM_ID)), _int_val(num_pr.find(_ILVL), 0)) if num_pr is not None else None
        parent = _val(st.find(_BASED_ON))
        if parent:
            based[sid] = parent
    out: dict[str, tuple[str, int]] = {}
    for sid in own:
        cur: str | None = sid
        for _ in range(_STYLE_DEPTH):
            if cur is None:
                break
            found = own.get(cur)
            if found is not None:
                if found[0] not in (None, "0"):
                    out[sid] = (found[0] or "", found[1])
                break
            cur = based.get(cur)
    return out


def _parse(xml: bytes | None) -> etree._Element | None:
    if not xml:
        return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(xml, parser)
    except etree.XMLSyntaxError:
        return None  # damaged numbering: the paragraphs keep their text alone
