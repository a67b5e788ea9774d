"""The review page as the place where an editor works through an article (issue 17, point 5 and
the "must have"): every change of every fix pass reviewable, keyboard review shown on the page,
accept all safe, per-category bulk actions, live counts and scores, aria-pressed, undo -- in real
headless Chromium, at 1400 and 800 pixels.
"""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from mtaudit.cli import cli

from fix_fakes import NOTE_RULE, SAFE_RULE, UNSAFE_RULE, PatternDetector
from test_review_page import browser, chromium_path, open_page  # noqa: F401  (fixtures and helpers)

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# "aab" -> "ab" runs again on its own output: "aaaab" takes three passes to become "ab".
MULTI = PatternDetector(
    (SAFE_RULE, r"aab", "ab", "safe"),
    (SAFE_RULE, r"\btrump\b", "Trump", "safe"),
    (UNSAFE_RULE, r"writes (Reuters|TASS)", r"\1 reports", "unsafe"),
    (NOTE_RULE, r"[А-Яа-яЁё]+", None, None),
)
ARTICLE = ("Headline: the aaaab case\n\n"
           "Donald trump said on Monday, writes Reuters. The Кремль did not reply.\n\n"
           "An untouched paragraph that only gives the page some length to scroll through. "
           + "Officials met again to talk about the weather, the harvest and the roads. " * 60 + "\n\n"
           "Later trump spoke again, writes TASS.\n")


@pytest.fixture
def multi_pass(monkeypatch):
    monkeypatch.setattr("mtaudit.detectors.DETECTORS", (MULTI,))


def run(*args):
    return CliRunner().invoke(cli, ["--isolated", *[str(a) for a in args]])


@pytest.fixture
def page_file(tmp_path, multi_pass):
    src = tmp_path / "article.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "article.review.html"
    r = run("fix", src, "--html", out, "-o", tmp_path / "fixed.txt")
    assert r.exit_code == 1, r.output            # unsafe proposals remain
    return out


def notes(page):
    return page.locator("li.note")


def corrected_text(page) -> list[str]:
    """What the corrected column reads, paragraph by paragraph, as the page first shows it (proposals left out)."""
    return page.evaluate("""() => Array.from(document.querySelectorAll('.fixed')).map(col => {
        const copy = col.cloneNode(true);
        copy.querySelectorAll('.c[data-state="proposed"] .new, .c[data-state="applied"] .old').forEach(n => n.remove());
        return copy.textContent; })""")


def test_every_change_of_every_pass_is_on_the_page_and_matches_the_output(browser, page_file, tmp_path):
    page, problems, _ = open_page(browser, page_file)
    fixed = (tmp_path / "fixed.txt").read_text(encoding="utf-8")
    assert "the ab case" in fixed                                    # three passes: aaaab -> aaab -> aab -> ab
    assert [p.strip() for p in corrected_text(page)] == [p.strip() for p in fixed.split("\n\n")]
    later = page.locator("li.note:has(.tag.pass)")
    assert later.count() == 2
    assert [later.nth(i).locator(".tag.pass").inner_text() for i in range(2)] == ["pass 2", "pass 3"]
    for i in range(notes(page).count()):
        assert notes(page).nth(i).locator("button[data-verdict]").count() == 2
    assert "later passes" in page.locator(".meta").inner_text()
    assert problems == []


def test_a_later_pass_change_can_be_rejected_and_the_fix_follows_the_page(browser, page_file, tmp_path):
    page, problems, _ = open_page(browser, page_file)
    pass3 = page.locator("li.note:has(.tag.pass:text('pass 3'))")
    pass3.locator("button[data-verdict='reject']").click()
    group = page.locator(".fixed .c[data-members~='%s']" % pass3.get_attribute("data-id"))
    assert group.get_attribute("data-state") == "mixed"
    with page.expect_download() as info:
        page.locator("#export").click()
    saved = tmp_path / "decisions.json"
    info.value.save_as(saved)
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert [d["verdict"] for d in data["decisions"]] == ["reject"]
    out = tmp_path / "reviewed.txt"
    r = run("fix", tmp_path / "article.txt", "--decisions", saved, "-o", out)
    assert r.exit_code in (0, 1) and "warning" not in r.output, r.output
    assert "the aab case" in out.read_text(encoding="utf-8")        # the third pass did not run
    assert problems == []


