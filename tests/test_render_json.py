"""JSON renderer: the contract's object for one document, an array for several."""

from __future__ import annotations

import json

from render_samples import TEXT, sample_review

from checker.models import Review
from checker.renderers import render


def test_single_review_is_one_object_that_round_trips() -> None:
    review = sample_review()
    data = json.loads(render([review], "json", lang="zh", rubric=None, fail_on="error"))
    assert isinstance(data, dict)
    assert data["schema_version"] == 1
    assert data["summary"]["pass"] == 1 and "pass_" not in data["summary"]
    assert Review.model_validate(data) == review
    for finding in data["findings"]:
        for flag in finding["flags"]:
            assert TEXT[flag["start"] : flag["end"]] == flag["evidence"]


def test_several_reviews_are_an_array_and_chinese_is_not_escaped() -> None:
    out = render([sample_review(), sample_review(path="b.txt")], "json", lang="zh", rubric=None, fail_on="error")
    data = json.loads(out)
    assert [d["document"]["path"] for d in data] == ["reports/水务局整改通报.txt", "b.txt"]
    assert "项目资金管理不规范" in out


def test_as_list_forces_an_array_for_one_review() -> None:
    data = json.loads(render([sample_review()], "json", lang="zh", rubric=None, fail_on="error", as_list=True))
    assert isinstance(data, list) and len(data) == 1
