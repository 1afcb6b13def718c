"""Exceptions with a one-line message for the user; the CLI maps them to exit codes."""

from __future__ import annotations

from checker.reasons import Reason


class RectcheckError(Exception):
    """Base class: ``str(exc)`` is the one line shown to the user."""

    exit_code = 2


class InputError(RectcheckError):
    """The input cannot be read as a report (missing, empty, binary, corrupt, too large …). Exit 2.

    ``reason`` is the English line (what the command line prints); ``why`` its catalogue key and
    values when a reader gave them, so the local page can say it in its own language."""

    def __init__(self, path: str, reason: str | Reason) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = str(reason)
        self.why = reason if isinstance(reason, Reason) else None

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str | Reason]]:
        return type(self), (self.path, self.why or self.reason)  # pickled whole, key and values too


class UsageError(RectcheckError):
    """Bad options or configuration. Exit 2."""


class RubricError(RectcheckError):
    """A rubric file that does not validate or cannot be found. Exit 2."""


class BackendError(RectcheckError):
    """The chosen backend produced no result (e.g. the LLM endpoint stayed unreachable). Exit 3."""

    exit_code = 3


class Terminated(BaseException):
    """SIGTERM arrived: unwinds like KeyboardInterrupt (temporary files removed), exit 143."""
