"""Reading components registered by name: the passes over a document's body lines, the readers of
tables that lost their markup, and the layouts. The vocabulary (``components``) names the ones a
reading runs and their order; a new component is a function registered here and a name there."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

from checker.errors import RubricError

if TYPE_CHECKING:
    from checker.segment.document import Doc
    from checker.segment.layouts.base import LayoutResult
    from checker.segment.lines import Line

C = TypeVar("C", bound=Callable[..., object])
# A table that lost its markup: rows of (start, end) cells, and the lines a cell spilled onto below
# its row, by (row, column).
Row = list[tuple[int, int]]
Spill = dict[tuple[int, int], list[tuple[int, int]]]
Table = tuple[list[Row], Spill]
BodyPass = Callable[["Doc", list["Line"]], list["Line"]]
TableReader = Callable[["Doc"], list[Table]]
LayoutRule = Callable[["Doc"], "LayoutResult | None"]


# The modules that register components, imported when a component is first asked for.
_PROVIDERS = (
    "checker.segment.unwrap",
    "checker.segment.inline",
    "checker.segment.text_tables",
    "checker.segment.layouts",
)


class Registry(Generic[C]):
    """Components of one kind, by name."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._by_name: dict[str, C] = {}

    @property
    def _all(self) -> dict[str, C]:
        for module in _PROVIDERS:
            importlib.import_module(module)
        return self._by_name

    def register(self, name: str) -> Callable[[C], C]:
        def add(component: C) -> C:
            if name in self._by_name:
                raise ValueError(f"{self.kind} {name!r} is registered twice")
            self._by_name[name] = component
            return component

        return add

    def names(self) -> list[str]:
        return list(self._all)

    def pick(self, names: list[str]) -> list[tuple[str, C]]:
        """The named components, in the order given; an unknown name is an error."""
        found = self._all
        unknown = [n for n in names if n not in found]
        if unknown:
            known = ", ".join(found)
            raise RubricError(f"the vocabulary names an unknown {self.kind}: {', '.join(unknown)} (known: {known})")
        return [(n, found[n]) for n in names]


BODY_PASSES: Registry[BodyPass] = Registry("body pass")
TEXT_TABLES: Registry[TableReader] = Registry("table reader")
LAYOUTS: Registry[LayoutRule] = Registry("layout")
