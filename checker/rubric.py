"""Rubrics: versioned YAML files that hold everything the rules read — criteria and weights, flag
severities per document kind, thresholds, lexicons, regex patterns, messages and examples.

The engine does not change when the style guide changes: a new rubric version is a new file in
``rubrics/`` named ``<id>-<version>.yaml``. The rules' examples are run by :mod:`checker.rubric_examples`,
and ``python -m checker.renderers.explain`` regenerates docs/rules.md from the rubric files.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from checker.errors import RubricError
from checker.flags import FlagCode
from checker.models import DocumentKind, Severity
from checker.text.lists import join_items
from checker.vocabulary import FIRST_VOCABULARY, Vocabulary, load_vocabulary

if TYPE_CHECKING:
    import yaml

SeverityLevel = Literal["error", "warning", "info", "off"]
DEFAULT_RUBRIC_ID = "rectification"
_FILE_NAME = re.compile(r"(?P<id>[a-z][a-z0-9_-]*?)-(?P<version>\d+\.\d+\.\d+)\.ya?ml")
DOCUMENT_KINDS = ("progress_report", "plan", "work_report", "unknown")
_CRITERIA = ("responsiveness", "specificity", "timeliness", "verifiability", "accountability")


_SEVERITY_ORDER = ("info", "warning", "error")


def example_note(note: Messages | str | None, lang: str) -> str:
    """An example's note in ``lang``; a plain (English) note is shown only in English."""
    if note is None:
        return ""
    if isinstance(note, str):
        return note if lang == "en" else ""
    return note.get(lang)


class _Strict(BaseModel):
    # Built on first validation: a command that never loads a rubric does not pay for these schemas.
    model_config = ConfigDict(extra="forbid", defer_build=True)


class Messages(_Strict):
    zh: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh


class RuleExample(_Strict):
    text: str  # a small composed report (one or a few findings, in any layout of the domain guide)
    kind: DocumentKind | None = None  # the document kind the example is judged as, when it matters
    note: Messages | str | None = None  # a plain string is English
    # other reports reviewed with this one, as a folder is (for flags across documents)
    others: list[str] = Field(default_factory=list)


class RuleExamples(_Strict):
    fire: list[RuleExample] = Field(min_length=2)
    quiet: list[RuleExample] = Field(min_length=2)


class FlagVariant(_Strict):
    """A named case of a flag (an analyser sets ``detail["variant"]``): its own message and a
    severity it never exceeds - e.g. one blank owner field beside a filled one is a gap in the
    record, not an item nobody owns."""

    message: Messages | None = None
    max_severity: SeverityLevel | None = None
    follow_up: Messages | None = None  # the question this case asks instead of the flag's own


class FlagRule(_Strict):
    code: FlagCode
    title: Messages
    rationale: Messages
    message: Messages  # template; {placeholders} are filled from FlagHit.detail
    # The question to send back to the unit; {placeholders} from FlagHit.detail plus {evidence}
    # and {finding} (both shortened). Optional so that older rubric files stay valid.
    follow_up: Messages | None = None
    # The question by what the finding is about (money, a rule, thinking, people, facilities,
    # disclosure: the rubric's ``subjects``), asked instead of ``follow_up``.
    follow_ups: dict[str, Messages] = Field(default_factory=dict)
    severity: dict[str, SeverityLevel]  # "default" plus any DocumentKind; "off" drops the flag
    enabled: bool = True
    params: dict[str, Any] = Field(default_factory=dict)
    variants: dict[str, FlagVariant] = Field(default_factory=dict)
    examples: RuleExamples

    @model_validator(mode="after")
    def _check_severity(self) -> FlagRule:
        if "default" not in self.severity:
            raise ValueError(f"{self.code}: severity needs a 'default' entry")
        unknown = set(self.severity) - {"default", *DOCUMENT_KINDS}
        if unknown:
            raise ValueError(f"{self.code}: unknown document kind(s) in severity: {sorted(unknown)}")
        return self


