"""The benchmark report generator (bench/gen_report.py), loaded for tests that need large inputs."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def load_gen_report() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_report", ROOT / "bench" / "gen_report.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module
