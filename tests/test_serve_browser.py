"""rectcheck serve in a real browser: a live server on a free loopback port, driven by Selenium in
Debian's headless Chromium (chromium-driver; nothing is downloaded). Upload the Word-table plan,
see its findings, follow a chart bar, tap a highlight, download the annotated .docx and open it;
follow a model review's progress on the batch page and sort it; do it all again without JavaScript.
Screenshots at 1280 and 390 px (kept in $RECTCHECK_SCREENSHOTS when set).

Chromium and its driver come from tests/setup_system.sh; without them the test skips.
"""

from __future__ import annotations

import os
import re
import select
import shutil
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from chat_server import ChatServer
from PIL import Image
from read_fixtures import plan_docx
from render_samples import TEXT
from word_fixtures import comments

from checker.options import ReviewOptions
from checker.pipeline import review_source
from checker.read import read_source
from checker.rubric import load_rubric

CHROMIUM = shutil.which("chromium")
CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = [pytest.mark.browser, pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None, reason="chromium/chromium-driver not installed (tests/setup_system.sh)"
)]
webdriver = pytest.importorskip("selenium.webdriver")
from selenium.common.exceptions import StaleElementReferenceException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

CLI = [sys.executable, "-m", "checker"]  # the package as imported, from any checkout
FAIL_RED = (0xCF, 0x22, 0x2E)
ERROR_MARK = (0xFF, 0xCE, 0xCB)


@pytest.fixture(scope="module")
def chat() -> Iterator[ChatServer]:
    with ChatServer(latency=0.3) as server:
        yield server


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, chat: ChatServer) -> Iterator[str]:
    """`rectcheck serve --port 0` as a user starts it, with a model endpoint on loopback."""
    home = tmp_path_factory.mktemp("serve")
    (home / "rectcheck.toml").write_text("jobs = 1\n", encoding="utf-8")  # one finding at a time: visible progress
    env = {**os.environ, "OPENAI_BASE_URL": chat.base_url, "OPENAI_API_KEY": "sk-test-key-not-shown", "RECTCHECK_MODEL": "loopback"}
    proc = subprocess.Popen(
        [*CLI, "serve", "--port", "0"], cwd=home, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )
    try:
        ready, _, _ = select.select([proc.stdout], [], [], 30)
        assert ready, "the server printed no address"
        line = proc.stdout.readline()  # type: ignore[union-attr]
        found = re.search(r"serving on (http://127\.0\.0\.1:\d+/)", line)
        assert found, line
        yield found.group(1)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert proc.returncode in (0, -15)


def _driver(downloads: Path, profile: Path, javascript: bool = True):  # type: ignore[no-untyped-def]
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM  # type: ignore[assignment]
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--hide-scrollbars", f"--user-data-dir={profile}"):  # fmt: skip
        options.add_argument(arg)
    prefs = {"download.default_directory": str(downloads), "download.prompt_for_download": False}
    if not javascript:
        prefs["profile.managed_default_content_settings.javascript"] = 2
    options.add_experimental_option("prefs", prefs)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(30)
    return driver


