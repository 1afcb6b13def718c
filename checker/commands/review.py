"""`rectcheck review`: review every document, render the critique, apply the CI gate.

One bad file does not stop the others: its one-line error goes to stderr and the run ends with
the worst exit code over all documents (3 backend failed > 2 bad input > 1 gate fails > 0).
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from checker.commands.batch import Done, Failed, Outcome, Work, default_workers, failed, outcomes, review_data
from checker.commands.inputs import InputFiles, Target, expand_paths
from checker.commands.output import say, to_stdout, write_output
from checker.errors import UsageError
from checker.renderers import render
from checker.renderers.formats import output_format

if TYPE_CHECKING:
    from checker.config import LoadedConfig
    from checker.gate import RunOutcome
    from checker.models import Review

# checker.baseline and checker.gate are imported where used: a review without --baseline
# should not pay for the baseline's models and hashing at start-up.


# The records below are NamedTuples rather than dataclasses: a dataclass costs ≈ 0.4 ms to build at
# import (it compiles its methods), a start-up that every run pays.
class ReviewRequest(NamedTuple):
    """The review command's options as given on the command line (None: not given)."""

    paths: list[Path]
    backend: str | None = None
    rubric: str | None = None
    format: str = "text"
    output: Path | str | None = None  # a str ending in "/" names a directory
    fail_on: str | None = None
    min_score: float | None = None
    lang: str | None = None
    jobs: int | None = None
    model: str | None = None
    use_cache: bool = True
    config: Path | None = None
    baseline: Path | None = None
    write_baseline: bool = False
    max_bytes: int | None = None
    select: str | None = None  # "CODE,…": report only these flag codes
    ignore: str | None = None  # "CODE,…": silence these flag codes
    follow_links: bool = False  # follow links in a folder to files outside it
    quiet: bool = False  # no line on stderr for each file written
    name: str | None = None  # what to call a report read from standard input ("-")


class Settings(NamedTuple):
    """Options after merging: command line over configuration file over defaults."""

    backend: str
    rubric: str | None
    fail_on: str
    min_score: float | None
    lang: str
    jobs: int | None
    model: str | None
    max_bytes: int
    baseline: Path | None
    select: str | list[str] | None = None
    ignore: str | list[str] | None = None


def resolve_settings(request: ReviewRequest, config: LoadedConfig) -> Settings:
    from checker.config import MAX_JOBS
    from checker.read import DEFAULT_MAX_BYTES
    from checker.read.files import check_max_bytes

    c = config.values
    rubric = request.rubric
    if rubric is None and c.rubric is not None:
        # A rubric file named in the config is relative to the config; an id stays an id.
        candidate = config.resolve_path(c.rubric)
        rubric = str(candidate) if candidate.is_file() else c.rubric
    baseline = request.baseline
    if baseline is None and c.baseline is not None:
        baseline = config.resolve_path(c.baseline)
    if request.write_baseline and baseline is None:
        raise UsageError("--write-baseline needs a baseline file: give --baseline FILE (or baseline in the config)")
    if request.jobs is not None and not 1 <= request.jobs <= MAX_JOBS:  # as jobs in the configuration
        raise UsageError(f"--jobs: must be from 1 to {MAX_JOBS}, got {request.jobs}")
    return Settings(
        backend=request.backend or c.backend or "rules",
        rubric=rubric,
        fail_on=request.fail_on or c.fail_on or "error",
        min_score=request.min_score if request.min_score is not None else c.min_score,
        lang=request.lang or c.lang or "zh",
        jobs=request.jobs if request.jobs is not None else c.jobs,
        model=request.model or c.model,
        max_bytes=check_max_bytes(request.max_bytes if request.max_bytes is not None else c.max_bytes or DEFAULT_MAX_BYTES),
        baseline=baseline,
        select=request.select if request.select is not None else c.select,
        ignore=request.ignore if request.ignore is not None else c.ignore,
    )


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False


