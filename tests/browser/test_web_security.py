"""The app answers only its own pages, and every response carries the security headers.

Against the running test app (its origin: ``http://127.0.0.1:<port>``, set as
COP_PUBLIC_URL by ``tests/appserver.py``):

* the websocket handshake (python-socketio checks its Origin) is refused from
  another origin, another port of the same host first among them (a page
  there could otherwise open a socket that carries the member's cookie), and
  accepted from the app's own;
* the sign-in and sign-out form posts (``/_auth/*``) from another port of the
  same host get a 403 and no cookie (login CSRF), and from the app's own
  origin redirect back to it;
* pages, a static asset, ``/ping``, the auth endpoints and a 404 carry the
  headers; the policy never allows eval nor inline scripts (each inline script
  of a page is allowed by its hash);
* in Chromium the policy holds: eval, an injected inline script and a style
  attribute are refused.

Every other browser test also fails on any policy violation (the ``page``
fixture in conftest.py), so the whole suite checks the policy against what
the app really does.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import http.client
import re
from collections.abc import Iterator
from urllib.parse import urlencode, urlsplit

import pytest
import simple_websocket
from playwright.sync_api import Browser

from tests.browser.conftest import ROOT
from tests.browser.flows import DEMO_PASSWORD
from tests.browser.socket_client import AppSocket, open_session

pytestmark = pytest.mark.browser

MEMBER = "member@example.org"
SECURITY_HEADERS = {
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
}


def _port(app_url: str) -> int:
    port = urlsplit(app_url).port
    assert port is not None
    return port


def _other_port(app_url: str) -> str:
    """The same host on another port: another site's page, to the browser."""
    port = _port(app_url)
    return f"http://127.0.0.1:{port + 1 if port < 65535 else port - 1}"


def _foreign_origins(app_url: str) -> list[str]:
    port = _port(app_url)
    return [
        _other_port(app_url),
        f"http://localhost:{port}",  # the same server under another name
        f"https://127.0.0.1:{port}",
        "https://evil.example",
        "null",  # a sandboxed frame or a file:// page
    ]


class Reply:
    def __init__(self, resp: http.client.HTTPResponse) -> None:
        self.status = resp.status
        self.headers = resp.getheaders()
        self.body = resp.read()

    def header(self, name: str) -> str | None:
        values = self.all(name)
        return values[0] if values else None

    def all(self, name: str) -> list[str]:
        return [v for k, v in self.headers if k.lower() == name.lower()]

    def text(self) -> str:
        body = self.body
        if self.header("content-encoding") == "gzip":
            body = gzip.decompress(body)
        return body.decode()


def _request(
    app_url: str,
    method: str,
    path: str,
    *,
    headers: dict[str, str] | None = None,
    form: dict[str, str] | None = None,
) -> Reply:
    """One HTTP request, redirects not followed."""
    body = urlencode(form).encode() if form is not None else None
    sent = dict(headers or {})
    if body is not None:
        sent["Content-Type"] = "application/x-www-form-urlencoded"
    conn = http.client.HTTPConnection("127.0.0.1", _port(app_url), timeout=30)
    try:
        conn.request(method, path, body=body, headers=sent)
        return Reply(conn.getresponse())
    finally:
        conn.close()


def _fresh_handoff_code(db_url: str, email: str) -> str:
    """A member's one-time hand-off code, not yet exchanged (what sign-in posts)."""
    from cop_app.db import session_scope
    from cop_app.services.accounts import auth

    with session_scope(db_url) as session:
        result = auth.do_sign_in(
            session,
            email=email,
            password=DEMO_PASSWORD,
            client_ip="192.0.2.63",
            user_agent="test_web_security",
        )
    assert result.handoff_code is not None, result
    return result.handoff_code


def _session_is_live(db_url: str, token: str) -> bool:
    from cop_app.db import session_scope
    from cop_app.services.accounts import auth

    with session_scope(db_url) as session:
        return auth.get_session_user(session, token=token) is not None


