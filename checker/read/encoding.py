"""Bytes → text with the encoding detected, not assumed.

Order of preference, each guess validated before it is accepted:

1. a byte-order mark (UTF-8, UTF-16) decides;
2. strict UTF-8, when the bytes decode (most reports today) — unless that reading is not Chinese
   while the GB18030 reading is (a few GB bytes can happen to form valid UTF-8);
3. the encoding an HTML page declares, when it decodes strictly;
4. strict GB18030, when the result reads as Chinese (CJK characters dominate the non-ASCII text
   and nearly all Han characters are common GB2312 ones) — charset detectors often mistake a
   short GBK text for a Cyrillic or Latin code page, and Big5 bytes also decode as GBK but
   into rare characters;
5. charset-normalizer's best guess, with the GB2312/GBK family widened to GB18030 (a superset).

Newlines are normalised (``\\r\\n`` and ``\\r`` → ``\\n``); nothing else is changed (no NFKC:
evidence must match the author's characters).
"""

from __future__ import annotations

import codecs
import re
from contextlib import suppress
from functools import cache

from checker.reasons import Reason, reason

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
)
_GB_FAMILY = {"gb2312", "gbk", "cp936", "ms936", "gb18030", "hz", "euc_cn", "euccn"}

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Runs, not single characters: counting run lengths makes one match object per run, not per character.
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
# CJK ideographs, CJK punctuation, full-width forms, general punctuation (“” … —) and symbols.
_CJK_LIKE = re.compile(r"[\u2000-\u206f\u2100-\u27ff\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]+")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")

# Above this share of control characters a "text" file is binary data.
MAX_CONTROL_SHARE = 0.01
# UTF-16 text has a NUL in at least this share of its code units (every ASCII character, newlines
# included); a stray NUL or two in UTF-8 text is far below it.
MIN_UTF16_NUL_SHARE = 0.01
_SAMPLE = 200_000  # characters checked when validating a guess: enough, and keeps it fast


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we accept; ``why`` says so (``str()``: in English)."""

    def __init__(self, why: Reason) -> None:
        super().__init__(why)
        self.why = why


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` → ``\\n``; offsets refer to the text after this."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


@cache
def _gb2312_han() -> frozenset[str]:
    """The 6,763 Han characters of GB2312 (levels 1 and 2): the characters of everyday text."""
    chars: set[str] = set()
    for lead in range(0xB0, 0xF8):
        row = bytes(b for trail in range(0xA1, 0xFF) for b in (lead, trail))
        try:  # a whole row in one call: 72 decodes instead of 6,768 at every start
            chars.update(row.decode("gb2312"))
            continue
        except UnicodeDecodeError:
            pass
        for trail in range(0xA1, 0xFF):  # a row with unassigned codes (D7FA–D7FE): one by one
            with suppress(UnicodeDecodeError):
                chars.add(bytes((lead, trail)).decode("gb2312"))
    return frozenset(chars)


@cache
def _drop_gb2312_han() -> dict[int, None]:
    """A ``str.translate`` table deleting the GB2312 Han characters (what is left is rare)."""
    return dict.fromkeys(map(ord, _gb2312_han()))


def _count(runs: re.Pattern[str], text: str) -> int:
    return sum(map(len, runs.findall(text)))


def reads_as_chinese(text: str) -> bool:
    """True when ``text`` looks like genuine Chinese rather than a mis-decoding.

    Non-ASCII characters must be mostly CJK, and the Han characters mostly common ones.
    """
    sample = text[:_SAMPLE]
    non_ascii = _count(_NON_ASCII, sample)
    if non_ascii == 0:
        return True  # pure ASCII: any ASCII-compatible decoding is right
    if _count(_CJK_LIKE, sample) < 0.8 * non_ascii:
        return False
    han = "".join(_HAN.findall(sample))
    if not han:
        return True
    rare = len(han.translate(_drop_gb2312_han()))
    return len(han) - rare >= 0.9 * len(han)


def control_share(text: str) -> float:
    """Share of C0 control characters other than tab, newline, carriage return and form feed."""
    sample = text[:_SAMPLE]
    if not sample:
        return 0.0
    return len(_CONTROL.findall(sample)) / len(sample)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _normalise_name(name: str) -> str:
    name = name.lower().replace("-", "_")
    if name in _GB_FAMILY:
        return "gb18030"
    return codecs.lookup(name).name


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data``; return ``(text, encoding)`` with newlines normalised.

    ``declared`` is an encoding the document names for itself (an HTML ``<meta charset>``). Pages
    often declare the wrong one, so valid UTF-8 still wins and the declared encoding is used only
    when it decodes strictly. Raises UndecodableError for binary data (control characters, no valid
    decoding) and for text with NUL bytes, naming where the first one is.
    """
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            text = _strict(data, codec)
            if text is None:
                shown = "UTF-8" if codec == "utf-8-sig" else codec.upper()
                raise UndecodableError(reason("bom_invalid", encoding=shown))
            return _checked(text, label)

    if b"\x00" in data:
        if _looks_like_utf16(data):
            raise UndecodableError(reason("utf16_no_bom"))
        if (encoding := _text_but_for_nuls(data)) is not None:
            # Refused, not read with the NULs removed: in a text report they are damage (an
            # interrupted save or copy leaves zero-filled blocks where text was, or binary was
            # pasted in). Reading past them would review a possibly incomplete report as if it
            # were whole; the offset sends the auditor to the place to look.
            raise UndecodableError(_nul_reason(data, encoding))
        raise UndecodableError(reason("binary_nul"))

    trusted: str | None = None
    if declared:
        with suppress(LookupError):  # an unknown label in the document: fall back to detection
            trusted = _normalise_name(declared)

    text = _strict(data, "utf-8")
    if text is not None:
        if not reads_as_chinese(text) and trusted in (None, "gb18030"):
            # A short GB text can also be valid UTF-8 (巡 = D1 B2 = Ѳ): when the UTF-8 reading is
            # not Chinese but the GB18030 reading is, the document is the Chinese one.
            gb_text = _strict(data, "gb18030")
            if gb_text is not None and reads_as_chinese(gb_text):
                return _checked(gb_text, "gb18030")
        return _checked(text, "utf-8")

    if trusted is not None and (text := _strict(data, trusted)) is not None:
        return _checked(text, trusted)

    text = _strict(data, "gb18030")
    if text is not None and reads_as_chinese(text):
        return _checked(text, "gb18030")

    from charset_normalizer import from_bytes  # only for the rare file neither UTF-8 nor GB: ~30 ms import

    best = from_bytes(data).best()
    if best is None:
        raise UndecodableError(reason("binary"))
    encoding = _normalise_name(best.encoding)
    text = _strict(data, encoding)
    if text is None:  # widened label failed: keep the detector's own codec
        encoding = best.encoding
        text = str(best)
    return _checked(text, encoding)


