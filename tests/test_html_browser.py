"""The HTML report in a real browser: headless Chromium renders it at desktop and phone width, no
script from the report runs, the console stays clean, the screenshots show the coloured report, and
a measuring copy checks the layout (no overflow, the rubric id whole, the summary card tight, chart
bars that link and show their value, passing findings folded).

Chromium comes from tests/setup_system.sh (Debian's package); without it the test skips.
"""

from __future__ import annotations

import html as html_lib
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from render_samples import RUBRIC, TEXT, sample_review

from checker.renderers import render

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (tests/setup_system.sh installs it)"),
]

WIDTH, HEIGHT = 390, 2000
# Severity colours from the stylesheet: error mark background and the fail badge/bar.
ERROR_MARK = (0xFF, 0xCE, 0xCB)
FAIL_RED = (0xCF, 0x22, 0x2E)
PASS_GREEN = (0x1A, 0x7F, 0x37)


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


# ---------------------------------------------------------------- layout measured in the browser

# The report forbids scripts (CSP); this copy drops the policy and adds one script that measures the
# laid-out page and writes the figures into the DOM, which --dump-dom then returns.
MEASURE = """<script>
const out = {};
const box = (el) => el.getBoundingClientRect();
out.overflow = document.documentElement.scrollWidth - window.innerWidth;
const ref = document.querySelector('.rubric-ref');
out.rubricLines = ref.getClientRects().length;
const card = document.querySelector('.summary');
// What is drawn: the chart's svg, not the chart's box (which may stretch below it).
const bottoms = [...card.children].map((c) => box(c.classList.contains('chart') ? c.querySelector('svg') : c).bottom);
out.cardSlack = box(card).bottom - Math.max(...bottoms);
out.bars = [...document.querySelectorAll('a.bar')].map((a) => ({
  href: a.getAttribute('href'), score: a.dataset.score,
  height: box(a.querySelector('rect')).height, value: a.querySelector('text').textContent}));
// Height the details take beyond their summary line: about 0 when folded.
out.openHeights = [...document.querySelectorAll('article.finding details')].map((d) =>
  [d.parentElement.id, box(d).height - box(d.querySelector('summary')).height]);
out.tocFirst = document.querySelector('.toc a').getAttribute('href');
out.tocFirstVerdict = document.querySelector(out.tocFirst).dataset.verdict;
out.legend = document.querySelector('.legend').getClientRects().length > 0;
document.body.insertAdjacentHTML('beforeend', '<pre id="measure">' + JSON.stringify(out) + '</pre>');
</script>"""


@pytest.fixture(scope="module")
def measured(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    review = sample_review()
    review.findings[1] = review.findings[1].model_copy(update={"score": 0.0})  # a bar for a score of 0
    html = render([review], "html", lang="zh", rubric=RUBRIC, fail_on="error", texts={review.document.path: TEXT})
    folder = tmp_path_factory.mktemp("measure")
    plain = folder / "report.html"
    plain.write_text(html, encoding="utf-8")
    probe = folder / "probe.html"
    probe.write_text(re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html).replace(
        "</body>", MEASURE + "</body>"), encoding="utf-8")  # fmt: skip
    return plain, probe


def _measure(probe: Path, tmp_path: Path, width: int) -> dict:
    run = _chromium(tmp_path, f"--window-size={width},1200", "--dump-dom", probe.as_uri())
    assert run.returncode == 0, run.stderr[-500:]
    found = re.search(r'<pre id="measure">(\{.*?\})</pre>', run.stdout, re.S)
    assert found, run.stdout[-500:]
    return json.loads(html_lib.unescape(found.group(1)))


@pytest.mark.parametrize("width", [1280, 390])
def test_layout_at_desktop_and_phone_width(measured: tuple[Path, Path], tmp_path: Path, width: int) -> None:
    m = _measure(measured[1], tmp_path, width)
    assert m["overflow"] <= 0  # nothing wider than the window
    assert m["rubricLines"] == 1  # rectification@1.0.0 never breaks mid-version
    assert 0 <= m["cardSlack"] <= 20  # the summary card ends at its content (padding only)
    assert [(b["href"], b["value"]) for b in m["bars"]] == [("#d1-F1", "22"), ("#d1-F2", "0"), ("#d1-F3", "88")]
    assert all(b["height"] >= 2 for b in m["bars"])  # the 0 bar is visible
    heights = dict(m["openHeights"])
    assert heights["d1-F1"] > 100 and heights["d1-F2"] > 100 and heights["d1-F3"] < 12  # the passing one is folded
    assert m["tocFirstVerdict"] == "fail" and m["legend"]


@pytest.mark.parametrize("width", [1280, 390])
def test_screenshots_show_the_coloured_report(measured: tuple[Path, Path], tmp_path: Path, width: int) -> None:
    png = tmp_path / f"report-{width}.png"
    run = _chromium(tmp_path, f"--screenshot={png}", f"--window-size={width},1400", "--hide-scrollbars", measured[0].as_uri())
    assert run.returncode == 0 and png.exists(), run.stderr[-500:]
    with Image.open(png) as img:
        rgb = img.convert("RGB")
        pixels = [c for _, c in rgb.getcolors(maxcolors=1 << 20) or []]
        right = {rgb.getpixel((width - 2, y)) for y in range(0, 1400, 25)}
    assert any(_near(p, FAIL_RED) for p in pixels) and any(_near(p, PASS_GREEN) for p in pixels)
    assert any(_near(p, ERROR_MARK) for p in pixels)
    assert all(min(p) >= 200 for p in right)
