"""pasted_measure: the same measure text under different findings, in one document or across the
documents reviewed together. The folder pass finds it once every document is reviewed, adds it to
each affected finding with every place, and scores those documents again; every output format lists
the other places. (The rubric's own firing and quiet examples run in test_rules_examples.)"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from checker.api import review
from checker.folder import review_folder
from checker.models import Review
from checker.renderers import render
from checker.rubric import load_rubric

RUBRIC = load_rubric(None)
ROOT = Path(__file__).resolve().parent.parent
PASTED = "聘请第三方机构对全系统医疗废物暂存点逐一排查，更换不合格暂存设施，完善交接登记。"

A = f"""县卫健局关于巡察整改情况的通报
1.针对“医疗废物处置不规范”的问题。
整改情况:{PASTED}
2.针对“公务用车管理不规范”的问题。
整改情况:2024年3月收回超标车辆2辆，统一停放在局机关车库，出车登记126次。
"""
# the same measure with a full stop turned into "!" and 暂存 written 暫存: near-verbatim, not equal
B = f"""县疾控中心关于巡察整改情况的通报
1.针对“实验室废物管理混乱”的问题。
整改情况:{PASTED.replace("。", "!").replace("暂存设施", "暫存设施")}
2.针对“食堂采购台账不全”的问题。
整改情况:已整改到位，长期坚持。
3.针对“会议费报销不规范”的问题。
整改情况:已整改到位，长期坚持。
"""

C = "关于整改情况的通报\n1.针对“档案管理不规范”的问题。\n整改情况:2024年4月补齐档案312卷。\n"


def _folder(*texts: str) -> tuple[list[Review], dict[str, str]]:
    named = {f"/reports/{chr(ord('a') + i)}.txt": t for i, t in enumerate(texts)}
    reviews = [review(text, rubric=RUBRIC, path=path) for path, text in named.items()]
    return review_folder(reviews, named, RUBRIC, "zh"), named


def _pasted(r: Review) -> dict[str, list]:
    return {f.id: [fl for fl in f.flags if fl.code == "pasted_measure"] for f in r.findings if
            any(fl.code == "pasted_measure" for fl in f.flags)}  # fmt: skip


def test_a_measure_pasted_into_another_document_is_flagged_in_both_with_every_place() -> None:
    (a, b), texts = _folder(A, B)
    assert set(_pasted(a)) == {"F1"} and set(_pasted(b)) == {"F1"}  # 已整改到位 twice is no paste
    flag = _pasted(a)["F1"][0]
    assert flag.severity == "warning" and flag.evidence == PASTED
    assert texts["/reports/a.txt"][flag.start : flag.end] == flag.evidence
    assert flag.places is not None and [(p.document, p.finding) for p in flag.places] == [
        ("/reports/a.txt", "F1"), ("/reports/b.txt", "F1"),
    ]  # fmt: skip
    for p in flag.places:
        assert texts[p.document][p.start : p.end] == p.evidence
    assert "另外1处" in flag.message and "b.txt F1“聘请第三方机构" in flag.message
    assert flag.follow_up is not None and "医疗废物处置不规范" in flag.follow_up


def test_the_documents_are_scored_again_and_untouched_ones_stay_as_they_were() -> None:
    alone = review(A, rubric=RUBRIC, path="/reports/a.txt")
    (a, _, c), _ = _folder(A, B, C)
    before, after = alone.findings[0], a.findings[0]
    assert after.score < before.score and after.verdict in ("warn", "fail")
    assert a.summary.score is not None and alone.summary.score is not None and a.summary.score < alone.summary.score
    assert a.summary.flags["pasted_measure"] == 1 and a.summary.pass_ + a.summary.warn + a.summary.fail == 2
    assert a.findings[1] == alone.findings[1]
    assert c == review(C, rubric=RUBRIC, path="/reports/c.txt")  # nothing pasted: as it was reviewed


def test_inside_one_document_a_near_copy_under_another_finding_counts_one_answering_two_does_not() -> None:
    one = A.replace("2024年3月收回超标车辆2辆，统一停放在局机关车库，出车登记126次。", PASTED.replace("逐一", "逐个"))
    (r,), _ = _folder(one)
    assert set(_pasted(r)) == {"F1", "F2"}
    shared = "学校安全工作自查报告\n一、校舍安全方面\n问题一：消防栓水压不足。\n问题二：化学药品未双人双锁管理。\n" \
             "解决方案：联系消防部门检测管网，6月底前更换加压泵；药品柜加装第二把锁，由两名教师分别保管钥匙。\n"  # fmt: skip
    (s,), _ = _folder(shared)
    assert len(s.findings) == 2 and not _pasted(s)


def test_texts_alike_but_for_their_figures_state_different_facts() -> None:
    first = "2024年5月对2名责任人给予诫勉谈话，追回违规资金3.6万元，全额上缴县财政。"
    (a, b), _ = _folder(A.replace(PASTED, first), B.replace(PASTED.replace("。", "!").replace("暂存设施", "暫存设施"),
                                                             first.replace("3.6", "1.2")))  # fmt: skip
    assert not _pasted(a) and not _pasted(b)
    (a, b), _ = _folder(A.replace(PASTED, first), B.replace(PASTED.replace("。", "!").replace("暂存设施", "暫存设施"), first))
    assert _pasted(a) and _pasted(b)


def test_a_measure_that_is_only_its_fields_is_no_paste() -> None:
    listed = "".join(f"{n}.针对“第{n}项问题”的问题。\n整改情况:问题整改责任单位:市卫生健康委员会 整改时限:5天\n" for n in (1, 2, 3))
    (r,), _ = _folder("关于问题清单整改情况的通报\n" + listed)
    assert len(r.findings) == 3 and not _pasted(r)


def test_a_document_that_could_not_be_read_is_left_out() -> None:
    unread = f"情况说明\n今年以来各项工作稳步推进。{PASTED}下一步我们将继续努力。\n"
    (a, u), _ = _folder(A, unread)
    assert u.summary.verdict == "unreviewed" and not _pasted(a)


def test_a_text_pasted_a_thousand_times_lists_a_bounded_number_of_places_and_takes_linear_time() -> None:
    items = "".join(f"{n}.针对“第{n}项问题”的问题。\n整改情况:{PASTED}\n" for n in range(1, 401))
    started = time.monotonic()
    (r,), _ = _folder("关于巡察整改情况的通报\n" + items)
    assert time.monotonic() - started < 30
    flags = [fl for f in r.findings for fl in f.flags if fl.code == "pasted_measure"]
    assert len(flags) == 400
    assert all(fl.places is not None and len(fl.places) <= 12 for fl in flags)
    assert "另外399处" in flags[-1].message and flags[-1].message.endswith("；…。")
    assert flags[-1].places is not None and flags[-1].places[-1].finding == "F400"  # its own place is listed


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "sarif", "junit", "json", "xlsx", "docx"])
def test_every_format_lists_the_other_places(fmt: str) -> None:
    reviews, texts = _folder(A, B)
    common = {"lang": "zh", "rubric": RUBRIC, "fail_on": "error", "texts": texts}
    if fmt == "docx":
        data = render([reviews[0]], fmt, **common)
        assert isinstance(data, bytes)
        shown = zipfile.ZipFile(io.BytesIO(data)).read("word/comments.xml").decode()
    elif fmt == "xlsx":
        data = render(reviews, fmt, **common)
        assert isinstance(data, bytes)
        book = zipfile.ZipFile(io.BytesIO(data))
        shown = "".join(book.read(n).decode() for n in book.namelist() if n.startswith("xl/"))
    else:
        out = render(reviews, fmt, **common)
        assert isinstance(out, str)
        shown = out
    assert "b.txt F1" in shown


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "checker", *args], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})  # fmt: skip


def test_review_dir_reports_it_gates_on_it_and_writes_each_file_again(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "a.txt").write_text(A, encoding="utf-8")
    (folder / "b.txt").write_text(B, encoding="utf-8")
    alone = _run("review", str(folder / "a.txt"), "--fail-on", "warning", "-f", "json", cwd=tmp_path)
    assert alone.returncode == 0 and "pasted_measure" not in alone.stdout  # reviewed alone: not checked
    run = _run("review", str(folder), "--fail-on", "warning", "-f", "json", cwd=tmp_path)
    assert run.returncode == 1, run.stderr
    a, b = json.loads(run.stdout)
    flag = next(fl for fl in a["findings"][0]["flags"] if fl["code"] == "pasted_measure")
    assert [p["document"] for p in flag["places"]] == [str(folder / "a.txt"), str(folder / "b.txt")]
    assert all("places" not in fl for f in b["findings"][1:] for fl in f["flags"])  # other flags as they were
    ignored = _run("review", str(folder), "--fail-on", "warning", "--ignore", "pasted_measure", "-f", "json", cwd=tmp_path)
    assert ignored.returncode == 1  # b.txt's other warnings still fail the gate
    a2 = json.loads(ignored.stdout)[0]
    assert a2["summary"]["silenced"] == {"--ignore": 1} and "pasted_measure" not in a2["summary"]["flags"]
    out = tmp_path / "out"
    written = _run("review", str(folder), "-f", "json", "-o", f"{out}/", cwd=tmp_path)
    assert written.returncode == 0, written.stderr
    assert written.stderr.count("again, with the flags across the documents") == 2
    assert "pasted_measure" in json.loads((out / "a.json").read_text(encoding="utf-8"))["summary"]["flags"]


def _folder_of(*named: tuple[str, str]) -> list[Review]:
    reviews = [review(text, rubric=RUBRIC, path=name) for name, text in named]
    return review_folder(reviews, dict(named), RUBRIC, "zh")


def _pasted_places(reviews: list[Review]) -> set[tuple[str, str]]:
    return {(r.document.path, f.id) for r in reviews for f in r.findings if any(x.code == "pasted_measure" for x in f.flags)}


def test_fixes_in_a_section_of_their_own_are_compared_too() -> None:
    village = f"""西街村关于巡察反馈问题的整改报告
