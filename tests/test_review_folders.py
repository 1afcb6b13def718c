"""Folders given to ``rectcheck review``: a link inside the folder that leads out of it is not
followed unless asked (``--follow-links``), and an output directory names each review at a cost
that does not grow with the number of inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hostile_files import run_measured
from render_samples import F1, TEXT

from checker.commands.review import ReviewRequest, run_review

SECRET = "机密内容不属于任何报告"


def _folder(tmp_path: Path) -> tuple[Path, Path, Path]:
    """``reports/`` holding a report, a link to it (inside) and a link to a file outside the folder."""
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_text(TEXT.replace(F1, F1 + SECRET), encoding="utf-8")
    folder = tmp_path / "reports"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "sub" / "same.txt").symlink_to("../a.txt")
    (folder / "leak.txt").symlink_to(secret)
    (folder / "outside").symlink_to(outside, target_is_directory=True)
    return folder, folder / "leak.txt", secret


def test_a_link_out_of_the_folder_is_skipped_in_one_line(tmp_path: Path) -> None:
    folder, leak, secret = _folder(tmp_path)
    run = run_measured("review", folder, "--format", "json", "--fail-on", "never")
    assert run.returncode == 2
    assert run.one_line() == (
        f"rectcheck: {leak}: a link to {secret}, outside {folder}; not followed (--follow-links follows it)"
    )
    reviewed = [r["document"]["path"] for r in json.loads(run.stdout)]
    assert reviewed == [str(folder / "a.txt"), str(folder / "sub" / "same.txt")]
    assert SECRET not in run.stdout


def test_follow_links_reviews_what_a_link_leads_to(tmp_path: Path) -> None:
    folder, leak, _ = _folder(tmp_path)
    run = run_measured("review", folder, "--format", "json", "--fail-on", "never", "--follow-links")
    assert run.returncode == 0 and run.stderr == ""
    reviews = json.loads(run.stdout)
    assert [r["document"]["path"] for r in reviews] == [str(folder / "a.txt"), str(leak), str(folder / "sub" / "same.txt")]
    assert SECRET in run.stdout


def test_naming_outputs_in_a_directory_resolves_each_input_a_bounded_number_of_times(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    count = 40
    folder = tmp_path / "reports"
    folder.mkdir()
    for i in range(count):
        (folder / f"r{i:02d}.txt").write_text(TEXT, encoding="utf-8")
    monkeypatch.setenv("RECTCHECK_STARTUP_CACHE", "0")
    resolved: list[Path] = []
    resolve = Path.resolve

    def counted(self: Path, strict: bool = False) -> Path:
        resolved.append(self)
        return resolve(self, strict=strict)

    monkeypatch.setattr(Path, "resolve", counted)
    out = tmp_path / "out"
    code = run_review(ReviewRequest(paths=[folder], output=f"{out}/", fail_on="never", jobs=1, format="json"))
    assert code == 0 and len(list(out.iterdir())) == count
    assert len(resolved) < 5 * count  # a few per input, not one per pair of inputs
