"""The rubric schema, loading, severities, messages, fingerprint, validation, explain and docs."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from checker.errors import RubricError
from checker.flags import flag_codes
from checker.renderers.explain import explain_flag, rules_markdown
from checker.rubric import Rubric, dump_rubric, list_rubrics, load_rubric
from checker.rubric_examples import validate_rubric_file

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "rubrics" / "rectification-1.0.0.yaml"


def _data() -> dict:
    return yaml.safe_load(BUNDLED.read_text(encoding="utf-8"))


def _write(tmp_path: Path, data: dict, name: str = "custom.yaml") -> Path:
    p = tmp_path / name
    p.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return p


def test_bundled_rubric_loads_by_id_version_and_path() -> None:
    r = load_rubric("rectification@1.0.0")
    assert r.ref == "rectification@1.0.0"
    assert set(r.flags) <= set(flag_codes())
    newest = max((x for x in list_rubrics() if x.id == "rectification"), key=lambda x: tuple(map(int, x.version.split("."))))
    assert set(newest.flags) == set(flag_codes())  # the newest version speaks of every flag
    assert abs(sum(c.weight for c in r.criteria) - 1) < 1e-9
    assert [c.id for c in r.criteria] == ["responsiveness", "specificity", "timeliness", "verifiability", "accountability"]
    assert load_rubric(BUNDLED).ref == r.ref
    assert load_rubric(None).id == "rectification"
    stable = [x for x in list_rubrics() if x.id == "rectification" and x.status == "stable"]
    newest_stable = max(stable, key=lambda x: tuple(map(int, x.version.split("."))))
    assert load_rubric("rectification").ref == load_rubric(None).ref == newest_stable.ref


def test_a_candidate_is_loaded_only_by_its_full_ref() -> None:
    candidates = [x for x in list_rubrics() if x.status == "candidate"]
    assert candidates, "the bundled set ships a candidate version for comparison"
    for cand in candidates:
        assert load_rubric(cand.ref).status == "candidate"
        assert load_rubric(cand.id).status == "stable"


def test_list_is_sorted_by_id_then_version() -> None:
    refs = [(r.id, tuple(int(p) for p in r.version.split("."))) for r in list_rubrics()]
    assert refs == sorted(refs)
    assert "rectification@1.0.0" in [r.ref for r in list_rubrics()]


@pytest.mark.parametrize("ref", ["nosuch", "rectification@9.9.9", "missing/file.yaml"])
def test_unknown_rubric_is_a_one_line_error(ref: str) -> None:
    with pytest.raises(RubricError) as exc:
        load_rubric(ref)
    assert "\n" not in str(exc.value) and ref.split("@")[0].split("/")[0] in str(exc.value)


def test_severity_per_kind_falls_back_to_default_and_off_drops() -> None:
    r = load_rubric("rectification@1.0.0")
    assert r.severity_for("missing_owner", "plan") == "error"
    assert r.severity_for("missing_owner", "progress_report") == "off"
    assert r.severity_for("future_only", "plan") == "off"
    assert r.severity_for("future_only", "progress_report") == "error"
    assert r.severity_for("formalism", "work_report") == r.flags["formalism"].severity["default"]
    assert r.severity_for("vague_deadline", "unknown") == "warning"


def test_disabled_flag_is_off(tmp_path: Path) -> None:
    data = _data()
    data["flags"]["formalism"]["enabled"] = False
    r = load_rubric(_write(tmp_path, data))
    assert r.severity_for("formalism", "progress_report") == "off"


def test_message_fills_placeholders_in_both_languages() -> None:
    r = load_rubric("rectification@1.0.0")
    zh = r.message_for("vague_deadline", "zh", {"deadline": "长期坚持"})
    en = r.message_for("vague_deadline", "en", {"deadline": "长期坚持"})
    assert "长期坚持" in zh and "长期坚持" in en and zh != en
    assert "{deadline}" in r.message_for("vague_deadline", "en", {})  # a missing key stays visible


def test_fingerprint_ignores_scoring_but_not_prompt_texts(tmp_path: Path) -> None:
    base = load_rubric(BUNDLED).judge_fingerprint()
    data = _data()
    data["thresholds"]["pass_min"] = 80
    data["flags"]["formalism"]["severity"]["default"] = "warning"
    data["criteria"][0]["weight"], data["criteria"][1]["weight"] = 0.30, 0.25
    assert load_rubric(_write(tmp_path, data, "a.yaml")).judge_fingerprint() == base
    data["flags"]["formalism"]["rationale"]["en"] += " More."
    assert load_rubric(_write(tmp_path, data, "b.yaml")).judge_fingerprint() != base


def test_schema_problems_are_reported(tmp_path: Path) -> None:
    data = _data()
    data["criteria"][0]["weight"] = 0.9
    problems = validate_rubric_file(_write(tmp_path, data))
    assert problems and "weights" in problems[0]
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: [unclosed\n", encoding="utf-8")
    assert "YAML" in validate_rubric_file(bad)[0]
    data = _data()
    data["flags"]["formalism"]["severity"] = {"plan": "error"}
    assert "default" in validate_rubric_file(_write(tmp_path, data, "c.yaml"))[0]


def test_misbehaving_example_is_reported(tmp_path: Path) -> None:
    data = _data()
    quiet = data["flags"]["no_measure"]["examples"]["quiet"][0]
    data["flags"]["no_measure"]["examples"]["fire"][0] = quiet
    problems = validate_rubric_file(_write(tmp_path, data))
    assert any("no_measure.examples.fire[1]" in p and "does not fire" in p for p in problems)


def test_bundled_file_validates() -> None:
    assert validate_rubric_file(BUNDLED) == []


def test_dump_round_trips() -> None:
    r = load_rubric("rectification@1.0.0")
    again = Rubric.model_validate(yaml.safe_load(dump_rubric(r)))
    assert again == r


def test_explain_has_what_why_and_both_examples() -> None:
    r = load_rubric("rectification@1.0.0")
    text = explain_flag(r, "formalism", "en")
    assert "Formalism" in text and "Example that fires" in text and "Example that does not fire" in text
    assert r.flags["formalism"].examples.fire[0].text.strip().splitlines()[1] in text
    assert "会触发的例子" in explain_flag(r, "formalism", "zh")
    with pytest.raises(RubricError):
        explain_flag(r, "nosuch", "en")


def test_committed_rules_doc_is_current() -> None:
    doc = ROOT / "docs" / "rules.md"
    assert doc.read_text(encoding="utf-8") == rules_markdown(), "run: python -m checker.renderers.explain"
