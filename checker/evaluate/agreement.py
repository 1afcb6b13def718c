"""Agreement between two labellers on the same cases: Cohen's kappa per flag, responsiveness overlap.

The second labeller labels a sample of documents into their own directory (same record format,
their own ``labeller``); this compares the cases both labelled. Usage:
``python -m checker.evaluate.agreement eval path/to/second/labels``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from pydantic import BaseModel

from checker.evaluate.dataset import Dataset, load_dataset
from checker.evaluate.metrics import cohen_kappa
from checker.models import FLAG_CODES


class Agreement(BaseModel):
    cases: int  # finding and document cases labelled by both
    kappa: dict[str, float | None]  # per flag code, over the shared cases
    exact_flags: float | None  # share of cases with identical flag sets
    responsiveness_overlap: float | None  # share of finding cases whose ranges overlap
    disagreements: list[str]  # case ids whose flag sets differ


def _cases(data: Dataset) -> dict[str, tuple[set[str], tuple[int, int] | None]]:
    out: dict[str, tuple[set[str], tuple[int, int] | None]] = {}
    for record in data.documents:
        out[record.document_case_id] = (set(record.document_flags), None)
        for label in record.findings:
            out[record.case_id(label.index)] = (set(label.flags), label.responsiveness)
    return out


def agreement(first: Dataset, second: Dataset) -> Agreement:
    a, b = _cases(first), _cases(second)
    shared = sorted(set(a) & set(b))
    kappa = {
        code: cohen_kappa([code in a[c][0] for c in shared], [code in b[c][0] for c in shared]) for code in FLAG_CODES
    }
    same = [c for c in shared if a[c][0] == b[c][0]]
    ranged = [c for c in shared if a[c][1] is not None and b[c][1] is not None]
    overlap = [c for c in ranged if a[c][1][0] <= b[c][1][1] and b[c][1][0] <= a[c][1][1]]  # type: ignore[index]
    return Agreement(
        cases=len(shared),
        kappa=kappa,
        exact_flags=len(same) / len(shared) if shared else None,
        responsiveness_overlap=len(overlap) / len(ranged) if ranged else None,
        disagreements=[c for c in shared if a[c][0] != b[c][0]],
    )


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        sys.stderr.write("usage: python -m checker.evaluate.agreement FIRST_DIR SECOND_DIR\n")
        return 2
    result = agreement(load_dataset(Path(argv[0])), load_dataset(Path(argv[1])))
    sys.stdout.write(result.model_dump_json(indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
