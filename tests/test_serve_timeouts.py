"""Deadlines on the local page's connections, against the real server: a connection that says
nothing, or sends its request's head a byte at a time, is closed; a form whose body trickles in
is answered 408; an idle connection after an answer is closed; and Ctrl-C stops the server within
seconds while a review is running."""

from __future__ import annotations

import re
import socket
import threading
import time
from pathlib import Path

import httpx
from chat_server import ChatServer
from render_samples import TEXT
from serve_process import closed_within, multipart, read_response, request_head, served

HEADER_SECONDS = 10  # serve.header-seconds, by default
KEEP_ALIVE_SECONDS = 5


def _drip(sock: socket.socket, data: bytes, every: float, stop: threading.Event) -> None:
    for byte in data:
        if stop.wait(every):
            return
        try:
            sock.sendall(bytes([byte]))
        except OSError:
            return


def test_silent_and_dripping_connections_are_closed(tmp_path: Path) -> None:
    with served(tmp_path) as server:
        stop = threading.Event()
        silent = socket.create_connection(("127.0.0.1", server.port))
        head = socket.create_connection(("127.0.0.1", server.port))
        threading.Thread(target=_drip, args=(head, request_head("GET", "/", server.port, {}) * 4, 1.0, stop),
                         daemon=True).start()  # fmt: skip
        # A request answered, then idle on a kept-alive connection.
        idle = socket.create_connection(("127.0.0.1", server.port))
        idle.sendall(request_head("GET", "/", server.port, {}))
        assert read_response(idle)[0] == 200
        # A request answered, then the next one's head a byte a second (each byte resets keep-alive).
        again = socket.create_connection(("127.0.0.1", server.port))
        again.sendall(request_head("GET", "/", server.port, {}))
        assert read_response(again)[0] == 200
        threading.Thread(target=_drip, args=(again, request_head("GET", "/", server.port, {}) * 4, 1.0, stop),
                         daemon=True).start()  # fmt: skip
        try:
            closed = {name: closed_within(sock, HEADER_SECONDS + 5)
                      for name, sock in (("idle", idle), ("silent", silent), ("head", head), ("again", again))}  # fmt: skip
        finally:
            stop.set()
            for sock in (silent, head, idle, again):
                sock.close()
    assert closed["idle"] is not None and closed["idle"] < KEEP_ALIVE_SECONDS + 2, closed
    for name in ("silent", "head", "again"):
        assert closed[name] is not None and closed[name] < HEADER_SECONDS + 2, closed


def test_a_form_that_trickles_in_is_answered_408(tmp_path: Path) -> None:
    body, kind = multipart([("r.txt", TEXT.encode("utf-8"))], {"backend": "rules", "lang": "en"})
    with served(tmp_path, "[serve]\nupload-seconds = 3\n") as server:
        stop = threading.Event()
        with socket.create_connection(("127.0.0.1", server.port)) as sock:
            sock.sendall(request_head("POST", "/review?lang=en", server.port,
                                      {"Content-Type": kind, "Content-Length": str(len(body))}))  # fmt: skip
            started = time.monotonic()
            threading.Thread(target=_drip, args=(sock, body, 0.5, stop), daemon=True).start()
            try:
                status, _, page = read_response(sock, timeout=20)
            finally:
                stop.set()
            seconds = time.monotonic() - started
        assert status == 408 and 3 <= seconds < 6, (status, seconds)
        assert "upload too slow: the form did not arrive within 3 s" in page.decode("utf-8")
        # The page goes on serving.
        assert httpx.get(server.url, timeout=10).status_code == 200


def test_ctrl_c_stops_the_server_during_a_review(tmp_path: Path) -> None:
    with ChatServer(latency=60) as chat:  # each of the model's answers takes a minute
        env = {"OPENAI_BASE_URL": chat.base_url, "OPENAI_API_KEY": "sk-test", "RECTCHECK_MODEL": "loopback"}
        with served(tmp_path, env=env) as server:
            posted = httpx.post(f"{server.url}review", data={"backend": "llm", "lang": "zh", "text": TEXT},
                                follow_redirects=False, timeout=30)  # fmt: skip
            assert posted.status_code == 303 and re.fullmatch(r"/jobs/[\w-]+", posted.headers["location"])
            deadline = time.monotonic() + 20
            while chat.count == 0 and time.monotonic() < deadline:  # the review is waiting for the model
                time.sleep(0.1)
            assert chat.count > 0
            seconds, err = server.interrupt()
            assert server.proc.returncode == 0
    assert seconds < 6, seconds
    assert "Traceback" not in err, err
