"""The reading vocabulary is typed, versioned data: the bundled file loads and names only components
that exist; a misspelt key, list name or pattern is an error when the file is read; a change to it
changes the rubric's fingerprint and shows in ``rectcheck compare``."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest

from checker.errors import RubricError
from checker.models import Source
from checker.rubric import load_rubric
from checker.segment import segment
from checker.segment.document import BODY_PASSES
from checker.segment.layouts.base import LAYOUTS
from checker.segment.text_tables import TEXT_TABLES
from checker.vocabulary import (
    DEFAULT_VOCABULARY,
    Vocabulary,
    load_vocabulary,
    parse_vocabulary,
    vocabulary_path,
)

BUNDLED = vocabulary_path(DEFAULT_VOCABULARY)


def _raw() -> dict:
    return tomllib.loads(BUNDLED.read_text(encoding="utf-8"))


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "vocabulary-9.9.9.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_bundled_vocabulary_loads_with_its_lists_taken_in() -> None:
    v = load_vocabulary()
    assert v.version == DEFAULT_VOCABULARY
    # measure_labels takes in the labels over what was done and over what will be done
    assert v.words.measure_labels == v.words.measure_labels_done + v.words.measure_labels_planned
    assert "整改情况" in v.words.measure_labels_done and "整改措施" in v.words.measure_labels_planned
    assert v.patterns.contact_line.match("联 系 人：张三") and not v.patterns.contact_line.match("联系群众")


def test_every_component_the_vocabulary_names_is_registered() -> None:
    v = load_vocabulary()
    for registry, names in ((BODY_PASSES, v.components.body_passes), (TEXT_TABLES, v.components.text_tables),
                            (LAYOUTS, v.components.layouts)):
        assert [n for n, _ in registry.pick(names)] == names
    with pytest.raises(RubricError, match="unknown layout: tabel"):
        LAYOUTS.pick(["tabel"])


@pytest.mark.parametrize(
    ("old", "new", "why"),
    [
        ("[words]\n", "[words]\nmeasure_lables = [\"整改情况\"]\n", "measure_lables"),  # an unknown list
        ('measure_labels = ["@measure_labels_done", "@measure_labels_planned"]',
         'measure_labels = ["@measure_labels_don", "@measure_labels_planned"]', "no list named 'measure_labels_don'"),
        ("claim_subject_after = '(?:的)?(?P<s>{@claim_subjects})'",
         "claim_subject_after = '(?:的)?(?P<s>{@claim_subject})'", "no list named 'claim_subject'"),
        ("claim_rate = '率'", "claim_rate = '率('", "claim_rate"),  # a pattern that does not compile
        ("[weights.pairing]\n", "[weights.pairing]\nnumber_bonu = 0.1\n", "number_bonu"),
    ],
)
def test_a_misspelt_key_list_or_pattern_is_an_error(tmp_path: Path, old: str, new: str, why: str) -> None:
    text = BUNDLED.read_text(encoding="utf-8")
    assert old in text
    with pytest.raises(RubricError, match=why):
        parse_vocabulary(_write(tmp_path, text.replace(old, new)))


def test_a_list_that_takes_itself_in_is_an_error() -> None:
    raw = _raw()
    raw["words"]["measure_labels_done"] = ["@measure_labels"]
    with pytest.raises(ValueError, match="takes itself in"):
        Vocabulary.model_validate(raw)


def test_a_word_added_changes_the_reading_the_fingerprint_and_the_comparison(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A label word of its own (整改反馈) read as a measure label in a new vocabulary version.
    text = "1.食堂采购台账不全。\n整改反馈：补齐台账126笔。\n2.公务用车管理不规范。\n整改反馈：清退燃油费1.2万元。\n"
    before = segment(Source(path="a.txt", text=text, format="txt"))
    rubrics = tmp_path / "rubrics"
    shutil.copytree(BUNDLED.parent.parent, rubrics)
    new = rubrics / "vocabulary" / "vocabulary-1.1.1.toml"
    new.write_text(
        BUNDLED.read_text(encoding="utf-8")
        .replace(f'version = "{DEFAULT_VOCABULARY}"', 'version = "1.1.1"')
        .replace('measure_labels_done = ["', 'measure_labels_done = ["整改反馈", "'),
        encoding="utf-8",
    )
    rubric_file = rubrics / "rectification-1.0.1.yaml"
    candidate = rubrics / "rectification-1.0.2.yaml"
    candidate.write_text(
        rubric_file.read_text(encoding="utf-8").replace("version: 1.0.1\nvocabulary: 1.1.0", "version: 1.0.2\nvocabulary: 1.1.1", 1),
        encoding="utf-8",
    )
    monkeypatch.setenv("RECTCHECK_RUBRICS_DIR", str(rubrics))
    load_vocabulary.cache_clear()
    try:
        old, changed = load_rubric(rubric_file), load_rubric(candidate)
        after = segment(Source(path="a.txt", text=text, format="txt"), vocabulary=changed.reading_vocabulary())
        assert [f.measure_label for f in after.findings] == ["整改反馈", "整改反馈"]
        assert [f.measure_label for f in before.findings] != ["整改反馈", "整改反馈"]
        assert old.fingerprint() != changed.fingerprint()

        from checker.commands.evaluate import evaluate_with
        from checker.evaluate.compare import compare_results
        from checker.evaluate.dataset import load_dataset
        from checker.evaluate.report import render_compare

        data = load_dataset()
        shown = render_compare(compare_results(evaluate_with(data, str(rubric_file), "rules"),
                                               evaluate_with(data, str(candidate), "rules")), "text")
        assert "reading vocabulary 1.1.0 → 1.1.1" in shown and "the reading changed" in shown
    finally:
        load_vocabulary.cache_clear()


def test_an_older_vocabulary_still_loads_with_what_came_later_off() -> None:
    # rubrics 1.0.0 and 1.1.0 name vocabulary 1.0.0, written before the real-document components
    old, new = load_vocabulary("1.0.0"), load_vocabulary(DEFAULT_VOCABULARY)
    assert "paragraph_lists" not in old.components.layouts and "paragraph_lists" in new.components.layouts
    assert old.patterns.aimed_at.search("针对“食堂采购不规范”的问题，") is None
    assert new.patterns.aimed_at.search("针对“食堂采购不规范”的问题，") is not None
    assert not old.weights.trust.coefficients and new.weights.trust.coefficients
    assert load_rubric("rectification@1.0.0").reading_vocabulary().version == "1.0.0"
    assert load_rubric(None).reading_vocabulary().version == DEFAULT_VOCABULARY


def test_a_copy_builds_its_own_components():
    # what was built from one vocabulary's weights must not stand for a copy whose weights differ
    v = load_vocabulary()
    built = v.derived("probe", lambda voc: voc.weights.layouts.fix_quote_in_opening)
    layouts = v.weights.layouts.model_copy(update={"fix_quote_in_opening": not built})
    copy = v.model_copy(update={"weights": v.weights.model_copy(update={"layouts": layouts})})
    assert copy.derived("probe", lambda voc: voc.weights.layouts.fix_quote_in_opening) is (not built)
    assert v.derived("probe", lambda voc: None) is built
