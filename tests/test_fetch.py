"""/addsource by URL: fetched from a real HTTP server on 127.0.0.1, allowed only when private addresses are
allowed by setting; timeouts, size cap, redirect limit and content type enforced; and end to end over the fake
Discord."""
from __future__ import annotations

import asyncio
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from harness.bot import start_bot, stop_bot
from harness.fake_discord import ADMIN_ID

ARTICLE = (b"<html><head><title>Kaspersky added to the Covered List</title></head><body><article><p>The FCC added "
           b"Kaspersky Lab to its Covered List on March 25, 2022, citing national security risks.</p></article>"
           b"</body></html>")


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send(self, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8", headers: dict = {}):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        path = self.path
        if path == "/article.html":
            self.send(200, ARTICLE)
        elif path.startswith("/hop/"):
            n = int(path.rsplit("/", 1)[1])
            self.send(302, headers={"Location": f"/hop/{n - 1}" if n > 1 else "/article.html"})
        elif path == "/pdf":
            self.send(200, b"%PDF-1.4 ...", "application/pdf")
        elif path == "/declared-big":
            self.send(200, b"x" * 5000)
        elif path == "/streamed-big":  # no Content-Length: the cap is enforced while reading
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(50):
                self.wfile.write(b"y" * 1000)
        elif path == "/slow":
            time.sleep(3)
            self.send(200, ARTICLE)
        else:
            self.send(404, b"not here")


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def settings(**overrides):
    from knowledge.settings import Settings

    values = dict(fetch_allow_private=True, fetch_timeout=1.0, fetch_max_bytes=4000, fetch_max_redirects=3)
    values.update(overrides)
    return Settings(_env_file=None, **values)


def test_fetch_guards(server):
    from ingest.fetch import FetchError, fetch

    got = fetch(f"{server}/article.html", settings())
    assert got.content == ARTICLE and got.filename == "article.html" and got.content_type == "text/html"
    assert fetch(f"{server}/hop/3", settings()).url.endswith("/article.html")  # three redirects: allowed

    def refused(url: str, **kw) -> str:
        with pytest.raises(FetchError) as caught:
            fetch(url, settings(**kw))
        return str(caught.value)

    assert "private, loopback or link-local" in refused(f"{server}/article.html", fetch_allow_private=False)
    assert "too many redirects" in refused(f"{server}/hop/4")
    assert "application/pdf" in refused(f"{server}/pdf")
    assert "5,000 bytes" in refused(f"{server}/declared-big")
    assert "larger than the limit" in refused(f"{server}/streamed-big")
    assert "did not answer within" in refused(f"{server}/slow")
    assert "HTTP 404" in refused(f"{server}/missing")
    assert "only http and https" in refused("file:///etc/passwd")
    assert "only http and https" in refused("ftp://127.0.0.1/x")
    for private in ("http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "http://[::1]/"):
        assert "private, loopback or link-local" in refused(private, fetch_allow_private=False)


@pytest.mark.asyncio(loop_scope="session")
async def test_addsource_by_url_over_discord(server, tmp_path, embeddings):
    from knowledge.api import Knowledge
    from knowledge.settings import Settings

    def knowledge(allow_private: bool):
        return Knowledge(Settings(_env_file=None, store=tmp_path / "store", fetch_allow_private=allow_private),
                         embeddings)

    h = await start_bot(knowledge(False), tmp_path)  # the default: loopback and private addresses refused
    try:
        inter = await h.fake.slash("addsource", {"url": f"{server}/article.html"}, user_id=ADMIN_ID)
        done = await h.fake.followup(inter)
        assert "Not added" in done.body["content"] and "private" in done.body["content"]
        assert not h.bot.knowledge.sources()
    finally:
        await stop_bot(h)

    h = await start_bot(knowledge(True), tmp_path)  # BLACKLIST_BOT_FETCH_ALLOW_PRIVATE=true: this server is fetched
    try:
        fake = h.fake
        inter = await fake.slash("addsource", {"url": f"{server}/article.html"}, user_id=ADMIN_ID)
        done = await fake.followup(inter, timeout=120)
        assert "article.html" in done.body["content"] and "1 added" in done.body["content"]
        assert [s.title for s in h.bot.knowledge.sources()] == ["Kaspersky added to the Covered List"]

        neither = await fake.slash("addsource", {}, user_id=ADMIN_ID)
        assert "one of the two" in (await neither.acknowledged()).body["data"]["content"]
        await asyncio.sleep(0.2)
        audit = [json.loads(l) for l in h.discord.audit_file.read_text().splitlines()]
        assert [a["outcome"] for a in audit if a["action"] == "addsource"] == [
            "refused: fetch", "finished", "refused: neither or both of file and url"]
    finally:
        await stop_bot(h)