class Criterion(_Strict):
    id: str
    title: Messages
    description: Messages
    weight: float = Field(ge=0, le=1)
    # What a low score on it says about a measure (the reason a finding failed, flags aside);
    # without it the description stands in.
    low: Messages | None = None


class Thresholds(_Strict):
    pass_min: float = Field(ge=0, le=100)
    warn_min: float = Field(ge=0, le=100)

    @model_validator(mode="after")
    def _ordered(self) -> Thresholds:
        if self.warn_min > self.pass_min:
            raise ValueError("thresholds: warn_min must not exceed pass_min")
        return self


class DocumentVerdict(_Strict):
    """How the document's verdict comes from its findings, as an inspector reads a draft: is any
    finding really answered, are most answered well, and what could not be judged at all.

    A finding left with no measure in a text that was cut off is *unseen* (its measure may have
    been lost with the cut) and is judged no further. A finding is *answered* when it has a
    measure and none of ``empty_flags`` (slogans only, 形式主义); it is *sound* when answered with
    responsiveness ≥ ``sound_responsiveness`` and none of ``issue_flags``. The draft fails
    (不合格) when fewer than ``fail_below`` of its judged findings are answered, passes (合格) when
    at least ``pass_from`` are sound and none of ``blocking_flags`` marks the whole document
    (placeholders left in, numbers that contradict), and is to be improved (待改进) otherwise, also when fewer
    than ``min_judged`` of its findings can be judged. With ``ordered_fix_answers``, a measure that orders
    the fix (pattern ``fix_order``) is answered whatever its ``empty_flags``. Its score is the mean score of the judged
    findings, held inside the band the verdict names (so that score and verdict agree through
    ``thresholds``)."""

    empty_flags: list[str] = Field(default_factory=lambda: ["formalism"])
    issue_flags: list[str] = Field(default_factory=list)
    sound_responsiveness: int = Field(2, ge=0, le=3)
    # one response shared by a list of findings, with no issue of its own, is sound for each of them:
    # an inspector reads a notice's requirement under its problems as their answer
    shared_answer_sound: bool = False
    # a finding that itself scores 不合格 (its measure says nothing concrete, checks nothing) is answered
    # by nothing sound, whatever its flags: the draft cannot pass on findings that each fail
    failing_not_sound: bool = False
    # a measure that carries one of ``empty_flags`` yet orders the inspected party to fix (责令…, 限期整改,
    # 下发整改通知书, 立即整改; rubric pattern ``fix_order``) answers its finding, though not soundly: the
    # inspecting body acted on the problems it named, and the draft is at worst 待改进 (1.13.0)
    ordered_fix_answers: bool = False
    # one response shared by a list of findings that gives a time limit (timeliness criterion at 1) and orders
    # the fix (``fix_order``) or names who answers for it (accountability at 1) is sound for each of them
    # though each scores 不合格 (责令…限三日内整改完毕，由伙食科负责督促检查): ``failing_not_sound`` spares it (1.13.0)
    dated_order_sound: bool = False
    # ``fix_order`` is looked for in the measure's reading view (traditional characters as simplified, ASCII
    # punctuation as full-width), as every reading rule is: 已責令三個單位扎實整改 from a mirror site orders the
    # fix as 已责令三个单位扎实整改 does (1.14.0)
    folded_orders: bool = False
    # a measure that runs into the text's cut is unseen only while it has said nothing yet (现将整改情况…); one that
    # closed a sentence before the cut (提出五点要求：一是高度重视…；二是…。我们将继续…) is judged on what it said (1.14.0)
    said_before_cut: bool = False
    # a truncated mark that is only a page's chrome after the text (标签：, 相关文章, 阅读 583), with no finding cut
    # and no word of a page showing part of a text (试读结束; lexicon ``page_cut_words``), leaves the text whole:
    # its unanswered findings are judged, not unseen (1.14.0)
    chrome_not_cut: bool = False
    blocking_flags: list[str] = Field(default_factory=list)  # document flags that keep a draft from passing
    fail_below: float = Field(0.01, ge=0, le=1)
    pass_from: float = Field(0.5, ge=0, le=1)
    min_judged: float = Field(0.5, ge=0, le=1)


