"""Severities, grouping and messages as an inspector reads them: each test builds its own report."""

import re
from pathlib import Path

from checker.options import ReviewOptions
from checker.pipeline import review_path
from checker.renderers.explain import explain_flag
from checker.rubric import load_rubric
from checker.score import _short
from checker.text.clauses import clause_cut, clause_quote

RUBRIC = load_rubric("rectification@1.0.0")


def review(text: str, tmp_path: Path, lang: str = "zh"):
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    return review_path(path, RUBRIC, ReviewOptions(lang=lang))


def flags(review, code):
    return [fl for f in review.findings for fl in f.flags if fl.code == code] + [
        fl for fl in review.document_flags if fl.code == code
    ]


def _english_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z]{3,}", text)]


PLAN = """县卫生健康局巡察反馈问题整改方案
问题1:乡镇卫生院绩效考核流于形式。
整改措施:修订《乡镇卫生院绩效考核办法》，2024年9月起按季度考核。
责任领导:
责任科室:基层卫生股
整改时限:2024年9月底前
问题2:村医培训覆盖面不足。
整改措施:组织全县326名村医分三批参加集中培训。
责任领导:
整改时限:2024年11月底前
"""


def test_blank_leader_beside_filled_unit_is_a_warning_naming_the_field(tmp_path):
    r = review(PLAN, tmp_path)
    first, second = (next(fl for fl in f.flags if fl.code == "missing_owner") for f in r.findings)
    assert first.severity == "warning" and "责任领导" in first.message and "基层卫生股" not in first.message
    assert "责任科室" in first.message
    assert second.severity == "error"  # nobody named at all


WORK = """县教育局党组关于巡察工作的汇报
一、基本情况
局机关内设股室*个，行政编制*名，在职在岗*人。
二、主要工作
全年争取项目资金*万元，新建校舍*平方米。
三、存在的问题
1.教育经费管理不规范。部分学校公用经费使用审批不严。
2.教师队伍结构不合理。农村学校音体美教师缺乏。
"""


def test_work_report_gets_one_note_and_grouped_placeholders(tmp_path):
    r = review(WORK, tmp_path)
    assert r.document.kind == "work_report"
    assert len(r.summary.notes) == 1 and "2 个问题" in r.summary.notes[0]
    assert {fl.severity for fl in flags(r, "no_measure")} == {"warning"}
    doc_ph = [fl for fl in r.document_flags if fl.code == "placeholder"]
    assert len(doc_ph) == 1 and "共 5 处" in doc_ph[0].message
    en = review(WORK, tmp_path, "en")
    assert "work report" in en.summary.notes[0]


def test_one_point_of_one_is_not_called_some(tmp_path):
    text = """关于巡察整改情况的通报
1.针对“违规报销个人进修费”的问题。
整改情况：财务科于2024年5月10日对该笔进修费做账务调整。
"""
    fl = flags(review(text, tmp_path), "partial_coverage")
    assert fl and "部分要点" not in fl[0].message and "1/1" not in fl[0].message
    assert "账务调整" in fl[0].message


def test_truncated_message_has_no_english_inside_chinese(tmp_path):
    text = """关于巡察整改情况的通报
1.针对“违规发放补贴”的问题。
整改情况:6名人员已将违规发放的补贴1.32万元全额退回县财政国库支付中心账户。
上一篇:文体旅游行业跨部门双随机抽查工作方案
"""
    fl = flags(review(text, tmp_path), "truncated")
    assert fl and _english_words(fl[0].message) == [] and "上一篇" in fl[0].message


def test_explain_in_chinese_has_no_english_note():
    text = explain_flag(RUBRIC, "formalism", "zh")
    notes = [line for line in text.splitlines() if line.startswith("说明")]
    assert notes and all(_english_words(line) == [] for line in notes)


