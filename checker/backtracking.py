"""Whether regular expressions answer in bounded time: each pattern is searched through a few long
texts made of its own characters (``a`` repeated for ``(a+)+$``), with a terminator none of them
expects, so a pattern that backtracks without bound shows itself on a few thousand characters.

Python's ``re`` cannot be interrupted - not by a timer, not from another thread - so the searches run
in a child process that is killed when one search takes longer than ``BUDGET_S``. Starting that
process costs tens of milliseconds, so it runs where a rubric is validated (``rectcheck rubric
validate``; the bundled rubrics are validated by the tests), not on every review's start. Only
``re`` is used, the engine the rules run on.

    python -I checker/backtracking.py < patterns.json   # the child: prints each index as it starts
"""

from __future__ import annotations

import json
import os
import re
import selectors
import subprocess
import sys
import time

# For one search. A runaway pattern never ends; a sound one takes milliseconds, or a few tenths of a
# second where it is quadratic on a text of one repeated character (``\d+…元`` on 2,000 digits).
BUDGET_S = 2.0
START_S = 15.0  # for the child to start before the first search
TEXT_CHARS = 2000
TERMINATOR = "\x00"  # matched by no rubric pattern: every search must fail, trying every way
_MAX_PIECES = 24  # characters, and words, tried alone
# Characters a pattern names by an escape or a wildcard, stood in for by one they match.
_STANDS = {"d": "1", "w": "a", "s": " ", "D": "a", "W": "!", "S": "a", "n": "\n", "t": "\t", "r": "\r"}
_EXTRA = ("a", "1", " ", "中", "\n")  # what most patterns meet in a report besides their own characters
_SYNTAX = set("()[]{}|*+?^$\\")
# Group openings and counted repeats name no character of the text: (?:, (?P<name>, {2,10}.
_NOT_TEXT = re.compile(r"\(\?(?:P<\w+>|<[=!]|[:=!>])|\{\d*(?:,\d*)?\}")


def _pieces(source: str) -> tuple[list[str], list[str]]:
    """The characters ``source`` names (escapes and ``.`` stood for) and its literal words (runs of
    plain characters: ``资金`` in ``(?:资金\\s*)+``), each in order of first appearance."""
    source = _NOT_TEXT.sub("(", source)
    chars: list[str] = []
    words: list[str] = []
    word = ""
    i = 0
    while i < len(source):
        ch, step, literal = source[i], 1, True
        if ch == "\\" and i + 1 < len(source):
            nxt = source[i + 1]
            step = 2
            width = {"x": 2, "u": 4, "U": 8}.get(nxt, 0)
            hexdigits = source[i + 2 : i + 2 + width]
            if width and len(hexdigits) == width and all(c in "0123456789abcdefABCDEF" for c in hexdigits):
                ch, step = chr(min(int(hexdigits, 16), sys.maxunicode)), 2 + width
            elif nxt in _STANDS:
                ch, literal = _STANDS[nxt], False
            else:
                ch = "" if nxt.isalnum() else nxt
        elif ch == ".":
            ch, literal = "a", False
        elif ch in _SYNTAX:
            ch, literal = "", False
        if ch and ch not in chars:
            chars.append(ch)
        if literal and ch:
            word += ch
        else:
            if len(word) > 1 and word not in words:
                words.append(word)
            word = ""
        i += step
    if len(word) > 1 and word not in words:
        words.append(word)
    return chars, words


def _repeated(piece: str) -> str:
    return (piece * (TEXT_CHARS // len(piece) + 1))[:TEXT_CHARS] + TERMINATOR


def trial_texts(source: str) -> list[str]:
    """Texts of ``TEXT_CHARS`` characters, each ending in ``TERMINATOR``: every character the pattern
    names repeated alone, every literal word of it repeated, then all its characters in turn."""
    chars, words = _pieces(source)
    singles = list(dict.fromkeys([*chars[:_MAX_PIECES], *_EXTRA]))
    texts = [_repeated(piece) for piece in [*singles, *words[:_MAX_PIECES]]]
    if chars:
        texts.append(_repeated("".join(chars)))
    return texts


def first_runaway(patterns: dict[str, str], budget: float = BUDGET_S) -> str | None:
    """The name of the first pattern with a search that takes longer than ``budget`` seconds, or None."""
    names = list(patterns)
    if not names:
        return None
    # This file run on its own, isolated (-I: no environment, no site, not even its own folder on the
    # path): the child needs only the standard library, whatever environment the parent runs in.
    child = subprocess.Popen(
        [sys.executable, "-I", os.path.abspath(__file__)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    assert child.stdin is not None and child.stdout is not None
    started: int | None = None
    try:
        child.stdin.write(json.dumps([patterns[n] for n in names]).encode("utf-8"))
        child.stdin.close()
        with selectors.DefaultSelector() as selector:
            selector.register(child.stdout, selectors.EVENT_READ)
            deadline = time.monotonic() + START_S
            pending = b""
            while True:
                if not selector.select(max(0.0, deadline - time.monotonic())):
                    return names[started] if started is not None else None  # the child never started: no verdict
                chunk = os.read(child.stdout.fileno(), 4096)
                if not chunk:
                    return None  # the child ended (done, or a pattern it could not even compile)
                pending += chunk
                *lines, pending = pending.split(b"\n")
                for line in lines:
                    if line == b"done":
                        return None
                    started, deadline = int(line), time.monotonic() + budget
    finally:
        child.kill()
        child.wait()
        child.stdout.close()


def _run_child() -> None:
    sources = json.loads(sys.stdin.read())
    for index, source in enumerate(sources):
        try:
            compiled = re.compile(source)
        except re.error:
            continue  # refused by the schema already
        for text in trial_texts(source):
            sys.stdout.write(f"{index}\n")  # the parent's clock for this search starts now
            sys.stdout.flush()
            compiled.search(text)
    sys.stdout.write("done\n")
    sys.stdout.flush()


if __name__ == "__main__":
    _run_child()