_AMOUNT_RE = re.compile(r"\d+(?:[.,]\d+)*\s*(?:亿元|万元|元)")


@functools.lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _by_severity(error: float, warning: float, info: float) -> dict[Severity, float]:
    return {"error": error, "warning": warning, "info": info}


class ScoringParams(_Strict):
    """How criteria and flags combine into a 0–100 score.

    finding score = 100 × Σ weight·criterion − Σ penalty[severity] over the finding's flags,
    capped by ``responsiveness_cap[r]``; document score = mean finding score − Σ
    document_penalty[severity] over the document flags; both clamped to 0–100.
    """

    penalty: dict[Severity, float] = Field(default_factory=lambda: _by_severity(15.0, 6.0, 2.0))
    document_penalty: dict[Severity, float] = Field(default_factory=lambda: _by_severity(6.0, 3.0, 1.0))
    max_penalty: float = 60.0
    responsiveness_cap: dict[int, float] = Field(default_factory=lambda: {0: 30.0, 1: 55.0, 2: 85.0, 3: 100.0})
    empty_document_score: float = 100.0
    # A response shared by several findings (针对以上问题，…限期整改) that does not name a finding's
    # own points answers it only generally: responsiveness at most 1 (1.3.0).
    shared_response_general: bool = False
    # A measure's act whose clause names the finding's own object (责令…立即对路面进行修复 under 路面坑槽破损)
    # acts on that finding: the clause shares at least this many content tokens with the finding,
    # besides the act word (lexicons ``action_verbs`` and ``object_fix_verbs``); 0 reads no act so (1.5.0).
    object_act_tokens: int = Field(0, ge=0)


