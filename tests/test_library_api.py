"""The library's small public API: the names of ``checker.__all__``, a review of a text and of a file
that equals the command line's JSON, and rendering."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import checker

ROOT = Path(__file__).resolve().parent.parent
SEED = sorted((ROOT / "eval" / "seeds").glob("003_*.txt"))[0]


def test_every_public_name_is_there() -> None:
    assert set(checker.__all__) >= {"review", "review_file", "load_rubric", "render", "Review", "Rubric", "ReviewOptions"}
    for name in checker.__all__:
        assert getattr(checker, name) is not None


def test_a_file_reviewed_by_the_library_is_what_the_command_line_prints() -> None:
    ours = checker.review_file(SEED)
    cli = subprocess.run(
        [sys.executable, "-m", "checker", "review", str(SEED), "--format", "json", "--fail-on", "never"],
        capture_output=True, text=True, cwd=ROOT, timeout=60,
    )
    assert cli.returncode == 0
    assert json.loads(cli.stdout) == json.loads(checker.render(ours, "json"))


def test_a_text_with_a_rubric_and_options() -> None:
    text = "问题1：食堂采购台账不全。\n整改措施：加强管理，提高认识。\n"
    result = checker.review(text, rubric="rectification@1.0.0", options=checker.ReviewOptions(lang="en"))
    assert isinstance(result, checker.Review) and result.rubric.version == "1.0.0"
    assert [f.code for f in result.findings[0].flags] == ["formalism"]
    assert "slogans" in result.findings[0].flags[0].message  # English, as asked
    page = checker.render(result, "html", lang="en")
    assert isinstance(page, str) and "采购台账" in page
