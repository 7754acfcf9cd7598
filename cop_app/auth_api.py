"""The two HTTP endpoints that own the session cookie.

Reflex talks to the browser over a websocket, which cannot set an HttpOnly
cookie. So a sign-in handler creates the session with a one-time hand-off code
and makes the browser POST that code here (a top-level form submission, so
the code never sits in a URL, a state var or the history); this endpoint
trades it for the session token, sets it as an HttpOnly cookie and redirects.
The websocket opened by the next page load carries the cookie, and the server
reads it from the request headers (Reflex 0.10 never sends cookies to the
frontend). Sign-out clears the cookie the same way.
"""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from cop_app.db import session_scope
from cop_app.routes import EXCHANGE_PATH, ONE_CLICK_UNSUBSCRIBE_PATH, SIGN_OUT_PATH, safe_next
from cop_app.services.accounts import auth
from cop_app.services.mail import tokens, unsubscribe
from cop_app.web_security import DEVICE_COOKIE, SESSION_COOKIE, web_origins


def _allowed_origin(request: Request) -> str | None:
    """The page that posted, when it is one of ours; None refuses the post.

    Refuses cross-site form posts (login CSRF). Browsers send Origin on every
    POST form submission, and it is compared whole (scheme, host and port)
    with the allowed origins (COP_PUBLIC_URL, COP_ALLOWED_ORIGINS): another
    port of the same host is another site's page. In `make dev` the page is on
    :3000 and this backend on :8000; the page's origin is the allowed one.
    """
    return web_origins().match(request.headers.get("origin"))


async def exchange(request: Request) -> Response:
    # Where the browser goes back to: the allowed origin that posted, never
    # whatever Origin header came in.
    base = _allowed_origin(request)
    if base is None:
        return PlainTextResponse("Cross-site sign-in refused.", status_code=403)
    form = await request.form()
    code = str(form.get("code", ""))[:200]
    target = safe_next(str(form.get("next", "/")))
    with session_scope() as session:
        signed_in = auth.do_exchange_handoff_for_browser(session, code=code)
    if signed_in is None:
        return RedirectResponse(f"{base}/login?expired=1", status_code=303)
    response = RedirectResponse(f"{base}{target}", status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        signed_in.session_token,
        max_age=int(auth.SESSION_LIFETIME.total_seconds()),
        path="/",
        httponly=True,
        # From the public URL: behind a TLS proxy this app sees plain http.
        secure=web_origins().secure,
        samesite="lax",
    )
    # Its own allowance of sign-in attempts from now on, which strangers' failed
    # guesses cannot use up; it outlives sign-out (same flags as the session's).
    response.set_cookie(
        DEVICE_COOKIE,
        signed_in.device_token,
        max_age=int(auth.DEVICE_COOKIE_LIFETIME.total_seconds()),
        path="/",
        httponly=True,
        secure=web_origins().secure,
        samesite="lax",
    )
    return response


async def one_click_unsubscribe(request: Request) -> Response:
    """RFC 8058: a mail client POSTs ``List-Unsubscribe=One-Click`` to the URL in
    the mail's ``List-Unsubscribe`` header, with no cookie and from no page of
    ours; the signed token in the path is the whole authority, and it turns off
    that one kind of mail for that one member. A bad token changes nothing."""
    token = str(request.path_params.get("token", ""))
    if tokens.read_unsubscribe_token(token) is None:  # no database work for a bad one
        return PlainTextResponse("This unsubscribe link is not valid.", status_code=400)

    def work() -> object:
        with session_scope(write=True) as session:
            return unsubscribe.do_one_click(session, token=token)

    done = await run_in_threadpool(work)
    if not done:
        return PlainTextResponse("This unsubscribe link is not valid.", status_code=400)
    return PlainTextResponse("Unsubscribed.", status_code=200)


async def sign_out(request: Request) -> Response:
    base = _allowed_origin(request)
    if base is None:
        return PlainTextResponse("Cross-site sign-out refused.", status_code=403)
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        with session_scope() as session:
            auth.do_sign_out(session, token=token)
    response = RedirectResponse(f"{base}/", status_code=303)
    response.delete_cookie(
        SESSION_COOKIE, path="/", secure=web_origins().secure, httponly=True, samesite="lax"
    )
    return response


api = Starlette(
    routes=[
        Route(EXCHANGE_PATH, exchange, methods=["POST"]),
        Route(SIGN_OUT_PATH, sign_out, methods=["POST"]),
        Route(f"{ONE_CLICK_UNSUBSCRIBE_PATH}/{{token}}", one_click_unsubscribe, methods=["POST"]),
    ]
)
