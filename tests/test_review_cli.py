"""The review command: path expansion, per-file errors, exit codes, gate, outputs, config, baseline.

The command's own logic is tested against a small stand-in reviewer (deterministic flags found in
the real report text) so these tests do not move when the rules are tuned; the end-to-end test
at the bottom runs the real pipeline on a seed report.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
import types
from dataclasses import dataclass
from pathlib import Path

import pytest
from render_samples import RUBRIC, TEXT
from typer.testing import CliRunner

from checker.commands.review import ReviewRequest, output_names, run_review
from checker.errors import BackendError, RubricError, UsageError
from checker.models import DocumentInfo, FindingResult, Flag, Review, RubricRef, Source, Summary

# (pattern, code, severity) the stand-in reviewer flags inside each finding's region.
PATTERNS = [
    ("召开专题会议", "formalism", "error"),
    ("已全部整改到位", "unverifiable_claim", "error"),
    ("长期坚持", "vague_deadline", "warning"),
]
ITEM = re.compile(r"^(\d+)\.针对“(.+?)”的问题。$", re.M)

CLEAN = (
    "关于县委巡察反馈问题整改进展情况的通报\n"
    "1.针对“食堂采购台账不全”的问题。\n"
    "整改情况:2024年6月补齐2023年度采购台账126笔,由后勤科长期坚持按月核对。\n"
    "2.针对“公务用车登记不规范”的问题。\n"
    "整改情况:2024年5月启用车辆管理系统,补录出车记录318条。\n"
)


def stand_in_review(source: Source, rubric: object, options: object) -> Review:
    text = source.text
    if "模型服务不可用" in text:
        raise BackendError("the LLM endpoint stayed unreachable after 3 attempts")
    items = list(ITEM.finditer(text))
    findings = []
    for i, m in enumerate(items):
        end = items[i + 1].start() if i + 1 < len(items) else len(text)
        region = text[m.start() : end]
        flags = []
        for pattern, code, severity in PATTERNS:
            at = region.find(pattern)
            if at >= 0:
                start = m.start() + at
                flags.append(
                    Flag(code=code, severity=severity, message=code, evidence=pattern, start=start, end=start + len(pattern))  # type: ignore[arg-type]
                )
        score = max(0.0, 100 - 40 * sum(f.severity == "error" for f in flags) - 15 * sum(f.severity == "warning" for f in flags))
        verdict = "pass" if score >= 75 else "warn" if score >= 50 else "fail"
        measure = region.split("整改情况:", 1)[1].strip() if "整改情况:" in region else ""
        findings.append(
            FindingResult(
                id=f"F{i + 1}", title=m.group(2)[:20], finding_text=m.group(2), measure_text=measure, measures=[measure],
                deadline=None, owners=[], responsiveness=2, score=score, verdict=verdict, flags=flags,  # type: ignore[arg-type]
                start=m.start(), end=end,
            )
        )
    counts: dict[str, int] = {}
    for f in findings:
        for fl in f.flags:
            counts[fl.code] = counts.get(fl.code, 0) + 1
    doc_score = sum(f.score for f in findings) / len(findings) if findings else 0.0
    return Review(
        document=DocumentInfo(path=source.path, title=text.splitlines()[0], kind="progress_report", chars=len(text)),
        rubric=RubricRef(id="rectification", version="1.0.0"),
        backend="rules",
        findings=findings,
        summary=Summary(
            findings=len(findings),
            pass_=sum(f.verdict == "pass" for f in findings),
            warn=sum(f.verdict == "warn" for f in findings),
            fail=sum(f.verdict == "fail" for f in findings),
            score=round(doc_score, 1),
            verdict="pass" if doc_score >= 75 else "warn" if doc_score >= 50 else "fail",
            flags=counts,
        ),
    )


def _load_rubric(ref: str | None) -> object:
    if ref not in (None, "rectification", "rectification@1.0.0"):
        raise RubricError(f"unknown rubric '{ref}'")
    return RUBRIC


@dataclass(frozen=True)
class _Options:
    backend: str = "rules"
    lang: str = "zh"
    max_bytes: int = 20 * 1024 * 1024
    jobs: int | None = None
    use_cache: bool = True
    model: str | None = None


@pytest.fixture(autouse=True)
def stand_in(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Swap the reviewer and rubric loader for the stand-ins (real modules when they import)."""
    try:
        import checker.pipeline as pipeline

        monkeypatch.setattr(pipeline, "review_source", stand_in_review)
    except ImportError:
        fake = types.ModuleType("checker.pipeline")
        fake.ReviewOptions = _Options  # type: ignore[attr-defined]
        fake.review_source = stand_in_review  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, "checker.pipeline", fake)
    try:
        import checker.rubric as rubric_mod

        monkeypatch.setattr(rubric_mod, "load_rubric", _load_rubric)
    except ImportError:
        fake_rubric = types.ModuleType("checker.rubric")
        fake_rubric.load_rubric = _load_rubric  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, "checker.rubric", fake_rubric)
    monkeypatch.chdir(tmp_path)  # no stray configuration file from the repository


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _run(capsys: pytest.CaptureFixture[str], *paths: Path, **kw) -> tuple[int, str, str]:
    code = run_review(ReviewRequest(paths=list(paths), format=kw.pop("format", "json"), **kw))
    out, err = capsys.readouterr()
    return code, out, err


