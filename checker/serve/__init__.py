"""`rectcheck serve`: the local page for auditors, served from their own machine.

Bound to 127.0.0.1 by default, so no other machine can reach it and no draft crosses the network;
binding to another address prints a warning. Uploads and reviews stay in memory (the server's and
its worker processes'). Connections are held to deadlines (checker.serve.connections, and uvicorn's
keep-alive timeout); Ctrl-C stops the server within seconds, reviews running or not.
"""

from __future__ import annotations

import ipaddress
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

from checker.errors import UsageError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
DEFAULT_MAX_FILES = 20


@dataclass(frozen=True)
class ServeRequest:
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    config: Path | None = None
    max_bytes: int | None = None
    max_files: int = DEFAULT_MAX_FILES
    rubric: str | None = None
    lang: str | None = None


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def build_config(request: ServeRequest):
    """The page's settings from the configuration file (rubric, language, limits, model endpoint)
    and the options given, as `rectcheck review` would resolve them."""
    from checker.commands.review import ReviewRequest, resolve_settings
    from checker.config import ServeTable, load_config
    from checker.rubric import list_rubrics, load_rubric
    from checker.serve.app import ServeConfig, describe_backends
    from checker.serve.uploads import Limits

    loaded = load_config(request.config)
    settings = resolve_settings(
        ReviewRequest(paths=[], rubric=request.rubric, lang=request.lang, max_bytes=request.max_bytes), loaded
    )
    default = load_rubric(settings.rubric)
    rubrics = {default.ref: default}
    rubrics.update({r.ref: r for r in list_rubrics() if r.ref not in rubrics})
    judge_config = loaded.values.llm.as_mapping() if loaded.values.llm else {}
    if request.max_files < 1:
        raise UsageError("--max-files must be at least 1")
    return ServeConfig(
        rubrics=rubrics,
        default_rubric=default.ref,
        backends=describe_backends(settings.model, judge_config),
        lang=settings.lang,
        fail_on=settings.fail_on,
        limits=Limits(max_bytes=settings.max_bytes, max_files=request.max_files),
        # No answer cache on disk: what the page reviews leaves nothing behind.
        review_options={"model": settings.model, "judge_config": judge_config, "jobs": settings.jobs, "use_cache": False},
        bind_host=request.host,
        bounds=loaded.values.serve or ServeTable(),
    )


def bind(host: str, port: int) -> socket.socket:
    """A listening socket, or UsageError with the reason (port taken, address not here)."""
    try:
        infos = socket.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise UsageError(f"--host {host}: cannot resolve ({exc.strerror})") from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
    except OSError as exc:
        sock.close()
        reason = "port already in use (choose another with --port)" if exc.errno == 98 else (exc.strerror or str(exc))
        raise UsageError(f"{host}:{port}: {reason}") from None
    sock.listen(64)
    sock.set_inheritable(True)
    return sock


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    host = {"0.0.0.0": "127.0.0.1", "::": "::1"}.get(host, host)  # every address: show this machine's
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


def run_server(request: ServeRequest) -> None:
    """Bind, print the address, serve until interrupted."""
    import uvicorn

    from checker.serve.app import create_app
    from checker.serve.connections import KEEP_ALIVE_SECONDS, watched

    config = build_config(request)
    sock = bind(request.host, request.port)
    if not is_loopback(request.host):
        sys.stderr.write(
            f"rectcheck: warning: --host {request.host} is reachable from other machines; drafts sent to this page "
            "cross the network and anyone who can reach it can use it\n"
        )
    sys.stdout.write(f"rectcheck: serving on {url_of(sock)}  (Ctrl+C to stop)\n")
    sys.stdout.flush()
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(config),
            http=watched(config.bounds.header_seconds),
            timeout_keep_alive=KEEP_ALIVE_SECONDS,
            log_level="warning",
            access_log=False,
            timeout_graceful_shutdown=2,
            lifespan="on",  # its end stops the reviews and downloads still running
        )
    )
    server.run(sockets=[sock])
