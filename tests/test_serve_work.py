"""The local page's work, against the real server: a review past its deadline is reported as
failed while the page goes on answering; past the bounds on work waiting and results kept, the
page says it is busy instead of dropping reviews (running or not); results are kept an hour after
they finish; a download of a hostile upload is made outside the server, whose memory stays bounded;
a worker process runs out of memory at its cap, not the machine's."""

from __future__ import annotations

import concurrent.futures
import io
import re
import time
import zipfile
from pathlib import Path
from urllib.parse import quote

import httpx
from chat_server import ChatServer
from hostile_files import MB, docx, paragraph
from render_samples import TEXT
from serve_process import served

from checker.rubric import load_rubric
from checker.serve.jobs import Doc, JobStore
from checker.serve.tasks import review_documents
from checker.serve.worker import Channel, Workers


def _endpoint(chat: ChatServer) -> dict[str, str]:
    return {"OPENAI_BASE_URL": chat.base_url, "OPENAI_API_KEY": "sk-test", "RECTCHECK_MODEL": "loopback"}


def _post(url: str, backend: str = "rules", text: str = TEXT) -> httpx.Response:
    return httpx.post(f"{url}review", data={"backend": backend, "lang": "zh", "text": text}, follow_redirects=False,
                      timeout=60)  # fmt: skip


def _wait_finished(url: str, job: str, seconds: float) -> dict:  # type: ignore[type-arg]
    deadline = time.monotonic() + seconds
    while True:
        status = httpx.get(f"{url.rstrip('/')}{job}/status", timeout=10).json()
        if status["finished"] or time.monotonic() > deadline:
            return status  # type: ignore[no-any-return]
        time.sleep(0.2)


def test_a_review_past_its_deadline_fails_while_the_page_answers(tmp_path: Path) -> None:
    config = "[serve]\nreview-seconds = 3\nworkers = 1\nqueue = 0\n"
    # The model takes a minute per answer.
    with ChatServer(latency=60) as chat, served(tmp_path, config, env=_endpoint(chat)) as server:
        started = time.monotonic()
        posted = _post(server.url, backend="llm")
        assert posted.status_code == 303 and re.fullmatch(r"/jobs/[\w-]+", posted.headers["location"])
        job = posted.headers["location"]
        # Meanwhile the page answers at once, and the one worker being taken, a new upload is told busy.
        for _ in range(3):
            asked = time.monotonic()
            assert httpx.get(server.url, timeout=10).status_code == 200
            assert time.monotonic() - asked < 1
        busy = _post(server.url)
        assert busy.status_code == 503 and busy.headers["retry-after"].isdigit()
        assert "服务繁忙" in busy.text and "等待评审的文件太多" in busy.text
        status = _wait_finished(server.url, job, 20)
        assert status["finished"] and time.monotonic() - started < 15
        doc = status["documents"][0]
        assert doc["state"] == "failed"
        assert doc["error"] == "粘贴的正文.txt: 评审超过 3 秒，已停止（serve.review-seconds）"  # the page's language
        page = httpx.get(f"{server.url.rstrip('/')}{job}", timeout=10).text
        assert "无法评审" in page and "评审超过 3 秒，已停止" in page
        # The worker is free again.
        assert _post(server.url).status_code == 303


def test_results_are_never_dropped_to_make_room(tmp_path: Path) -> None:
    with ChatServer(latency=60) as chat, served(tmp_path, env=_endpoint(chat)) as server:
        running = _post(server.url, backend="llm").headers["location"]  # a review that keeps running
        kept = []
        for i in range(49):  # 50 results in all: the page keeps that many
            posted = _post(server.url, text=TEXT.replace("2024年", f"20{10 + i % 20}年"))
            assert posted.status_code == 303, (i, posted.text[:300])
            kept.append(posted.headers["location"])
        full = _post(server.url)
        assert full.status_code == 503 and "保存的评审结果已满" in full.text
        assert not httpx.get(f"{server.url.rstrip('/')}{running}/status", timeout=10).json()["finished"]
        assert httpx.get(f"{server.url.rstrip('/')}{kept[0]}", timeout=10).status_code == 200
        # Deleting results makes room.
        job = kept[0].rsplit("/", 1)[0]
        assert httpx.post(f"{server.url.rstrip('/')}{job}/delete", timeout=10).status_code == 303
        assert _post(server.url).status_code == 303


