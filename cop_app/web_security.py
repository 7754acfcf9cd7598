"""Which origins the app answers, and the security headers of every response.

One configuration, read from the environment once per process:

* ``COP_PUBLIC_URL``: where people open the app (default
  ``http://localhost:3000``, what ``make run`` serves). Its origin is always
  allowed; its scheme decides the session cookie's ``Secure`` flag and
  Strict-Transport-Security (behind a TLS proxy the app itself sees http).
* ``COP_ALLOWED_ORIGINS``: further origins, comma separated (another host name
  of the same deployment, say).

An origin is compared whole (scheme, host and port), exactly as a browser
sends it in the ``Origin`` header: another port of the same host is another
origin. Used by ``rxconfig.py`` (the websocket handshake and CORS),
``auth_api.py`` (the sign-in and sign-out form posts, where they redirect, the
cookie) and ``cop_app.py`` (:func:`security_headers_middleware`).

The Content-Security-Policy allows inline scripts by hash only: the compiled
pages carry a few inline ``<script>`` blocks (React Router's boot code, the
colour-mode script), different per page, so each HTML response is read as it
is served and the SHA-256 of each inline script goes into its policy (cached
per body). Why ``<style>`` elements need ``'unsafe-inline'`` (style attributes
do not get it): see the README, "Accounts and security".
"""

from __future__ import annotations

import base64
import dataclasses
import functools
import hashlib
import logging
import os
import re
import zlib
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from urllib.parse import urlsplit

import anyio
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger(__name__)

#: The HttpOnly cookies the app sets (auth_api.py) and reads (state/auth.py).
SESSION_COOKIE = "cop_session"
TIME_ZONE_COOKIE = "cop_tz"  # the browser's time zone, set by the page itself (not secret)
DEVICE_COOKIE = "cop_device"  # a browser that signed in before (services/accounts/auth.py)

PUBLIC_URL_ENV = "COP_PUBLIC_URL"
ALLOWED_ORIGINS_ENV = "COP_ALLOWED_ORIGINS"
DEFAULT_PUBLIC_URL = "http://localhost:3000"
#: With COP_PUBLIC_URL unset, the same `make run` / `make dev` page under its
#: other loopback name is allowed too (it is the same server on this machine).
DEFAULT_ALIASES = ("http://127.0.0.1:3000",)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def normalize_origin(value: str) -> str:
    """``'HTTPS://Example.ORG:443/'`` -> ``'https://example.org'``: the form browsers send.

    Scheme http or https, a host, an optional port (dropped when it is the
    scheme's default), no user info, query or fragment, and no path beyond "/".
    Raises ValueError otherwise.
    """
    text = value.strip()
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        msg = f"not an http(s) origin: {value!r}"
        raise ValueError(msg)
    if parts.username is not None or parts.password is not None:
        msg = f"an origin has no user name or password: {value!r}"
        raise ValueError(msg)
    if parts.path not in ("", "/") or parts.query or parts.fragment or text.endswith(("?", "#")):
        msg = f"an origin has no path, query or fragment: {value!r}"
        raise ValueError(msg)
    host = parts.hostname  # lower-cased, IPv6 brackets removed
    if not host:
        msg = f"no host in {value!r}"
        raise ValueError(msg)
    try:
        port = parts.port
    except ValueError as exc:
        msg = f"bad port in {value!r}"
        raise ValueError(msg) from exc
    if not host.isascii():
        host = host.encode("idna").decode("ascii")
    if ":" in host:
        host = f"[{host}]"
    if port is None or port == _DEFAULT_PORTS[scheme]:
        return f"{scheme}://{host}"
    return f"{scheme}://{host}:{port}"


@dataclasses.dataclass(frozen=True)
class WebOrigins:
    """The public origin and every origin the app answers (the public one first)."""

    public: str
    allowed: tuple[str, ...]

    @property
    def secure(self) -> bool:
        """Served over https (the session cookie is Secure, HSTS is sent)."""
        return self.public.startswith("https://")

    def match(self, origin: str | None) -> str | None:
        """The allowed origin equal to ``origin`` (an Origin header), else None.

        Compared exactly, as python-socketio compares the websocket handshake's
        Origin: browsers send it normalised, and anything else is refused.
        """
        if origin and origin in self.allowed:
            return origin
        return None

    def websocket_sources(self) -> tuple[str, ...]:
        """The websocket origins of the allowed origins (ws:// for http, wss:// for https)."""
        return tuple("ws" + origin.removeprefix("http") for origin in self.allowed)


