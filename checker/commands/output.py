"""Where a command's result goes: a file (named on stderr) or standard output.

Every command that writes files says which (one line each, unless asked to be quiet); a reader
that stops early (``| head``) ends the output quietly; an output that cannot take it is said in one
line, exit 2.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from checker.errors import UsageError
from checker.renderers.write import silence_stdout, write_atomic


def to_stdout(data: str | bytes) -> None:
    """Write the result to standard output. A reader that stops early (``| head``) ends the output
    quietly, as it does for other command-line tools, and the gate's exit code stands; an output
    that cannot take it (a full disk, ``/dev/full``) is said in one line, exit 2."""
    try:
        if isinstance(data, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        else:
            sys.stdout.write(data)
            sys.stdout.flush()
    except BrokenPipeError:
        silence_stdout()
    except OSError as exc:
        raise UsageError(f"cannot write the review to standard output ({exc.strerror or exc})") from None


def say(line: str) -> None:
    """One line on stderr, with anything from outside made visible."""
    from checker.renderers.safe import line_safe

    sys.stderr.write(line_safe(line) + "\n")
    sys.stderr.flush()


def refuse_inputs(output: Path | None, inputs: list[Path]) -> None:
    """``--output`` must not name an input: the user's own draft is read, never written."""
    if output is None:
        return
    from checker.commands.inputs import InputFiles

    held = InputFiles(inputs).holding(output)
    if held is not None:
        raise UsageError(f"{output}: --output would overwrite the input file {held}; choose another path")


def write_output(target: Path, text: str | bytes, announce: Callable[[str], None] | None = None) -> None:
    """Write one output file and say so through ``announce`` (stderr, unless ``--quiet``): a run
    that writes files is never silent about where they went."""
    try:
        write_atomic(target, text)
    except OSError as exc:
        raise UsageError(f"{target}: cannot write output ({exc.strerror or exc})") from None
    if announce is not None:
        announce(f"rectcheck: wrote {target}")


def deliver(rendered: str | bytes, fmt: str, output: Path | None) -> None:
    """A result to ``output`` (named on stderr) or to standard output; a binary one is not written
    to a terminal, and text is screened of control characters from outside (JSON and HTML escape
    their own)."""
    from checker.renderers.safe import screen_safe

    if output is not None:
        write_output(output, rendered, say)
    elif isinstance(rendered, bytes):
        if sys.stdout.isatty():
            raise UsageError(f"--format {fmt} is a binary file: give --output FILE")
        to_stdout(rendered)
    else:
        to_stdout(rendered if fmt in ("json", "html") else screen_safe(rendered))