class _DirectoryWriter:
    """One ``<stem>.<ext>`` per document in directory ``output``, each written as soon as its review
    is done: an interrupted batch keeps every review it finished.

    A name depends on the inputs alone, never on which documents happened to succeed first (inputs
    sharing a stem are named after their whole names, those sharing a whole name get a hash of their
    path: :func:`output_names`), so a review never lands in a file another input's review was
    written to.
    """

    def __init__(self, output: Path, fmt: str, inputs: list[Path], known: InputFiles, common: dict[str, Any]) -> None:
        try:
            output.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UsageError(f"{output}: cannot create output directory ({exc.strerror})") from None
        self.output, self.fmt, self.inputs, self.common = output, fmt, known, common
        self.names = output_names(inputs, output_format(fmt).extension)
        self.protected: list[Path] = []  # other files this run must not write over (the baseline)
        self.say: Callable[[str], None] | None = None  # where to say what was written (None: nowhere)

    def write(self, review: Review, text: str) -> None:
        source = Path(review.document.path)
        name = self.names.get(source) or output_names([source], output_format(self.fmt).extension)[source]
        target = self.output / name
        _refuse_input(target, self.inputs)
        for other in self.protected:
            if _same_file(target, other):
                raise UsageError(f"{target}: --output would overwrite the baseline file; choose another path")
        texts = {review.document.path: text}
        write_output(target, render([review], self.fmt, as_list=False, **{**self.common, "texts": texts}), self.say)


def output_names(inputs: list[Path], ext: str) -> dict[Path, str]:
    """The file name each input's review gets in an output directory: ``<stem>.<ext>``; inputs
    sharing a stem (seed0.doc, seed0.wps) ``<name>.<ext>`` (seed0.doc.html, seed0.wps.html); inputs
    sharing a whole name (a/通报.txt, b/通报.txt) ``<name>-<8 hex digits of a hash of the path>.<ext>``.
    Names are compared as a case-insensitive file system would, and depend on the inputs alone,
    never on which of them could be read (see `_DirectoryWriter`)."""

    def tally(keys: Iterable[str]) -> dict[str, int]:
        counts: dict[str, int] = {}
        for key in keys:
            counts[key.casefold()] = counts.get(key.casefold(), 0) + 1
        return counts

    def hashed(path: Path, name: str) -> str:
        digest = hashlib.sha256(os.path.abspath(path).encode("utf-8", "surrogateescape")).hexdigest()
        return f"{name}-{digest[:8]}"

    stems = tally(path.stem or "report" for path in inputs)
    whole = tally(path.name or "report" for path in inputs)
    chosen: dict[Path, str] = {}
    for path in inputs:
        stem, name = path.stem or "report", path.name or "report"
        if stems[stem.casefold()] == 1:
            chosen[path] = stem
        else:
            chosen[path] = name if whole[name.casefold()] == 1 else hashed(path, name)
    taken = tally(chosen.values())  # a stem may equal another input's whole name (a.doc, a.doc.txt) …
    for path, name in chosen.items():
        if taken[name.casefold()] > 1 and name != path.name:  # … which keeps it; this one takes its own
            own = path.name or "report"
            chosen[path] = own if whole[own.casefold()] == 1 and own.casefold() not in taken else hashed(path, own)
    return {path: f"{name}.{ext}" for path, name in chosen.items()}


def _refuse_input(target: Path, inputs: InputFiles, what: str = "--output") -> None:
    src = inputs.holding(target)
    if src is not None:
        raise UsageError(f"{target}: {what} would overwrite the input file {src}; choose another path")


def _wants_directory(output: Path, several: bool, slash: bool) -> bool:
    """Documents go one file each into ``output`` when it is a directory or ends in "/" (one document
    too: ``-o fr3/`` is a folder, never a file named fr3); several also when it names nothing yet and
    has no suffix (``-o reviews``: a folder, not one file without a type)."""
    return output.is_dir() or slash or (several and not output.exists() and not output.suffix)