def test_results_expire_an_hour_after_they_finish_and_unfinished_ones_never() -> None:
    processes = Workers(memory=2048 * MB)
    rubric = load_rubric(None)
    settings = {"rubric": rubric, "backend": "rules", "lang": "zh", "fail_on": "error",
                "options": {"max_bytes": 20 * MB, "use_cache": False}}  # fmt: skip
    store = JobStore(processes, workers=1, ttl=1.0)
    idle = JobStore(processes, workers=0, ttl=1.0)  # nobody reviews: its job stays unfinished
    try:
        done = store.add([Doc(n=1, name="r.txt", data=TEXT.encode())], **settings)
        waiting = idle.add([Doc(n=1, name="r.txt", data=TEXT.encode())], **settings)
        deadline = time.monotonic() + 30
        while done.finished_at is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert done.finished and done.docs[0].state == "done"
        assert store.get(done.id) is done
        time.sleep(1.2)
        assert store.get(done.id) is None  # an hour in the page; a second here
        assert idle.get(waiting.id) is waiting and not waiting.finished
    finally:
        store.close()
        idle.close()


def test_downloads_are_made_outside_the_server_whose_memory_stays_bounded(tmp_path: Path) -> None:
    body = "".join(paragraph(line) for line in TEXT.splitlines())
    # 100 MB of thumbnail packed into half a megabyte: the annotated copy unpacks it.
    plan = docx(tmp_path / "thumb.docx", body, {"docProps/thumbnail.jpeg": (b"\0" * MB, 100)})
    with served(tmp_path / "home") as server:
        posted = httpx.post(f"{server.url}review", data={"backend": "rules", "lang": "zh"},
                            files={"files": (plan.name, plan.read_bytes())}, follow_redirects=False, timeout=60)  # fmt: skip
        location = posted.headers["location"]
        assert re.fullmatch(r"/jobs/[\w-]+/1", location), posted.text[:300]
        before = server.peak_mb()

        def download(_: int) -> httpx.Response:
            return httpx.get(f"{server.url.rstrip('/')}{location}.docx", timeout=120)

        with concurrent.futures.ThreadPoolExecutor(3) as pool:
            answers = list(pool.map(download, range(3)))
        grown = server.peak_mb() - before
    made = [a for a in answers if a.status_code == 200]
    assert made and all(a.status_code in (200, 503) for a in answers)
    for answer in made:
        assert answer.headers["content-disposition"].endswith("UTF-8''" + quote("thumb-批注.docx"))
        assert zipfile.ZipFile(io.BytesIO(answer.content)).testzip() is None
    assert grown < 60, grown  # the server holds the finished files, never the unpacked thumbnail


def _allocate(channel: Channel, size: int) -> None:
    block = bytearray(size)
    channel.send("done", len(block))


def test_a_worker_runs_out_of_memory_at_its_cap() -> None:
    processes = Workers(memory=512 * MB)
    try:
        child = processes.start(_allocate, 1024 * MB)
        assert child.receive(time.monotonic() + 30) == ("memory",)
        child.end()
        child = processes.start(_allocate, 64 * MB)
        assert child.receive(time.monotonic() + 30) == ("done", 64 * MB)
        child.end()
        child = processes.start(review_documents, load_rubric(None), {"max_bytes": MB, "use_cache": False})
        child.send(("r.txt", TEXT.encode()))
        kind, source, review = child.receive(time.monotonic() + 60)
        assert kind == "done" and source.text and review.findings
        child.send(None)
        child.end()
    finally:
        processes.close()


def test_a_failed_download_says_why_in_the_pages_language() -> None:
    from checker.models import Source
    from checker.options import ReviewOptions
    from checker.pipeline import review_source
    from checker.serve.downloads import DownloadFailed, make_download

    review = review_source(Source(path="r.txt", text=TEXT, format="txt"), load_rubric(None), ReviewOptions())
    processes = Workers(memory=512 * MB)
    try:
        try:
            make_download(processes, 0.0, "r.docx", "docx", [review], {"lang": "zh"})
        except DownloadFailed as failed:
            assert str(failed) == "r.docx: the download took longer than 0 s (serve.download-seconds)"
            assert failed.text("zh") == "r.docx：生成下载文件超过 0 秒（serve.download-seconds）"
        else:
            raise AssertionError("a download with no time at all was made")
    finally:
        processes.close()