class Rubric(_Strict):
    id: str
    version: str
    title: str
    description: str
    # A candidate is available by its full ref (id@version) and in ``compare``, but a bare id or
    # no --rubric resolves to the newest *stable* version: a new version ships only once promoted.
    status: Literal["stable", "candidate"] = "stable"
    changelog: str = ""
    criteria: list[Criterion]
    flags: dict[FlagCode, FlagRule]
    thresholds: Thresholds
    lexicons: dict[str, list[str]]
    patterns: dict[str, str]
    scoring: ScoringParams = Field(default_factory=ScoringParams)
    # What a finding can be about, tried in this order (name → pattern over its title and text):
    # the follow-up question asks for what such a finding needs (an amount returned, a document
    # number, what changed). Empty: one question per flag.
    subjects: dict[str, str] = Field(default_factory=dict)
    # The document verdict read from its findings (None: from the mean score, as up to 1.1.0).
    document_verdict: DocumentVerdict | None = None
    # Document-level notes that are not flags (a work report's problems await measures), by name.
    notes: dict[str, Messages] = Field(default_factory=dict)
    # The reading vocabulary this rubric reads with: rubrics/vocabulary/vocabulary-<version>.yaml.
    vocabulary: str = Field(default=FIRST_VOCABULARY, pattern=r"^\d+\.\d+\.\d+$")

    @model_validator(mode="after")
    def _consistent(self) -> Rubric:
        if not re.fullmatch(r"[a-z][a-z0-9_-]*", self.id):
            raise ValueError(f"id {self.id!r}: use lower-case letters, digits, - and _")
        if not re.fullmatch(r"\d+\.\d+\.\d+", self.version):
            raise ValueError(f"version {self.version!r}: use MAJOR.MINOR.PATCH")
        total = sum(c.weight for c in self.criteria)
        if abs(total - 1.0) > 1e-6:
            raise ValueError(f"criteria weights sum to {total:g}, not 1")
        ids = [c.id for c in self.criteria]
        if len(set(ids)) != len(ids):
            raise ValueError("criteria ids must be unique")
        for code, rule in self.flags.items():
            if rule.code != code:
                raise ValueError(f"flags.{code}: code field says {rule.code}")
        for name, pattern in self.patterns.items():
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"patterns.{name}: {exc}") from None
        for name, pattern in self.subjects.items():
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"subjects.{name}: {exc}") from None
        for code, rule in self.flags.items():
            unknown = sorted(set(rule.follow_ups) - set(self.subjects))
            if unknown:
                raise ValueError(f"flags.{code}.follow_ups: no subject named {', '.join(unknown)}")
        return self

    @property
    def ref(self) -> str:
        return f"{self.id}@{self.version}"

    def reading_vocabulary(self) -> Vocabulary:
        """The words, patterns and weights the reader and the analysers' own scans use."""
        return load_vocabulary(self.vocabulary)

    def severity_for(self, code: str, kind: str, variant: str | None = None) -> SeverityLevel:
        """The flag's severity in a document of ``kind`` (capped by the variant's, if any);
        ``"off"`` when the flag is disabled there."""
        rule = self.flags.get(code)
        if rule is None or not rule.enabled:
            return "off"
        sev = rule.severity.get(kind, rule.severity["default"])
        v = rule.variants.get(variant) if variant else None
        if v is not None and v.max_severity is not None and sev != "off":
            sev = "off" if v.max_severity == "off" else min(sev, v.max_severity, key=_SEVERITY_ORDER.index)
        return sev

    def message_for(self, code: str, lang: str, detail: dict[str, Any]) -> str:
        """The rule's message in ``lang`` (the variant's when the detail names one) with
        ``{placeholders}`` filled; missing keys stay visible."""
        rule = self.flags.get(code)
        if rule is None:
            return code
        v = rule.variants.get(str(detail.get("variant", "")))
        template = v.message if v is not None and v.message is not None else rule.message
        return template.get(lang).format_map(_Keep.filled(detail, lang))

    def note_for(self, name: str, lang: str, detail: dict[str, Any]) -> str:
        msg = self.notes.get(name)
        return msg.get(lang).format_map(_Keep.filled(detail, lang)) if msg is not None else name

    def follow_up_for(self, code: str, lang: str, params: dict[str, Any]) -> str | None:
        """The rule's follow-up question in ``lang`` with ``{placeholders}`` filled, or None: the
        variant's own (``params["variant"]``), else the one for the finding's subject
        (``params["subject"]``), else the flag's."""
        rule = self.flags.get(code)
        if rule is None:
            return None
        v = rule.variants.get(str(params.get("variant", "")))
        template = (
            (v.follow_up if v is not None else None)
            or rule.follow_ups.get(str(params.get("subject", "")))
            or rule.follow_up
        )
        return template.get(lang).format_map(_Keep.filled(params, lang)) if template is not None else None

    def subject_of(self, text: str) -> tuple[str | None, dict[str, str]]:
        """What a finding is about (the first of ``subjects`` its text matches), with what the
        question quotes of it (``amount``: the first sum of money it names)."""
        for name, pattern in self.subjects.items():
            m = _compiled(pattern).search(text)
            if m is not None:
                amount = _AMOUNT_RE.search(text)
                return name, {"amount": amount.group(0) if amount else ""}
        return None, {"amount": ""}

    def fingerprint(self) -> str:
        """A short hash of everything that decides a rules review: the rubric's own content and the
        file of the reading vocabulary it names. Two runs with one fingerprint read and judge alike."""
        from checker.vocabulary import vocabulary_path

        digest = hashlib.sha256(json.dumps(self.model_dump(mode="json"), ensure_ascii=False, sort_keys=True).encode())
        try:
            digest.update(vocabulary_path(self.vocabulary).read_bytes())
        except OSError:
            digest.update(b"-")
        return digest.hexdigest()[:12]

    def judge_fingerprint(self) -> str:
        """sha256 of what a model prompt uses (criteria texts, flag titles and rationales).

        Weights, thresholds, severities and lexicons are left out, so a scoring-only change keeps the
        fingerprint and cached model answers stay valid."""
        payload = {
            "criteria": [
                {"id": c.id, "title": c.title.model_dump(), "description": c.description.model_dump()}
                for c in self.criteria
            ],
            "flags": {
                code: {"title": r.title.model_dump(), "rationale": r.rationale.model_dump()}
                for code, r in sorted(self.flags.items())
            },
        }
        blob = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")
        return hashlib.sha256(blob).hexdigest()


