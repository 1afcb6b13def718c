"""The real corpus's scoring: a reading is right, refused or wrong against its labels; the labels are
strict data; the evaluation says when the texts are absent and runs on without them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from checker.errors import UsageError
from checker.evaluate.real import (
    RealDocument,
    RealDocumentLabel,
    evaluate_real,
    labeller_agreement,
    load_real_corpus,
    reading_outcome,
    real_metrics,
    score_real_document,
)
from checker.models import Source
from checker.options import ReviewOptions
from checker.pipeline import review_source
from checker.read import read_source
from checker.rubric import load_rubric

ROOT = Path(__file__).resolve().parent.parent
RUBRIC = load_rubric(None)
TEXT = (
    "一、存在的主要问题\n1、食堂采购台账不全，部分票据缺失。\n2、公务用车管理不规范。\n"
    "二、具体整改措施\n1、补齐采购台账126笔，票据已归档。\n2、制定《公务用车管理办法》，清退燃油费1.2万元。\n"
)


def _review(text: str):
    return review_source(Source(path="x.txt", text=text, format="txt"), RUBRIC, ReviewOptions())


def _doc(findings: list[dict], **label: object) -> RealDocument:
    return RealDocument(name="x.txt", batch="t", label=RealDocumentLabel.model_validate({"kind": "progress_report",
                                                                                            "findings": findings, **label}))


def test_a_reading_with_every_key_in_its_place_is_right() -> None:
    doc = _doc([{"key": "台账不全", "measure_key": "126笔"}, {"key": "公务用车", "measure_key": "燃油费"}])
    assert reading_outcome(doc, _review(TEXT)) == ("right", "")


def test_a_measure_paired_with_the_wrong_finding_is_wrong_and_says_where() -> None:
    doc = _doc([{"key": "台账不全", "measure_key": "燃油费"}, {"key": "公务用车", "measure_key": "126笔"}])
    outcome, why = reading_outcome(doc, _review(TEXT))
    assert outcome == "wrong" and why.startswith("F1: measure key")


def test_keys_copied_with_a_pages_pinyin_glosses_are_found_as_the_reading_holds_the_words(tmp_path: Path) -> None:
    # a page that glosses its characters (審(shěn)計(jì)) is read without the glosses; a key copied from
    # it with them names the same words
    path = tmp_path / "glossed.txt"
    path.write_text(TEXT.replace("食堂采购", "食(shí)堂(táng)采(cǎi)购(gòu)").replace("公务用车", "公(gōng)务(wù)用车"),
                    encoding="utf-8")
    glossed = review_source(read_source(path), RUBRIC, ReviewOptions())
    assert "(shí)" not in glossed.findings[0].finding_text
    doc = _doc([{"key": "食(shí)堂(táng)采购", "measure_key": "126笔"},
                {"key": "公(gōng)务(wù)用车", "measure_key": "燃油费"}])
    assert reading_outcome(doc, glossed) == ("right", "")
    wrong = _doc([{"key": "公(gōng)务(wù)用车", "measure_key": "126笔"}, {"key": "台账不全", "measure_key": "燃油费"}])
    assert reading_outcome(wrong, glossed)[1] == "F1: key '公(gōng)务(wù)用车' is in F2"


def test_a_finding_missed_is_wrong_and_a_refusal_is_refused() -> None:
    three = _doc([{"key": "台账不全"}, {"key": "公务用车"}, {"key": "会议室"}])
    assert reading_outcome(three, _review(TEXT))[0] == "wrong"
    unreadable = _review("今天天气很好。我们开了会。")
    assert unreadable.summary.verdict == "unreviewed"
    assert reading_outcome(three, unreadable)[0] == "refused"
    assert reading_outcome(_doc([]), unreadable)[0] == "right"  # nothing to split out: refusing it is right


def test_a_refused_reading_that_holds_findings_of_a_document_labelled_with_none_is_scored_right() -> None:
    read = _review(TEXT)
    refused = read.model_copy(update={"summary": read.summary.model_copy(update={"verdict": "unreviewed"})})
    assert refused.findings  # the refused reading still lists what it split out
    result = score_real_document(_doc([]), refused)
    assert result.outcome == "right" and result.findings == []


def test_a_null_measure_key_expects_no_measure() -> None:
    doc = _doc([{"key": "台账不全", "measure_key": None}, {"key": "公务用车", "measure_key": "燃油费"}])
    outcome, why = reading_outcome(doc, _review(TEXT))
    assert outcome == "wrong" and "gives none" in why


def test_flags_count_only_on_findings_read_right_and_optional_flags_count_neither_way() -> None:
    doc = _doc([
        {"key": "台账不全", "measure_key": "126笔", "flags": ["missing_deadline"], "optional": [], "resp": [3]},
        {"key": "公务用车", "measure_key": "燃油费", "flags": [], "optional": ["partial_coverage"], "resp": [2, 3]},
    ])
    result = score_real_document(doc, _review(TEXT))
    m = real_metrics(load_real_corpus(ROOT / "eval" / "real") or _empty(), [result])
    assert result.outcome == "right" and m.right == 1
    assert m.flags["missing_deadline"].fn + m.flags["missing_deadline"].tp == 1
    assert m.responsiveness_cases == 2


def _empty():
    from checker.evaluate.real import RealCorpus

    return RealCorpus(root=Path("."), documents=[])


def test_labels_are_strict(tmp_path: Path) -> None:
    batch = tmp_path / "batches" / "x"
    batch.mkdir(parents=True)
    (batch / "gold_flags.json").write_text(json.dumps({"a.txt": {"kind": "plan", "findings": [{"key": "k", "flag": []}]}}))
    with pytest.raises(UsageError, match="flag"):
        load_real_corpus(tmp_path)
    (batch / "gold_flags.json").write_text(json.dumps({"a.txt": {"kind": "plan", "findings": [{"key": "k", "flags": ["formalsm"]}]}}))
    with pytest.raises(UsageError, match="formalsm"):
        load_real_corpus(tmp_path)


def test_without_texts_the_evaluation_says_so_and_runs_on(tmp_path: Path) -> None:
    real = tmp_path / "real"
    shutil.copytree(ROOT / "eval" / "real" / "batches", real / "batches")
    corpus = load_real_corpus(real)
    assert corpus is not None and len(corpus.documents) >= 14 and corpus.present() == []
    result = evaluate_real(corpus, lambda source: pytest.fail("nothing to review"))
    assert not result.texts_present and result.metrics.present == 0
    assert {d.outcome for d in result.documents} == {"missing"}

    from checker.commands.evaluate import evaluate_with
    from checker.evaluate.dataset import load_dataset
    from checker.evaluate.report import render_eval

    for sub in ("dataset", "families", "blind", "inputs", "seeds"):
        shutil.copytree(ROOT / "eval" / sub, tmp_path / sub)
    shown = " ".join(render_eval(evaluate_with(load_dataset(tmp_path), None, "rules"), "text").split())
    assert "no text present" in shown and "micro_f1" in shown
    assert "two independent labellings" in shown  # the labels' own agreement needs no text


def test_two_labellings_are_compared_flag_by_flag(tmp_path: Path) -> None:
    batch = tmp_path / "batches" / "x"
    (batch / "second").mkdir(parents=True)
    first = {"a.txt": {"kind": "plan", "findings": [
        {"key": "甲", "measure_key": None, "flags": ["no_measure"], "resp": [0]},
        {"key": "乙", "measure_key": "丙", "flags": ["formalism"], "resp": [0, 1]},
        {"key": "丁", "measure_key": "戊", "flags": [], "resp": [3]}]}}
    second = json.loads(json.dumps(first))
    second["a.txt"]["findings"][1]["flags"] = []  # the second reader does not call F2 formalism
    (batch / "gold_flags.json").write_text(json.dumps(first, ensure_ascii=False), encoding="utf-8")
    (batch / "second" / "gold_flags.json").write_text(json.dumps(second, ensure_ascii=False), encoding="utf-8")
    verdict = {"a.txt": {"verdict": "warn", "reason": "…"}}
    (batch / "verdicts.json").write_text(json.dumps(verdict, ensure_ascii=False), encoding="utf-8")
    (batch / "second" / "verdicts.json").write_text(json.dumps(verdict, ensure_ascii=False), encoding="utf-8")
    corpus = load_real_corpus(tmp_path)
    assert corpus is not None
    a = labeller_agreement(corpus)
    assert (a.documents, a.findings) == (1, 3)
    assert a.kappa["no_measure"] == 1.0 and a.kappa["formalism"] == pytest.approx(0.0)
    assert a.verdict_agreement == 1.0
