"""The live-reload dev server: serve the site, rebuild on changes, reload open pages.

Only this server adds the reload script, as an external same-origin file (so a
Content-Security-Policy with `script-src 'self'` allows it); built pages never carry it.
"""

from __future__ import annotations

import http.server
import io
import logging
import threading
import urllib.parse
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

EVENTS_PATH = "/.wiredesk/reload"
SCRIPT_PATH = "/.wiredesk/reload.js"
SCRIPT = (
    f'new EventSource("{EVENTS_PATH}")'
    '.addEventListener("reload", () => window.location.reload());\n'
).encode()
SCRIPT_TAG = f'<script src="{SCRIPT_PATH}" defer></script>'.encode()
KEEPALIVE_SECONDS = 15.0


def inject_script(page: bytes) -> bytes:
    """Return the HTML page with the reload script tag added before </body>."""
    end = page.lower().rfind(b"</body>")
    if end < 0:
        return page + SCRIPT_TAG
    return page[:end] + SCRIPT_TAG + page[end:]


class Generation:
    """A counter of finished builds that threads can wait on."""

    def __init__(self) -> None:
        """Start at build 0."""
        self.value = 0
        self._changed = threading.Condition()

    def bump(self) -> None:
        """Record one more finished build and wake every waiting page."""
        with self._changed:
            self.value += 1
            self._changed.notify_all()

    def wait_past(self, seen: int, timeout: float) -> int:
        """Return the build number once it differs from seen, or after timeout."""
        with self._changed:
            self._changed.wait_for(lambda: self.value != seen, timeout)
            return self.value


class DevHandler(http.server.SimpleHTTPRequestHandler):
    """Serve the output folder, with the reload script in pages and the event stream."""

    generation: Generation

    def log_message(self, format: str, *args: Any) -> None:
        """Log requests at debug level only."""
        logger.debug(format, *args)

    def do_GET(self) -> None:
        """Answer the reload script and event stream; serve files otherwise."""
        path = urllib.parse.urlsplit(self.path).path
        if path == EVENTS_PATH:
            self._stream_events()
        elif path == SCRIPT_PATH:
            self._send_bytes(SCRIPT, "text/javascript; charset=utf-8")
        else:
            super().do_GET()

    def send_head(self) -> Any:
        """Serve HTML pages with the reload script added; other files unchanged."""
        url_path = urllib.parse.urlsplit(self.path).path
        target = Path(self.translate_path(self.path))
        if target.is_dir() and url_path.endswith("/"):
            target = target / "index.html"
        if target.suffix != ".html" or not target.is_file():
            return super().send_head()
        body = inject_script(target.read_bytes())
        self._send_headers(200, "text/html; charset=utf-8", len(body))
        return io.BytesIO(body)

    def _send_headers(self, status: int, kind: str, length: int | None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Cache-Control", "no-store")
        if length is not None:
            self.send_header("Content-Length", str(length))
        self.end_headers()

    def _send_bytes(self, body: bytes, kind: str) -> None:
        self._send_headers(200, kind, len(body))
        self.wfile.write(body)

    def _stream_events(self) -> None:
        """Send a `reload` server-sent event after each finished build."""
        seen = self.generation.value  # read first: a client may bump after the headers
        self._send_headers(200, "text/event-stream", None)
        try:
            while True:
                current = self.generation.wait_past(seen, KEEPALIVE_SECONDS)
                if current == seen:
                    self.wfile.write(b": alive\n\n")
                else:
                    self.wfile.write(b"event: reload\ndata: %d\n\n" % current)
                seen = current
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            return


def make_server(
    folder: Path, port: int, generation: Generation
) -> http.server.HTTPServer:
    """Return a threading HTTP server for the folder on 127.0.0.1:port."""
    handler = type("Handler", (DevHandler,), {"generation": generation})
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", port), partial(handler, directory=str(folder))
    )
    server.daemon_threads = True
    return server


def watch_and_rebuild(
    paths: Iterable[Path],
    rebuild: Callable[[], bool],
    generation: Generation,
    stop: threading.Event | None = None,
) -> None:
    """Run rebuild after each batch of changes under paths; count successful builds."""
    from watchfiles import watch  # noqa: PLC0415 - only the dev loop needs it

    existing = [str(p) for p in paths if p.exists()]
    for changes in watch(*existing, stop_event=stop):
        names = sorted({Path(p).name for _, p in changes})
        logger.info("changed: %s", ", ".join(names))
        if rebuild():
            generation.bump()
        else:
            logger.warning("build failed: the browser keeps the previous site")


def run_devserver(
    folder: Path, port: int, paths: Iterable[Path], rebuild: Callable[[], bool]
) -> None:
    """Build, serve folder on 127.0.0.1:port, and rebuild on changes until Ctrl-C."""
    rebuild()
    generation = Generation()
    server = make_server(folder, port, generation)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    logger.info("serving %s on http://127.0.0.1:%d/ (reloads on changes)", folder, port)
    try:
        watch_and_rebuild(paths, rebuild, generation)
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        server.server_close()
