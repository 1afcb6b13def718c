"""Rubric 1.13.0's reading of exhortations, on text composed for the test: a 、 that lists the objects of
one exhortation opens no clause of its own, 优化… exhorts as 加强… does, and a 、 before an act still
parts it from the exhortation; 1.12.0 judges as before."""

from __future__ import annotations

from checker.models import Review, Source
from checker.options import ReviewOptions
from checker.pipeline import review_source
from checker.rubric import Rubric, load_rubric

NEW = load_rubric("rectification@1.13.0")
OLD = load_rubric("rectification@1.12.0")

HOLLOW = """关于村务公开检查整改情况的通报
1.针对“村务公开栏更新不及时”的问题。
整改情况:加强对村务公开栏、财务公示资料的收集整理，加强公开质量。
2.针对“办公用房使用效率不高”的问题。
整改情况:优化办公用房的使用布局，提高资源利用效率。
"""

ACTED = """关于村务公开检查整改情况的通报
1.针对“村务公开栏更新不及时”的问题。
整改情况:加强对公开栏的日常巡查、更换损坏的公开栏玻璃。
2.针对“办公用房使用效率不高”的问题。
整改情况:优化办公用房布局，将闲置的2间办公室调剂给档案室使用。
"""


def _formalism(text: str, rubric: Rubric) -> list[bool]:
    review: Review = review_source(Source(path="composed.txt", text=text, format="txt"), rubric, ReviewOptions())
    return [any(h.code == "formalism" for h in f.flags) for f in review.findings]


def test_exhortations_over_a_list_of_objects_are_formalism() -> None:
    assert _formalism(HOLLOW, NEW) == [True, True]
    assert _formalism(HOLLOW, OLD) == [False, False]


def test_an_act_after_the_list_mark_is_still_an_act() -> None:
    assert _formalism(ACTED, NEW) == [False, False]
    assert _formalism(ACTED, OLD) == [False, False]
