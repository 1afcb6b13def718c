"""Reading vocabulary 1.5.0: a list in running text whose 、 joins words inside clauses that its
commas part, on text composed for the test, and read as before with the flag off."""

from __future__ import annotations

from segment_support import segment_text, vocabulary_without

CROSSED_LIST = """县农业局开展仓储安全抽查

9月3日，县农业局抽查了3家仓储企业。
抽查中也发现了一些问题，如甲公司库区发现烟头、东库纱窗破损，乙公司库区发现烟头、烘干塔电线接线不规范，丙公司未制定临时用电、动火审批制度，无临时用电记录等问题。
针对以上问题，检查组要求各企业立即整改，并于9月底前上报整改结果。
"""


def _problems(text: str, **kwargs) -> list[str]:
    return [f.finding.text for f in segment_text(text, **kwargs).findings]


def test_a_list_whose_dun_pieces_cross_its_commas_is_parted_at_the_commas():
    problems = _problems(CROSSED_LIST)
    assert len(problems) == 4
    assert problems[2].startswith("丙公司")
    assert problems[0].startswith("甲公司") and "纱窗破损" in problems[0]
    assert problems[1].startswith("乙公司") and "电线接线不规范" in problems[1]


def test_with_the_flag_off_the_list_is_parted_at_its_dun_marks_as_before():
    problems = _problems(CROSSED_LIST, vocabulary=vocabulary_without("list_dun_across_commas"))
    assert problems != _problems(CROSSED_LIST)
    assert any(p.startswith("动火审批制度") for p in problems)
