"""Titles and link previews in the HTML a thread or community page is served as.

Reflex serves every thread and community address the same compiled shell (its
frontend renders them in the browser), so a link pasted in a chat tool, a
search engine's crawler, or a browser before its scripts run saw no title and
no description. :class:`PreviewMiddleware` (the outermost ASGI layer) writes
the page's real title, description and Open Graph / Twitter card tags into
that shell as it is served.

Only what anyone may read goes in: a public community and its visible threads.
A members-only community, a hidden thread, an unknown address all get the same
generic tags, so a preview neither shows nor confirms anything about them.

The ``<title>`` written here is marked ``data-cop-preview``; ``cop_live.js``
removes it as the app starts, so the page's own title (kept live by React)
is the only one once the page runs, after a client-side navigation too.
"""

from __future__ import annotations

import dataclasses
import gzip
import html
import re
import time
from collections import OrderedDict

import anyio
from markdown_it import MarkdownIt
from sqlmodel import col, select
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from cop_app.db import session_scope
from cop_app.i18n import t
from cop_app.models import Community, Post, Thread, Visibility
from cop_app.web_security import web_origins

DESCRIPTION_CHARS = 200
CACHE_S = 5.0  # short: a thread hidden or a community closed must leave previews soon
CACHE_SIZE = 512

_THREAD = re.compile(r"^/c/([a-z0-9-]{1,60})/t/(\d{1,12})/?$")
_COMMUNITY = re.compile(r"^/c/([a-z0-9-]{1,60})/?$")
_HEAD = re.compile(rb"<head[^>]*>", re.IGNORECASE)
_MD = MarkdownIt("commonmark", {"html": False})
_BLOCK_TAGS = re.compile(r"</?(?:p|h[1-6]|li|ul|ol|blockquote|pre|br|hr|t[rdh]|table)\b[^>]*>")
_TAGS = re.compile(r"<[^>]+>")
_REPLACED_HEADERS = (
    b"content-length",
    b"content-encoding",
    b"etag",
    b"last-modified",
    b"cache-control",
    b"vary",
)


@dataclasses.dataclass(frozen=True)
class Preview:
    title: str  # the whole <title>: "Thread · Community · Practice Commons"
    headline: str  # og:title: the thread or the community alone
    description: str
    kind: str  # og:type: article (a thread) or website


def plain_text(markdown: str, limit: int = DESCRIPTION_CHARS) -> str:
    """A post's words without its Markdown, cut at a word boundary."""
    rendered = _BLOCK_TAGS.sub(" ", _MD.render(markdown or ""))
    text = html.unescape(_TAGS.sub("", rendered))
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(" ,;:") + "…"


def generic() -> Preview:
    name = t("app.name")
    return Preview(title=name, headline=name, description=t("preview.site"), kind="website")


def read_preview(session, path: str) -> Preview | None:
    """The preview of a public community or of one of its visible threads
    (None for anything else: the caller serves the generic one)."""
    found = _THREAD.match(path)
    if found is not None:
        row = session.exec(
            select(Thread, Community)
            .join(Community, col(Community.id) == col(Thread.community_id))
            .where(Thread.id == int(found[2]), Community.slug == found[1])
        ).first()
        if row is None:
            return None
        thread, community = row
        if community.visibility != Visibility.PUBLIC or thread.is_hidden:
            return None
        opening = session.exec(
            select(Post.body).where(
                Post.thread_id == thread.id, Post.position == 0, col(Post.deleted_at).is_(None)
            )
        ).first()
        return Preview(
            title=f"{thread.title} · {community.name} · {t('app.name')}",
            headline=thread.title,
            description=plain_text(opening or "") or community.tagline,
            kind="article",
        )
    found = _COMMUNITY.match(path)
    if found is not None:
        community = session.exec(select(Community).where(Community.slug == found[1])).first()
        if community is None or community.visibility != Visibility.PUBLIC:
            return None
        return Preview(
            title=f"{community.name} · {t('app.name')}",
            headline=community.name,
            description=plain_text(community.tagline or community.description),
            kind="website",
        )
    return None


