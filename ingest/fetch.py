"""Fetch one article page by URL for /addsource, defensively: http(s) only, every address the host resolves to
must be public (no loopback, private, link-local, multicast or reserved address unless
`BLACKLIST_BOT_FETCH_ALLOW_PRIVATE` is set), redirects followed by hand and each hop checked the same way (at most
`fetch_max_redirects`), a timeout on connecting and on every read, a size cap enforced while streaming, and only
text content types. Every refusal is a `FetchError` whose message says why.

Not covered: a DNS answer that changes between the check and the connection (rebinding); the check narrows the
window to one lookup.
"""
from __future__ import annotations

import ipaddress
import re
import socket
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import urljoin, urlsplit

import httpx

from knowledge.settings import Settings

CONTENT_TYPES = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "text/plain": ".txt",
    "text/markdown": ".md",
    "text/x-markdown": ".md",
}


class FetchError(Exception):
    """The page was not fetched; the message is the reason shown to the moderator."""


@dataclass(frozen=True)
class Fetched:
    url: str                     # after redirects
    filename: str                # a safe name with the suffix the content type calls for
    content: bytes
    content_type: str


def check_address(host: str, port: int, allow_private: bool) -> None:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise FetchError(f"cannot resolve {host}: {exc.strerror}") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%", 1)[0])
        if not address.is_global and not allow_private:
            raise FetchError(
                f"{host} resolves to {address}, a private, loopback or link-local address; refused "
                "(BLACKLIST_BOT_FETCH_ALLOW_PRIVATE=true allows it)"
            )


def _filename(url: str, suffix: str) -> str:
    stem = PurePosixPath(urlsplit(url).path).stem or urlsplit(url).hostname or "page"
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", stem).strip("._")[:80] or "page"
    return stem + suffix


def fetch(url: str, settings: Settings) -> Fetched:
    timeout = httpx.Timeout(settings.fetch_timeout)
    with httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False,
                      headers={"User-Agent": "blacklist-bot/0.1 (+addsource)"}) as client:
        for hop in range(settings.fetch_max_redirects + 1):
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise FetchError(f"only http and https addresses can be added, not {url[:100]!r}")
            check_address(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80),
                          settings.fetch_allow_private)
            try:
                with client.stream("GET", url) as response:
                    if response.is_redirect:
                        location = response.headers.get("location")
                        if not location:
                            raise FetchError(f"{url} redirects without saying where")
                        url = urljoin(url, location)
                        continue
                    if response.status_code != 200:
                        raise FetchError(f"{url} answered HTTP {response.status_code}")
                    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
                    if content_type not in CONTENT_TYPES:
                        raise FetchError(f"{url} is {content_type or 'of no stated type'}; only HTML, plain text and "
                                         "Markdown pages can be added")
                    declared = response.headers.get("content-length")
                    if declared and declared.isdigit() and int(declared) > settings.fetch_max_bytes:
                        raise FetchError(f"{url} is {int(declared):,} bytes; the limit is {settings.fetch_max_bytes:,}")
                    body = bytearray()
                    for piece in response.iter_bytes():
                        body += piece
                        if len(body) > settings.fetch_max_bytes:
                            raise FetchError(f"{url} is larger than the limit of {settings.fetch_max_bytes:,} bytes")
                    return Fetched(str(response.url), _filename(str(response.url), CONTENT_TYPES[content_type]),
                                   bytes(body), content_type)
            except httpx.TimeoutException:
                raise FetchError(f"{url} did not answer within {settings.fetch_timeout:.0f}s") from None
            except httpx.HTTPError as exc:
                raise FetchError(f"could not fetch {url}: {exc.__class__.__name__}: {exc}") from None
        raise FetchError(f"too many redirects (more than {settings.fetch_max_redirects})")