class _Keep(dict):
    """format_map helper: an unknown placeholder is left as ``{name}`` instead of raising."""

    @classmethod
    def filled(cls, values: dict[str, Any], lang: str) -> _Keep:
        """``values`` for a template in ``lang``: a list of items joined as that language joins them."""
        return cls({k: join_items(v, lang) if isinstance(v, list) else v for k, v in values.items()})

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


# ---------------------------------------------------------------- finding rubric files


def rubrics_dir() -> Path:
    """Where the bundled rubrics live: $RECTCHECK_RUBRICS_DIR, the source tree, or the installed data files."""
    env = os.environ.get("RECTCHECK_RUBRICS_DIR")
    if env:
        return Path(env)
    candidates = [
        Path(__file__).resolve().parent.parent / "rubrics",
        Path(sys.prefix) / "share" / "rectcheck" / "rubrics",
    ]
    for c in candidates:
        if c.is_dir():
            return c
    return candidates[0]


def read_rubric_text(path: Path) -> str:
    from checker.smallfile import SmallFileError, read_small_text

    try:
        return read_small_text(path)
    except OSError as exc:
        raise RubricError(f"{path}: cannot read rubric ({exc.strerror or exc})") from None
    except SmallFileError as exc:
        reason = "rubric is not UTF-8 text" if str(exc).startswith("not UTF-8") else f"cannot read rubric ({exc})"
        raise RubricError(f"{path}: {reason}") from None


def parse_rubric_file(path: Path, raw: str | None = None) -> Rubric:
    import yaml  # only here and in dump_rubric: a cached rubric needs no YAML (≈ 10 ms to import)

    raw = read_rubric_text(path) if raw is None else raw
    # libyaml's safe loader parses a rubric in ~25 ms where the pure-Python one takes ~500 ms.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(raw, Loader=loader)
    except RecursionError:
        raise RubricError(f"{path}: not valid YAML (nested too deeply)") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise RubricError(f"{path}: not valid YAML{where}") from None
    if not isinstance(data, dict):
        raise RubricError(f"{path}: a rubric is a YAML mapping")
    try:
        return Rubric.model_validate(data)
    except ValidationError as exc:
        raise RubricError(f"{path}: {_first_error(exc)}") from None


def _first_error(exc: ValidationError) -> str:
    errors = exc.errors()
    if not errors:
        return "invalid rubric"
    e = errors[0]
    loc = ".".join(str(p) for p in e.get("loc", ())) or "rubric"
    more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"{loc}: {e.get('msg', 'invalid')}{more}"


def _parse_file_cached(path: Path) -> Rubric:
    """``parse_rubric_file``, through the startup cache: the validated rubric is stored as JSON under
    the hash of the file's text, so an unchanged file is not parsed as YAML again."""
    from checker import validated_cache

    raw = read_rubric_text(path)  # the same limits and errors as a rubric read without the cache
    cached = validated_cache.load(raw, Rubric)
    if cached is not None:
        return cached
    rubric = parse_rubric_file(path, raw)
    validated_cache.store(raw, rubric)
    return rubric


@lru_cache(maxsize=64)
def _load_cached(path: str, mtime: float) -> Rubric:
    return _parse_file_cached(Path(path))


