"""Builds ``t2s_changes.txt``: what OpenCC's ``t2s`` conversion can change, so that a text holding
none of it is known to convert to itself without loading OpenCC (see ``fold.to_simplified``).

OpenCC changes a text only where one of its dictionary keys matches and the key's value differs
from the key. The file lists

- line 1: every character that a conversion of that character alone changes;
- then the keys of several characters that can change although none of their characters is on
  line 1 (回覆 → 回复, while 覆 alone stays 覆), one line for each character they hold in common:
  that character, a tab, the keys.

A text that holds no character of line 1 and none of the listed keys contains no key that changes,
so its conversion is the text itself. The keys are read from the dictionaries the ``t2s``
configuration names, dumped by OpenCC's own ``opencc_dict`` tool; what each key becomes is asked of
the converter. Regenerate after upgrading OpenCC: ``python -m checker.text.t2s_changes``.
"""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path

DATA = Path(__file__).with_name("t2s_changes.txt")

# Every CJK ideograph block and its compatibility forms, checked on top of the dictionaries' keys.
CJK_RANGES = ((0x2E80, 0x2FDF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x323AF))


def _opencc_share() -> Path:
    import opencc

    return Path(opencc.__file__).parent / "clib" / "share" / "opencc"


def _dictionary_files(config: dict) -> list[str]:
    files: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if node.get("type") == "ocd2":
                files.append(node["file"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(config)
    return files


def dictionary_entries() -> dict[str, list[str]]:
    """Every key of the dictionaries ``t2s`` uses, with its values, as ``opencc_dict`` dumps them."""
    share = _opencc_share()
    tool = share.parent.parent / "bin" / "opencc_dict"
    config = json.loads((share / "t2s.json").read_text(encoding="utf-8"))
    entries: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in _dictionary_files(config):
            dumped = Path(tmp) / f"{name}.txt"
            subprocess.run(
                [str(tool), "-i", str(share / name), "-o", str(dumped), "-f", "ocd2", "-t", "text"],
                check=True,
                capture_output=True,
                timeout=60,
            )
            for line in dumped.read_text(encoding="utf-8").split("\n"):
                if line:
                    key, values = line.split("\t", 1)
                    entries.setdefault(key, []).extend(values.split(" "))
    return entries


def convert_each(texts: list[str]) -> list[str]:
    """Each text converted on its own (in one call: no key holds a line break)."""
    import opencc

    return opencc.OpenCC("t2s").convert("\n".join(texts)).split("\n")


def build() -> tuple[str, dict[str, list[str]]]:
    """(characters that change alone, keys of several characters that change without them)."""
    entries = dictionary_entries()
    candidates = {ch for key in entries for ch in key}
    candidates.update(chr(cp) for low, high in CJK_RANGES for cp in range(low, high + 1))
    ordered = sorted(candidates)
    chars = {ch for ch, out in zip(ordered, convert_each(ordered), strict=True) if out != ch}
    keys = sorted(key for key in entries if len(key) > 1 and not chars.intersection(key))
    converted = convert_each(keys)
    phrases: dict[str, list[str]] = {}
    for key, out in zip(keys, converted, strict=True):
        values = [out, *entries[key]]
        if any(value != key for value in values):
            phrases.setdefault(_telltale(key, values), []).append(key)
    return "".join(sorted(chars)), phrases


def _telltale(key: str, values: list[str]) -> str:
    """The character of ``key`` that a value replaces (覆 of 回覆 → 回复): any character of the key
    would do to find it, this one is the rarest in a simplified text."""
    for value in values:
        if len(value) == len(key):
            for ch, new in zip(key, value, strict=True):
                if ch != new:
                    return ch
    return key[0]


def render(chars: str, phrases: dict[str, list[str]]) -> str:
    lines = [chars, *(f"{ch}\t{' '.join(keys)}" for ch, keys in sorted(phrases.items()))]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    DATA.write_text(render(*build()), encoding="utf-8")
