"""The local page's HTML: upload form, batch table, and the bar above each review.

The pages share the HTML report's stylesheet (inline, allowed by its hash) and add /static/app.css;
every piece of user text passes through ``html.escape``. They work without JavaScript: the form
posts, the batch table sorts by link and refreshes itself while reviews run; /static/app.js only
adds drag and drop over the whole drop zone and live progress.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from checker.read.files import SUPPORTED_SUFFIXES
from checker.renderers.common import colon, label
from checker.renderers.formats import downloads
from checker.renderers.html_render import CSS, esc
from checker.renderers.rubric_view import flag_info
from checker.serve.jobs import DocStatus, Job

TEXT: dict[str, dict[str, str]] = {
    "zh": {
        "app": "整改报告评审",
        "local": "本机服务：文稿只在这台电脑上处理，不上传到任何地方。",
        "upload_title": "评审整改报告",
        "files": "文件",
        "drop": "把文件拖到这里，或点击选择（{formats}，可多选）",
        "paste": "或粘贴正文",
        "paste_hint": "把整改情况通报或整改方案的正文粘贴在这里",
        "rubric": "评分规则",
        "backend": "评审方式",
        "lang": "语言",
        "default": "默认",
        "candidate": "候选",
        "rules": "规则（离线）",
        "llm": "模型",
        "hybrid": "规则 + 模型",
        "no_endpoint": "未配置模型服务（OPENAI_BASE_URL），只能使用规则评审。",
        "submit": "开始评审",
        "limits": "上限：每个文件 {mb}，每次 {n} 个文件。",
        "errors": "无法评审",
        "pasted": "粘贴的正文.txt",
        "results": "评审结果",
        "new": "新的评审",
        "all": "全部下载",
        "delete": "删除本次结果",
        "doc": "文件",
        "state": "状态",
        "findings": "问题数",
        "flags": "标记",
        "queued": "排队中",
        "reviewing": "评审中",
        "done": "完成",
        "failed": "无法评审",
        "progress": "已完成 {done}/{total}",
        "judged": "已评 {done}/{total} 个问题",
        "back": "返回列表",
        "download": "下载",
        "docx": "Word 批注",
        "xlsx": "问题清单",
        "gone": "没有这次评审：结果只保留一小时，或已被删除。",
        "switch": "English",
        "busy": "服务繁忙",
        "busy_uploads": "正在接收的上传太多，请稍后再试。",
        "busy_queue": "等待评审的文件太多，请等当前的评审完成后再试。",
        "busy_results": "保存的评审结果已满（每份保留一小时）。请删除不再需要的结果，或稍后再试。",
        "busy_downloads": "正在生成的下载太多，请稍后再试。",
        "busy_stopping": "服务正在停止。",
        "compare_title": "对照两份文稿",
        "compare_hint": "上传同一文稿的前后两稿，看哪些问题已解决、哪些是新出现的；或上传整改方案和之后的整改情况报告，看方案中的问题、措施、时限和责任单位在报告中是否都有交代。",
        "first": "前稿 / 整改方案",
        "formats": "可用格式：{formats}",
        "second": "后稿 / 整改情况报告",
        "mode": "对照方式",
        "mode_diff": "两稿对照（前稿 → 后稿）",
        "mode_trace": "方案与报告对照（方案 → 报告）",
        "as_of": "时限核对日期（方案对照，可不填：按报告落款日期）",
        "compare_submit": "开始对照",
        "both_files": "请选择两份文件：前稿（或整改方案）和后稿（或整改情况报告）",
        "bad_date": "时限核对日期应写作 YYYY-MM-DD",
        "see_compare": "查看对照结果",
        "compare_failed": "无法对照",
        "comparing": "两份文稿评审完成后进行对照",
        "reviews_of_both": "两份文稿各自的评审",
    },
    "en": {
        "app": "Rectification report review",
        "local": "Served from this computer: drafts are processed here and sent nowhere.",
        "upload_title": "Review a rectification report",
        "files": "Files",
        "drop": "Drop files here, or click to choose ({formats}, several at once)",
        "paste": "Or paste the text",
        "paste_hint": "Paste the text of the progress report or plan here",
        "rubric": "Rubric",
        "backend": "Backend",
        "lang": "Language",
        "default": "default",
        "candidate": "candidate",
        "rules": "rules (offline)",
        "llm": "model",
        "hybrid": "rules + model",
        "no_endpoint": "No model endpoint is configured (OPENAI_BASE_URL): rules only.",
        "submit": "Review",
        "limits": "Limits: {mb} per file, {n} files per review.",
        "errors": "Could not review",
        "pasted": "pasted-text.txt",
        "results": "Reviews",
        "new": "New review",
        "all": "Download all",
        "delete": "Delete these results",
        "doc": "File",
        "state": "State",
        "findings": "Findings",
        "flags": "Flags",
        "queued": "queued",
        "reviewing": "reviewing",
        "done": "done",
        "failed": "not reviewed",
        "progress": "{done} of {total} done",
        "judged": "{done} of {total} findings judged",
        "back": "Back to the list",
        "download": "Download",
        "docx": "Word comments",
        "xlsx": "问题清单 workbook",
        "gone": "No such review: results are kept for an hour, or were deleted.",
        "switch": "中文",
        "busy": "Busy",
        "busy_uploads": "Too many uploads are arriving at once. Try again in a moment.",
        "busy_queue": "Too many documents are waiting to be reviewed. Try again when the reviews running have finished.",
        "busy_results": "The page holds as many reviews as it can (each is kept for an hour). Delete results you no longer need, or try again later.",
        "busy_downloads": "Too many downloads are being made at once. Try again in a moment.",
        "busy_stopping": "The server is stopping.",
        "compare_title": "Compare two documents",
        "compare_hint": "Upload two drafts of one document to see which flags were resolved and which are new; or a rectification plan and the later report on it, to see whether the report accounts for every planned finding, measure, deadline and owner.",
        "first": "Earlier draft / plan",
        "formats": "Formats: {formats}",
        "second": "Later draft / report",
        "mode": "Compare as",
        "mode_diff": "two drafts (earlier → later)",
        "mode_trace": "a plan and its report (plan → report)",
        "as_of": "Deadlines as of (plan and report; empty: the report's own date)",
        "compare_submit": "Compare",
        "both_files": "Choose two files: the earlier draft (or the plan) and the later one (or the report)",
        "bad_date": "the date for deadlines is written YYYY-MM-DD",
        "see_compare": "See the comparison",
        "compare_failed": "Could not compare",
        "comparing": "The two documents are compared once both are reviewed",
        "reviews_of_both": "Each document's own review",
    },
}


# Every format the command line reads, from its one list: the drop zone and both forms name and accept them.
FORMATS_SHOWN = " ".join(SUPPORTED_SUFFIXES)
ACCEPT = ",".join(SUPPORTED_SUFFIXES)


def t(lang: str, key: str, **values: object) -> str:
    text = TEXT.get(lang, TEXT["zh"])[key]
    if "{formats}" in text:
        values = {"formats": FORMATS_SHOWN, **values}
    return text.format(**values) if values else text


@dataclass(frozen=True)
class Choice:
    value: str
    text: str
    selected: bool = False


def _page(lang: str, title: str, body: str, head: str = "") -> str:
    html_lang = "zh-CN" if lang == "zh" else "en"
    return (
        f'<!DOCTYPE html>\n<html lang="{html_lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<link rel="icon" href="data:,">'
        f"<title>{esc(title)}</title><style>{CSS}</style>"
        f'<link rel="stylesheet" href="/static/app.css">{head}</head>'
        f'<body><main>{body}</main><script src="/static/app.js"></script></body></html>\n'
    )


def _masthead(lang: str, switch: str | None = None) -> str:
    other = "en" if lang == "zh" else "zh"
    link = f'<a class="button" href="{esc(switch)}?lang={other}" lang="{other}">{esc(t(lang, "switch"))}</a>' if switch else ""
    return (
        f'<header class="masthead"><a href="/?lang={lang}" class="brand">rectcheck</a>'
        f'<span class="local">{esc(t(lang, "local"))}</span>{link}</header>'
    )


def _select(name: str, caption: str, choices: list[Choice], ident: str | None = None) -> str:
    options = "".join(
        f'<option value="{esc(c.value)}"{" selected" if c.selected else ""}>{esc(c.text)}</option>' for c in choices
    )
    return f'<label class="field">{esc(caption)}<select name="{name}" id="{ident or name}">{options}</select></label>'


def upload_page(
    lang: str,
    *,
    rubrics: list[Choice],
    backends: list[Choice],
    endpoint_note: str | None,
    max_bytes_text: str,
    max_files: int,
    errors: list[str] | None = None,
    text: str = "",
) -> str:
    """The form: files or pasted text, rubric, backend, language. Posts to /review."""
    langs = [Choice("zh", "中文", lang == "zh"), Choice("en", "English", lang == "en")]
    alert = ""
    if errors:
        lines = "".join(f"<li>rectcheck: {esc(e)}</li>" for e in errors)
        alert = f'<section class="alert" role="alert"><h2>{esc(t(lang, "errors"))}</h2><ul>{lines}</ul></section>'
    note = f'<p class="hint">{esc(endpoint_note)}</p>' if endpoint_note else ""
    body = (
        f"{_masthead(lang, '/')}<h1>{esc(t(lang, 'upload_title'))}</h1>{alert}"
        # The language in the address too: a refusal sent before the body is read speaks it.
        f'<form method="post" action="/review?lang={lang}" enctype="multipart/form-data" id="upload" class="upload">'
        f'<div class="drop" id="drop"><label for="files">{esc(t(lang, "drop"))}</label>'
        f'<input type="file" id="files" name="files" multiple accept="{ACCEPT}">'
        '<ul class="chosen" id="chosen" aria-live="polite"></ul></div>'
        f'<label class="field wide" for="text">{esc(t(lang, "paste"))}</label>'
        f'<textarea id="text" name="text" rows="8" placeholder="{esc(t(lang, "paste_hint"))}">{esc(text)}</textarea>'
        '<div class="options">'
        f"{_select('rubric', t(lang, 'rubric'), rubrics)}{_select('backend', t(lang, 'backend'), backends)}"
        f"{_select('lang', t(lang, 'lang'), langs)}</div>{note}"
        f'<p><button type="submit" class="primary" id="submit">{esc(t(lang, "submit"))}</button></p>'
        f'<p class="hint">{esc(t(lang, "limits", mb=max_bytes_text, n=max_files))}</p></form>'
        f"{_compare_form(lang, rubrics)}"
    )
    return _page(lang, f"rectcheck · {t(lang, 'app')}", body)


def _compare_form(lang: str, rubrics: list[Choice]) -> str:
    """Two files and how to compare them (two drafts, or a plan and its report). Posts to /compare."""
    modes = [Choice("diff", t(lang, "mode_diff"), True), Choice("trace", t(lang, "mode_trace"))]
    files = "".join(
        f'<label class="field">{esc(t(lang, key))}<input type="file" id="{key}" name="{key}" accept="{ACCEPT}"></label>'
        for key in ("first", "second")
    )
    return (
        f'<form method="post" action="/compare?lang={lang}" enctype="multipart/form-data" id="compare" class="compare">'
        f'<h2>{esc(t(lang, "compare_title"))}</h2><p class="hint">{esc(t(lang, "compare_hint"))}</p>'
        f'<div class="pair">{files}</div><p class="hint">{esc(t(lang, "formats"))}</p>'
        f'<div class="options">{_select("mode", t(lang, "mode"), modes)}'
        f"{_select('rubric', t(lang, 'rubric'), rubrics, 'compare-rubric')}"
        f'<label class="field">{esc(t(lang, "as_of"))}<input type="date" name="as_of" id="as_of"></label></div>'
        f'<input type="hidden" name="lang" value="{lang}">'
        f'<p><button type="submit" class="primary" id="compare-submit">{esc(t(lang, "compare_submit"))}</button></p>'
        "</form>"
    )


SORT_KEYS = ("n", "name", "state", "score", "verdict", "findings", "flags")
VERDICT_ORDER = {"fail": 0, "unreviewed": 1, "warn": 2, "pass": 3}


def _sort_value(key: str, s: DocStatus) -> tuple[int, float | str]:
    """The column's value; documents without one (not reviewed) sort last."""
    if key == "name":
        return (0, s.name)
    if key == "state":
        return (0, s.state)
    if key == "score":
        return (0, s.score) if s.score is not None else (1, 0.0)
    if key == "verdict":
        return (0, VERDICT_ORDER.get(s.verdict, 9)) if s.verdict else (1, 0)
    if key == "findings":
        return (0, s.findings) if s.findings is not None else (1, 0)
    if key == "flags":
        return (0, sum(s.flags.values())) if s.state == "done" else (1, 0)
    return (0, s.n)


