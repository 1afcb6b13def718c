"""Reading vocabulary 1.8.0: under labelled problems (发现问题：…) with no measure label anywhere, a line
that opens on the label the first problem's lead-in opened on (站点二： as 站点一：) leads in to the next
unit: it is not the answer of the problem above it (problem_label_lead_ins), on text composed for the
test, and read as that answer without the flag."""

from __future__ import annotations

from segment_support import vocabulary_without

from checker.models import Source
from checker.segment import read_document
from checker.segment.document import build_doc
from checker.segment.layouts.headed_items import headed_items_layout
from checker.vocabulary import Vocabulary, load_vocabulary

SITES = """4月8日上午，县文明办组织督查组，对城区窗口单位和公共场所开展文明创建暗访。
站点一：县汽车客运站。督查组重点查看候车大厅、售票窗口及周边停车秩序。
发现问题：候车大厅垃圾桶满溢、吸烟区标识缺失等问题较为突出。
站点二：人民公园。督查组重点查看园内公厕、健身器材及游园秩序等情况。
发现问题：公厕洗手台破损、健身器材部分损坏未维修。
站点三：城南菜市场。督查组重点了解市场内外环境卫生和经营秩序。
发现问题：占道经营、地面污水横流等问题仍存在。
督查组要求，各责任单位要立即对照问题清单逐项整改，强化日常巡查，巩固创建成果。
"""


def _answers(text: str, v: Vocabulary) -> list[str]:
    """Each problem's answer as the headed-items reading takes it, "" where it has none."""
    source = Source(path="composed.txt", text=text, format="txt", tables=[])
    result = headed_items_layout(build_doc(source, read_document(source), v))
    assert result is not None
    return ["".join(text[a:b] for a, b in d.blocks) for d in result.drafts]


def test_the_next_units_lead_in_is_no_answer():
    answers = _answers(SITES, load_vocabulary())
    assert answers[:2] == ["", ""]
    assert answers[2].startswith("督查组要求")


def test_without_the_flag_the_lead_in_answers_the_problem_above():
    answers = _answers(SITES, vocabulary_without("problem_label_lead_ins"))
    assert answers[0].startswith("站点二") and answers[1].startswith("站点三")


def test_an_answer_label_of_another_word_still_answers():
    # the line before the first problem opens on no label: the lines under the problems are their answers
    text = SITES.replace("站点一：县汽车客运站。", "县汽车客运站。")
    assert _answers(text, load_vocabulary())[0].startswith("站点二")
