"""Every example of every rule of every bundled rubric runs through the real segmenter and analysers:
a fire example must raise its flag, a quiet one must not (as ruff and Vale test their rules)."""

from __future__ import annotations

import pytest

from checker.rubric import list_rubrics
from checker.rubric_examples import example_codes

CASES = [
    pytest.param(rub, code, want, ex, id=f"{rub.ref}-{code}-{label}{i}")
    for rub in list_rubrics()
    for code, rule in rub.flags.items()
    for label, want, examples in (("fire", True, rule.examples.fire), ("quiet", False, rule.examples.quiet))
    for i, ex in enumerate(examples, 1)
]


def test_there_are_examples_for_every_flag() -> None:
    assert CASES
    for rub in list_rubrics():
        for rule in rub.flags.values():
            assert len(rule.examples.fire) >= 2 and len(rule.examples.quiet) >= 2


@pytest.mark.parametrize(("rubric", "code", "want", "example"), CASES)
def test_rule_example(rubric, code, want, example) -> None:
    assert (code in example_codes(rubric, example)) is want, example.text
