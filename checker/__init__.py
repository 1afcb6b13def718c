"""rectcheck: critique Chinese rectification reports before they are published.

The library in five names::

    import checker

    result = checker.review_file("整改情况通报.docx")          # a Review (the JSON schema, typed)
    print(checker.render(result, "text"))                     # or "json", "markdown", "html", …
    strict = checker.load_rubric("rectification@1.1.0")
    checker.review(text, rubric=strict, options=checker.ReviewOptions(lang="en"))

Names are loaded on first use, so importing :mod:`checker` costs nothing a command does not need.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from checker.api import render, review, review_file
    from checker.models import Review
    from checker.options import ReviewOptions
    from checker.rubric import Rubric, load_rubric

_WHERE = {
    "review": "checker.api",
    "review_file": "checker.api",
    "render": "checker.api",
    "load_rubric": "checker.rubric",
    "Review": "checker.models",
    "Rubric": "checker.rubric",
    "ReviewOptions": "checker.options",
}
__all__ = ["Review", "ReviewOptions", "Rubric", "__version__", "load_rubric", "render", "review", "review_file"]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'checker' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


def __dir__() -> list[str]:
    return sorted(__all__)
