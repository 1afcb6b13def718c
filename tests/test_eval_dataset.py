"""The labelled evaluation set: it loads, it is complete, and bad records are refused with one line."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from checker.cli import app
from checker.evaluate.dataset import DEFAULT_DATASET, DatasetError, load_dataset, normalise_hint
from checker.evaluate.runner import source_for
from checker.flags import flag_specs

SEED_FINDINGS = {"seed-000": 9, "seed-001": 17, "seed-002": 8, "seed-003": 10, "seed-004": 10}
LAYOUTS = {
    "quoted-label", "area-headings", "plan-fields", "long-subpoints", "self-report", "feedback-status",
    "three-levels", "problems-then-fixes", "task-target-blocks", "word-table-plan", "wenti-under-area",
    "work-report-next-steps",
}


@pytest.fixture(scope="module")
def dataset():
    return load_dataset()


def test_bundled_set_size(dataset):
    seeds = {d.id: len(d.findings) for d in dataset.by_source("seed")}
    assert seeds == SEED_FINDINGS
    composed = sum(len(d.findings) for d in dataset.by_source("composed"))
    assert composed >= 80
    assert dataset.finding_cases >= 114 + 20


def test_every_title_hint_is_in_its_document(dataset):
    for record in dataset.documents:
        text = normalise_hint(source_for(record, dataset.root).text)
        for label in record.findings:
            assert normalise_hint(label.title_hint) in text, f"{record.case_id(label.index)}: {label.title_hint}"


def test_every_flag_code_is_labelled_positive_at_least_twice(dataset):
    counts: Counter[str] = Counter()
    for record in dataset.documents:
        counts.update(record.document_flags)
        for label in record.findings:
            counts.update(label.flags)
    # The set's records are single documents: a flag raised only across the documents of a folder
    # (pasted_measure) cannot be labelled in them; its examples and tests/test_pasted_measure.py hold it.
    single = [s.code for s in flag_specs() if s.check is not None or s.check_document is not None]
    thin = {code: counts[code] for code in single if counts[code] < 2}
    assert not thin, f"codes with fewer than two positive cases: {thin}"


def test_layouts_and_kinds_are_covered(dataset):
    tags = {t.split(":", 1)[1] for d in dataset.documents for t in d.tags if t.startswith("layout:")}
    assert tags >= LAYOUTS, f"layouts without a case: {sorted(LAYOUTS - tags)}"
    assert {d.kind for d in dataset.documents} >= {"progress_report", "plan", "work_report"}
    assert any("injection" in d.tags for d in dataset.documents)


def test_binary_inputs_decode_as_labelled(dataset):
    for record in dataset.documents:
        if record.path is None or record.source != "composed":
            continue
        source = source_for(record, dataset.root)
        assert source.format == record.format
        if record.encoding:
            assert source.encoding is not None and source.encoding.lower().replace("-", "") == record.encoding
        if "word-table-plan" in " ".join(record.tags):
            assert source.tables and len(source.tables[0]) == record.findings_expected + 1


def test_generated_inputs_match_their_sources(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_inputs", DEFAULT_DATASET / "build_inputs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    written = module.build(out_dir=tmp_path)
    assert written
    for path in written:
        committed = DEFAULT_DATASET / "inputs" / path.name
        assert committed.read_bytes() == path.read_bytes(), f"{committed} is stale: run eval/build_inputs.py"


GOOD = {
    "id": "d1", "source": "composed", "labeller": "annotator-1", "text": "1.针对“问题甲”的问题。\n整改情况:已完成。",
    "kind": "progress_report", "findings_expected": 1,
    "findings": [{"index": 1, "title_hint": "问题甲", "flags": [], "responsiveness": [1, 2]}],
}


def _write(tmp_path: Path, records) -> Path:
    (tmp_path / "dataset").mkdir(parents=True)
    (tmp_path / "dataset" / "d.yaml").write_text(yaml.safe_dump(records, allow_unicode=True), encoding="utf-8")
    return tmp_path


def _bad(**changes):
    record = {**GOOD, **changes}
    return [record]


@pytest.mark.parametrize(
    ("record", "message"),
    [
        (_bad(findings=[{**GOOD["findings"][0], "responsiveness": [3, 1]}]), "responsiveness"),
        (_bad(findings=[{**GOOD["findings"][0], "flags": ["slogan"]}]), "flags"),
        (_bad(findings_expected=2), "findings_expected is 2"),
        (_bad(path="missing.txt"), "exactly one of path and text"),
        (_bad(text=None, path="missing.txt"), "not found"),
        (_bad(source="copied"), "source"),
        (_bad(extra_field=1), "extra_field"),
        ([GOOD, GOOD], "duplicate id"),
    ],
)
def test_bad_records_are_refused(tmp_path, record, message):
    root = _write(tmp_path, record)
    with pytest.raises(DatasetError) as err:
        load_dataset(root)
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_missing_dataset_directory(tmp_path):
    with pytest.raises(DatasetError, match="no dataset/ directory"):
        load_dataset(tmp_path)


def test_cli_eval_exits_2_on_a_bad_dataset(tmp_path):
    root = _write(tmp_path, _bad(findings_expected=3))
    result = CliRunner().invoke(app, ["eval", "--dataset", str(root)])
    assert result.exit_code == 2
    assert result.output.strip().startswith("rectcheck: ")
    assert "findings_expected is 3" in result.output
    assert "Traceback" not in result.output


def test_labeller_agreement_on_a_shared_sample(tmp_path):
    from checker.evaluate.agreement import agreement

    first = {**GOOD, "findings_expected": 2, "findings": [
        {"index": 1, "title_hint": "问题甲", "flags": ["formalism"], "responsiveness": [1, 1]},
        {"index": 2, "title_hint": "问题乙", "flags": [], "responsiveness": [3, 3]},
    ]}
    second = {**first, "labeller": "annotator-2", "findings": [
        {"index": 1, "title_hint": "问题甲", "flags": ["formalism", "unverifiable_claim"], "responsiveness": [0, 1]},
        {"index": 2, "title_hint": "问题乙", "flags": [], "responsiveness": [2, 2]},
    ]}
    a = load_dataset(_write(tmp_path / "a", [first]))
    b = load_dataset(_write(tmp_path / "b", [second]))
    result = agreement(a, b)
    assert result.cases == 3  # two findings and the document
    assert result.kappa["formalism"] == pytest.approx(1.0)
    assert result.kappa["unverifiable_claim"] == pytest.approx(0.0)  # 2/3 agree, chance 2/3
    assert result.disagreements == ["d1#F1"]
    assert result.responsiveness_overlap == pytest.approx(0.5)
