"""Document kind where each finding's own measure is labelled 整改要求 (text composed for the test): an
inspecting body's requirements, judged as a plan's measures, as under a 整改要求 section heading."""

from __future__ import annotations

from checker.models import Source
from checker.options import ReviewOptions
from checker.pipeline import review_source
from checker.rubric import load_rubric

NEW = load_rubric("rectification@1.10.0")
OLD = load_rubric("rectification@1.9.0")

REQUIRED = """汛前检查发现问题及整改要求

1.东坑水库溢洪道杂草丛生，泄洪通道不畅。整改要求：要组织人员清除溢洪道杂草，确保泄洪通道畅通。
2.红星圩堤部分堤段出现渗水，已完成临时处理，但未查明原因。整改要求：要密切关注渗水点变化情况，制定专门预案，确保安全度汛。
3.桃源泵站备用电源已完成更换，但值班记录不全。整改要求：要严格执行值班制度，完善值班记录。
"""


def _review(text: str, rubric=NEW):
    return review_source(Source(path="composed.txt", text=text, format="txt"), rubric, ReviewOptions())


def test_findings_labelled_with_requirements_make_a_plan_whose_items_need_dates():
    review = _review(REQUIRED)
    assert len(review.findings) == 3
    assert review.document.kind == "plan"
    assert all("missing_deadline" in {fl.code for fl in f.flags} for f in review.findings)
    # the older vocabulary weighed only a 整改要求 section heading: the labels left the kind undecided
    assert _review(REQUIRED, OLD).document.kind != "plan"


def test_dated_requirements_need_no_further_deadline():
    dated = REQUIRED.replace("确保泄洪通道畅通。", "5月20日前确保泄洪通道畅通。")
    review = _review(dated)
    assert review.document.kind == "plan"
    assert "missing_deadline" not in {fl.code for fl in review.findings[0].flags}


def test_labels_that_report_what_was_done_do_not_make_a_plan():
    done = REQUIRED.replace("整改要求：要组织人员", "整改情况：已组织人员").replace(
        "整改要求：要密切关注", "整改情况：已密切关注"
    ).replace("整改要求：要严格执行", "整改情况：已严格执行")
    assert _review(done).document.kind != "plan"
