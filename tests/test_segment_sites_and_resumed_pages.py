"""Forms of real notices, on text of our own composition: what the reader reads of them."""

from __future__ import annotations

from segment_support import segment_text, vocabulary_without

from checker.models import Source
from checker.vocabulary import Vocabulary, load_vocabulary

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
    old = segment_text(SITES_THEN_ANSWER, vocabulary=vocabulary_without("site_clauses_end_at_answer"))
    assert any("针对存在问题" in f.finding.text for f in old.findings)  # read as a fourth site before


SHARED_PAGES = (
    "街道文化站自查报告.docx\n"
    "《街道文化站自查报告.docx》由会员分享，可在线阅读，更多相关请在文库网上搜索。\n"
    "1、东湖街道文化站自查报告东湖街道辖区现有6个社区，现将文化站自查情况汇报如下：一、存在的问题经对照检查，"
    "发现主要问题如下：1、活动场地有待扩大。其中，3个社区活动室面积不足100平方米，室外场地更是狭小，难以满足群众需求。"
    "2、图书更新有待加快。部分社区图书室藏书陈旧，近两年新增图书较少，借阅登记也存在记\n"
    "2、录不全的情况。3、志愿服务有待加强。文化志愿者队伍人数少，活动开展不经常。4、宣传推介有待提升。"
    "部分活动未在社区公众号发布预告，群众知晓率不高。二、下步打算今后我们将逐项整改，按期完成。\n"
)


def test_a_page_that_goes_on_with_the_list_is_cut_at_its_items():
    from checker.segment import read_document
    from checker.segment.document import build_doc

    def lines(v: Vocabulary) -> list[str]:
        src = Source(path="a.txt", text=SHARED_PAGES, format="txt")
        return [ln.content[:4] for ln in build_doc(src, read_document(src), v).body]

    now = lines(load_vocabulary())
    assert "3、志愿" in now and "4、宣传" in now
    assert "3、志愿" not in lines(vocabulary_without("page_runs_resume"))
