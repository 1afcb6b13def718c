"""Exceptions with a one-line message for the user; the CLI maps them to exit codes."""

from __future__ import annotations


class RectcheckError(Exception):
    """Base class: ``str(exc)`` is the one line shown to the user."""

    exit_code = 2


class InputError(RectcheckError):
    """The input cannot be read as a report (missing, empty, binary, corrupt, too large …). Exit 2."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class UsageError(RectcheckError):
    """Bad options or configuration. Exit 2."""


class RubricError(RectcheckError):
    """A rubric file that does not validate or cannot be found. Exit 2."""


class BackendError(RectcheckError):
    """The chosen backend produced no result (e.g. the LLM endpoint stayed unreachable). Exit 3."""

    exit_code = 3


class Terminated(BaseException):
    """SIGTERM arrived: unwinds like KeyboardInterrupt (temporary files removed), exit 143."""
