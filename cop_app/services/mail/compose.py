# ruff: noqa: E501  (the HTML template keeps its lines whole)
"""What a mail says: a plain-text part and an HTML part, and its headers.

Everything a member wrote reaches a mail only through :func:`excerpt_html`
(CommonMark with raw HTML escaped and unsafe links refused, as on the site;
images left out: a mail must not fetch what a member chose) or
:func:`html.escape`, and a header only through :func:`header_text` (no line
breaks, no control characters): nothing a member wrote can add markup or a
header. The HTML carries its styles inline (mail clients drop style sheets),
declares light and dark schemes, and reads in Outlook and Gmail: one table,
600 pixels at most, no images.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import html
import re
import uuid

from markdown_it import MarkdownIt

from cop_app.services.guards.keys import secret_key

_MD = MarkdownIt("js-default").disable("image")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")
EXCERPT_CHARS = 1200

# Colours that hold in light and dark mode alike (the dark block below is for
# clients that honour it; the rest keep the light one, which stays readable).
_TEXT, _MUTED, _LINK, _RULE, _ACCENT = "#1f2328", "#59636e", "#0b57d0", "#d1d9e0", "#0b57d0"
_FONT = "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"


@dataclasses.dataclass(frozen=True)
class Composed:
    subject: str
    text: str
    html: str


@dataclasses.dataclass(frozen=True)
class Item:
    """One thing that happened, as a mail tells it."""

    headline: str  # "Amina Diallo replied to your question"
    when: str  # in the recipient's time zone
    body_markdown: str  # what was written ("" when nothing to quote)
    link: str  # absolute URL
    link_label: str


def header_text(value: str, limit: int = 250) -> str:
    """A single line safe for a header: control characters and line breaks become spaces."""
    return " ".join(_CONTROL.sub(" ", value or "").split())[:limit]


def new_message_id(domain: str) -> str:
    return f"<{uuid.uuid4().hex}@{domain}>"


def keyed_message_id(key: str, domain: str) -> str:
    """A Message-ID fixed by the mail's own key, keyed with the site's secret
    (a database restored or reset reuses row ids, never a Message-ID)."""
    digest = hmac.new(secret_key(), f"message-id:{key}".encode(), hashlib.sha256)
    return f"<{digest.hexdigest()[:32]}@{domain}>"


def thread_root_id(thread_id: int, domain: str) -> str:
    """The id every mail about one thread refers to, so mail clients keep them together."""
    return f"<thread-{int(thread_id)}@{domain}>"


def excerpt_source(markdown: str, limit: int = EXCERPT_CHARS) -> str:
    """The start of a post, cut at a paragraph or word boundary."""
    text = (markdown or "").strip()
    if len(text) <= limit:
        return text
    cut = text.rfind("\n\n", 0, limit)
    if cut < limit // 2:
        cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 0 else limit].rstrip() + " …"


def excerpt_html(markdown: str) -> str:
    return _MD.render(excerpt_source(markdown))


def _p(text: str, *, muted: bool = False, small: bool = False, url: bool = False) -> str:
    colour = _MUTED if muted else _TEXT
    size = "13px" if small else "16px"
    breaks = "word-break:break-all;overflow-wrap:anywhere;" if url else ""
    return (
        f'<p style="margin:0 0 16px 0;color:{colour};font-size:{size};line-height:1.5;{breaks}">'
        f"{text}</p>"
    )


def _button(href: str, label: str) -> str:
    return (
        '<table role="presentation" cellpadding="0" cellspacing="0" border="0" '
        'style="margin:0 0 8px 0;"><tr>'
        f'<td style="background:{_ACCENT};border-radius:6px;">'
        f'<a href="{html.escape(href, quote=True)}" '
        'style="display:inline-block;padding:10px 18px;color:#ffffff;font-weight:600;'
        f'font-size:15px;text-decoration:none;font-family:{_FONT};">{html.escape(label)}</a>'
        "</td></tr></table>"
    )


def _link(href: str, label: str) -> str:
    return (
        f'<a class="cop-link" href="{html.escape(href, quote=True)}" style="color:{_LINK};">'
        f"{html.escape(label)}</a>"
    )


def _document(*, title: str, preheader: str, site: str, body: str, footer: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<title>{html.escape(title)}</title>
<style>
@media (prefers-color-scheme: dark) {{
  .cop-page, .cop-card {{ background:#0d1117 !important; }}
  .cop-card p, .cop-card li, .cop-card h1, .cop-card div, .cop-card blockquote {{ color:#e6edf3 !important; }}
  .cop-card a.cop-link {{ color:#8ab4f8 !important; }}
}}
</style>
</head>
<body class="cop-page" style="margin:0;padding:0;background:#f6f8fa;">
<div style="display:none;max-height:0;overflow:hidden;">{html.escape(preheader)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" class="cop-page" style="background:#f6f8fa;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" class="cop-card" style="max-width:600px;background:#ffffff;border:1px solid {_RULE};border-radius:8px;">
<tr><td style="padding:20px 24px 8px 24px;font-family:{_FONT};">
<div style="color:{_MUTED};font-size:13px;font-weight:600;letter-spacing:0.02em;">{html.escape(site)}</div>
</td></tr>
<tr><td style="padding:8px 24px 8px 24px;font-family:{_FONT};color:{_TEXT};">
{body}
</td></tr>
<tr><td style="padding:12px 24px 20px 24px;border-top:1px solid {_RULE};font-family:{_FONT};">
{footer}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
"""