def tags(preview: Preview, url: str) -> bytes:
    """The head elements for ``preview`` (every value escaped)."""
    e = html.escape
    site = t("app.name")
    parts = [
        f'<title data-cop-preview="">{e(preview.title)}</title>',
        f'<meta name="description" content="{e(preview.description)}"/>',
        f'<meta property="og:site_name" content="{e(site)}"/>',
        f'<meta property="og:type" content="{e(preview.kind)}"/>',
        f'<meta property="og:title" content="{e(preview.headline)}"/>',
        f'<meta property="og:description" content="{e(preview.description)}"/>',
        f'<meta property="og:url" content="{e(url)}"/>',
        '<meta name="twitter:card" content="summary"/>',
        f'<meta name="twitter:title" content="{e(preview.headline)}"/>',
        f'<meta name="twitter:description" content="{e(preview.description)}"/>',
        f'<link rel="canonical" href="{e(url)}"/>',
    ]
    return "".join(parts).encode()


def wants_preview(path: str) -> bool:
    return _THREAD.match(path) is not None or _COMMUNITY.match(path) is not None


class _Recent:
    """Previews read lately, for :data:`CACHE_S` (a link shared in a busy chat
    is fetched by many previewers at once; a hidden thread leaves them within
    that time)."""

    def __init__(self) -> None:
        self._items: OrderedDict[str, tuple[float, Preview | None]] = OrderedDict()

    def get(self, path: str) -> tuple[bool, Preview | None]:
        found = self._items.get(path)
        if found is None or time.monotonic() - found[0] > CACHE_S:
            return False, None
        return True, found[1]

    def put(self, path: str, preview: Preview | None) -> None:
        self._items[path] = (time.monotonic(), preview)
        self._items.move_to_end(path)
        while len(self._items) > CACHE_SIZE:
            self._items.popitem(last=False)

    def clear(self) -> None:
        self._items.clear()


recent = _Recent()


def _read(path: str) -> Preview | None:
    with session_scope() as session:
        return read_preview(session, path)


async def preview_for(path: str) -> Preview:
    known, preview = recent.get(path)
    if not known:
        preview = await anyio.to_thread.run_sync(_read, path)
        recent.put(path, preview)
    return preview or generic()


class PreviewMiddleware:
    """ASGI middleware: the page's title and preview tags in the served shell.

    Only page loads of thread and community addresses are touched. The shell
    is asked for uncompressed, so its head can be written, then gzipped again
    when the client accepts it. It is served with ``Cache-Control: no-cache``
    and no ETag, because the same file serves every thread."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        if not path or scope.get("method") != "GET" or not wants_preview(path):
            await self.app(scope, receive, send)
            return
        accepted = b"".join(
            v for k, v in scope.get("headers", []) if k.lower() == b"accept-encoding"
        ).lower()
        headers = [(k, v) for k, v in scope.get("headers", []) if k.lower() != b"accept-encoding"]
        scope = {**scope, "headers": headers}
        gzipped = b"gzip" in accepted
        held: Message | None = None
        chunks: list[bytes] = []

        async def rewrite(message: Message) -> None:
            nonlocal held
            if message["type"] == "http.response.start":
                content_type = dict(message.get("headers", [])).get(b"content-type", b"")
                if message.get("status") == 200 and content_type.lower().startswith(b"text/html"):
                    held = message
                    return
                await send(message)
                return
            if held is None or message["type"] != "http.response.body":
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            body = await self._with_tags(b"".join(chunks), path)
            start_headers = [
                (k, v) for k, v in held.get("headers", []) if k.lower() not in _REPLACED_HEADERS
            ]
            if gzipped:
                body = gzip.compress(body, compresslevel=6, mtime=0)
                start_headers.append((b"content-encoding", b"gzip"))
            start_headers += [
                (b"content-length", str(len(body)).encode()),
                (b"cache-control", b"no-cache"),
                (b"vary", b"Accept-Encoding"),
            ]
            await send({**held, "headers": start_headers})
            await send({"type": "http.response.body", "body": body, "more_body": False})
            held = None

        await self.app(scope, receive, rewrite)

    @staticmethod
    async def _with_tags(body: bytes, path: str) -> bytes:
        head = _HEAD.search(body)
        if head is None:
            return body
        preview = await preview_for(path)
        url = web_origins().public + path.rstrip("/")
        return body[: head.end()] + tags(preview, url) + body[head.end() :]


def preview_middleware(app: ASGIApp) -> ASGIApp:
    """For ``rx.App(api_transformer=[..., preview_middleware])`` (the outermost)."""
    return PreviewMiddleware(app)
