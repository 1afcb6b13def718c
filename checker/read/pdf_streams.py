"""How large a PDF's streams decode, measured before the parser sees the file.

pdfminer decodes a stream whole, through every filter of its chain, the moment it needs it (the
cross-reference and object streams while opening the file). So each stream is decoded here first,
through its own chain, with every stage held to what is left of the limit and the last stage only
counted: a Flate stream with any header (``0x58`` as well as ``0x78``), behind ASCIIHex or ASCII85,
LZW, RunLength, CCITT. The stream is found as pdfminer finds it: its dictionary (references to
other objects followed), ``/Length`` bytes, then up to the next ``endstream``.

Image data is never decoded to read text, so images are not measured (a scan of many pages would
count its pixels). A filter named only inside a compressed object cannot be seen here; such a
chain is taken as Flate, the filter that inflates most. What this cannot see (an encrypted file's
streams) is held by the reading budget.
"""

from __future__ import annotations

import bisect
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from pdfminer.lzw import LZWDecoder
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import PDFObjRef
from pdfminer.psparser import LIT, PSLiteral

_OBJECT = re.compile(rb"(?<![0-9])([0-9]{1,10})[ \t\r\n\f\0]+([0-9]{1,5})[ \t\r\n\f\0]+obj\b")
_STREAM = re.compile(rb">>[ \t\r\n\f\0]*stream(?:\r\n|\n|\r)")
_END = b"endstream"
_DICT_WINDOW = 4096  # a stream's dictionary sits this close before its data
_VALUE_WINDOW = 4096  # an object a dictionary refers to (a length, a filter) is this short
_REFERENCE_DEPTH = 8
_PIECE = 1024 * 1024

# Filter names and their abbreviations, as pdfminer reads them.
FLATE = frozenset(("FlateDecode", "Fl"))
LZW = frozenset(("LZWDecode", "LZW"))
ASCII85 = frozenset(("ASCII85Decode", "A85"))
ASCII_HEX = frozenset(("ASCIIHexDecode", "AHx"))
RUN_LENGTH = frozenset(("RunLengthDecode", "RL"))
CCITT = frozenset(("CCITTFaxDecode", "CCF"))
PASSED_THROUGH = frozenset(("DCTDecode", "DCT", "JBIG2Decode", "JPXDecode"))  # left encoded by pdfminer


class OverLimit(Exception):
    """The streams decode to more than the limit."""


@dataclass(frozen=True)
class Stream:
    """A stream's data (``data[start:end]``), its filter chain (None: not known here) and its
    decode parameters, one per filter."""

    start: int
    end: int
    filters: list[str] | None
    params: list[dict[str, Any]]
    image: bool


def decoded_size(data: bytes, limit: int) -> int:
    """Bytes the filtered streams of ``data`` decode to, all together; OverLimit past ``limit``."""
    total = 0
    for stream in streams(data):
        if stream.image or stream.filters == []:
            continue
        chain = stream.filters if stream.filters is not None else ["FlateDecode"]
        total += _decode(data[stream.start : stream.end], chain, stream.params, limit - total)
    return total


def streams(data: bytes) -> Iterator[Stream]:
    """Every stream of the file, in file order."""
    objects = _Objects(data)
    for match in _STREAM.finditer(data):
        start = match.end()
        header = objects.header_before(match.start())
        attrs = objects.parse(data[header : match.start() + 2]) if header >= 0 else None
        if not isinstance(attrs, dict):
            yield Stream(start, _stream_end(data, start, 0), None, [], False)
            continue
        length = objects.resolve(attrs.get("Length"))
        filters, params = _chain(objects, attrs)
        image = _name(objects.resolve(attrs.get("Subtype"))) == "Image"
        yield Stream(start, _stream_end(data, start, length if isinstance(length, int) else 0), filters, params, image)


def _stream_end(data: bytes, start: int, length: int) -> int:
    """pdfminer reads ``/Length`` bytes, then on to the line holding ``endstream``."""
    end = data.find(_END, start + max(length, 0))
    return len(data) if end < 0 else end


def _first(attrs: dict[str, Any], *keys: str) -> Any:
    """The value of the first of ``keys`` present, in pdfminer's order of preference."""
    return next((attrs[k] for k in keys if k in attrs), None)


