"""What every benchmark shares: paths, the machine description, timing and the rules pipeline."""

from __future__ import annotations

import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "eval" / "seeds"
PYTHON = sys.executable


def seeds() -> list[Path]:
    """The seed reports, in name order."""
    return sorted(p for p in SEEDS_DIR.iterdir() if p.suffix == ".txt")


def largest_seed() -> Path:
    return max(seeds(), key=lambda p: len(p.read_text(encoding="utf-8")))


def rectcheck_command() -> list[str]:
    """The installed console script beside this interpreter, else ``python -m checker``."""
    script = Path(PYTHON).with_name("rectcheck")
    return [str(script)] if script.exists() else [PYTHON, "-m", "checker"]


def machine() -> dict[str, Any]:
    """nproc, CPU model (from /proc/cpuinfo) and Python version, for the figures' context."""
    cpu = platform.processor() or "unknown"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return {"nproc": os.cpu_count(), "cpu": cpu, "python": platform.python_version()}


def time_command(argv: Sequence[str], runs: int, ok_codes: tuple[int, ...] = (0,)) -> list[float]:
    """Wall seconds of ``runs`` fresh processes of ``argv`` (output discarded)."""
    return [wall for wall, _ in time_command_cpu(argv, runs, ok_codes)]


def time_command_cpu(
    argv: Sequence[str],
    runs: int,
    ok_codes: tuple[int, ...] = (0,),
    env: dict[str, str] | None = None,
    cwd: Path = ROOT,
) -> list[tuple[float, float]]:
    """(wall, CPU) seconds of ``runs`` fresh processes of ``argv``. CPU time (user + system of the
    child) is steadier than wall time on a shared machine."""
    out = []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        proc = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=cwd, check=False, env=env)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        out.append((wall, cpu))
        if proc.returncode not in ok_codes:
            raise RuntimeError(f"{' '.join(argv)} exited {proc.returncode}: {proc.stderr.decode()[-500:]}")
    return out


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def emit(figures: dict[str, Any], as_json: bool, lines: Sequence[str]) -> None:
    """Print the figures as JSON (for run_all.py) or as readable lines."""
    if as_json:
        print(json.dumps(figures, ensure_ascii=False))
    else:
        print("\n".join(lines))
