"""Reading vocabulary 1.11.0: one measure three findings or more share, cut off by the end of the text in
its first sentence, that names the matter of some of them in their own words and of others in none,
makes the reading doubt its shape (shared_answer_uneven_doubt), on text composed for the test; a shared
measure read whole is no sign; 1.10.0 trusts the cut one as before."""

from __future__ import annotations

from segment_support import segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

THRESHOLD = 0.62  # the trust under which a reading is refused

NOTICE = """省体育局督查组对某县全民健身场地开放情况的督查通报

    6月12日至14日，省体育局督查组对某县全民健身场地开放情况进行了督查。督查组通过查阅台账、实地查看、随机询问群众等方式，了解了全县健身场地的建设和开放情况。

    督查组认为，该县对全民健身工作比较重视，各乡镇均建有健身广场，群众参与热情较高。

    与此同时，督查发现，健身场地开放管理还存在一些问题：一是健身器材维护不及时，部分单杠、漫步机锈蚀松动，存在安全隐患。二是免费开放时段公示缺失，体育馆门口没有张贴开放时间，群众多次吃闭门羹。三是社会体育指导员作用发挥不够，全县登记的指导员中经常上岗的不足三成。四是场地卫生保洁责任不明确，篮球场周边垃圾堆积。

{answer}"""

CUT = "    针对全民健身场地开放管理中的问题，督查组提出整改要求，要求尽快补齐免费开放时段公示、落实器材维护"

WHOLE = (
    "    针对全民健身场地开放管理中的问题，督查组提出整改要求，要求尽快补齐免费开放时段公示、落实器材维护责任。"
    "县体育局要于7月底前完成全部整改，并将整改情况书面报送省体育局。"
)


def _shared(r) -> bool:
    views = [f.measure.view for f in r.findings if f.measure is not None and f.measure.view.strip()]
    return len(r.findings) >= 3 and len(views) == len(r.findings) and len(set(views)) == 1


def test_a_cut_shared_answer_naming_some_problems_is_doubted() -> None:
    r = segment_text(NOTICE.format(answer=CUT))
    assert _shared(r)  # every problem given the one cut requirement
    assert r.segmentation.features["shape_doubts"] == 1.0
    assert r.segmentation.confidence < THRESHOLD
    without = segment_text(NOTICE.format(answer=CUT), vocabulary=vocabulary_without("shared_answer_uneven_doubt"))
    assert without.segmentation.features.get("shape_doubts", 0.0) == 0.0


def test_a_shared_answer_read_whole_is_no_sign() -> None:
    r = segment_text(NOTICE.format(answer=WHOLE))
    assert _shared(r)
    assert r.segmentation.features.get("shape_doubts", 0.0) == 0.0


def test_vocabulary_1_10_0_trusts_it_as_before() -> None:
    old = segment_text(NOTICE.format(answer=CUT), vocabulary=load_vocabulary("1.10.0"))
    assert _shared(old)
    assert old.segmentation.features.get("shape_doubts", 0.0) == 0.0
    assert old.segmentation.confidence >= THRESHOLD