def _name(value: Any) -> str | None:
    return value.name if isinstance(value, PSLiteral) and isinstance(value.name, str) else None


def _chain(objects: _Objects, attrs: dict[str, Any]) -> tuple[list[str] | None, list[dict[str, Any]]]:
    """The filter names (None when one cannot be resolved here) and a parameter dict per filter."""
    raw = objects.resolve(_first(attrs, "F", "Filter"))
    if raw is None:
        return [], []
    items = raw if isinstance(raw, list) else [raw]
    names = [_name(objects.resolve(item)) for item in items]
    raw_params = objects.resolve(_first(attrs, "DP", "DecodeParms", "FDecodeParms"))
    param_items = raw_params if isinstance(raw_params, list) else [raw_params] * len(items)
    params = [p if isinstance(p := objects.resolve(item), dict) else {} for item in param_items]
    params += [{}] * (len(items) - len(params))
    if any(n is None for n in names):
        return None, params
    return [n for n in names if n is not None], params


# A dictionary of names, numbers and arrays of them only (no references, strings or nested
# dictionaries), and its entries.
_FLAT_VALUE = rb"/[A-Za-z0-9.+_-]+|[+-]?[0-9]+(?:\.[0-9]*)?|\[[/A-Za-z0-9.+_\s-]*\]|true|false"
_FLAT_DICT = re.compile(rb"\s*<<(?:\s*/[A-Za-z0-9]+\s*(?:" + _FLAT_VALUE + rb"))*\s*>>\s*")
_FLAT_ENTRY = re.compile(rb"/([A-Za-z0-9]+)\s*(" + _FLAT_VALUE + rb")")
_FLAT_ITEM = re.compile(rb"/[A-Za-z0-9.+_-]+|[+-]?[0-9]+(?:\.[0-9]*)?")


def _flat_value(raw: bytes) -> Any:
    """A value of a flat dictionary as pdfminer's parser gives it."""
    if raw.startswith(b"["):
        return [_flat_value(item) for item in _FLAT_ITEM.findall(raw)]
    if raw.startswith(b"/"):
        return LIT(raw[1:].decode("latin-1"))
    if raw in (b"true", b"false"):
        return raw == b"true"
    return float(raw) if b"." in raw else int(raw)


