"""The README's CI workflow, run as written on the seed reports: what it shows is what it says."""

from __future__ import annotations

import json
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
    failures = int(suites.get("failures", "0"))
    assert failures > 0  # and the test report shows them …
    assert failures == _failing_in_the_default_run(tmp_path)  # … as many as the default review fails


def _failing_in_the_default_run(cwd: Path) -> int:
    """What the default review (``rectcheck review reports/``, --fail-on error) fails: each finding
    with a flag at error, and each document with a document flag at error (its ``document`` case)."""
    run = subprocess.run([sys.executable, "-m", "checker", "review", "reports/", "-f", "json"], cwd=cwd,
                         capture_output=True, text=True)  # fmt: skip
    assert run.returncode == 1, run.stderr
    failing = 0
    for review in json.loads(run.stdout):
        failing += sum(any(fl["severity"] == "error" for fl in f["flags"]) for f in review["findings"])
        failing += any(fl["severity"] == "error" for fl in review["document_flags"])
    return failing
