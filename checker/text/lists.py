"""Items named in a sentence: 、 between them in Chinese, ", " in English. Written here once, for
the messages a rubric fills and for every output that lists findings, owners or flags."""

from __future__ import annotations

from collections.abc import Iterable

LIST_SEPARATORS = {"zh": "、", "en": ", "}


def join_items(items: Iterable[str], lang: str) -> str:
    """``["F1", "F5"]`` → ``F1、F5`` in Chinese, ``F1, F5`` in English."""
    return LIST_SEPARATORS.get(lang, LIST_SEPARATORS["zh"]).join(items)
