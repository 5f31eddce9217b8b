"""The built site works served under a project-site subpath and at a domain root."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.support.crawl import crawl, free_port, serve_folder
from tests.support.project import ROOT

SEEDS = ROOT / "tests" / "fixtures" / "seeds"

CRAWLED = (".html", ".xml", ".json", ".xsl", ".txt")


def start_urls(site, base: str) -> list[str]:
    """Every page, feed, sitemap and robots.txt of the built site, as served URLs."""
    urls = [base]
    for path in sorted(site.rglob("*")):
        rel = path.relative_to(site).as_posix()
        if path.is_file() and path.suffix in CRAWLED:
            urls.append(base + rel.removesuffix("index.html"))
    return urls


@pytest.mark.parametrize("prefix", ["/repo", ""], ids=["project-site", "domain-root"])
def test_every_reference_resolves_when_served(tmp_path, prefix):
    port = free_port()
    site = tmp_path / "output"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "invoke",
            "build",
            "--seeds",
            str(SEEDS),
            "--output",
            str(site),
            "--siteurl",
            f"http://127.0.0.1:{port}{prefix}",
        ],
        cwd=ROOT,
        capture_output=True,
        check=True,
    )
    with serve_folder(site, prefix=prefix, port=port) as base:
        result = crawl(start_urls(site, base))
        from_front_page = crawl([base])
    assert result.broken == {}
    stories = {
        base + p.parent.relative_to(site).as_posix() + "/"
        for p in site.glob("20*/*/*/*/index.html")
    }
    assert len(stories) == 3
    assert stories <= from_front_page.pages
    assert {
        base + "feeds/all.atom.xml",
        base + "feeds/all.rss.xml",
        base + "feeds/all.json",
        base + "feeds/feed.xsl",
    } <= from_front_page.pages
    assert len(result.pages) > 40
