"""Text from outside — a report, a file name, a model's answer, an exception about them — made
harmless for a terminal before rectcheck prints it: C0 controls (but newline and tab), DEL and the
C1 controls become visible stand-ins, one character for one, so offsets into a text still hold.
``\\x1b]52;…`` (write the clipboard), ``\\x1b]0;…`` (window title) or ``\\x1b[2J`` (clear the screen)
then show as text instead of acting. rectcheck's own colours are added after this."""

from __future__ import annotations

from typing import Any

from checker.models import Review

# C0 → the Control Pictures block (U+2400 + code: ESC → ␛), DEL → ␡, C1 → U+FFFD.
_SCREEN: dict[int, int] = {code: 0x2400 + code for code in range(0x20) if chr(code) not in "\n\t"}
_SCREEN[0x7F] = 0x2421
_SCREEN.update(dict.fromkeys(range(0x80, 0xA0), 0xFFFD))
_LINE = {**_SCREEN, ord("\n"): 0x2424, ord("\t"): 0x2409}  # a one-line message keeps to one line


def screen_safe(text: str) -> str:
    """``text`` with every control character but newline and tab made visible."""
    return text.translate(_SCREEN)


def line_safe(text: str) -> str:
    """``text`` as one line: newlines and tabs made visible too."""
    return text.translate(_LINE)


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return value.translate(_SCREEN)
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_clean(v) for v in value)
    return value


def safe_reviews(reviews: list[Review], texts: dict[str, str] | None) -> tuple[list[Review], dict[str, str] | None]:
    """Reviews and source texts with every string screen-safe (paths, the keys of ``texts``, too)."""
    clean = [Review.model_validate(_clean(r.model_dump())) for r in reviews]
    return clean, None if texts is None else {screen_safe(k): screen_safe(v) for k, v in texts.items()}