def test_single_file_gives_one_object_and_the_gate_decides(tmp_path: Path, capsys) -> None:
    report = _write(tmp_path / "水务局.txt", TEXT)
    code, out, err = _run(capsys, report)
    data = json.loads(out)
    assert isinstance(data, dict) and data["document"]["path"] == str(report)
    assert code == 1 and err == ""  # formalism and unverifiable_claim are errors
    assert _run(capsys, report, fail_on="never")[0] == 0


def test_fail_on_warning_and_min_score(tmp_path: Path, capsys) -> None:
    clean = _write(tmp_path / "clean.txt", CLEAN)  # one warning (长期坚持), no error
    assert _run(capsys, clean)[0] == 0
    assert _run(capsys, clean, fail_on="warning")[0] == 1
    score = json.loads(_run(capsys, clean)[1])["summary"]["score"]
    assert _run(capsys, clean, min_score=score)[0] == 0
    assert _run(capsys, clean, min_score=score + 0.5)[0] == 1


def test_directory_is_expanded_sorted_recursive_skipping_unsupported(tmp_path: Path, capsys) -> None:
    root = tmp_path / "reports"
    _write(root / "b.txt", CLEAN)
    _write(root / "a" / "z.md", CLEAN)
    _write(root / "a" / "notes.pptx", "not a report")
    _write(root / ".cache" / "old.txt", CLEAN)
    code, out, err = _run(capsys, root, fail_on="never")
    data = json.loads(out)
    assert [d["document"]["path"] for d in data] == [str(root / "a" / "z.md"), str(root / "b.txt")]
    assert code == 0 and err == ""


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path, capsys) -> None:
    good = _write(tmp_path / "good.txt", CLEAN)
    odd = _write(tmp_path / "table.numbers", "x")
    empty = _write(tmp_path / "empty.txt", "")
    code, out, err = _run(capsys, odd, good, tmp_path / "missing.txt", empty, fail_on="never")
    assert code == 2
    assert [d["document"]["path"] for d in json.loads(out)] == [str(good)]
    lines = err.splitlines()
    assert len(lines) == 3 and all(line.startswith("rectcheck: ") for line in lines)
    assert lines[0].startswith(f"rectcheck: {odd}: unsupported file type")
    assert str(tmp_path / "missing.txt") in lines[1] and "Traceback" not in err


def test_exit_code_is_the_worst_over_documents(tmp_path: Path, capsys) -> None:
    flagged = _write(tmp_path / "a.txt", TEXT)
    broken = _write(tmp_path / "b.txt", "1.针对“模型服务不可用”的问题。\n整改情况:无。\n")
    missing = tmp_path / "c.txt"
    code, _, err = _run(capsys, flagged, broken, missing)
    assert code == 3  # backend failure outranks bad input (2) and the gate (1)
    assert "rectcheck: " + str(broken) + ": the LLM endpoint" in err
    assert _run(capsys, flagged, missing)[0] == 2


