"""Every message has both languages, and an English review is English throughout, punctuation too."""

from __future__ import annotations

import io
import re

import docx
from sample_reports import PROGRESS

from checker.api import review
from checker.options import ReviewOptions
from checker.reasons import REASONS, reason
from checker.renderers import render
from checker.renderers.common import LABELS
from checker.rubric import load_rubric
from checker.serve.pages import TEXT

RUBRIC = load_rubric(None)
FULL_WIDTH = re.compile(r"[（）【】：，；“”]")


def test_every_label_and_page_text_exists_in_both_languages() -> None:
    assert set(LABELS["zh"]) == set(LABELS["en"])
    assert set(TEXT["zh"]) == set(TEXT["en"])
    assert set(REASONS["zh"]) == set(REASONS["en"])


def _placeholders(template: str) -> set[str]:
    return {m.split(":")[0] for m in re.findall(r"\{([^{}]*)\}", template)}


def test_every_reason_takes_the_same_values_in_both_languages() -> None:
    for key, english in REASONS["en"].items():
        assert _placeholders(REASONS["zh"][key]) == _placeholders(english), key
    why = reason("too_large", size="21.0 MB", limit="20.0 MB")
    assert str(why) == "file too large: 21.0 MB exceeds the limit of 20.0 MB (--max-bytes)"  # the command line's line
    assert why.text("zh") == "文件过大：21.0 MB，超过上限 20.0 MB（--max-bytes）"
    assert not re.search(r"[\u4e00-\u9fff]", "".join(v for k, v in REASONS["en"].items() if not k.startswith("office_")))


def test_english_word_comments_use_english_punctuation() -> None:
    result = review(PROGRESS, options=ReviewOptions(lang="en"))
    data = render([result], "docx", lang="en", rubric=RUBRIC, fail_on="error", texts={result.document.path: PROGRESS})
    assert isinstance(data, bytes)
    comments = [c.text for c in docx.Document(io.BytesIO(data)).comments]
    assert comments
    for text in comments:
        # the report's own words (quoted evidence, titles) may be Chinese; the comment's frame is not
        frame = re.sub(r"“[^”]*”|\"[^\"]*\"", "", text)
        for finding in result.findings:
            frame = frame.replace(finding.title, "")
        assert not FULL_WIDTH.search(frame), text
