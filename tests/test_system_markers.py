"""The tests that use what tests/setup_system.sh installs are marked (office, browser, fonts), and
RECTCHECK_NO_SYSTEM=1 skips every one of them even where LibreOffice and Chromium are installed; the
Makefile and the tests read the variable alike."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import without_system

TESTS = Path(__file__).resolve().parent
# What a test uses when it needs a system tool: LibreOffice, Chromium, a CJK font for composed PDFs.
USES = {
    "office": re.compile(r"\bSOFFICE\b|\bsoffice\b|\b_?saved_as\(|\bconverted\("),
    "browser": re.compile(r"\bCHROMIUM\b|\bCHROMEDRIVER\b|\b_chromium\(|\bwebdriver\b"),
    "fonts": re.compile(r"\bCJK_FONT\b|cjk=True"),
}


def _marks(node: ast.AST, source: str) -> set[str]:
    """The system markers a test's decorators (or a module's ``pytestmark = …``) name."""
    parts = getattr(node, "decorator_list", None)
    if parts is None:
        parts = [node]
    text = " ".join(ast.get_source_segment(source, part) or "" for part in parts)
    return set(re.findall(r"pytest\.mark\.(office|browser|fonts)\b", text))


def _needs() -> dict[str, set[str]]:
    """Each test that uses a system tool, by ``file::name``, with the markers it should carry."""
    out: dict[str, set[str]] = {}
    for path in sorted(TESTS.glob("test_*.py")):
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source)
        module = set()
        for node in tree.body:
            targets = getattr(node, "targets", [])
            if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "pytestmark" for t in targets):
                module |= _marks(node, source)
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.name.startswith("test_"):
                body = ast.get_source_segment(source, node) or ""
                needed = {mark for mark, uses in USES.items() if uses.search(body)}
                if needed:
                    out[f"{path.name}::{node.name}"] = needed - module - _marks(node, source)
    return out


def test_every_test_that_uses_a_system_tool_is_marked() -> None:
    needs = _needs()
    assert len(needs) >= 8  # the LibreOffice, browser and font tests are found at all
    assert {name: marks for name, marks in needs.items() if marks} == {}


def test_without_the_system_every_marked_test_skips() -> None:
    files = sorted({name.split("::")[0] for name in _needs()})
    env = {**os.environ, "RECTCHECK_NO_SYSTEM": "1"}
    marked = ["-m", "office or browser or fonts"]
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-o", "addopts=", "-q", "-p", "no:cacheprovider", *marked,
         *(str(TESTS / f) for f in files)],
        capture_output=True, text=True, env=env, cwd=TESTS.parent, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout[-2000:]
    tally = run.stdout.strip().splitlines()[-1]
    skipped = re.search(r"(\d+) skipped", tally)
    assert skipped and int(skipped.group(1)) >= 8, tally
    assert not re.search(r"\d+ (passed|failed|error)", tally), tally


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
@pytest.mark.parametrize("value", ["", "0", "1", "true", "TRUE", "yes", "Yes", "no", "false", "off", " 1 "])
def test_make_and_the_tests_agree_on_what_sets_rectcheck_no_system(value: str) -> None:
    """Only 1, true and yes (in any case) set it: the Makefile then installs nothing and the marked
    tests skip; any other value is as if it were unset, for both."""
    env = {k: v for k, v in os.environ.items() if k != "RECTCHECK_NO_SYSTEM" and not k.startswith("MAKE")}
    run = subprocess.run(
        ["make", "-n", "-s", "test", f"RECTCHECK_NO_SYSTEM={value}"],
        capture_output=True, text=True, env=env, cwd=TESTS.parent, timeout=60,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    installs = "bash tests/setup_system.sh" in run.stdout
    assert installs == (not without_system(value)), run.stdout
    assert without_system(value) == (value.strip().lower() in ("1", "true", "yes"))
