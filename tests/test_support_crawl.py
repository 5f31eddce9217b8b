from __future__ import annotations

import urllib.error
import urllib.request

import pytest

from tests.support.crawl import crawl, extract_links, free_port, serve_folder

PAGES = {
    "index.html": """<!doctype html><html><head>
<link rel="stylesheet" href="css/main.css">
<link rel="alternate" type="application/atom+xml" href="/repo/feeds/all.atom.xml">
</head><body>
<a href="story/">story</a> <a href="#top">top</a>
<a href="mailto:x@example.org">mail</a>
<a href="https://elsewhere.example/missing">other origin</a>
<img src="img/a.png" srcset="img/a.png 1x, img/a2.png 2x">
</body></html>""",
    "story/index.html": '<html><body><a href="../index.html">home</a>'
    '<script src="/repo/js/app.js"></script></body></html>',
    "css/main.css": "body{}",
    "img/a.png": "png",
    "img/a2.png": "png",
    "js/app.js": "",
    "feeds/all.atom.xml": """<?xml version="1.0"?>
<?xml-stylesheet type="text/xsl" href="/repo/feeds/feed.xsl"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<link href="/repo/feeds/all.atom.xml" rel="self"/>
<entry><link href="/repo/story/"/></entry></feed>""",
    "feeds/feed.xsl": """<?xml version="1.0"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:template match="/"><html><link rel="stylesheet" href="/repo/css/main.css"/>
<a href="{/feed/link/@href}">x</a></html></xsl:template></xsl:stylesheet>""",
    "feeds/all.rss.xml": """<?xml version="1.0"?><rss version="2.0"><channel>
<link>http://HOST/repo/</link><item><link>http://HOST/repo/story/</link></item>
</channel></rss>""",
    "feeds/all.json": '{"version": "https://jsonfeed.org/version/1.1", '
    '"home_page_url": "http://HOST/repo/", '
    '"items": [{"url": "http://HOST/repo/story/"}]}',
    "robots.txt": "User-agent: *\nSitemap: http://HOST/repo/sitemap.xml\n",
    "sitemap.xml": """<?xml version="1.0"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>http://HOST/repo/sitemap-1.xml</loc></sitemap></sitemapindex>""",
    "sitemap-1.xml": """<?xml version="1.0"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>http://HOST/repo/feeds/all.rss.xml</loc></url>
<url><loc>http://HOST/repo/feeds/all.json</loc></url></urlset>""",
}


def write_site(root, host: str, extra: dict[str, str] | None = None):
    for name, text in {**PAGES, **(extra or {})}.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.replace("HOST", host), encoding="utf-8")


@pytest.fixture
def site(tmp_path):
    port = free_port()
    write_site(tmp_path, f"127.0.0.1:{port}")
    return tmp_path, port


def test_a_whole_site_has_no_broken_links(site):
    root, port = site
    with serve_folder(root, prefix="/repo", port=port) as base:
        result = crawl([base, base + "robots.txt"])
    assert base == f"http://127.0.0.1:{port}/repo/"
    assert result.broken == {}
    paths = sorted(u.removeprefix(base) for u in result.pages)
    assert paths == [
        "",
        "css/main.css",
        "feeds/all.atom.xml",
        "feeds/all.json",
        "feeds/all.rss.xml",
        "feeds/feed.xsl",
        "img/a.png",
        "img/a2.png",
        "index.html",
        "js/app.js",
        "robots.txt",
        "sitemap-1.xml",
        "sitemap.xml",
        "story/",
    ]


@pytest.mark.parametrize(
    ("name", "text", "broken"),
    [
        ("story/index.html", '<a href="../gone/">x</a>', "gone/"),
        (
            "story/index.html",
            '<img srcset="/repo/img/a.png 1x, /repo/img/b.png 2x">',
            "img/b.png",
        ),
        ("story/index.html", '<link rel="icon" href="/favicon.svg">', "../favicon.svg"),
        (
            "feeds/all.json",
            '{"version": "1", "items": [{"url": "http://HOST/repo/x/"}]}',
            "x/",
        ),
        (
            "sitemap-1.xml",
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            "<url><loc>http://HOST/repo/nope.html</loc></url></urlset>",
            "nope.html",
        ),
        (
            "robots.txt",
            "Sitemap: http://HOST/repo/sitemap.xml\nSitemap: /repo/s2.xml",
            "s2.xml",
        ),
        (
            "feeds/all.rss.xml",
            "<rss><channel><item><link>http://HOST/repo/old/</link>"
            "</item></channel></rss>",
            "old/",
        ),
    ],
)
def test_a_link_broken_on_purpose_is_reported_with_its_page(
    tmp_path, name, text, broken
):
    port = free_port()
    write_site(tmp_path, f"127.0.0.1:{port}", {name: text})
    with serve_folder(tmp_path, prefix="/repo", port=port) as base:
        result = crawl([base, base + "robots.txt"])
    url = f"http://127.0.0.1:{port}/repo/{broken}".replace("/repo/../", "/")
    assert list(result.broken) == [url]
    referrer, status = result.broken[url]
    assert status == 404
    assert referrer.endswith(name.removesuffix("index.html"))


def test_the_server_serves_nothing_outside_its_prefix(tmp_path):
    (tmp_path / "index.html").write_text("hi", encoding="utf-8")
    with serve_folder(tmp_path, prefix="repo") as base:
        root = base.removesuffix("repo/")
        assert urllib.request.urlopen(base).read() == b"hi"
        assert urllib.request.urlopen(base.rstrip("/")).geturl() == base
        with pytest.raises(urllib.error.HTTPError, match="404"):
            urllib.request.urlopen(root + "index.html")


def test_other_origins_and_schemes_are_not_fetched(site):
    root, port = site
    links = extract_links(
        b'<a href="https://x.example/">x</a><a href="data:,x">d</a>'
        b'<a href="a/#f">a</a>',
        "text/html; charset=utf-8",
        "http://127.0.0.1:1/repo/",
    )
    assert links == ["https://x.example/", "data:,x", "http://127.0.0.1:1/repo/a/"]
    with serve_folder(root, prefix="/repo", port=port) as base:
        result = crawl([base])
    visited = result.pages | set(result.broken)
    assert not any("elsewhere" in u or "mailto" in u for u in visited)