def test_output_file_is_written_atomically_and_never_over_an_input(tmp_path: Path, capsys) -> None:
    report = _write(tmp_path / "r.txt", TEXT)
    target = tmp_path / "out" / "review.sarif"
    target.parent.mkdir()
    code, out, _ = _run(capsys, report, format="sarif", output=target)
    assert code == 1 and out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert [p.name for p in target.parent.iterdir()] == ["review.sarif"]  # no temporary file left
    with pytest.raises(UsageError, match="would overwrite the input"):
        run_review(ReviewRequest(paths=[report], output=str(tmp_path / "." / "r.txt")))
    assert report.read_text(encoding="utf-8") == TEXT


def test_output_directory_gets_one_file_per_document(tmp_path: Path, capsys) -> None:
    a = _write(tmp_path / "in" / "report.txt", TEXT)
    b = _write(tmp_path / "in" / "sub" / "report.md", CLEAN)
    outdir = tmp_path / "html-reports"
    code, out, _ = _run(capsys, a, b, format="html", output=str(outdir) + "/")
    assert out == "" and code == 1
    names = sorted(p.name for p in outdir.iterdir())
    # Both stems are "report": each review is named after its input's whole name.
    assert names == ["report.md.html", "report.txt.html"]
    by_input = output_names([a, b], "html")
    assert "食堂采购台账不全" in (outdir / by_input[b]).read_text(encoding="utf-8")
    assert "食堂采购台账不全" not in (outdir / by_input[a]).read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["json", "docx"])
def test_an_output_ending_in_a_slash_is_a_folder_for_one_document_too(
    tmp_path: Path, capsys, fmt: str
) -> None:
    report = _write(tmp_path / "in" / "水务局.txt", TEXT)
    folder = tmp_path / "fr3"
    code, out, _ = _run(capsys, report, format=fmt, output=str(folder) + "/")
    assert code == 1 and out == ""
    assert folder.is_dir() and [p.name for p in folder.iterdir()] == [f"水务局.{fmt}"]
    plain = tmp_path / "fr4"  # no slash, no suffix, one document: the file it names
    _run(capsys, report, format=fmt, output=str(plain))
    assert plain.is_file()


def test_baseline_accepts_known_flags_and_catches_new_ones(tmp_path: Path, capsys) -> None:
    report = _write(tmp_path / "r.txt", TEXT)
    baseline = tmp_path / "rectcheck-baseline.json"
    code, out, err = _run(capsys, report, baseline=baseline, write_baseline=True)
    # One line saying what was recorded, not the review.
    assert code == 0 and err == "" and out.splitlines() == [
        f"rectcheck: recorded 3 flag(s) from 1 document(s) in {baseline}"
    ]
    code, out, _ = _run(capsys, report, baseline=baseline, fail_on="warning")
    assert code == 0 and json.loads(out)["summary"]["baselined"] == 3
    # An edit above moves every offset; a new weak item is added at the end.
    edited = "(2024年7月修订)\n" + TEXT + "4.针对“档案管理混乱”的问题。\n整改情况:召开专题会议研究。\n"
    report.write_text(edited, encoding="utf-8")
    code, out, _ = _run(capsys, report, baseline=baseline)
    data = json.loads(out)
    assert code == 1 and data["summary"]["baselined"] == 3
    assert [(f["id"], [fl["code"] for fl in f["flags"]]) for f in data["findings"] if f["flags"]] == [("F4", ["formalism"])]


def test_configuration_file_applies_and_flags_win(tmp_path: Path, capsys) -> None:
    report = _write(tmp_path / "r.txt", TEXT)
    _write(tmp_path / "rectcheck.toml", 'fail-on = "never"\nlang = "en"\n')
    code, out, _ = _run(capsys, report, format="text")
    assert code == 0 and "Summary:" in out and "\x1b[" not in out
    assert _run(capsys, report, fail_on="error")[0] == 1
    _write(tmp_path / "rectcheck.toml", "colour = 1\n")
    with pytest.raises(UsageError, match="unknown configuration key 'colour'"):
        run_review(ReviewRequest(paths=[report]))


