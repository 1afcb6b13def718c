"""Tests that need what ``tests/setup_system.sh`` installs carry a marker: ``office`` (LibreOffice),
``browser`` (Chromium and its driver), ``fonts`` (a CJK TrueType font for composed PDFs). Each also
skips when its tool is missing; with ``RECTCHECK_NO_SYSTEM=1`` (or ``true``, ``yes``, in any case)
they all skip, whatever is installed, so the suite runs on Python alone (``make test
RECTCHECK_NO_SYSTEM=1``, ``make test-core``). Any other value (``0``, ``no``, empty) is as if unset:
the Makefile reads it the same way."""

from __future__ import annotations

import os

import pytest

SYSTEM_MARKERS = ("office", "browser", "fonts")


SET_VALUES = ("1", "true", "yes")  # what RECTCHECK_NO_SYSTEM is set by, in any case (as in the Makefile)


def without_system(value: str | None = None) -> bool:
    """True when the run is asked to leave the system's tools alone: RECTCHECK_NO_SYSTEM (or ``value``)
    is 1, true or yes."""
    given = os.environ.get("RECTCHECK_NO_SYSTEM", "") if value is None else value
    return given.strip().lower() in SET_VALUES


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not without_system():
        return
    skip = pytest.mark.skip(reason="RECTCHECK_NO_SYSTEM=1: needs what tests/setup_system.sh installs")
    for item in items:
        if any(item.get_closest_marker(name) for name in SYSTEM_MARKERS):
            item.add_marker(skip)
