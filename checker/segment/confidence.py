"""How sure a reading is, 0–1: does it look like problems paired with measures?

A reading earns confidence from findings whose problem side reads like a problem (不到位, 不规范,
滞后, 未…, 存在) and whose measure side reads like an action (已, 完成, 建立, 印发, 将…), from the
share of the body its findings cover, and from the pairing holding together (every fix used); it loses
it for fixes that answer no problem and for findings that swallow pages of text. A report of problems
alone (a work report) is a legitimate reading: its problems must still read like problems.
"""

from __future__ import annotations

from checker.models import Finding
from checker.text.patterns import compile_pattern

PROBLEM_WORDS_RE = compile_pattern(
    r"不到位|不规范|不严格?|不够|不足|不力|不及时|不健全|不完善|不全|不实|不准确|不一致|不合规|滞后|缓慢|薄弱|"
    r"欠缺|缺乏|缺少|缺失|未|没有|存在|问题|短板|差距|漏洞|偏低|偏高|超标|违规|违反|虚报|套取|挪用|闲置|混乱|隐患|"
    r"风险|失分|扣分|弱化|淡化|流于形式"
)
ACTION_WORDS_RE = compile_pattern(
    r"已|完成|建立|健全|制定|修订|印发|出台|开展|组织|召开|落实|整改|清理|退还|退回|追回|收回|上缴|缴回|拨付|补齐|"
    r"更换|维修|核查|核对|处理|处分|约谈|培训|公示|公开|办结|销号|将|拟|计划|力争|督促|责成|要求|明确|加强|严格"
)
_LONG_FINDING = 3000  # characters: a finding this long has likely swallowed the next ones


def reading_confidence(findings: list[Finding], body_chars: int, unpaired_measures: int) -> float:
    if not findings:
        return 0.0
    n = len(findings)
    problem_like = sum(bool(PROBLEM_WORDS_RE.search(f.finding.view)) for f in findings) / n
    with_measure = [f for f in findings if f.measure is not None and f.measure.view.strip()]
    action_like = (
        sum(bool(ACTION_WORDS_RE.search(f.measure.view)) for f in with_measure) / len(with_measure)  # type: ignore[union-attr]
        if with_measure
        else 1.0
    )
    covered = sum(f.span.end - f.span.start for f in findings)
    coverage = min(1.0, covered / body_chars) if body_chars else 0.0
    score = 0.35 + 0.25 * problem_like + 0.15 * action_like + 0.25 * min(1.0, coverage / 0.4)
    score -= 0.1 * min(4, unpaired_measures)
    score -= 0.15 * sum(f.span.end - f.span.start > _LONG_FINDING for f in findings) / n
    return round(max(0.0, min(1.0, score)), 2)