def test_cli_wiring(tmp_path: Path) -> None:
    from checker.cli import app

    report = _write(tmp_path / "r.txt", TEXT)
    result = CliRunner().invoke(app, ["review", str(report), "--format", "junit", "--fail-on", "warning"])
    assert result.exit_code == 1
    assert result.stdout.count("<testcase ") == 3
    other = _write(tmp_path / "other.txt", CLEAN)
    result = CliRunner().invoke(app, ["review", str(report), str(other), "-f", "markdown", "-o", str(tmp_path / "md") + "/"])
    assert result.exit_code == 1 and sorted(p.name for p in (tmp_path / "md").iterdir()) == ["other.md", "r.md"]
    result = CliRunner().invoke(app, ["review", str(report), "--rubric", "nosuch"])
    assert result.exit_code == 2 and "unknown rubric 'nosuch'" in result.output


SEED = Path(__file__).resolve().parent.parent / "eval" / "seeds" / "000_099bdf42fb0f39e0.txt"


def test_end_to_end_on_a_seed_with_the_real_pipeline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()
    monkeypatch.chdir(tmp_path)
    try:
        for name in ("checker.pipeline", "checker.analyse", "checker.rubric", "checker.score"):
            importlib.import_module(name)
    except ImportError as exc:
        pytest.skip(f"pipeline not complete: {exc}")
    from checker.cli import app

    result = CliRunner().invoke(app, ["review", str(SEED), "--format", "json", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    text = SEED.read_text(encoding="utf-8")
    assert data["document"]["chars"] == len(text)
    for finding in data["findings"]:
        for flag in finding["flags"]:
            assert text[flag["start"] : flag["end"]] == flag["evidence"]
    out = tmp_path / "seed.html"
    result = CliRunner().invoke(app, ["review", str(SEED), "--format", "html", "--output", str(out)])
    assert result.exit_code in (0, 1) and f'data-count="{len(data["findings"])}"' in out.read_text(encoding="utf-8")


def test_interrupted_write_leaves_the_old_file_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from checker.renderers.write import write_atomic

    target = tmp_path / "review.json"
    target.write_text('{"old": true}', encoding="utf-8")

    def interrupted(src: str, dst: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, '{"new": true}')
    assert target.read_text(encoding="utf-8") == '{"old": true}'
    assert [p.name for p in tmp_path.iterdir()] == ["review.json"]


def test_every_file_written_is_named_on_stderr_unless_quiet(tmp_path: Path) -> None:
    import subprocess
    import sys

    seeds = sorted((Path(__file__).resolve().parent.parent / "eval" / "seeds").glob("*.txt"))[:2]
    cli = [sys.executable, "-m", "checker", "review", "--fail-on", "never"]
    # a name with no suffix and nothing there yet is a folder for several documents, not one file
    run = subprocess.run([*cli, *map(str, seeds), "-f", "html", "-o", str(tmp_path / "reviews")], capture_output=True, text=True)
    written = sorted((tmp_path / "reviews").iterdir())
    assert run.returncode == 0 and [p.suffix for p in written] == [".html", ".html"]
    assert run.stderr.splitlines() == [f"rectcheck: wrote {p}" for p in sorted(written, key=lambda p: p.name)]
    one = subprocess.run([*cli, str(seeds[0]), "-f", "xlsx", "-o", str(tmp_path / "r.xlsx")], capture_output=True, text=True)
    assert one.stderr == f"rectcheck: wrote {tmp_path / 'r.xlsx'}\n" and not one.stdout
    quiet = subprocess.run([*cli, str(seeds[0]), "-f", "docx", "-o", str(tmp_path / "r.docx"), "-q"], capture_output=True, text=True)
    assert quiet.returncode == 0 and quiet.stderr == "" and (tmp_path / "r.docx").stat().st_size > 0


def test_a_report_piped_in_reviews_as_the_file_does(tmp_path: Path) -> None:
    import subprocess
    import sys

    seed = sorted((Path(__file__).resolve().parent.parent / "eval" / "seeds").glob("*.txt"))[2]
    cli = [sys.executable, "-m", "checker", "review", "--fail-on", "never", "-f", "json"]
    as_file = json.loads(subprocess.run([*cli, str(seed)], capture_output=True, text=True).stdout)
    piped = subprocess.run([*cli, "-"], input=seed.read_bytes(), capture_output=True)
    review = json.loads(piped.stdout)
    assert piped.returncode == 0 and review["document"]["path"] == "stdin.txt"
    assert review["findings"] == as_file["findings"] and review["summary"] == as_file["summary"]
    named = subprocess.run([*cli, "-", "--name", "整改方案.md"], input=seed.read_bytes(), capture_output=True)
    assert json.loads(named.stdout)["document"]["path"] == "整改方案.md"
    empty = subprocess.run([*cli, "-"], input=b"", capture_output=True, text=False)
    assert empty.returncode == 2 and empty.stderr.decode() == "rectcheck: stdin.txt: file is empty\n"


def test_standard_input_among_other_paths_is_reviewed_in_its_place(tmp_path: Path) -> None:
    import subprocess
    import sys

    seeds = sorted((Path(__file__).resolve().parent.parent / "eval" / "seeds").glob("*.txt"))[2:4]
    cli = [sys.executable, "-m", "checker", "review", "--fail-on", "never", "-f", "json"]
    alone = json.loads(subprocess.run([*cli, str(seeds[0])], capture_output=True, text=True).stdout)
    run = subprocess.run([*cli, str(seeds[1]), "-", "--name", "通报.txt"], input=seeds[0].read_bytes(), capture_output=True)
    assert run.returncode == 0, run.stderr
    first, piped = json.loads(run.stdout)
    assert first["document"]["path"] == str(seeds[1]) and piped["document"]["path"] == "通报.txt"
    assert piped["findings"] == alone["findings"]
    default = subprocess.run([*cli, "-", str(seeds[1])], input=seeds[0].read_bytes(), capture_output=True)
    assert [r["document"]["path"] for r in json.loads(default.stdout)] == ["stdin.txt", str(seeds[1])]
    twice = subprocess.run([*cli, "-", "-"], input=seeds[0].read_bytes(), capture_output=True, text=False)
    assert twice.returncode == 2 and not twice.stdout
    assert twice.stderr.decode() == "rectcheck: -: standard input can be read once, but - was given 2 times\n"


def test_a_binary_file_piped_in_without_a_name_is_refused_with_how_to_name_it(tmp_path: Path) -> None:
    import subprocess
    import sys

    from word_fixtures import seed_docx

    seed = sorted((Path(__file__).resolve().parent.parent / "eval" / "seeds").glob("*.txt"))[2]
    docx = seed_docx(seed.read_text(encoding="utf-8"), tmp_path / "通报.docx").read_bytes()
    cli = [sys.executable, "-m", "checker", "review", "--fail-on", "never", "-f", "json"]
    refused = "rectcheck: -: binary data on standard input; give --name NAME.docx to say what it is\n"
    for data in (docx, b"%PDF-1.7\n" + b"\x00" * 20):
        run = subprocess.run([*cli, "-"], input=data, capture_output=True)
        assert run.returncode == 2 and run.stderr.decode() == refused
    among = subprocess.run([*cli, str(seed), "-"], input=docx, capture_output=True)
    assert among.returncode == 2 and among.stderr.decode() == refused  # the other document is reviewed
    assert json.loads(among.stdout)[0]["document"]["path"] == str(seed)
    named = subprocess.run([*cli, "-", "--name", "通报.docx"], input=docx, capture_output=True)
    assert named.returncode == 0 and json.loads(named.stdout)["document"]["path"] == "通报.docx"


def test_outputs_of_inputs_sharing_a_stem_are_named_after_their_whole_names() -> None:
    folder = Path("drafts")
    inputs = [folder / n for n in ("seed0.doc", "seed0.wps", "seed0.odt", "draft.docx", "Seed0.DOC.txt")]
    assert output_names(inputs, "html") == {
        folder / "seed0.doc": "seed0.doc.html",  # a stem shared: the whole name tells them apart
        folder / "seed0.wps": "seed0.wps.html",
        folder / "seed0.odt": "seed0.odt.html",
        folder / "draft.docx": "draft.html",  # a stem of its own: named as ever
        folder / "Seed0.DOC.txt": "Seed0.DOC.txt.html",  # its stem is another's whole name (case aside)
    }
    same = output_names([Path("a/通报.txt"), Path("b/通报.txt"), Path("c/通报.md")], "json")
    assert same[Path("c/通报.md")] == "通报.md.json"
    assert all(re.fullmatch(r"通报\.txt-[0-9a-f]{8}\.json", same[Path(d) / "通报.txt"]) for d in "ab")
    assert len(set(same.values())) == 3