def _directives(policy: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for part in policy.split(";"):
        words = part.split()
        if words:
            out[words[0]] = words[1:]
    return out


def _script_hashes(html: str) -> set[str]:
    """The CSP hash sources of a page's inline scripts (computed here, independently)."""
    found = set()
    for attrs, body in re.findall(r"<script\b([^>]*)>(.*?)</script>", html, re.S | re.I):
        if re.search(r"\bsrc\s*=", attrs):
            continue
        digest = hashlib.sha256(body.encode()).digest()
        found.add("'sha256-" + base64.b64encode(digest).decode() + "'")
    return found


@pytest.fixture(scope="module")
def member_token(app_url: str, app_env: dict[str, str]) -> Iterator[str]:
    ticket = open_session(app_env["REFLEX_DB_URL"], MEMBER, DEMO_PASSWORD, client_ip="192.0.2.61")
    yield ticket.token


# --------------------------------------------------------------------------- the socket


def test_the_socket_refuses_other_origins_and_answers_our_own(
    app_url: str, member_token: str
) -> None:
    for origin in _foreign_origins(app_url):
        sock = AppSocket(app_url, session_token=member_token, headers={"Origin": origin})
        with pytest.raises(simple_websocket.ConnectionError) as refused:
            sock.connect("/")
        assert refused.value.status_code in (400, 403), origin
        sock.close()

    with AppSocket(app_url, session_token=member_token, headers={"Origin": app_url}) as sock:
        sock.connect("/")
        assert sock.var("auth_state", "signed_in") is True


# --------------------------------------------------------------------------- sign-in, sign-out


def test_sign_in_posts_from_another_origin_are_refused(
    app_url: str, app_env: dict[str, str]
) -> None:
    code = _fresh_handoff_code(app_env["REFLEX_DB_URL"], MEMBER)
    form = {"code": code, "next": "/profile"}
    for origin in [*_foreign_origins(app_url), None]:
        reply = _request(
            app_url,
            "POST",
            "/_auth/session",
            headers={"Origin": origin} if origin else None,
            form=form,
        )
        assert reply.status == 403, (origin, reply.status)
        assert reply.all("set-cookie") == [], origin

    # The refused posts did not spend the code: from our own page it signs in.
    reply = _request(app_url, "POST", "/_auth/session", headers={"Origin": app_url}, form=form)
    assert reply.status == 303
    assert reply.header("location") == f"{app_url}/profile"
    cookies = reply.all("set-cookie")
    session = [c for c in cookies if c.startswith("cop_session=")]
    assert len(session) == 1, cookies
    flags = session[0].lower()
    assert "httponly" in flags and "samesite=lax" in flags
    assert "secure" not in flags  # the public URL is http here
    token = session[0].split(";", 1)[0].split("=", 1)[1]
    assert _session_is_live(app_env["REFLEX_DB_URL"], token)

    # A spent code goes back to our own sign-in page, not to the Origin's.
    again = _request(app_url, "POST", "/_auth/session", headers={"Origin": app_url}, form=form)
    assert again.status == 303
    assert again.header("location") == f"{app_url}/login?expired=1"


def test_sign_out_posts_from_another_origin_are_refused(
    app_url: str, app_env: dict[str, str]
) -> None:
    db_url = app_env["REFLEX_DB_URL"]
    ticket = open_session(db_url, MEMBER, DEMO_PASSWORD, client_ip="192.0.2.62")
    cookie = f"cop_session={ticket.token}"
    for origin in _foreign_origins(app_url):
        reply = _request(
            app_url, "POST", "/_auth/sign-out", headers={"Origin": origin, "Cookie": cookie}
        )
        assert reply.status == 403, (origin, reply.status)
        assert reply.all("set-cookie") == [], origin
    assert _session_is_live(db_url, ticket.token), "a refused sign-out ended the session"

    reply = _request(
        app_url, "POST", "/_auth/sign-out", headers={"Origin": app_url, "Cookie": cookie}
    )
    assert reply.status == 303
    assert reply.header("location") == f"{app_url}/"
    assert any(c.startswith("cop_session=") for c in reply.all("set-cookie"))
    assert not _session_is_live(db_url, ticket.token)


# --------------------------------------------------------------------------- headers


def _check_headers(reply: Reply, app_url: str, what: str) -> dict[str, list[str]]:
    for name, value in SECURITY_HEADERS.items():
        assert reply.header(name) == value, (what, name, reply.headers)
    permissions = reply.header("permissions-policy") or ""
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in permissions, (what, permissions)
    assert reply.header("strict-transport-security") is None, what  # served over http
    policy = reply.header("content-security-policy")
    assert policy, (what, reply.headers)
    assert "'unsafe-eval'" not in policy, what
    directives = _directives(policy)
    assert "'unsafe-inline'" not in directives["script-src"], what
    assert directives["script-src"][0] == "'self'", what
    assert directives["object-src"] == ["'none'"], what
    assert directives["frame-ancestors"] == ["'none'"], what
    assert directives["base-uri"] == ["'self'"], what
    assert directives["form-action"] == ["'self'", app_url], what
    assert f"ws://127.0.0.1:{_port(app_url)}" in directives["connect-src"], what
    assert directives["style-src-attr"] == ["'none'"], what
    return directives


def _readme_explains_inline_styles() -> bool:
    text = (ROOT / "README.md").read_text()
    start = text.find("Content-Security-Policy")
    return start >= 0 and "'unsafe-inline'" in text[start : start + 3000]


def test_every_response_carries_the_security_headers(app_url: str) -> None:
    page = _request(app_url, "GET", "/", headers={"Accept": "text/html", "Accept-Encoding": "gzip"})
    assert page.status == 200
    html = page.text()
    directives = _check_headers(page, app_url, "/")
    inline = _script_hashes(html)
    assert inline, "the compiled page has inline scripts: each needs its hash"
    assert inline <= set(directives["script-src"]), inline - set(directives["script-src"])
    if "'unsafe-inline'" in directives["style-src"]:
        assert _readme_explains_inline_styles(), "style-src 'unsafe-inline' must be explained"

    asset = re.search(r'(?:src|href)="(/assets/[^"]+\.js)"', html)
    assert asset, "no static asset found in the page"
    script = _request(app_url, "GET", asset.group(1))
    assert script.status == 200
    _check_headers(script, app_url, asset.group(1))

    # A page revalidated with its ETag keeps the policy with its hashes (or sends
    # none: the browser then keeps the stored one).
    etag = page.header("etag")
    assert etag
    revalidated = _request(
        app_url,
        "GET",
        "/",
        headers={"Accept": "text/html", "Accept-Encoding": "gzip", "If-None-Match": etag},
    )
    assert revalidated.status == 304
    for name, value in SECURITY_HEADERS.items():
        assert revalidated.header(name) == value
    stored = revalidated.header("content-security-policy")
    assert stored in (None, page.header("content-security-policy"))

    missing = _request(app_url, "GET", "/no/such/page", headers={"Accept": "text/html"})
    assert missing.status == 404
    _check_headers(missing, app_url, "a 404")
    assert _script_hashes(missing.text()) <= set(
        _directives(missing.header("content-security-policy") or "")["script-src"]
    )

    for method, path, headers in (
        ("GET", "/ping", {}),
        ("POST", "/_auth/session", {"Origin": _other_port(app_url)}),
        ("POST", "/_auth/sign-out", {"Origin": app_url}),
        ("GET", "/_auth/session", {}),
    ):
        reply = _request(app_url, method, path, headers=headers)
        _check_headers(reply, app_url, f"{method} {path} ({reply.status})")


# --------------------------------------------------------------------------- in the browser

# Run outside of Playwright's own evaluation (which the policy does not cover):
# on a custom event, a timer later.
_PROBES = """
window.__probes = {};
window.__violations = [];
window.addEventListener("securitypolicyviolation", (e) => {
  window.__violations.push(e.effectiveDirective);
});
window.addEventListener("cop-probe", () => setTimeout(() => {
  const result = window.__probes;
  try { result.eval = String((0, window.eval)("1 + 1")); } catch (e) { result.eval = e.name; }
  try { result.function = String(new Function("return 2")()); } catch (e) {
    result.function = e.name;
  }
  const script = document.createElement("script");
  script.textContent = "window.__probes.inline = 'ran'";
  document.body.appendChild(script);
  document.body.setAttribute("style", "outline: 7px solid red");
  result.style = getComputedStyle(document.body).outlineWidth;
  result.done = true;
}, 0));
"""


def test_the_browser_enforces_the_policy(browser: Browser, app_url: str) -> None:
    """Eval, an injected inline script and a style attribute are refused (and reported).

    Its own context: the ``page`` fixture fails a test on any violation.
    """
    context = browser.new_context(base_url=app_url)
    try:
        context.add_init_script(_PROBES)
        page = context.new_page()
        page.goto("/login")
        page.get_by_label("Email").wait_for()
        assert page.evaluate("() => window.__violations") == [], "the page itself was refused"
        page.evaluate("() => window.dispatchEvent(new Event('cop-probe'))")
        page.wait_for_function("() => window.__probes.done === true")
        probes = page.evaluate("() => window.__probes")
        assert probes["eval"] == "EvalError"
        assert probes["function"] == "EvalError"
        assert "inline" not in probes
        assert probes["style"] != "7px"
        page.wait_for_function("() => window.__violations.length >= 4")
        assert sorted(set(page.evaluate("() => window.__violations"))) == [
            "script-src",  # eval and new Function
            "script-src-elem",
            "style-src-attr",
        ]
    finally:
        context.close()


def test_the_readme_documents_the_policy() -> None:
    text = (ROOT / "README.md").read_text()
    assert "COP_PUBLIC_URL" in text and "COP_ALLOWED_ORIGINS" in text
    assert _readme_explains_inline_styles()
