"""The allowed origins (COP_PUBLIC_URL, COP_ALLOWED_ORIGINS), the header middleware and
the page's eval-free reader of server-sent toasts."""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cop_app.web_security import (
    DEFAULT_PUBLIC_URL,
    SecurityHeadersMiddleware,
    content_security_policy,
    inline_script_hashes,
    load_origins,
    normalize_origin,
)

# --------------------------------------------------------------------------- origins
from tests.aio import run as _run


@pytest.mark.parametrize(
    ("raw", "origin"),
    [
        ("http://localhost:3000", "http://localhost:3000"),
        ("http://localhost:3000/", "http://localhost:3000"),
        ("  HTTPS://Example.ORG  ", "https://example.org"),
        ("https://example.org:443", "https://example.org"),
        ("http://example.org:80/", "http://example.org"),
        ("http://example.org:443", "http://example.org:443"),
        ("https://example.org:80", "https://example.org:80"),
        ("https://example.org:8443", "https://example.org:8443"),
        ("http://127.0.0.1:51234", "http://127.0.0.1:51234"),
        ("http://[::1]:3000", "http://[::1]:3000"),
        ("http://[::1]:80", "http://[::1]"),
        ("https://bücher.example", "https://xn--bcher-kva.example"),
    ],
)
def test_origins_are_normalised_as_browsers_send_them(raw: str, origin: str) -> None:
    assert normalize_origin(raw) == origin


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "localhost:3000",
        "example.org",
        "ftp://example.org",
        "javascript:alert(1)",
        "https://",
        "https://example.org/app",
        "https://example.org/?q=1",
        "https://example.org/#top",
        "https://user:pw@example.org",
        "https://example.org:99999",
        "https://example.org:port",
        "null",
    ],
)
def test_what_is_not_an_origin_is_refused(raw: str) -> None:
    with pytest.raises(ValueError):
        normalize_origin(raw)


def test_the_default_is_what_make_run_serves() -> None:
    origins = load_origins({})
    assert DEFAULT_PUBLIC_URL == "http://localhost:3000"
    assert origins.public == "http://localhost:3000"
    # Its other loopback name is the same server; nothing else is.
    assert origins.allowed == ("http://localhost:3000", "http://127.0.0.1:3000")
    assert not origins.secure


def test_public_url_and_extra_origins() -> None:
    origins = load_origins(
        {
            "COP_PUBLIC_URL": "https://practice.example.org/",
            "COP_ALLOWED_ORIGINS": " https://cop.example.org:443 ,, http://intranet:8080,"
            "https://practice.example.org",
        }
    )
    assert origins.public == "https://practice.example.org"
    # Public first, duplicates dropped, no loopback alias once the URL is set.
    assert origins.allowed == (
        "https://practice.example.org",
        "https://cop.example.org",
        "http://intranet:8080",
    )
    assert origins.secure
    assert origins.websocket_sources() == (
        "wss://practice.example.org",
        "wss://cop.example.org",
        "ws://intranet:8080",
    )


def test_a_bad_setting_names_its_variable() -> None:
    with pytest.raises(ValueError, match="COP_PUBLIC_URL"):
        load_origins({"COP_PUBLIC_URL": "practice.example.org"})
    with pytest.raises(ValueError, match="COP_ALLOWED_ORIGINS"):
        load_origins({"COP_ALLOWED_ORIGINS": "https://ok.example, https://x.example/path"})


def test_an_origin_matches_whole_or_not_at_all() -> None:
    origins = load_origins({"COP_PUBLIC_URL": "http://127.0.0.1:51234"})
    assert origins.match("http://127.0.0.1:51234") == "http://127.0.0.1:51234"
    for other in (
        "http://127.0.0.1:51235",  # another port of the same host: another site
        "http://127.0.0.1",
        "https://127.0.0.1:51234",
        "http://localhost:51234",
        "http://127.0.0.1:51234/",
        "http://127.0.0.1:51234.evil.example",
        "null",
        "",
        None,
    ):
        assert origins.match(other) is None, other


# --------------------------------------------------------------------------- the policy


def _sha(text: bytes) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text).digest()).decode() + "'"


PAGE = (
    b"<!DOCTYPE html><html><head>"
    b'<script src="/assets/a.js"></script>'
    b'<script type="module" async="">import "/assets/m.js";\n</script>'
    b"</head><body><SCRIPT>window.x = 1</SCRIPT >"
    b'<script id="_R_">requestAnimationFrame(function(){})</script>'
    b"<script>window.x = 1</script></body></html>"
)


def test_inline_scripts_are_hashed_exactly_and_once() -> None:
    assert inline_script_hashes(PAGE) == (
        _sha(b'import "/assets/m.js";\n'),
        _sha(b"window.x = 1"),
        _sha(b"requestAnimationFrame(function(){})"),
    )
    assert inline_script_hashes(b"<p>no scripts</p>") == ()