class _Reporter:
    """Error lines on stderr, and progress when stderr is a terminal: a bar over the files when there
    are several, and over the findings a model is judging (a model review can take minutes)."""

    def __init__(self, total: int, model: bool = False) -> None:
        self.progress: Any = None
        self.findings: Any = None
        if (total > 1 or model) and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self.progress = Progress(
                TextColumn("[progress.description]{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self.task = self.progress.add_task("reviewing", total=total, visible=total > 1)
            if model:
                self.findings = self.progress.add_task("findings judged", total=None, visible=False)

    def judged(self, done: int, total: int) -> None:
        """Progress of one document's model review (called from the review, findings as they finish)."""
        if self.findings is not None:
            self.progress.update(self.findings, completed=done, total=total, visible=True)

    def error(self, line: str) -> None:
        from checker.renderers.safe import line_safe

        line = line_safe(line)  # file names and reasons come from outside
        if self.progress is not None:
            self.progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            sys.stderr.write(line + "\n")
            sys.stderr.flush()

    def advance(self, path: Path) -> None:
        if self.progress is not None:
            from checker.renderers.safe import line_safe

            self.progress.update(self.task, advance=1, description=line_safe(path.name))

    @contextmanager
    def running(self) -> Iterator[_Reporter]:
        if self.progress is None:
            yield self
            return
        with self.progress:
            yield self


def _review_all(
    targets: list[Target], outcomes: Iterable[Outcome], finish: Callable[[Review, str], Review], reporter: _Reporter
) -> tuple[list[Review], dict[str, str], int]:
    """Collect the documents' outcomes in order; ``finish`` silences and writes each review."""
    reviews: list[Review] = []
    texts: dict[str, str] = {}
    worst = 0
    pending = iter(outcomes)
    try:
        for target, outcome in zip(targets, pending, strict=True):
            if isinstance(outcome, Done):
                try:
                    review = finish(outcome.review, outcome.text)
                except Exception as exc:  # e.g. --output would overwrite an input
                    outcome = failed(exc, target.path)
                else:
                    reviews.append(review)
                    texts[review.document.path] = outcome.text
            if isinstance(outcome, Failed):
                reporter.error(outcome.line)
                worst = max(worst, outcome.exit_code)
            reporter.advance(target.path)
    finally:
        close = getattr(pending, "close", None)
        if close is not None:  # stop the worker processes of an interrupted batch
            close()
    return reviews, texts, worst


STDIN = Path("-")
STDIN_NAME = "stdin.txt"
# What a binary file piped in starts with: a .docx or .xlsx (zip), a PDF, an old Office file.
_BINARY_STARTS = (b"PK\x03\x04", b"%PDF", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def run_review(request: ReviewRequest) -> int:
    """Review ``request.paths`` and write the rendered critique; returns the exit code. ``-``, once
    among the paths, reads one report from standard input, named ``request.name`` (its suffix gives
    its type; default stdin.txt) and reviewed as the other documents are."""
    given = sum(1 for path in request.paths if path == STDIN)
    if not given:
        return _run_review(request)
    if given > 1:
        raise UsageError(f"-: standard input can be read once, but - was given {given} times")
    from checker.read.files import MAX_MAX_BYTES

    if sys.stdin is None or sys.stdin.isatty():
        raise UsageError("-: reads a report from standard input; pipe one in (cat 通报.txt | rectcheck review -)")
    name = Path(request.name or STDIN_NAME).name or STDIN_NAME
    return _run_review(request._replace(name=name), sys.stdin.buffer.read(MAX_MAX_BYTES + 1), request.name is not None)


def binary_unnamed(data: bytes) -> bool:
    """Whether ``data`` piped in without ``--name`` is a binary file (a .docx, PDF, .doc …), not text."""
    if data.startswith(_BINARY_STARTS):
        return True
    return b"\0" in data[:8192] and not data.startswith(_UTF16_BOMS)


def _piped(work: Work, name: str, data: bytes, named: bool) -> Outcome:
    """The outcome of the report read from standard input."""
    if not named and binary_unnamed(data):
        from checker.errors import InputError
        from checker.reasons import reason

        return failed(InputError("-", reason("stdin_binary")), STDIN)
    return review_data(work, name, data)


def _with_piped(files: Iterable[Outcome], targets: list[Target], stdin: Target | None, piped: Callable[[], Outcome]) -> Iterator[Outcome]:
    """The files' outcomes in order, the piped report's in its place among them."""
    pending = iter(files)
    try:
        for target in targets:
            yield piped() if target is stdin else next(pending)
    finally:
        close = getattr(pending, "close", None)
        if close is not None:
            close()


def _run_review(request: ReviewRequest, piped: bytes | None = None, named: bool = True) -> int:
    """The review of ``request.paths``, ``-`` among them standing for ``piped`` (standard input)
    named ``request.name`` (``named``: by --name)."""
    from checker.config import load_config
    from checker.options import ReviewOptions
    from checker.rubric import load_rubric

    config = load_config(request.config)
    settings = resolve_settings(request, config)
    fmt = request.format
    output_format(fmt)  # an unknown format is refused before any review
    rubric = load_rubric(settings.rubric)
    by_code = _code_filter(settings, rubric)
    stdin: Target | None = None
    if piped is not None:
        at = request.paths.index(STDIN)
        before, before_errors = expand_paths(request.paths[:at], follow_links=request.follow_links)
        after, after_errors = expand_paths(request.paths[at + 1 :], follow_links=request.follow_links)
        stdin = Target(Path(str(request.name)), explicit=True)
        targets, dir_errors = [*before, stdin, *after], [*before_errors, *after_errors]
    else:
        targets, dir_errors = expand_paths(request.paths, follow_links=request.follow_links)
    inputs = [t.path for t in targets]
    known = InputFiles(inputs)
    several = len(request.paths) > 1 or any(not t.explicit for t in targets)
    raw_output = request.output
    output = Path(raw_output) if raw_output is not None else None
    slash = isinstance(raw_output, str) and raw_output.endswith(("/", os.sep))
    into_directory = output is not None and _wants_directory(output, several, slash)
    if output is not None and not into_directory:
        _refuse_input(output, known)
    _check_binary_output(fmt, output, several, into_directory)
    if settings.baseline is not None:
        if request.write_baseline:
            _refuse_input(settings.baseline, known, what="--write-baseline")
        if output is not None and not into_directory and _same_file(output, settings.baseline):
            raise UsageError(f"{output}: --output would overwrite the baseline file; choose another path")

    accepted = None
    previous = None
    if settings.baseline is not None:
        from checker.baseline import load_baseline

        if not request.write_baseline:
            accepted = load_baseline(settings.baseline).reasons()
        elif settings.baseline.exists():
            previous = load_baseline(settings.baseline)  # its reasons are kept; a broken file is not overwritten

    model_backend = settings.backend != "rules"
    reporter = _Reporter(len(targets), model=model_backend)
    options = ReviewOptions(
        backend=settings.backend,  # type: ignore[arg-type]
        lang=settings.lang,  # type: ignore[arg-type]
        max_bytes=settings.max_bytes,
        jobs=settings.jobs,
        use_cache=request.use_cache,
        model=settings.model,
        judge_config=config.values.llm.as_mapping() if config.values.llm else {},
        # model reviews run in this process (see below), so the review can report to the terminal
        progress=reporter.judged if model_backend and reporter.findings is not None else None,
    )

    def silenced(review: Review) -> Review:
        if by_code is not None:
            from checker.silence import silence

            review, _ = silence(review, by_code)
        if accepted is not None:
            from checker.baseline import apply_baseline

            review = apply_baseline(review, accepted)
        return review

    writer = None
    if output is not None and into_directory and not request.write_baseline:
        common = {"lang": settings.lang, "rubric": rubric, "fail_on": settings.fail_on}
        writer = _DirectoryWriter(output, fmt, inputs, known, common)
        writer.protected = [settings.baseline] if settings.baseline is not None else []
        writer.say = None if request.quiet else reporter.error  # above a progress bar, when one shows

    raw: list[Review] = []  # the reviews as made, before silencing: the folder pass reads them all

    def finish(review: Review, text: str) -> Review:
        shown = silenced(review)
        if writer is not None:
            writer.write(shown, text)
        raw.append(review)
        return shown

    # With the rules, documents are reviewed on every core (--jobs processes); a model backend
    # spends its time waiting on the endpoint, and there --jobs is how many findings are asked at once.
    workers = (settings.jobs or default_workers()) if settings.backend == "rules" else 1
    work = Work(rubric=rubric, options=options, max_bytes=settings.max_bytes)
    worst = 0
    for path, reason in dir_errors:
        reporter.error(f"rectcheck: {path}: {reason}")
        worst = 2
    files = [t.path for t in targets if t is not stdin]
    results: Iterable[Outcome] = outcomes(work, files, workers)  # processes start before the progress bar
    if piped is not None:
        data = piped
        results = _with_piped(results, targets, stdin, lambda: _piped(work, str(request.name), data, named))
    with reporter.running():
        reviews, texts, review_worst = _review_all(targets, results, finish, reporter)
    worst = max(worst, review_worst)
    if several:
        worst = max(worst, _folder_pass(raw, reviews, texts, rubric, settings.lang, silenced, writer, reporter))

    if request.write_baseline:
        assert settings.baseline is not None
        from checker.baseline import write_baseline

        try:
            written = write_baseline(settings.baseline, reviews, previous)
        except OSError as exc:
            raise UsageError(f"{settings.baseline}: cannot write baseline ({exc.strerror or exc})") from None
        from checker.renderers.safe import line_safe

        documents = len(reviews)
        sys.stdout.write(
            line_safe(f"rectcheck: recorded {len(written.entries)} flag(s) from {documents} document(s) in {settings.baseline}")
            + "\n"
        )
        return worst  # only the recording: no review printed, no gate

    from checker.gate import gate_exit

    unreviewed = len(targets) - len(reviews) + len(dir_errors)
    input_worst = worst
    for review in reviews:
        worst = max(worst, gate_exit(review, settings.fail_on, settings.min_score))
    if reviews and writer is None:
        outcome = _outcome(worst, input_worst, unreviewed, reviews, settings)
        _emit(reviews, texts, fmt, settings, rubric, output, several, outcome, request.quiet)
    return worst


def _folder_pass(
    raw: list[Review], reviews: list[Review], texts: dict[str, str], rubric: Any, lang: str,
    silenced: Callable[[Review], Review], writer: _DirectoryWriter | None, reporter: _Reporter,
) -> int:  # fmt: skip
    """Flags across the run's documents (a measure pasted under findings of several of them), once
    all are reviewed: the reviews they change are silenced again, replace their earlier version in
    ``reviews`` and, written one per file, are written again. Returns 2 when one cannot be written."""
    from checker.folder import review_folder

    worst = 0
    if writer is not None and writer.say is not None:
        announce = writer.say
        writer.say = lambda line: announce(f"{line} again, with the flags across the documents")
    for i, (before, after) in enumerate(zip(raw, review_folder(raw, texts, rubric, lang), strict=True)):
        if after is before:
            continue
        reviews[i] = silenced(after)
        if writer is not None:
            try:
                writer.write(reviews[i], texts[after.document.path])
            except Exception as exc:  # e.g. a full disk: the file keeps the review written first
                reporter.error(failed(exc, Path(after.document.path)).line)
                worst = 2
    return worst


def _check_binary_output(fmt: str, output: Path | None, several: bool, into_directory: bool) -> None:
    """Refuse, before any review, what a binary format cannot do: one Word file per document, and
    no bytes on a terminal."""
    spec = output_format(fmt)
    if spec.per_document and several and not into_directory:
        raise UsageError(f"--format {fmt} writes one file per document: give --output DIR/ for several documents")
    if spec.binary and output is None and sys.stdout.isatty():
        raise UsageError(f"--format {fmt} is a binary file: give --output FILE (or redirect standard output)")


def _outcome(
    code: int, input_worst: int, unreviewed: int, reviews: list[Review], settings: Settings
) -> RunOutcome:
    """The exit code and why, for the closing line of a several-document text review."""
    from checker.gate import RunOutcome, gate_exit

    failing = sum(gate_exit(r, settings.fail_on, settings.min_score) for r in reviews)
    return RunOutcome(code, unreviewed, input_worst, failing, settings.fail_on, settings.min_score)


def _code_filter(settings: Settings, rubric: Any) -> Any:
    """The --select/--ignore reason function (codes or the rubric's flag names), or None."""
    from checker.silence import by_code, parse_codes

    if settings.select is None and settings.ignore is None:
        return None
    names = {}
    for code, rule in (getattr(rubric, "flags", None) or {}).items():
        names[rule.title.zh.casefold()] = code
        names[rule.title.en.casefold()] = code
    return by_code(parse_codes(settings.select, "--select", names), parse_codes(settings.ignore, "--ignore", names))


def _emit(
    reviews: list[Review],
    texts: dict[str, str],
    fmt: str,
    settings: Settings,
    rubric: Any,
    output: Path | None,
    several: bool,
    outcome: RunOutcome | None = None,
    quiet: bool = False,
) -> None:
    common: dict[str, Any] = {"lang": settings.lang, "rubric": rubric, "fail_on": settings.fail_on, "texts": texts}
    if fmt == "text":
        common["outcome"] = outcome
    if output is not None:
        write_output(output, render(reviews, fmt, as_list=several, **common), None if quiet else say)
        return
    if output_format(fmt).binary:
        to_stdout(render(reviews, fmt, as_list=several, **common))
        return
    color = fmt == "text" and sys.stdout.isatty()
    width = None
    if fmt == "text":
        import shutil

        # COLUMNS, else the terminal's width, else (piped) a fixed 120 so output is reproducible.
        width = shutil.get_terminal_size((120, 24)).columns
    to_stdout(render(reviews, fmt, as_list=several, color=color, width=width, **common))