def _state_text(lang: str, s: DocStatus) -> str:
    text = t(lang, s.state)
    if s.state == "reviewing" and s.to_judge:
        text += " · " + t(lang, "judged", done=s.judged, total=s.to_judge)
    return text


def batch_page(job: Job, sort: str, descending: bool) -> str:
    """One row per document: state (live while reviews run), score, verdict, counts by flag, links.
    Sorted by the column links (server side, so it works without JavaScript)."""
    lang = job.lang
    status = job.status()
    key = sort if sort in SORT_KEYS else "n"
    valued = [s for s in status.documents if _sort_value(key, s)[0] == 0]
    rows_status = sorted(valued, key=lambda s: _sort_value(key, s), reverse=descending) + [
        s for s in status.documents if _sort_value(key, s)[0] != 0
    ]  # documents without a value (not reviewed yet, or not readable) stay last either way

    def head(col: str, caption: str) -> str:
        is_current = col == key
        order = "desc" if is_current and not descending else "asc"
        aria = f' aria-sort="{"descending" if descending else "ascending"}"' if is_current else ""
        arrow = (" ▾" if descending else " ▴") if is_current else ""
        href = f"?{urlencode({'sort': col, 'order': order})}"
        return f'<th{aria} data-col="{col}"><a href="{esc(href)}">{esc(caption)}{arrow}</a></th>'

    # The state names in the page's language, for the live updates of /static/app.js.
    state_names = "".join(f' data-{k}="{esc(t(lang, k))}"' for k in ("queued", "reviewing", "done", "failed"))
    rows = []
    for s in rows_status:
        name = esc(s.name)
        if s.state == "done":
            name = f'<a href="/jobs/{job.id}/{s.n}">{name}</a>'
        verdict = ""
        if s.verdict:
            verdict = f'<span class="badge {esc(s.verdict)}">{esc(label(lang, s.verdict))}</span>'
        flags = " · ".join(
            f'<span class="nowrap">{esc(flag_info(job.rubric, code, lang).title)} ×{n}</span>'
            for code, n in sorted(s.flags.items(), key=lambda kv: (-kv[1], kv[0]))
        )
        state = esc(_state_text(lang, s))
        if s.error:
            state += f'<p class="error-line">rectcheck: {esc(s.error)}</p>'
        score = "" if s.score is None else f"{s.score:.1f}"
        rows.append(
            f'<tr data-n="{s.n}" data-state="{s.state}" data-score="{score}">'
            f'<td class="n">{s.n}</td><td class="name">{name}</td><td class="state"{state_names}>{state}</td>'
            f'<td class="num">{score}</td><td class="verdict">{verdict}</td>'
            f'<td class="num">{"" if s.findings is None else s.findings}</td><td class="flags">{flags}</td></tr>'
        )
    table = (
        '<div class="table-wrap"><table class="docs" id="docs"><thead><tr>'
        f"{head('n', '#')}{head('name', t(lang, 'doc'))}{head('state', t(lang, 'state'))}"
        f"{head('score', label(lang, 'score'))}{head('verdict', label(lang, 'verdict'))}"
        f"{head('findings', t(lang, 'findings'))}{head('flags', t(lang, 'flags'))}"
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )
    progress = (
        f'<p class="progress" id="progress" data-done="{status.done}" data-total="{status.total}">'
        f'<progress max="{status.total}" value="{status.done}"></progress> '
        f'<span data-template="{esc(t(lang, "progress", done="{done}", total="{total}"))}">'
        f'{esc(t(lang, "progress", done=status.done, total=status.total))}</span></p>'
    )
    downloads = ""
    if status.finished and any(d.state == "done" for d in status.documents):
        links = "".join(
            f'<a class="button" href="/jobs/{job.id}/all.{ext}" download>{esc(caption)}</a>'
            for ext, caption in (("xlsx", t(lang, "xlsx")), ("json", "JSON"), ("html", "HTML"), ("sarif", "SARIF"))
        )
        downloads = f'<span>{esc(t(lang, "all") + colon(lang))}</span>{links}'
    bar = toolbar(job, lang, downloads, back=None)
    if job.compare is not None:
        progress += _compare_note(job, lang)
    # Without JavaScript the page reloads itself while reviews run; with it, /static/app.js follows
    # the progress stream instead.
    head_extra = "" if status.finished else '<noscript><meta http-equiv="refresh" content="2"></noscript>'
    body = (
        f'{bar}<h1>{esc(t(lang, "results"))} ({status.total})</h1>{progress}{table}'
        f'<div id="job" data-job="{job.id}" data-finished="{str(status.finished).lower()}" hidden></div>'
    )
    return _page(lang, f"rectcheck · {t(lang, 'results')}", body, head_extra)


