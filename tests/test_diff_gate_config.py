"""``rectcheck diff`` takes the project's settings as ``review`` does — the configuration file's rubric,
ignore/select lists and gate, and the baseline — so the two gates agree on the same draft."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from checker.api import review
from checker.crossdoc.diff import diff_reviews, without_accepted
from checker.rubric import load_rubric

OLD = """县自然资源局关于巡察反馈问题整改进展情况的通报
1.针对“土地出让金征收不及时，2023年有3宗地块出让金逾期未缴”的问题。
整改情况：高度重视，召开专题会议研究部署，进一步提高思想认识。
2.针对“不动产登记窗口办理时限过长”的问题。
整改情况：2024年5月起实行“一窗受理”，一般登记办理时限由10个工作日压缩至3个工作日。
县自然资源局
2024年6月3日
"""
NEW = OLD.replace("高度重视，召开专题会议研究部署，进一步提高思想认识。",
                  "2024年6月向3宗地块受让人下达催缴通知书，追缴出让金1860万元，已全部缴入国库。").replace(
    "县自然资源局\n2024年6月3日\n",
    "3.针对“矿产资源违法开采查处不力”的问题。\n整改情况：下一步将加大执法力度。\n县自然资源局\n2024年8月5日\n")


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "checker", *args], capture_output=True, text=True, cwd=cwd)


def _drafts(tmp_path: Path) -> None:
    (tmp_path / "v1.txt").write_text(OLD, encoding="utf-8")
    (tmp_path / "v2.txt").write_text(NEW, encoding="utf-8")


def test_the_configuration_s_ignore_list_holds_for_diff_as_for_review(tmp_path: Path) -> None:
    _drafts(tmp_path)
    plain_review = _run("review", "v2.txt", cwd=tmp_path)
    plain_diff = _run("diff", "v1.txt", "v2.txt", cwd=tmp_path)
    assert plain_review.returncode == 1 and plain_diff.returncode == 1  # the added finding's flags fail both
    assert "future_only" in plain_diff.stdout and "missing_deadline" in plain_diff.stdout
    (tmp_path / "cfg").mkdir()
    ignored = 'ignore = ["future_only", "missing_deadline"]\n'
    (tmp_path / "cfg" / "rectcheck.toml").write_text(ignored, encoding="utf-8")
    quiet_review = _run("review", "--config", "cfg/rectcheck.toml", "v2.txt", cwd=tmp_path)
    quiet_diff = _run("diff", "--config", "cfg/rectcheck.toml", "v1.txt", "v2.txt", cwd=tmp_path)
    assert quiet_review.returncode == 0 and quiet_diff.returncode == 0, quiet_diff.stdout
    assert "future_only" not in quiet_diff.stdout and "已略去 2（--ignore 2）" in quiet_diff.stdout
    as_json = json.loads(_run("diff", "--config", "cfg/rectcheck.toml", "-f", "json", "v1.txt", "v2.txt",
                              cwd=tmp_path).stdout)  # fmt: skip
    assert as_json["summary"]["new"] == 0 and as_json["summary"]["silenced"] == {"--ignore": 2}
    # the file found from the working directory, and the command line's own --ignore, as review takes them
    (tmp_path / "rectcheck.toml").write_text('ignore = "future_only,missing_deadline"\nfail_on = "error"\n',
                                             encoding="utf-8")  # fmt: skip
    assert _run("diff", "v1.txt", "v2.txt", cwd=tmp_path).returncode == 0
    (tmp_path / "rectcheck.toml").unlink()
    assert _run("diff", "--ignore", "future_only,缺少时限", "v1.txt", "v2.txt", cwd=tmp_path).returncode == 0


def test_flags_recorded_in_a_baseline_are_not_new(tmp_path: Path) -> None:
    _drafts(tmp_path)
    wrote = _run("review", "--baseline", "base.json", "--write-baseline", "v2.txt", cwd=tmp_path)
    assert wrote.returncode == 0
    assert _run("review", "--baseline", "base.json", "v2.txt", cwd=tmp_path).returncode == 0
    accepted = _run("diff", "--baseline", "base.json", "v1.txt", "v2.txt", cwd=tmp_path)
    assert accepted.returncode == 0 and "新出现 0" in accepted.stdout and "baseline" in accepted.stdout
    assert "✓ 已解决" in accepted.stdout  # what the new draft resolved is still told
    (tmp_path / "rectcheck.toml").write_text('baseline = "base.json"\n', encoding="utf-8")
    assert _run("diff", "v1.txt", "v2.txt", cwd=tmp_path).returncode == 0  # the configuration's baseline
    missing = _run("diff", "--baseline", "nosuch.json", "v1.txt", "v2.txt", cwd=tmp_path)
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1 and "nosuch.json" in missing.stderr


def test_an_accepted_flag_leaves_the_diff_and_is_counted_under_its_reason() -> None:
    rubric = load_rubric(None)
    old, new = review(OLD, rubric=rubric, path="v1.txt"), review(NEW, rubric=rubric, path="v2.txt")
    diff = diff_reviews(old, new, rubric)
    assert diff.summary.new >= 2
    quiet = without_accepted(diff, new, lambda flag, _f: "已研究，下一稿补" if flag.code == "future_only" else None)
    assert quiet.summary.new == diff.summary.new - 1 and quiet.summary.silenced == {"已研究，下一稿补": 1}
    assert not any(c.code == "future_only" for f in quiet.findings for c in f.flags)
    assert quiet.summary.resolved == diff.summary.resolved  # a resolved flag is the old draft's: kept