一、存在问题
1.村集体收入未及时入账，门面租金收入延迟3个月入账。
2.村级招待费支出无明细清单。
二、整改措施
1.{PASTED}
2.{PASTED.replace("逐一排查", "逐一核查")}
"""
    assert _pasted_places(_folder_of(("西街村.txt", village), ("东关村.txt", B))) >= {("西街村.txt", "F1"), ("西街村.txt", "F2")}


def test_the_same_finding_reported_again_later_is_no_paste() -> None:
    later = A.replace("县卫健局关于巡察整改情况的通报", "县卫健局关于巡察整改情况的第二次通报")
    assert not _pasted_places(_folder_of(("九月.txt", A), ("十二月.txt", later)))


def test_a_measure_pasted_in_one_document_is_quoted_in_the_claim_message_beside_it() -> None:
    pasted = "组织全体干部逐一排查本单位公务用车使用登记，对不合规的出车记录逐条说明原因并留存备查。"
    text = (f"关于整改情况的通报\n1.针对“公务用车管理不规范”的问题。\n整改情况:{pasted}\n"
            f"2.针对“会议费报销不规范”的问题。\n整改情况:{pasted}\n")
    got = review(text, rubric=RUBRIC)
    copies = [fl for f in got.findings for fl in f.flags if fl.code == "unverifiable_claim"]
    assert copies and all("组织全体干部逐一排查" in fl.message for fl in copies)
    assert not any("duplicate" in fl.message for fl in copies)