def _compare_note(job: Job, lang: str) -> str:
    """Above the two documents of a comparison: the link to it, why it could not be made, or that it
    comes once both are reviewed."""
    if job.comparison is not None:
        return f'<p><a class="button primary" href="/jobs/{job.id}/compare">{esc(t(lang, "see_compare"))}</a></p>'
    if job.compare_error is not None:
        return (f'<section class="alert" role="alert"><h2>{esc(t(lang, "compare_failed"))}</h2>'
                f"<p>rectcheck: {esc(job.compare_error_in(lang) or '')}</p></section>")  # fmt: skip
    return f'<p class="hint">{esc(t(lang, "comparing"))}</p>'


def compare_page(job: Job, title: str, subtitle: str, table: str, formats: list[tuple[str, str]],
                 lines: list[str] | None = None) -> str:  # fmt: skip
    """A comparison: the side-by-side table under a bar with its downloads and the counts (``lines``),
    the two documents' reviews behind the back link."""
    lang = job.lang
    links = "".join(
        f'<a class="button" href="/jobs/{job.id}/compare.{ext}" download data-format="{ext}">{esc(caption)}</a>'
        for ext, caption in formats
    )
    caption = f'<span>{esc(t(lang, "download") + colon(lang))}</span>'
    bar = toolbar(job, lang, f"{caption}{links}", back=f"/jobs/{job.id}?view=documents")
    reviews = "".join(
        f'<li><a href="/jobs/{job.id}/{d.n}">{esc(d.name)}</a></li>' for d in job.docs if d.state == "done"
    )
    from checker.renderers.crossdoc_tables import summary_html

    body = (
        f'{bar}<h1>{esc(title)}</h1><p class="meta">{esc(subtitle)}</p>{summary_html(lines or [])}'
        f'<div class="table-wrap">{table}</div>'
        f'<h2>{esc(t(lang, "reviews_of_both"))}</h2><ul>{reviews}</ul>'
    )
    return _page(lang, f"rectcheck · {title}", body)


