"""The command line: a thin typer layer over the pipeline. Exit codes follow the contract:
0 done and the gate holds, 1 the gate fails, 2 bad usage or input, 3 the backend failed."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from typer.core import TyperCommand, TyperGroup

from checker.errors import RectcheckError, Terminated
from checker.renderers.formats import FORMATS


def _prepare_params(params: list) -> list:
    """On/off options take no value, so help shows no ``<bool>`` type beside them."""
    for param in params:
        if getattr(param, "is_flag", False) and param.metavar is None:
            param.metavar = ""
    return params


class _Command(TyperCommand):
    def get_params(self, ctx: typer.Context) -> list:  # type: ignore[override]
        return _prepare_params(super().get_params(ctx))


class _Group(TyperGroup):
    def get_params(self, ctx: typer.Context) -> list:  # type: ignore[override]
        return _prepare_params(super().get_params(ctx))


HELP_OPTIONS = {"help_option_names": ["-h", "--help"]}
MAX_PORT = 65535

app = typer.Typer(
    name="rectcheck",
    help="Critique rectification reports (整改情况通报, 整改方案, 工作汇报): does each measure answer its finding?",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings=HELP_OPTIONS,
    cls=_Group,
)
rubric_app = typer.Typer(
    help="List, show and validate rubrics.", no_args_is_help=True, context_settings=HELP_OPTIONS, cls=_Group
)
app.add_typer(rubric_app, name="rubric")
baseline_app = typer.Typer(
    help="Accept known flags one by one, with a reason.", no_args_is_help=True, context_settings=HELP_OPTIONS, cls=_Group
)
app.add_typer(baseline_app, name="baseline")


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            typer.echo(f"rectcheck {version('rectcheck')}")
        except PackageNotFoundError:  # running from a source tree that was never installed
            typer.echo("rectcheck (not installed)")
        raise typer.Exit(0)


@app.callback()
def _main(
    show_version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Critique rectification reports (整改情况通报, 整改方案, 工作汇报): does each measure answer its finding?"""


if TYPE_CHECKING:
    ReviewFormat = str
else:  # the output formats of the registry, as the choices typer offers and checks
    ReviewFormat = StrEnum("ReviewFormat", [(name, name) for name in FORMATS])
TEXT_FORMAT = ReviewFormat("text")


class ParseFormat(StrEnum):
    text = "text"
    json = "json"


class Backend(StrEnum):
    rules = "rules"
    llm = "llm"
    hybrid = "hybrid"


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    never = "never"


class LangOpt(StrEnum):
    zh = "zh"
    en = "en"


@contextmanager
def _terminate_by_exception() -> Iterator[None]:
    """SIGTERM unwinds the stack like Ctrl-C, so a write in progress removes its temporary file."""
    import signal
    import threading

    def raise_terminated(signum: int, frame: object) -> None:
        raise Terminated

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _fail(exc: RectcheckError) -> typer.Exit:
    from checker.renderers.safe import line_safe

    typer.echo(line_safe(f"rectcheck: {exc}"), err=True)
    return typer.Exit(exc.exit_code)


def _min_score(text: str) -> float:
    """``--min-score``: refused with the range it must lie in (nan and inf too), not a bound it missed."""
    from checker.config import min_score_value

    try:
        return min_score_value(text)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


