"""Word output on long inputs, for texts of 5,000, 20,000 and 80,000 lines (a new .docx built
from the text) and the same lines as an auditor's Word file (comments placed in its own runs,
several runs a line):

- wall seconds and peak RSS of ``rectcheck review -f docx``, each run in a fresh process;
- in another fresh process set up as the program sets itself up, the seconds of the review
  (read, segment, analyse, score) and of the Word output alone (``render_docx``).

Each figure is the best of ``--runs`` (the machine is shared: a burst of other work only ever
adds time).

Goal: the Word output linear — 80,000 lines within about 4× its 20,000-line time (4.6× at most).
(The review's own growth shows beside it; it is the same for every output format.)

    python bench/bench_docx.py [--lines 5000,20000,80000] [--runs 3] [--json]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from benchlib import PYTHON, ROOT, emit, rectcheck_command
from gen_report import generate_report

# Linear allows this much above the growth in lines: longer inputs hold slightly more text and
# comments a line (the generator's later sections), and a shared machine drifts.
SLACK = 1.15
BYTES_PER_LINE = 80  # the generator's lines are about 68 bytes: ask for enough of them
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
PIECE = 7  # characters per run in the Word input


def measured(argv: list[str]) -> tuple[float, float]:
    """Wall seconds and the process's own peak RSS in MB."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=err, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) != 0:
            err.seek(0)
            raise RuntimeError(f"{' '.join(argv)} failed: {err.read().decode()[-500:]}")
    return seconds, usage.ru_maxrss / 1024


def word_file(lines: list[str], path: Path) -> Path:
    """The lines as a .docx, one paragraph each in runs of PIECE characters (python-docx's blank
    package around a body written directly: python-docx adds paragraphs one search at a time)."""
    import docx

    def runs(line: str) -> str:
        pieces = [line[i : i + PIECE] for i in range(0, len(line), PIECE)]
        return "".join(f'<w:r><w:t xml:space="preserve">{escape(p)}</w:t></w:r>' for p in pieces)

    body = "".join(f"<w:p>{runs(line)}</w:p>" for line in lines)
    blank = io.BytesIO()
    docx.Document().save(blank)
    with zipfile.ZipFile(blank) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            if info.filename != "word/document.xml":
                archive.writestr(info.filename, source.read(info))
        archive.writestr("word/document.xml", f"<w:document {W_NS}><w:body>{body}</w:body></w:document>")
    return path


def review(path: Path, out: Path) -> tuple[float, float]:
    return measured([*rectcheck_command(), "review", str(path), "-f", "docx", "-o", str(out), "--fail-on", "never"])


def child(path: Path) -> None:
    """Review ``path`` as the program does, then render it as Word; print both phases' seconds."""
    from checker.collector import tune_collector

    tune_collector()  # as the program runs
    from checker.options import ReviewOptions
    from checker.pipeline import review_source
    from checker.read import read_source
    from checker.renderers.word import render_docx
    from checker.rubric import load_rubric

    rubric = load_rubric(None)
    start = time.perf_counter()
    source = read_source(path)
    reviewed = review_source(source, rubric, ReviewOptions())
    middle = time.perf_counter()
    render_docx(reviewed, source.text, lang="zh", rubric=rubric)
    end = time.perf_counter()
    print(json.dumps({"review_s": middle - start, "docx_s": end - middle}))


def phases(path: Path) -> dict[str, float]:
    proc = subprocess.run([PYTHON, __file__, "--child", str(path)], capture_output=True, text=True, cwd=ROOT,
                          check=False)  # fmt: skip
    if proc.returncode != 0:
        raise RuntimeError(f"phases of {path} failed: {proc.stderr[-800:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description="Word output on long inputs.")
    parser.add_argument("--lines", default="5000,20000,80000", help="comma-separated line counts")
    parser.add_argument("--runs", type=int, default=3, help="runs per figure; the best is kept")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return 0
    counts = sorted(int(n) for n in args.lines.split(","))
    lines = generate_report(counts[-1] * BYTES_PER_LINE, seed=3).split("\n")
    if len(lines) < counts[-1]:
        raise SystemExit(f"the generator gave {len(lines)} lines, fewer than {counts[-1]}")
    figures: dict[str, dict[str, dict[str, float]]] = {"text": {}, "word": {}}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n in counts:
            text = folder / f"report-{n}.txt"
            text.write_text("\n".join(lines[:n]), encoding="utf-8")
            inputs = {"text": text, "word": word_file(lines[:n], folder / f"report-{n}.docx")}
            for kind, path in inputs.items():
                commands = [review(path, folder / "out.docx") for _ in range(args.runs)]
                runs = [phases(path) for _ in range(args.runs)]
                figures[kind][str(n)] = {
                    "command_s": round(min(s for s, _ in commands), 2),
                    "peak_mb": round(max(mb for _, mb in commands)),
                    "review_s": round(min(r["review_s"] for r in runs), 2),
                    "docx_s": round(min(r["docx_s"] for r in runs), 2),
                }
    out: list[str] = []
    result: dict[str, object] = {"figures": figures}
    for kind, label in (("text", "text input, new .docx"), ("word", "Word input, commented copy")):
        out.append(f"{label}:")
        for n in counts:
            f = figures[kind][str(n)]
            out.append(f"  {n:>7,} lines: rectcheck review -f docx {f['command_s']:6.2f} s, peak {f['peak_mb']:4.0f} MB;"
                       f" Word output {f['docx_s']:5.2f} s (review {f['review_s']:5.2f} s)")  # fmt: skip
        if len(counts) >= 2:
            small, large = counts[-2], counts[-1]
            growth = figures[kind][str(large)]["docx_s"] / figures[kind][str(small)]["docx_s"]
            review_growth = figures[kind][str(large)]["review_s"] / figures[kind][str(small)]["review_s"]
            goal = large / small * SLACK  # linear: the time grows as the lines do
            ok = growth <= goal
            result[f"{kind}_growth"] = round(growth, 2)
            result[f"{kind}_meets_goal"] = ok
            out.append(f"  {small:,} → {large:,} lines: Word output ×{growth:.2f} the time "
                       f"(goal ≤ ×{goal:.1f}: linear) {'OK' if ok else 'MISSED'}; review ×{review_growth:.2f}")  # fmt: skip
    emit(result, args.json, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
