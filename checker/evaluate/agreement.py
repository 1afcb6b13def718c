"""Agreement between two labellers on the same cases: Cohen's kappa per flag, responsiveness overlap.

The second labeller labels documents into their own directory (label records, see
``checker.evaluate.labels``, or full dataset records); this compares the cases both labelled. Usage:
``python -m checker.evaluate.agreement FIRST SECOND`` where each is a label directory
(``eval/labels/annotator-2``) or a dataset root (``eval``).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

from pydantic import BaseModel

from checker.evaluate.dataset import Dataset, FindingLabel, load_dataset
from checker.evaluate.labels import load_label_set
from checker.evaluate.metrics import cohen_kappa
from checker.flags import flag_codes


class Labelled(Protocol):
    """What a dataset record and a label record share."""

    document_flags: list[str]
    findings: list[FindingLabel]

    def case_id(self, index: int) -> str: ...

    @property
    def document_case_id(self) -> str: ...


class Agreement(BaseModel):
    cases: int  # finding and document cases labelled by both
    kappa: dict[str, float | None]  # per flag code, over the shared cases
    support: dict[str, tuple[int, int]]  # per flag code: cases labelled with it by the first, the second
    exact_flags: float | None  # share of cases with identical flag sets
    responsiveness_overlap: float | None  # share of finding cases whose ranges overlap
    disagreements: list[str]  # case ids whose flag sets differ


Cases = dict[str, tuple[set[str], tuple[int, int] | None]]


def cases_of(records: Iterable[Labelled]) -> Cases:
    out: Cases = {}
    for record in records:
        out[record.document_case_id] = (set(record.document_flags), None)
        for label in record.findings:
            out[record.case_id(label.index)] = (set(label.flags), label.responsiveness)
    return out


def agreement(first: Dataset | Iterable[Labelled], second: Dataset | Iterable[Labelled]) -> Agreement:
    a = cases_of(first.documents if isinstance(first, Dataset) else first)
    b = cases_of(second.documents if isinstance(second, Dataset) else second)
    shared = sorted(set(a) & set(b))
    kappa = {
        code: cohen_kappa([code in a[c][0] for c in shared], [code in b[c][0] for c in shared]) for code in flag_codes()
    }
    support = {code: (sum(code in a[c][0] for c in shared), sum(code in b[c][0] for c in shared)) for code in flag_codes()}
    same = [c for c in shared if a[c][0] == b[c][0]]
    ranged = [c for c in shared if a[c][1] is not None and b[c][1] is not None]
    overlap = [c for c in ranged if a[c][1][0] <= b[c][1][1] and b[c][1][0] <= a[c][1][1]]  # type: ignore[index]
    return Agreement(
        cases=len(shared),
        kappa=kappa,
        support=support,
        exact_flags=len(same) / len(shared) if shared else None,
        responsiveness_overlap=len(overlap) / len(ranged) if ranged else None,
        disagreements=[c for c in shared if a[c][0] != b[c][0]],
    )


def _load(path: Path) -> Dataset | list:
    return load_dataset(path) if (path / "dataset").is_dir() else load_label_set(path)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        sys.stderr.write("usage: python -m checker.evaluate.agreement FIRST SECOND\n")
        return 2
    result = agreement(_load(Path(argv[0])), _load(Path(argv[1])))
    sys.stdout.write(result.model_dump_json(indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