def _looks_like_utf16(data: bytes) -> bool:
    """NUL bytes in a fair share of the code units, mostly at odd (LE) or mostly at even (BE)
    offsets, and the bytes decode as text. ASCII characters put their NUL on one side; CJK ones
    such as 一 U+4E00 put theirs on the other, so a Chinese text need only lean one way and read as
    Chinese."""
    sample = data[: 2 * _SAMPLE]
    sample = sample[: len(sample) // 2 * 2]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    for codec, nuls, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if nuls > other and nuls >= MIN_UTF16_NUL_SHARE * len(sample) / 2:
            text = sample.decode(codec, errors="replace")
            decodes = text.count("\ufffd") <= 1 and control_share(text) <= MAX_CONTROL_SHARE
            if decodes and (nuls > 4 * other or reads_as_chinese(text)):
                return True
    return False


def _text_but_for_nuls(data: bytes) -> str | None:
    """The encoding ``data`` is text in, NUL bytes aside (UTF-8, or GB18030 reading as Chinese),
    or None when it is not text."""
    for codec in ("utf-8", "gb18030"):
        text = _strict(data, codec)
        if text is None or control_share(text) > MAX_CONTROL_SHARE:
            continue
        if codec == "utf-8" or reads_as_chinese(text):
            return codec
    return None


def _nul_reason(data: bytes, encoding: str) -> Reason:
    shown = "UTF-8" if encoding == "utf-8" else encoding.upper()
    first, count = data.index(0), data.count(0)
    if count == 1:
        return reason("nul_one", encoding=shown, offset=first)
    return reason("nul_many", encoding=shown, count=count, offset=first)


def _checked(text: str, encoding: str) -> tuple[str, str]:
    if control_share(text) > MAX_CONTROL_SHARE:
        raise UndecodableError(reason("binary_control"))
    return normalise_newlines(text), encoding
