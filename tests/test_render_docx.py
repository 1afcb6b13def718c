"""--format docx: one Word comment per flag on exactly its evidence, in a copy of the auditor's own
file (formatting, header, numbering, tables kept), or in a new .docx for the other inputs."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from read_fixtures import plan_docx, snapshot
from word_fixtures import anchor_cells, anchored_texts, char_formats, comments, seed_docx

from checker.options import ReviewOptions
from checker.pipeline import review_source
from checker.read import read_source
from checker.renderers.word import render_docx
from checker.renderers.word.anchor import split_run
from checker.renderers.word.wml import run_text
from checker.rubric import load_rubric

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "eval" / "seeds").glob("*.txt"))
CLI = [sys.executable, "-m", "checker"]  # the package as imported, from any checkout
RUBRIC = load_rubric(None)


def _annotate(path: Path, out: Path, lang: str = "zh"):
    source = read_source(path)
    review = review_source(source, RUBRIC, ReviewOptions(lang=lang))
    out.write_bytes(render_docx(review, source.text, lang=lang, rubric=RUBRIC))
    return source, review


def _flags(review):
    return [fl for f in review.findings for fl in f.flags] + list(review.document_flags)


def _same_text(anchored: str, evidence: str) -> bool:
    """Exact, except that the breaks the reader puts between paragraphs and cells belong to no run."""
    if not re.search(r"[\n\t]", evidence):
        return anchored == evidence
    return re.sub(r"\s", "", anchored) == re.sub(r"\s", "", evidence)


def _check_comments(out: Path, review, lang: str = "zh") -> None:
    flags = _flags(review)
    explained = [f for f in review.findings if f.reasons]  # failing with no flag: a comment on why
    found = comments(out)
    assert len(found) == len(flags) + len(explained) + 1  # one per flag and the summary on the title
    assert {c["author"] for c in found.values()} == {"rectcheck"}
    assert {c["initials"] for c in found.values()} == {"RC"}
    anchors = anchored_texts(out)
    ids = sorted(found)
    summary = found[ids[0]]["text"]
    assert f"{review.summary.score:.1f}" in summary and f"{review.rubric.id}@{review.rubric.version}" in summary
    assert review.document.title is None or anchors[ids[0]] == review.document.title
    for cid, flag in zip(ids[1 : 1 + len(flags)], flags, strict=True):
        assert flag.message in found[cid]["text"]
        assert flag.follow_up and flag.follow_up in found[cid]["text"]
        assert _same_text(anchors[cid], flag.evidence), (flag.code, anchors[cid][:40], flag.evidence[:40])
    for cid, f in zip(ids[1 + len(flags) :], explained, strict=True):
        assert f.id in found[cid]["text"] and all(r.message in found[cid]["text"] for r in f.reasons)
        assert _same_text(anchors[cid], f.reasons[0].evidence)


@pytest.mark.parametrize("seed", SEEDS[:3], ids=lambda p: p.name[:3])
def test_seed_as_word_file_gets_a_comment_on_each_evidence(tmp_path: Path, seed: Path) -> None:
    original = seed_docx(seed.read_text(encoding="utf-8"), tmp_path / "report.docx")
    out = tmp_path / "annotated.docx"
    source, review = _annotate(original, out)
    assert _flags(review)
    _check_comments(out, review)
    # The text as read, every character's formatting, the header and the numbering are unchanged.
    assert read_source(out).text == source.text
    assert char_formats(out) == char_formats(original)
    before, after = docx.Document(str(original)), docx.Document(str(out))
    assert after.sections[0].header.paragraphs[0].text == "内部资料 注意保存"
    assert [p.style.name for p in after.paragraphs] == [p.style.name for p in before.paragraphs]
    assert [p.alignment for p in after.paragraphs] == [p.alignment for p in before.paragraphs]
    # Evidence starts or ends inside runs, so runs were split.
    runs = lambda d: sum(len(list(p.iter_inner_content())) for p in d.paragraphs)  # noqa: E731
    assert runs(after) > runs(before)


# The parts a comment changes; every other member of the package is copied through untouched.
CHANGED = {"word/document.xml", "word/comments.xml", "word/_rels/document.xml.rels", "[Content_Types].xml"}


def test_parts_comments_do_not_change_are_copied_byte_for_byte(tmp_path: Path) -> None:
    original = seed_docx(SEEDS[0].read_text(encoding="utf-8"), tmp_path / "report.docx")
    out = tmp_path / "annotated.docx"
    _annotate(original, out)
    with zipfile.ZipFile(original) as before, zipfile.ZipFile(out) as after:
        kept = [n for n in before.namelist() if n not in CHANGED]
        assert {"word/styles.xml", "word/numbering.xml", "word/header1.xml", "docProps/core.xml"} <= set(kept)
        assert [n for n in after.namelist() if n not in CHANGED] == kept  # in their order
        for name in kept:
            assert after.read(name) == before.read(name), name
            assert after.getinfo(name).compress_type == before.getinfo(name).compress_type
        assert set(after.namelist()) - set(before.namelist()) == {"word/comments.xml"}


def test_comments_already_in_the_file_are_kept(tmp_path: Path) -> None:
    original = seed_docx(SEEDS[1].read_text(encoding="utf-8"), tmp_path / "report.docx")
    reviewed = docx.Document(str(original))
    runs = next(p for p in reviewed.paragraphs[3:] if len(p.runs) > 2).runs
    theirs = reviewed.add_comment(runs[1:3], text="请补充佐证材料", author="审核人", initials="SH")
    reviewed.save(str(original))
    before_anchor = anchored_texts(original)[theirs.comment_id]
    out = tmp_path / "annotated.docx"
    source, review = _annotate(original, out)
    found = comments(out)
    assert found[theirs.comment_id] == {"author": "审核人", "initials": "SH", "text": "请补充佐证材料"}
    assert anchored_texts(out)[theirs.comment_id] == before_anchor
    ours = {cid: c for cid, c in found.items() if cid != theirs.comment_id}
    assert {c["author"] for c in ours.values()} == {"rectcheck"}
    assert len(ours) == len(_flags(review)) + len([f for f in review.findings if f.reasons]) + 1
    assert read_source(out).text == source.text


def test_a_run_split_at_several_points_keeps_its_text_and_look(tmp_path: Path) -> None:
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    run = docx.Document().add_paragraph().add_run("ab\tcdef")
    run.bold = True
    run.add_break(docx.enum.text.WD_BREAK.PAGE)  # reads as nothing: stays with the part before a split there
    run.add_text("gh")
    r = run.element
    parts = split_run(r, [1, 4, 7])  # inside "ab", after the TAB, at the break
    assert [run_text(part) for part in parts] == ["a", "b\tc", "def", "gh"]
    assert [el.tag for el in parts[0].getparent()] == [f"{W}r"] * 4
    assert all(part.find(f"{W}rPr/{W}b") is not None for part in parts)
    assert parts[2].find(f"{W}br") is not None


def test_table_plan_comments_sit_in_the_right_cells(tmp_path: Path) -> None:
    original = plan_docx(tmp_path / "plan.docx", merge_owner=True, span_title=True)
    out = tmp_path / "plan-annotated.docx"
    source, review = _annotate(original, out)
    _check_comments(out, review)
    cells = anchor_cells(out)
    flags = _flags(review)
    flag_ids = sorted(cells)[1 : 1 + len(flags)]  # after them, the comments on failures no flag explains
    inside = [(cid, fl) for cid, fl in zip(flag_ids, flags, strict=True) if not re.search(r"[\t\n]", fl.evidence)]
    assert inside
    for cid, flag in inside:
        start_cell, end_cell = cells[cid]
        assert start_cell is not None and start_cell == end_cell and flag.evidence in start_cell
    assert any(fl.evidence == "长期坚持" for _, fl in inside)
    before, after = docx.Document(str(original)), docx.Document(str(out))
    cell_texts = lambda d: [c.text for t in d.tables for row in t.rows for c in row.cells]  # noqa: E731
    assert cell_texts(after) == cell_texts(before)
    assert [p.text for p in after.paragraphs] == [p.text for p in before.paragraphs]
    assert read_source(out).text == source.text


def test_committed_word_inputs_annotate(tmp_path: Path) -> None:
    for path in sorted((ROOT / "eval" / "inputs").glob("*.docx")):
        out = tmp_path / path.name
        source, review = _annotate(path, out)
        _check_comments(out, review)
        assert read_source(out).text == source.text


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_text_inputs_become_a_new_word_file_with_the_same_comments(tmp_path: Path, suffix: str) -> None:
    src = tmp_path / f"seed{suffix}"
    shutil.copy(SEEDS[1], src)
    out = tmp_path / "seed.docx"
    source, review = _annotate(src, out)
    _check_comments(out, review)
    assert read_source(out).text == source.text  # one paragraph per line: offsets carry over
    assert len(docx.Document(str(out)).paragraphs) == source.text.count("\n") + 1


def test_comments_follow_lang(tmp_path: Path) -> None:
    out = tmp_path / "en.docx"
    _annotate(SEEDS[2], out, lang="en")
    texts = [c["text"] for c in comments(out).values()]
    assert texts[0].startswith("rectcheck: Score")
    assert any("Please " in t for t in texts[1:])
    assert not any("追问" in t or "得分" in t for t in texts)


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=60, cwd=cwd)


def test_cli_never_writes_over_the_input(tmp_path: Path) -> None:
    original = seed_docx(SEEDS[2].read_text(encoding="utf-8"), tmp_path / "seed-002-as.docx")
    before = snapshot(original)
    refused = _run("review", original.name, "-f", "docx", "-o", original.name, cwd=tmp_path)
    assert refused.returncode == 2 and "overwrite the input" in refused.stderr
    into_own_folder = _run("review", ".", "-f", "docx", "-o", "./", cwd=tmp_path)
    assert into_own_folder.returncode == 2 and "overwrite the input" in into_own_folder.stderr
    assert snapshot(original) == before
    done = _run("review", original.name, "-f", "docx", "-o", "out.docx", "--fail-on", "never", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert snapshot(original) == before
    assert len(comments(tmp_path / "out.docx")) > 1
    assert not list(tmp_path.glob(".out.docx.*"))  # the atomic write left no temporary file


def test_cli_folder_needs_a_directory_and_writes_one_file_each(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    for seed in SEEDS[:2]:
        shutil.copy(seed, folder / seed.name)
    plan_docx(folder / "plan.docx")
    one_file = _run("review", "drafts", "-f", "docx", "-o", "all.docx", cwd=tmp_path)
    assert one_file.returncode == 2 and "--output DIR/" in one_file.stderr
    assert not (tmp_path / "all.docx").exists()
    done = _run("review", "drafts", "-f", "docx", "-o", "annotated/", "--fail-on", "never", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    written = sorted(p.name for p in (tmp_path / "annotated").iterdir())
    assert written == sorted([*(s.stem + ".docx" for s in SEEDS[:2]), "plan.docx"])
    for path in (tmp_path / "annotated").iterdir():
        assert comments(path)


@pytest.mark.office
def test_libreoffice_shows_the_comments(tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (libreoffice-writer) is not installed; tests/setup_system.sh installs it as root")
    import pdfplumber
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    out = tmp_path / "seed-002.docx"
    _, review = _annotate(seed_docx(SEEDS[2].read_text(encoding="utf-8"), tmp_path / "seed-002-as.docx"), out)
    run = subprocess.run(
        [soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
         "--convert-to", 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}', "--outdir", str(tmp_path), str(out)],
        capture_output=True, text=True, timeout=120,
    )
    pdf = tmp_path / "seed-002.pdf"
    assert run.returncode == 0 and pdf.exists(), run.stderr
    notes = []
    with pdfplumber.open(pdf) as document:  # the comments become PDF text annotations
        for page in document.pages:
            for ref in resolve1(page.page_obj.annots) or []:
                contents = resolve1(ref).get("Contents")
                notes.append(decode_text(contents) if contents else "")
    flags = _flags(review)
    assert len([n for n in notes if n]) >= len(flags) + 1
    joined = "\n".join(notes)
    assert f"{review.summary.score:.1f}" in joined
    assert all(fl.message in joined for fl in flags)
