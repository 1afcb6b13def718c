"""The program's entry point: set the interpreter up for one run, then hand over to the CLI.

- The collector's young-generation threshold is raised for the run (:mod:`checker.collector`).
- At the end, the run's objects are frozen out of the collector (``gc.freeze``): the interpreter's
  final collection need not walk what the run built.
- pydantic's plugins are left off (``PYDANTIC_DISABLE_PLUGINS``, unless the user set it): looking
  for them reads the metadata of every installed package to instrument validators that a run of
  this program does not call from outside.

Library use (:mod:`checker`) and in-process callers of ``checker.cli`` are left alone: these are
settings of a process, not of a call.
"""

from __future__ import annotations

import gc
import os

from checker.collector import tune_collector


def main() -> None:
    tune_collector()
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from checker.cli import main as run_cli  # after the tuning: importing builds many objects

    try:
        run_cli()
    finally:
        gc.freeze()  # the final collection at exit need not walk what the run built