def test_the_policy_never_allows_eval_or_inline_scripts() -> None:
    origins = load_origins({"COP_PUBLIC_URL": "http://127.0.0.1:5000"})
    policy = content_security_policy(origins, inline_script_hashes(PAGE))
    directives = dict(d.split(" ", 1) for d in policy.split("; "))
    assert "'unsafe-eval'" not in policy
    assert "'unsafe-inline'" not in directives["script-src"]
    assert directives["script-src"].startswith("'self' 'sha256-")
    assert directives["connect-src"] == "'self' ws://127.0.0.1:5000"
    assert directives["form-action"] == "'self' http://127.0.0.1:5000"
    assert directives["frame-ancestors"] == "'none'"
    assert directives["object-src"] == "'none'"
    assert directives["base-uri"] == "'self'"
    assert "upgrade-insecure-requests" not in policy


# --------------------------------------------------------------------------- the middleware


async def _html(scope, receive, send) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"text/html; charset=utf-8"), (b"etag", b'"v1"')],
        }
    )
    # In two parts: the middleware holds the start until the page is complete.
    await send({"type": "http.response.body", "body": PAGE[:40], "more_body": True})
    await send({"type": "http.response.body", "body": PAGE[40:]})


async def _gzipped_file(scope, receive, send) -> None:
    """A precompressed page sent as a file path (ASGI's pathsend, as granian allows)."""
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [
                (b"content-type", b"text/html"),
                (b"content-encoding", b"gzip"),
                (b"etag", b'"v2"'),
            ],
        }
    )
    await send({"type": "http.response.pathsend", "path": scope["page_file"]})


async def _not_modified(scope, receive, send) -> None:
    etag = dict(scope["headers"])[b"if-none-match"]
    await send({"type": "http.response.start", "status": 304, "headers": [(b"etag", etag)]})
    await send({"type": "http.response.body", "body": b""})


async def _ping(scope, receive, send) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"text/plain"), (b"x-frame-options", b"ALLOWALL")],
        }
    )
    await send({"type": "http.response.body", "body": b"pong"})


ROUTES = {"/": _html, "/gz": _gzipped_file, "/304": _not_modified, "/ping": _ping}


async def _router(scope, receive, send) -> None:
    if scope["type"] == "http":
        await ROUTES[scope["path"]](scope, receive, send)
    else:  # a websocket: accepted as is
        await send({"type": "websocket.accept", "headers": []})


def _call(app, path: str, *, headers: dict[str, str] | None = None, **extra) -> tuple[dict, bytes]:
    """One request through ``app``: its response headers and body."""
    scope = {
        "type": "http",
        "method": "GET",
        "path": path,
        "headers": [(k.encode(), v.encode()) for k, v in (headers or {}).items()],
        **extra,
    }
    sent: list[dict] = []

    async def receive() -> dict:
        return {"type": "http.request", "body": b""}

    async def send(message: dict) -> None:
        sent.append(message)

    _run(app(scope, receive, send))
    assert sent[0]["type"] == "http.response.start", sent
    response_headers = {k.decode(): v.decode() for k, v in sent[0]["headers"]}
    response_headers[":status"] = str(sent[0]["status"])
    body = b"".join(m.get("body", b"") for m in sent[1:])
    return response_headers, body


def test_every_response_carries_the_headers_and_pages_their_hashes(tmp_path: Path) -> None:
    origins = load_origins({"COP_PUBLIC_URL": "https://practice.example.org"})
    app = SecurityHeadersMiddleware(_router, origins)
    hashes = inline_script_hashes(PAGE)
    page_file = tmp_path / "index.html.gz"
    page_file.write_bytes(gzip.compress(PAGE))

    page, body = _call(app, "/", headers={"accept": "text/html"})
    assert body == PAGE
    assert all(value in page["content-security-policy"] for value in hashes)

    zipped, body = _call(
        app,
        "/gz",
        headers={"accept": "text/html", "accept-encoding": "gzip"},
        page_file=str(page_file),
    )
    assert gzip.decompress(body) == PAGE
    assert zipped["content-security-policy"] == page["content-security-policy"]

    ping, body = _call(app, "/ping")
    assert body == b"pong"
    assert ping["content-security-policy"] == content_security_policy(origins)
    assert ping["x-frame-options"] == "DENY"  # replaces the app's own
    for response in (page, zipped, ping):
        assert response["x-content-type-options"] == "nosniff"
        assert response["referrer-policy"] == "strict-origin-when-cross-origin"
        assert "camera=()" in response["permissions-policy"]
        assert response["strict-transport-security"].startswith("max-age=")
        assert "upgrade-insecure-requests" in response["content-security-policy"]

    # A 304 keeps the page's policy when its ETag is known, and sends none otherwise
    # (the browser keeps the one it stored with the page, hashes included).
    known, _ = _call(app, "/304", headers={"if-none-match": '"v1"'})
    assert known[":status"] == "304"
    assert known["content-security-policy"] == page["content-security-policy"]
    unknown, _ = _call(app, "/304", headers={"if-none-match": '"other"'})
    assert "content-security-policy" not in unknown
    assert unknown["x-frame-options"] == "DENY"


