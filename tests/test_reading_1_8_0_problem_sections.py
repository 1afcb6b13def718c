"""Reading vocabulary 1.8.0: a numbered problems section over lists in a work section, and a lone fix
doubted as two are; each on text composed for the test, and each read as before with its flag off."""

from __future__ import annotations

from segment_support import segment_text, vocabulary_without

from checker.models import Source
from checker.segment import read_document
from checker.segment.document import build_doc
from checker.segment.layouts.base import LayoutResult
from checker.segment.layouts.paragraph_lists import paragraph_lists_layout
from checker.vocabulary import Vocabulary, load_vocabulary

# --- a numbered problems section reads the problems, not a list in the work section above it -----

WORK_THEN_PROBLEMS = """关于2024年度社区网格工作的述职报告

街道办事处：
现将本年度网格工作情况报告如下：
一、工作开展情况
（一）坚持日常走访。全年走访住户860户，对走访中发现的部分楼道堆物、杂物堵塞等问题，及时与物业公司现场协商解决的办法并立即进行整改，辖区楼道实现常态畅通。
（二）做好政策宣传。利用居民微信群推送惠民政策42期，群众知晓率明显提高。
二、存在问题
一是网格员业务培训不足，部分网格员对信息系统操作不熟练，录入数据存在差错。二是居民参与网格治理的积极性不高，志愿者队伍人数偏少。三是对老旧小区周边的自建房屋
"""


def _list_reading(text: str, vocabulary: Vocabulary) -> LayoutResult | None:
    source = Source(path="composed.txt", text=text, format="txt", tables=[])
    return paragraph_lists_layout(build_doc(source, read_document(source), vocabulary))


def test_a_problems_section_reads_the_problems_not_the_work_sections_list():
    r = segment_text(WORK_THEN_PROBLEMS)
    assert [f.finding.view[:4] for f in r.findings] == ["网格员业", "居民参与", "对老旧小"]
    assert _list_reading(WORK_THEN_PROBLEMS, load_vocabulary()) is None
    old = _list_reading(WORK_THEN_PROBLEMS, vocabulary_without("lists_outside_problems_section"))
    assert old is not None and "楼道堆物" in WORK_THEN_PROBLEMS[old.drafts[0].finding[0] : old.drafts[0].finding[1]]


def test_a_list_inside_the_problems_section_is_still_read():
    text = WORK_THEN_PROBLEMS.replace(
        "一是网格员业务培训不足", "检查发现，存在网格员业务培训不足、台账记录不规范等问题。一是网格员业务培训不足"
    )
    found = _list_reading(text, load_vocabulary())
    assert found is not None and len(found.drafts) >= 2


# --- a lone fix among findings without one is doubted when it speaks of another's problem -----------

LONE_FIX = """开学第一周教学检查情况通报

3月2日，教务处对各教学楼进行了检查。检查中发现：1、二号楼多媒体教室投影仪无法开机；2、部分班级课表未及时张贴；3、个别教师上课迟到。
3月5日，教务处对实验楼进行了检查。检查中发现：1、化学实验室通风橱损坏；2、实验室安全台账记录不全。
根据检查情况，教务处提出的措施为：
1、请各学院督促教师按时上课，对迟到的教师要予以提醒；请后勤处尽快维修二号楼多媒体教室投
"""


def _crosswise(vocabulary=None) -> float:
    return segment_text(LONE_FIX, vocabulary=vocabulary).segmentation.features.get("crosswise_fixes", 0.0)


def test_a_lone_fix_speaking_of_another_findings_problem_is_doubted():
    r = segment_text(LONE_FIX)
    with_fix = [f for f in r.findings if f.measure is not None and f.measure.view.strip()]
    assert len(with_fix) == 1 and len(r.findings) >= 2
    assert _crosswise() == 1.0
    old = vocabulary_without("crosswise_single_fix")
    assert _crosswise(old) == 0.0
    assert segment_text(LONE_FIX, vocabulary=old).segmentation.confidence > r.segmentation.confidence