def toolbar(job: Job, lang: str, downloads: str, back: str | None) -> str:
    """Navigation, downloads and delete, above a batch table or a review."""
    back_link = f'<a class="button" href="{esc(back)}">← {esc(t(lang, "back"))}</a>' if back else ""
    return (
        f'<nav class="toolbar" aria-label="rectcheck">{back_link}'
        f'<a class="button" href="/?lang={lang}">+ {esc(t(lang, "new"))}</a>{downloads}<span class="sep"></span>'
        f'<form method="post" action="/jobs/{job.id}/delete"><button type="submit">{esc(t(lang, "delete"))}</button></form>'
        "</nav>"
    )


def review_toolbar(job: Job, n: int) -> str:
    lang = job.lang
    links = "".join(
        f'<a class="button" href="/jobs/{job.id}/{n}.{f.name}" download data-format="{f.name}">{esc(f.caption_in(lang))}</a>'
        for f in downloads()
    )
    back = f"/jobs/{job.id}" if len(job.docs) > 1 else None
    return toolbar(job, lang, f'<span>{esc(t(lang, "download") + colon(lang))}</span>{links}', back)


def message_page(lang: str, message: str, title: str = "") -> str:
    heading = f"<h2>{esc(title)}</h2>" if title else ""
    body = f'{_masthead(lang)}<section class="alert" role="alert">{heading}<p>{esc(message)}</p></section>' \
        f'<p><a class="button" href="/?lang={lang}">{esc(t(lang, "new"))}</a></p>'
    return _page(lang, "rectcheck", body)


def busy_page(lang: str, reason: str) -> str:
    """The page cannot take this now (``reason``: a bound of checker.serve.capacity); try again."""
    return message_page(lang, t(lang, f"busy_{reason}"), title=t(lang, "busy"))
