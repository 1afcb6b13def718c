"""The list of what OpenCC's t2s can change is OpenCC's own, and a text the list says converts to
itself does: the reading view skips OpenCC for such texts and must read exactly what OpenCC gives."""

from __future__ import annotations

import random
from pathlib import Path

import opencc
import pytest

from checker.text import fold, t2s_changes

ROOT = Path(__file__).resolve().parent.parent
REPORTS = sorted((ROOT / "eval").glob("*/*.txt"))
T2S = opencc.OpenCC("t2s")


def test_the_shipped_list_is_what_the_installed_opencc_builds() -> None:
    if not (t2s_changes._opencc_share().parent.parent / "bin" / "opencc_dict").exists():
        pytest.skip("this OpenCC build ships no opencc_dict to read its dictionaries")
    built = t2s_changes.render(*t2s_changes.build())
    assert t2s_changes.DATA.read_text(encoding="utf-8") == built, "python -m checker.text.t2s_changes"
    chars, phrases = fold._changes()
    assert len(chars) > 4000 and "國" in chars and "国" not in chars
    assert tuple(ch for ch, keys in phrases if "回覆" in keys) == ("覆",)


def test_every_character_that_converts_alone_is_listed() -> None:
    chars, _ = fold._changes()
    every = [chr(cp) for low, high in t2s_changes.CJK_RANGES for cp in range(low, high + 1)]
    changed = {ch for ch, out in zip(every, t2s_changes.convert_each(every), strict=True) if out != ch}
    assert changed and changed <= chars


def _texts() -> list[str]:
    rng = random.Random(11)
    reports = [p.read_text(encoding="utf-8", errors="replace") for p in REPORTS]
    traditional = opencc.OpenCC("s2t")
    texts = reports + [traditional.convert(text) for text in reports]
    chars, phrases = fold._changes()
    pool = sorted(chars)
    sentences = [line for text in reports for line in text.split("\n") if line.strip()]
    for ch, keys in phrases:
        for key in keys:  # each key of several characters, alone and inside a simplified line
            line = rng.choice(sentences)
            at = rng.randrange(len(line) + 1)
            texts += [key, line[:at] + key + line[at:], key[:-1], ch]
    for _ in range(300):  # a simplified line with one changing character slipped in
        line = rng.choice(sentences)
        at = rng.randrange(len(line) + 1)
        texts.append(line[:at] + rng.choice(pool) + line[at:])
    return texts


def test_a_text_said_to_convert_to_itself_does() -> None:
    texts = _texts()
    for text in texts:
        if fold._converts_to_itself(text):
            assert T2S.convert(text) == text, text[:80]
        elif T2S.convert(text) == text:  # said to change while it does not: only a key of the list is there
            assert any(key in text for _, keys in fold._changes()[1] for key in keys), text[:80]
    # The usual simplified report skips OpenCC; traditional text and every changing key do not.
    simplified = [p.read_text(encoding="utf-8", errors="replace") for p in REPORTS]
    assert sum(map(fold._converts_to_itself, simplified)) > len(REPORTS) // 2
    traditional = [t for t in map(opencc.OpenCC("s2t").convert, simplified) if t not in simplified]
    assert len(traditional) > len(REPORTS) // 2 and not any(map(fold._converts_to_itself, traditional))


def test_the_view_of_traditional_and_simplified_reports_is_unchanged_by_the_shortcut(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = _texts()
    fast = [fold.to_simplified(text) for text in texts]
    monkeypatch.setattr(fold, "_converts_to_itself", lambda text: False)
    assert fast == [fold.to_simplified(text) for text in texts]
