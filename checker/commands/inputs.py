"""The documents a review reads: files named on the command line, and the supported files found in
folders, without leaving a folder through a link unless asked; and which paths are those inputs,
so that nothing is written over one of them."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple


class Target(NamedTuple):
    """One document to review; ``explicit`` when named on the command line (not found in a directory)."""

    path: Path
    explicit: bool


def _resolved(path: Path) -> Path | None:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a loop of links
        return None


def _leaves(path: Path, root: Path) -> Path | None:
    """Where the link ``path`` leads when that is outside the folder ``root`` (resolved), else None."""
    target = _resolved(path) if path.is_symlink() else None
    return target if target is not None and not target.is_relative_to(root) else None


def expand_paths(paths: list[Path], follow_links: bool = False) -> tuple[list[Target], list[tuple[Path, str]]]:
    """Files named on the command line as given; directories as every supported file inside,
    sorted, recursively (hidden entries and unsupported files skipped; links to folders are not
    entered). A link to a file outside the folder is skipped and reported unless ``follow_links``.
    Returns the targets and the (path, reason) errors: such links, and directories with nothing to
    review."""
    from checker.read import SUPPORTED_SUFFIXES, is_supported

    targets: list[Target] = []
    errors: list[tuple[Path, str]] = []
    for path in paths:
        if not path.is_dir():
            targets.append(Target(path, explicit=True))  # the reader reports missing/unsupported files
            continue
        root = _resolved(path) or path
        found: list[Path] = []
        leaving: list[tuple[Path, str]] = []
        for p in path.rglob("*"):
            if not is_supported(p) or any(part.startswith(".") for part in p.relative_to(path).parts):
                continue
            target = None if follow_links else _leaves(p, root)
            if target is not None:
                leaving.append((p, f"a link to {target}, outside {path}; not followed (--follow-links follows it)"))
            elif p.is_file():
                found.append(p)
        if not found and not leaving:
            errors.append((path, f"no supported files in directory ({', '.join(SUPPORTED_SUFFIXES)})"))
        errors.extend(sorted(leaving, key=lambda e: e[0].as_posix()))
        targets.extend(Target(p, explicit=False) for p in sorted(found, key=lambda p: p.as_posix()))
    return targets, errors


class InputFiles:
    """The inputs by resolved path and by file identity, taken once: whether a file about to be
    written is one of them is then a lookup, not a pass over every input (one output per input into
    a directory stays linear in the number of inputs)."""

    def __init__(self, paths: list[Path]) -> None:
        self.by_path: dict[Path, Path] = {}
        self.by_identity: dict[tuple[int, int], Path] = {}
        for path in paths:
            self._add(path)

    def _add(self, path: Path) -> None:
        resolved = _resolved(path)
        if resolved is not None:
            self.by_path.setdefault(resolved, path)
        try:
            info = path.stat()
        except (OSError, ValueError):
            return
        self.by_identity.setdefault((info.st_dev, info.st_ino), path)

    def holding(self, target: Path) -> Path | None:
        """The input ``target`` names (the same path, or another name of the same file), or None."""
        resolved = _resolved(target)
        if resolved is not None and resolved in self.by_path:
            return self.by_path[resolved]
        try:
            info = target.stat()
        except (OSError, ValueError):
            return None
        return self.by_identity.get((info.st_dev, info.st_ino))
