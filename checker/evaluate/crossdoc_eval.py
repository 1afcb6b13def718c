"""The evaluation sets of ``rectcheck diff`` and of the folder pass, labelled from the texts before
either read them (``<dataset>/crossdoc/diff-*.yaml``, ``<dataset>/crossdoc/folder-*.yaml``).

Draft pairs: each label is a flag event an inspector sees between two drafts of one document (a flag
``resolved``, ``new`` or ``remaining`` on a finding), or a finding whose measure was ``only reworded``.
A raised event matches a label when its code and change agree and the label's phrase stands in the
problem text of the finding it is about (in either draft). Folders: each label is one place that
carries ``pasted_measure``; a raised flag matches when it is on that document and the phrase stands in
its finding's problem text. Scored per kind of event, as the trace set is per flag.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from checker.crossdoc.pairing import finding_words
from checker.errors import UsageError
from checker.evaluate.metrics import FlagScore, pooled
from checker.models import Review
from checker.rubric import Rubric, load_rubric

REWORDED = "only_reworded"
M = TypeVar("M", bound=BaseModel)


class DiffLabel(BaseModel):
    model_config = ConfigDict(extra="forbid")

    finding: str = Field(min_length=2)  # a phrase of the finding's own problem text
    code: str
    change: Literal["resolved", "new", "remaining"]
    note: str = ""


class DiffPairRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    old: str
    new: str
    labels: list[DiffLabel] = Field(default_factory=list)
    reworded: list[str] = Field(default_factory=list)  # findings whose measure changed words only
    negatives: list[str] = Field(default_factory=list)


class FolderDocument(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    text: str


class FolderLabel(BaseModel):
    model_config = ConfigDict(extra="forbid")

    document: str
    finding: str = Field(min_length=2)
    note: str = ""


class FolderRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    documents: list[FolderDocument] = Field(min_length=2)
    labels: list[FolderLabel] = Field(default_factory=list)
    negatives: list[str] = Field(default_factory=list)


class CaseResult(BaseModel):
    id: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    missed: list[str] = Field(default_factory=list)
    extra: list[str] = Field(default_factory=list)


class CrossdocEvalResult(BaseModel):
    cases: list[CaseResult]
    kinds: dict[str, FlagScore]  # by event: resolved / new / remaining / only_reworded, or pasted_measure
    micro_precision: float | None
    micro_recall: float | None
    micro_f1: float | None
    # added: the same figures for each labelled file (diff-blind.yaml …), when there are several
    sets: dict[str, CrossdocEvalResult] = Field(default_factory=dict)


def load_record_files(
    folder: Path, pattern: str, model: type[M], what: str = "evaluation file",
) -> list[tuple[str, list[M]]]:
    """The records of every YAML file matching ``pattern`` in ``folder`` (one record or a list per
    file), validated, by file name; a file that is not one is a usage error naming it."""
    files: list[tuple[str, list[M]]] = []
    for file in sorted(folder.glob(pattern)):
        try:
            raw = yaml.safe_load(file.read_text(encoding="utf-8")) or []
            items = raw if isinstance(raw, list) else [raw]
            files.append((file.name, [model.model_validate(r) for r in items]))
        except (OSError, yaml.YAMLError, ValidationError) as exc:
            raise UsageError(f"{file}: not a valid {what} ({str(exc).splitlines()[0]})") from None
    return files


def load_records(folder: Path, pattern: str, model: type[M], what: str = "evaluation file") -> list[M]:
    """The records of every YAML file matching ``pattern`` in ``folder``, in one list."""
    return [r for _, records in load_record_files(folder, pattern, model, what) for r in records]


Event = tuple[str, str, str]  # (kind, phrase or finding text, document: "" in a pair)


def match_events(result: CaseResult, want: Sequence[Event], got: Sequence[Event], counts: dict[str, FlagScore]) -> None:
    """Count one case into ``result`` and ``counts``: each wanted (kind, phrase, document) matches a
    raised (kind, finding text, document) of the same kind and document whose text holds the phrase."""
    free = list(got)
    for kind, phrase, doc in want:
        hit = next((r for r in free if r[0] == kind and phrase in r[1] and r[2] == doc), None)
        score = counts.setdefault(kind, FlagScore(code=kind))
        if hit is not None:
            free.remove(hit)
            result.tp += 1
            score.tp += 1
        else:
            result.fn += 1
            score.fn += 1
            result.missed.append(f"{kind}: {phrase}")
    for kind, text, _doc in free:
        result.fp += 1
        counts.setdefault(kind, FlagScore(code=kind)).fp += 1
        result.extra.append(f"{kind}: {text[:30]}")


def _score(wanted: list[list[Event]], raised: list[list[Event]], ids: list[str], kinds: list[str]) -> CrossdocEvalResult:
    """Every case matched (:func:`match_events`) and scored per kind and pooled."""
    counts = {k: FlagScore(code=k) for k in kinds}
    cases = [CaseResult(id=case_id) for case_id in ids]
    for result, want, got in zip(cases, wanted, raised, strict=True):
        match_events(result, want, got, counts)
    for s in counts.values():
        s.settle()
    precision, recall, f1 = pooled(counts)
    return CrossdocEvalResult(cases=cases, kinds=counts, micro_precision=precision, micro_recall=recall, micro_f1=f1)


def finding_texts(review: Review) -> dict[str, str]:
    """Each finding's words a label's phrase is looked for in (title, problem text, group), by id."""
    return {f.id: finding_words(f.title, f.finding_text, f.group) for f in review.findings}


Scorer = Callable[[list[list[Event]], list[list[Event]], list[str]], CrossdocEvalResult]


def by_set(files: Sequence[tuple[str, Sequence[object]]], ids: list[str], wanted: list[list[Event]],
           raised: list[list[Event]], score: Scorer) -> CrossdocEvalResult:  # fmt: skip
    """All records scored together, and each file's apart when there are several (``files``: each
    file's name and records, in the order of ``ids``, ``wanted`` and ``raised``)."""
    result = score(wanted, raised, ids)
    if len(files) > 1:
        start = 0
        for name, records in files:
            end = start + len(records)
            result.sets[name] = score(wanted[start:end], raised[start:end], ids[start:end])
            start = end
    return result


