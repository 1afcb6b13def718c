"""Forms of inspection notices that list problems per place or unit, each on text composed for the
test: what is read as a finding and what as its measure."""

from __future__ import annotations

from segment_support import segment_text

# --- a response paragraph after the numbered problems answers from its start ---------------------

RESPONSE_PARAGRAPH = """5月8日,区创卫办对城区部分农贸市场环境卫生进行了检查,现将检查发现的问题交办如下:
1.东关农贸市场内垃圾桶破损;北侧通道杂物乱堆。责任单位:东关街道办。
2.西城菜市场公厕无专人保洁、无洗手设施。责任单位:西城街道办。
3.南湖综合市场排水沟堵塞,地面积水。责任单位:南湖街道办。
本月是创卫迎检攻坚月,上述责任单位要切实提高认识,对存在的问题务必于5月15日前整改到位。整改完成后报区创卫办销号,逾期未整改的将予以通报。
"""


def test_a_response_paragraph_answers_from_its_first_sentence():
    r = segment_text(RESPONSE_PARAGRAPH)
    assert len(r.findings) == 3
    assert "垃圾桶破损" in r.findings[0].finding.text
    for f in r.findings:
        assert f.measure is not None
        assert "务必于5月15日前整改到位" in f.measure.text
        assert "本月是创卫迎检攻坚月" not in f.finding.text
