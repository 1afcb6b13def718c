"""The draft-pair and folder evaluation sets are scored as labelled: a flag resolved between two
drafts, a measure only reworded, a measure pasted across the documents of a folder."""

from __future__ import annotations

from pathlib import Path

import yaml

from checker.evaluate.crossdoc_eval import evaluate_diff, evaluate_folders
from checker.rubric import load_rubric

OLD = """整改方案
问题1：村医诊疗水平较弱。
整改措施：组织村医参加集中进修培训。
责任单位：医政股
整改时限：
问题2：药品采购台账不全。
整改措施：进一步加强台账管理，切实提高认识。
责任单位：药剂科
整改时限：2024年6月30日
"""
NEW = OLD.replace("整改时限：\n", "整改时限：2024年12月底前\n").replace(
    "进一步加强台账管理，切实提高认识。", "切实加强台账管理，进一步提高认识。")

SHARED = "聘请第三方机构对全系统医疗废物暂存点逐一排查，更换不合格暂存设施，完善交接登记。"


def _write(folder: Path, name: str, records: list[dict]) -> None:  # type: ignore[type-arg]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(yaml.safe_dump(records, allow_unicode=True), encoding="utf-8")


def test_a_flag_resolved_between_drafts_and_a_measure_only_reworded_are_scored(tmp_path: Path) -> None:
    _write(tmp_path, "diff-t.yaml", [{
        "id": "t1", "old": OLD, "new": NEW,
        "labels": [{"finding": "村医诊疗", "code": "missing_deadline", "change": "resolved"}],
        "reworded": ["药品采购台账"],
    }])
    result = evaluate_diff(tmp_path, load_rubric(None))
    assert result is not None
    assert result.kinds["resolved"].tp == 1 and result.kinds["only_reworded"].tp == 1
    assert result.micro_recall == 1.0


def test_a_measure_pasted_across_a_folder_is_scored_on_each_place(tmp_path: Path) -> None:
    _write(tmp_path, "folder-t.yaml", [{
        "id": "f1",
        "documents": [
            {"name": "卫健局.txt", "text": f"关于巡察整改情况的通报\n1.针对“医疗废物处置不规范”的问题。\n整改情况：{SHARED}\n"},
            {"name": "疾控中心.txt", "text": f"关于巡察整改情况的通报\n1.针对“实验室废物管理混乱”的问题。\n整改情况：{SHARED}\n"},
        ],
        "labels": [{"document": "卫健局.txt", "finding": "医疗废物处置"}, {"document": "疾控中心.txt", "finding": "实验室废物"}],
    }])
    result = evaluate_folders(tmp_path, load_rubric(None))
    assert result is not None and result.kinds["pasted_measure"].tp == 2 and result.micro_precision == 1.0
    # a label on the wrong document does not match
    _write(tmp_path, "folder-t.yaml", [{
        "id": "f1",
        "documents": [
            {"name": "卫健局.txt", "text": f"关于巡察整改情况的通报\n1.针对“医疗废物处置不规范”的问题。\n整改情况：{SHARED}\n"},
            {"name": "疾控中心.txt", "text": f"关于巡察整改情况的通报\n1.针对“实验室废物管理混乱”的问题。\n整改情况：{SHARED}\n"},
        ],
        "labels": [{"document": "疾控中心.txt", "finding": "医疗废物处置"}],
    }])
    wrong = evaluate_folders(tmp_path, load_rubric(None))
    assert wrong is not None and wrong.kinds["pasted_measure"].tp == 0 and wrong.kinds["pasted_measure"].fn == 1


def test_each_labelled_file_is_scored_apart_as_well_as_with_the_others(tmp_path: Path) -> None:
    pair = {"id": "t1", "old": OLD, "new": NEW,
            "labels": [{"finding": "村医诊疗", "code": "missing_deadline", "change": "resolved"}]}
    _write(tmp_path, "diff-a.yaml", [pair])
    _write(tmp_path, "diff-b.yaml", [{**pair, "id": "t2", "labels": [
        {"finding": "村医诊疗", "code": "missing_deadline", "change": "remaining"}]}])
    result = evaluate_diff(tmp_path, load_rubric(None))
    assert result is not None and sorted(result.sets) == ["diff-a.yaml", "diff-b.yaml"]
    assert result.sets["diff-a.yaml"].micro_recall == 1.0
    apart = result.sets["diff-b.yaml"]
    assert apart.micro_recall == 0.0 and apart.kinds["remaining"].fn == 1
    assert result.micro_recall == 0.5
    # one file alone: its figures are the whole, no breakdown
    (tmp_path / "diff-b.yaml").unlink()
    alone = evaluate_diff(tmp_path, load_rubric(None))
    assert alone is not None and alone.sets == {}
