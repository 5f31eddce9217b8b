"""A real feed reader (newsboat) reads our feeds and keeps them after the site moves."""

import json
import os
import shutil
import sqlite3
import subprocess
import threading
from datetime import datetime
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

SEEDS = Path(__file__).parent.parent / "fixtures" / "seeds"

FEEDS = {  # served path -> the JSON Feed with the same stories
    "feeds/all.atom.xml": "feeds/all.json",
    "feeds/section/economy.rss.xml": "feeds/section/economy.json",
    "feeds/tag/budget.rss.xml": "feeds/tag/budget.json",
}


def newsboat():
    path = shutil.which("newsboat")
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail("newsboat is not installed (apt-get install newsboat)")
        pytest.skip("newsboat is not installed")
    return path


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def server(tmp_path):
    out = tmp_path / "output"
    out.mkdir()
    httpd = ThreadingHTTPServer(
        ("127.0.0.1", 0), partial(QuietHandler, directory=str(out))
    )
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield out, f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def reload(binary, tmp_path, url, n):
    urls, cache = tmp_path / f"urls{n}", tmp_path / f"cache{n}.db"
    urls.write_text(url + "\n")
    env = {
        **os.environ,
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    subprocess.run(
        [binary, "-u", str(urls), "-c", str(cache), "-x", "reload"],
        env=env,
        check=True,
        timeout=120,
        capture_output=True,
    )
    with sqlite3.connect(cache) as db:
        return db.execute(
            "SELECT guid, title, pubDate FROM rss_item WHERE feedurl = ?", (url,)
        ).fetchall()


def expected(out, json_path):
    doc = json.loads((out / json_path).read_text())
    return sorted(
        (
            i["id"],
            i["title"],
            int(datetime.fromisoformat(i["date_published"]).timestamp()),
        )
        for i in doc["items"]
    )


def test_newsboat_reads_every_story_once_and_keeps_guids_when_the_site_moves(
    server, tmp_path, invoke
):
    binary = newsboat()
    out, base = server
    invoke(
        "build",
        "--seeds",
        str(SEEDS),
        "--output",
        str(out),
        "--siteurl",
        base,
    )
    first = {}
    for n, (path, json_path) in enumerate(FEEDS.items()):
        rows = reload(binary, tmp_path, f"{base}/{path}", n)
        assert sorted(rows) == expected(out, json_path), path
        first[path] = rows
    assert len(first["feeds/all.atom.xml"]) == 3
    invoke(
        "build",
        "--seeds",
        str(SEEDS),
        "--output",
        str(out),
        "--siteurl",
        "https://news.example.net/wire",
    )
    assert "https://news.example.net/wire/" in (out / "feeds/all.atom.xml").read_text()
    for n, path in enumerate(FEEDS):
        rows = reload(binary, tmp_path, f"{base}/{path}", n)
        assert len(rows) == len(first[path]), path
        assert {r[0] for r in rows} == {r[0] for r in first[path]}, path
