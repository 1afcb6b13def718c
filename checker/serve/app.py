"""The local page as an ASGI app: upload, batch table with live progress, review, downloads.

A review is posted once and answered with a redirect (post/redirect/get), so a refresh never posts
it again. Results live in memory (``JobStore``) under an unguessable id. Reading, reviewing and
making downloads run in worker processes (checker.serve.worker), never on the event loop: the page
answers while they work. What the page takes on at once is bounded (checker.serve.capacity); past
a bound it answers 503 with a page saying it is busy.
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import hashlib
import os
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlsplit

import anyio
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import (
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
    StreamingResponse,
)
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from checker.config import ServeTable
from checker.read.files import megabytes
from checker.reasons import reason
from checker.renderers.common import label
from checker.renderers.crossdoc_formats import (
    EXTENSIONS,
    MEDIA_TYPES,
    comparison_rows,
    heading,
    summary_lines,
)
from checker.renderers.crossdoc_tables import rows_table
from checker.renderers.formats import FORMATS, OutputFormat
from checker.renderers.html_render import CSS, render_html
from checker.serve import pages
from checker.serve.capacity import RETRY_AFTER_SECONDS, Busy, Gate
from checker.serve.connections import MarkRequests
from checker.serve.downloads import DownloadFailed, make_comparison_download, make_download
from checker.serve.jobs import Job, JobStore
from checker.serve.names import content_disposition
from checker.serve.uploads import FormRefused, Limits, check_declared, documents, pair, read_form
from checker.serve.worker import Workers

LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1"})
WILDCARD = frozenset({"0.0.0.0", "::", ""})
SETTLE_SECONDS = 2.0  # a quick review answers the form with the review itself, not a progress page
# One document's reading and review at most, unless serve.review-seconds says: the rules take
# seconds even on a large report; a model review of a long one takes minutes.
REVIEW_SECONDS = {"rules": 120.0, "llm": 1800.0, "hybrid": 1800.0}
MB = 1024 * 1024
# A comparison's downloads, in the bar's order: the newer document commented, the 对照 sheet, the rest.
COMPARISON_DOWNLOADS = [
    ("docx", "Word 批注 .docx", "Word comments .docx"), ("xlsx", "对照 .xlsx", "Side by side .xlsx"),
    ("html", "HTML", "HTML"), ("markdown", "Markdown", "Markdown"), ("json", "JSON", "JSON"),
]  # fmt: skip

_CSS_HASH = base64.b64encode(hashlib.sha256(CSS.encode("utf-8")).digest()).decode("ascii")
# Scripts only from this server, styles only from it or the report's own inline sheet (by hash),
# nothing from anywhere else; no framing.
CSP = (
    "default-src 'none'; script-src 'self'; "
    f"style-src 'self' 'sha256-{_CSS_HASH}'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),  # no address of a review leaves for another site
    (b"cache-control", b"no-store"),  # drafts are not kept in the browser's cache either
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]


@dataclass(frozen=True)
class Backend:
    name: str  # rules | llm | hybrid
    describe: str  # shown on the form: the model and endpoint, never the key


@dataclass
class ServeConfig:
    """What the page offers and how it reviews; built from the configuration file and options."""

    rubrics: dict[str, Any]  # ref → Rubric, in the form's order
    default_rubric: str
    backends: list[Backend]
    lang: str = "zh"
    fail_on: str = "error"
    limits: Limits = field(default_factory=lambda: Limits(max_bytes=20 * 1024 * 1024, max_files=20))
    review_options: dict[str, Any] = field(default_factory=dict)  # model, judge_config, jobs
    bind_host: str = "127.0.0.1"
    bounds: ServeTable = field(default_factory=ServeTable)  # [serve] in the configuration
    settle: float = SETTLE_SECONDS

    def review_seconds(self, backend: str) -> float:
        return self.bounds.review_seconds or REVIEW_SECONDS[backend]


def _host_allowed(host_header: str, bind_host: str) -> bool:
    """Only names of this machine's loopback (and the address bound): a web page that points its
    own domain at 127.0.0.1 (DNS rebinding) cannot read the reviews."""
    if bind_host in WILDCARD:
        return True
    try:
        name = urlsplit(f"//{host_header}").hostname or ""
    except ValueError:
        return False
    return name in LOOPBACK_NAMES or name == bind_host.strip("[]")


class Guard:
    """Every response gets the security headers; requests for another host name, and posts from
    another origin (a page elsewhere submitting a form here), are refused."""

    def __init__(self, app: ASGIApp, bind_host: str) -> None:
        self.app, self.bind_host = app, bind_host

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        host = headers.get("host", "")
        refusal = None
        if not _host_allowed(host, self.bind_host):
            refusal = "host not allowed"
        elif scope["method"] not in ("GET", "HEAD"):
            origin, site = headers.get("origin"), headers.get("sec-fetch-site")
            if (
                site in ("cross-site", "same-site")
                or (origin not in (None, "null") and urlsplit(origin).netloc != host)
                or (origin == "null" and site != "same-origin")  # an opaque origin: only when the browser vouches
            ):
                refusal = "cross-origin request refused"

        async def send_secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + SECURITY_HEADERS
            await send(message)

        if refusal is not None:
            await PlainTextResponse(refusal, status_code=403)(scope, receive, send_secured)
            return
        await self.app(scope, receive, send_secured)


def _static(name: str) -> bytes:
    return files("checker.serve").joinpath("static", name).read_bytes()


def create_app(config: ServeConfig) -> ASGIApp:
    bounds = config.bounds
    processes = Workers(memory=bounds.worker_mb * MB)
    store = JobStore(processes, workers=bounds.workers, max_pending=bounds.workers + bounds.queue,
                     max_jobs=bounds.results, max_held=bounds.results_mb * MB)  # fmt: skip
    receiving = Gate(bounds.uploads, "uploads")
    rendering = Gate(bounds.workers, "downloads")
    static = {"app.js": (_static("app.js"), "text/javascript"), "app.css": (_static("app.css"), "text/css")}

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        threading.Thread(target=processes.warm, name="warm", daemon=True).start()
        yield
        store.close()  # reviews and downloads still running are stopped: nothing holds the exit

    def lang_of(request: Request) -> str:
        lang = request.query_params.get("lang", config.lang)
        return lang if lang in pages.TEXT else config.lang

    def form_page(lang: str, errors: list[str] | None = None, text: str = "", chosen: dict[str, str] | None = None,
                  status: int = 200) -> HTMLResponse:  # fmt: skip
        chosen = chosen or {}
        rubric_pick = chosen.get("rubric", config.default_rubric)
        rubrics = []
        for ref, rub in config.rubrics.items():
            tags = [pages.t(lang, "default")] if ref == config.default_rubric else []
            if rub.status == "candidate":
                tags.append(pages.t(lang, "candidate"))
            suffix = f" ({', '.join(tags)})" if tags else ""
            rubrics.append(pages.Choice(ref, f"{ref}{suffix} · {rub.title}", ref == rubric_pick))
        backend_pick = chosen.get("backend", "rules")
        backends = [
            pages.Choice(b.name, pages.t(lang, b.name) + (f" · {b.describe}" if b.describe else ""), b.name == backend_pick)
            for b in config.backends
        ]
        note = None if len(config.backends) > 1 else pages.t(lang, "no_endpoint")
        html = pages.upload_page(
            lang,
            rubrics=rubrics,
            backends=backends,
            endpoint_note=note,
            max_bytes_text=megabytes(config.limits.max_bytes),
            max_files=config.limits.max_files,
            errors=errors,
            text=text,
        )
        return HTMLResponse(html, status_code=status)

    def busy(lang: str, exc: Busy) -> HTMLResponse:
        return HTMLResponse(pages.busy_page(lang, exc.reason), status_code=503,
                            headers={"retry-after": str(RETRY_AFTER_SECONDS)})  # fmt: skip

    async def home(request: Request) -> Response:
        return form_page(lang_of(request))

    def form_lang(fields: dict[str, str], lang: str) -> str:
        """The language the form asked for, when the page has it; else the configured one."""
        lang = fields.get("lang", lang)
        return lang if lang in pages.TEXT else config.lang

    async def settled(job: Job, lang: str, text: str = "", chosen: dict[str, str] | None = None) -> Response:
        """The job's page once it has had ``config.settle`` to finish; when no document of it could
        be read or reviewed, the form again with every reason (and what was typed, when given)."""
        deadline = anyio.current_time() + config.settle
        while not job.finished and anyio.current_time() < deadline:
            await asyncio.sleep(0.05)
        if job.finished and all(d.state == "failed" for d in job.docs):
            store.delete(job.id)
            return form_page(lang, [d.error_in(lang) or "" for d in job.docs], text, chosen, status=400)
        return RedirectResponse(_job_url(job), status_code=303)

    async def review(request: Request) -> Response:
        lang = lang_of(request)  # the form's own field is in the body, which a refusal does not read
        try:
            check_declared(request, config.limits)  # refused from its headers: no turn to wait for
            async with receiving.slot():
                store.check_room()  # busy: said before the upload is read, not after
                upload = await read_form(request, config.limits, bounds.upload_seconds)
                lang = form_lang(upload.fields, lang)
                chosen = upload.fields
                rubric_ref = chosen.get("rubric", config.default_rubric)
                backend = chosen.get("backend", "rules")
                if rubric_ref not in config.rubrics:
                    return form_page(lang, [reason("unknown_rubric", rubric=rubric_ref).text(lang)], upload.text, status=400)
                if backend not in {b.name for b in config.backends}:
                    return form_page(lang, [reason("backend_unavailable", backend=backend).text(lang)],
                                     upload.text, status=400)  # fmt: skip
                docs = documents(upload, pages.t(lang, "pasted"))
                if not docs:
                    return form_page(lang, [pages.t(lang, "errors") + ": " + pages.t(lang, "drop")], status=400)
                job = store.add(
                    docs,
                    rubric=config.rubrics[rubric_ref],
                    backend=backend,
                    lang=lang,
                    fail_on=config.fail_on,
                    options={**config.review_options, "max_bytes": config.limits.max_bytes},
                    seconds=config.review_seconds(backend),
                )
        # Answered before the body was read (or all of it): the connection is not closed at once,
        # so the client gets to read the answer; what it still sends is read and dropped until
        # the connection's head deadline (checker.serve.connections).
        except Busy as exc:
            return busy(lang, exc)
        except FormRefused as exc:
            return form_page(lang, [exc.why.text(lang)], status=exc.status)
        return await settled(job, lang, upload.text, chosen)

    async def compare(request: Request) -> Response:
        """Two files compared: two drafts (diff) or a plan and its report (trace). Read, reviewed and
        compared in a worker process as one upload is, within the same limits."""
        lang = lang_of(request)
        try:
            check_declared(request, config.limits)
            async with receiving.slot():
                store.check_room()
                upload = await read_form(request, config.limits, bounds.upload_seconds)
                lang = form_lang(upload.fields, lang)
                chosen = upload.fields
                rubric_ref = chosen.get("rubric", config.default_rubric)
                mode = chosen.get("mode", "diff")
                if rubric_ref not in config.rubrics:
                    return form_page(lang, [reason("unknown_rubric", rubric=rubric_ref).text(lang)], status=400)
                if mode not in ("diff", "trace"):
                    return form_page(lang, [reason("compare_mode", mode=mode).text(lang)], status=400)
                as_of = None
                if mode == "trace" and chosen.get("as_of", "").strip():
                    try:
                        as_of = dt.date.fromisoformat(chosen["as_of"].strip())
                    except ValueError:
                        return form_page(lang, [f"{chosen['as_of']!r}: {pages.t(lang, 'bad_date')}"], status=400)
                docs = pair(upload)
                if docs is None:
                    return form_page(lang, [pages.t(lang, "both_files")], status=400)
                job = store.add(
                    docs,
                    rubric=config.rubrics[rubric_ref],
                    backend="rules",
                    lang=lang,
                    fail_on=config.fail_on,
                    options={**config.review_options, "max_bytes": config.limits.max_bytes},
                    seconds=config.review_seconds("rules"),
                    compare=mode,
                    as_of=as_of,
                )
        except Busy as exc:
            return busy(lang, exc)
        except FormRefused as exc:
            return form_page(lang, [exc.why.text(lang)], status=exc.status)
        return await settled(job, lang)

    def _job_url(job: Job) -> str:
        if job.compare is not None:
            return f"/jobs/{job.id}/compare" if job.comparison is not None else f"/jobs/{job.id}"
        if len(job.docs) == 1 and job.docs[0].state == "done":
            return f"/jobs/{job.id}/1"
        return f"/jobs/{job.id}"

    def find(request: Request) -> Job | None:
        return store.get(request.path_params["job_id"])

    def gone(request: Request) -> HTMLResponse:
        return HTMLResponse(pages.message_page(lang_of(request), pages.t(lang_of(request), "gone")), status_code=404)

    async def job_page(request: Request) -> Response:
        job = find(request)
        if job is None:
            return gone(request)
        if job.compare is None and len(job.docs) == 1 and job.docs[0].state == "done":
            return RedirectResponse(f"/jobs/{job.id}/1", status_code=303)
        if job.comparison is not None and not request.query_params:  # the list itself: ?view=documents
            return RedirectResponse(f"/jobs/{job.id}/compare", status_code=303)
        sort = request.query_params.get("sort", "n")
        descending = request.query_params.get("order") == "desc"
        return HTMLResponse(pages.batch_page(job, sort, descending))

    async def job_status(request: Request) -> Response:
        job = find(request)
        if job is None:
            return JSONResponse({"error": "no such review"}, status_code=404)
        return Response(job.status().model_dump_json(), media_type="application/json")

    async def job_events(request: Request) -> Response:
        job_id = request.path_params["job_id"]
        if store.get(job_id) is None:
            return JSONResponse({"error": "no such review"}, status_code=404)

        async def stream():
            last, quiet = -1, 0.0
            while True:
                job = store.get(job_id)
                if job is None:
                    yield "event: gone\ndata: {}\n\n"
                    return
                if job.version != last:
                    last, quiet = job.version, 0.0
                    status = job.status()
                    yield f"data: {status.model_dump_json()}\n\n"
                    if status.finished:
                        yield "event: done\ndata: {}\n\n"
                        return
                elif quiet > 15:
                    yield ": still working\n\n"
                    quiet = 0.0
                await asyncio.sleep(0.25)
                quiet += 0.25

        return StreamingResponse(stream(), media_type="text/event-stream")

    async def review_page(request: Request) -> Response:
        job = find(request)
        if job is None:
            return gone(request)
        doc = job.doc(request.path_params["n"])
        if doc is None:
            return gone(request)
        if doc.review is None or doc.source is None:
            return RedirectResponse(f"/jobs/{job.id}", status_code=303)
        review, texts, top = doc.review, {doc.name: doc.source.text}, pages.review_toolbar(job, doc.n)

        def build() -> str:
            return render_html([review], lang=job.lang, rubric=job.rubric, fail_on=job.fail_on, texts=texts, top=top)

        return HTMLResponse(await anyio.to_thread.run_sync(build, abandon_on_cancel=True))

    async def comparison_page(request: Request) -> Response:
        job = find(request)
        if job is None:
            return gone(request)
        result = job.comparison
        if result is None:
            return RedirectResponse(f"/jobs/{job.id}", status_code=303)

        def build() -> str:
            title, subtitle = heading(result, job.lang)
            table = rows_table(comparison_rows(result, job.lang, job.rubric), job.lang)
            captions = [(ext, zh if job.lang == "zh" else en) for ext, zh, en in COMPARISON_DOWNLOADS]
            return pages.compare_page(job, title, subtitle, table, captions, summary_lines(result, job.lang))

        return HTMLResponse(await anyio.to_thread.run_sync(build, abandon_on_cancel=True))

    async def comparison_download(request: Request) -> Response:
        job = find(request)
        fmt = request.path_params["fmt"]
        if job is None or job.comparison is None or fmt not in {ext for ext, _, _ in COMPARISON_DOWNLOADS}:
            return gone(request)
        newer = job.docs[1]
        settings: dict[str, Any] = {"lang": job.lang, "rubric": job.rubric}
        if fmt == "docx":  # the newer document, commented: its own upload when it was a .docx
            settings |= {"newer": newer.review, "text": newer.source.text if newer.source else None,
                         "original": newer.original}  # fmt: skip
        stem = PurePosixPath(newer.name).stem or "report"
        if fmt == "docx":
            filename = FORMATS["docx"].download_name(stem, job.lang)  # 报告-批注.docx, as a review's copy
        else:
            filename = f"{stem}-{label(job.lang, f'{job.compare}_file')}.{EXTENSIONS[fmt]}"
        make: Callable[[], bytes | str] = lambda: make_comparison_download(  # noqa: E731
            processes, bounds.download_seconds, filename, fmt, job.comparison, settings
        )
        try:
            async with rendering.slot():
                body = await anyio.to_thread.run_sync(make, abandon_on_cancel=True)
        except Busy as exc:
            return busy(job.lang, exc)
        except DownloadFailed as exc:
            return HTMLResponse(pages.message_page(job.lang, f"rectcheck: {exc.text(job.lang)}"), status_code=422)
        data = body.encode("utf-8") if isinstance(body, str) else body
        return Response(data, media_type=MEDIA_TYPES[fmt], headers={"content-disposition": content_disposition(filename)})

    def settings_of(job: Job, **extra: Any) -> dict[str, Any]:
        return {"lang": job.lang, "rubric": job.rubric, "fail_on": job.fail_on, **extra}

    async def download(request: Request) -> Response:
        job = find(request)
        spec = FORMATS.get(request.path_params["fmt"])
        if job is None or spec is None or spec.download is None:
            return gone(request)
        doc = job.doc(request.path_params["n"])
        if doc is None or doc.review is None or doc.source is None:
            return gone(request)
        path = doc.review.document.path
        settings = settings_of(job, texts={path: doc.source.text}, as_list=False,
                               originals={path: doc.original} if doc.original is not None else None)  # fmt: skip
        stem = PurePosixPath(doc.name).stem or "report"
        return await attachment(job.lang, spec, spec.download_name(stem, job.lang), [doc.review], settings)

    async def download_all(request: Request) -> Response:
        job = find(request)
        spec = FORMATS.get(request.path_params["fmt"])
        if job is None or spec is None or spec.download is None or spec.per_document:
            return gone(request)
        done = [(d.review, d.source) for d in job.docs if d.review is not None and d.source is not None]
        if not done:
            return gone(request)
        settings = settings_of(job, texts={r.document.path: s.text for r, s in done}, as_list=True)
        reviews = [r for r, _ in done]
        return await attachment(job.lang, spec, f"rectcheck-{len(done)}.{spec.extension}", reviews, settings)

    async def attachment(lang: str, spec: OutputFormat, filename: str, reviews: list[Any],
                         settings: dict[str, Any]) -> Response:  # fmt: skip
        make: Callable[[], bytes | str] = lambda: make_download(  # noqa: E731
            processes, bounds.download_seconds, filename, spec.name, reviews, settings
        )
        try:
            async with rendering.slot():
                body = await anyio.to_thread.run_sync(make, abandon_on_cancel=True)
        except Busy as exc:
            return busy(lang, exc)
        except DownloadFailed as exc:
            return HTMLResponse(pages.message_page(lang, f"rectcheck: {exc.text(lang)}"), status_code=422)
        data = body.encode("utf-8") if isinstance(body, str) else body
        return Response(data, media_type=spec.media_type, headers={"content-disposition": content_disposition(filename)})

    async def delete(request: Request) -> Response:
        job = find(request)
        lang = job.lang if job else config.lang
        store.delete(request.path_params["job_id"])
        return RedirectResponse(f"/?lang={lang}", status_code=303)

    async def static_file(request: Request) -> Response:
        entry = static.get(request.path_params["name"])
        if entry is None:
            return PlainTextResponse("not found", status_code=404)
        return Response(entry[0], media_type=entry[1])

    async def no_icon(request: Request) -> Response:
        return Response(status_code=204)

    routes = [
        Route("/", home),
        Route("/review", review, methods=["POST"]),
        Route("/compare", compare, methods=["POST"]),
        Route("/jobs/{job_id}/compare", comparison_page),
        Route("/jobs/{job_id}/compare.{fmt}", comparison_download),
        Route("/jobs/{job_id}", job_page),
        Route("/jobs/{job_id}/status", job_status),
        Route("/jobs/{job_id}/events", job_events),
        Route("/jobs/{job_id}/delete", delete, methods=["POST"]),
        Route("/jobs/{job_id}/all.{fmt}", download_all),
        Route("/jobs/{job_id}/{n:int}", review_page),
        Route("/jobs/{job_id}/{n:int}.{fmt}", download),
        Route("/static/{name}", static_file),
        Route("/favicon.ico", no_icon),
    ]
    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.store = store
    return MarkRequests(Guard(app, config.bind_host))


def describe_backends(model: str | None, judge_config: dict[str, Any], env: dict[str, str] | None = None) -> list[Backend]:
    """rules always; llm and hybrid only when an endpoint is configured on purpose (a base URL in the
    environment or the configuration; a key alone chooses none). The description names the model and
    endpoint, never the key."""
    env = dict(os.environ) if env is None else env
    backends = [Backend("rules", "")]
    if not (env.get("OPENAI_BASE_URL") or judge_config.get("base_url")):
        return backends
    from checker.judge.settings import load_settings

    settings = load_settings(model, judge_config, env)
    describe = f"{settings.model} @ {settings.endpoint}"
    return [*backends, Backend("llm", describe), Backend("hybrid", describe)]


__all__ = ["CSP", "ServeConfig", "create_app", "describe_backends"]
