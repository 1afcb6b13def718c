"""The program's entry point: set the interpreter up for one run, then hand over to the CLI.

A run builds a review and exits. Two settings of the cyclic garbage collector matter for that:

- Its young-generation threshold. A review allocates hundreds of thousands of small objects that
  form no cycles (spans, markers, models) and live until the review is written. At Python's
  default (a collection every 700 net allocations), collections run all the time and free
  nothing, and each full one walks every live object: a quarter of the time on a 5 MB report, a
  share that grows with the report. At 100,000 the collections still took 7 %; at 1,000,000 a
  5 MB review still met one, 0.26 s spent walking the whole report to free nothing. At
  10,000,000 a review up to the 20 MB input limit runs through without one. Cycles are still
  collected, later (mypy raises the threshold for the same reason).
- The end of the run. The interpreter's final collection walks every object once more before the
  process exits. The run's objects are frozen out of the collector first (``gc.freeze``), which
  saves about 30 ms of each short run.
- The exit itself. After the exit handlers ran and the output is flushed, tearing the modules
  down one by one (≈ 6 ms) does nothing a finished run needs, so the process ends there
  (``os._exit``) with the same code — unless another thread is still working or the output could
  not be flushed, where the interpreter's own exit does what it always did.

pydantic's plugins are left off (``PYDANTIC_DISABLE_PLUGINS``, unless the user set it): looking
for them reads the metadata of every installed package (≈ 3 ms) to instrument validators that
a run of this program does not call from outside.

Library use (``checker.pipeline``) and in-process callers of ``checker.cli`` are left alone: these
are settings of a process, not of a call. ``rectcheck serve`` runs for long and goes back to
Python's own thresholds.
"""

from __future__ import annotations

import gc
import os
import sys

YOUNG_THRESHOLD = 10_000_000
_PYTHON_THRESHOLD = gc.get_threshold()  # as the interpreter set it, before any tuning


def tune_collector() -> None:
    """Collect the young generation every ``YOUNG_THRESHOLD`` net allocations, not every 700."""
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)


def restore_collector() -> None:
    """Python's own thresholds again, for a process that runs for long (``rectcheck serve``): there
    the garbage of one request after another, cycles included, must not wait for ten million
    allocations."""
    gc.set_threshold(*_PYTHON_THRESHOLD)


def _alone() -> bool:
    """No thread but this one (and daemon threads, which exit ends anyway) is running, and none
    waits for its exit hooks (``threading._register_atexit``, used by thread pools)."""
    threading = sys.modules.get("threading")
    if threading is None:
        return True
    main = threading.main_thread()
    if threading.current_thread() is not main or getattr(threading, "_threading_atexits", None):
        return False
    return not any(t is not main and not t.daemon and t.is_alive() for t in threading.enumerate())


def exit_now(code: int) -> None:
    """End the process as the interpreter would, without tearing down its modules: run the exit
    handlers (the startup cache is saved there), flush the output, ``os._exit(code)``. Returns when
    that is not safe, for the caller to exit the usual way."""
    import atexit

    run_exit_handlers = getattr(atexit, "_run_exitfuncs", None)
    if run_exit_handlers is None or not _alone():
        return
    run_exit_handlers()  # each handler runs once: the interpreter's exit finds none left
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):  # a closed pipe or file: the interpreter reports it as it always did
        return
    os._exit(code)


def main() -> None:
    tune_collector()
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from checker.cli import main as run_cli  # after the tuning: importing builds many objects

    code: object = Ellipsis  # stays so when an error escapes: the interpreter prints it
    try:
        run_cli()
        code = 0
    except SystemExit as done:
        code = done.code
        raise
    finally:
        gc.freeze()  # the final collection at exit need not walk what the run built
        if code is None or isinstance(code, int):
            exit_now(code or 0)
