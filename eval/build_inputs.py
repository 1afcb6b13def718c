"""Write the binary evaluation inputs (GB18030 text, Word files) from their sources in eval/inputs/src/.

The generated files are committed next to this script so the evaluation needs no build step; run
it again after editing a source: ``.venv/bin/python eval/build_inputs.py``. Output is
deterministic (fixed document properties), so an unchanged source gives an unchanged file.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

import yaml
from docx import Document

HERE = Path(__file__).resolve().parent
SRC = HERE / "inputs" / "src"
OUT = HERE / "inputs"
FIXED_TIME = dt.datetime(2024, 9, 1, 0, 0, 0)


def write_text(spec: dict, target: Path) -> None:
    """Encode the text in the declared encoding (e.g. gb18030) exactly as written, with CRLF line ends."""
    data = spec["text"].replace("\n", "\r\n").encode(spec["encoding"])
    target.write_bytes(data)


def write_docx(spec: dict, target: Path) -> None:
    """A Word file: the paragraphs, then (optionally) one table whose first row is the header."""
    doc = Document()
    for para in spec.get("paragraphs", []):
        doc.add_paragraph(para)
    rows = spec.get("table") or []
    if rows:
        table = doc.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                table.cell(r, c).text = str(cell)
    props = doc.core_properties
    props.author = "rectcheck-eval"
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.last_modified_by = "rectcheck-eval"
    props.revision = 1
    buffer = io.BytesIO()
    doc.save(buffer)
    target.write_bytes(_fixed_zip_times(buffer.getvalue()))


def _fixed_zip_times(data: bytes) -> bytes:
    """Rewrite the .docx zip with a fixed timestamp per entry, so rebuilding changes no byte."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def build(src_dir: Path = SRC, out_dir: Path = OUT) -> list[Path]:
    written: list[Path] = []
    for spec_path in sorted(src_dir.glob("*.yaml")):
        spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
        target = out_dir / spec["output"]
        if target.suffix == ".docx":
            write_docx(spec, target)
        else:
            write_text(spec, target)
        written.append(target)
    return written


if __name__ == "__main__":
    for path in build():
        sys.stdout.write(f"wrote {path.relative_to(HERE)}\n")