def _downloaded(downloads: Path, timeout: float = 15.0) -> list[Path]:
    """The Word files in ``downloads`` once each is whole: the browser names a download's file
    before it has written it, so a file seen at once may still be empty."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        got = list(downloads.glob("*.docx"))
        if got and all(zipfile.is_zipfile(p) for p in got):
            break
        time.sleep(0.1)
    return list(downloads.glob("*.docx"))


def _width(driver, width: int) -> None:  # type: ignore[no-untyped-def]
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": 900 if width > 500 else 844, "deviceScaleFactor": 1, "mobile": width < 500},
    )


def _shoot(driver, tmp_path: Path, name: str, width: int) -> Image.Image:  # type: ignore[no-untyped-def]
    """A screenshot of the viewport; kept where $RECTCHECK_SCREENSHOTS says, to be looked at."""
    png = tmp_path / f"{name}-{width}.png"
    driver.save_screenshot(str(png))
    keep = os.environ.get("RECTCHECK_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(png, Path(keep) / png.name)
    assert driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth") <= 0
    image = Image.open(png).convert("RGB")
    assert image.size[0] == width
    return image


def _colours(image: Image.Image) -> list[tuple[int, int, int]]:
    return [c for _, c in image.getcolors(maxcolors=1 << 22) or []]


def _near(pixel: tuple[int, ...], colour: tuple[int, int, int], tol: int = 8) -> bool:
    return all(abs(a - b) <= tol for a, b in zip(pixel[:3], colour, strict=True))


def _console_errors(driver) -> list[str]:  # type: ignore[no-untyped-def]
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def _upload(driver, url: str, paths: list[Path], backend: str = "rules") -> None:  # type: ignore[no-untyped-def]
    driver.get(url)
    driver.find_element(By.ID, "files").send_keys("\n".join(str(p) for p in paths))
    driver.find_element(By.CSS_SELECTOR, f'#backend option[value="{backend}"]').click()
    driver.find_element(By.ID, "submit").click()


def test_upload_a_word_plan_read_follow_tap_and_download(server: str, tmp_path: Path) -> None:
    plan = plan_docx(tmp_path / "整改方案.docx", merge_owner=True, span_title=True)
    review = review_source(read_source(plan), load_rubric(None), ReviewOptions())
    flags = sum(len(f.flags) for f in review.findings) + len(review.document_flags)
    flags += sum(1 for f in review.findings if f.reasons)  # a failing finding no flag explains: its 失分原因
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    driver = _driver(downloads, tmp_path / "profile")
    try:
        driver.get(server)
        assert "sk-test-key" not in driver.page_source
        backends = [o.get_attribute("value") for o in driver.find_elements(By.CSS_SELECTOR, "#backend option")]
        assert backends == ["rules", "llm", "hybrid"]  # an endpoint is configured
        upload_shot = _shoot(driver, tmp_path, "upload", 1280)
        assert len(_colours(upload_shot)) > 30
        # Files dropped anywhere on the zone land in the form (the script; without it, on the input).
        dropped = driver.execute_script(
            "const t = new DataTransfer(); t.items.add(new File(['整改'], '拖入.txt', {type: 'text/plain'}));"
            "document.getElementById('drop').dispatchEvent(new DragEvent('drop', {dataTransfer: t, bubbles: true,"
            " cancelable: true}));"
            "return [document.getElementById('files').files.length, document.getElementById('chosen').textContent];"
        )
        assert dropped == [1, "拖入.txt (1 KB)"]
        driver.find_element(By.ID, "files").send_keys(str(plan))
        assert driver.find_element(By.ID, "chosen").text.startswith("整改方案.docx")  # listed by the script
        driver.find_element(By.ID, "submit").click()
        WebDriverWait(driver, 20).until(lambda d: re.search(r"/jobs/[\w-]+/1$", d.current_url))
        articles = driver.find_elements(By.CSS_SELECTOR, "article.finding")
        assert len(articles) == len(review.findings) >= 3
        review_shot = _shoot(driver, tmp_path, "review", 1280)
        assert any(_near(p, FAIL_RED) for p in _colours(review_shot))

        # A chart bar leads to its finding.
        target = review.findings[1].id
        driver.find_element(By.CSS_SELECTOR, f'a.bar[data-finding="{target}"] rect').click()
        WebDriverWait(driver, 5).until(lambda d: d.current_url.endswith(f"#d1-{target}"))
        top, scrolled, at_end = driver.execute_script(
            f"const top = document.getElementById('d1-{target}').getBoundingClientRect().top;"
            "return [top, window.scrollY, window.scrollY + innerHeight >= document.documentElement.scrollHeight - 1]"
        )
        assert scrolled > 0 and (-2 <= top <= 2 or (at_end and 0 <= top < 900))  # at the top, or the page ends

        # A tap on a highlight shows the rule's explanation (not only on hover).
        mark = driver.find_element(By.CSS_SELECTOR, "article.finding mark[title]")
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", mark)
        mark.click()
        shown = driver.execute_script("return getComputedStyle(arguments[0], '::after').content", mark)
        codes = mark.get_attribute("data-codes").split()
        assert codes[0] in shown and driver.switch_to.active_element == mark

        # The annotated Word copy downloads and opens, one comment per flag (or unexplained failure) and the summary.
        driver.find_element(By.CSS_SELECTOR, 'a[data-format="docx"]').click()
        got = _downloaded(downloads)
        assert [p.name for p in got] == ["整改方案-批注.docx"]
        assert len(comments(got[0])) == flags + 1

        # Phone width: the same review, nothing wider than the screen, the highlight colours there.
        _width(driver, 390)
        driver.get(driver.current_url.split("#")[0])
        phone = _shoot(driver, tmp_path, "review", 390)
        assert any(_near(p, FAIL_RED) for p in _colours(phone))
        driver.execute_script("window.scrollTo(0, document.querySelector('mark').getBoundingClientRect().top - 200)")
        phone_marks = _shoot(driver, tmp_path, "review-marks", 390)
        assert any(_near(p, ERROR_MARK) for p in _colours(phone_marks))
        driver.get(server)
        _shoot(driver, tmp_path, "upload", 390)
        assert _console_errors(driver) == []  # no CSP violation, no missing resource, no script error
    finally:
        driver.quit()


def test_batch_shows_model_progress_and_sorts(server: str, tmp_path: Path, chat: ChatServer) -> None:
    files = []
    for name, text in (("甲.txt", TEXT), ("乙.txt", TEXT.replace("长期坚持", "2024年12月底前"))):
        (tmp_path / name).write_text(text, encoding="utf-8")
        files.append(tmp_path / name)
    driver = _driver(tmp_path, tmp_path / "profile")
    try:
        before = chat.count
        _upload(driver, server, files, backend="llm")
        WebDriverWait(driver, 10).until(lambda d: re.search(r"/jobs/[\w-]+$", d.current_url))
        seen: list[str] = []
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # the page updates itself from the event stream
            try:
                seen.append(driver.find_element(By.CSS_SELECTOR, "#progress span").text
                            + " | " + " ; ".join(c.text for c in driver.find_elements(By.CSS_SELECTOR, "td.state")))  # fmt: skip
                if driver.find_element(By.ID, "job").get_attribute("data-finished") == "true":
                    break
                if "评审中" in seen[-1] and not (tmp_path / "batch-progress-1280.png").exists():
                    _shoot(driver, tmp_path, "batch-progress", 1280)
            except Exception:  # the page reloading under us
                pass
            time.sleep(0.1)
        assert driver.find_element(By.ID, "job").get_attribute("data-finished") == "true", seen[-3:]
        assert any("评审中" in s and re.search(r"\d/\d", s.split("|")[1]) for s in seen)  # per-document progress
        assert any("已完成 1/2" in s for s in seen)
        assert chat.count > before
        assert len(driver.find_elements(By.CSS_SELECTOR, "tbody tr")) == 2
        _shoot(driver, tmp_path, "batch", 1280)
        driver.find_element(By.CSS_SELECTOR, 'th[data-col="score"] a').click()
        WebDriverWait(driver, 5).until(lambda d: "sort=score" in d.current_url)
        scores = [float(r.get_attribute("data-score")) for r in driver.find_elements(By.CSS_SELECTOR, "tbody tr")]
        assert scores == sorted(scores)
        driver.find_element(By.CSS_SELECTOR, 'th[data-col="score"] a').click()  # again: descending
        WebDriverWait(driver, 5).until(lambda d: "order=desc" in d.current_url)
        again = [float(r.get_attribute("data-score")) for r in driver.find_elements(By.CSS_SELECTOR, "tbody tr")]
        assert again == sorted(scores, reverse=True)
        _width(driver, 390)
        driver.refresh()
        _shoot(driver, tmp_path, "batch", 390)
        assert _console_errors(driver) == []
    finally:
        driver.quit()


def test_everything_works_without_javascript(server: str, tmp_path: Path) -> None:
    plan = plan_docx(tmp_path / "plan.docx")
    expected = len(review_source(read_source(plan), load_rubric(None), ReviewOptions()).findings)
    driver = _driver(tmp_path, tmp_path / "profile", javascript=False)
    try:
        driver.get(server)
        driver.find_element(By.ID, "files").send_keys(str(plan))
        assert driver.find_element(By.ID, "chosen").text == ""  # no script ran to list it
        driver.find_element(By.ID, "submit").click()
        WebDriverWait(driver, 20).until(lambda d: re.search(r"/jobs/[\w-]+/1$", d.current_url))
        assert len(driver.find_elements(By.CSS_SELECTOR, "article.finding")) == expected
        driver.refresh()  # a reload is a GET of the review: nothing posted again
        assert re.search(r"/jobs/[\w-]+/1$", driver.current_url)
        # A slow model review of two files: the page refreshes itself until the table is complete.
        second = tmp_path / "second.txt"
        second.write_text(TEXT, encoding="utf-8")
        _upload(driver, server, [plan, second], backend="hybrid")
        # the page reloads itself meanwhile: an element found just before a reload is gone after it
        WebDriverWait(driver, 40, poll_frequency=0.3, ignored_exceptions=(StaleElementReferenceException,)).until(
            lambda d: d.find_element(By.ID, "job").get_attribute("data-finished") == "true"
        )
        assert [c.text for c in driver.find_elements(By.CSS_SELECTOR, "td.state")] == ["完成", "完成"]
    finally:
        driver.quit()


def test_two_uploads_compared_a_plan_and_its_report_with_and_without_javascript(server: str, tmp_path: Path) -> None:
    plan, report = tmp_path / "整改方案.txt", tmp_path / "整改报告.txt"
    plan.write_text(
        "关于巡察反馈意见的整改方案\n1.针对“食堂采购台账不全”的问题。\n整改措施：一是6月底前补齐2023年度采购台账。"
        "二是建立食材验收双人签字制度。\n责任单位：后勤科\n整改时限：2024年6月30日\n2.针对“公务用车管理不规范”的问题。\n"
        "整改措施：2024年3月底前清理超标车辆。\n责任单位：办公室\n",
        encoding="utf-8",
    )
    report.write_text(
        "关于巡察整改情况的报告\n1.针对“食堂采购台账不全”的问题。\n整改情况：正在推进，2024年6月补录2023年度采购台账86笔。\n"
        "责任单位：后勤科\n2024年9月10日\n",
        encoding="utf-8",
    )
    for javascript in (True, False):
        downloads = tmp_path / f"downloads-{javascript}"
        downloads.mkdir()
        driver = _driver(downloads, tmp_path / f"profile-{javascript}", javascript=javascript)
        try:
            driver.get(server)
            driver.find_element(By.ID, "first").send_keys(str(plan))
            driver.find_element(By.ID, "second").send_keys(str(report))
            driver.find_element(By.CSS_SELECTOR, '#mode option[value="trace"]').click()
            driver.find_element(By.ID, "compare-submit").click()
            WebDriverWait(driver, 30).until(lambda d: re.search(r"/jobs/[\w-]+/compare$", d.current_url))
            assert "方案与报告对照" in driver.find_element(By.TAG_NAME, "h1").text
            rows = driver.find_elements(By.CSS_SELECTOR, "table.side tbody tr")
            # a finding missing, a measure unreported, a deadline passed, and the measure the report speaks of
            assert len(rows) == 4
            if javascript:
                _shoot(driver, tmp_path, "compare", 1280)
                _width(driver, 390)
                driver.refresh()
                _shoot(driver, tmp_path, "compare", 390)
            driver.find_element(By.CSS_SELECTOR, 'a[data-format="docx"]').click()
            got = _downloaded(downloads)
            assert [p.name for p in got] == ["整改报告-批注.docx"]
            # the summary (with the missing finding), the plan finding the report's answers, two flags
            assert len(comments(got[0])) == 1 + 1 + 2
            driver.find_element(By.PARTIAL_LINK_TEXT, "返回列表").click()
            assert [c.text for c in driver.find_elements(By.CSS_SELECTOR, "td.state")] == ["完成", "完成"]
            if javascript:
                assert _console_errors(driver) == []  # no CSP violation: the table's styles are the page's own
        finally:
            driver.quit()
