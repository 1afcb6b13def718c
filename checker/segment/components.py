"""Reading components registered by name: the passes over a document's body lines
(:data:`checker.segment.document.BODY_PASSES`), the readers of tables that lost their markup
(:data:`checker.segment.text_tables.TEXT_TABLES`) and the layouts
(:data:`checker.segment.layouts.base.LAYOUTS`). The vocabulary (``components``) names the ones a
reading runs and their order; a new component is a function registered in its registry and a name
there."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from typing import Generic, TypeVar

from checker.errors import RubricError

C = TypeVar("C", bound=Callable[..., object])


class Registry(Generic[C]):
    """Components of one kind, by name. ``providers``: the modules that register components of this
    kind, imported when a component is first asked for; a package stands for every module in it."""

    def __init__(self, kind: str, providers: tuple[str, ...] = ()) -> None:
        self.kind = kind
        self.providers = providers
        self._by_name: dict[str, C] = {}
        self._loaded = False

    @property
    def _all(self) -> dict[str, C]:
        if not self._loaded:
            for name in self.providers:
                module = importlib.import_module(name)
                for info in pkgutil.iter_modules(getattr(module, "__path__", [])):
                    importlib.import_module(f"{name}.{info.name}")
            self._loaded = True
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
