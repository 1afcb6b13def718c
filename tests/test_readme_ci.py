"""The README's CI workflow and every other command its "For CI" section shows, run as written on the
seed reports: what each shows is what it says."""

from __future__ import annotations

import json
import re
import shlex
import shutil
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


# ---------------------------------------------------------------- every command of "For CI"

SEVERITY = {"info": 0, "warning": 1, "error": 2}


def ci_commands() -> list[str]:
    """Every ``rectcheck`` command the README's "For CI" section shows: the ``sh`` examples (lines
    continued with a backslash joined) and the steps of its YAML snippets other than the workflow
    (run by the test above), in the order they appear."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("\n## For CI") :]
    section = section[: section.index("\n## ", 1)]
    commands: list[str] = []
    for kind, block in re.findall(r"```(sh|yaml)\n(.*?)```", section, re.S):
        if kind == "sh":
            lines = block.replace("\\\n", " ").splitlines()
            commands += [line.strip() for line in lines if line.strip().startswith("rectcheck ")]
            continue
        data = yaml.safe_load(block)
        if isinstance(data, list):
            commands += [s["run"] for s in data if isinstance(s, dict) and str(s.get("run", "")).startswith("rectcheck ")]
    return commands


def _gate(reviews: list[dict], fail_on: str = "error", min_score: float | None = None, keep: object = None) -> int:
    """The exit code a review of ``reviews`` (JSON, nothing silenced) gives with these options."""
    codes = keep if isinstance(keep, set) else None
    for review in reviews:
        flags = [fl for f in review["findings"] for fl in f["flags"]] + review["document_flags"]
        flags = [fl for fl in flags if codes is None or fl["code"] in codes]
        if fail_on != "never" and any(SEVERITY[fl["severity"]] >= SEVERITY[fail_on] for fl in flags):
            return 1
        score = review["summary"]["score"]
        if min_score is not None and (score is None or score < min_score):
            return 1
    return 0


def _workspace(tmp_path: Path) -> list[dict]:
    """reports/ as the README's commands expect it — two seeds and 通报.docx (seed 001, whose F13 has
    a partial_coverage flag) — and the reviewed draft and its redraft for the diff step; the
    default review of reports/ as JSON."""
    from word_fixtures import seed_docx

    seeds = sorted((ROOT / "eval" / "seeds").glob("*.txt"))
    reports = tmp_path / "reports"
    reports.mkdir()
    for seed in (seeds[0], seeds[2]):
        (reports / seed.name).write_bytes(seed.read_bytes())
    seed_docx(seeds[1].read_text(encoding="utf-8"), reports / "通报.docx")
    for folder in ("reviewed", "drafts"):
        (tmp_path / folder).mkdir()
    text = seeds[3].read_text(encoding="utf-8")
    seed_docx(text, tmp_path / "reviewed" / "整改通报.docx")
    redraft = text.rstrip("\n") + "\n11.针对“食堂采购台账不全”的问题。\n整改情况：加强学习，提高认识，长期坚持。\n"
    seed_docx(redraft, tmp_path / "drafts" / "整改通报.docx")  # a finding whose measure is only slogans
    run = subprocess.run([sys.executable, "-m", "checker", "review", "reports/", "-f", "json", "--fail-on", "never"],
                         cwd=tmp_path, capture_output=True, text=True)  # fmt: skip
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def test_every_command_the_readme_shows_for_ci_runs_as_it_says(tmp_path: Path) -> None:
    commands = ci_commands()
    assert len(commands) >= 10 and any(c.startswith("rectcheck diff ") for c in commands)
    reviews = _workspace(tmp_path)
    all_codes = {fl["code"] for r in reviews for f in r["findings"] for fl in f["flags"]}
    checked = 0
    for command in commands:
        args = shlex.split(command, comments=True)[1:]
        run = subprocess.run([sys.executable, "-m", "checker", *args], cwd=tmp_path, capture_output=True, text=True)
        option = {a: args[i + 1] for i, a in enumerate(args[:-1]) if a.startswith("-")}
        if args[0] == "diff":  # the redraft brings flags at error the reviewed draft did not have
            assert run.returncode == 1, run.stderr
            assert (tmp_path / option["-o"]).read_text(encoding="utf-8").strip()
            shutil.copyfile(tmp_path / args[1], tmp_path / args[2])  # the same draft again: nothing new
            again = subprocess.run([sys.executable, "-m", "checker", *args], cwd=tmp_path, capture_output=True, text=True)
            assert again.returncode == 0, again.stderr
        elif args[0] == "baseline":  # one flag accepted, with its reason
            assert run.returncode == 0, run.stderr
            entries = json.loads((tmp_path / option["--baseline"]).read_text(encoding="utf-8"))["entries"]
            assert any(e.get("code") == option["--code"] and e.get("reason") == option["--reason"] for e in entries)
        elif "--write-baseline" in args:
            assert run.returncode == 0 and run.stdout.startswith("rectcheck: recorded "), run.stderr
        elif "--baseline" in args:  # every flag recorded: the gate sees none
            assert run.returncode == 0, run.stdout[-2000:]
        elif "-o" in args:
            assert run.returncode == _gate(reviews), run.stderr
            written = (tmp_path / option["-o"]).read_text(encoding="utf-8")
            fmt = option["-f"]
            if fmt == "sarif":
                assert json.loads(written)["version"] == "2.1.0"
            elif fmt == "junit":
                assert int(ET.fromstring(written).get("failures", "0")) > 0
            else:
                assert fmt == "markdown" and written.startswith("#")
        elif "--ignore" in args or "--select" in args:
            listed = set(option.get("--ignore", option.get("--select", "")).split(","))
            shown = listed if "--select" in args else all_codes - listed
            assert run.returncode == _gate(reviews, keep=shown), run.stderr
            assert not [code for code in all_codes - shown if re.search(rf"\b{code}\b", run.stdout)]
        else:
            fail_on = option.get("--fail-on", "error")
            min_score = float(option["--min-score"]) if "--min-score" in option else None
            assert run.returncode == _gate(reviews, fail_on, min_score), run.stderr
            assert run.stdout.strip()
        checked += 1
    assert checked == len(commands)
