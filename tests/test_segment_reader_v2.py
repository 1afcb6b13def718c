"""Forms of real notices, on text of our own composition: what the reader reads of them."""

from __future__ import annotations

from segment_support import segment_text

from checker.models import Report, Source
from checker.segment import segment
from checker.vocabulary import Vocabulary, load_vocabulary


def _without(flag: str) -> Vocabulary:
    v = load_vocabulary()
    layouts = v.weights.layouts.model_copy(update={flag: False})
    return v.model_copy(update={"weights": v.weights.model_copy(update={"layouts": layouts})})


def _read(text: str, vocabulary: Vocabulary) -> Report:
    return segment(Source(path="a.txt", text=text, format="txt"), vocabulary=vocabulary)


SITES_THEN_ANSWER = (
    "北湖街道开展节前消防检查\n"
    "3月2日，街道安办会同派出所对辖区商户开展消防安全检查。检查中发现东街两家小餐馆存在燃气管道老化现象，"
    "城南一家五金店存在消防通道堵塞现象，西坝菜市场存在电线私拉乱接现象，针对存在问题已下发整改通知书9份，"
    "要求限期整改到位。\n"
)


def test_site_clauses_end_at_the_clause_that_answers_them():
    r = segment_text(SITES_THEN_ANSWER)
    assert len(r.findings) == 3
    assert "燃气管道老化" in r.findings[0].finding.text and "电线私拉乱接" in r.findings[2].finding.text
    for f in r.findings:
        assert f.measure is not None and f.measure.text.startswith("针对存在问题已下发整改通知书9份")
    old = _read(SITES_THEN_ANSWER, _without("site_clauses_end_at_answer"))
    assert any("针对存在问题" in f.finding.text for f in old.findings)  # read as a fourth site before
