"""The HTML report in a real browser: headless Chromium renders it at phone width, no script
from the report runs, the console stays clean, and the screenshot shows the coloured report.

Chromium comes from tests/setup_system.sh (Debian's package); without it the test skips.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from render_samples import RUBRIC, TEXT, sample_review

from checker.render import render

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (tests/setup_system.sh installs it)")

WIDTH, HEIGHT = 390, 2000
# Severity colours from the stylesheet: error mark background and the fail badge/bar.
ERROR_MARK = (0xFF, 0xCE, 0xCB)
FAIL_RED = (0xCF, 0x22, 0x2E)


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    cmd = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
        *args,
    ]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=90, check=False)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    review = sample_review()
    html = render([review], "html", lang="zh", rubric=RUBRIC, fail_on="error", texts={review.document.path: TEXT})
    path = tmp_path_factory.mktemp("html") / "report.html"
    path.write_text(html, encoding="utf-8")
    return path


def _near(pixel: tuple[int, ...], colour: tuple[int, int, int], tol: int = 6) -> bool:
    return all(abs(a - b) <= tol for a, b in zip(pixel[:3], colour, strict=True))


def test_dom_shows_the_report_and_no_script_ran(report: Path, tmp_path: Path) -> None:
    run = _chromium(tmp_path, "--enable-logging=stderr", "--v=0", "--dump-dom", report.as_uri())
    assert run.returncode == 0, run.stderr[-500:]
    dom = run.stdout
    assert 'class="finding-count" data-count="3">3<' in dom
    assert dom.count('<article class="finding') == 3
    assert "<title>关于县委第三巡察组反馈意见整改情况的通报 — 整改报告评审</title>" in dom
    assert "pwned" not in dom.split("</title>")[0]  # the report's script did not set the title
    assert "<script" not in dom and "<img" not in dom
    assert "&lt;script&gt;document.title='pwned'&lt;/script&gt;" in dom  # shown as text
    console = [line for line in run.stderr.splitlines() if ":CONSOLE" in line]
    assert console == []  # no script error, no blocked resource, no CSP violation


def test_phone_width_screenshot_is_a_coloured_report(report: Path, tmp_path: Path) -> None:
    png = tmp_path / "report.png"
    run = _chromium(tmp_path, f"--screenshot={png}", f"--window-size={WIDTH},{HEIGHT}", report.as_uri())
    assert run.returncode == 0 and png.exists(), run.stderr[-500:]
    with Image.open(png) as img:
        assert img.size == (WIDTH, HEIGHT)
        rgb = img.convert("RGB")
        colours = rgb.getcolors(maxcolors=1 << 20) or []
    assert len(colours) > 50  # text, badges, marks, bars: far from blank
    pixels = [c for _, c in colours]
    assert any(_near(p, FAIL_RED) for p in pixels)
    assert any(_near(p, ERROR_MARK) for p in pixels)
    # Nothing overflows the phone width: the right-most column is page background.
    right = {rgb.getpixel((WIDTH - 2, y)) for y in range(0, HEIGHT, 25)}
    assert all(min(p) >= 200 for p in right)
