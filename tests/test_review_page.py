"""The review page in real headless Chromium (Debian's, driven by Playwright; never `playwright install`).

Chromium must be present (scripts/test.sh installs it): these tests fail, not skip, without it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtaudit.cli import cli


pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTICLE = ("Headline with trump\n\nDonald trump said on Monday, writes Reuters. "
           "<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\"> & more.\n\n"
           "The Кремль did not reply -- yet.\n\nLater trump spoke again.\n")
WATCH = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', function (e) { window.__csp.push(e.violatedDirective); });
"""


def chromium_path() -> str:
    path = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        pytest.fail("headless Chromium is missing: install Debian's chromium (scripts/test.sh does it); "
                    "the review-page tests do not skip")
    return path




@pytest.fixture
def page_file(tmp_path, fake_detectors):
    src = tmp_path / "article.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "article.review.html"
    r = CliRunner().invoke(cli, ["fix", str(src), "--html", str(out), "-o", str(tmp_path / "fixed.txt")])
    assert r.exit_code == 1, r.output  # proposals and findings without a fix remain
    return out


@pytest.fixture
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield b
        b.close()


def open_page(browser, page_file, javascript=True):
    context = browser.new_context(accept_downloads=True, java_script_enabled=javascript)
    page = context.new_page()
    problems, requests = [], []
    page.on("console", lambda m: problems.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(f"pageerror: {e}"))
    page.on("request", lambda r: requests.append(r.url))
    page.add_init_script(WATCH)
    page.goto(page_file.as_uri())
    page.wait_for_load_state("load")
    return page, problems, requests


def note(page, code, index=0):
    return page.locator(f"li.note[data-code='{code}']").nth(index)


def test_page_loads_clean_with_annotations(browser, page_file):
    page, problems, requests = open_page(browser, page_file)
    assert problems == []
    assert page.evaluate("window.__csp") == []
    assert all(u.startswith("file://") for u in requests), requests
    assert page.locator("li.note").count() == 6
    first = note(page, "MT991").inner_text()
    for part in ("MT991", "name-casing", "certain", "safe", "applied", "test: test-lowercase-name"):
        assert part in first
    assert "proposed" in note(page, "MT992").inner_text() and "unsafe" in note(page, "MT992").inner_text()
    assert "no fix" in note(page, "MT993").inner_text()  # findings without a fix are listed too
    assert page.locator(".fixed").first.inner_text() == "Headline with Trump"


def test_csp_allows_only_the_inline_script_by_hash(page_file):
    html = page_file.read_text(encoding="utf-8")
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "default-src 'none'" in policy and "img-src data:" in policy
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert len(scripts) == 1
    digest = base64.b64encode(hashlib.sha256(scripts[0].encode("utf-8")).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in policy
    assert "<script>window.__pwned" not in html and "&lt;script&gt;window.__pwned" in html


def test_article_markup_shows_as_text_and_never_runs(browser, page_file):
    page, problems, _ = open_page(browser, page_file)
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img").count() == 0
    assert "<script>window.__pwned = 1</script>" in page.locator(".orig").nth(1).inner_text()
    assert problems == []


def test_a_filter_hides_changes(browser, page_file):
    page, problems, _ = open_page(browser, page_file)
    assert note(page, "MT991").is_visible() and note(page, "MT992").is_visible()
    page.locator("input[data-filter='category'][value='name-casing']").uncheck()
    assert not note(page, "MT991").is_visible() and not note(page, "MT991", 2).is_visible()
    assert note(page, "MT992").is_visible()
    assert page.locator("#shown").inner_text() == "3"
    page.locator("input[data-filter='confidence'][value='likely']").uncheck()
    assert not note(page, "MT992").is_visible()
    page.locator("input[data-filter='category'][value='name-casing']").check()
    assert note(page, "MT991").is_visible()
    assert problems == []


def test_accept_reject_export_and_apply(browser, page_file, tmp_path):
    page, problems, _ = open_page(browser, page_file)
    note(page, "MT991").locator("button[data-verdict='reject']").click()
    note(page, "MT992").locator("button[data-verdict='accept']").click()
    fixed_side = page.locator(".fixed")
    assert fixed_side.first.inner_text() == "Headline with trump"        # the rejected safe fix is undone
    assert "Reuters reports." in fixed_side.nth(1).inner_text()          # the accepted proposal shows applied
    with page.expect_download() as info:
        page.locator("#export").click()
    saved = tmp_path / "decisions.json"
    info.value.save_as(saved)
    assert info.value.suggested_filename == "article.decisions.json"
    data = json.loads(saved.read_text(encoding="utf-8"))
    verdicts = [(d["code"], d["verdict"]) for d in data["decisions"]]
    assert data["doc"] == "article" and ("MT991", "reject") in verdicts and ("MT992", "accept") in verdicts
    assert problems == [] and page.evaluate("window.__csp") == []

    out = tmp_path / "reviewed.txt"
    r = CliRunner().invoke(cli, ["fix", str(tmp_path / "article.txt"), "--decisions", str(saved), "-o", str(out)])
    assert r.exit_code == 1, r.output  # a finding without a fix and a display-only one remain
    text = out.read_text(encoding="utf-8")
    assert text.startswith("Headline with trump\n")
    assert "Donald Trump said on Monday, Reuters reports." in text and "Later Trump spoke" in text


def test_readable_without_javascript(browser, page_file):
    page, problems, _ = open_page(browser, page_file, javascript=False)
    assert page.locator("li.note").count() == 6 and note(page, "MT991").is_visible()
    assert page.locator("#filters").is_hidden()
    assert "Donald Trump said" in page.locator(".fixed").nth(1).inner_text()
    assert problems == []