def _load(path: Path) -> Rubric:
    try:
        mtime = path.stat().st_mtime
    except OSError:
        raise RubricError(f"{path}: rubric file not found") from None
    return _load_cached(str(path.resolve()), mtime)


def _bundled_files() -> list[Path]:
    d = rubrics_dir()
    return sorted(d.glob("*.yaml")) if d.is_dir() else []


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split(".") if p.isdigit())


def _named_files(rid: str, version: str) -> list[Path]:
    """The bundled files that, by their names, hold ``rid`` (at ``version`` if given), newest first."""
    found = []
    for p in _bundled_files():
        m = _FILE_NAME.fullmatch(p.name)
        if m and m["id"] == rid and (not version or m["version"] == version):
            found.append((_version_key(m["version"]), p))
    return [p for _, p in sorted(found, reverse=True)]


def list_rubrics() -> list[Rubric]:
    """The bundled rubrics, sorted by id then version."""
    rubs = [_load(p) for p in _bundled_files()]
    return sorted(rubs, key=lambda r: (r.id, _version_key(r.version)))


def load_rubric(ref: str | Path | None) -> Rubric:
    """``None`` → the default rubric's newest stable version; ``"id"`` → its newest stable version;
    ``"id@1.0.0"`` → exactly that version (candidates included); or a YAML path."""
    if ref is None:
        ref = DEFAULT_RUBRIC_ID
    text = str(ref)
    as_path = Path(text)
    if isinstance(ref, Path) or text.endswith((".yaml", ".yml")) or os.sep in text:
        if not as_path.is_file():
            reason = "not a regular file" if as_path.exists() else "rubric file not found"
            raise RubricError(f"{text}: {reason}")
        return _load(as_path)
    rid, _, version = text.partition("@")
    for named in _named_files(rid, version):  # resolve from file names first: parse few rubrics, not all
        r = _load(named)
        if r.id == rid and (version or r.status == "stable") and (not version or r.version == version):
            return r
    matches = [r for r in list_rubrics() if r.id == rid]
    if not matches:
        known = ", ".join(sorted({r.id for r in list_rubrics()})) or "none"
        raise RubricError(f"{text}: unknown rubric (bundled: {known})")
    if not version:
        stable = [r for r in matches if r.status == "stable"]
        return (stable or matches)[-1]
    for r in matches:
        if r.version == version:
            return r
    versions = ", ".join(r.version for r in matches)
    raise RubricError(f"{text}: unknown version of {rid} (bundled: {versions})")


def _str_block(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None  # PyYAML falls back to quoting when a block cannot hold it
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def dump_rubric(r: Rubric) -> str:
    """The rubric as YAML (Chinese kept readable)."""
    import yaml

    class BlockDumper(yaml.SafeDumper):
        """Multi-line texts as ``|`` blocks: quoted style would show every line break as a blank line."""

    BlockDumper.add_representer(str, _str_block)
    data = r.model_dump(mode="json", exclude_defaults=False)
    return yaml.dump(data, Dumper=BlockDumper, allow_unicode=True, sort_keys=False, width=100)


_QUOTE_MARKS = str.maketrans("", "", "“”‘’\"'「」『』〝〞＂＇")


def flag_name_key(name: str) -> str:
    """A flag's code or title as a name is matched: spaces collapsed, case and quote marks ignored
    (计划原句改已 names 计划原句改“已”)."""
    return " ".join(name.translate(_QUOTE_MARKS).split()).casefold()


def find_flag(r: Rubric, name: str) -> str:
    """The flag code named by ``name``: a code, or a flag's Chinese or English title (形式主义, Formalism),
    quote marks aside."""
    wanted = flag_name_key(name)
    for code, rule in r.flags.items():
        if wanted in (flag_name_key(code), flag_name_key(rule.title.zh), flag_name_key(rule.title.en)):
            return code
    known = ", ".join(f"{code} ({rule.title.zh})" for code, rule in r.flags.items())
    raise RubricError(f"{name}: unknown flag (known: {known})")
