"""The README's CI workflow, run as written on the seed reports: what it shows is what it says."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def workflow_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for block in re.findall(r"```yaml\n(.*?)```", readme, re.S):
        data = yaml.safe_load(block)
        if isinstance(data, dict) and "jobs" in data:
            steps = [s for job in data["jobs"].values() for s in job.get("steps", [])]
            return [s["run"] for s in steps if "run" in s and s["run"].startswith("rectcheck ")]
    raise AssertionError("no CI workflow in the README")


def test_the_readme_workflow_reports_the_failing_findings(tmp_path: Path) -> None:
    commands = workflow_commands()
    assert any("-f junit" in c for c in commands) and any("-f sarif" in c for c in commands)
    reports = tmp_path / "reports"
    reports.mkdir()
    for seed in sorted((ROOT / "eval" / "seeds").glob("*.txt"))[:3]:
        (reports / seed.name).write_bytes(seed.read_bytes())
    codes = {}
    for command in commands:
        args = shlex.split(command.split("#")[0])[1:]
        run = subprocess.run([sys.executable, "-m", "checker", *args], cwd=tmp_path, capture_output=True, text=True)
        codes[args[args.index("-f") + 1]] = run.returncode
        assert run.returncode in (0, 1), run.stderr
    assert codes["sarif"] == 1  # the gate: the seeds hold error-level flags
    suites = ET.parse(tmp_path / "rectcheck.xml").getroot()
    assert int(suites.get("failures", "0")) > 0  # and the test report shows them
