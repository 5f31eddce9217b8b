from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from tests.support.crawl import free_port
from tests.support.project import copy_project
from tools.devserver import Generation, inject_script, make_server, watch_and_rebuild

TAG = b'<script src="/.wiredesk/reload.js" defer></script>'


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            b"<html><body><p>x</p></body></html>",
            b"<html><body><p>x</p>" + TAG + b"</body></html>",
        ),
        (b"<P>x</P></BODY></HTML>", b"<P>x</P>" + TAG + b"</BODY></HTML>"),
        (b"<p>fragment</p>", b"<p>fragment</p>" + TAG),
    ],
)
def test_the_reload_script_goes_before_the_end_of_the_body(page, expected):
    assert inject_script(page) == expected


@pytest.fixture
def served(tmp_path):
    (tmp_path / "story").mkdir()
    (tmp_path / "story" / "index.html").write_bytes(b"<html><body>story</body></html>")
    (tmp_path / "feed.xml").write_bytes(b"<feed/>")
    generation = Generation()
    server = make_server(tmp_path, 0, generation)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", generation
    server.shutdown()
    server.server_close()


def get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read()


def test_pages_get_the_script_and_other_files_stay_as_built(served):
    base, _ = served
    assert get(base + "/story/") == b"<html><body>story" + TAG + b"</body></html>"
    assert get(base + "/story/index.html").count(TAG) == 1
    assert get(base + "/feed.xml") == b"<feed/>"
    assert b"new EventSource" in get(base + "/.wiredesk/reload.js")


def test_open_pages_hear_about_each_finished_build(served):
    base, generation = served
    with urllib.request.urlopen(base + "/.wiredesk/reload", timeout=5) as stream:
        generation.bump()
        assert stream.readline() == b"event: reload\n"
        assert stream.readline() == b"data: 1\n"


def test_a_change_under_a_watched_folder_rebuilds(tmp_path):
    (tmp_path / "seeds").mkdir()
    generation, stop, builds = Generation(), threading.Event(), []
    watcher = threading.Thread(
        target=watch_and_rebuild,
        daemon=True,
        args=(
            [tmp_path / "seeds", tmp_path / "missing"],
            lambda: builds.append(1) or True,
            generation,
            stop,
        ),
    )
    watcher.start()
    time.sleep(0.3)
    (tmp_path / "seeds" / "new.txt").write_text("MOSCOW, January 4. /TASS/. Text.\n")
    assert generation.wait_past(0, timeout=10) == 1
    stop.set()
    watcher.join(timeout=10)
    assert builds == [1]


def wait_for(url: str, seconds: float) -> bytes:
    deadline = time.monotonic() + seconds
    while True:
        try:
            return get(url)
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def test_invoke_livereload_rebuilds_and_reloads_after_a_seed_edit(tmp_path):
    project = copy_project(tmp_path / "project")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "invoke", "livereload", "--port", str(port)],
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        assert TAG in wait_for(base + "/", 60)
        seed = next((project / "seeds").glob("*.txt"))
        with urllib.request.urlopen(base + "/.wiredesk/reload", timeout=60) as stream:
            with seed.open("a", encoding="utf-8") as text:
                text.write("Reporters counted seventeen yellow umbrellas.\n")
            assert stream.readline() == b"event: reload\n"
        page = next((project / "output").glob("20*/*/*/*/index.html"))
        url = base + "/" + page.parent.relative_to(project / "output").as_posix() + "/"
        assert b"seventeen yellow umbrellas" in get(url)
        assert not (project / "output" / "index.html").read_bytes().count(TAG)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=10)
    assert Path(project / "output" / ".nojekyll").is_file()