def test_quotes_are_cut_at_a_clause_end():
    quoted = _short("一是高度重视，召开专题会议研究部署整改工作，二是进一步加强公务用车管理，切实提高认识", 30)
    assert quoted.endswith("…") and quoted[-2] not in "，、" and quoted[:-1].endswith("整改工作")
    assert _short("短句", 30) == "短句"


def test_blank_owner_cell_in_a_word_table_quotes_its_own_row_not_the_header(tmp_path):
    src = Path(__file__).resolve().parents[1] / "eval" / "inputs" / "docx_table_plan.docx"
    r = review_path(src, RUBRIC, ReviewOptions())
    owner = [(f, fl) for f in r.findings for fl in f.flags if fl.code == "missing_owner"]
    assert owner
    for f, fl in owner:
        assert "\n" not in fl.evidence and "整改时限" not in fl.evidence
        assert fl.evidence in f.finding_text or fl.evidence in f.title


WRAPPED = (
    "关于县委巡察反馈问题整改情况的通报\n"
    "1.针对“健康扶贫政策宣传不及时，群众知晓率低”的问题。\n"
    "整改情况：县卫健局对各医疗卫生单位健康扶贫问题整改工作进行了专项督查，将问\n"
    "题整改责任落实、台账管理、工作成效、佐证整理等作为督查的重点内容，确保各\n"
    "级各类反馈问题及时整改解决，杜绝了问题整改过程中敷衍应付、推诿扯皮等现\n"
    "象。\n"
)


def test_a_question_quotes_from_the_start_of_a_clause_not_where_a_wrapped_line_began(tmp_path):
    r = review(WRAPPED, tmp_path, "zh")
    (claim,) = flags(r, "unverifiable_claim")
    assert claim.evidence.startswith("级各类反馈问题")  # the evidence is the sentence as the wrap left it …
    assert claim.follow_up is not None and "“确保各级各类反馈问题及时整改解决" in claim.follow_up  # … the question is not
    assert "“级各类" not in claim.follow_up
    flat = WRAPPED.replace("\n", "")
    for f in r.findings:
        for fl in f.flags:
            for quoted in re.findall(r"“([^“”]*)”", fl.follow_up or ""):
                words = quoted.rstrip("…")
                if words in flat:  # a quotation of the report: it opens a clause
                    at = flat.index(words)
                    assert at == 0 or flat[at - 1] in "。；，、：“", quoted


def test_clause_quotes_start_and_end_at_clause_boundaries():
    text = "整改情况：已对2022年以来的报销凭证逐笔复核，清退不合规接待费\n用0.86万元，相关责任人已作出书面检查。"
    start = text.index("年以来")  # inside a word
    assert clause_quote(text, start, start + 5, 30) == "已对2022年以来的报销凭证逐笔复核"
    middle = text.index("不合规")
    assert clause_quote(text, middle, middle + 5, 30) == "清退不合规接待费用0.86万元"  # read on over the wrap
    long = "一是组织各乡镇卫生院对全县慢性病患者逐户核查补办慢病卡并对无法使用的慢病卡逐张更换共更换一百四十八张"
    assert clause_quote(long, 3, 10, 30) == long[:29] + "…"  # one clause longer than the room: cut inside, said so
    assert clause_cut("Please scan it\nwith OCR，然后上传。", 40) == "Please scan it with OCR，然后上传。"


def test_a_quote_never_reaches_back_into_the_heading_above_its_paragraph():
    text = (
        "(二)关于“党费使用不规范”的整改情况\n"
        "完成2022年党费支出不规范有关问题的整改。对2024年度党费支出事项认真开展了自查，确保每笔党费收支均符合要求。"
    )
    start = text.index("完成")
    assert clause_quote(text, start, start + 10, 40) == "完成2022年党费支出不规范有关问题的整改。"
    wrapped = "1.各地要对照问题清单逐项销号，确保各\n级各类反馈问题及时整改解决。"
    at = wrapped.index("级各类")
    assert clause_quote(wrapped, at, at + 6, 40).startswith("确保各级各类")  # a wrap is still read through
