"""Request bodies on the local page, against the real server: each kind of form has its bound,
refused from the declared length before a byte is read or counted as it arrives; uploads
received at once are bounded, the rest told the page is busy; the server's memory stays bounded."""

from __future__ import annotations

import socket
import threading
import time
from contextlib import suppress
from pathlib import Path

from serve_process import multipart, read_response, request_head, served

MB = 1024 * 1024


def test_a_url_encoded_form_is_refused_past_64_kb(tmp_path: Path) -> None:
    with served(tmp_path) as server:
        idle = server.peak_mb()
        # Declared 10 MB: refused from the header alone, nothing of the body waited for.
        with socket.create_connection(("127.0.0.1", server.port)) as sock:
            sock.sendall(request_head("POST", "/review", server.port, {
                "Content-Type": "application/x-www-form-urlencoded", "Content-Length": str(10 * MB)}))  # fmt: skip
            status, headers, body = read_response(sock, timeout=10)
        page = body.decode("utf-8")
        assert status == 413 and headers["content-type"].startswith("text/html")
        assert "表单过大：url 编码的内容超过 64 KB" in page and '<html lang="zh-CN">' in page

        # Sent whole, percent-encoded Chinese text (which once multiplied itself 84 times when decoded).
        encoded = ("text=" + "%E6%95%B4%E6%94%B9" * (10 * MB // 18)).encode()
        with socket.create_connection(("127.0.0.1", server.port)) as sock:
            sock.sendall(request_head("POST", "/review?lang=en", server.port, {
                "Content-Type": "application/x-www-form-urlencoded", "Content-Length": str(len(encoded))}))  # fmt: skip
            sender = threading.Thread(target=_send_quietly, args=(sock, encoded))
            sender.start()
            status, _, body = read_response(sock, timeout=10)
            sender.join(30)
        assert status == 413 and "form too large" in body.decode("utf-8") and '<html lang="en">' in body.decode()

        # No length declared (chunked): counted as it arrives, refused at the bound.
        with socket.create_connection(("127.0.0.1", server.port)) as sock:
            sock.sendall(request_head("POST", "/review", server.port, {
                "Content-Type": "application/x-www-form-urlencoded", "Transfer-Encoding": "chunked"}))  # fmt: skip
            chunk = b"text=" + b"a" * 32_000
            sender = threading.Thread(target=_send_quietly, args=(sock, b"%x\r\n%s\r\n" % (len(chunk), chunk) * 8))
            sender.start()
            status, _, body = read_response(sock, timeout=10)
            sender.join(30)
        assert status == 413 and "表单过大" in body.decode("utf-8")
        assert server.peak_mb() - idle < 40, (idle, server.peak_mb())


def _send_quietly(sock: socket.socket, data: bytes) -> None:
    with suppress(OSError):  # the server answered and closed before the end: what a refusal may do
        sock.sendall(data)


def test_uploads_received_at_once_are_bounded_and_the_rest_told_busy(tmp_path: Path) -> None:
    # 4 files of 7.5 MB per upload (under --max-bytes 8 MB): a 30 MB body, held in memory as it arrives.
    data = b"x" * (15 * MB // 2)
    body, kind = multipart([(f"f{i}.txt", data) for i in range(4)], {"backend": "rules", "lang": "zh"})
    with served(tmp_path, "", "--max-bytes", str(8 * MB), "--max-files", "4") as server:
        idle = server.peak_mb()
        release = threading.Event()
        answers: list[tuple[int, str]] = []

        def upload() -> None:
            with socket.create_connection(("127.0.0.1", server.port)) as sock:
                sock.sendall(request_head("POST", "/review", server.port, {"Content-Type": kind,
                                                                         "Content-Length": str(len(body))}))  # fmt: skip
                sock.sendall(body[:-100])  # all but the end: the server holds what it has read
                release.wait(60)
                _send_quietly(sock, body[-100:])
                status, _, page = read_response(sock, timeout=60)
                answers.append((status, page.decode("utf-8")))

        threads = [threading.Thread(target=upload) for _ in range(8)]
        for thread in threads:
            thread.start()
        time.sleep(8)  # past the few seconds an upload waits for its turn
        held = server.peak_mb() - idle
        release.set()
        for thread in threads:
            thread.join(90)
    # Two uploads received at once (serve.uploads): two 30 MB bodies, not eight.
    assert held < 150, held
    assert sorted(status for status, _ in answers) == [303] * 2 + [503] * 6
    busy = next(page for status, page in answers if status == 503)
    assert "服务繁忙" in busy and "正在接收的上传太多" in busy