def load_origins(environ: Mapping[str, str] | None = None) -> WebOrigins:
    """Read COP_PUBLIC_URL and COP_ALLOWED_ORIGINS (ValueError names the bad one)."""
    env = os.environ if environ is None else environ
    raw_public = env.get(PUBLIC_URL_ENV, "").strip()
    try:
        public = normalize_origin(raw_public or DEFAULT_PUBLIC_URL)
    except ValueError as exc:
        msg = f"{PUBLIC_URL_ENV}: {exc}"
        raise ValueError(msg) from exc
    allowed = [public]
    if not raw_public:
        allowed.extend(DEFAULT_ALIASES)
    for item in env.get(ALLOWED_ORIGINS_ENV, "").split(","):
        if not item.strip():
            continue
        try:
            allowed.append(normalize_origin(item))
        except ValueError as exc:
            msg = f"{ALLOWED_ORIGINS_ENV}: {exc}"
            raise ValueError(msg) from exc
    return WebOrigins(public=public, allowed=tuple(dict.fromkeys(allowed)))


@functools.cache
def web_origins() -> WebOrigins:
    """This process's origins (read from the environment once)."""
    return load_origins()


# --------------------------------------------------------------------------- headers

_INLINE_SCRIPT = re.compile(rb"<script\b([^>]*)>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_SRC_ATTRIBUTE = re.compile(rb"""(?:^|\s)src\s*=""", re.IGNORECASE)

PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
)


def inline_script_hashes(html: bytes) -> tuple[str, ...]:
    """The CSP source (``'sha256-...'``) of every inline ``<script>`` of a page, in order.

    A script's hash covers exactly the text between its tags (HTML ends a
    script at the first ``</script``, so a non-greedy match is exact).
    """
    found: dict[str, None] = {}
    for match in _INLINE_SCRIPT.finditer(html):
        if _SRC_ATTRIBUTE.search(match.group(1)):
            continue
        digest = hashlib.sha256(match.group(2)).digest()
        found["'sha256-" + base64.b64encode(digest).decode("ascii") + "'"] = None
    return tuple(found)


def content_security_policy(origins: WebOrigins, script_hashes: Iterable[str] = ()) -> str:
    """The policy of one response: ``script_hashes`` are its inline scripts' hashes."""
    own = " ".join(origins.allowed)
    directives = [
        "default-src 'self'",
        " ".join(["script-src 'self'", *script_hashes]),
        # <style> elements: Emotion (Reflex's styling), Sonner, Radix and Plotly
        # write them at run time, some with computed text (see the README).
        # Style attributes in markup or set with setAttribute are refused
        # (React and Plotly set styles through the DOM, which CSP allows).
        "style-src 'self' 'unsafe-inline'",
        "style-src-attr 'none'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self' " + " ".join(origins.websocket_sources()),
        "object-src 'none'",
        "base-uri 'self'",
        # Sign-in and sign-out post a form to /_auth/*, which redirects to an
        # allowed origin (a form's redirects are checked against form-action too).
        f"form-action 'self' {own}",
        "frame-ancestors 'none'",
    ]
    if origins.secure:
        directives.append("upgrade-insecure-requests")
    return "; ".join(directives)


def static_headers(origins: WebOrigins) -> list[tuple[bytes, bytes]]:
    """The headers that are the same on every response (the CSP aside)."""
    headers = [
        (b"x-frame-options", b"DENY"),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"strict-origin-when-cross-origin"),
        (b"permissions-policy", PERMISSIONS_POLICY.encode()),
        (b"cross-origin-opener-policy", b"same-origin"),
    ]
    if origins.secure:
        headers.append((b"strict-transport-security", b"max-age=31536000"))
    return headers


_OWN_HEADERS = {
    b"content-security-policy",
    b"x-frame-options",
    b"x-content-type-options",
    b"referrer-policy",
    b"permissions-policy",
    b"cross-origin-opener-policy",
    b"strict-transport-security",
}


def _header(headers: Iterable[tuple[bytes, bytes]], name: bytes) -> bytes | None:
    for key, value in headers:
        if key.lower() == name:
            return value
    return None


