"""The cyclic garbage collector's settings for one run of the program.

A review allocates hundreds of thousands of small objects that form no cycles (spans, markers,
models) and live until the review is written. At Python's default young-generation threshold (a
collection every 700 net allocations) collections run all the time and free nothing, and each full
one walks every live object: a quarter of the time on a 5 MB report, a share that grows with the
report. At 10,000,000 a review up to the 20 MB input limit runs through without one; cycles are
still collected, later (mypy raises the threshold for the same reason). ``rectcheck serve`` runs
for long and goes back to Python's own thresholds.
"""

from __future__ import annotations

import gc

YOUNG_THRESHOLD = 10_000_000
PYTHON_THRESHOLD = gc.get_threshold()  # as the interpreter set it, before any tuning


def tune_collector() -> None:
    """Collect the young generation every ``YOUNG_THRESHOLD`` net allocations, not every 700."""
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)


def restore_collector() -> None:
    """Python's own thresholds again, for a process that runs for long (``rectcheck serve``): there
    the garbage of one request after another, cycles included, must not wait for ten million
    allocations."""
    gc.set_threshold(*PYTHON_THRESHOLD)