@app.command(cls=_Command)
def review(
    paths: Annotated[list[Path], typer.Argument(help="Report files or directories.", readable=False)],
    backend: Annotated[Backend | None, typer.Option(help="rules (offline), llm or hybrid.")] = None,
    rubric: Annotated[str | None, typer.Option(help="Rubric id (id or id@version) or a rubric file.")] = None,
    format: Annotated[ReviewFormat, typer.Option("--format", "-f", help="Output format. docx: the critique as Word comments (批注) in a copy of the document; xlsx: the 问题清单 workbook.")] = TEXT_FORMAT,
    # A str, not a Path: a trailing "/" (write one file per document into a directory) must survive.
    output: Annotated[str | None, typer.Option("--output", "-o", help="Write here (a file, or a directory for several inputs).")] = None,
    fail_on: Annotated[FailOn | None, typer.Option(help="Gate: fail on flags at or above this severity.")] = None,
    min_score: Annotated[
        float | None,
        typer.Option(
            parser=_min_score, metavar="N", help="Gate: fail when a document scores below N (0-100)."
        ),
    ] = None,
    lang: Annotated[LangOpt | None, typer.Option(help="Language of messages.")] = None,
    jobs: Annotated[int | None, typer.Option(help="rules: documents reviewed in parallel processes (default: one per core); llm/hybrid: findings judged at once (default 8); 1-256.")] = None,
    model: Annotated[str | None, typer.Option(help="Model name (overrides RECTCHECK_MODEL).")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Do not read or write the LLM cache.")] = False,
    config: Annotated[Path | None, typer.Option(help="Configuration file (default: rectcheck.toml or \\[tool.rectcheck] in pyproject.toml).")] = None,
    baseline: Annotated[Path | None, typer.Option(help="Accept the flags recorded in this baseline file.")] = None,
    write_baseline: Annotated[bool, typer.Option("--write-baseline", help="Record the current flags to --baseline and exit 0.")] = False,
    max_bytes: Annotated[int | None, typer.Option(help="Refuse inputs larger than this many bytes (default 20 MB).")] = None,
    select: Annotated[str | None, typer.Option(metavar="CODE,…", help="Report only these flags (codes or names).")] = None,
    ignore: Annotated[str | None, typer.Option(metavar="CODE,…", help="Silence these flags (codes or names).")] = None,
    follow_links: Annotated[bool, typer.Option("--follow-links", help="In a folder, also review files that links lead to outside it.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Do not name each file written on stderr.")] = False,
    name: Annotated[str | None, typer.Option("--name", help="With - (standard input): the report's name; its suffix gives its type (default stdin.txt).")] = None,
) -> None:
    """Review reports and print a critique; the exit code gates CI."""
    from checker.commands.review import ReviewRequest, run_review

    request = ReviewRequest(
        paths=paths,
        backend=backend.value if backend else None,
        rubric=rubric,
        format=str(format),
        output=output,
        fail_on=fail_on.value if fail_on else None,
        min_score=min_score,
        lang=lang.value if lang else None,
        jobs=jobs,
        model=model,
        use_cache=not no_cache,
        config=config,
        baseline=baseline,
        write_baseline=write_baseline,
        max_bytes=max_bytes,
        select=select,
        ignore=ignore,
        follow_links=follow_links,
        quiet=quiet,
        name=name,
    )
    try:
        with _terminate_by_exception():
            code = run_review(request)
    except RectcheckError as exc:
        raise _fail(exc) from None
    except KeyboardInterrupt:
        # Outputs are written atomically, so whatever exists is complete; 130 = 128 + SIGINT.
        typer.echo("rectcheck: interrupted", err=True)
        raise typer.Exit(130) from None
    except Terminated:
        typer.echo("rectcheck: terminated", err=True)
        raise typer.Exit(143) from None  # 128 + SIGTERM
    raise typer.Exit(code)


@app.command(cls=_Command)
def parse(
    path: Annotated[Path, typer.Argument(help="A report file.", readable=False)],  # unreadable: the reader's one-line error
    format: Annotated[ParseFormat, typer.Option("--format", "-f")] = ParseFormat.text,
    max_bytes: Annotated[int | None, typer.Option(help="Refuse inputs larger than this many bytes.")] = None,
    backend: Annotated[Backend, typer.Option(help="rules (offline); llm or hybrid: where the rules are unsure, the model reads the outline.")] = Backend.rules,
    model: Annotated[str | None, typer.Option(help="Model name (overrides RECTCHECK_MODEL).")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Do not read or write the LLM cache.")] = False,
) -> None:
    """Show how a report was segmented: findings, measures, fields, claims (no judging)."""
    from checker.pipeline import parse_path
    from checker.read import DEFAULT_MAX_BYTES
    from checker.read.files import check_max_bytes
    from checker.renderers.invisible import show_invisible
    from checker.renderers.safe import screen_safe
    from checker.renderers.structure import render_structure

    try:
        limit = check_max_bytes(max_bytes if max_bytes is not None else DEFAULT_MAX_BYTES)
        if backend != Backend.rules:
            from checker.commands.reading import run_parse

            rendered = run_parse(path, backend.value, format.value, limit, model, not no_cache)
        else:
            rendered = render_structure(parse_path(path, max_bytes=limit), format.value)
    except RectcheckError as exc:
        raise _fail(exc) from None
    # The document's text and a model's reading come from outside; JSON escapes controls itself.
    sys.stdout.write(show_invisible(screen_safe(rendered)) if format.value == "text" else rendered)


class DiffFormat(StrEnum):
    text = "text"
    json = "json"
    markdown = "markdown"
    html = "html"
    xlsx = "xlsx"
    docx = "docx"  # the newer document (the new draft, the report) with a Word comment on each flag


@app.command(cls=_Command)
def diff(
    old: Annotated[Path, typer.Argument(help="The earlier draft.", readable=False)],
    new: Annotated[Path, typer.Argument(help="The later draft of the same document.", readable=False)],
    format: Annotated[DiffFormat, typer.Option("--format", "-f")] = DiffFormat.text,
    rubric: Annotated[str | None, typer.Option(help="Rubric id (id or id@version) or a rubric file.")] = None,
    backend: Annotated[Backend | None, typer.Option(
        help="rules (offline), llm or hybrid: both drafts alike "
             "(default: the configuration's, else rules).")] = None,
    lang: Annotated[LangOpt | None, typer.Option(
        help="Language of messages (default: the configuration's, else zh).")] = None,
    fail_on: Annotated[FailOn | None, typer.Option(
        help="Gate: fail when the new draft brings a flag at or above this severity "
             "(default: the configuration's, else error).")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of standard output.")] = None,
    config: Annotated[Path | None, typer.Option(
        help="Configuration file (default: rectcheck.toml or \\[tool.rectcheck] in pyproject.toml): "
             "its rubric, ignore, select, baseline and gate, as review takes them.")] = None,
    baseline: Annotated[Path | None, typer.Option(
        help="Flags of the new draft recorded in this baseline file are not new "
             "(default: baseline in the configuration).")] = None,
    select: Annotated[str | None, typer.Option(
        metavar="CODE,…", help="Compare only these flags (codes or names).")] = None,
    ignore: Annotated[str | None, typer.Option(
        metavar="CODE,…", help="Silence these flags in both drafts (codes or names).")] = None,
) -> None:  # fmt: skip
    """Compare two drafts: flags resolved, new and remaining per finding; measures only reworded."""
    from checker.commands.diff import run_diff
    from checker.commands.output import deliver, refuse_inputs

    try:
        refuse_inputs(output, [old, new])
        rendered, code = run_diff(
            old, new, fmt=format.value, rubric=rubric, backend=backend.value if backend else None,
            lang=lang.value if lang else None, fail_on=fail_on.value if fail_on else None, config=config,
            baseline=baseline, select=select, ignore=ignore)  # fmt: skip
        deliver(rendered, format.value, output)
    except RectcheckError as exc:
        raise _fail(exc) from None
    raise typer.Exit(code)


@app.command(cls=_Command)
def trace(
    plan: Annotated[Path, typer.Argument(help="The rectification plan (整改方案).", readable=False)],
    report: Annotated[Path, typer.Argument(help="The later report on it (整改情况报告/通报).", readable=False)],
    format: Annotated[DiffFormat, typer.Option("--format", "-f")] = DiffFormat.text,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Hold deadlines against this date (YYYY-MM-DD; default: the report's own date).")] = None,
    rubric: Annotated[str | None, typer.Option(help="Rubric id (id or id@version) or a rubric file.")] = None,
    lang: Annotated[LangOpt, typer.Option(help="Language of messages.")] = LangOpt.zh,
    fail_on: Annotated[FailOn, typer.Option(help="Gate: fail on a trace flag at or above this severity.")] = FailOn.error,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of standard output.")] = None,
    config: Annotated[Path | None, typer.Option(help="Configuration file.")] = None,
) -> None:
    """Follow a plan into its report: findings and measures not reported, deadlines passed, owners changed."""
    from checker.commands.output import deliver, refuse_inputs
    from checker.commands.trace import run_trace

    try:
        refuse_inputs(output, [plan, report])
        rendered, code = run_trace(plan, report, fmt=format.value, as_of=as_of, rubric=rubric,
                                   lang=lang.value, fail_on=fail_on.value, config=config)  # fmt: skip
        deliver(rendered, format.value, output)
    except RectcheckError as exc:
        raise _fail(exc) from None
    raise typer.Exit(code)


@app.command(name="eval", cls=_Command)
def eval_cmd(
    dataset: Annotated[Path | None, typer.Option(help="Evaluation set directory (default: bundled eval/).")] = None,
    rubric: Annotated[str | None, typer.Option(help="Rubric id or file.")] = None,
    backend: Annotated[Backend, typer.Option()] = Backend.rules,
    format: Annotated[ParseFormat, typer.Option("--format", "-f")] = ParseFormat.text,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Also store the JSON results here.")] = None,
    batch: Annotated[list[str] | None, typer.Option("--batch", help="Real corpus: only this batch (repeatable).")] = None,
    real_only: Annotated[bool, typer.Option("--real-only", help="Only the real corpus, not the composed and seed set.")] = False,
) -> None:
    """Measure the checker against the labelled evaluation set and the real corpus."""
    from checker.commands.evaluate import run_eval

    try:
        code = run_eval(dataset=dataset, rubric=rubric, backend=backend.value, fmt=format.value, output=output,
                        batches=batch, real_only=real_only)
    except RectcheckError as exc:
        raise _fail(exc) from None
    raise typer.Exit(code)


@app.command(cls=_Command)
def compare(
    rubric_a: Annotated[str, typer.Argument(help="Baseline rubric (id@version or file).")],
    rubric_b: Annotated[str, typer.Argument(help="Candidate rubric (id@version or file).")],
    dataset: Annotated[Path | None, typer.Option(help="Evaluation set directory.")] = None,
    backend: Annotated[Backend, typer.Option()] = Backend.rules,
    format: Annotated[ParseFormat, typer.Option("--format", "-f")] = ParseFormat.text,
) -> None:
    """Compare two rubric versions on the evaluation set: metrics side by side, deltas, changed cases."""
    from checker.commands.evaluate import run_compare

    try:
        code = run_compare(rubric_a, rubric_b, dataset=dataset, backend=backend.value, fmt=format.value)
    except RectcheckError as exc:
        raise _fail(exc) from None
    raise typer.Exit(code)


@rubric_app.command("list", cls=_Command)
def rubric_list() -> None:
    """One rubric a line: id@version first, then its status (default/stable/candidate) and title."""
    from checker.rubric import list_rubrics, load_rubric

    default = load_rubric(None).ref
    for rub in list_rubrics():
        status = "default" if rub.ref == default else rub.status
        typer.echo(f"{rub.ref}\t{status}\t{rub.title}")


@rubric_app.command("show", cls=_Command)
def rubric_show(rubric_id: Annotated[str, typer.Argument(help="id or id@version")]) -> None:
    """Print a rubric (YAML)."""
    from checker.rubric import dump_rubric, load_rubric

    try:
        typer.echo(dump_rubric(load_rubric(rubric_id)), nl=False)
    except RectcheckError as exc:
        raise _fail(exc) from None


@rubric_app.command("validate", cls=_Command)
def rubric_validate(file: Annotated[Path, typer.Argument(help="A rubric file.")]) -> None:
    """Validate a rubric file against the schema and run its rule examples."""
    from checker.rubric_examples import validate_rubric_file

    try:
        problems = validate_rubric_file(file)  # an unreadable file raises: bad input, exit 2
    except RectcheckError as exc:
        raise _fail(exc) from None
    for p in problems:
        typer.echo(p, err=True)
    if problems:
        raise typer.Exit(1)
    typer.echo(f"{file}: valid")


@baseline_app.command("add", cls=_Command)
def baseline_add(
    path: Annotated[Path, typer.Argument(help="The report the flag was raised on.", readable=False)],
    code: Annotated[str, typer.Option("--code", help="The flag's code or name, e.g. partial_coverage.")],
    finding: Annotated[
        str | None, typer.Option("--finding", help="The finding's id (F13); without it, a flag about the whole document.")
    ] = None,
    reason: Annotated[str | None, typer.Option("--reason", help="Why the flag is accepted; shown in reviews.")] = None,
    baseline: Annotated[Path | None, typer.Option(help="Baseline file (default: baseline in the configuration).")] = None,
    config: Annotated[Path | None, typer.Option(help="Configuration file.")] = None,
    rubric: Annotated[str | None, typer.Option(help="Rubric id or file.")] = None,
) -> None:
    """Accept one flag of a report in the baseline file, keeping every other entry."""
    from checker.commands.baseline_add import add_to_baseline

    try:
        line = add_to_baseline(path, code=code, finding=finding, reason=reason, baseline=baseline, config=config, rubric=rubric)
    except RectcheckError as exc:
        raise _fail(exc) from None
    typer.echo(line)


@app.command(cls=_Command)
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on; beyond 127.0.0.1 other machines can reach the page.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on, 1-65535 (0: any free port).")] = 8765,
    max_bytes: Annotated[int | None, typer.Option(help="Refuse uploads larger than this many bytes each (default 20 MB).")] = None,
    max_files: Annotated[int, typer.Option(help="Files in one review at most.")] = 20,
    rubric: Annotated[str | None, typer.Option(help="The rubric chosen by default on the page.")] = None,
    lang: Annotated[LangOpt | None, typer.Option(help="Language of the page and reviews by default.")] = None,
    config: Annotated[Path | None, typer.Option(help="Configuration file (default: rectcheck.toml or \\[tool.rectcheck] in pyproject.toml).")] = None,
) -> None:
    """Serve the local page for auditors: upload drafts, read the review, download the Word copy."""
    from checker.collector import restore_collector
    from checker.serve import ServeRequest, run_server

    restore_collector()  # a server runs for long: the one-run setting of the program does not fit it

    if not 0 <= port <= MAX_PORT:
        typer.echo(f"rectcheck: --port: must be from 1 to {MAX_PORT} (0: any free port), got {port}", err=True)
        raise typer.Exit(2)
    request = ServeRequest(
        host=host, port=port, config=config, max_bytes=max_bytes, max_files=max_files, rubric=rubric,
        lang=lang.value if lang else None,
    )  # fmt: skip
    try:
        run_server(request)
    except RectcheckError as exc:
        raise _fail(exc) from None
    except KeyboardInterrupt:
        raise typer.Exit(0) from None


@app.command(cls=_Command)
def explain(
    code: Annotated[
        str | None, typer.Argument(help="A flag code or its name, e.g. formalism or 形式主义; none: list every flag.")
    ] = None,
    rubric: Annotated[str | None, typer.Option(help="Rubric id or file.")] = None,
    lang: Annotated[LangOpt, typer.Option(help="Language of the explanation.")] = LangOpt.zh,
) -> None:
    """Explain a flag: what it catches, why it matters, examples that fire and that do not."""
    from checker.renderers.explain import explain_flag, list_flags
    from checker.rubric import load_rubric

    try:
        r = load_rubric(rubric)
        typer.echo(explain_flag(r, code, lang.value) if code is not None else list_flags(r, lang.value), nl=False)
    except RectcheckError as exc:
        raise _fail(exc) from None


def _app_for(args: list[str]) -> typer.Typer:
    """The app to run: for a top-level command (``rectcheck review …``) a copy that holds that command
    alone, since typer builds the parameters of every registered command on each call and only one
    runs; anything else (no command, ``--help``, a group, an unknown name) gets the whole app."""
    from copy import copy

    from typer.main import get_command_name

    name = args[0] if args else ""
    found = [c for c in app.registered_commands
             if (c.name or (get_command_name(c.callback.__name__) if c.callback else None)) == name]
    if len(found) != 1:
        return app
    only = copy(app)
    only.registered_commands, only.registered_groups = found, []
    return only


def main() -> None:
    # Started with standard output or error closed (``>&-``): what would be written there is
    # dropped, as print() drops it, and the exit code still tells the result.
    import errno
    import os

    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - the process's own stream
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    try:
        _app_for(sys.argv[1:])()
    except BrokenPipeError:  # the reader stopped early (``| head``): end quietly, as Python advises
        from checker.renderers.write import silence_stdout

        silence_stdout()
        raise SystemExit(1) from None
    except OSError as exc:
        # Files the user names are written by write_atomic, whose errors name the file; what gets
        # here full is the standard output (a full disk, /dev/full): one line, exit 2.
        if exc.errno not in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            raise
        from checker.renderers.write import silence_stdout

        silence_stdout()
        typer.echo(f"rectcheck: cannot write the output ({exc.strerror or exc})", err=True)
        raise SystemExit(2) from None


if __name__ == "__main__":
    main()