class _Objects:
    """Where each ``N G obj`` starts, so references in stream dictionaries can be followed."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.starts: list[int] = []  # header starts, ascending
        self.ends: list[int] = []  # where each header's value begins
        self.by_id: dict[int, int] = {}  # object number → where its (last) definition's value begins
        for match in _OBJECT.finditer(data):
            self.starts.append(match.start())
            self.ends.append(match.end())
            self.by_id[int(match.group(1))] = match.end()

    def header_before(self, at: int) -> int:
        """Where the value of the object holding position ``at`` begins, or -1 when no header
        is close enough before it."""
        i = bisect.bisect_left(self.starts, at) - 1
        if i < 0 or at - self.ends[i] > _DICT_WINDOW:
            return -1
        return self.ends[i]

    def parse(self, text: bytes) -> Any:
        """The first object in ``text``, or None when it does not parse."""
        if _FLAT_DICT.fullmatch(text):  # most stream dictionaries: read at once, not token by token
            return {key.decode("latin-1"): _flat_value(value) for key, value in _FLAT_ENTRY.findall(text)}
        try:
            _, value = PDFParser(BytesIO(text + b" endobj")).nextobject()
        except Exception:  # pdfminer raises many types on damaged input: just not known here
            return None
        return value

    def resolve(self, value: Any) -> Any:
        """``value``, with a reference replaced by the object it names (None when not found)."""
        for _ in range(_REFERENCE_DEPTH):
            if not isinstance(value, PDFObjRef):
                return value
            at = self.by_id.get(value.objid)
            if at is None:
                return None
            value = self.parse(self.data[at : at + _VALUE_WINDOW])
        return None


# ---------------------------------------------------------------- bounded decoders


def _decode(body: bytes, chain: list[str], params: list[dict[str, Any]], room: int) -> int:
    """The size ``body`` decodes to through ``chain``; OverLimit past ``room``. Only a stage
    another follows is kept, and never more of it than ``room``."""
    data, size = body, len(body)
    for i, name in enumerate(chain):
        last = i == len(chain) - 1
        if name in FLATE:
            size, out = _inflate(data, room, keep=not last)
        elif name in LZW:
            size, out = _unlzw(data, room, keep=not last)
        elif name in ASCII_HEX:
            out = _unhex(data)
            size = len(out)
        elif name in ASCII85:
            size, out = _un85(data, room, keep=not last)
        elif name in RUN_LENGTH:
            size, out = _unrun(data, room, keep=not last)
        elif name in CCITT:
            size, out = _ccitt_bound(data, params[i] if i < len(params) else {}), b""
            if not last and size <= room:
                size, out = len(data), data  # what CCITT yields is a bitmap: nothing inflates it further
        elif name in PASSED_THROUGH:
            size, out = len(data), data
        else:  # a filter pdfminer cannot apply: it stops there
            return len(data)
        if size > room:
            raise OverLimit
        data = out
    return size


def _inflate(data: bytes, room: int, keep: bool) -> tuple[int, bytes]:
    inflater = zlib.decompressobj()
    pending = memoryview(data)
    size = 0
    kept: list[bytes] = []
    try:
        while pending and size <= room:
            piece = inflater.decompress(pending, min(_PIECE, room + 1 - size))
            size += len(piece)
            if keep:
                kept.append(piece)
            pending = memoryview(inflater.unconsumed_tail)
            if inflater.eof:
                break
    except zlib.error:
        pass  # pdfminer keeps what inflated before the damage, as this does
    return size, b"".join(kept)


def _unlzw(data: bytes, room: int, keep: bool) -> tuple[int, bytes]:
    size = 0
    kept: list[bytes] = []
    for piece in LZWDecoder(BytesIO(data)).run():
        size += len(piece)
        if size > room:
            break
        if keep:
            kept.append(piece)
    return size, b"".join(kept)


_WHITE = re.compile(rb"[ \t\r\n\f\0]")
_A85_ENDS = re.compile(rb"^\s*<?\s*~\s*|\s*~\s*>?\s*$")
_NOT_HEX = re.compile(rb"[^0-9A-Fa-f]")


def _unhex(data: bytes) -> bytes:
    """ASCIIHexDecode: half as long as its input at most."""
    digits = _WHITE.sub(b"", data)
    end = digits.find(b">")
    if end >= 0:
        digits = digits[:end]
    digits = _NOT_HEX.sub(b"", digits)  # pdfminer fails on these; measuring, the rest is enough
    if len(digits) % 2:
        digits += b"0"
    return bytes.fromhex(digits.decode("ascii"))


def _un85(data: bytes, room: int, keep: bool) -> tuple[int, bytes]:
    """ASCII85Decode: five characters make four bytes, and ``z`` four zero bytes."""
    text = _WHITE.sub(b"", _A85_ENDS.sub(b"", data))
    zeros = text.count(b"z")
    size = 4 * zeros + (len(text) - zeros) * 4 // 5
    if size > room or not keep:
        return size, b""
    import base64

    try:
        out = base64.a85decode(text)
    except ValueError:
        return size, b""
    return len(out), out


def _unrun(data: bytes, room: int, keep: bool) -> tuple[int, bytes]:
    """RunLengthDecode: a length byte, then that many bytes plus one, or one byte repeated."""
    size, i, n = 0, 0, len(data)
    out = bytearray()
    while i < n and size <= room:
        length = data[i]
        if length == 128:
            break
        if length < 128:
            chunk = data[i + 1 : i + length + 2]
            i += length + 2
        else:
            chunk = data[i + 1 : i + 2] * (257 - length)
            i += 2
        size += len(chunk)
        if keep and size <= room:
            out += chunk
    return size, bytes(out)


def _ccitt_bound(data: bytes, params: dict[str, Any]) -> int:
    """The most a CCITT stream can decode to: its rows (or one per bit of input, when it does not
    say) of ``Columns`` bits. Decoding it to find out would cost far longer than a scan is worth."""
    columns = params.get("Columns", 1728)
    rows = params.get("Rows", 0)
    columns = columns if isinstance(columns, int) and columns > 0 else 1728
    rows = rows if isinstance(rows, int) and rows > 0 else 8 * len(data)
    return min(rows, 8 * len(data) + 1) * ((columns + 7) // 8)