def _item_html(item: Item) -> str:
    quoted = (
        f'<blockquote style="margin:0 0 12px 0;padding:4px 0 4px 14px;'
        f'border-left:3px solid {_RULE};color:{_TEXT};font-size:15px;line-height:1.5;overflow-wrap:anywhere;">'
        f"{excerpt_html(item.body_markdown)}</blockquote>"
        if item.body_markdown.strip()
        else ""
    )
    return (
        '<div style="margin:0 0 20px 0;">'
        f'<p style="margin:0 0 2px 0;color:{_TEXT};font-size:16px;font-weight:600;">'
        f"{html.escape(item.headline)}</p>"
        f'<p style="margin:0 0 10px 0;color:{_MUTED};font-size:13px;">{html.escape(item.when)}</p>'
        f"{quoted}"
        f'<p style="margin:0;font-size:14px;">'
        f'<a class="cop-link" href="{html.escape(item.link, quote=True)}" '
        f'style="color:{_LINK};">{html.escape(item.link_label)}</a></p>'
        "</div>"
    )


def _item_text(item: Item) -> str:
    lines = [item.headline, item.when]
    if item.body_markdown.strip():
        lines.append("")
        lines.extend(
            f"> {line}".rstrip() for line in excerpt_source(item.body_markdown).split("\n")
        )
    lines.extend(["", f"{item.link_label}: {item.link}"])
    return "\n".join(lines)


@dataclasses.dataclass(frozen=True)
class Footer:
    why: str  # why this member got it
    preferences_url: str
    preferences_label: str
    unsubscribe_url: str = ""  # none for account mail
    unsubscribe_label: str = ""


def _footer_html(footer: Footer) -> str:
    links = _link(footer.preferences_url, footer.preferences_label)
    if footer.unsubscribe_url:
        links += " &middot; " + _link(footer.unsubscribe_url, footer.unsubscribe_label)
    return _p(html.escape(footer.why), muted=True, small=True) + _p(links, muted=True, small=True)


def _footer_text(footer: Footer) -> str:
    lines = ["-- ", footer.why, f"{footer.preferences_label}: {footer.preferences_url}"]
    if footer.unsubscribe_url:
        lines.append(f"{footer.unsubscribe_label}: {footer.unsubscribe_url}")
    return "\n".join(lines)


def activity_mail(
    *,
    site: str,
    subject: str,
    greeting: str,
    intro: str,
    items: list[Item],
    footer: Footer,
) -> Composed:
    """A mail about what happened (one thread's replies, a join request…)."""
    subject = header_text(subject)
    body = _p(html.escape(greeting)) + _p(html.escape(intro)) + "".join(map(_item_html, items))
    text = "\n\n".join(
        [greeting, intro, *(_item_text(item) for item in items), _footer_text(footer)]
    )
    preheader = items[0].headline if items else intro
    return Composed(
        subject=subject,
        text=text + "\n",
        html=_document(
            title=subject, preheader=preheader, site=site, body=body, footer=_footer_html(footer)
        ),
    )


def account_mail(
    *,
    site: str,
    subject: str,
    greeting: str,
    paragraphs: list[str],
    action_url: str = "",
    action_label: str = "",
    after: list[str] | None = None,
    footer: Footer,
) -> Composed:
    """A mail about the member's account (a link to use, or a notice)."""
    subject = header_text(subject)
    after = after or []
    body = _p(html.escape(greeting)) + "".join(_p(html.escape(p)) for p in paragraphs)
    text_parts = [greeting, *paragraphs]
    if action_url:
        body += _button(action_url, action_label)
        body += _p(html.escape(action_url), muted=True, small=True, url=True)
        text_parts.append(f"{action_label}:\n{action_url}")
    body += "".join(_p(html.escape(p)) for p in after)
    text_parts.extend(after)
    return Composed(
        subject=subject,
        text="\n\n".join([*text_parts, _footer_text(footer)]) + "\n",
        html=_document(
            title=subject,
            preheader=paragraphs[0] if paragraphs else subject,
            site=site,
            body=body,
            footer=_footer_html(footer),
        ),
    )
