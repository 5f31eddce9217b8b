"""Serve a folder on 127.0.0.1 and crawl it for broken same-origin references.

Usage::

    from tests.support.crawl import crawl, serve_folder

    with serve_folder(site, prefix="/repo") as base:   # base == "http://127.0.0.1:PORT/repo/"
        result = crawl([base, base + "sitemap.xml"])
    assert result.broken == {}, result.broken
    assert len(result.pages) > 10

``result.broken`` maps each broken URL to ``(referring page, HTTP status)``; status 0
means the request failed without a response. ``free_port()`` picks a port before the
server starts, for builds that must know their SITEURL in advance (pass ``port=`` to
``serve_folder``). Outside the prefix the server answers 404, as a project site's host
would for a link that forgot the subpath.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import socket
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree, html

ROOT = Path(__file__).resolve().parents[2]

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XSL = "{http://www.w3.org/1999/XSL/Transform}"


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serve files from a folder under an optional path prefix, without logging."""

    prefix = ""

    def log_message(self, format, *args):
        """Stay quiet: the crawl result says what matters."""

    def translate_path(self, path: str) -> str:
        """Map a URL under the prefix to a file of the folder."""
        clean = urllib.parse.urlsplit(path).path
        return super().translate_path(clean[len(self.prefix) :] or "/")

    def send_head(self):
        """Answer 404 outside the prefix; redirect the bare prefix to its slash form."""
        clean = urllib.parse.urlsplit(self.path).path
        if not self.prefix or clean.startswith(self.prefix + "/"):
            return super().send_head()
        if clean == self.prefix:
            self.send_response(301)
            self.send_header("Location", self.prefix + "/")
            self.end_headers()
        else:
            self.send_error(404)
        return None


@contextlib.contextmanager
def serve_folder(folder: Path | str, prefix: str = "", port: int = 0) -> Iterator[str]:
    """Serve FOLDER at http://127.0.0.1:PORT/PREFIX/ in a thread; yield the base URL."""
    prefix = "/" + prefix.strip("/") if prefix.strip("/") else ""
    handler = type("Handler", (_QuietHandler,), {"prefix": prefix})
    factory = functools.partial(handler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), factory)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@dataclass
class CrawlResult:
    """What a crawl found: pages fetched, and broken URL -> (referring page, status)."""

    pages: set[str] = field(default_factory=set)
    broken: dict[str, tuple[str, int]] = field(default_factory=dict)


def _srcset_urls(value: str) -> list[str]:
    """Return the URLs of a srcset attribute."""
    return [part.split()[0] for part in value.split(",") if part.strip()]


def _html_links(body: bytes) -> list[str]:
    """Return every href, src and srcset URL of an HTML page."""
    if not body.strip():
        return []
    doc = html.fromstring(body)
    urls = [el.get(a) for a in ("href", "src") for el in doc.iter() if el.get(a)]
    for el in doc.xpath("//*[@srcset]"):
        urls.extend(_srcset_urls(el.get("srcset")))
    return urls


def _xsl_links(root: etree._Element) -> list[str]:
    """Return the fixed absolute URLs a feed stylesheet writes into its output."""
    urls = [el.get(a) for a in ("href", "src") for el in root.iter() if el.get(a)]
    # Relative ones resolve against the feed, not the stylesheet; templated ones vary.
    return [u for u in urls if "{" not in u and (u.startswith(("/", "http")))]


def _xml_links(body: bytes) -> list[str]:
    """Return the links of an Atom or RSS feed, a sitemap, or a feed stylesheet."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(body, parser)
    if root.tag in (f"{XSL}stylesheet", f"{XSL}transform"):
        return _xsl_links(root)
    urls = [el.get("href") for el in root.iter(f"{ATOM}link") if el.get("href")]
    urls += [el.text.strip() for el in root.iter("link", f"{SITEMAP}loc") if el.text]
    urls += [el.get("url") for el in root.iter("enclosure") if el.get("url")]
    for pi in root.xpath("preceding-sibling::processing-instruction('xml-stylesheet')"):
        if pi.get("href"):
            urls.append(pi.get("href"))
    return urls


def _robots_links(body: bytes) -> list[str]:
    """Return the Sitemap: URLs of a robots.txt."""
    lines = body.decode("utf-8", "replace").splitlines()
    return [ln.split(":", 1)[1] for ln in lines if ln.lower().startswith("sitemap:")]


def _json_links(body: bytes) -> list[str]:
    """Return the links of a JSON Feed (home, feed, items, attachments)."""
    doc = json.loads(body)
    if not isinstance(doc, dict) or "items" not in doc:
        return []
    urls = [doc.get("home_page_url"), doc.get("feed_url"), doc.get("next_url")]
    for item in doc.get("items", []):
        urls += [item.get("url"), item.get("external_url"), item.get("image")]
        urls += [a.get("url") for a in item.get("attachments", [])]
    return [u for u in urls if isinstance(u, str)]


def extract_links(body: bytes, content_type: str, url: str) -> list[str]:
    """Return the absolute URLs, fragments removed, that a document refers to."""
    kind = content_type.split(";", maxsplit=1)[0].strip().lower()
    if kind == "text/html":
        found = _html_links(body)
    elif kind.endswith("json"):
        found = _json_links(body)
    elif kind.endswith("xml") or kind.endswith("xsl") or url.endswith(".xml"):
        found = _xml_links(body)
    elif url.endswith("/robots.txt"):
        found = _robots_links(body)
    else:
        found = []
    absolute = (urllib.parse.urljoin(url, u.strip()) for u in found)
    return [urllib.parse.urldefrag(u)[0] for u in absolute]


def _fetch(url: str) -> tuple[int, str, bytes]:
    """Return (status, content type, body) of a GET; status 0 without a response."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            kind = response.headers.get("Content-Type", "")
            return response.status, kind, response.read()
    except urllib.error.HTTPError as err:
        return err.code, "", b""
    except (urllib.error.URLError, OSError):
        return 0, "", b""


def crawl(start: Iterable[str], limit: int = 20000) -> CrawlResult:
    """Fetch START and every same-origin URL reachable from it; record what is broken.

    Followed: HTML href/src/srcset (a, link, img, script, source...), Atom/RSS links,
    JSON Feed URLs, sitemap and sitemap-index <loc> entries, xml-stylesheet references,
    robots.txt Sitemap: lines.
    Other origins and non-http schemes (mailto:, data:, javascript:) are not checked.
    """
    start = list(start)
    origin = {urllib.parse.urlsplit(u)[:2] for u in start}
    result = CrawlResult()
    queue: list[tuple[str, str]] = [(u, "(start)") for u in start]
    seen = set(start)
    while queue and len(result.pages) < limit:
        url, referrer = queue.pop()
        status, kind, body = _fetch(url)
        if status != 200:
            result.broken[url] = (referrer, status)
            continue
        result.pages.add(url)
        for link in extract_links(body, kind, url):
            if urllib.parse.urlsplit(link)[:2] in origin and link not in seen:
                seen.add(link)
                queue.append((link, url))
    return result


@contextlib.contextmanager
def build_and_serve(seeds: Path, out: Path) -> Iterator[str]:
    """Build seeds into out for a free local port and serve it; yield the base URL."""
    port = free_port()
    command = [sys.executable, "-m", "invoke", "build", "--seeds", str(seeds)]
    command += ["--output", str(out), "--siteurl", f"http://127.0.0.1:{port}"]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True)
    with serve_folder(out, port=port) as base:
        yield base
