"""An owner stated as a phrase in running text (由…负责) is a unit's name: it ends before the words a
name never holds (安排, 具体), and a 由…负责 inside a clause that excludes (除由…负责的事项外) names
who is left out, not who answers. Older vocabularies read as they did."""

from __future__ import annotations

from pathlib import Path

import pytest

import checker
from checker.models import Review
from checker.segment.fields import phrase_owner
from checker.vocabulary import load_vocabulary

SEEDS = Path(__file__).resolve().parent.parent / "eval" / "seeds"

PROGRESS = """关于巡察反馈问题整改情况的通报
问题1：死亡人员签约未及时解约，签约数据不实。
整改情况：由各单位安排负责家庭医生签约工作人员逐一排查核对，标注死亡原因，并进行死亡归档。
问题2：政务服务事项未全部进驻政务服务中心。
整改情况：梳理出政务服务事项61项，除由各级医疗卫生、妇幼保健机构及相关部门具体负责开展的事项外，全部进驻政务服务中心并实质运行。
问题3：河道采砂监管不到位。
整改情况：开展联合执法4次，查处非法采砂案件2起，由县水利局负责长效监管。
"""


def _owners(r: Review) -> list[list[str]]:
    return [f.owners for f in r.findings]


def test_an_owner_ends_before_a_word_no_unit_name_holds_and_an_exclusion_names_none() -> None:
    assert _owners(checker.review(PROGRESS)) == [["各单位"], [], ["县水利局"]]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("由各单位安排专人负责", "各单位"),
        ("由县委组织部具体负责", "县委组织部"),
        ("由县财政局牵头负责", "县财政局"),
        ("由A局、B局分别负责", "A局、B局"),
        ("由县委统一战线工作部负责", "县委统一战线工作部"),  # 统一 may stand inside a name
        ("除由外事办负责的事项外，其余由县政府办负责", "县政府办"),  # the exclusion is skipped, not the rest
        ("除由各级医疗卫生机构具体负责开展的事项外，全部进驻", None),
    ],
)
def test_the_phrase_names_the_unit_alone(text: str, owner: str | None) -> None:
    m = phrase_owner(load_vocabulary(), text, 0, len(text))
    assert (m.group("o") if m else None) == owner


@pytest.mark.parametrize(("prefix", "index", "owners"), [("003", 5, ["各单位"]), ("001", 9, [])])
def test_the_seeds_name_their_owners_as_a_person_reads_them(
    prefix: str, index: int, owners: list[str]
) -> None:
    review = checker.review_file(next(SEEDS.glob(f"{prefix}_*.txt")))
    assert review.findings[index - 1].owners == owners


def test_an_older_vocabulary_reads_owner_phrases_as_it_did() -> None:
    # rubric 1.3.0 reads with vocabulary 1.2.0, written before the stops and the exclusion
    old = checker.review(PROGRESS, rubric=checker.load_rubric("rectification@1.3.0"))
    assert _owners(old)[:2] == [["各单位安排"], ["各级医疗卫生", "妇幼保健机构及相关部门具体"]]