def test_keyboard_review_with_undo_and_live_counts(browser, page_file):
    page, problems, _ = open_page(browser, page_file)
    keys = page.locator("#keys")
    assert keys.is_visible()
    for key in ("j", "k", "a", "r", "u"):
        assert keys.locator(f"kbd:text-is('{key}')").count() == 1
    total = notes(page).count()
    assert page.locator("#n-open").inner_text() == str(total)
    page.keyboard.press("j")
    first = notes(page).nth(0)
    assert "current" in first.get_attribute("class")
    page.keyboard.press("a")                                        # accept, then move on
    assert first.get_attribute("data-decided") == "accept"
    assert first.locator("button[data-verdict='accept']").get_attribute("aria-pressed") == "true"
    assert "current" in notes(page).nth(1).get_attribute("class")
    page.keyboard.press("j")
    page.keyboard.press("j")                                        # past the two later-pass changes
    trump = notes(page).nth(3)
    assert "current" in trump.get_attribute("class") and trump.get_attribute("data-code") == "MT991"
    score_kept = page.locator("#score-kept").inner_text()
    page.keyboard.press("r")
    assert trump.get_attribute("data-decided") == "reject"
    assert trump.locator("button[data-verdict='reject']").get_attribute("aria-pressed") == "true"
    assert page.locator(".fixed").nth(1).inner_text().startswith("Donald trump said")   # the text follows
    assert page.locator("#n-accepted").inner_text() == "1" and page.locator("#n-rejected").inner_text() == "1"
    assert page.locator("#n-open").inner_text() == str(total - 2)
    assert float(page.locator("#score-kept").inner_text()) > float(score_kept)     # a rejected issue no longer counts
    assert page.locator("#score-confirmed").inner_text() != "100.0"                 # the accepted one does
    page.keyboard.press("u")
    assert trump.get_attribute("data-decided") is None
    assert trump.locator("button[data-verdict='reject']").get_attribute("aria-pressed") == "false"
    assert page.locator(".fixed").nth(1).inner_text().startswith("Donald Trump said")
    assert page.locator("#n-rejected").inner_text() == "0"
    page.keyboard.press("k")
    assert "current" in notes(page).nth(2).get_attribute("class")
    assert problems == []


def test_accept_all_safe_and_bulk_by_category(browser, page_file):
    page, problems, _ = open_page(browser, page_file)
    safe = page.locator("li.note[data-safe='true']").count()
    assert safe == 3                                               # aab, trump, trump (pass 1)
    page.locator("#accept-safe").click()
    assert page.locator("#n-accepted").inner_text() == str(safe)
    assert page.locator("li.note[data-safe='true'][data-decided='accept']").count() == safe
    page.locator("button[data-bulk='reject'][data-for='calque']").click()
    calques = page.locator("li.note[data-category='calque']")
    assert calques.count() == 2
    assert all(calques.nth(i).get_attribute("data-decided") == "reject" for i in range(2))
    assert all(calques.nth(i).locator(".status").inner_text() == "rejected" for i in range(2))
    page.locator("#undo").click()                                  # one bulk action = one undo step
    assert page.locator("li.note[data-category='calque'][data-decided]").count() == 0
    page.locator("button[data-bulk='accept'][data-for='untranslated']").click()
    assert page.locator("li.note[data-category='untranslated']").locator(".status").inner_text() == "confirmed"
    assert problems == []


@pytest.mark.parametrize("width", [1400, 800])
def test_layout_at_both_widths(browser, page_file, tmp_path, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(page_file.as_uri())
    page.screenshot(path=str(tmp_path / f"review-{width}.png"), full_page=True)
    overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the page scrolls sideways at {width} px"
    orig, fixed = page.locator(".orig").nth(1).bounding_box(), page.locator(".fixed").nth(1).bounding_box()
    assert abs(orig["y"] - fixed["y"]) < 2 and orig["x"] + orig["width"] <= fixed["x"]   # side by side
    for selector in ("#status", "#keys", "#accept-safe", "#controls"):
        box = page.locator(selector).bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= width, selector
    for button in page.locator(".cat button").all():
        box = button.bounding_box()
        assert box["x"] + box["width"] <= width - 8, "a bulk button sticks out of its box"
    page.mouse.wheel(0, 1500)
    page.wait_for_timeout(100)
    assert page.locator("#status").bounding_box()["y"] <= 1, "the status bar stays in view"
    context.close()


def test_review_page_is_one_file_with_its_strict_policy(page_file):
    html = page_file.read_text(encoding="utf-8")
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "default-src 'none'" in policy and "'unsafe-eval'" not in policy
    assert not re.search(r'<(?:link|img|iframe)\b|src="http|href="http', html)