def _by_change(wanted: list[list[Event]], raised: list[list[Event]], ids: list[str]) -> CrossdocEvalResult:
    """Draft-pair events scored by change, not by code: how well each kind of event is told."""
    result = _score(wanted, raised, ids, [])
    by_change: dict[str, FlagScore] = {}
    for key, s in result.kinds.items():
        change = key.rsplit(":", 1)[-1]
        agg = by_change.setdefault(change, FlagScore(code=change))
        agg.tp, agg.fp, agg.fn = agg.tp + s.tp, agg.fp + s.fp, agg.fn + s.fn
    result.kinds = {change: s.settle() for change, s in sorted(by_change.items())}
    return result


def evaluate_diff(folder: Path, rubric: object) -> CrossdocEvalResult | None:
    """Score ``rectcheck diff`` on every labelled draft pair under ``folder``; None when there is none."""
    from checker.api import review
    from checker.crossdoc.diff import diff_reviews

    files = load_record_files(folder, "diff-*.yaml", DiffPairRecord) if folder.is_dir() else []
    records = [r for _, rs in files for r in rs]
    if not records:
        return None
    loaded = _loaded(rubric)
    wanted: list[list[Event]] = []
    raised: list[list[Event]] = []
    for record in records:
        old, new = review(record.old, rubric=loaded), review(record.new, rubric=loaded)
        drafted = diff_reviews(old, new, loaded)
        old_text, new_text = finding_texts(old), finding_texts(new)
        got: list[Event] = []
        for fd in drafted.findings:
            text = f"{old_text.get(fd.old_id or '', '')} {new_text.get(fd.new_id or '', '')}"
            got += [(f"{fc.code}:{fc.change}", text, "") for fc in fd.flags]
            if fd.only_reworded:
                got.append((REWORDED, text, ""))
        raised.append(got)
        wanted.append([(f"{lab.code}:{lab.change}", lab.finding, "") for lab in record.labels]
                      + [(REWORDED, phrase, "") for phrase in record.reworded])  # fmt: skip
    return by_set(files, [r.id for r in records], wanted, raised, _by_change)


def _loaded(rubric: object) -> Rubric:
    """The rubric as the cross-document passes take it: loaded."""
    return rubric if isinstance(rubric, Rubric) else load_rubric(rubric)  # type: ignore[arg-type]


def evaluate_folders(folder: Path, rubric: object) -> CrossdocEvalResult | None:
    """Score the folder pass (``pasted_measure``) on every labelled folder under ``folder``."""
    from checker.api import review
    from checker.folder import review_folder

    files = load_record_files(folder, "folder-*.yaml", FolderRecord) if folder.is_dir() else []
    records = [r for _, rs in files for r in rs]
    if not records:
        return None
    loaded = _loaded(rubric)
    wanted: list[list[Event]] = []
    raised: list[list[Event]] = []
    for record in records:
        reviews = [review(d.text, rubric=loaded, path=d.name) for d in record.documents]
        together = review_folder(reviews, {d.name: d.text for d in record.documents}, loaded, "zh")
        raised.append([("pasted_measure", texts[f.id], r.document.path)
                       for r, texts in ((r, finding_texts(r)) for r in together)
                       for f in r.findings if any(fl.code == "pasted_measure" for fl in f.flags)])  # fmt: skip
        wanted.append([("pasted_measure", lab.finding, lab.document) for lab in record.labels])
    return by_set(files, [r.id for r in records], wanted, raised,
                  lambda w, r, ids: _score(w, r, ids, ["pasted_measure"]))  # fmt: skip
