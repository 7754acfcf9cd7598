"""What a handler asks the browser to do, without script text: the handlers'
side of the channel that ``components/browser_actions.py`` puts in every page
(read its docstring for the why)."""

from __future__ import annotations

import reflex as rx

#: The ref name of the channel (Reflex prefixes ``ref_``).
CHANNEL = "cop_browser_action"


def post_form(target: str, fields: dict[str, str]) -> rx.event.EventSpec:
    """Make the browser submit a hidden POST form to ``target`` (a top-level navigation)."""
    return rx.set_value(CHANNEL, {"action": "post_form", "target": target, "fields": fields})


def replace_url(url: str) -> rx.event.EventSpec:
    """Show ``url`` (a path on this site) in the address bar, without loading anything."""
    return rx.set_value(CHANNEL, {"action": "replace_url", "url": url})


def scroll_to_hash() -> rx.event.EventSpec:
    """Bring the element the address's #fragment names into view and focus it,
    once the page has drawn it (a link to one post of a thread)."""
    return rx.set_value(CHANNEL, {"action": "scroll_to_hash"})
