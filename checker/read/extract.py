"""A document's bytes, of a known format, to its text: the one call every reader sits behind, so
the reading budget (:mod:`checker.read.budget`) can run any of them in a worker process."""

from __future__ import annotations

from typing import NamedTuple

from checker.models import Tables
from checker.read.ruby import drop_pinyin_glosses

# The module each format's reader lives in (imported on first use: most runs need one or two).
READERS: dict[str, str] = {
    "txt": "checker.read.plain",
    "md": "checker.read.plain",
    "docx": "checker.read.word",
    "xlsx": "checker.read.sheets",
    "pdf": "checker.read.pdf",
    "html": "checker.read.webpage",
}


class Extracted(NamedTuple):
    """What a reader gives: the text, the encoding it was decoded from (text formats) and the
    cell spans of Word tables and workbook sheets."""

    text: str
    encoding: str | None
    tables: Tables


def extract(fmt: str, name: str, data: bytes, max_bytes: int) -> Extracted:
    """Run the reader of ``fmt`` on ``data``; InputError with a one-line reason when it cannot."""
    if fmt in ("txt", "md"):
        from checker.read.plain import read_plain

        text, encoding = read_plain(name, data)
        return Extracted(drop_pinyin_glosses(text), encoding, [])
    if fmt == "docx":
        from checker.read.word import read_docx

        text, tables = read_docx(name, data, max_bytes)
        return Extracted(text, None, tables)
    if fmt == "xlsx":
        from checker.read.sheets import read_xlsx

        text, tables = read_xlsx(name, data, max_bytes)
        return Extracted(text, None, tables)
    if fmt == "pdf":
        from checker.read.pdf import read_pdf

        text, tables = read_pdf(name, data, max_bytes)
        return Extracted(text, None, tables)
    from checker.read.webpage import read_html

    text, encoding = read_html(name, data, max_bytes)
    return Extracted(drop_pinyin_glosses(text), encoding, [])
