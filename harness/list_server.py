"""A file server on 127.0.0.1 for the official list files (tests and the soak benchmark share it)."""
from __future__ import annotations

import threading
import time
from datetime import datetime, timezone
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "lists"
LAST_MODIFIED = format_datetime(datetime(2026, 11, 30, 5, 0, tzinfo=timezone.utc), usegmt=True)


class ListServer:
    """Serves files by path with ETag / Last-Modified and conditional GETs; each route can instead fail."""

    def __init__(self):
        self.routes: dict[str, dict] = {}
        self.requests: list[tuple[str, dict]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):
                server.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
                route = server.routes.get(self.path)
                if route is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if route.get("delay"):
                    time.sleep(route["delay"])
                if route.get("status", 200) != 200:
                    body = b"Internal Server Error"
                    self.send_response(route["status"])
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                    return
                if route.get("etag") and self.headers.get("If-None-Match") == route["etag"]:
                    self.send_response(304)
                    self.send_header("ETag", route["etag"])
                    self.end_headers()
                    return
                body = route["body"]
                self.send_response(200)
                self.send_header("Content-Length", str(route.get("length", len(body))))
                if route.get("etag"):
                    self.send_header("ETag", route["etag"])
                self.send_header("Last-Modified", route.get("last_modified", LAST_MODIFIED))
                self.end_headers()
                self.wfile.write(body)
                if route.get("length", len(body)) != len(body):
                    self.close_connection = True     # a download cut short: fewer bytes than announced

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.block_on_close = False
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def serve(self, path: str, fixture: str | bytes, etag: str | None = None, **behaviour) -> None:
        body = fixture if isinstance(fixture, bytes) else (FIXTURES / fixture).read_bytes()
        self.routes[path] = {"body": body, "etag": etag, **behaviour}

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
