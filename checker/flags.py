"""The flag registry: every flag code, in one place, derived from the modules that raise them.

Each module of :mod:`checker.analyse.flags` declares its flag once (``FLAG = FlagSpec(...)``): its
code, its place in the contract's table, the analysers that raise it (per finding, over the whole
document, or both) and, for the flags a model also judges, their place in the model's answer. The
code list, the analysers the rules run and the codes the model judges all come from here, so a new
flag is one module here and one entry in a rubric (a rubric that does not mention a code has it
off).
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Annotated, Any

from pydantic import AfterValidator

FLAG_PACKAGE = "checker.analyse.flags"


@dataclass(frozen=True)
class FlagSpec:
    """One flag: what the code is, where it stands, what raises it."""

    code: str
    order: int  # its row in the contract's table of codes
    # ``check(ctx: FindingContext) -> list[FlagHit]`` on each finding (at most the first hit counts).
    # (The analysers' types stand above this module: typed loosely here, exactly in each module.)
    check: Callable[[Any], list[Any]] | None = None
    # ``check_document(dctx: DocumentContext) -> [(finding index or None, FlagHit)]`` over the document.
    check_document: Callable[[Any], list[tuple[int | None, Any]]] | None = None
    # ``check_folder(reviews, texts, compiled) -> [(document position, finding id, FlagHit)]`` over
    # every document of one run, once all are reviewed (``checker.folder``).
    check_folder: Callable[[Any, Any, Any], list[tuple[int, str, Any]]] | None = None
    judged: int | None = None  # the model judges it too: its place in the model's answer


@lru_cache(maxsize=1)
def flag_specs() -> tuple[FlagSpec, ...]:
    """Every flag, in the contract's order (the modules of the flags package, imported once)."""
    package = importlib.import_module(FLAG_PACKAGE)
    specs: list[FlagSpec] = []
    for info in pkgutil.iter_modules(package.__path__):
        spec = getattr(importlib.import_module(f"{FLAG_PACKAGE}.{info.name}"), "FLAG", None)
        if isinstance(spec, FlagSpec):
            specs.append(spec)
    specs.sort(key=lambda s: (s.order, s.code))
    codes = [s.code for s in specs]
    if len(set(codes)) != len(codes):
        raise ValueError(f"a flag code is declared twice: {codes}")
    return tuple(specs)


@lru_cache(maxsize=1)
def flag_codes() -> tuple[str, ...]:
    """The flag codes, in the contract's table order."""
    return tuple(s.code for s in flag_specs())


def judged_codes() -> tuple[str, ...]:
    """The codes the model judges, in the order of its answer; every other code is a fact the rules
    establish."""
    judged = sorted((s.judged, s.code) for s in flag_specs() if s.judged is not None)
    return tuple(code for _, code in judged)


def _known(code: Any) -> str:
    if code not in flag_codes():
        raise ValueError(f"unknown flag code {code!r} (known: {', '.join(flag_codes())})")
    return str(code)


# A flag code, checked against the registry wherever a schema holds one (reviews, rubrics, labels).
FlagCode = Annotated[str, AfterValidator(_known)]
