"""Every message has both languages, and an English review is English throughout, punctuation too."""

from __future__ import annotations

import io
import re
from pathlib import Path

import docx
import openpyxl
import pytest
from page_text import visible_text
from sample_reports import PROGRESS
from typer.testing import CliRunner

from checker.api import review, review_file
from checker.cli import app
from checker.gate import RunOutcome
from checker.models import Review
from checker.options import ReviewOptions
from checker.reasons import REASONS, reason
from checker.renderers import render
from checker.renderers.common import LABELS, labelled
from checker.rubric import load_rubric
from checker.serve.pages import TEXT

RUBRIC = load_rubric(None)
FULL_WIDTH = re.compile(r"[（）【】：，；“”、]")
SEEDS = Path(__file__).resolve().parent.parent / "eval" / "seeds"
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z_-]{2,}")


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


def _english_seed() -> Review:
    """A review in English whose findings fail in numbers: several to rework, several flags each."""
    return review_file(next(SEEDS.glob("004_*.txt")), options=ReviewOptions(lang="en"))


def _frame(text: str, reviews: list[Review]) -> str:
    """What rectcheck wrote around the report's own words: quotes, titles, measures and owners taken out."""
    frame = re.sub(r"“[^”]*”|\"[^\"]*\"", "", text)
    for result in reviews:
        own = [result.document.path, result.document.title or ""]
        own += [part for f in result.findings for part in (f.title, f.measure_text, *f.owners)]
        for part in sorted(filter(None, own), key=len, reverse=True):
            frame = frame.replace(part, "")
    return frame


def test_an_english_workbook_uses_english_punctuation() -> None:
    results = [_english_seed(), review(PROGRESS, options=ReviewOptions(lang="en"))]
    cells = []
    for shown in (results[:1], results):  # one document: its 汇总 sheet; several: the 总表 over them
        data = render(shown, "xlsx", lang="en", rubric=RUBRIC, fail_on="error")
        assert isinstance(data, bytes)
        book = openpyxl.load_workbook(io.BytesIO(data))
        cells += [v for ws in book for row in ws.iter_rows(values_only=True) for v in row
                  if isinstance(v, str)]
    assert any(re.fullmatch(r"(F\d+, )+F\d+", c) for c in cells)  # the findings to rework
    named = r"[A-Z][a-z\u00a0]+\u00a0\d+"  # Formalism 3, its spaces no-break ones
    assert any(re.fullmatch(rf"({named}, )+{named}", c) for c in cells)  # the overview's flags by name and count
    assert any(re.fullmatch(r"([a-z_]+, )+[a-z_]+", c) for c in cells)  # and their codes
    for cell in cells:
        assert not FULL_WIDTH.search(_frame(cell, results)), cell


def test_english_word_comments_use_english_punctuation() -> None:
    seed = next(SEEDS.glob("004_*.txt"))
    for result, text in ((review(PROGRESS, options=ReviewOptions(lang="en")), PROGRESS),
                         (_english_seed(), seed.read_text(encoding="utf-8"))):
        texts = {result.document.path: text}
        data = render([result], "docx", lang="en", rubric=RUBRIC, fail_on="error", texts=texts)
        assert isinstance(data, bytes)
        comments = [c.text for c in docx.Document(io.BytesIO(data)).comments]
        assert comments
        # the report's own words (quoted evidence, titles) may be Chinese; the comment's frame is not
        for comment in comments:
            assert not FULL_WIDTH.search(_frame(comment, [result])), comment
    assert re.search(r"Needs rework: (F\d+, )+F\d+", comments[0])  # the summary on the title lists them so


def _closing_line(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["review", str(SEEDS), *args], env={"COLUMNS": "120"})
    return result.exit_code, result.output.rstrip("\n").splitlines()[-1]


def test_a_review_of_several_documents_closes_in_its_own_language() -> None:
    assert _closing_line() == (1, "退出码 1：4 个文档未通过门槛（--fail-on error）")
    assert _closing_line("--fail-on", "never") == (0, "退出码 0：所有文档都通过了门槛")
    assert _closing_line("--lang", "en") == (1, "exit 1: 4 document(s) fail the gate (--fail-on error)")
    both = RunOutcome(2, unreviewed=1, input_exit=2, failing=3, fail_on="warning", min_score=70)
    out = render([review(PROGRESS)] * 2, "text", lang="zh", rubric=RUBRIC, fail_on="warning", outcome=both)
    assert str(out).rstrip().endswith("退出码 2：1 个输入未能评审（退出码 2）；3 个文档未通过门槛（--fail-on warning，--min-score 70）")


@pytest.mark.parametrize(("backend", "zh", "en"), [("rules", "规则", "rules"), ("llm", "模型", "llm"),
                                                   ("hybrid", "规则与模型", "hybrid")])
def test_the_backend_is_named_in_the_reviews_language(backend: str, zh: str, en: str) -> None:
    result = review(PROGRESS).model_copy(update={"backend": backend})
    for lang, name in (("zh", zh), ("en", en)):
        shown = str(render([result], "text", lang=lang, rubric=RUBRIC, fail_on="error"))
        assert f"{labelled(lang, 'backend')}{name}\n" in shown


def _english_words(shown: str, source: str, path: str) -> set[str]:
    """Latin words of a Chinese view that are not a flag code, an option, a file name or the report's own."""
    allowed = {*RUBRIC.flags, "unsegmented", "pasted_measure", "rectcheck", "fail-on", "error", "warning",
               "never"}
    for own in (source, path, RUBRIC.id):
        allowed |= set(LATIN_WORD.findall(own))
    return {w for w in LATIN_WORD.findall(shown) if w not in allowed}


@pytest.mark.parametrize("backend", ["rules", "llm", "hybrid"])
def test_a_chinese_terminal_and_html_view_hold_no_english_words(backend: str) -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        source = path.read_text(encoding="utf-8")
        result = review_file(path).model_copy(update={"backend": backend})
        texts = {result.document.path: source}
        terminal = str(render([result, result], "text", lang="zh", rubric=RUBRIC, fail_on="error",
                              texts=texts, outcome=RunOutcome(1, failing=2)))
        page = visible_text(str(render([result], "html", lang="zh", rubric=RUBRIC, fail_on="error", texts=texts)))
        for view, shown in (("text", terminal), ("html", page)):
            assert not _english_words(shown, source, str(path)), (view, path.name)
