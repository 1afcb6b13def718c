"""Reading vocabulary 1.11.0: a finding whose problem is a mark alone (/), a table's empty cell read as a
problem, makes the reading doubt its shape (blank_problem_doubt), on text composed for the test; the
default vocabulary reads the table right and shows no such sign; 1.10.0 reads it as before."""

from __future__ import annotations

from segment_support import older_with_doubts as _with
from segment_support import segment_text

from checker.vocabulary import load_vocabulary

THRESHOLD = 0.62  # the trust under which a reading is refused



TABLE = """清河县市场监督管理局
2025年第二季度药品零售企业“双随机、一公开”抽查结果公示

我局于6月9日至20日对随机抽取的6家药品零售企业进行了监督检查。现将抽查结果公示如下：

序号  企业名称  检查结果  发现问题  处理情况
1  清河县康宁大药房  发现问题已责令整改  处方药未凭处方销售，销售记录不全  已责令6月25日前整改，6月24日复查合格
2  清河县百草堂药店  发现问题已责令整改  阴凉柜温度超标，无温湿度记录  已更换阴凉柜并建立温湿度记录，6月23日复查合格
3  清河县仁和药店  发现问题已责令整改  执业药师不在岗，未挂牌公示  已整改
4  清河县东街诊所药房  未发现问题  /  /
5  清河县益民药店  发现问题已责令整改  过期药品3盒未及时下架  当场下架销毁，责令加强管理
6  清河县同心药店  发现问题已责令整改  营业执照地址与实际经营地址不符  已办理地址变更

注：抽查结果为“发现问题已责令整改”的企业，须在规定时间内整改到位。

清河县市场监督管理局
2025年6月27日
"""


def test_a_problem_that_is_a_mark_alone_is_doubted() -> None:
    old = segment_text(TABLE, vocabulary=load_vocabulary("1.10.0"))
    assert [f.finding.text for f in old.findings][3] == "/"  # the row with nothing found, read as a finding
    assert old.segmentation.features.get("shape_doubts", 0.0) == 0.0
    assert old.segmentation.confidence >= THRESHOLD
    doubted = segment_text(TABLE, vocabulary=_with("1.10.0", "blank_problem_doubt"))
    assert doubted.segmentation.features["shape_doubts"] == 1.0
    assert doubted.segmentation.confidence < THRESHOLD


def test_the_table_read_right_is_no_sign() -> None:
    r = segment_text(TABLE)
    assert len(r.findings) == 5
    assert all(f.finding.text.strip() != "/" for f in r.findings)
    assert r.segmentation.features.get("shape_doubts", 0.0) == 0.0
    assert r.segmentation.confidence >= THRESHOLD
