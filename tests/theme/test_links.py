"""Every reference of the served site resolves, search assets included."""

from __future__ import annotations

import json

import pytest

from tests.support.crawl import crawl


def start_urls(site, base: str) -> list[str]:
    """Return the front page, sitemaps, robots.txt and the search index files."""
    urls = [
        base,
        base + "sitemap.xml",
        base + "news-sitemap.xml",
        base + "robots.txt",
        base + "pagefind/shards.json",
    ]
    for shard in json.loads((site / "pagefind" / "shards.json").read_text()):
        urls += bundle_urls(site, base + f"pagefind/{shard}", f"pagefind/{shard}")
    return urls


def bundle_urls(site, base: str, folder: str) -> list[str]:
    """Return the files of one month's Pagefind bundle."""
    urls = [base + "pagefind.js", base + "pagefind-entry.json"]
    entry = json.loads((site / folder / "pagefind-entry.json").read_text())
    for language in entry["languages"].values():
        urls += [
            base + f"pagefind.{language['hash']}.pf_meta",
            base + f"wasm.{language['wasm']}.pagefind",
        ]
    for kind in ("index", "fragment"):
        urls += [
            base + f"{kind}/{p.name}" for p in sorted((site / folder / kind).iterdir())
        ]
    return urls


def test_the_whole_site_has_no_broken_reference(site, base_url):
    result = crawl(start_urls(site, base_url))
    assert result.broken == {}
    pages = len(list(site.rglob("*.html")))
    assert len([u for u in result.pages if not u.endswith((".xml", ".json"))]) >= pages


@pytest.mark.parametrize(
    "victim", ["people/sergey-lavrov/", "theme/js/search.js", "theme/css/main.css"]
)
def test_the_crawl_catches_a_reference_broken_on_purpose(site, base_url, victim):
    path = site / victim.rstrip("/")  # a page's whole folder: a bare folder lists files
    hidden = path.with_name(path.name + ".hidden")
    path.rename(hidden)
    try:
        result = crawl(start_urls(site, base_url))
    finally:
        hidden.rename(path)
    url = base_url + victim
    assert list(result.broken) == [url]
    assert result.broken[url][1] == 404
