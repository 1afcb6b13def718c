"""Forms of self-check reports, hazard lists and inspectors' briefs, each on text composed for the test.

Every case reads what is a finding and what is its measure from the document's outline, never
from how good the measure is.
"""

from __future__ import annotations

from segment_support import segment_text


def _measures(r) -> list[str]:
    return [f.measure.text if f.measure is not None else "" for f in r.findings]


# --- a brief whose only answer is an order to rectify within a set time ---------------------------

DEADLINE_ORDER = """县环境整治督导组工作简报

3月2日上午,县环境整治第三督导组对东城、西城两个片区进行实地督导,关于东城片区发现以下问题:其一,东城农贸市场南侧道路积水严重;其二,市场周边乱停乱放。关于西城片区发现以下问题:其一,西城老旧小区垃圾清运不及时;其二,河道沿岸堆放建筑垃圾。随后,督导组向两个街道下发整改通知书并限期整改。

督导组将继续做好环境整治督导工作。
"""


def test_an_order_to_rectify_in_time_answers_the_lists_before_it():
    r = segment_text(DEADLINE_ORDER)
    assert len(r.findings) == 4
    assert "道路积水" in r.findings[0].finding.text
    assert "河道沿岸" in r.findings[3].finding.text
    assert all("限期整改" in m for m in _measures(r))