class _BoundedCache(OrderedDict[bytes, str]):
    """A small LRU map: a build has a few dozen HTML files."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def lookup(self, key: bytes) -> str | None:
        value = self.get(key)
        if value is not None:
            self.move_to_end(key)
        return value

    def store(self, key: bytes, value: str) -> None:
        self[key] = value
        self.move_to_end(key)
        while len(self) > self.size:
            self.popitem(last=False)


class SecurityHeadersMiddleware:
    """ASGI middleware: the security headers on every HTTP response.

    HTML responses are held back until their body is complete (pages are a
    few kilobytes; a body sent as a file path is read here), so the policy can
    list the hashes of their inline scripts. A 304 gets the policy of the body
    its ETag names when this process served it, and none otherwise: the
    browser then keeps the policy it stored with the page (a 304's headers
    update the stored ones, so a policy without the hashes would break it).
    Websocket and lifespan traffic pass through untouched.
    """

    def __init__(self, app: ASGIApp, origins: WebOrigins | None = None) -> None:
        self.app = app
        self.origins = origins or web_origins()
        self.static = static_headers(self.origins)
        self.base_policy = content_security_policy(self.origins)
        self._by_body = _BoundedCache(256)
        self._by_etag = _BoundedCache(256)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        scope = _only_gzip_for_pages(scope)
        held: Message | None = None
        chunks: list[bytes] = []

        async def send_with_headers(message: Message) -> None:
            nonlocal held
            kind = message["type"]
            if kind == "http.response.start":
                headers = list(message.get("headers", []))
                content_type = (_header(headers, b"content-type") or b"").lower()
                status = message.get("status", 200)
                if content_type.startswith(b"text/html") and status != 304:
                    if scope.get("method") != "HEAD":
                        held = message
                        return
                    policy = self._policy_for_etag(headers) or self.base_policy
                elif status == 304:
                    policy = self._policy_for_etag(headers)
                else:
                    policy = self.base_policy
                await send(self._with_headers(message, policy))
                return
            if held is None:
                await send(message)
                return
            if kind == "http.response.pathsend":
                # The server would send the file itself: read the page here instead.
                body = await anyio.Path(message["path"]).read_bytes()
                await self._send_page(send, held, body)
                held = None
                return
            if kind == "http.response.body":
                chunks.append(message.get("body", b""))
                if message.get("more_body", False):
                    return
                await self._send_page(send, held, b"".join(chunks))
                held = None
                return
            await send(message)

        await self.app(scope, receive, send_with_headers)

    async def _send_page(self, send: Send, start: Message, body: bytes) -> None:
        headers = list(start.get("headers", []))
        policy = self._policy_for_page(body, _header(headers, b"content-encoding"))
        etag = _header(headers, b"etag")
        if etag is not None:
            self._by_etag.store(etag, policy)
        await send(self._with_headers(start, policy))
        await send({"type": "http.response.body", "body": body, "more_body": False})

    def _policy_for_page(self, body: bytes, encoding: bytes | None) -> str:
        key = hashlib.sha256(body).digest() + (encoding or b"")
        cached = self._by_body.lookup(key)
        if cached is not None:
            return cached
        coding = (encoding or b"identity").strip().lower()
        if coding == b"gzip":
            html = zlib.decompress(body, 16 + zlib.MAX_WBITS)
        elif coding == b"identity":
            html = body
        else:  # not reached: pages are asked for as gzip at most (_only_gzip_for_pages)
            log.error("cannot read a page sent as %r: its inline scripts will be blocked", coding)
            html = b""
        policy = content_security_policy(self.origins, inline_script_hashes(html))
        self._by_body.store(key, policy)
        return policy

    def _policy_for_etag(self, headers: list[tuple[bytes, bytes]]) -> str | None:
        etag = _header(headers, b"etag")
        return self._by_etag.lookup(etag) if etag is not None else None

    def _with_headers(self, start: Message, policy: str | None) -> Message:
        headers = [
            (key, value)
            for key, value in start.get("headers", [])
            if key.lower() not in _OWN_HEADERS
        ]
        headers.extend(self.static)
        if policy is not None:
            headers.append((b"content-security-policy", policy.encode()))
        return {**start, "headers": headers}


def _only_gzip_for_pages(scope: Scope) -> Scope:
    """Ask for a page as gzip or plain only: the middleware must read its scripts.

    Reflex's static files may also come as brotli or zstd (``frontend_compression_formats``),
    which the standard library cannot decode. Only requests that accept HTML
    (page loads) are narrowed; scripts and styles keep every encoding.
    """
    headers = scope.get("headers", [])
    accept = (_header(headers, b"accept") or b"").lower()
    if b"text/html" not in accept:
        return scope
    encodings = _header(headers, b"accept-encoding")
    if encodings is None:
        return scope
    kept = b"gzip" if b"gzip" in encodings.lower() else b"identity"
    narrowed = [(k, v) for k, v in headers if k.lower() != b"accept-encoding"]
    narrowed.append((b"accept-encoding", kept))
    return {**scope, "headers": narrowed}


def security_headers_middleware(app: ASGIApp) -> ASGIApp:
    """For ``rx.App(api_transformer=[..., security_headers_middleware])``."""
    return SecurityHeadersMiddleware(app)