def test_pages_are_asked_for_in_an_encoding_the_middleware_can_read() -> None:
    seen: list[dict] = []

    async def spy(scope, receive, send) -> None:
        seen.append(dict(scope["headers"]))
        await _ping(scope, receive, send)

    app = SecurityHeadersMiddleware(spy, load_origins({}))
    _call(app, "/", headers={"accept": "text/html,*/*", "accept-encoding": "br, zstd, gzip"})
    _call(app, "/", headers={"accept": "*/*", "accept-encoding": "br, zstd, gzip"})
    assert seen[0][b"accept-encoding"] == b"gzip"
    assert seen[1][b"accept-encoding"] == b"br, zstd, gzip"  # scripts, styles: untouched


def test_websockets_pass_through_untouched() -> None:
    sent: list[dict] = []

    async def send(message: dict) -> None:
        sent.append(message)

    async def receive() -> dict:
        return {"type": "websocket.connect"}

    app = SecurityHeadersMiddleware(_router, load_origins({}))
    _run(app({"type": "websocket", "path": "/_event", "headers": []}, receive, send))
    assert sent == [{"type": "websocket.accept", "headers": []}]


def test_no_hsts_over_plain_http() -> None:
    app = SecurityHeadersMiddleware(_router, load_origins({"COP_PUBLIC_URL": "http://127.0.0.1:5"}))
    headers, _ = _call(app, "/ping")
    assert "strict-transport-security" not in headers
    assert "upgrade-insecure-requests" not in headers["content-security-policy"]


# --------------------------------------------------------------------------- server toasts

_TOAST_HARNESS = """
globalThis.window = globalThis;
const shown = [];
const refused = [];
globalThis.refs = {};
window.alert = (text) => shown.push(["alert", text]);
window.eval = (code) => {  // the browser's eval, which the policy refuses
  refused.push(code);
  throw new EvalError("refused by the Content-Security-Policy");
};
TOAST_CODE
const results = [];
for (const [code, toaster] of JSON.parse(require("fs").readFileSync(0, "utf8"))) {
  shown.length = 0;
  refused.length = 0;
  const toast = (...args) => shown.push(["toast", null, ...args]);
  for (const level of ["success", "error", "info", "warning"]) {
    toast[level] = (...args) => shown.push(["toast", level, ...args]);
  }
  globalThis.refs = toaster ? { __toast: toast } : {};
  try {
    window.eval(code)();  // what utils/state.js does with a _call_function text
  } catch (e) {
    shown.push(["error", e.name]);
  }
  results.push({ shown: [...shown], refused: refused.length });
}
console.log(JSON.stringify(results));
"""


def _wire_function(spec) -> str:
    """The ``function`` text of a server-sent ``_call_function`` event, as sent."""
    from reflex_base.event import Event

    (event,) = Event.from_event_type(spec)
    assert event.name == "_call_function"
    return event.payload["function"]


def test_server_toasts_are_read_as_data_and_anything_else_is_refused() -> None:
    """The page's stand-in for eval (components/browser_actions.py), run in Node on
    the exact text Reflex sends for the app's toasts."""
    import reflex as rx
    from reflex.app import default_backend_exception_handler

    from cop_app.components import browser_actions

    node = shutil.which("node", path=str(Path(sys.executable).parent)) or shutil.which("node")
    if node is None:
        pytest.skip("no node")
    tricky = 'Fields need "another" look: <b>ü</b> \u2028 ) : (window.alert("x"))'
    cases = [
        (rx.toast.error(tricky), True),
        (rx.toast.success("Saved."), True),
        (rx.toast.info("Note", duration=5000, close_button=True), True),
        (rx.toast("Plain"), True),
        (default_backend_exception_handler(ValueError("boom")), True),
        (default_backend_exception_handler(ValueError("boom")), False),
        (rx.toast.error("Gone", on_dismiss=rx.console_log("x")), True),
        (rx.call_function("() => window.open('https://evil.example')"), True),
    ]
    codes = [[_wire_function(spec), toaster] for spec, toaster in cases]
    script = _TOAST_HARNESS.replace("TOAST_CODE", browser_actions._TOAST_CODE)
    run = subprocess.run(
        [node, "-e", script], input=json.dumps(codes), capture_output=True, text=True, check=True
    )
    results = json.loads(run.stdout)
    shown = [r["shown"] for r in results]
    assert shown[0] == [["toast", "error", tricky]]
    assert shown[1] == [["toast", "success", "Saved."]]
    assert shown[2] == [["toast", "info", "Note", {"closeButton": True, "duration": 5000}]]
    assert shown[3] == [["toast", None, "Plain"]]
    (kind, level, title, props), *_ = shown[4]
    assert (kind, level, title) == ("toast", "error", "An error occurred.")
    assert props["id"] == "backend_error" and "boom" in props["description"]
    assert shown[5] == [["alert", "An error occurred."]]  # no toaster: Reflex's alert
    assert [r["refused"] for r in results] == [0, 0, 0, 0, 0, 0, 1, 1]
    assert shown[6] == shown[7] == [["error", "EvalError"]]  # a callback, a script: refused
