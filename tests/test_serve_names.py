"""Names of uploaded files on the local page: characters that act instead of showing (the
right-to-left override U+202E, zero-width and other format characters, controls) are shown as
visible stand-ins on the page and in the reviews, and never reach a download's file name."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote

import httpx
from read_fixtures import plan_docx
from render_samples import TEXT
from serve_process import served

from checker.serve.names import content_disposition, safe_name, visible

RLO = "\u202e"  # right-to-left override: "a\u202egnp.docx" reads as "axcod.png"
HIDDEN = [RLO, "\u2066", "\u200b", "\ufeff", "\u00ad", "\u2028", "\x1b", "\x85"]


def _saved_name(disposition: str) -> str:
    return unquote(re.search(r"filename\*=UTF-8''(\S+)", disposition).group(1))  # type: ignore[union-attr]


def test_hidden_characters_in_a_file_name_are_shown_and_never_downloaded(tmp_path: Path) -> None:
    plan = plan_docx(tmp_path / "plan.docx")
    sent = f"a{RLO}gnp.docx"
    with served(tmp_path / "home") as server:
        base = server.url.rstrip("/")
        posted = httpx.post(f"{server.url}review", data={"backend": "rules", "lang": "zh"},
                            files={"files": (sent, plan.read_bytes())}, follow_redirects=False, timeout=60)  # fmt: skip
        location = posted.headers["location"]
        assert re.fullmatch(r"/jobs/[\w-]+/1", location), posted.text[:300]
        page = httpx.get(base + location, timeout=30).text
        assert RLO not in page and "a[U+202E]gnp.docx" in page
        got = httpx.get(f"{base}{location}.docx", timeout=60)
        disposition = got.headers["content-disposition"]
        assert got.status_code == 200 and RLO not in disposition and "%E2%80%AE" not in disposition.upper()
        assert _saved_name(disposition) == "a[U+202E]gnp-批注.docx"
        data = json.loads(httpx.get(f"{base}{location}.json", timeout=30).text)
        assert data["document"]["path"] == "a[U+202E]gnp.docx"
        # Several files: the table shows each name as it is.
        names = [f"b{RLO}txt.md", "c\u200b.txt"]
        posted = httpx.post(f"{server.url}review", data={"backend": "rules", "lang": "zh"},
                            files=[("files", (n, TEXT.encode())) for n in names], follow_redirects=False,
                            timeout=60)  # fmt: skip
        table = httpx.get(base + posted.headers["location"], timeout=30).text
        assert RLO not in table and "\u200b" not in table
        assert "b[U+202E]txt.md" in table and "c[U+200B].txt" in table


def test_every_hidden_character_gets_a_stand_in() -> None:
    for char in HIDDEN:
        name = safe_name(f"x{char}y.docx")
        assert char not in name and f"[U+{ord(char):04X}]" in name
        assert visible(char) == f"[U+{ord(char):04X}]"
    assert safe_name("C:\\Users\\me\\整改方案.docx") == "整改方案.docx"
    assert visible("整改 report (2).docx") == "整改 report (2).docx"  # what shows stays as it is
    # A download's name never carries one, whatever it was built from.
    for char in HIDDEN:
        disposition = content_disposition(f"a{char}b-批注.docx")
        assert char not in disposition and _saved_name(disposition) == "a_b-批注.docx"
        assert disposition.startswith('attachment; filename="a_b-__.docx"')
