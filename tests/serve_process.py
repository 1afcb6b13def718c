"""`rectcheck serve` as a user starts it: a subprocess on a free loopback port, its peak memory
(the server process's own VmHWM, which exec resets, so the test's size does not count), its
interruption; and raw HTTP over a socket, for requests a well-behaved client would not send."""

from __future__ import annotations

import os
import re
import secrets
import select
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Served:
    proc: subprocess.Popen[str]
    url: str
    port: int

    def _status(self, key: str) -> float:
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
        raise AssertionError(f"{key} not in /proc/{self.proc.pid}/status")

    def peak_mb(self) -> float:
        """The server process's peak resident memory so far (MB)."""
        return self._status("VmHWM")

    def interrupt(self, timeout: float = 30) -> tuple[float, str]:
        """Ctrl-C: the seconds until the server exited, and what it wrote on stderr."""
        started = time.monotonic()
        self.proc.send_signal(signal.SIGINT)
        _, err = self.proc.communicate(timeout=timeout)
        return time.monotonic() - started, err


@contextmanager
def served(home: Path, config: str = "", *args: str, env: dict[str, str] | None = None) -> Iterator[Served]:
    """The server started in ``home`` with ``config`` as its rectcheck.toml; stopped (and its
    worker processes with it) at the end, killed if it does not stop."""
    home.mkdir(parents=True, exist_ok=True)
    (home / "rectcheck.toml").write_text(config, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "checker", "serve", "--port", "0", *args], cwd=home,
        env={**os.environ, **(env or {})}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True,
    )  # fmt: skip
    try:
        ready, _, _ = select.select([proc.stdout], [], [], 60)
        assert ready, "the server printed no address"
        line = proc.stdout.readline()  # type: ignore[union-attr]
        found = re.search(r"serving on (http://127\.0\.0\.1:(\d+)/)", line)
        assert found, line + (proc.stderr.read() if proc.poll() is not None else "")  # type: ignore[union-attr]
        yield Served(proc, found.group(1), int(found.group(2)))
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            with suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=20)
        with suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # whatever is left of it (a worker process)
        proc.wait()
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()


def multipart(files: list[tuple[str, bytes]], fields: dict[str, str]) -> tuple[bytes, str]:
    """A multipart/form-data body as the page's form sends it, and its content type."""
    boundary = "rectcheck" + secrets.token_hex(8)
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode() for k, v in fields.items()
    ]
    for name, data in files:
        head = (f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n'
                "Content-Type: application/octet-stream\r\n\r\n")  # fmt: skip
        parts.append(head.encode() + data + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def request_head(method: str, path: str, port: int, headers: dict[str, str]) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", f"Host: 127.0.0.1:{port}", *(f"{k}: {v}" for k, v in headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def read_response(sock: socket.socket, timeout: float = 30) -> tuple[int, dict[str, str], bytes]:
    """Status, headers (lower-case names) and body of one response (Content-Length framed)."""
    sock.settimeout(timeout)
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError(f"closed before a response: {data[:200]!r}")
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return status, headers, body


def closed_within(sock: socket.socket, seconds: float) -> float | None:
    """The seconds until the server closed ``sock`` (reading and dropping what it sends), or None."""
    started = time.monotonic()
    sock.settimeout(0.2)
    while time.monotonic() - started < seconds:
        try:
            if sock.recv(65536) == b"":
                return time.monotonic() - started
        except TimeoutError:
            continue
        except ConnectionResetError:
            return time.monotonic() - started
    return None
