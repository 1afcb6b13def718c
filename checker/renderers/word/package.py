"""The .docx as a zip package: the few parts the writer changes are read whole (each held to a
size), every other member is copied through to the new package unchanged, streamed member to
member, so styles, images and thumbnails cost time as they pass and never memory."""

from __future__ import annotations

import shutil
import zipfile
import zlib
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from lxml import etree

MB = 1024 * 1024
# Every member is inflated and deflated again as it streams through: time grows with this, not memory.
MAX_UNPACKED_BYTES = 512 * MB
_CHUNK = MB
# What can go wrong reading a package made by other hands (a member's data, its CRC, its method).
_BROKEN = (OSError, EOFError, KeyError, NotImplementedError, ValueError, zipfile.BadZipFile, zlib.error)


class PackageError(Exception):
    """The package cannot be annotated; the message is the reason shown to the user."""


def _cannot_reopen(exc: BaseException) -> PackageError:
    return PackageError(f"cannot reopen the .docx to annotate it ({type(exc).__name__})")


def _parser() -> etree.XMLParser:
    # as the reader and python-docx parse a part: no entities, no network, no blank text nodes
    return etree.XMLParser(resolve_entities=False, no_network=True, remove_blank_text=True)


def serialise(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _like(info: zipfile.ZipInfo) -> zipfile.ZipInfo:
    """A new entry for the member ``info`` describes: same name, time, attributes and method, and
    its declared size, from which zipfile decides whether it needs ZIP64."""
    entry = zipfile.ZipInfo(info.filename, info.date_time)
    entry.compress_type = zipfile.ZIP_STORED if info.compress_type == zipfile.ZIP_STORED else zipfile.ZIP_DEFLATED
    entry.external_attr = info.external_attr
    entry.file_size = info.file_size
    return entry


class Package:
    """An open .docx. A name the archive holds twice is taken as zipfile reads it: the last one."""

    def __init__(self, source: BinaryIO | Path) -> None:
        try:
            self.archive = zipfile.ZipFile(source)
        except _BROKEN as exc:
            raise _cannot_reopen(exc) from None
        infos = self.archive.infolist()
        self.members = {info.filename: info for info in infos}
        if sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES:  # as declared: zipfile reads no more
            self.archive.close()
            raise PackageError(f"cannot annotate: the .docx unpacks to more than {MAX_UNPACKED_BYTES // MB} MB")

    def __enter__(self) -> Package:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.archive.close()

    def read(self, name: str, limit: int) -> bytes | None:
        """Member ``name`` whole, None when the package has none; refused above ``limit`` bytes."""
        info = self.members.get(name)
        if info is None:
            return None
        if info.file_size > limit:
            raise PackageError(f"cannot annotate: {name} unpacks to more than {limit // MB} MB")
        try:
            return self.archive.read(info)
        except _BROKEN as exc:
            raise _cannot_reopen(exc) from None

    def optional(self, name: str, limit: int) -> bytes | None:
        """Member ``name`` when the package has it and it is at most ``limit`` bytes, else None."""
        info = self.members.get(name)
        return None if info is None or info.file_size > limit else self.read(name, limit)

    def xml(self, name: str, limit: int) -> etree._Element | None:
        """Member ``name`` parsed, None when the package has none."""
        data = self.read(name, limit)
        if data is None:
            return None
        try:
            return etree.fromstring(data, _parser())
        except etree.XMLSyntaxError as exc:
            raise _cannot_reopen(exc) from None

    def write(self, out: BinaryIO, replaced: dict[str, bytes]) -> None:
        """The package into ``out``: ``replaced`` parts with their new bytes (added when new), every
        other member copied through in its place and by its own method."""
        pending = dict(replaced)
        try:
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
                for info in self.archive.infolist():
                    if self.members[info.filename] is not info:
                        continue  # an earlier member of the same name: not the one read
                    if info.filename in pending:
                        target.writestr(_like(info), pending.pop(info.filename))
                        continue
                    with self.archive.open(info) as source, target.open(_like(info), "w") as copy:
                        shutil.copyfileobj(source, copy, _CHUNK)
                for name, data in pending.items():
                    target.writestr(name, data)
        except _BROKEN as exc:
            raise _cannot_reopen(exc) from None
