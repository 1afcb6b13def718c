"""Reading vocabulary 1.11.0: a list inside a sentence closed by 等 and the kind of fault its items are
(等消防安全隐患, 等违规情况, 等违法行为) is closed as 等问题 closes one (pattern list_close); a list of faults
told as work not done thoroughly enough (…不详细、…不完全、…不仔细等问题) is a list of problems (words
problem_words). On text composed for the test; 1.10.0 reads it as before."""

from __future__ import annotations

from segment_support import segment_text

from checker.vocabulary import load_vocabulary

HAZARDS = """7月9日，区应急管理局联合区消防救援大队对辖区内的小餐饮门店开展了燃气安全联合检查。
在城东路的一家快餐店，检查组发现该店存在燃气管道老化、未安装燃气泄漏报警装置、液化气瓶存放在后厨灶台旁等消防安全隐患，当场下达责令整改通知书，要求其三日内完成整改。
"""

VIOLATIONS = """9月2日，县医保局组织稽查人员对城区定点零售药店进行了突击检查。
检查发现，部分药店存在未按规定执行处方药销售管理、未凭处方销售抗菌药物、进销存台账登记不规范等违规情况，县医保局已约谈药店负责人，责令限期整改。
"""

THOROUGH = """近日，镇财政所召开村级财务公开工作推进会。
会上，镇财政所对各村在财务公开中出现的收支明细填写不详细、公开内容不完全、自查排查不仔细等问题进行了现场指导，并要求各村立行立改。
"""


def _texts(r) -> list[str]:
    return [f.finding.text for f in r.findings]


def test_a_list_closed_by_its_kind_of_hazard_is_a_list() -> None:
    r = segment_text(HAZARDS)
    assert r.layout == "paragraph_lists"
    assert len(r.findings) == 3
    assert "燃气管道老化" in r.findings[0].finding.text
    assert "液化气瓶存放在后厨灶台旁" in r.findings[2].finding.text
    assert all(f.measure is not None and "责令整改通知书" in f.measure.text for f in r.findings)


def test_a_list_closed_by_violations_is_a_list() -> None:
    r = segment_text(VIOLATIONS)
    assert len(r.findings) == 3
    assert "未凭处方销售抗菌药物" in r.findings[1].finding.text
    assert all(f.measure is not None and "责令限期整改" in f.measure.text for f in r.findings)


def test_faults_of_work_not_thorough_are_problems() -> None:
    r = segment_text(THOROUGH)
    assert len(r.findings) == 3
    assert "公开内容不完全" in r.findings[1].finding.text
    assert "自查排查不仔细" in r.findings[2].finding.text
    assert all(f.measure is not None and "立行立改" in f.measure.text for f in r.findings)


def test_vocabulary_1_10_0_reads_them_as_before() -> None:
    old = load_vocabulary("1.10.0")
    for text in (HAZARDS, VIOLATIONS, THOROUGH):
        assert len(segment_text(text, vocabulary=old).findings) != 3
