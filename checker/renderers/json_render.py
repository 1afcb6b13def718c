"""JSON: the contract's schema_version 1 object per document (an array for several)."""

from __future__ import annotations

import json

from checker.models import Review


def render_json(reviews: list[Review], *, as_list: bool) -> str:
    data = [r.to_json_dict() for r in reviews]
    return json.dumps(data if as_list else data[0], ensure_ascii=False, indent=2) + "\n"
