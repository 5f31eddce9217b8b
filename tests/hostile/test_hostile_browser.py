"""In a real browser, injected markup never runs: no dialog opens on any page."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from tests.support.crawl import free_port, serve_folder
from tests.support.hostile import build
from tools.hostile import hostile_seeds

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
CONTROL = """<!doctype html><title>control</title>
<script src="control.js"></script><img src="missing.png" onerror="alert('handler')">"""
INLINE = "<script>alert('inline')</script><img src=x onerror=\"alert('csp-handler')\">"


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The injection seeds built for http://127.0.0.1:PORT/ and served there."""
    if not (shutil.which(CHROMIUM) or Path(CHROMIUM).exists()):
        message = f"{CHROMIUM} is not installed (see scripts/test)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    folder = tmp_path_factory.mktemp("browser")
    (folder / "seeds").mkdir()
    for name in ("basic.txt", "inject-body.txt", "inject-header.txt"):
        (folder / "seeds" / name).write_bytes(hostile_seeds()[name])
    port = free_port()
    site = build(folder, "--siteurl", f"http://127.0.0.1:{port}")
    (site.out / "control.html").write_text(CONTROL)
    (site.out / "control.js").write_text("alert('script');\n")
    with serve_folder(site.out, port=port) as base:
        yield site.out, base


def dialogs(browser, url: str, wait_for: str | None = None) -> list[str]:
    """Open url and return the messages of every dialog it opened."""
    page = browser.new_page()
    seen: list[str] = []
    page.on("dialog", lambda d: (seen.append(d.message), d.dismiss()))
    page.goto(url, wait_until="load")
    if wait_for:
        page.wait_for_selector(wait_for, timeout=15_000)
    page.wait_for_timeout(200)
    assert (
        page.evaluate("document.querySelectorAll('iframe, embed, object').length") == 0
    )
    page.close()
    return seen


def test_the_detector_sees_a_script_and_a_handler_run(served, browser):
    _, base = served
    assert sorted(dialogs(browser, base + "control.html")) == ["handler", "script"]


def test_no_injected_script_runs_on_any_page(served, browser):
    site, base = served
    paths = sorted(p.relative_to(site).as_posix() for p in site.rglob("index.html"))
    assert any("script-alert" in p for p in paths)
    for path in paths:
        assert dialogs(browser, base + path.removesuffix("index.html")) == [], path


def test_feeds_open_in_the_browser_without_running_script(served, browser):
    _, base = served
    for name in ("all.atom.xml", "all.rss.xml"):
        assert dialogs(browser, base + "feeds/" + name) == [], name


def test_search_results_show_injected_text_without_running_it(served, browser):
    site, base = served
    assert (site / "pagefind").is_dir(), "no search index"
    assert dialogs(browser, base + "search/?q=alert", "#search-results li") == []


def test_csp_stops_inline_script_a_template_might_leak(served, browser):
    site, base = served
    page = next(site.glob("2020/01/04/script-alert*/index.html"))
    leaky = page.read_text(encoding="utf-8").replace("</main>", INLINE + "</main>")
    assert leaky.count("alert('inline')") == 1
    (site / "leaky.html").write_text(leaky, encoding="utf-8")
    assert dialogs(browser, base + "leaky.html") == []
    without_csp = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", leaky)
    (site / "leaky-without-csp.html").write_text(without_csp, encoding="utf-8")
    assert sorted(dialogs(browser, base + "leaky-without-csp.html")) == [
        "csp-handler",
        "inline",
    ]
