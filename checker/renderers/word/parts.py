"""Where the comments part lives and how the package declares it: the document's relationship to
it and its content type. Taken from the user's file when it has them, added when it has not; the
relationships and content types are rewritten only when something had to be added."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from urllib.parse import unquote

from lxml import etree

from checker.renderers.word.package import Package, PackageError, serialise

RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
CONTENT_TYPES = "[Content_Types].xml"
PART_LIMIT = 16 * 1024 * 1024  # relationships, content types, comments: real ones are a small fraction


@dataclass
class CommentsPart:
    """The comments part's member name and the package parts rewritten to declare it."""

    name: str
    changed: dict[str, bytes] = field(default_factory=dict)


def rels_name(part: str) -> str:
    folder, base = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{base}.rels")


def _target(folder: str, target: str) -> str:
    """The member a relationship's target names, relative to the source part's folder."""
    path = unquote(target)
    name = posixpath.normpath(path.lstrip("/") if path.startswith("/") else posixpath.join(folder, path))
    if name == ".." or name.startswith(("../", "/")):
        raise PackageError("cannot annotate: its comments relationship points outside the package")
    return name


def _relate(package: Package, document: str) -> tuple[str, bytes | None]:
    """The comments part the document relates to, adding the relationship when there is none;
    with the new relationships part when it was added."""
    folder = posixpath.dirname(document)
    rels = package.xml(rels_name(document), PART_LIMIT)
    if rels is None:
        rels = etree.Element(f"{{{RELS_NS}}}Relationships", nsmap={None: RELS_NS})
    found = rels.findall(f"{{{RELS_NS}}}Relationship")
    for rel in found:
        if rel.get("Type") == COMMENTS_REL and rel.get("TargetMode") != "External" and rel.get("Target"):
            return _target(folder, rel.get("Target", "")), None
    name, n = posixpath.join(folder, "comments.xml"), 1
    while name in package.members:  # a stray part of that name, related to nothing: left as it is
        name, n = posixpath.join(folder, f"comments{n}.xml"), n + 1
    ids = {rel.get("Id") for rel in found}
    k = len(found) + 1
    while f"rId{k}" in ids:
        k += 1
    etree.SubElement(rels, f"{{{RELS_NS}}}Relationship", Id=f"rId{k}", Type=COMMENTS_REL,
                     Target=posixpath.relpath(name, folder or "."))  # fmt: skip
    return name, serialise(rels)


def _declare(package: Package, name: str) -> bytes | None:
    """The content types with the comments part's own, when it was not declared as such."""
    types = package.xml(CONTENT_TYPES, PART_LIMIT)
    if types is None:
        raise PackageError(f"cannot reopen the .docx to annotate it (no {CONTENT_TYPES})")
    partname = f"/{name}".lower()
    for override in types.iterfind(f"{{{TYPES_NS}}}Override"):
        if override.get("PartName", "").lower() == partname:
            if override.get("ContentType") == COMMENTS_TYPE:
                return None
            override.set("ContentType", COMMENTS_TYPE)
            return serialise(types)
    etree.SubElement(types, f"{{{TYPES_NS}}}Override", PartName=f"/{name}", ContentType=COMMENTS_TYPE)
    return serialise(types)


def comments_part(package: Package, document: str) -> CommentsPart:
    """Where the comments of ``document`` (a member name) go, and what declares them."""
    name, rels = _relate(package, document)
    if name in (document, rels_name(document), CONTENT_TYPES):
        raise PackageError("cannot annotate: its comments relationship points at another part")
    part = CommentsPart(name)
    if rels is not None:
        part.changed[rels_name(document)] = rels
    types = _declare(package, name)
    if types is not None:
        part.changed[CONTENT_TYPES] = types
    return part
